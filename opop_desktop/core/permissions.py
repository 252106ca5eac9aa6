"""Who may do what: one matrix of actions × roles, checked by the services and read by the GUI.

Roles: ``admin`` (province), ``coordinator`` (one kab/kota), ``officer`` (venue staff: check-in,
paper entry, printing, and at the end of the day exporting the venue's bundle and making a
backup), ``juror`` (their own sheets only). A coordinator with a kab/kota code is
further limited to records of that kab/kota: services pass the record's kab/kota code(s) as
``regency`` and ``require`` refuses the others.

The actor is anything with ``role`` and ``regency_code`` (``SignedInUser``); ``None`` is nobody
signed in. Messages are Indonesian and name both the role and the action.
"""
from __future__ import annotations

from collections.abc import Iterable

from .errors import PermissionDenied
from .labels import ROLE_LABELS

ALL = ("admin", "coordinator", "officer", "juror")
MANAGERS = ("admin", "coordinator")
VENUE_STAFF = ("admin", "coordinator", "officer")

# action: (roles allowed, what it is — completes "<Peran> tidak boleh <what>.")
MATRIX: dict[str, tuple[tuple[str, ...], str]] = {
    # navigation (the GUI shows a screen only to these roles)
    "screen.beranda": (VENUE_STAFF, "membuka Beranda"),
    "screen.peserta": (MANAGERS, "membuka data peserta"),
    "screen.persiapan": (MANAGERS, "membuka Persiapan"),
    "screen.kehadiran": (VENUE_STAFF, "membuka Kehadiran"),
    "screen.penilaian": (ALL, "membuka Penilaian"),
    "screen.hasil": (MANAGERS, "membuka Hasil"),
    "screen.sinkronisasi": (VENUE_STAFF, "membuka Sinkronisasi"),
    "screen.cetak": (VENUE_STAFF, "membuka Cetak"),
    "screen.pengaturan": (MANAGERS, "membuka Pengaturan"),
    # set-up and accounts
    "setup.manage": (MANAGERS, "mengubah persiapan (lokasi, panel, juri, urutan tampil, konflik)"),
    "rubric.edit": (("admin",), "mengubah rubrik"),
    "stage.rules": (("admin",), "mengubah aturan kuota tahap"),
    "account.manage": (("admin",), "membuat akun atau menonaktifkan akun"),
    "registrants.manage": (MANAGERS, "mengimpor atau mengubah data pendaftar"),
    "registrants.admin_decide": (("admin",), "memutuskan seleksi administrasi"),
    # the venue day
    "attendance.record": (VENUE_STAFF, "mencatat kehadiran"),
    "score.view": (ALL, "membuka lembar penilaian"),
    "score.enter": (("juror",), "mengisi nilai di grid juri"),
    "score.correct": (MANAGERS, "mengoreksi nilai"),
    "score.lock": (("admin", "coordinator", "juror"), "mengunci lembar juri"),
    "paper.enter": (VENUE_STAFF, "mengentri lembar kertas"),
    "scores.import": (MANAGERS, "mengimpor nilai dari berkas"),
    "print": (VENUE_STAFF, "mencetak dokumen"),
    # results
    "results.verify": (VENUE_STAFF, "memeriksa hasil lokasi"),
    "results.acknowledge": (MANAGERS, "meninjau tanda varians"),
    "results.seal": (MANAGERS, "menyegel hasil lokasi"),
    "results.merge": (MANAGERS, "menggabungkan hasil"),
    "results.approve": (("admin",), "mengesahkan hasil pleno"),
    "results.publish": (("admin",), "mengumumkan hasil"),
    "results.override": (("admin",), "mencatat keputusan pleno"),
    # data movement and safety
    "sync.export": (VENUE_STAFF, "mengekspor bundel sinkronisasi"),
    "sync.import": (MANAGERS, "mengimpor bundel sinkronisasi atau mempercayai perangkat"),
    "sync.resolve": (MANAGERS, "menyelesaikan konflik sinkronisasi"),
    "backup.create": (VENUE_STAFF, "membuat cadangan"),
    "backup.restore": (MANAGERS, "memulihkan cadangan"),
    "settings.change": (MANAGERS, "mengubah pengaturan"),
}

# The navigation column's screens in the order of gui/screens (kept here so a role's menu can be
# tested without Qt).
SCREEN_KEYS = ("beranda", "peserta", "persiapan", "kehadiran", "penilaian", "hasil", "sinkronisasi",
               "cetak", "pengaturan")


def role_label(role: str | None) -> str:
    return ROLE_LABELS.get(role, role) if role else "Pengguna yang belum masuk"


def allowed(actor, action: str) -> bool:
    """True when ``actor``'s role may do ``action`` (kab/kota scope not considered)."""
    roles, _what = MATRIX[action]
    return actor is not None and getattr(actor, "role", None) in roles


def what(action: str) -> str:
    return MATRIX[action][1]


def scope_of(actor) -> str | None:
    """The kab/kota code a user is limited to (a coordinator's), or None for no limit."""
    if actor is not None and getattr(actor, "role", None) == "coordinator":
        return getattr(actor, "regency_code", None) or None
    return None


def in_scope(actor, regency: str | Iterable[str] | None) -> bool:
    scope = scope_of(actor)
    if scope is None or regency is None:
        return True
    codes = {regency} if isinstance(regency, str) else {c for c in regency if c}
    return scope in codes


def denied_message(actor, action_what: str) -> str:
    return f"{role_label(getattr(actor, 'role', None))} tidak boleh {action_what}."


def require(actor, action: str, *, regency: str | Iterable[str] | None = None):
    """Return ``actor`` when it may do ``action`` (on a record of kab/kota ``regency``);
    raise PermissionDenied naming the role and the action otherwise."""
    if not allowed(actor, action):
        raise PermissionDenied(denied_message(actor, what(action)))
    if not in_scope(actor, regency):
        codes = regency if isinstance(regency, str) else ", ".join(sorted(c for c in regency if c))
        owner = f"data ini milik kab/kota {codes}" if codes else "ini data tingkat provinsi"
        raise PermissionDenied(
            f"Koordinator kab/kota {scope_of(actor)} hanya boleh {what(action)} untuk kab/kotanya "
            f"sendiri ({owner}).")
    return actor


def screens_for(actor) -> list[str]:
    """The navigation keys ``actor`` sees, in menu order (only Beranda for nobody signed in:
    the user menu then offers Masuk)."""
    if actor is None:
        return ["beranda"]
    return [key for key in SCREEN_KEYS if allowed(actor, f"screen.{key}")]
