"""`summarizer models` commands (in progress)."""
