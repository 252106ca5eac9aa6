"""QR codes printed on score sheets and participant cards, and their payloads.

Score sheet payload (one line, ASCII, fields separated by ``|``)::

    OPOP1|S=<stage id>|P=<panel id>|J=<juror id>|T=<pesantren id>|V=<rubric version>

``OPOP1`` names the format (bump it on incompatible change). Ids are the database ids (UUIDs)
so a scanned sheet opens exactly the right record on any laptop that has the same set-up
data. Unknown extra fields are ignored by :func:`parse_sheet_payload` for forward
compatibility; missing or malformed fields raise ``ValidationError``.

Participant card payload: the pesantren's registration number exactly as stored
(``Pesantren.reg_number``, e.g. ``OPOP-2019-0001``). A USB scanner types it into the
check-in search box like a keyboard, and that search already matches registration numbers;
no parsing needed. :func:`parse_card_payload` also accepts the prefixed form ``OPOP1|R=...``.
"""
from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.barcode import qrencoder
from reportlab.platypus import Flowable

from ..errors import ValidationError

SHEET_PREFIX = "OPOP1"
_SHEET_KEYS = {"S": "stage_id", "P": "panel_id", "J": "juror_id", "T": "pesantren_id", "V": "rubric_version"}


@dataclass(frozen=True)
class SheetRef:
    stage_id: str
    panel_id: str
    juror_id: str
    pesantren_id: str
    rubric_version: int


def sheet_payload(ref: SheetRef) -> str:
    for name in ("stage_id", "panel_id", "juror_id", "pesantren_id"):
        value = getattr(ref, name)
        if not value or "|" in value or "=" in value:
            raise ValidationError(f"Id '{value}' tidak dapat dimuat dalam kode QR ({name}).")
    return (f"{SHEET_PREFIX}|S={ref.stage_id}|P={ref.panel_id}|J={ref.juror_id}"
            f"|T={ref.pesantren_id}|V={int(ref.rubric_version)}")


def parse_sheet_payload(text: str) -> SheetRef:
    """The ids of a scanned score sheet; ``ValidationError`` when it is not one of ours."""
    parts = (text or "").strip().split("|")
    if not parts or parts[0] != SHEET_PREFIX:
        raise ValidationError("Kode QR ini bukan kode lembar penilaian OPOP (harus diawali 'OPOP1|').")
    fields: dict[str, str] = {}
    for part in parts[1:]:
        key, sep, value = part.partition("=")
        if sep and key in _SHEET_KEYS:
            fields[_SHEET_KEYS[key]] = value
    missing = [k for k, name in _SHEET_KEYS.items() if not fields.get(name)]
    if missing:
        raise ValidationError(f"Kode QR lembar penilaian tidak lengkap: kolom {', '.join(missing)} kosong.")
    try:
        version = int(fields["rubric_version"])
    except ValueError:
        raise ValidationError("Kode QR lembar penilaian rusak: versi rubrik bukan angka.") from None
    return SheetRef(fields["stage_id"], fields["panel_id"], fields["juror_id"], fields["pesantren_id"], version)


def card_payload(reg_number: str) -> str:
    return reg_number


def parse_card_payload(text: str) -> str:
    """The registration number a scanned participant card carries."""
    value = (text or "").strip()
    if value.startswith(SHEET_PREFIX + "|"):
        for part in value.split("|")[1:]:
            key, _, v = part.partition("=")
            if key == "R" and v:
                return v
        raise ValidationError("Kode QR ini bukan kartu peserta OPOP.")
    if not value:
        raise ValidationError("Kode QR kartu peserta kosong.")
    return value


def qr_matrix(payload: str) -> list[list[bool]]:
    """Dark modules of the QR code of ``payload`` (error correction M, best mask pattern).

    Uses reportlab's encoder directly: its QrCodeWidget builds one validated shape per module,
    which made 1,300 sheets several times slower."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.make()
    n = code.getModuleCount()
    return [[bool(code.isDark(r, c)) for c in range(n)] for r in range(n)]


class QrFlowable(Flowable):
    """A vector QR code ``size`` points square with a 2-module quiet zone, drawn as one filled
    path (runs of dark modules merged into rectangles)."""

    BORDER = 2

    def __init__(self, payload: str, size: float):
        super().__init__()
        self.payload = payload
        self.size = size

    def wrap(self, avail_width, avail_height):
        return self.size, self.size

    def draw(self):
        matrix = qr_matrix(self.payload)
        n = len(matrix)
        unit = self.size / (n + 2 * self.BORDER)
        path = self.canv.beginPath()
        for r, row in enumerate(matrix):
            y = self.size - (self.BORDER + r + 1) * unit
            c = 0
            while c < n:
                if row[c]:
                    start = c
                    while c < n and row[c]:
                        c += 1
                    path.rect((self.BORDER + start) * unit, y, (c - start) * unit, unit)
                else:
                    c += 1
        self.canv.saveState()
        self.canv.setFillColorRGB(0, 0, 0)
        self.canv.drawPath(path, stroke=0, fill=1)
        self.canv.restoreState()


def qr_drawing(payload: str, size: float) -> QrFlowable:
    return QrFlowable(payload, size)
