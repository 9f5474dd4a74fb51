"""Trained models of doccheck's learned checks (skops files with their model cards), built by `doccheck train`."""
