"""Use cases in plain Python: permission check, validation, change and audit in one transaction."""
