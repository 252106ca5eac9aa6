"""Who wrote each record, verifiable after relays: every bundle's signed record index (table,
id, writer, sequence, version hash) is kept and relayed, so the province can check each record
against the signature of the device that wrote it, whichever laptops carried it."""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db import get_setting
from ..models import Device, SyncBundleLog
from . import bundle as fmt
from . import keys
from .tables import replicated_tables, row_to_json, version_hash


@dataclass
class OriginReport:
    verified: int = 0
    own: int = 0
    unverified: list[tuple[str, str, str]] = field(default_factory=list)  # table, id, device


def signed_versions(session: Session) -> set[tuple[str, str, str, str]]:
    """(table, id, device, version hash) vouched for by a valid signature of a known device."""
    pub = {d.device_id: d.public_key for d in session.scalars(select(Device)) if d.status == "trusted"}
    out = set()
    for log in session.scalars(select(SyncBundleLog).where(SyncBundleLog.index_text != "")):
        try:
            m = json.loads(log.manifest_json)
            key = pub.get(m["origin_device"])
            if key is None or key != m["signer_public_key"]:
                continue
            if not keys.verify(key, keys.unb64(log.signature), log.manifest_json.encode("utf-8")):
                continue
            if m["members"]["sync/index.jsonl"]["sha256"] != fmt.sha256(log.index_text.encode("utf-8")):
                continue
        except (ValueError, KeyError, TypeError):
            continue
        for line in log.index_text.splitlines():
            if line.strip():
                t, rid, dev, _seq, vh = json.loads(line)["r"]
                if dev == m["origin_device"]:
                    out.add((t, rid, dev, vh))
    return out


def verify_origins(session: Session, tables: list[str] | None = None) -> OriginReport:
    me = get_setting(session, "device_id")
    vouched = signed_versions(session)
    rep = OriginReport()
    for table in replicated_tables():
        if tables and table.name not in tables:
            continue
        for r in session.execute(select(table)):
            row = row_to_json(table, r)
            dev = row["modified_device"]
            if dev == me:
                rep.own += 1
            elif (table.name, row["id"], dev, version_hash(row)) in vouched:
                rep.verified += 1
            else:
                rep.unverified.append((table.name, row["id"], dev))
    return rep
