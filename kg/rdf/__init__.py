"""RDF: namespaces, content-derived IRIs, and the graph of an extraction."""
