"""Messages of setting up and running a programme year: core/services (accounts, venues, panels,
jurors, conflicts of interest, rubric, administration selection, invitations, backups, audit,
progress) and the rules beside them (permissions.py, security.py, db.py, models/)."""

MESSAGES: dict[str, tuple[str, str]] = {
}
