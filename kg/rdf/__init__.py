"""RDF for kg: the PAKG namespace, IRIs and the graph writer."""
