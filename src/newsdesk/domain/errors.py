"""Errors a user can cause; each message is fit to show as it is."""

from __future__ import annotations


class NewsdeskError(Exception):
    """Base of every error the UI and the CLI report to the user."""


class NotFound(NewsdeskError):
    pass


class InvalidInput(NewsdeskError):
    pass


class FileProblem(NewsdeskError):
    """A file or folder the user named cannot be read or written as asked (missing, a
    folder where a file should be, no permission, a full disk); nothing was done."""


class NotAllowed(NewsdeskError):
    """The acting user's roles do not permit this (whatever the UI offered)."""


class VersionConflict(NewsdeskError):
    """A save was based on a version someone else has since replaced."""

    def __init__(self, article_id: int, expected: int, actual: int) -> None:
        super().__init__(
            f"The story was changed elsewhere (you edited version {expected}, "
            f"it is now at version {actual}); your text was not saved over it"
        )
        self.article_id = article_id
        self.expected = expected
        self.actual = actual


class Superseded(Exception):
    """A read gave up part-way because a newer one replaced it (filter-as-you-type): not
    an error to show, and its answer is wanted by nobody."""
