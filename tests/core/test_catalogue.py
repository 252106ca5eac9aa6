"""The message catalogue is complete and is the only place core writes sentences for people.

Every error core raises and every ``Message`` it builds names a catalogue id with the parameters
its texts use; both languages use the same placeholders; no entry is unused; and no core module
outside the official documents holds an Indonesian sentence of its own."""
from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from opop_desktop.core import catalogue
from opop_desktop.core.catalogue import ID_PATTERN, Message, Num, render
from opop_desktop.core.errors import NotFoundError, ValidationError, no_stage

ROOT = Path(__file__).resolve().parents[2] / "opop_desktop"
CORE = ROOT / "core"
ERROR_CLASSES = {"OpopError", "ValidationError", "NotFoundError", "PermissionDenied", "ConflictError",
                 "ImportRejected", "UsageError", "DatabaseError", "AuthorityRefused"}
MESSAGE_CALLS = {"Message", "msg"}
# Modules whose Indonesian is the official wording of printed or exported documents (minutes,
# score sheets, workbooks) or of stored codes' labels, not a message to the person at the screen.
OFFICIAL_TEXT = ("core/pdf/", "core/labels.py", "core/excel/recap.py", "core/excel/score_template.py",
                 "core/excel/registrant_headers.py", "core/excel/error_workbook.py", "core/demo/",
                 "core/catalogue/", "core/regions.py", "core/region_match.py")
INDONESIAN_WORDS = re.compile(r"\b(tidak|belum|sudah|harus|wajib|tahap|berkas|bundel|nilai|juri|"
                              r"peserta|dengan|untuk|yang|atau|ini|ada|pada|dari|kosong|baris)\b", re.I)


def _core_files():
    return sorted(p for p in CORE.rglob("*.py") if "catalogue" not in p.parts)


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _placeholders(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def _calls():
    for path in _core_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _name(node.func) in ERROR_CLASSES | MESSAGE_CALLS:
                yield path.relative_to(ROOT.parent), node


def test_every_entry_has_both_languages_with_the_same_placeholders():
    entries = catalogue.entries()
    assert len(entries) > 10
    bad = []
    for key, texts in entries.items():
        if not ID_PATTERN.match(key) or len(texts) != 2 or not all(t.strip() for t in texts):
            bad.append(f"{key}: needs an id like area.what and two non-empty texts")
        elif _placeholders(texts[0]) != _placeholders(texts[1]):
            bad.append(f"{key}: {_placeholders(texts[0])} vs {_placeholders(texts[1])}")
    assert not bad, "\n".join(bad)


def test_core_names_catalogue_ids_with_their_parameters():
    entries = catalogue.entries()
    bad = []
    for where, call in _calls():
        line = f"{where}:{call.lineno}"
        if not call.args:
            continue
        first = call.args[0]
        if isinstance(first, ast.JoinedStr) or isinstance(first, ast.BinOp):
            bad.append(f"{line}: a sentence built in code; use a catalogue id and parameters")
            continue
        for kw in call.keywords:
            if kw.arg == "where" and isinstance(kw.value, (ast.JoinedStr, ast.BinOp)):
                bad.append(f"{line}: where= built in code; use a Message")
            if kw.arg == "where" and isinstance(kw.value, ast.Constant) and kw.value.value not in entries:
                bad.append(f"{line}: where={kw.value.value!r} is not a catalogue id")
        if not isinstance(first, ast.Constant):
            continue  # a Message or an id passed along
        key = first.value
        if not isinstance(key, str) or key not in entries:
            bad.append(f"{line}: {key!r} is not a catalogue id")
            continue
        if len(call.args) > 1 and isinstance(call.args[1], ast.Dict):
            given = {k.value for k in call.args[1].keys if isinstance(k, ast.Constant)}
        elif len(call.args) > 1 or any(kw.arg is None for kw in call.keywords):
            continue  # parameters passed as a mapping built elsewhere
        else:
            given = {kw.arg for kw in call.keywords if kw.arg != "where"}
        needed = _placeholders(entries[key][0])
        if given != needed:
            bad.append(f"{line}: {key} takes {sorted(needed)}, given {sorted(given)}")
    assert not bad, "\n".join(bad)


def test_no_entry_is_unused():
    used = "\n".join(p.read_text(encoding="utf-8") for p in ROOT.rglob("*.py") if "catalogue" not in p.parts)
    unused = [k for k in catalogue.entries()
              if f'"{k}"' not in used and f"'{k}'" not in used]
    assert not unused, unused


def _docstrings(tree) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                ids.add(id(first.value))
    return ids


def _logging_args(tree) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node.func) in {"debug", "info", "warning", "error",
                                                                 "exception", "critical"}:
            ids.update(id(n) for a in node.args for n in ast.walk(a))
    return ids


def test_core_holds_no_indonesian_sentence_of_its_own():
    found = []
    for path in _core_files():
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith(OFFICIAL_TEXT) or rel.endswith(OFFICIAL_TEXT):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _docstrings(tree) | _logging_args(tree)
        for node in ast.walk(tree):
            if id(node) in skip or not isinstance(node, ast.Constant) or not isinstance(node.value, str):
                continue
            words = INDONESIAN_WORDS.findall(node.value)
            if len(words) >= 2 and " " in node.value.strip():
                found.append(f"{rel}:{node.lineno}: {node.value[:70]!r}")
    assert not found, "\n".join(found)


def test_rendering_follows_the_chosen_language():
    err = no_stage(4)
    try:
        catalogue.set_language("en")
        assert str(err) == "Stage 4 does not exist in this programme year."
        assert render(Message("failure.missing_file", {"where": "a.zip"})).startswith("File not found: a.zip")
        assert catalogue.render_value(Num("80.125", 2)) == "80,13"  # as the English grid writes it
        catalogue.set_language("id")
        assert str(err) == "Tahap 4 tidak ada pada tahun program ini."
        assert catalogue.render_value(Num("80.125", 2)) == "80,13"
        assert err.text("en").startswith("Stage 4")
    finally:
        catalogue.set_language("id")


def test_where_renders_as_a_catalogue_entry_or_stays_literal():
    assert str(NotFoundError("programme.none", where="sheet_7.xlsx")).startswith("sheet_7.xlsx: Belum ada")
    err = ValidationError("stage.number_missing", number=2, where="programme.none")
    assert err.where.startswith("Belum ada tahun program")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_error_keeps_its_message_across_processes(lang):
    import pickle
    err = pickle.loads(pickle.dumps(ValidationError("stage.number_missing", number=5, where="x.pdf")))
    assert type(err) is ValidationError and err.text(lang).startswith("x.pdf: ")
    assert "5" in err.text(lang)


def test_each_area_keeps_to_its_own_ids():
    import importlib
    stray = [f"{area}: {key}" for area in catalogue.AREAS if area != "common"
             for key in importlib.import_module(f"opop_desktop.core.catalogue.{area}").MESSAGES
             if not key.startswith(area + ".")]
    assert not stray, stray
