"""What a bundle carries: one kab/kota's share of the set-up (with the results that concern it)
going down, and what the recipient has not acknowledged yet, both ways.

Down: the province (or a kab/kota for its venues) sends the set-up tables filtered to one
kab/kota, plus the approved/published result snapshots of that kab/kota and of the province
and the plenary overrides and administration decisions of its pesantren, so every laptop below
derives the same funnel status. Each set-up bundle written is remembered (``sync_sent_bundle``:
the record versions it carried); the next one leaves out the versions every recipient laptop of
that kab/kota acknowledged in a signed receipt for one of those bundles.

Up: a venue sends to its kab/kota (``to="regency"``), a kab/kota to the province
(``to="province"``); rows already covered by the recipient's receipts (per-device sequence
ranges) are left out. ``full`` ignores all receipts.
"""
from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Device, SyncReceipt, SyncSentBundle
from .receipts import Ranges, recipient_ranges
from .tables import canonical, version_hash

# The laptops a set-up bundle from each role is meant for.
RECIPIENT_BELOW = {"province": "regency", "regency": "venue"}


def down_filter(rows_by_table: dict[str, list[dict]], regency: str) -> None:
    """Keep one kab/kota's share of the set-up tables (in place)."""
    pes = [r for r in rows_by_table.get("pesantren", []) if r.get("regency_code") == regency]
    rows_by_table["pesantren"] = pes
    pes_ids = {r["id"] for r in pes}
    venues = [r for r in rows_by_table.get("venue", [])
              if regency in [c.strip() for c in (r.get("regency_codes") or "").split(",")]]
    rows_by_table["venue"] = venues
    venue_ids = {r["id"] for r in venues}
    rows_by_table["panel"] = [r for r in rows_by_table.get("panel", []) if r.get("venue_id") in venue_ids]
    panel_ids = {r["id"] for r in rows_by_table["panel"]}
    if "result_snapshot" in rows_by_table:  # whole chains of the kab/kota's and the province's results
        rows_by_table["result_snapshot"] = [
            r for r in rows_by_table["result_snapshot"]
            if r.get("scope") == "province" or (r.get("scope") == "regency" and r.get("scope_key") == regency)]
    for name, rows in rows_by_table.items():
        if name in ("pesantren", "venue", "panel") or not rows:
            continue
        sample = rows[0]
        if "pesantren_id" in sample:
            rows = [r for r in rows if r.get("pesantren_id") is None or r["pesantren_id"] in pes_ids]
        if "venue_id" in sample:
            rows = [r for r in rows if r.get("venue_id") is None or r["venue_id"] in venue_ids]
        if "panel_id" in sample:
            rows = [r for r in rows if r.get("panel_id") is None or r["panel_id"] in panel_ids]
        if name == "user_account":
            rows = [r for r in rows if not r.get("regency_code") or r["regency_code"] == regency]
        rows_by_table[name] = rows


def version_key(table: str, row: dict, vv: dict | None) -> str:
    """One exact record version as the recipient holds it (stamps, content and merge clock)."""
    plain = {k: v for k, v in row.items() if k != "_vv"}
    text = f"{table}|{row['id']}|{version_hash(plain)}|{canonical(vv) if vv else ''}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _recipients(session: Session, me: Device, regency: str) -> set[str]:
    role = RECIPIENT_BELOW.get(me.role, "venue")
    return set(session.scalars(select(Device.device_id).where(
        Device.role == role, Device.regency_code == regency, Device.status == "trusted",
        Device.device_id != me.device_id)))


def acknowledged_down(session: Session, me: Device, regency: str) -> set[str]:
    """Version keys every recipient laptop of ``regency`` acknowledged (empty: send all)."""
    recipients = _recipients(session, me, regency)
    if not recipients:
        return set()
    sent = {b.bundle_id: b.versions for b in session.scalars(
        select(SyncSentBundle).where(SyncSentBundle.recipient_regency == regency))}
    if not sent:
        return set()
    acked_by: dict[str, set[str]] = {d: set() for d in recipients}
    for r in session.scalars(select(SyncReceipt).where(SyncReceipt.for_bundle_id.in_(list(sent)),
                                                       SyncReceipt.receiver_device.in_(list(recipients)),
                                                       SyncReceipt.signature != "")):
        acked_by[r.receiver_device].add(r.for_bundle_id)
    out: set[str] | None = None
    for bundles in acked_by.values():
        keys: set[str] = set()
        for b in bundles:
            keys.update(sent[b].splitlines())
        out = keys if out is None else out & keys
    return out or set()


def leave_out(rows_by_table: dict[str, list[dict]], acknowledged: set[str], clocks: dict) -> None:
    """Drop (in place) the record versions the recipients acknowledged."""
    if not acknowledged:
        return
    for name, rows in rows_by_table.items():
        rows_by_table[name] = [r for r in rows
                               if version_key(name, r, clocks.get((name, r["id"]))) not in acknowledged]


def remember_sent(session: Session, bundle_id: str, regency: str, rows_by_table: dict[str, list[dict]],
                  clocks: dict) -> None:
    """What this bundle carried (exactly the rows written into it), for its receipts to acknowledge."""
    keys = [version_key(name, r, clocks.get((name, r["id"]))) for name, rows in rows_by_table.items()
            for r in rows]
    session.add(SyncSentBundle(bundle_id=bundle_id, recipient_regency=regency, versions="\n".join(keys)))
    session.flush()


def acknowledged_up(session: Session, me: Device, to: str) -> Ranges:
    """Per-device sequence ranges the recipient above acknowledged having."""
    if to == "regency":
        return recipient_ranges(session, role="regency", regency=me.regency_code or "")
    return recipient_ranges(session, role="province")
