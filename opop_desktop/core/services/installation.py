"""This installation's identity: device id, role (venue / regency / province), its kab/kota."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from ..db import get_setting, set_setting
from . import programme


@dataclass
class InstallationInfo:
    device_id: str
    role: str
    regency_code: str
    name: str
    programme_name: str


def describe(session: Session) -> InstallationInfo:
    try:
        prog = programme.current_programme(session).name
    except Exception:  # noqa: BLE001 - no programme yet is a normal state here
        prog = ""
    return InstallationInfo(
        device_id=get_setting(session, "device_id"),
        role=get_setting(session, "role", "province"),
        regency_code=get_setting(session, "regency_code"),
        name=get_setting(session, "device_name"),
        programme_name=prog,
    )


def is_initialised(session: Session) -> bool:
    return bool(get_setting(session, "initialised"))


def initialise(session: Session, *, role: str | None, regency_code: str | None, name: str | None,
               year: int) -> InstallationInfo:
    """Idempotent: fills what is given, keeps the rest.

    Only the province creates a programme year here; venue and kab/kota laptops receive theirs
    (with the same ids) in the set-up bundle, so two installations never invent rival years."""
    if role:
        set_setting(session, "role", role)
    if regency_code:
        set_setting(session, "regency_code", regency_code)
    if name:
        set_setting(session, "device_name", name)
    set_setting(session, "initialised", "1")
    if get_setting(session, "role", "province") == "province":
        programme.current_programme(session, create_year=year)
    from ..sync.keys import ensure_device_keys  # every installation gets its key pair
    ensure_device_keys(session)
    session.flush()
    return describe(session)
