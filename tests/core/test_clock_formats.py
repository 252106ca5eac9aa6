"""One clock and one number format: stored UTC times read as Jakarta time with "WIB" whatever the
laptop's time zone (real subprocesses with TZ set), also without a time-zone database; decimal
commas rounded half-up the same way on screen, paper and the CLI."""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from fractions import Fraction

import pytest

from opop_desktop.core.clock import wib_datetime, wib_time
from opop_desktop.core.formats import count_text, decimal_comma, score_text
from opop_desktop.core.services import audit

SHOW = ("from datetime import datetime, timezone; import time; "
        "from opop_desktop.core.clock import WIB, wib_time, wib_datetime; "
        "t = datetime(2019, 9, 3, 1, 5, 7, tzinfo=timezone.utc); "
        "print(time.strftime('%z', time.localtime(0)), wib_time(t), wib_datetime(t.replace(tzinfo=None), seconds=True), WIB)")


def run_python(code: str, **env) -> str:
    full = {**os.environ, **env}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=full, timeout=60)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


@pytest.mark.parametrize("tz", ["America/New_York", "UTC", "Asia/Tokyo", "Europe/London"])
def test_times_read_as_wib_whatever_the_laptop_zone(tz):
    offset, *shown = run_python(SHOW, TZ=tz).split(" ", 1)
    assert offset != "+0700" or tz == "Asia/Jakarta"  # the laptop really is on another clock
    assert shown[0].startswith("08:05 WIB 03-09-2019 08:05:07 WIB")


def test_fixed_offset_when_the_time_zone_database_is_missing(tmp_path):
    # An empty zoneinfo search path and no tzdata package: what a bare Windows Python has.
    shown = run_python(SHOW, TZ="America/New_York", PYTHONTZPATH=str(tmp_path))
    assert shown.endswith("08:05 WIB 03-09-2019 08:05:07 WIB WIB")  # the fallback zone is named WIB


def test_cli_audit_list_prints_wib(cli, db, tmp_path):
    from opop_desktop.core.services.accounts import SYSTEM_ACTOR

    with db.session() as s:
        audit.record(s, actor=SYSTEM_ACTOR, action="test", entity="clock", entity_id="x1")
    with db.session() as s:
        at = audit.list_entries(s, limit=1)[0].at
    exe = os.path.join(os.path.dirname(sys.executable), "opop")
    out = subprocess.run([exe, "--db", str(db.url).split("///", 1)[1], "audit", "list"], capture_output=True,
                         text=True, env={**os.environ, "TZ": "America/Los_Angeles"}, timeout=120)
    assert out.returncode == 0, out.stderr
    wib = (at.replace(tzinfo=timezone.utc) + timedelta(hours=7)).strftime("%d-%m-%Y %H:%M:%S")
    assert f"{wib} WIB" in out.stdout


def test_wib_helpers_take_naive_utc_and_nothing():
    assert wib_time(datetime(2019, 9, 3, 17, 30)) == "00:30 WIB"  # next day in Jakarta
    assert wib_datetime(datetime(2019, 9, 3, 17, 30)) == "04-09-2019 00:30 WIB"
    assert wib_time(None) == "" and wib_datetime(None) == ""


@pytest.mark.parametrize("value, places, text", [
    (Decimal("7.50"), None, "7,5"), (Decimal("10"), None, "10"), (Decimal("1E+1"), None, "10"),
    (Decimal("0.25"), None, "0,25"), (Decimal("80.125"), 2, "80,13"), (70.625, 2, "70,63"),
    (Decimal("70.625"), 2, "70,63"), (Fraction(211, 3), 2, "70,33"), (Decimal("78.2"), 2, "78,20"),
    (Decimal("20"), 0, "20"), (Decimal("0.5"), 1, "0,5"), (None, 2, ""), ("", None, ""),
    (Decimal("-1.005"), 2, "-1,01"),
])
def test_decimal_comma(value, places, text):
    assert decimal_comma(value, places) == text


def test_score_and_count_text():
    assert score_text(Decimal("80.25")) == "80,25" and score_text(Decimal("80")) == "80,00"
    assert count_text(1287) == "1.287" and count_text(None) == "–"
