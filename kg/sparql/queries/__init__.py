"""The query library: one SPARQL file per question (read with importlib.resources)."""
