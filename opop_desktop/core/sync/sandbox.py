"""Several installations in one process (tests, benchmarks, demos): each a database file with
its own device id and keys, exchanging bundle files the way laptops do."""
from __future__ import annotations

from pathlib import Path

from ..db import Database, open_database, set_setting
from ..services.accounts import SYSTEM_ACTOR
from . import dump, export, importer, keys


class Node:
    def __init__(self, url_or_path: str, *, role: str, name: str, regency: str | None = None):
        self.db: Database = open_database(str(url_or_path))
        self.name = name
        with self.db.session() as s:
            set_setting(s, "role", role)
            set_setting(s, "device_name", name)
            if regency:
                set_setting(s, "regency_code", regency)
            dev = keys.ensure_device_keys(s)
            self.device_id, self.fingerprint = dev.device_id, dev.fingerprint
            self.key_info = keys.export_public_key(s)

    def trust(self, *others: "Node") -> None:
        with self.db.session() as s:
            for o in others:
                k = o.key_info
                keys.trust_device(s, device_id=k["device_id"], public_key=k["public_key"], name=k["name"],
                                  role=k["role"], regency_code=k["regency_code"],
                                  seal_public_key=k["seal_public_key"])

    def export(self, out: Path, *, actor=SYSTEM_ACTOR, **kw) -> export.ExportResult:
        with self.db.session() as s:
            return export.export_bundle(s, Path(out), actor=actor, **kw)

    def import_(self, path: Path, *, actor=SYSTEM_ACTOR, dry_run: bool = False, receipt_out: Path | None = None):
        with self.db.session() as s:
            return importer.import_bundle(s, Path(path), actor=actor, dry_run=dry_run, receipt_out=receipt_out)

    def dump(self) -> str:
        with self.db.session() as s:
            return dump.dump_text(s)

    def close(self) -> None:
        self.db.dispose()
