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

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import zip_longest

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.rl_accel import fp_str
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
            raise ValidationError("files.qr_id_unfit", value=value, name=name)
    return (f"{SHEET_PREFIX}|S={ref.stage_id}|P={ref.panel_id}|J={ref.juror_id}"
            f"|T={ref.pesantren_id}|V={int(ref.rubric_version)}")


def parse_sheet_payload(text: str) -> SheetRef:
    """The ids of a scanned score sheet; ``ValidationError`` when it is not one of ours."""
    parts = (text or "").strip().split("|")
    if not parts or parts[0] != SHEET_PREFIX:
        raise ValidationError("files.qr_not_sheet")
    fields: dict[str, str] = {}
    for part in parts[1:]:
        key, sep, value = part.partition("=")
        if sep and key in _SHEET_KEYS:
            fields[_SHEET_KEYS[key]] = value
    missing = [k for k, name in _SHEET_KEYS.items() if not fields.get(name)]
    if missing:
        raise ValidationError("files.qr_sheet_incomplete", keys=missing)
    try:
        version = int(fields["rubric_version"])
    except ValueError:
        raise ValidationError("files.qr_sheet_bad_version") from None
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
        raise ValidationError("files.qr_not_card")
    if not value:
        raise ValidationError("files.qr_card_empty")
    return value


def qr_matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    """Dark modules of the QR code of ``payload`` (error correction M, best mask pattern)."""
    return tuple(tuple(c == "1" for c in line) for line in qr_rows(payload))


@lru_cache(maxsize=4096)
def qr_rows(payload: str) -> tuple[str, ...]:
    """The QR code of ``payload`` as one string of "1" (dark) and "0" per row.

    The same matrix as reportlab's ``QRCode.make()``, module for module, about eight times faster:
    reportlab encodes the data and draws the function patterns; the data bits go where its
    ``mapData`` puts them, and the eight masks are applied and scored on rows held as integers
    (its own make() did both list by list, eight times, and took most of a score sheet's time)."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.version = code.calculate_version()
    n = code.moduleCount = code.version * 4 + 17
    positions, fixed, data_cells, masks = _data_layout(code.version)
    raw = [0] * n  # the data bits before masking, placed in mapData's order
    for (col, row), byte_bit in zip(positions, _bits(_codewords(code.version, code.dataList))):
        if byte_bit:
            raw[row] |= 1 << (n - 1 - col)
    best = best_score = best_mask = None
    for mask in range(8):
        rows = [f | ((r ^ m) & d) for f, r, m, d in zip(fixed, raw, masks[mask], data_cells)]
        score = _penalty(rows, n)
        if best is None or score < best_score:
            best, best_score, best_mask = rows, score, mask
    return tuple(format(row | info, f"0{n}b") for row, info in zip(best, _format_rows(code.version, best_mask)))


@lru_cache(maxsize=None)
def _format_rows(version: int, mask: int) -> list[int]:
    """The format (and version) information of the chosen mask, as setupTypeInfo draws it."""
    code = qrencoder.QRCode(version, qrencoder.QRErrorCorrectLevel.M)
    n = code.moduleCount = version * 4 + 17
    code.modules = [[False] * n for _ in range(n)]
    code.setupTypeInfo(False, mask)
    if version >= 7:
        code.setupTypeNumber(False)
    return [_row_int(row) for row in code.modules]


def _codewords(version: int, data_list: list) -> list[int]:
    """reportlab's ``QRCode.createData`` (data, terminator, padding, then data and error correction
    codewords interleaved by block) with the Reed-Solomon remainder computed by table lookups."""
    blocks = qrencoder.QRRSBlock.getRSBlocks(version, qrencoder.QRErrorCorrectLevel.M)
    capacity = 8 * sum(block.dataCount for block in blocks)
    buffer = _Bits()
    for data in data_list:
        data.write(buffer, version)
    if buffer.getLengthInBits() > capacity:
        raise ValueError(f"QR data too long ({buffer.getLengthInBits()} > {capacity} bits)")
    if buffer.getLengthInBits() + 4 <= capacity:
        buffer.put(0, 4)
    while buffer.getLengthInBits() % 8:
        buffer.putBit(False)
    pads, pad = (qrencoder.QRCode.PAD0, qrencoder.QRCode.PAD1), 0
    while buffer.getLengthInBits() < capacity:
        buffer.put(pads[pad], 8)
        pad ^= 1
    codes = list(buffer.value.to_bytes(buffer.length // 8, "big"))
    data_blocks, ec_blocks, offset = [], [], 0
    for block in blocks:
        data_blocks.append(codes[offset:offset + block.dataCount])
        offset += block.dataCount
        ec_blocks.append(_rs_remainder(data_blocks[-1], block.totalCount - block.dataCount))
    return [c for group in (data_blocks, ec_blocks) for column in zip_longest(*group) for c in column
            if c is not None]


class _Bits:
    """reportlab's QRBitBuffer (what the data segments write to) as one integer."""

    def __init__(self):
        self.value = self.length = 0

    def put(self, num: int, length: int) -> None:
        self.value = (self.value << length) | (num & ((1 << length) - 1))
        self.length += length

    def putBit(self, bit) -> None:  # noqa: N802 - reportlab's name
        self.put(1 if bit else 0, 1)

    def getLengthInBits(self) -> int:  # noqa: N802 - reportlab's name
        return self.length


@lru_cache(maxsize=None)
def _generator_logs(ec_count: int) -> tuple[int, ...]:
    """Logs of the coefficients (after the leading 1) of the Reed-Solomon generator polynomial."""
    poly = qrencoder.QRUtil.getErrorCorrectPolynomial(ec_count)
    return tuple(qrencoder.LOG_TABLE[poly.get(i)] for i in range(1, poly.getLength()))


def _rs_remainder(data: list[int], ec_count: int) -> list[int]:
    exp, log, gen = qrencoder.EXP_TABLE, qrencoder.LOG_TABLE, _generator_logs(ec_count)
    remainder = [0] * ec_count
    for byte in data:
        factor = byte ^ remainder[0]
        remainder = remainder[1:] + [0]
        if factor:
            lf = log[factor]
            remainder = [r ^ exp[(lf + g) % 255] for r, g in zip(remainder, gen)]
    return remainder


def _row_int(row) -> int:
    return int("".join("1" if v else "0" for v in row), 2)


def _bits(codewords: list[int]):
    for byte in codewords:
        for shift in range(7, -1, -1):
            yield (byte >> shift) & 1


@lru_cache(maxsize=None)
def _data_layout(version: int) -> tuple[list[tuple[int, int]], list[int], list[int], list[list[int]]]:
    """Where mapData puts the data bits (column, row), and per row as integers (leftmost module =
    highest bit): the function patterns, which modules carry data, and which of those each of the
    eight masks flips."""
    code = qrencoder.QRCode(version, qrencoder.QRErrorCorrectLevel.M)
    n = code.moduleCount = version * 4 + 17
    # Function patterns as makeImpl draws them, format areas left light as its mask search sees them.
    code.modules = [[False] * n for _ in range(n)]
    code.setupPositionProbePattern(0, 0)
    code.setupPositionProbePattern(n - 7, 0)
    code.setupPositionProbePattern(0, n - 7)
    code.setupPositionAdjustPattern()
    code.setupTimingPattern()
    code.setupTypeInfo(True, 0)
    if version >= 7:
        code.setupTypeNumber(True)
    fixed = [_row_int(row) for row in code.modules]
    positions = list(code.dataPosIterator())
    cells = [[False] * n for _ in range(n)]
    for col, row in positions:
        cells[row][col] = True
    data_cells = [_row_int(row) for row in cells]
    masks = []
    for mask in range(8):
        test = qrencoder.QRUtil.getMask(mask)
        masks.append([_row_int([cells[r][c] and test(r, c) for c in range(n)]) for r in range(n)])
    return positions, fixed, data_cells, masks


_FINDER_LIKE = "10111010000"
_DARK_RUN = re.compile("1+")


def _penalty(row_ints: list[int], n: int) -> int:
    """reportlab's mask score (``QRUtil.getLostPoint``), quirks included so the same mask wins:
    runs of five or more in rows and columns (3 + length - 5 each), 2×2 blocks, the finder-like
    pattern searched in rows only (its column search compares a tuple with a list and never
    matches), dark balance. Runs are counted with bit operations on whole rows: a run of length L
    holds L - 4 windows of five equal modules, one of which starts it, and scores (L - 4) + 2."""
    full = (1 << n) - 1
    score = 0
    for row in row_ints:  # runs within a row: bit j of ``same`` says module j equals module j + 1
        same = ~(row ^ (row >> 1)) & (full >> 1)
        five = same & (same >> 1) & (same >> 2) & (same >> 3)
        score += five.bit_count() + 2 * (five & ~(same << 1)).bit_count()
    same_below = [~(a ^ b) & full for a, b in zip(row_ints, row_ints[1:])]  # runs within a column
    for i in range(n - 4):
        five = same_below[i] & same_below[i + 1] & same_below[i + 2] & same_below[i + 3]
        starts = five & ~same_below[i - 1] if i else five
        score += five.bit_count() + 2 * starts.bit_count()
    for row in row_ints:
        line = format(row, f"0{n}b")
        j = line.find(_FINDER_LIKE)
        while j != -1 and j < n - len(_FINDER_LIKE):
            score += 40
            j = line.find(_FINDER_LIKE, j + len(_FINDER_LIKE))
    pairs = full >> 1
    for a, b in zip(row_ints, row_ints[1:]):
        score += 3 * (~(a ^ b) & ~(a ^ (a >> 1)) & ~(b ^ (b >> 1)) & pairs).bit_count()
    dark = sum(row.bit_count() for row in row_ints)
    return score + 10 * (abs(100 * dark // (n * n) - 50) // 5)


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
        rows = qr_rows(self.payload)
        xs, ys, widths, unit = _grid_numbers(len(rows), self.size, self.BORDER)
        # The operators canvas.drawPath would write for these rectangles (x y w h re), at once.
        ops = ["n"]
        for y, line in zip(ys, rows):
            ops += [f"{xs[run.start()]} {y} {widths[run.end() - run.start()]} {unit} re"
                    for run in _DARK_RUN.finditer(line)]
        ops.append("f")
        self.canv.saveState()
        self.canv.setFillColorRGB(0, 0, 0)
        self.canv.addLiteral(" ".join(ops))
        self.canv.restoreState()


@lru_cache(maxsize=64)
def _grid_numbers(n: int, size: float, border: int) -> tuple[list[str], list[str], list[str], str]:
    """The coordinates a QR code of ``n`` modules uses, formatted once as the PDF writes them:
    x of each column, y of each row, the width of a run of each length, the module size."""
    unit = size / (n + 2 * border)
    xs = [fp_str((border + c) * unit) for c in range(n)]
    ys = [fp_str(size - (border + r + 1) * unit) for r in range(n)]
    widths = [fp_str(length * unit) for length in range(n + 1)]
    return xs, ys, widths, fp_str(unit)


def qr_drawing(payload: str, size: float) -> QrFlowable:
    return QrFlowable(payload, size)
