"""`summarizer bench` commands (in progress)."""
