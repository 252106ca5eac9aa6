"""Reading score files into long rows: (sheet, row, nspp/pesantren_id, juror, criterion, score).

Two layouts are understood:
- long format (.xlsx or .csv): columns ``nspp`` (or ``pesantren_id``), ``juror``,
  ``criterion``, ``score`` (Indonesian header names ``juri``, ``kriteria``, ``nilai`` too);
- the per-juror template written by score_template.py: the juror's name beside "Juri" on top,
  one column per criterion code.
"""
from __future__ import annotations

import codecs
import csv
from dataclasses import dataclass
from itertools import chain, islice
from operator import itemgetter
from typing import Iterator
from pathlib import Path

from openpyxl import load_workbook

from ..catalogue import Message, msg
from ..errors import ImportRejected

HEADER_SEARCH_ROWS = 15
ALIASES = {
    "nspp": "nspp", "pesantren_id": "pesantren_id", "id_pesantren": "pesantren_id",
    "no_daftar": "reg_number", "no._daftar": "reg_number", "nomor_pendaftaran": "reg_number",
    "reg_number": "reg_number",
    "juror": "juror", "juri": "juror", "nama_juri": "juror",
    "criterion": "criterion", "kriteria": "criterion", "kode_kriteria": "criterion",
    "score": "score", "nilai": "score",
    "komentar": "comment", "comment": "comment",
}


@dataclass(slots=True)
class RawRow:
    sheet: str
    row: int
    nspp: str
    pesantren_id: str
    reg_number: str
    juror: str
    criterion: str
    score: object  # text or number as read; parsed by the importer
    comment: str = ""


def _key(value) -> str:
    return "_".join(str(value or "").strip().lower().split())


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


_LONG_FIELDS = ("nspp", "pesantren_id", "reg_number", "juror", "criterion", "score", "comment")


def _long_rows(sheet: str, header: list, rows, first_row: int) -> Iterator[RawRow]:
    cols = {ALIASES[_key(h)]: i for i, h in enumerate(header) if _key(h) in ALIASES}
    # A missing column reads the None appended to each row (index -1); a row shorter than the
    # header takes the slow path.
    pick = itemgetter(*(cols.get(f, -1) for f in _LONG_FIELDS))
    same: dict[str, str] = {}  # one string object per distinct NSPP, juror, code: 7 rows share them
    keep = same.setdefault
    for number, values in enumerate(rows, start=first_row):
        for v in values:
            if v is not None and (type(v) is not str or v.strip()):
                break
        else:
            continue  # an empty row
        try:
            nspp, pid, reg, juror, code, score, comment = pick([*values, None])
        except IndexError:
            n = len(values)
            nspp, pid, reg, juror, code, score, comment = (
                values[i] if 0 <= i < n else None for i in (cols.get(f, -1) for f in _LONG_FIELDS))
        yield RawRow(sheet, number,
                     keep(t := nspp.strip() if type(nspp) is str else _text(nspp), t),
                     keep(t := pid.strip() if type(pid) is str else _text(pid), t),
                     keep(t := reg.strip() if type(reg) is str else _text(reg), t),
                     keep(t := juror.strip() if type(juror) is str else _text(juror), t),
                     keep(t := (code.strip() if type(code) is str else _text(code)).upper(), t),
                     score, comment.strip() if type(comment) is str else _text(comment))


def _is_long(header: list) -> bool:
    fields = {ALIASES.get(_key(h)) for h in header}
    return {"juror", "criterion", "score"} <= fields and bool(fields & {"nspp", "pesantren_id", "reg_number"})


def _template_rows(sheet: str, juror: str, header: list, rows, first_row: int,
                   codes: set[str]) -> Iterator[RawRow]:
    cols = {ALIASES[_key(h)]: i for i, h in enumerate(header) if _key(h) in ALIASES}
    crit_cols = {str(h).strip().upper(): i for i,
                 h in enumerate(header) if h and str(h).strip().upper() in codes}
    for number, values in enumerate(rows, start=first_row):
        values = list(values)
        get = lambda i: values[i] if i is not None and i < len(values) else None  # noqa: E731
        scores = {code: get(i) for code, i in crit_cols.items()}
        if all(v is None or str(v).strip() == "" for v in scores.values()):
            continue  # a pesantren this juror did not score (e.g. absent): skipped, not rejected
        ident = (_text(get(cols.get("nspp"))), _text(get(cols.get("pesantren_id"))),
                 _text(get(cols.get("reg_number"))))
        comment = _text(get(cols.get("comment")))
        for code, value in scores.items():
            yield RawRow(sheet, number, *ident, juror, code, value, comment)


def read_score_file(path: Path, codes: set[str], warnings: list[Message]) -> Iterator[RawRow]:
    """The file's rows one at a time, as they are parsed (read-only workbook, CSV read as it
    goes), so a 315,000-row file is never held whole; sheets that are skipped add a warning."""
    if not path.exists():
        raise ImportRejected("files.not_found", path=str(path))
    if path.suffix.lower() == ".csv":
        return _read_csv(path)
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise ImportRejected("files.score_file_kind", name=path.name)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - any unreadable workbook is one clear message
        raise ImportRejected("files.excel_unreadable", name=path.name, detail=str(exc)) from exc
    return _workbook_rows(wb, codes, warnings)


def _workbook_rows(wb, codes: set[str], warnings: list[Message]) -> Iterator[RawRow]:
    try:
        for ws in wb.worksheets:
            if not hasattr(ws, "iter_rows"):
                continue
            stream = ws.iter_rows(values_only=True)
            top = [list(r) for r in islice(stream, HEADER_SEARCH_ROWS)]
            juror = ""
            found = None
            for i, r in enumerate(top):
                if r and _key(r[0]) in ("juri", "juror") and len(r) > 1 and r[1]:
                    juror = _text(r[1])
                if _is_long(r):
                    found = ("long", i)
                    break
                upper = {str(c).strip().upper() for c in r if c is not None}
                if upper & codes and {ALIASES.get(_key(c)) for c in r} & {"nspp", "pesantren_id",
                                                                          "reg_number"}:
                    found = ("template", i)
                    break
            if found is None:
                if any(any(c is not None for c in r) for r in chain(top, stream)):
                    warnings.append(msg("files.score_sheet_no_header", sheet=ws.title))
                continue
            kind, i = found
            header, body = top[i], chain(top[i + 1:], stream)
            if kind == "long":
                yield from _long_rows(ws.title, header, body, i + 2)
            elif not juror:
                warnings.append(msg("files.score_sheet_no_juror", sheet=ws.title))
            else:
                yield from _template_rows(ws.title, juror, header, body, i + 2, codes)
    finally:
        wb.close()


def _encoding(path: Path) -> str:
    """UTF-8 (with or without BOM) when the whole file decodes as UTF-8, else Windows-1252 — checked
    a megabyte at a time, so the file is never held whole."""
    for encoding in ("utf-8-sig", "cp1252"):
        decoder = codecs.getincrementaldecoder(encoding)()
        try:
            with open(path, "rb") as fh:
                for chunk in iter(lambda: fh.read(1 << 20), b""):
                    decoder.decode(chunk)
            decoder.decode(b"", final=True)
            return encoding
        except UnicodeDecodeError:
            continue
    raise ImportRejected("files.csv_encoding", name=path.name)


def _read_csv(path: Path) -> Iterator[RawRow]:
    encoding = _encoding(path)
    fh = open(path, newline="", encoding=encoding)
    try:
        sample = fh.read(4096)
        fh.seek(0)
        try:
            dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        reader = csv.reader(fh, dialect)  # rows parsed as they are used, not all at once
        header = next(reader, None)
        if not header or not _is_long(header):
            raise ImportRejected("files.csv_header", name=path.name)
    except BaseException:
        fh.close()
        raise
    return _closing(fh, _long_rows(path.name, header, reader, 2))


def _closing(fh, rows: Iterator[RawRow]) -> Iterator[RawRow]:
    with fh:
        yield from rows
