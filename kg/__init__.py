"""kg: political news in, an actor knowledge graph (RDF, HTML, SPARQL) out."""

__version__ = "0.1.0"
