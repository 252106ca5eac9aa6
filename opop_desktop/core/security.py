"""Password/PIN hashing (Argon2id through argon2-cffi) and sign-in throttling.

Nothing secret is ever stored: only the encoded Argon2id hash (parameters and salt included,
so older hashes keep verifying when the parameters change). Parameters follow the OWASP
minimum for Argon2id (19 MiB, 2 passes): memory-hard, yet quick enough on cheap laptops.
"""
from __future__ import annotations

import re
from datetime import datetime, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from .errors import ValidationError

_HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)

PIN_PATTERN = re.compile(r"^\d{6}$")
MIN_PASSWORD_LENGTH = 8

# Throttling: the first FREE_ATTEMPTS failures cost nothing, then each failure doubles the
# wait before the next try (2 s, 4 s, 8 s, ...) up to MAX_DELAY_SECONDS.
FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 300


def hash_secret(secret: str) -> str:
    """Argon2id-encoded hash of a password or PIN."""
    return _HASHER.hash(secret)


def verify_secret(encoded: str, secret: str) -> bool:
    """True when ``secret`` matches ``encoded``; False for a mismatch or an empty/invalid hash."""
    if not encoded or not secret:
        return False
    try:
        return _HASHER.verify(encoded, secret)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def check_pin(pin: str) -> str:
    """Validates a 6-digit PIN and returns it; raises ValidationError otherwise."""
    pin = (pin or "").strip()
    if not PIN_PATTERN.match(pin):
        raise ValidationError("setup.pin_six_digits", where="setup.field_pin")
    return pin


def check_password(password: str) -> str:
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise ValidationError("setup.password_too_short", length=MIN_PASSWORD_LENGTH, where="setup.field_password")
    return password


def throttle_delay(failed_attempts: int) -> int:
    """Seconds that must pass after the last failure before another try is accepted."""
    if failed_attempts < FREE_ATTEMPTS:
        return 0
    return min(MAX_DELAY_SECONDS, 2 ** (failed_attempts - FREE_ATTEMPTS + 1))


def seconds_to_wait(failed_attempts: int, last_failed_at: datetime | None,
                    now: datetime | None = None) -> int:
    """Whole seconds the user still has to wait before the next sign-in try (0 = may try now)."""
    delay = throttle_delay(failed_attempts)
    if delay == 0 or last_failed_at is None:
        return 0
    now = now or datetime.now(timezone.utc)
    if last_failed_at.tzinfo is None:
        last_failed_at = last_failed_at.replace(tzinfo=timezone.utc)
    remaining = delay - (now - last_failed_at).total_seconds()
    return max(0, int(remaining + 0.999))
