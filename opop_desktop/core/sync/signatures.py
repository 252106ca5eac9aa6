"""Checking stored versions against their writer's signed segments (``opop audit verify``)."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..catalogue import Message
from ..models import Device, SyncSegment
from . import segments
from .tables import row_to_json, version_hash


class SignedBy:
    """One device's stored segments, each signature checked once against its enrolled key."""

    def __init__(self, session: Session, device_id: str):
        key = session.scalar(select(Device.public_key).where(Device.device_id == device_id))
        self.entries = segments.stored_verified(session, device_id, key) if key else {}
        self.spans = [] if not key else [
            (s.lo, s.hi) for s in session.execute(select(SyncSegment.lo, SyncSegment.hi)
                                                  .where(SyncSegment.device_id == device_id))]

    def check(self, table, row) -> Message | str:
        """"" when signed as stored; "unsigned" when no segment covers its number (received before
        segments existed); otherwise what is wrong."""
        data = row_to_json(table, row)
        key = (table.name, data["id"], data["device_seq"])
        if key in self.entries:
            if self.entries[key] == version_hash(data):
                return ""
            return Message("sync.entry_not_as_signed")
        if any(lo <= data["device_seq"] <= hi for lo, hi in self.spans):
            return Message("sync.entry_not_in_segment")
        return "unsigned"
