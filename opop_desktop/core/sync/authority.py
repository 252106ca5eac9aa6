"""Who may write what: the one writer-rules table (data) and the per-row check.

The writer of a row version is its ``modified_device``; that device's role and kab/kota come from
the receiving database's own ``device`` table, never from what a bundle claims. Roles are ranked
province > kab/kota (``regency``) > venue: a higher role may also write what a lower one may,
within its scope (the province everywhere, a kab/kota for rows of its kab/kota). A kind that is
not in the table may be written by nobody, so a table added later is refused until declared.
``docs/bundle-format.md`` prints the same table (a test compares them).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..catalogue import Message, msg

ROLE_RANK = {"venue": 1, "regency": 2, "province": 3}
# Catalogue ids of who may write a kind, by its lowest writer.
WRITER_TEXT = {
    "province": "sync.writer_province",
    "regency": "sync.writer_regency",
    "venue": "sync.writer_venue",
    "own": "sync.writer_own",
}


@dataclass(frozen=True)
class Rule:
    kind: str
    label: str  # catalogue id of its name in refusals ("akun pengguna")
    writer: str  # lowest role that may write it: province | regency | venue | own
    immutable: bool = False  # a stored version never changes content (append-only kinds)
    up: bool = True  # may travel from a lower device to a higher one
    note: str = ""  # catalogue id of the extra condition, printed in the table and in refusals


RULES: tuple[Rule, ...] = (
    Rule("programme_year", "sync.kind_programme_year", "province"),
    Rule("stage", "sync.kind_stage", "province"),
    Rule("product_field", "sync.kind_product_field", "province"),
    Rule("rubric", "sync.kind_rubric", "province"),
    Rule("criterion", "sync.kind_criterion", "province"),
    Rule("pesantren", "sync.kind_pesantren", "province"),
    Rule("representative", "sync.kind_representative", "province"),
    Rule("admin_decision", "sync.kind_admin_decision", "province"),
    Rule("invitation", "sync.kind_invitation", "province"),
    Rule("plenary_override", "sync.kind_plenary_override", "province", immutable=True),
    Rule("venue", "sync.kind_venue", "regency"),
    Rule("panel", "sync.kind_panel", "regency"),
    Rule("juror", "sync.kind_juror", "regency"),
    Rule("panel_juror", "sync.kind_panel_juror", "regency"),
    Rule("panel_slot", "sync.kind_panel_slot", "regency"),
    Rule("conflict_of_interest", "sync.kind_conflict_of_interest", "regency"),
    Rule("user_account", "sync.kind_user_account", "regency", up=False, note="sync.note_user_account"),
    Rule("device", "sync.kind_device", "regency", note="sync.note_device"),
    Rule("attendance", "sync.kind_attendance", "venue", immutable=True),
    Rule("score_sheet", "sync.kind_score_sheet", "venue"),
    Rule("score_entry", "sync.kind_score_entry", "venue", immutable=True),
    Rule("paper_entry", "sync.kind_paper_entry", "venue"),
    Rule("result_snapshot", "sync.kind_result_snapshot", "venue", immutable=True,
         note="sync.note_result_snapshot"),
    Rule("flag_acknowledgement", "sync.kind_flag_acknowledgement", "venue", immutable=True),
    Rule("audit_entry", "sync.kind_audit_entry", "own", immutable=True, note="sync.note_audit_entry"),
)
BY_KIND = {r.kind: r for r in RULES}
# The lowest role that may put a result snapshot in each state.
SNAPSHOT_STATE_WRITER = {"draft": "venue", "verified": "venue", "sealed": "venue", "merged": "regency",
                         "approved": "province", "published": "province"}


def rule(kind: str) -> Rule | None:
    return BY_KIND.get(kind)


def writer_roles(kind: str) -> tuple[str, ...]:
    """Device roles that may write rows of this kind (nobody for an undeclared kind)."""
    r = BY_KIND.get(kind)
    if r is None:
        return ()
    if r.writer == "own":
        return ("venue", "regency", "province")
    return tuple(role for role, rank in ROLE_RANK.items() if rank >= ROLE_RANK[r.writer])


def travels_down(kind: str) -> bool:
    """Written above the venue (set-up, trust, decisions): sent down to those below."""
    r = BY_KIND.get(kind)
    return r is not None and r.writer in ("province", "regency")


def travels_up(kind: str) -> bool:
    """Written at or below a kab/kota and allowed to leave it upwards (accounts never do)."""
    r = BY_KIND.get(kind)
    return r is not None and r.up and r.writer in ("regency", "venue", "own")


def doc_table() -> list[tuple[str, ...]]:
    """(kind, label, lowest writer, scope, stored versions, travels, condition) rows, as
    docs/bundle-format.md prints them."""
    who = {"province": "province", "regency": "kab/kota", "venue": "venue", "own": "the chain's device"}
    scope = {"province": "all", "regency": "its kab/kota", "venue": "panels of its kab/kota",
             "own": "own rows"}

    def ways(r: Rule) -> str:
        return "/".join(w for w, ok in (("down", travels_down(r.kind)), ("up", travels_up(r.kind))) if ok)

    return [(r.kind, Message(r.label).text("id"), who[r.writer], scope[r.writer],
             "immutable" if r.immutable else "mutable", ways(r),
             Message(r.note).text("id") if r.note else "-") for r in RULES]


def label(kind: str) -> Message | str:
    """The name of a kind in refusals (the kind itself when it is not declared)."""
    r = BY_KIND.get(kind)
    return Message(r.label) if r else kind


def rule_text(r: Rule, writer: str | None = None) -> Message:
    """Who may write this kind (``writer``: the lowest role asked for, when not the rule's own)."""
    who = Message(WRITER_TEXT[writer or r.writer])
    if r.note:
        return msg("sync.rule_with_note", writer=who, label=Message(r.label), note=Message(r.note))
    return msg("sync.rule", writer=who, label=Message(r.label))


# ---------------------------------------------------------------- the per-row check

@dataclass
class Writer:
    device_id: str
    name: str
    role: str
    regency: str | None
    public_key: str
    status: str
    revoked_at_seq: int | None


class Scope:
    """The kab/kota of a row, from its own columns or its parents (incoming rows first, then the
    database). Filled by the caller (importer/export) with lookup functions."""

    def __init__(self, venue, panel, sheet, pesantren, juror):
        self.venue, self.panel, self.sheet, self.pesantren, self.juror = venue, panel, sheet, pesantren, juror

    def of(self, kind: str, row: dict) -> frozenset | None:
        """The kab/kota codes a row belongs to; None: the row is not scoped to a kab/kota."""
        g = row.get
        if kind == "venue":
            return frozenset(c for c in (g("regency_codes") or "").split(",") if c)
        if kind in ("panel",):
            return self.venue(g("venue_id"))
        if kind in ("panel_juror", "panel_slot", "score_sheet"):
            return self.panel(g("panel_id"))
        if kind in ("score_entry", "paper_entry"):
            return self.sheet(g("sheet_id"))
        if kind == "attendance":
            return self.venue(g("venue_id")) if g("venue_id") else self.pesantren(g("pesantren_id"))
        if kind == "flag_acknowledgement":
            return self.pesantren(g("pesantren_id"))
        if kind == "juror":
            return frozenset({g("regency_code")}) if g("regency_code") else ANY
        if kind == "conflict_of_interest":
            juror = self.juror(g("juror_id"))
            if juror and juror is not ANY:
                return juror
            if g("pesantren_id"):
                return self.pesantren(g("pesantren_id"))
            return frozenset({(g("district_code") or "")[:5]}) if g("district_code") else ANY
        if kind in ("user_account", "device"):
            return frozenset({g("regency_code")}) if g("regency_code") else frozenset()
        if kind == "result_snapshot":
            if g("scope") == "venue":
                return self.venue(g("scope_key")) or frozenset()  # not a foreign key: unknown = no
            if g("scope") == "regency":
                return frozenset({g("scope_key")})
            return frozenset()
        return frozenset()


ANY = frozenset({"*"})  # a row of no particular kab/kota (e.g. a juror without one)
# The columns ``Scope.of`` reads for each kind (any other kind: none): rows equal in these have
# the same kab/kota, so a big bundle's scope is worked out once per distinct value.
SCOPE_INPUTS = {
    "venue": ("regency_codes",), "panel": ("venue_id",), "panel_juror": ("panel_id",),
    "panel_slot": ("panel_id",), "score_sheet": ("panel_id",), "score_entry": ("sheet_id",),
    "paper_entry": ("sheet_id",), "attendance": ("venue_id", "pesantren_id"),
    "flag_acknowledgement": ("pesantren_id",), "juror": ("regency_code",),
    "conflict_of_interest": ("juror_id", "pesantren_id", "district_code"),
    "user_account": ("regency_code",), "device": ("regency_code",), "result_snapshot": ("scope", "scope_key"),
}


def refusal(kind: str, row: dict, writer: Writer | None, writer_id: str) -> Message | None:
    """Why ``writer`` may not write this version of ``row`` (None: it may). Scope is checked by
    the caller (``scope_refusal``) because it needs lookups."""
    r = BY_KIND.get(kind)
    who = writer.name if writer else writer_id
    if r is None:
        return msg("sync.kind_unregistered", kind=kind)
    if writer is None:
        return msg("sync.writer_unknown", writer=writer_id or Message("sync.no_name"))
    if r.writer == "own":
        if row.get("origin_device") != writer_id:
            return msg("sync.chain_written_by", rule=rule_text(r), chain=row.get("origin_device"), who=who)
        return None
    rank = ROLE_RANK.get(writer.role, 0)
    needed = r.writer
    if kind == "result_snapshot":
        needed = SNAPSHOT_STATE_WRITER.get(str(row.get("state")), "province")
    if rank < ROLE_RANK[needed]:
        return rule_text(r, needed)
    if writer.role != "province":
        if kind == "user_account" and row.get("role") not in ("juror", "officer"):
            return rule_text(r)
        if kind == "device" and (row.get("role") != "venue" or writer.role != "regency"):
            return rule_text(r)
    return None


def scope_refusal(kind: str, regencies: frozenset | None, writer: Writer) -> Message | None:
    """``regencies`` None: the row's parent is not here (nor in the bundle); the foreign key
    refuses the bundle when it is written, with its own message."""
    if writer.role == "province" or BY_KIND[kind].writer == "own" or regencies is None:
        return None
    if regencies is ANY and kind == "juror":
        return None
    if not writer.regency or writer.regency not in regencies:
        owner = sorted(regencies or ()) or Message("sync.province_level")
        return msg("sync.scope_other", rule=rule_text(BY_KIND[kind]), owner=owner,
                   regency=writer.regency or Message("sync.device_regency"))
    return None
