"""The set-up area's messages (catalogue/setup.py) in English: errors of accounts, permissions,
rubric, set-up and backups render in the chosen language, and the Indonesian stays as it was."""
from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

import pytest

from opop_desktop.core import catalogue, permissions, security
from opop_desktop.core.errors import NotFoundError, PermissionDenied, ValidationError
from opop_desktop.core.services import accounts, backup, rubric

OFFICER = SimpleNamespace(role="officer", regency_code=None)
COORDINATOR = SimpleNamespace(role="coordinator", regency_code="32.05")


def test_a_short_password_is_refused_in_english_and_in_indonesian():
    with pytest.raises(ValidationError) as caught:
        security.check_password("abc")
    catalogue.set_language("en")
    assert str(caught.value) == "password: The password must have at least 8 characters."
    assert caught.value.text("id") == "kata sandi: Kata sandi minimal 8 karakter."


def test_permission_denials_name_the_role_and_the_action_in_english():
    catalogue.set_language("en")
    with pytest.raises(PermissionDenied) as caught:
        permissions.require(OFFICER, "rubric.edit")
    assert str(caught.value) == "The venue officer may not change the rubric."
    with pytest.raises(PermissionDenied) as caught:
        permissions.require(None, "backup.restore")
    assert str(caught.value) == "A user who has not signed in may not restore a backup."
    with pytest.raises(PermissionDenied) as caught:
        permissions.require(COORDINATOR, "setup.manage", regency=["32.04", "32.06"])
    assert str(caught.value).startswith("The coordinator of regency/city 32.05 may change the set-up")
    assert str(caught.value).endswith("(these data belong to regency/city 32.04, 32.06).")
    assert caught.value.text("id").startswith("Koordinator kab/kota 32.05 hanya boleh mengubah persiapan")


def _spec(code, weight, step="0.5"):
    return rubric.CriterionSpec(code, f"Kriteria {code}", Decimal(weight), Decimal(1), Decimal(10), Decimal(step))


def test_rubric_problems_are_listed_in_english_with_the_one_number_format():
    with pytest.raises(ValidationError) as caught:
        rubric.validate_criteria([_spec("A", 60, "0.4"), _spec("A", 30)])
    catalogue.set_language("en")
    assert str(caught.value) == (
        "rubric: The rubric is not valid: criterion 1 (A): the range 1–10 is not divisible by the step 0,4; "
        "criterion 2 (A): code A is used more than once; the weights add up to 90, they must make exactly 100.")
    assert "rentang 1–10 tidak habis dibagi kelipatan 0,4; kriteria 2 (A)" in caught.value.text("id")
    info = rubric.CriterionInfo("B", "B", Decimal(10), Decimal(1), Decimal(10), Decimal("0.5"))
    assert str(info.allowed()) == "1–10, in steps of 0,5"
    assert info.allowed_text() == "1–10, kelipatan 0,5"  # the score templates stay Indonesian


def test_a_wrong_sign_in_says_so_in_english(session):
    accounts.create_user(session, username="admin", full_name="Admin", role="admin", password="rahasia-123")
    outcome = accounts.try_authenticate(session, "admin", "salah-salah")
    catalogue.set_language("en")
    assert outcome.user is None and str(outcome.message) == "Wrong username or password/PIN."
    with pytest.raises(ValidationError) as caught:
        accounts.create_user(session, username="juri", full_name="Juri", role="juror", pin="123456",
                             actor=accounts.SYSTEM_ACTOR)
    assert str(caught.value) == "juror: A juror account must be linked to an existing juror."
    with pytest.raises(NotFoundError) as caught:
        accounts.set_secret(session, accounts.SYSTEM_ACTOR, "nobody", password="rahasia-456")
    assert str(caught.value) == "There is no account 'nobody'."


def test_a_refused_backup_names_the_file_in_english(db, tmp_path):
    empty = tmp_path / "opop-empty.sqlite3"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError) as caught:
        backup.check_backup(db, str(empty))
    catalogue.set_language("en")
    assert str(caught.value) == ("backup opop-empty.sqlite3: The backup file is empty (0 bytes), probably a "
                                 "failed backup. Nothing was changed.")
    assert caught.value.text("id").startswith("cadangan opop-empty.sqlite3: Berkas cadangan kosong")
    made = backup.make_backup(db)
    assert made.path and str(made.note).startswith("Backup made: ")


def test_the_cli_says_what_is_wrong_with_an_account_in_english(cli, db):
    db.dispose()
    assert cli("users", "add", "admin", "--role", "admin", "--password", "rahasia-123")[0] == 0
    code, _, err = cli("--lang", "en", "users", "add", "petugas", "--role", "officer", "--password", "pendek")
    assert code == 1 and "password: The password must have at least 8 characters." in err
    assert err.startswith("Error: ")
    code, _, err = cli("users", "add", "petugas", "--role", "officer", "--password", "pendek")
    assert code == 1 and "kata sandi: Kata sandi minimal 8 karakter." in err
