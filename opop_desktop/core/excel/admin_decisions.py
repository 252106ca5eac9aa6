"""Reading administration decisions from a workbook: one row per pesantren, identified by its
registration number (or NSPP), with a decision column and an optional reason column.

The header row is found in the first rows of the first sheet that has one (title rows above it
are fine); headers are compared folded (case and punctuation ignored).
"""
from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from ..catalogue import msg
from ..errors import ValidationError
from ..services.admin_selection import BulkRow, parse_decision
from ..textnorm import cell_text, fold

HEADER_SCAN_ROWS = 15
REF_HEADERS = ("No. Pendaftaran", "Nomor Pendaftaran", "No Pendaftaran", "No. Daftar", "No Daftar",
               "Nomor Registrasi", "No. Registrasi")
NSPP_HEADERS = ("NSPP", "No NSPP", "Nomor NSPP")
DECISION_HEADERS = ("Keputusan", "Keputusan Administrasi", "Hasil Administrasi", "Seleksi Administrasi",
                    "Status Administrasi", "Lolos Administrasi", "Hasil Seleksi", "Administrasi")
REASON_HEADERS = ("Alasan", "Keterangan", "Catatan", "Alasan Tidak Lolos")


def _find(header: list[str], wanted) -> int | None:
    keys = {fold(w) for w in wanted}
    for i, h in enumerate(header):
        if h in keys:
            return i
    return None


def read_decisions(path: Path, *, decision_column: str | None = None) -> list[BulkRow]:
    """Rows of (registration number or NSPP, decision, reason); a clear message when the
    workbook has no usable header."""
    path = Path(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (OSError, ValueError, KeyError) as exc:
        raise ValidationError("files.decisions_unreadable", name=path.name, detail=str(exc),
                              where=str(path)) from exc
    try:
        for ws in wb.worksheets:
            rows = list(ws.iter_rows(values_only=True))
            for h_index, raw in enumerate(rows[:HEADER_SCAN_ROWS]):
                header = [fold(cell_text(c)) for c in raw]
                ref_col = _find(header, REF_HEADERS)
                nspp_col = _find(header, NSPP_HEADERS)
                dec_col = _find(header, (decision_column,) if decision_column else DECISION_HEADERS)
                if dec_col is None or (ref_col is None and nspp_col is None):
                    continue
                reason_col = _find(header, REASON_HEADERS)
                out = []
                for n, r in enumerate(rows[h_index + 1:], start=h_index + 2):
                    def cell(i):
                        return cell_text(r[i]) if i is not None and i < len(r) else ""
                    ref = cell(ref_col) or cell(nspp_col)
                    dec_text = cell(dec_col)
                    if not ref and not dec_text:
                        continue
                    out.append(BulkRow(row=n, ref=ref, decision=parse_decision(dec_text),
                                       reason=cell(reason_col)))
                return out
    finally:
        wb.close()
    wanted = (msg("files.decisions_named_column", column=decision_column) if decision_column
              else msg("files.decisions_any_column"))
    raise ValidationError("files.decisions_no_header", name=path.name, wanted=wanted, where=str(path))
