"""User-facing errors.

Every error a user can cause or fix is a :class:`SummarizerError`. Its message says what
happened, why, and how to fix it. Only the CLI turns these into exit codes and one-line
``Error: ...`` messages; library callers catch them as exceptions.
"""

from __future__ import annotations


class SummarizerError(Exception):
    """An error to show to the user as it is (what happened, why, how to fix it)."""

    exit_code = 1


class InputError(SummarizerError):
    """The articles given cannot be read or hold nothing to summarize."""

    exit_code = 2


class ConfigError(SummarizerError):
    """A config file, preset or option value is invalid."""

    exit_code = 2


class LimitError(InputError):
    """The input exceeds a configured limit (the message names the option that raises it)."""


class ModelError(SummarizerError):
    """A model cannot be found, downloaded, trusted or loaded."""

    exit_code = 3
