"""ReportLab documents (never Qt)."""
