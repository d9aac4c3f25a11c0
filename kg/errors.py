"""Errors a user can act on: each names the file and the problem in one line."""

from __future__ import annotations

from pathlib import Path


class KGError(Exception):
    """An error the CLI reports as one line and a non-zero exit, without a traceback."""


class InputError(KGError):
    """A file or folder given as input cannot be used.

    The message reads ``<path>: <problem>``.
    """

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class ExtractionError(InputError):
    """An article extraction failed on: a bug in kg, reported with the file that triggers it, so
    a user can skip or report that article (the message reads ``<path>: extraction failed (…)``)."""
