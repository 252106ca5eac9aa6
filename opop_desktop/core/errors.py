"""Declared error classes. Messages are Indonesian sentences meant for the user: what is wrong
and where. The CLI prints them; the GUI shows them through gui/messages.py."""
from __future__ import annotations


class OpopError(Exception):
    """Base of every error the user may see. ``str(err)`` is the Indonesian message."""

    exit_code = 1

    def __init__(self, message: str, *, where: str | None = None):
        self.message = message
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)


class ValidationError(OpopError):
    """Input that breaks a rule (a value out of range, a missing field, ...)."""


class NotFoundError(OpopError):
    """A record the user named does not exist."""


# Said by the ORM services and by the plain readers of a stage alike (services/results_load.py).
NO_PROGRAMME_YEAR = ("Belum ada tahun program. Di laptop provinsi buat dengan `opop init` atau data contoh; "
                     "di laptop kab/kota atau lokasi, impor bundel penyiapan di layar Sinkronisasi "
                     "(`opop bundle import`).")


def no_stage(number: int) -> NotFoundError:
    return NotFoundError(f"Tahap {number} tidak ada pada tahun program ini.")


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
