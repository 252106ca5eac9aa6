"""What every screen receives: the database, the task runner and the signed-in user."""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from opop_desktop.core.db import Database
from opop_desktop.core.services.accounts import SignedInUser

from .tasks import TaskRunner


# The signed-in user is the services' actor itself: one type, so the role and kab/kota the GUI
# shows by (core/permissions.py) are exactly those the services check.
CurrentUser = SignedInUser


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
        return self.users.user
