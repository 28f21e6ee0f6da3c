"""kg: political news in, an actor knowledge graph (RDF, HTML, SPARQL) out.

The Python API lives in its modules (``kg`` itself imports nothing heavy, and a
function named like its module would hide that module from ``import kg.extract``)::

    from kg.build import build        # what `kg build` runs: build(["seeds/"], "outputs/")
    from kg.extract import extract    # one Document -> DocumentExtraction
"""

__version__ = "0.1.0"
__all__ = ["__version__"]
