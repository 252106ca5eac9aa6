"""Offline accounts: first admin, roles, Argon2 hashes, PINs, throttled sign-in, audit."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from opop_desktop.core import security
from opop_desktop.core.errors import ConflictError, PermissionDenied, ValidationError
from opop_desktop.core.models import AuditEntry, UserAccount
from opop_desktop.core.services import accounts, setup
from opop_desktop.core.services.accounts import SYSTEM_ACTOR


def test_first_admin_then_only_admins_create_accounts(session):
    assert not accounts.has_admin(session)
    with pytest.raises(PermissionDenied):  # nobody may create a non-admin without signing in
        accounts.create_user(session, username="petugas", full_name="P", role="officer",
                             password="rahasia-123")
    admin = accounts.create_user(session, username="Admin ", full_name="Admin", role="admin",
                                 password="rahasia-123")
    assert admin.username == "admin" and accounts.has_admin(session)
    with pytest.raises(PermissionDenied):  # the wizard path is closed once an admin exists
        accounts.create_user(session, username="admin2", full_name="A", role="admin", password="rahasia-123")
    me = accounts.authenticate(session, "admin", "rahasia-123")
    officer = accounts.create_user(session, username="off", full_name="Off", role="officer",
                                   password="rahasia-123",
                                   actor=me)
    off_user = accounts.authenticate(session, "off", "rahasia-123")
    with pytest.raises(PermissionDenied, match="tidak boleh membuat akun"):
        accounts.create_user(session, username="x", full_name="X", role="officer", password="rahasia-123",
                             actor=off_user)
    with pytest.raises(ConflictError):
        accounts.create_user(session, username="off", full_name="Again", role="officer",
                             password="rahasia-123", actor=me)
    assert [u.username for u in accounts.list_users(session)] == ["admin", "off"]
    assert officer.role_label == "Petugas lokasi"
    actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.chain_index)).all()
    assert actions == ["account.create", "account.create"]


def test_secrets_are_argon2id_hashes_never_plain(session):
    accounts.create_user(session, username="admin", full_name="A", role="admin", password="rahasia-123",
                         pin="987654")
    row = session.scalars(select(UserAccount)).one()
    for stored, secret in ((row.password_hash, "rahasia-123"), (row.pin_hash, "987654")):
        assert stored.startswith("$argon2id$") and secret not in stored
        assert "m=19456" in stored  # memory-hard: 19 MiB
    assert security.verify_secret(row.password_hash, "rahasia-123")
    assert not security.verify_secret(row.password_hash, "rahasia-124")
    assert not security.verify_secret("", "anything")
    # Every audit entry about the account is free of secrets too.
    for e in session.scalars(select(AuditEntry)):
        assert "rahasia" not in e.new_json and "987654" not in e.new_json


def test_pin_and_password_rules(session):
    with pytest.raises(ValidationError, match="6 angka"):
        accounts.create_user(session, username="a", full_name="A", role="admin", password="rahasia-123",
                             pin="12345")
    with pytest.raises(ValidationError, match="minimal 8"):
        accounts.create_user(session, username="a", full_name="A", role="admin", password="pendek")
    admin = accounts.create_user(session, username="a", full_name="A", role="admin", password="rahasia-123")
    me = accounts.authenticate(session, admin.username, "rahasia-123")
    with pytest.raises(ValidationError, match="data juri"):
        accounts.create_user(session, username="j", full_name="J", role="juror", pin="123456", actor=me)
    juror = setup.create_juror(session, SYSTEM_ACTOR, name="Juri Satu")
    with pytest.raises(ValidationError, match="PIN"):
        accounts.create_user(session, username="j", full_name="J", role="juror", juror_id=juror.id, actor=me)
    accounts.create_user(session, username="j", full_name="J", role="juror", pin="123456", juror_id=juror.id,
                         actor=me)
    signed = accounts.authenticate(session, "j", "123456")
    assert signed.role == "juror" and signed.juror_id == juror.id and signed.is_juror


def test_throttle_delay_grows_exponentially():
    assert [security.throttle_delay(n) for n in range(7)] == [0, 0, 0, 2, 4, 8, 16]
    assert security.throttle_delay(50) == security.MAX_DELAY_SECONDS
    t0 = datetime(2019, 8, 5, 9, 0, tzinfo=timezone.utc)
    assert security.seconds_to_wait(4, t0, t0 + timedelta(seconds=1)) == 3
    assert security.seconds_to_wait(4, t0, t0 + timedelta(seconds=5)) == 0
    assert security.seconds_to_wait(1, t0, t0) == 0


def test_failed_sign_ins_are_counted_committed_and_slow_the_next_try(db):
    with db.session() as s:
        accounts.create_user(s, username="admin", full_name="A", role="admin", password="rahasia-123")
    for _ in range(security.FREE_ATTEMPTS):
        with db.session() as s:  # the GUI runs each try as its own committed task
            outcome = accounts.try_authenticate(s, "admin", "salah-salah")
            assert outcome.user is None and "salah" in str(outcome.message)
    assert outcome.wait_seconds == 2 and "Tunggu 2 detik" in str(outcome.message)
    with db.session() as s:
        row = s.scalars(select(UserAccount)).one()
        assert row.failed_attempts == security.FREE_ATTEMPTS and row.last_failed_at is not None
        row.failed_attempts = 10  # a long wait (256 s), so no clock timing decides the next check
    with db.session() as s:
        # Even the right password is refused while the wait lasts, with the wait in the message.
        with pytest.raises(PermissionDenied, match="Coba lagi dalam") as info:
            accounts.authenticate(s, "admin", "rahasia-123")
        assert 200 < info.value.wait_seconds <= 256
    with db.session() as s:  # once the wait is over (pretend time passed), success resets the counter
        row = s.scalars(select(UserAccount)).one()
        row.last_failed_at = datetime.now(timezone.utc) - timedelta(minutes=10)
    with db.session() as s:
        assert accounts.authenticate(s, "admin", "rahasia-123").username == "admin"
        assert s.scalars(select(UserAccount)).one().failed_attempts == 0


def test_unknown_and_inactive_users_get_the_same_message(session):
    accounts.create_user(session, username="admin", full_name="A", role="admin", password="rahasia-123")
    me = accounts.authenticate(session, "admin", "rahasia-123")
    accounts.create_user(session, username="off", full_name="O", role="officer", password="rahasia-123",
                         actor=me)
    accounts.set_active(session, me, "off", False)
    for user in ("nobody", "off"):
        with pytest.raises(PermissionDenied, match="Nama pengguna atau kata sandi/PIN salah"):
            accounts.authenticate(session, user, "rahasia-123")


def test_set_secret_own_or_admin(session):
    accounts.create_user(session, username="admin", full_name="A", role="admin", password="rahasia-123")
    me = accounts.authenticate(session, "admin", "rahasia-123")
    accounts.create_user(session, username="off", full_name="O", role="officer", password="rahasia-123",
                         actor=me)
    accounts.create_user(session, username="off2", full_name="O2", role="officer", password="rahasia-123",
                         actor=me)
    off = accounts.authenticate(session, "off", "rahasia-123")
    with pytest.raises(PermissionDenied):
        accounts.set_secret(session, off, "off2", password="baru-sekali-1")
    accounts.set_secret(session, off, "off", password="baru-sekali-1", pin="246810")
    assert accounts.authenticate(session, "off", "246810").username == "off"
    with pytest.raises(PermissionDenied):
        accounts.authenticate(session, "off", "rahasia-123")


def test_wrong_juror_pin_is_counted_even_when_the_caller_rolls_back(db):
    """check_juror_pin never raises for a wrong PIN, so its failure count survives the
    transaction of a lock attempt that fails (and the next tries are throttled)."""
    from audition_day import build_day

    day = build_day(db)
    with db.session() as s:
        outcome = accounts.check_juror_pin(s, day.jurors[0], "000000")
        assert outcome.user is None and str(outcome.message).startswith("PIN salah")
    for _ in range(2):
        with db.session() as s:
            accounts.check_juror_pin(s, day.jurors[0], "000000")
    with db.session() as s:
        account = s.scalars(select(UserAccount).where(UserAccount.juror_id == day.jurors[0])).one()
        assert account.failed_attempts == 3  # the first three tries are free, then a wait starts
        blocked = accounts.check_juror_pin(s, day.jurors[0], "000000")
        assert blocked.wait_seconds > 0 and "Coba lagi" in str(blocked.message)
