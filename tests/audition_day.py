"""A small audition day for the venue-day tests: one venue, one panel, a few pesantren,
jurors with PIN accounts, officers, a coordinator and an admin — all in a real SQLite file."""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field

from opop_desktop.core import security
from opop_desktop.core.models import AdminDecision, Pesantren
from opop_desktop.core.regions import gazetteer
from opop_desktop.core.services import accounts, setup
from opop_desktop.core.services.accounts import SYSTEM_ACTOR, SignedInUser
from opop_desktop.core.services.admin_selection import decision_id
from opop_desktop.core.services.programme import create_programme_year

PASSWORD = "rahasia-123"
JUROR_PINS = ["111111", "222222", "333333", "444444", "555555"]
CODES = ["PSR", "PTN", "PRF", "INV", "UNK", "KUA", "SDM"]


@dataclass
class Day:
    programme_id: str
    stage_id: str
    venue_id: str
    panel_id: str
    pesantren: list[str]
    nspp: list[str]
    jurors: list[str]
    users: dict[str, SignedInUser] = field(default_factory=dict)
    district_codes: list[str] = field(default_factory=list)

    def juror_user(self, i: int) -> SignedInUser:
        return self.users[f"juri{i + 1}"]


def add_pesantren(session, programme_id: str, i: int, *, regency: str = "32.05",
                  district: str | None = None) -> Pesantren:
    district = district or sorted(d.code for d in gazetteer().districts_of(regency))[i % 3]
    p = Pesantren(programme_year_id=programme_id, reg_number=f"OPOP-{i:04d}", nspp=f"5100{i:08d}",
                  name=f"Pondok Pesantren Uji {i}", name_key=f"pondok pesantren uji {i}",
                  district_code=district, regency_code=regency, status="admin_passed")
    session.add(p)
    session.flush()
    # Passed administration (the province's fact the status is derived from).
    session.add(AdminDecision(id=decision_id(p.id), pesantren_id=p.id, decision="passed", actor="admin"))
    session.flush()
    return p


_HASHES: dict[str, str] = {}


@contextmanager
def cached_hashes():
    """Argon2 is slow on purpose; the set-up hashes each test secret once per test process."""
    original = security.hash_secret

    def cached(secret: str) -> str:
        if secret not in _HASHES:
            _HASHES[secret] = original(secret)
        return _HASHES[secret]

    security.hash_secret = cached
    try:
        yield
    finally:
        security.hash_secret = original


def build_day(db, *, n_pesantren: int = 4, n_jurors: int = 2, assign: bool = True) -> Day:
    """Everything committed; returns ids and signed-in users (admin, koord, off1..off3, juri1..)."""
    with cached_hashes(), db.session() as s:
        info = create_programme_year(s, 2019)
        stage_id = info.stage_ids[1]
        ps = [add_pesantren(s, info.id, i) for i in range(n_pesantren)]
        accounts.create_user(s, username="admin", full_name="Admin", role="admin", password=PASSWORD)
        venue = setup.create_venue(s, SYSTEM_ACTOR, stage_id=stage_id, name="Aula Garut",
                                   regency_codes=["32.05"])
        panel = setup.create_panel(s, SYSTEM_ACTOR, venue_id=venue.id, name="Ruang 1")
        for p in ps:
            setup.add_pesantren(s, SYSTEM_ACTOR, panel_id=panel.id, pesantren_id=p.id)
        jurors = []
        for i in range(n_jurors):
            j = setup.create_juror(s, SYSTEM_ACTOR, name=f"Juri {i + 1}", institution="Unpad")
            if assign:
                setup.assign_juror(s, SYSTEM_ACTOR, panel_id=panel.id, juror_id=j.id)
            accounts.create_user(s, username=f"juri{i + 1}", full_name=j.name, role="juror",
                                 pin=JUROR_PINS[i],
                                 juror_id=j.id, actor=SYSTEM_ACTOR)
            jurors.append(j.id)
        accounts.create_user(s, username="koord", full_name="Koordinator", role="coordinator",
                             password=PASSWORD,
                             regency_code="32.05", actor=SYSTEM_ACTOR)
        for n in (1, 2, 3):
            accounts.create_user(s, username=f"off{n}", full_name=f"Petugas {n}", role="officer",
                                 password=PASSWORD,
                                 actor=SYSTEM_ACTOR)
        day = Day(info.id, stage_id, venue.id, panel.id, [p.id for p in ps], [p.nspp for p in ps], jurors,
                  district_codes=[p.district_code for p in ps])
    with db.session() as s:
        for u in accounts.list_users(s):
            day.users[u.username] = accounts.SignedInUser(u.id, u.username, u.full_name, u.role, u.juror_id,
                                                          u.regency_code)
    return day


def full_sheet(value: str = "7,5") -> dict[str, str]:
    return {c: value for c in CODES}
