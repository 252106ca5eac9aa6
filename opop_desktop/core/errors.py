"""Declared error classes. Each carries a catalogue ``Message`` (core/catalogue): what is wrong,
and where. ``str(err)`` is its text in the chosen language; the CLI prints it and the GUI shows it
through gui/messages.py."""
from __future__ import annotations

from .catalogue import Message, language, render


class OpopError(Exception):
    """Base of every error the user may see.

    ``OpopError("area.what", name=value, where="field.x")`` names a catalogue entry and its
    parameters; a ``Message`` may be given instead. ``where`` is a catalogue id, a ``Message``,
    or a literal such as a file name or a criterion code."""

    exit_code = 1

    def __init__(self, message: str | Message, /, *, where: str | Message | None = None, **params):
        self.msg = message if isinstance(message, Message) else Message(message, params)
        self.where_msg = where
        super().__init__(self.msg.id)

    @property
    def message(self) -> str:
        return self.msg.text()

    @property
    def where(self) -> str | None:
        return _where_text(self.where_msg, None)

    def as_message(self) -> Message:
        """The whole error, ``where`` included, as one message (for reports and nesting)."""
        if self.where_msg is None:
            return self.msg
        where = self.where_msg if isinstance(self.where_msg, Message) else _where_message(self.where_msg)
        return Message("error.where", {"where": where, "message": self.msg})

    def text(self, lang: str | None = None) -> str:
        return render(self.as_message(), lang)

    def __str__(self) -> str:
        return self.text(language())

    def __reduce__(self):  # errors cross process boundaries (parallel PDF runs)
        return (_rebuild, (type(self), self.msg, self.where_msg))


def _rebuild(cls, message, where):
    err = cls.__new__(cls)
    OpopError.__init__(err, message, where=where)
    return err


def _where_message(where: str) -> Message | str:
    from .catalogue import ID_PATTERN, entries
    return Message(where) if ID_PATTERN.match(where) and where in entries() else where


def _where_text(where, lang) -> str | None:
    if where is None:
        return None
    return render(where if isinstance(where, Message) else _where_message(where), lang)


class ValidationError(OpopError):
    """Input that breaks a rule (a value out of range, a missing field, ...)."""


class NotFoundError(OpopError):
    """A record the user named does not exist."""


def no_programme_year() -> NotFoundError:
    """Said by the ORM services and by the plain readers of a stage alike (services/results_load.py)."""
    return NotFoundError("programme.none")


def no_stage(number: int) -> NotFoundError:
    return NotFoundError("stage.number_missing", number=number)


class PermissionDenied(OpopError):
    """The signed-in user may not do this."""


class ConflictError(OpopError):
    """The action collides with existing state (locked sheet, frozen rubric, hard conflict...)."""


class ImportRejected(OpopError):
    """A file could not be imported at all (unreadable, wrong format)."""


class UsageError(OpopError):
    """Wrong command-line use."""

    exit_code = 2


class DatabaseError(OpopError):
    """The database cannot be opened or migrated."""
