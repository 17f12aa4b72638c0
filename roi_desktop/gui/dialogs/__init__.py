"""Small dialogs, each with a classmethod that opens it and returns the answer."""
