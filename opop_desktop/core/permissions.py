"""Who may do what: one matrix of actions × roles, checked by the services and read by the GUI.

Roles: ``admin`` (province), ``coordinator`` (one kab/kota), ``officer`` (venue staff: check-in,
paper entry, printing, and at the end of the day exporting the venue's bundle and making a
backup), ``juror`` (their own sheets only). A coordinator with a kab/kota code is
further limited to records of that kab/kota: services pass the record's kab/kota code(s) as
``regency`` and ``require`` refuses the others.

The actor is anything with ``role`` and ``regency_code`` (``SignedInUser``); ``None`` is nobody
signed in. Messages (catalogue ids) name both the role and the action.
"""
from __future__ import annotations

from collections.abc import Iterable

from .catalogue import Message, msg
from .errors import PermissionDenied

ALL = ("admin", "coordinator", "officer", "juror")
MANAGERS = ("admin", "coordinator")
VENUE_STAFF = ("admin", "coordinator", "officer")

# action: (roles allowed, catalogue id of what it is — completes "<Peran> tidak boleh <what>.")
MATRIX: dict[str, tuple[tuple[str, ...], str]] = {
    # navigation (the GUI shows a screen only to these roles)
    "screen.beranda": (VENUE_STAFF, "setup.action_screen_beranda"),
    "screen.peserta": (MANAGERS, "setup.action_screen_peserta"),
    "screen.persiapan": (MANAGERS, "setup.action_screen_persiapan"),
    "screen.kehadiran": (VENUE_STAFF, "setup.action_screen_kehadiran"),
    "screen.penilaian": (ALL, "setup.action_screen_penilaian"),
    "screen.hasil": (MANAGERS, "setup.action_screen_hasil"),
    "screen.sinkronisasi": (VENUE_STAFF, "setup.action_screen_sinkronisasi"),
    "screen.cetak": (VENUE_STAFF, "setup.action_screen_cetak"),
    "screen.pengaturan": (MANAGERS, "setup.action_screen_pengaturan"),
    # set-up and accounts
    "setup.manage": (MANAGERS, "setup.action_setup_manage"),
    "rubric.edit": (("admin",), "setup.action_rubric_edit"),
    "stage.rules": (("admin",), "setup.action_stage_rules"),
    "account.manage": (("admin",), "setup.action_account_manage"),
    "registrants.manage": (MANAGERS, "setup.action_registrants_manage"),
    "registrants.admin_decide": (("admin",), "setup.action_registrants_admin_decide"),
    # the venue day
    "attendance.record": (VENUE_STAFF, "setup.action_attendance_record"),
    "score.view": (ALL, "setup.action_score_view"),
    "score.enter": (("juror",), "setup.action_score_enter"),
    "score.correct": (MANAGERS, "setup.action_score_correct"),
    "score.lock": (("admin", "coordinator", "juror"), "setup.action_score_lock"),
    "paper.enter": (VENUE_STAFF, "setup.action_paper_enter"),
    "scores.import": (MANAGERS, "setup.action_scores_import"),
    "print": (VENUE_STAFF, "setup.action_print"),
    # results
    "results.verify": (VENUE_STAFF, "setup.action_results_verify"),
    "results.acknowledge": (MANAGERS, "setup.action_results_acknowledge"),
    "results.seal": (MANAGERS, "setup.action_results_seal"),
    "results.merge": (MANAGERS, "setup.action_results_merge"),
    "results.approve": (("admin",), "setup.action_results_approve"),
    "results.publish": (("admin",), "setup.action_results_publish"),
    "results.override": (("admin",), "setup.action_results_override"),
    # data movement and safety
    "sync.export": (VENUE_STAFF, "setup.action_sync_export"),
    "sync.import": (MANAGERS, "setup.action_sync_import"),
    "sync.resolve": (MANAGERS, "setup.action_sync_resolve"),
    "backup.create": (VENUE_STAFF, "setup.action_backup_create"),
    "backup.restore": (MANAGERS, "setup.action_backup_restore"),
    "settings.change": (MANAGERS, "setup.action_settings_change"),
}

# The navigation column's screens in the order of gui/screens (kept here so a role's menu can be
# tested without Qt).
SCREEN_KEYS = ("beranda", "peserta", "persiapan", "kehadiran", "penilaian", "hasil", "sinkronisasi",
               "cetak", "pengaturan")


# The roles as the subject of a sentence (their Indonesian is labels.ROLE_LABELS).
_ROLE_MESSAGES = {"admin": "setup.role_admin", "coordinator": "setup.role_coordinator",
                  "officer": "setup.role_officer", "juror": "setup.role_juror"}


def role_label(role: str | None) -> Message | str:
    if not role:
        return msg("setup.role_nobody")
    return Message(_ROLE_MESSAGES[role]) if role in _ROLE_MESSAGES else role


def allowed(actor, action: str) -> bool:
    """True when ``actor``'s role may do ``action`` (kab/kota scope not considered)."""
    roles, _what = MATRIX[action]
    return actor is not None and getattr(actor, "role", None) in roles


def what(action: str) -> Message:
    return Message(MATRIX[action][1])


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


def denied_message(actor, action_what: Message | str) -> Message:
    """``action_what``: a ``what(action)`` or a catalogue id of an action."""
    action = action_what if isinstance(action_what, Message) else Message(action_what)
    return msg("setup.denied", role=role_label(getattr(actor, "role", None)), action=action)


def require(actor, action: str, *, regency: str | Iterable[str] | None = None):
    """Return ``actor`` when it may do ``action`` (on a record of kab/kota ``regency``);
    raise PermissionDenied naming the role and the action otherwise."""
    if not allowed(actor, action):
        raise PermissionDenied(denied_message(actor, what(action)))
    if not in_scope(actor, regency):
        codes = [regency] if isinstance(regency, str) else sorted(c for c in regency if c)
        owner = msg("setup.owner_regency", codes=codes) if codes else msg("setup.owner_province")
        raise PermissionDenied("setup.denied_scope", scope=scope_of(actor), action=what(action), owner=owner)
    return actor


def screens_for(actor) -> list[str]:
    """The navigation keys ``actor`` sees, in menu order (only Beranda for nobody signed in:
    the user menu then offers Masuk)."""
    if actor is None:
        return ["beranda"]
    return [key for key in SCREEN_KEYS if allowed(actor, f"screen.{key}")]
