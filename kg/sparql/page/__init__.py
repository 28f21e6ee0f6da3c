"""The offline SPARQL query page served by `kg serve` at /query."""
