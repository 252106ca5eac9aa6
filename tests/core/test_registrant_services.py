"""Pesantren list and funnel counts (core/services/registrants.py)."""
from __future__ import annotations

from sqlalchemy import select

from opop_desktop.core.demo import generate_demo
from opop_desktop.core.models import Pesantren
from opop_desktop.core.services.registrants import funnel_counts, list_pesantren


def test_list_has_names_resolved_and_filters_by_regency(session):
    summary = generate_demo(session, scale="small", seed=5)
    rows = list_pesantren(session)
    assert len(rows) == summary.registrants
    garut = list_pesantren(session, regency_code="32.05")
    assert garut and all(r.regency_code == "32.05" and r.regency_name == "Kabupaten Garut" for r in garut)
    r = garut[0]
    stored = session.get(Pesantren, r.id)
    assert (r.name, r.nspp, r.phone, r.track, r.status) == (stored.name, stored.nspp, stored.phone,
                                                            stored.track, stored.status)
    assert r.district_name and r.product_field and r.reg_number.startswith("OPOP-")
    assert [(x.regency_code, x.district_code) for x in rows] == sorted((x.regency_code, x.district_code) for x in rows)


def test_list_empty_without_programme(session):
    assert list_pesantren(session) == []


def test_funnel_counts_are_cumulative(session):
    generate_demo(session, scale="small", seed=2)
    people = list(session.scalars(select(Pesantren).order_by(Pesantren.reg_number)))
    statuses = ["registered", "admin_failed", "admin_passed", "invited_1", "present_1", "absent_1",
                "passed_1", "failed_1", "invited_2", "passed_2", "failed_3", "passed_3"]
    for p, status in zip(people, statuses):
        p.status = status
    for p in people[len(statuses):]:
        p.status = "registered"
    session.flush()
    c = funnel_counts(session)
    assert c.registered == len(people)
    assert c.admin_failed == 1
    assert c.admin_passed == 10  # everything past administration
    assert c.invited_1 == 9
    assert c.came_1 == 7  # present_1, passed_1, failed_1, invited_2, passed_2, failed_3, passed_3
    assert c.absent_1 == 1
    assert c.passed_1 == 5  # passed_1, invited_2, passed_2, failed_3, passed_3
    assert c.passed_2 == 3
    assert c.passed_3 == 1
    garut = funnel_counts(session, regency_code="32.05")
    assert garut.registered == sum(1 for p in people if p.regency_code == "32.05")
