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
from typing import TYPE_CHECKING, Any, Callable

from opop_desktop.core.catalogue import Message, Num, language, render_value
from opop_desktop.core.errors import OpopError, PermissionDenied, UsageError

if TYPE_CHECKING:
    from opop_desktop.core.db import Database


class lazy_module:  # noqa: N801 - stands in for a module name
    """A module imported on first attribute access, so ``opop --help`` never loads the services."""

    def __init__(self, name: str):
        self._name = name

    def __getattr__(self, attr: str):
        # __import__ rather than importlib.import_module: the import statement's own path, which
        # `python -X importtime` reports (the start-up tests read it).
        return getattr(__import__(self._name, fromlist=["__name__"]), attr)


def _default(obj: Any):
    if isinstance(obj, Decimal):
        return float(obj)
    if isinstance(obj, (datetime, date)):
        return obj.isoformat()
    if isinstance(obj, (Message, Num)):  # a sentence for people: its text in the chosen language
        return render_value(obj)
    if hasattr(obj, "__dataclass_fields__"):  # one level; json comes back here for what is inside
        return {name: getattr(obj, name) for name in obj.__dataclass_fields__}
    raise TypeError(f"cannot serialise {type(obj).__name__}")


def to_json(data: Any) -> str:
    if isinstance(data, list) and data and all(type(r) is dict for r in data):
        text = _rows_json(data)
        if text is not None:
            return text
    return json.dumps(data, default=_default, ensure_ascii=False, indent=2)


_SCALARS = (str, int, float, bool, type(None), Decimal, date, datetime)


def _c_encoder(item_separator: str):
    """json's C encoder with these separators, made once. ``indent=2`` makes json use its
    pure-Python encoder (most of `rank --json` and `registrants list --json`), while the C one
    writes a flat object or list exactly as indented when told the separators of its depth."""
    if json.encoder.c_make_encoder is None:  # pragma: no cover - a Python built without _json
        encoder = json.JSONEncoder(default=_default, ensure_ascii=False, separators=(item_separator, ": "))
        return encoder.encode
    iterencode = json.encoder.c_make_encoder(None, _default, json.encoder.encode_basestring, None, ": ",
                                             item_separator, False, False, True)
    return lambda obj: "".join(iterencode(obj, 0))


_ROW_JSON = _c_encoder(",\n    ")  # members of a row (depth 1)
_INNER_JSON = _c_encoder(",\n      ")  # members of a dict or list inside a row (depth 2)


_SCALAR_TYPES = frozenset(_SCALARS)
_is_scalar_type = _SCALAR_TYPES.__contains__


def _flat(values) -> bool:
    # Exact types first (a C loop, no call per value); subclasses (a str Enum) by isinstance.
    return all(map(_is_scalar_type, map(type, values))) or all(isinstance(v, _SCALARS) for v in values)


def _inner_json(value) -> str | None:
    """A dict or list inside a row, indented as at depth 2; None when it nests further."""
    if not value:
        return "{}" if type(value) is dict else "[]"
    if type(value) is dict:
        if not (all(type(k) is str for k in value) and _flat(value.values())):
            return None
    elif not _flat(value):
        return None
    body = _INNER_JSON(value)
    return f"{body[0]}\n      {body[1:-1]}\n    {body[-1]}"


def _row_json(row: dict) -> str | None:
    if not row:
        return "  {}"
    if all(map(_is_scalar_type, map(type, row.values()))):  # a flat row: one call of the encoder
        return "  {\n    " + _ROW_JSON(row)[1:-1] + "\n  }"
    parts = []
    flat: dict = {}
    for k, v in row.items():
        if type(v) is dict or type(v) is list:
            inner = _inner_json(v) if type(k) is str else None
            if inner is None:
                return None
            if flat:
                parts.append(_ROW_JSON(flat)[1:-1])
                flat = {}
            parts.append(f"{json.encoder.encode_basestring(k)}: {inner}")
        elif type(v) in _SCALAR_TYPES or isinstance(v, _SCALARS):
            flat[k] = v
        else:
            return None
    if flat:
        parts.append(_ROW_JSON(flat)[1:-1])
    return "  {\n    " + ",\n    ".join(parts) + "\n  }"


def _rows_json(rows: list[dict]) -> str | None:
    """Exactly ``json.dumps(rows, indent=2, ensure_ascii=False)`` for a list of objects whose
    values are scalars or flat objects and lists; None for anything deeper."""
    out = []
    for r in rows:
        text = _row_json(r)
        if text is None:
            return None
        out.append(text)
    return "[\n" + ",\n".join(out) + "\n]"


@dataclass
class CliContext:
    db_arg: str | None = None
    json: bool = False
    as_user: str | None = None
    _db: "Database | None" = field(default=None, repr=False)
    _actor: Any = field(default=None, repr=False)

    @property
    def actor(self):
        """The services' actor: the ``--as`` account once signed in, else ``SYSTEM_ACTOR``."""
        from opop_desktop.core.services import accounts

        if self._actor is None:
            if not self.as_user:
                self._actor = accounts.SYSTEM_ACTOR
            else:
                secret = os.environ.get("OPOP_SECRET")
                if not secret and not sys.stdin.isatty():
                    raise UsageError(f"--as {self.as_user}: kata sandi/PIN tidak dapat ditanyakan di sini; "
                                     "isi variabel OPOP_SECRET atau jalankan perintah di terminal.")
                secret = secret or getpass.getpass(f"Kata sandi/PIN untuk {self.as_user}: ")
                with self.db.session() as s:
                    outcome = accounts.try_authenticate(s, self.as_user, secret)
                if outcome.user is None:
                    raise PermissionDenied(outcome.message, where=f"--as {self.as_user}")
                self._actor = outcome.user
        return self._actor

    @property
    def db(self) -> "Database":
        if self._db is None:
            from opop_desktop.core.db import open_database

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

    def sqlite_reader(self):
        """A read-only sqlite3 connection for a quick listing, or None (then use ``db``): see
        ``core.dbfile.open_sqlite_reader``."""
        if self._db is not None:
            return None
        from opop_desktop.core.dbfile import open_sqlite_reader

        return open_sqlite_reader(self.db_arg)

    def emit(self, data: Any, text: "str | Callable[[], str] | None" = None) -> None:
        """JSON on stdout with ``--json``; otherwise the human text (or a JSON-ish fallback).

        ``text`` may be a function, so a long table is only laid out when it is shown."""
        if self.json:
            print(to_json(data))
        elif text is not None:
            print(text() if callable(text) else text)
        else:
            print(to_json(data))

    def fail(self, err: OpopError) -> None:
        if self.json:
            print(to_json({"error": err.message, "where": err.where, "error_id": err.msg.id}))
        print(f"{'Error' if language() == 'en' else 'Kesalahan'}: {err}", file=sys.stderr)

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
