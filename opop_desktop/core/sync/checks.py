"""The authority check of one incoming bundle, run before anything is written.

Every row that would change something here is checked: its writer (``modified_device``, known
to this database or enrolled by this same bundle under the trust rules) may write that kind in
that scope (``authority.py``), the writer signed exactly this version (a valid segment of the
writer covers it), it was not written after the writer's revocation point, it does not rewrite a
stored version (immutability) and, for audit entries, it only extends the writer's chain. Any
failure refuses the whole bundle with a reason that names the kind, the row and the rule.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import repeat
from operator import is_

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..catalogue import Message, msg
from ..db import get_setting
from ..errors import ImportRejected
from ..models import Device
from . import authority, segments
from .checks_scope import ScopeLookups
from .checks_trust import check_chains, check_devices
from .tables import all_text, column_reader, content_hash, rows_where_in, table_by_name, version_hash

NOTHING: dict = {}
_DEVICES = select(Device.__table__)  # built once: read for every bundle
# Kinds whose writer rule also reads the row itself (its chain, state, role or account kind).
ROW_DEPENDENT_RULES = frozenset({"result_snapshot", "user_account", "device"})
# Kinds whose versions retire earlier ones (supersedes_id, merges_id): what a retired version must
# share with the version that retires it, and the name of that in the refusal.
RETIRES_WITHIN = {
    "score_entry": (("sheet_id", "criterion_code"), "sync.retires_score"),
    "attendance": (("pesantren_id", "stage_id"), "sync.retires_attendance"),
    "result_snapshot": (("stage_id", "scope", "scope_key"), "sync.retires_snapshot"),
}


class AuthorityRefused(ImportRejected):
    """A signed bundle carries something its writers may not write: refused and quarantined."""

    def __init__(self, message: str | Message, /, *, where: str, kind: str = "", record_id: str = "",
                 **params):
        super().__init__(message, where=where, **params)
        self.kind, self.record_id = kind, record_id


@dataclass
class BundleCheck:
    session: Session
    origin_device: str
    origin_name: str
    where: str
    writers: dict[str, authority.Writer] = field(default_factory=dict)
    verified: segments.Verified = field(default_factory=segments.Verified)
    me: str = ""
    my_role: str = ""
    from_below: bool = False
    line_hash: dict = field(default_factory=dict)  # table → id → SHA-256 of its canonical line
    # table → (its rows, each line's SHA-256 in order) of the usual member, whose id map
    # (``line_hash``) is made only when a row is looked up by id
    member_lines: dict = field(default_factory=dict)

    # ------------------------------------------------------------ set-up

    @classmethod
    def start(cls, session: Session, bundle, records: dict[str, list[dict]]) -> "BundleCheck":
        m = bundle.manifest
        chk = cls(session, bundle.origin_device, str(m.get("origin_name") or bundle.origin_device),
                  bundle.path.name)
        chk.me = get_setting(session, "device_id")
        chk.my_role = get_setting(session, "role", "province")
        devices = session.execute(_DEVICES).all()
        for d in devices:
            chk.writers[d.device_id] = authority.Writer(d.device_id, d.name, d.role, d.regency_code,
                                                        d.public_key, d.status, d.revoked_at_seq)
        signer = chk.writers.get(bundle.origin_device)
        chk.from_below = signer is not None and (authority.ROLE_RANK.get(signer.role, 0)
                                                 < authority.ROLE_RANK.get(chk.my_role, 0))
        for table, rows in records.items():
            hashes = bundle.line_hashes(table)
            if None in hashes or set(map(type, rows)) != {dict}:
                chk.line_hash[table] = {row.get("id"): h for row, h in zip(rows, hashes)
                                        if h is not None and isinstance(row, dict)}
            else:  # the usual member: every line canonical, every row an object
                chk.member_lines[table] = (rows, hashes)
        segs = segments.parse(bundle.members.get(segments.MEMBER, b""), f"{bundle.path.name}:{segments.MEMBER}")
        segments.verify_into(chk.verified, segs, {d: w.public_key for d, w in chk.writers.items()})
        chk._scope_prefetch(records)
        check_devices(chk, records.get("device", []), devices)
        return chk

    @classmethod
    def for_sending(cls, session: Session, records: dict[str, list[dict]], bundle_kind: str) -> "BundleCheck":
        """The same rules seen from the sender, to leave out what a receiver would refuse (local
        trust decisions, accounts going up, edits this device may not make)."""
        chk = cls(session, "", "", "")
        chk.me = get_setting(session, "device_id")
        chk.my_role = get_setting(session, "role", "province")
        for d in session.execute(_DEVICES):
            chk.writers[d.device_id] = authority.Writer(d.device_id, d.name, d.role, d.regency_code,
                                                        d.public_key, d.status, d.revoked_at_seq)
        chk.from_below = bundle_kind == "up" or (bundle_kind == "full" and chk.my_role == "venue")
        chk._scope_prefetch(records)
        return chk

    def sendable(self, kind: str, row: dict) -> bool:
        wid = str(row.get("modified_device") or "")
        writer = self.writers.get(wid)
        rule = authority.rule(kind)
        why = authority.refusal(kind, row, writer, wid)
        if why is None and writer.role != "province" and rule.writer != "own":
            why = authority.scope_refusal(kind, self.scope.of(kind, row), writer)
        if why is None and self.from_below and not rule.up:
            why = "tidak dikirim ke atas"
        if why is None and writer.status == "revoked":
            why = "" if int(row.get("device_seq") or 0) <= (writer.revoked_at_seq or 0) else "dicabut"
        return why is None or why == ""

    def refuse(self, kind: str, row: dict, why: Message) -> None:
        label = authority.label(kind)
        rid = str(row.get("id", ""))
        writer = self.writers.get(str(row.get("modified_device") or ""))
        if writer and writer.device_id != self.origin_device:
            text = msg("sync.refused_row_by", origin=self.origin_name, label=label, kind=kind, id=rid,
                       writer=writer.name, why=why)
        else:
            text = msg("sync.refused_row", origin=self.origin_name, label=label, kind=kind, id=rid, why=why)
        raise AuthorityRefused(text, where=self.where, kind=kind, record_id=rid)

    # ------------------------------------------------------------ scope lookups

    def _scope_prefetch(self, records: dict[str, list[dict]]) -> None:
        # The lookups are their own object: bound methods of the check itself would make the check
        # a reference cycle, left (with every row hash of its bundle) for the cyclic collector.
        self.scope = ScopeLookups(self.session, records).scope()

    # ------------------------------------------------------------ rows

    def _writer_may(self, kind: str, row: dict, stored: dict | None, *, from_line: bool = True,
                    line_hash: str | None = None) -> None:
        wid = str(row.get("modified_device") or "")
        writer = self.writers.get(wid)
        seq = row.get("device_seq")
        if not isinstance(seq, int) or isinstance(seq, bool) or not isinstance(row.get("id"), str):
            self.refuse(kind, row, Message("sync.stamp_invalid"))
        why = authority.refusal(kind, row, writer, wid)
        if why is None and writer.role != "province" and authority.rule(kind).writer != "own":
            why = authority.scope_refusal(kind, self.scope.of(kind, row), writer)
            if why is None and stored is not None:  # and the version it replaces was its own too
                old_scope = self.scope.of(kind, stored)
                why = authority.refusal(kind, stored, writer, wid) or authority.scope_refusal(
                    kind, old_scope, writer)
                if why is None and old_scope is authority.ANY and stored.get("origin_device") != wid:
                    why = msg("sync.scopeless_other_device", rule=authority.rule_text(authority.rule(kind)))
        if why is None and self.from_below and not authority.rule(kind).up:
            why = msg("sync.never_up", label=authority.label(kind))
        if why is None and writer.status == "revoked":
            point = writer.revoked_at_seq or 0
            if seq > point:
                why = msg("sync.written_after_revocation", name=writer.name, point=point,
                          seq=row.get("device_seq"))
        if why is None and not self._signed(wid, kind, row, from_line, line_hash):
            why = msg("sync.unsigned_version", name=writer.name)
        if why:
            self.refuse(kind, row, why)

    def _signed(self, wid: str, kind: str, row: dict, from_line: bool, line_hash: str | None = None) -> bool:
        """``line_hash``: the hash of the line the row was read from, when the caller has it (the
        row's entry in ``_lines_of``, without making that map for one row)."""
        got = self.verified.entries.get(wid, {}).get((kind, row.get("id"), row.get("device_seq")))
        if got is None:
            return False
        if from_line and (self._lines_of(kind).get(row.get("id")) if line_hash is None else line_hash) == got:
            return True  # the line as written is the signed version, and it is what was parsed
        return got == version_hash({k: v for k, v in row.items() if k != "_vv"})

    def check_rows(self, kind: str, rows: list[dict], existing: dict[str, dict], column=None) -> None:
        """Rows of one table, with the stored versions of the same ids (row JSON). ``column(name)``:
        the rows' values of ``name`` in order, if the caller has them (else read from the rows)."""
        if kind == "device":
            return  # checked first, in start()
        column = column or column_reader(rows)
        if kind in RETIRES_WITHIN:
            self._check_retired(kind, rows, column)
        rule = authority.rule(kind)
        new_audit = []
        # For most kinds the writer and scope rules of a new row depend only on its writer and its
        # kab/kota: once one row of a (writer, kab/kota) passed them, the others of that pair need
        # only the per-row parts (stamps, revocation point, signature).
        by_pair = rule is not None and rule.writer != "own" and kind not in ROW_DEPENDENT_RULES
        if by_pair and not existing and self._all_new_cleared(kind, rows, column):
            return
        cleared: set[tuple] = set()
        for row in rows:
            local = existing.get(row.get("id"))
            if local is None and by_pair:
                if self._cleared_new_row(kind, row, cleared):
                    continue
                self._writer_may(kind, row, None)
                cleared.add(self._pair(kind, row))
                continue
            if local is not None and local == row:
                continue  # already here exactly: changes nothing
            if local is not None:
                same_stamps = (local.get("modified_device") == row.get("modified_device")
                               and local.get("device_seq") == row.get("device_seq"))
                if (same_stamps or (rule is not None and rule.immutable)) \
                        and content_hash(local) != content_hash(row):
                    self.refuse(kind, row, Message("sync.stored_version_changed"))
            self._writer_may(kind, row, local if rule is not None and not rule.immutable else None)
            if kind == "audit_entry" and local is None:
                new_audit.append(row)
        if new_audit:
            check_chains(self, new_audit)

    def _check_retired(self, kind: str, rows: list[dict], column) -> None:
        """A version may retire (supersede, merge) only versions of its own sheet and criterion
        (attendance: its pesantren and stage; a snapshot: its scope): a writer may write its own
        sheets, and a retired version stops counting, so a reference into another sheet would
        take a score out of a sheet it may not write. A named version known neither to the bundle
        nor here retires nothing (the chains are read that way) and is let through. ``column(name)``:
        the rows' values."""
        refs = column("supersedes_id"), column("merges_id")
        if not any(refs[0]) and not any(refs[1]):
            return
        columns, what = RETIRES_WITHIN[kind]
        named = [(row, ref) for values in refs for row, ref in zip(rows, values) if ref]
        versions = dict(zip(column("id"), rows))
        wanted = {ref for _row, ref in named if isinstance(ref, str) and ref not in versions}
        for rid, *values in rows_where_in(self.session, table_by_name(kind), ["id", *columns], "id", wanted):
            versions[rid] = dict(zip(columns, values))
        for row, ref in named:
            retired = versions.get(ref) if isinstance(ref, str) else None
            if retired is not None and any(retired.get(c) != row.get(c) for c in columns):
                self.refuse(kind, row, msg("sync.retires_elsewhere", ref=ref, what=Message(what)))

    def _all_new_cleared(self, kind: str, rows: list[dict], column) -> bool:
        """The usual bundle, in bulk: one writer, not revoked; every row's stamps and signed line
        checked in one pass, and the full check run once per distinct kab/kota input. False: check
        row by row (which names the first row refused). ``column(name)``: the rows' values."""
        wids = set(column("modified_device"))
        wid = wids.pop() if len(wids) == 1 else None
        writer = self.writers.get(wid) if type(wid) is str and wid else None
        if writer is None or writer.status == "revoked":
            return False
        entries = self.verified.entries.get(wid, NOTHING)
        ids, seqs = column("id"), column("device_seq")
        if not all_text(ids) or set(map(type, seqs)) != {int}:
            return False
        signed = list(map(entries.get, zip(repeat(kind), ids, seqs)))  # each row's signed version
        member = self.member_lines.get(kind)
        if member is not None and (member[0] is rows or len(member[0]) == len(rows)
                                   and all(map(is_, member[0], rows))):
            written = member[1]  # the member's own rows, in order (so no id twice): hashes by position
        else:
            written = list(map(self._lines_of(kind).get, ids))
        if None in signed or signed != written:  # is its line as written
            return False
        cols = authority.SCOPE_INPUTS.get(kind, ())
        try:  # the rows to check in full, by position (the last row of each distinct input)
            if writer.role == "province" or not cols:
                reps = [0]
            elif len(cols) == 1:
                reps = list(dict(zip(column(cols[0]), range(len(rows)))).values())
            else:
                reps = list(dict(zip(zip(*map(column, cols)), range(len(rows)))).values())
            if writer.role != "province" and cols:  # and then once per distinct kab/kota
                by_scope: dict[tuple, int] = {}
                for i in reps:
                    scope = self.scope.of(kind, rows[i])
                    by_scope.setdefault((scope, scope is authority.ANY), i)
                reps = list(by_scope.values())
            for i in reps:  # each row's line hash is ``written[i]``, as ``_lines_of`` would give it
                self._writer_may(kind, rows[i], None, line_hash=written[i])
        except (AuthorityRefused, TypeError):  # refused, or an odd value: row by row says which
            return False
        return True

    def _pair(self, kind: str, row: dict, wid: str | None = None) -> tuple:
        wid = str(row.get("modified_device") or "") if wid is None else wid
        if self.writers[wid].role == "province":
            return wid, None, False
        scope = self.scope.of(kind, row)
        return wid, scope, scope is authority.ANY  # ANY passes by identity (scope_refusal)

    def _cleared_new_row(self, kind: str, row: dict, cleared: set) -> bool:
        """True when ``_writer_may`` would pass this new row, decided from its (writer, kab/kota)
        pair's earlier pass; False: check it in full (which refuses with the reason)."""
        wid, seq, rid = row.get("modified_device"), row.get("device_seq"), row.get("id")
        writer = self.writers.get(wid) if type(wid) is str and wid else None
        if writer is None or type(seq) is not int or type(rid) is not str:
            return False
        if self._pair(kind, row, wid) not in cleared:
            return False
        if writer.status == "revoked" and seq > (writer.revoked_at_seq or 0):
            return False
        got = self.verified.entries.get(wid, NOTHING).get((kind, rid, seq))  # as _signed, from the line
        return got is not None and (self._lines_of(kind).get(rid) == got
                                    or got == version_hash({k: v for k, v in row.items() if k != "_vv"}))

    def _lines_of(self, kind: str) -> dict:
        """id → SHA-256 of the line it was read from (the last line of an id given twice)."""
        found = self.line_hash.get(kind)
        if found is None:
            rows, hashes = self.member_lines.get(kind, ((), ()))
            found = self.line_hash[kind] = dict(zip(map(dict.get, rows, repeat("id")), hashes))
        return found

    def check_losers(self, conflicts_in: list[dict]) -> None:
        """Losing versions relayed for a person to resolve are rows too: same rules."""
        for c in conflicts_in:
            kind, row = c.get("table"), c.get("row")
            if isinstance(kind, str) and isinstance(row, dict):
                self._writer_may(kind, row, None, from_line=False)
