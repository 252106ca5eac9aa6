"""What every screen receives: the database, the task runner and the signed-in user."""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from opop_desktop.core.db import Database
from opop_desktop.core.services.accounts import SignedInUser

from .tasks import TaskRunner


@dataclass
class CurrentUser:
    id: str
    username: str
    full_name: str
    role: str  # admin | coordinator | officer | juror
    juror_id: str | None = None
    regency_code: str | None = None


class UserState(QObject):
    """Holds the signed-in user; ``Ganti pengguna`` swaps it without restarting."""

    user_changed = Signal(object)

    def __init__(self):
        super().__init__()
        self.user: CurrentUser | None = None

    def set_user(self, user: CurrentUser | None) -> None:
        self.user = user
        self.user_changed.emit(user)


@dataclass
class AppContext:
    db: Database
    tasks: TaskRunner
    users: UserState = field(default_factory=UserState)

    @property
    def user(self) -> CurrentUser | None:
        return self.users.user

    @property
    def actor(self) -> SignedInUser | None:
        """The signed-in user as the services' actor (None: nobody signed in)."""
        u = self.users.user
        if u is None:
            return None
        return SignedInUser(u.id, u.username, u.full_name, u.role, u.juror_id, u.regency_code)
