"""The pakg ontology (pakg.ttl) and SHACL shapes (shapes.ttl), read with importlib.resources."""
