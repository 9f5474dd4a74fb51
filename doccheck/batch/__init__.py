"""Checking many documents: worker processes with a memory ceiling and a time limit per document."""
