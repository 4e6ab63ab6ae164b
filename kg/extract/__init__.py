"""From a parsed Doc to plain values: clauses, entities, statements."""
