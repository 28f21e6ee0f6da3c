"""kg: political news in, an actor knowledge graph (RDF, HTML, SPARQL) out.

The public API is two functions::

    from kg import build, extract
    build(["seeds/"], "outputs/")                 # what `kg build` runs
    extract(Document("id", "text…", "ar"))        # one document -> DocumentExtraction
"""

__version__ = "0.1.0"

from kg.build import build  # noqa: E402  (after __version__, which the CLI reads)
from kg.extract import extract  # noqa: E402

__all__ = ["__version__", "build", "extract"]
