"""Opportunities: list, stage board, editor, competitor records."""
