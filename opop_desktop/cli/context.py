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
from typing import TYPE_CHECKING, Any, Callable, Iterator

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
    return "".join(json_pieces(data))


def json_pieces(data: Any) -> Iterator[str]:
    """``data`` as JSON (``json.dumps(indent=2)``), in pieces to be written one after the other.
    A list of rows is laid out and given a batch at a time: a province's 9,000 ranked rows never
    have all their text alive at once."""
    if type(data) is Rows:
        return _rows_pieces(len(data), lambda start, stop: [(data.keys, v) for v in data[start:stop]]) \
            if data else iter(["[]"])
    if isinstance(data, list) and data and all(type(r) is dict for r in data):
        return _rows_pieces(len(data), lambda start, stop: [(tuple(r), tuple(r.values()))
                                                             for r in data[start:stop]])
    return iter([_dumps(data)])


def _dumps(data: Any) -> str:
    return json.dumps(data, default=_default, ensure_ascii=False, indent=2)


_BATCH = 250


def _rows_pieces(count: int, batch: Callable[[int, int], list[tuple[tuple, tuple]]]) -> Iterator[str]:
    """A list of ``count`` objects, each batch given by ``batch(start, stop)`` as (keys, values)
    pairs, as ``json.dumps(indent=2)`` writes the list. A batch whose values are not all scalars
    or flat objects and lists is written by json.dumps itself: the items of an indented list are
    laid out the same wherever the list is cut."""
    yield "[\n"
    for start in range(0, count, _BATCH):
        rows = batch(start, start + _BATCH)
        body = _rows_text(rows)
        if body is None:
            body = _dumps([dict(zip(keys, values)) for keys, values in rows])[2:-2]
        yield body if start + _BATCH >= count else body + ",\n"
    yield "\n]"


# Every value of every row is encoded by ONE call of json's C encoder (``indent=2`` would make
# json use its pure-Python encoder), separated by NUL: the encoder escapes a NUL inside a string
# as \u0000, so the separator never occurs in an encoded value. The rows are then put together
# from templates made once per shape (keys, and the keys or length of each dict or list inside).
_SEP = "\x00"
if json.encoder.c_make_encoder is not None:
    _encode_values = json.encoder.c_make_encoder(None, _default, json.encoder.encode_basestring, None, ": ",
                                                 _SEP, False, False, True)
else:  # pragma: no cover - a Python built without _json
    _encode_values = json.JSONEncoder(default=_default, ensure_ascii=False, separators=(_SEP, ": ")).iterencode

_SCALARS = (str, int, float, bool, type(None), Decimal, date, datetime)
_SCALAR_TYPES = frozenset(_SCALARS)
_is_scalar_type = _SCALAR_TYPES.__contains__


def _flat(values) -> bool:
    # Exact types first (a C loop, no call per value); subclasses (a str Enum) by isinstance.
    return all(map(_is_scalar_type, map(type, values))) or all(isinstance(v, _SCALARS) for v in values)


def _key(k: str) -> str:
    return json.encoder.encode_basestring(k).replace("%", "%%")


def _template(keys: tuple, nested: tuple, inners: tuple) -> str | None:
    """A row laid out as ``json.dumps(indent=2)`` does, "%s" for each value. ``nested``:
    positions of the dicts and lists inside, ``inners`` their keys (a tuple) or lengths (an int).
    None for keys json would write otherwise (not str)."""
    members = []
    shape_of = dict(zip(nested, inners))
    for pos, k in enumerate(keys):
        if type(k) is not str:
            return None
        if pos not in shape_of:
            members.append(f"{_key(k)}: %s")
            continue
        inner = shape_of[pos]
        if type(inner) is int:  # a list of that length
            body = ",\n      ".join(["%s"] * inner)
            members.append(f"{_key(k)}: [\n      {body}\n    ]" if inner else f"{_key(k)}: []")
        else:  # a dict with these keys
            if not all(type(ik) is str for ik in inner):
                return None
            body = ",\n      ".join(f"{_key(ik)}: %s" for ik in inner)
            members.append(f"{_key(k)}: {{\n      {body}\n    }}" if inner else f"{_key(k)}: {{}}")
    if not members:
        return "  {}"
    return "  {\n    " + ",\n    ".join(members) + "\n  }"


def _plan(types: tuple) -> tuple | None:
    """How to flatten a row whose values have these types: slices of scalars and the positions
    of flat dicts and lists, in order; None when a value is something else."""
    plan: list = []
    start = 0
    for pos, t in enumerate(types):
        if t is dict or t is list:
            if start < pos:
                plan.append(slice(start, pos))
            plan.append(pos)
            start = pos + 1
        elif not issubclass(t, _SCALARS):
            return None
    if start < len(types):
        plan.append(slice(start, len(types)))
    return tuple(plan)


class Rows(list):
    """Rows with the same keys, each a tuple of values in ``keys`` order: written exactly as
    ``json.dumps`` writes the objects ``dict(zip(keys, values))``, without making them (a
    province's `rank --json` writes 9,000 rows)."""

    def __init__(self, keys, rows=()):
        super().__init__(rows)
        self.keys = tuple(keys)


def _rows_text(rows: list[tuple[tuple, tuple]]) -> str | None:
    """The objects given as (keys, values) pairs, each as ``json.dumps(indent=2)`` writes it in a
    list, joined by ",\n"; None when a value is not a scalar or a flat object or list."""
    values: list = []
    add_all = values.extend
    layouts: list[str] = []  # each row's template
    plans: dict[tuple, tuple | None] = {}
    templates: dict[tuple, str | None] = {}
    last_types = last_plan = last_shape = last_template = None
    for keys, vals in rows:
        # Consecutive rows nearly always share their types and shape: compared, not hashed.
        types = tuple(map(type, vals))
        if types == last_types:
            plan = last_plan
        else:
            plan = plans.get(types, False)
            if plan is False:
                plan = plans[types] = _plan(types)
            if plan is None:
                return None
            last_types, last_plan = types, plan
        nested = []
        inners = []
        for step in plan:
            if type(step) is slice:
                add_all(vals[step])
                continue
            v = vals[step]
            if type(v) is dict:
                inners.append(tuple(v))
                add_all(v.values())
            else:
                inners.append(len(v))
                add_all(v)
            nested.append(step)
        shape = (keys, tuple(nested), tuple(inners))
        if shape != last_shape:
            last_template = templates.get(shape, False)
            if last_template is False:
                last_template = templates[shape] = _template(*shape)
            if last_template is None:
                return None
            last_shape = shape
        layouts.append(last_template)
    if not _flat(values):  # what is inside the objects and lists must be scalars too
        return None
    parts = "".join(_encode_values(values, 0))[1:-1].split(_SEP) if values else []
    # One format of all the rows' templates: their own "%" are escaped (_key), so each "%s" is
    # a value, in order.
    return ",\n".join(layouts) % tuple(parts)


@dataclass
class CliContext:
    """One command's context: the database, the acting user and how to write output."""

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
        if self.json or text is None:
            sys.stdout.writelines(json_pieces(data))
            sys.stdout.write("\n")
        else:
            print(text() if callable(text) else text)

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
