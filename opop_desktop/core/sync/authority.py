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

ROLE_RANK = {"venue": 1, "regency": 2, "province": 3}
WRITER_TEXT = {
    "province": "hanya perangkat provinsi",
    "regency": "hanya perangkat kabupaten/kota untuk kab/kotanya sendiri (atau provinsi)",
    "venue": "hanya laptop lokasi audisi untuk panel kab/kotanya sendiri (atau kab/kota itu, atau provinsi)",
    "own": "hanya perangkat pemilik rantai itu sendiri",
}


@dataclass(frozen=True)
class Rule:
    kind: str
    label: str  # Indonesian name used in refusals ("akun pengguna")
    writer: str  # lowest role that may write it: province | regency | venue | own
    immutable: bool = False  # a stored version never changes content (append-only kinds)
    up: bool = True  # may travel from a lower device to a higher one
    note: str = ""  # the extra condition, printed in the table and in refusals


RULES: tuple[Rule, ...] = (
    Rule("programme_year", "tahun program", "province"),
    Rule("stage", "tahap", "province"),
    Rule("product_field", "bidang usaha", "province"),
    Rule("rubric", "rubrik", "province"),
    Rule("criterion", "kriteria rubrik", "province"),
    Rule("pesantren", "data pesantren", "province"),
    Rule("representative", "perwakilan pesantren", "province"),
    Rule("admin_decision", "keputusan seleksi administrasi", "province"),
    Rule("invitation", "undangan tahap", "province"),
    Rule("plenary_override", "keputusan sidang pleno", "province", immutable=True),
    Rule("venue", "lokasi audisi", "regency"),
    Rule("panel", "panel", "regency"),
    Rule("juror", "juri", "regency"),
    Rule("panel_juror", "penugasan juri", "regency"),
    Rule("panel_slot", "urutan tampil", "regency"),
    Rule("conflict_of_interest", "konflik kepentingan", "regency"),
    Rule("user_account", "akun pengguna", "regency", up=False,
         note="kab/kota: hanya akun juri/petugas kab/kotanya (PIN); tidak pernah dikirim ke atas"),
    Rule("device", "daftar perangkat", "regency",
         note="kab/kota: hanya mendaftarkan atau mencabut laptop lokasi kab/kotanya; "
              "kunci tidak dapat diganti, pencabutan tidak dapat dibatalkan"),
    Rule("attendance", "kehadiran", "venue", immutable=True),
    Rule("score_sheet", "lembar nilai", "venue"),
    Rule("score_entry", "nilai", "venue", immutable=True),
    Rule("paper_entry", "entri lembar kertas", "venue"),
    Rule("result_snapshot", "rekap hasil", "venue", immutable=True,
         note="diverifikasi/disegel: lokasi atau kab/kota; digabung: kab/kota; "
              "disetujui/diumumkan: provinsi"),
    Rule("flag_acknowledgement", "tanggapan tanda selisih", "venue", immutable=True),
    Rule("audit_entry", "log audit", "own", immutable=True, note="hanya ditambah, tidak pernah diubah"),
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

    return [(r.kind, r.label, who[r.writer], scope[r.writer], "immutable" if r.immutable else "mutable",
             ways(r), r.note or "-") for r in RULES]


def rule_text(r: Rule) -> str:
    text = f"{WRITER_TEXT[r.writer]} yang boleh mengubah {r.label}"
    return text + (f" ({r.note})" if r.note else "")


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


def refusal(kind: str, row: dict, writer: Writer | None, writer_id: str) -> str | None:
    """Why ``writer`` may not write this version of ``row`` (None: it may). Scope is checked by
    the caller (``scope_refusal``) because it needs lookups."""
    r = BY_KIND.get(kind)
    who = writer.name if writer else writer_id
    if r is None:
        return f"jenis data '{kind}' tidak terdaftar dalam aturan penulis; tidak ada perangkat yang boleh mengirimnya"
    if writer is None:
        return f"penulisnya ({writer_id or 'tanpa nama'}) tidak terdaftar di basis data ini"
    if r.writer == "own":
        if row.get("origin_device") != writer_id:
            return f"{rule_text(r)}: entri rantai {row.get('origin_device')} ditulis oleh {who}"
        return None
    rank = ROLE_RANK.get(writer.role, 0)
    needed = r.writer
    if kind == "result_snapshot":
        needed = SNAPSHOT_STATE_WRITER.get(str(row.get("state")), "province")
    if rank < ROLE_RANK[needed]:
        return f"{WRITER_TEXT[needed]} yang boleh mengubah {r.label}" + (f" ({r.note})" if r.note else "")
    if writer.role != "province":
        if kind == "user_account" and row.get("role") not in ("juror", "officer"):
            return rule_text(r)
        if kind == "device" and (row.get("role") != "venue" or writer.role != "regency"):
            return rule_text(r)
    return None


def scope_refusal(kind: str, regencies: frozenset | None, writer: Writer) -> str | None:
    """``regencies`` None: the row's parent is not here (nor in the bundle); the foreign key
    refuses the bundle when it is written, with its own message."""
    if writer.role == "province" or BY_KIND[kind].writer == "own" or regencies is None:
        return None
    if regencies is ANY and kind == "juror":
        return None
    if not writer.regency or writer.regency not in regencies:
        where = ", ".join(sorted(regencies or ())) or "tingkat provinsi"
        return (f"{rule_text(BY_KIND[kind])}; rekaman ini milik {where}, "
                f"bukan {writer.regency or 'kab/kota perangkat itu'}")
    return None
