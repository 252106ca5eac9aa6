"""The QR matrix printed on sheets and cards is reportlab's own, module for module."""
from __future__ import annotations

import random
import uuid

from reportlab.graphics.barcode import qrencoder

from opop_desktop.core.pdf.qr import SheetRef, card_payload, qr_matrix, sheet_payload


def _reportlab_matrix(payload: str):
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.make()
    n = code.getModuleCount()
    return tuple(tuple(bool(code.isDark(r, c)) for c in range(n)) for r in range(n))


def test_same_matrix_as_reportlab_for_sheets_cards_and_odd_text():
    rng = random.Random(7)
    payloads = [sheet_payload(SheetRef(str(uuid.UUID(int=rng.getrandbits(128))),
                                       str(uuid.UUID(int=rng.getrandbits(128))),
                                       str(uuid.UUID(int=rng.getrandbits(128))),
                                       str(uuid.UUID(int=rng.getrandbits(128))), rng.randrange(1, 4)))
                for _ in range(25)]
    payloads += [card_payload(f"OPOP-2019-{n:04d}") for n in (1, 77, 1500)]
    payloads += ["".join(rng.choice("abcXYZ019|=-é ") for _ in range(rng.randrange(1, 400))) for _ in range(25)]
    payloads += ["12345", "A" * 14, "x" * 1000]
    for payload in payloads:
        assert qr_matrix(payload) == _reportlab_matrix(payload), payload
