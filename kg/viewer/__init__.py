"""RDF graph -> one offline HTML page (vis-network) an analyst can browse."""

from kg.viewer.html import render_html, write_html

__all__ = ["render_html", "write_html"]
