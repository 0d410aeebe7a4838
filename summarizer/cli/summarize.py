"""`summarizer summarize`, `batch` and `check` (in progress)."""
