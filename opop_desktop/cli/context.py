"""What every command handler gets: the lazily opened database, the acting user and output helpers.

The CLI acts as ``SYSTEM_ACTOR`` (role admin: whoever runs it holds the database file) unless
``--as USERNAME`` names an account; its password or PIN comes from ``OPOP_SECRET`` or a prompt,
and the services then refuse what that account's role may not do (exit code 1)."""
from __future__ import annotations

import getpass
import json
import os
import sys
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from opop_desktop.core.db import Database, open_database
from opop_desktop.core.errors import OpopError, PermissionDenied


def _default(obj: Any):
    if isinstance(obj, Decimal):
        return float(obj)
    if isinstance(obj, (datetime, date)):
        return obj.isoformat()
    if hasattr(obj, "__dataclass_fields__"):
        from dataclasses import asdict
        return asdict(obj)
    raise TypeError(f"cannot serialise {type(obj).__name__}")


def to_json(data: Any) -> str:
    return json.dumps(data, default=_default, ensure_ascii=False, indent=2)


@dataclass
class CliContext:
    db_arg: str | None = None
    json: bool = False
    as_user: str | None = None
    _db: Database | None = field(default=None, repr=False)
    _actor: Any = field(default=None, repr=False)

    @property
    def actor(self):
        """The services' actor: the ``--as`` account once signed in, else ``SYSTEM_ACTOR``."""
        from opop_desktop.core.services import accounts

        if self._actor is None:
            if not self.as_user:
                self._actor = accounts.SYSTEM_ACTOR
            else:
                secret = os.environ.get("OPOP_SECRET") or getpass.getpass(
                    f"Kata sandi/PIN untuk {self.as_user}: ")
                with self.db.session() as s:
                    outcome = accounts.try_authenticate(s, self.as_user, secret)
                if outcome.user is None:
                    raise PermissionDenied(outcome.message, where=f"--as {self.as_user}")
                self._actor = outcome.user
        return self._actor

    @property
    def db(self) -> Database:
        if self._db is None:
            self._db = open_database(self.db_arg)
        return self._db

    @property
    def who(self) -> str:
        """Who runs this command, for the audit log: the ``--as`` account with the person's name,
        else the operating-system account."""
        from opop_desktop.core.services import accounts

        user = self.actor
        if user is not accounts.SYSTEM_ACTOR:
            return f"{user.username} ({user.full_name})"
        try:
            name = getpass.getuser()
        except (KeyError, OSError):
            name = "?"
        return f"{name} (baris perintah)"

    def emit(self, data: Any, text: str | None = None) -> None:
        """JSON on stdout with ``--json``; otherwise the human text (or a JSON-ish fallback)."""
        if self.json:
            print(to_json(data))
        elif text is not None:
            print(text)
        else:
            print(to_json(data))

    def fail(self, err: OpopError) -> None:
        if self.json:
            print(to_json({"error": err.message, "where": err.where}))
        print(f"Kesalahan: {err}", file=sys.stderr)

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()


def table(rows: list[list[Any]], headers: list[str]) -> str:
    """A plain aligned text table for terminal output."""
    cells = [[str(h) for h in headers]] + [["" if c is None else str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
