"""`summarizer evaluate` commands (in progress)."""
