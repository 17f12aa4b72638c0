"""Qt models over core query results."""
