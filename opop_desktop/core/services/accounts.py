"""Offline accounts and roles: admin (province), coordinator (kab/kota), officer (venue), juror.

The signed-in user travels through services as a ``SignedInUser`` (the "actor"). The CLI acts
as ``SYSTEM_ACTOR`` (role admin, username "sistem").

Sign-in from the GUI: call ``try_authenticate`` inside the task so the failure counter is
committed even when the secret is wrong (``authenticate`` raises, which rolls a task back).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .. import permissions, security
from ..catalogue import Message, msg
from ..errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from ..labels import ROLE_LABELS
from ..models import ROLES, Juror, UserAccount
from . import audit


@dataclass(frozen=True)
class SignedInUser:
    id: str
    username: str
    full_name: str
    role: str  # admin | coordinator | officer | juror
    juror_id: str | None = None
    regency_code: str | None = None

    @property
    def is_juror(self) -> bool:
        return self.role == "juror"

    @property
    def can_manage(self) -> bool:
        """Admin or coordinator: set-up, corrections, settling paper differences."""
        return self.role in ("admin", "coordinator")


SYSTEM_ACTOR = SignedInUser(id="", username="sistem", full_name="Sistem (baris perintah)", role="admin")


@dataclass
class UserInfo:
    id: str
    username: str
    full_name: str
    role: str
    role_label: str
    juror_id: str | None
    regency_code: str | None
    active: bool
    has_password: bool
    has_pin: bool


@dataclass
class AuthOutcome:
    """Result of ``try_authenticate``: ``user`` when signed in, else ``message`` (+ wait)."""

    user: SignedInUser | None
    message: Message | None = None
    wait_seconds: int = 0


def require_role(actor: SignedInUser | None, *roles: str, what: Message | str) -> SignedInUser:
    """Raise PermissionDenied unless ``actor`` has one of ``roles``; ``what`` (a Message or the
    catalogue id of an action) completes "... tidak boleh <what>". Prefer ``permissions.require``
    with an action of the matrix."""
    if actor is None or actor.role not in roles:
        raise PermissionDenied(permissions.denied_message(actor, what))
    return actor


def signed_in(account: UserAccount) -> SignedInUser:
    return SignedInUser(account.id, account.username, account.full_name, account.role,
                        account.juror_id, account.regency_code)


def _info(a: UserAccount) -> UserInfo:
    return UserInfo(a.id, a.username, a.full_name, a.role, ROLE_LABELS.get(a.role, a.role), a.juror_id,
                    a.regency_code, a.active, bool(a.password_hash), bool(a.pin_hash))


def _public(a: UserAccount) -> dict:
    return {"username": a.username, "full_name": a.full_name, "role": a.role, "juror_id": a.juror_id,
            "regency_code": a.regency_code, "active": a.active}


def has_admin(session: Session) -> bool:
    """False on a fresh installation: the first-start wizard then creates the first admin."""
    return bool(session.scalar(select(func.count()).select_from(UserAccount)
                               .where(UserAccount.role == "admin", UserAccount.active)))


def create_user(session: Session, *, username: str, full_name: str, role: str, password: str | None = None,
                pin: str | None = None, juror_id: str | None = None, regency_code: str | None = None,
                actor: SignedInUser | None = None) -> UserInfo:
    """Create an account. Only admins create accounts; ``actor=None`` is accepted only to create
    the first admin while no admin exists. Jurors need a ``juror_id`` and a 6-digit PIN; others a
    password (≥ 8 characters) and optionally a PIN."""
    username = (username or "").strip().lower()
    if not username:
        raise ValidationError("setup.username_required", where="setup.field_username")
    if role not in ROLES:
        raise ValidationError("setup.role_unknown", role=role, choices=list(ROLES), where="setup.field_role")
    if actor is None:
        if has_admin(session) or role != "admin":
            raise PermissionDenied("setup.first_account_admin_only")
    else:
        permissions.require(actor, "account.manage")
    if session.scalar(select(UserAccount.id).where(UserAccount.username == username)):
        raise ConflictError("setup.username_taken", username=username, where="setup.field_username")
    if role == "juror":
        if not juror_id or session.get(Juror, juror_id) is None:
            raise ValidationError("setup.juror_account_needs_juror", where="setup.field_juror")
        if not pin:
            raise ValidationError("setup.juror_account_needs_pin", where="setup.field_pin")
    elif not password:
        raise ValidationError("setup.password_required", where="setup.field_password")
    account = UserAccount(
        username=username, full_name=full_name.strip(), role=role, juror_id=juror_id,
        regency_code=regency_code or None,
        password_hash=security.hash_secret(security.check_password(password)) if password else "",
        pin_hash=security.hash_secret(security.check_pin(pin)) if pin else "",
    )
    session.add(account)
    session.flush()
    audit.record(session, actor=actor or username, action="account.create", entity="user_account",
                 entity_id=account.id, new=_public(account))
    return _info(account)


def list_users(session: Session, actor: SignedInUser | None = None, *,
               include_inactive: bool = False) -> list[UserInfo]:
    """All accounts, by role then username (secrets never leave this module)."""
    q = select(UserAccount).order_by(UserAccount.role, UserAccount.username)
    if not include_inactive:
        q = q.where(UserAccount.active)
    return [_info(a) for a in session.scalars(q)]


def sign_in_choices(session: Session) -> list[UserInfo]:
    """Accounts offered on the sign-in / "Ganti pengguna" screen."""
    return list_users(session)


def _account(session: Session, username: str) -> UserAccount | None:
    key = (username or "").strip().lower()
    return session.scalars(select(UserAccount).where(UserAccount.username == key)).first()


def try_authenticate(session: Session, username: str, secret: str, *,
                     wrong: tuple[str, str] = ("setup.login_wrong", "setup.login_wrong_wait")) -> AuthOutcome:
    """Check a password or PIN; never raises for a wrong secret so the caller can commit the
    throttling state. Messages say how long to wait; ``wrong`` names the message of a wrong
    secret without and with a wait."""
    account = _account(session, username)
    if account is None or not account.active:
        return AuthOutcome(None, Message(wrong[0]))
    now = datetime.now(timezone.utc)
    wait = security.seconds_to_wait(account.failed_attempts, account.last_failed_at, now)
    if wait:
        return AuthOutcome(None, msg("setup.login_throttled", seconds=wait), wait)
    if security.verify_secret(account.password_hash, secret) or security.verify_secret(account.pin_hash,
                                                                                       secret):
        if account.failed_attempts:
            account.failed_attempts = 0
            account.last_failed_at = None
            session.flush()
        return AuthOutcome(signed_in(account))
    account.failed_attempts = (account.failed_attempts or 0) + 1
    account.last_failed_at = now
    session.flush()
    wait = security.seconds_to_wait(account.failed_attempts, now, now)
    return AuthOutcome(None, Message(wrong[1], {"seconds": wait}) if wait else Message(wrong[0]), wait)


def authenticate(session: Session, username: str, secret: str) -> SignedInUser:
    """Like ``try_authenticate`` but raises PermissionDenied (message includes the wait)."""
    outcome = try_authenticate(session, username, secret)
    if outcome.user is None:
        err = PermissionDenied(outcome.message)
        err.wait_seconds = outcome.wait_seconds  # type: ignore[attr-defined]
        raise err
    return outcome.user


def _juror_account(session: Session, juror_id: str) -> UserAccount:
    account = session.scalars(select(UserAccount).where(UserAccount.juror_id == juror_id,
                                                        UserAccount.active)).first()
    if account is None:
        raise NotFoundError("setup.juror_no_account")
    return account


def check_juror_pin(session: Session, juror_id: str, pin: str) -> AuthOutcome:
    """Like try_authenticate for a juror's PIN: never raises for a wrong PIN, so the caller can
    commit the failure count (a lock attempt that fails would otherwise roll it back)."""
    return try_authenticate(session, _juror_account(session, juror_id).username, pin,
                            wrong=("setup.pin_wrong", "setup.pin_wrong_wait"))


def verify_juror_pin(session: Session, juror_id: str, pin: str) -> UserAccount:
    """The account of ``juror_id`` whose PIN matches; PermissionDenied otherwise (throttled too)."""
    outcome = check_juror_pin(session, juror_id, pin)
    if outcome.user is None:
        raise PermissionDenied(outcome.message)
    return _juror_account(session, juror_id)


def set_secret(session: Session, actor: SignedInUser, username: str, *, password: str | None = None,
               pin: str | None = None) -> UserInfo:
    """Change a password and/or PIN: admins for anyone, others for themselves."""
    account = _account(session, username)
    if account is None:
        raise NotFoundError("setup.account_missing", username=username)
    if actor.role != "admin" and actor.id != account.id:
        raise PermissionDenied("setup.secret_admin_only")
    if password:
        account.password_hash = security.hash_secret(security.check_password(password))
    if pin:
        account.pin_hash = security.hash_secret(security.check_pin(pin))
    account.failed_attempts, account.last_failed_at = 0, None
    session.flush()
    audit.record(session, actor=actor, action="account.secret", entity="user_account", entity_id=account.id,
                 new={"password_changed": bool(password), "pin_changed": bool(pin)})
    return _info(account)


def set_active(session: Session, actor: SignedInUser, username: str, active: bool) -> UserInfo:
    permissions.require(actor, "account.manage")
    account = _account(session, username)
    if account is None:
        raise NotFoundError("setup.account_missing", username=username)
    old = account.active
    account.active = active
    session.flush()
    audit.record(session, actor=actor, action="account.active", entity="user_account", entity_id=account.id,
                 old={"active": old}, new={"active": active})
    return _info(account)
