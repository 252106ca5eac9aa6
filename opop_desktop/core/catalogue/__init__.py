"""The message catalogue: every sentence ``core`` says to a person, by id, in Bahasa Indonesia and
English.

Core code never writes a sentence itself. It raises or returns a ``Message`` (an id and its
parameters); the GUI and the CLI render it in the language the user chose (``set_language``:
Pengaturan → Bahasa in the GUI, ``--lang``/``OPOP_LANG`` in the CLI). The texts live in the
area modules of this package, each a dict ``id → (Indonesian, English)`` with ``{name}``
placeholders and ids that start with the area's name (``common`` holds the few shared by all);
they are read on the first rendering, so a short command never loads them.

Parameters are rendered in the same language: a ``Message`` as its text, a ``Num`` or any
Decimal/Fraction/float by the one number formatter (core/formats.py: the decimal comma in both
languages, as the screens and documents write scores), a list as its items joined by commas, a
``Joined`` as its parts joined by its separator, anything else with ``str``.
"""
from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Any, Mapping

LANGUAGES = ("id", "en")
AREAS = ("common", "setup", "scoring", "sync", "files")
ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")

_language = "id"
_entries: dict[str, tuple[str, str]] | None = None


def set_language(code: str) -> None:
    """The language every later rendering uses ("id" or "en"; anything else means "id")."""
    global _language
    _language = code if code in LANGUAGES else "id"


def language() -> str:
    return _language


def entries() -> dict[str, tuple[str, str]]:
    """Every catalogue entry, id → (Indonesian, English)."""
    global _entries
    if _entries is None:
        merged: dict[str, tuple[str, str]] = {}
        for area in AREAS:
            mod = importlib.import_module(f"{__name__}.{area}")
            for key, texts in mod.MESSAGES.items():
                if key in merged:
                    raise RuntimeError(f"message id {key!r} is defined twice (again in {area})")
                merged[key] = texts
        _entries = merged
    return _entries


@dataclass(frozen=True)
class Num:
    """A number shown to a person, written as everywhere else (decimal comma); ``places`` rounds
    half-up like every total (None: as entered, without trailing zeros)."""
    value: Any
    places: int | None = None


@dataclass(frozen=True)
class Joined:
    """Parts (messages or plain texts) shown one after the other, ``sep`` between them ("; " for
    a list of problems, "\n" for one per line); each part renders in the same language."""
    parts: tuple
    sep: str = ", "

    def __init__(self, parts, sep: str = ", "):
        object.__setattr__(self, "parts", tuple(parts))
        object.__setattr__(self, "sep", sep)


@dataclass(frozen=True)
class Message:
    """One sentence for a person: its catalogue id and the values it names."""
    id: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def text(self, lang: str | None = None) -> str:
        return render(self, lang)

    def __str__(self) -> str:
        return render(self)


def msg(msg_id: str, **params) -> Message:
    return Message(msg_id, params)


def render(message: Message | str, lang: str | None = None) -> str:
    """``message`` in ``lang`` (default: the chosen language). A plain string is returned as it
    is; an id missing from the catalogue is shown as the id, so nothing is ever lost."""
    if not isinstance(message, Message):
        return str(message)
    lang = lang if lang in LANGUAGES else _language
    texts = entries().get(message.id)
    if texts is None:
        return message.id
    template = texts[1] if lang == "en" else texts[0]
    if not message.params:
        return template
    return template.format_map({k: render_value(v, lang) for k, v in message.params.items()})


def render_value(value: Any, lang: str | None = None) -> str:
    lang = lang if lang in LANGUAGES else _language
    if isinstance(value, Message):
        return render(value, lang)
    if isinstance(value, Num):
        return _number(value.value, value.places)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (Decimal, Fraction, float)):
        return _number(value, None)
    if isinstance(value, (list, tuple)):
        return ", ".join(render_value(v, lang) for v in value)
    if isinstance(value, Joined):
        return value.sep.join(render_value(v, lang) for v in value.parts)
    return "" if value is None else str(value)


def _number(value, places: int | None) -> str:
    from ..formats import decimal_comma
    return decimal_comma(value, places)
