"""One clock for people: times are stored in UTC and always shown and printed in West Java's
time (Asia/Jakarta, "WIB"), whatever time zone the laptop is set to — venue laptops are often
left on a factory zone, and a check-in at 08:05 must read 08:05 WIB on every laptop and paper.

Indonesia has had no daylight saving since 1964, so if the time-zone database is missing
(Windows without the ``tzdata`` package) a fixed +07:00 offset is the same clock.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone, tzinfo


def _jakarta() -> tzinfo:
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("Asia/Jakarta")
    except Exception:  # noqa: BLE001 - ZoneInfoNotFoundError, or no zoneinfo data at all
        return timezone(timedelta(hours=7), "WIB")


WIB = _jakarta()


def now_utc() -> datetime:
    return datetime.now(timezone.utc)


def to_wib(value: datetime) -> datetime:
    """A stored time (aware, or naive UTC as SQLite returns it) in Jakarta time."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(WIB)


def today_wib() -> date:
    return now_utc().astimezone(WIB).date()


def wib_time(value: datetime | None) -> str:
    """"08:05 WIB"; nothing → ""."""
    return "" if value is None else f"{to_wib(value):%H:%M} WIB"


def wib_datetime(value: datetime | None, *, seconds: bool = False) -> str:
    """"03-09-2019 08:05 WIB" (with seconds when asked); nothing → ""."""
    if value is None:
        return ""
    return f"{to_wib(value):%d-%m-%Y %H:%M{':%S' if seconds else ''}} WIB"


def file_time(timestamp: float) -> datetime:
    """A file's modification time (seconds since the epoch) as an aware UTC datetime."""
    return datetime.fromtimestamp(timestamp, timezone.utc)
