"""The ``.opop`` bundle file: a zip with ``manifest.json``, its Ed25519 signature
``manifest.sig`` and payload members (JSON lines) whose SHA-256 the manifest lists.
See docs/bundle-format.md. Every byte read here is treated as hostile.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import uuid
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path, PurePosixPath

from opop_desktop import __version__

from ..atomic import replacing
from ..dbfile import declared_heads, declared_revisions
from ..errors import ImportRejected
from . import keys

FORMAT = "opop-bundle"
FORMAT_VERSION = 2  # 2: signed change segments instead of per-bundle record indexes
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"

# Limits against hostile files (module constants so tests can lower them).
MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_MEMBERS = 5000
MAX_MEMBER_BYTES = 256 * 1024 * 1024
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, for members larger than 1 MiB
MAX_MANIFEST_BYTES = 8 * 1024 * 1024


@dataclass
class Bundle:
    path: Path
    manifest: dict
    manifest_bytes: bytes
    signature: bytes
    members: dict[str, bytes]
    file_sha256: str
    sealed: bool = False
    _records: dict | None = field(default=None, repr=False)
    _lines: dict = field(default_factory=dict, repr=False)  # member → its record lines, split once

    @property
    def bundle_id(self) -> str:
        return self.manifest["bundle_id"]

    @property
    def kind(self) -> str:
        return self.manifest["kind"]

    @property
    def origin_device(self) -> str:
        return self.manifest["origin_device"]

    def jsonl(self, name: str) -> list[dict]:
        return parse_jsonl(self.members.get(name, b""), where=f"{self.path.name}:{name}", lines=self._split(name))

    def _split(self, name: str) -> list[bytes]:
        if name not in self._lines:
            self._lines[name] = _record_lines(self.members.get(name, b""))
        return self._lines[name]

    def records(self) -> dict[str, list[dict]]:
        """table name → rows, in the manifest's table order."""
        if self._records is None:
            self._records = {t: self.jsonl(f"data/{t}.jsonl") for t in self.manifest.get("tables", [])}
        return self._records

    def line_hashes(self, table: str) -> list[str | None]:
        """SHA-256 of each record line of a table, in order: a line written canonically without a
        version vector is byte for byte the writer's canonical row, so its hash is the row's version
        hash without encoding it again (None: compute it from the row)."""
        name = f"data/{table}.jsonl"
        lines = self._split(name)
        hashes = list(map(_HEX, map(hashlib.sha256, lines)))
        if b'"_vv"' in self.members.get(name, b""):  # rare: lines with a version vector say so
            hashes = [None if b'"_vv"' in line else h for line, h in zip(lines, hashes)]
        return hashes


_HEX = type(hashlib.sha256()).hexdigest


def _record_lines(data: bytes) -> list[bytes]:
    lines = list(filter(None, data.split(b"\n")))
    if any(map(bytes.isspace, lines)):
        return [line for line in lines if line.strip()]
    return lines


def _array(lines: list[bytes]) -> bytes:
    """``[line,line,…]`` in one copy of the member (brackets added by concatenation would copy
    all of it twice more)."""
    if not lines:
        return b"[]"
    ends = [b"[" + lines[0], *lines[1:]]
    ends[-1] += b"]"
    return b",".join(ends)


def parse_jsonl(data: bytes, where: str, lines: list[bytes] | None = None) -> list[dict]:
    lines = _record_lines(data) if lines is None else lines
    try:  # one parse for the whole member; line by line only to say where it broke
        rows = json.loads(_array(lines))
        if len(rows) == len(lines) and set(map(type, rows)) <= {dict}:
            return rows
    except (ValueError, UnicodeDecodeError):
        pass
    out = []
    for n, line in enumerate(data.split(b"\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except (ValueError, UnicodeDecodeError) as exc:
            raise ImportRejected("sync.json_broken", n=n, error=str(exc), where=where) from exc
        if not isinstance(obj, dict):
            raise ImportRejected("sync.line_not_object", n=n, where=where)
        out.append(obj)
    return out


def jsonl_bytes(rows) -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
                    + b"\n" for r in rows)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def new_manifest(*, kind: str, device: "keys.Device", schema_version: str, **extra) -> dict:
    m = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "schema_version": schema_version,
        "app_version": __version__, "bundle_id": str(uuid.uuid4()), "kind": kind,
        "origin_device": device.device_id, "origin_name": device.name, "origin_role": device.role,
        "origin_regency": device.regency_code or "", "signer_public_key": device.public_key,
        "signer_fingerprint": device.fingerprint, "origin_seal_public_key": device.seal_public_key or "",
        "created_at": datetime.now(timezone.utc).isoformat(),
    }
    m.update(extra)
    return m


def signed_manifest(manifest: dict, members: dict[str, bytes], *, device_id: str,
                    sealed: bool = False) -> tuple[bytes, bytes]:
    """The exact manifest bytes (listing every member's hash) and this device's signature."""
    manifest = dict(manifest)
    manifest["members"] = {name: {"sha256": sha256(data), "size": len(data)}
                           for name, data in sorted(members.items())}
    manifest["sealed"] = sealed
    mbytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    return mbytes, keys.sign(device_id, mbytes)


def write_bundle(path: Path, manifest: dict, members: dict[str, bytes], *, device_id: str,
                 seal_to: str | None = None, signed: tuple[bytes, bytes] | None = None) -> Path:
    """Sign and write atomically (temp file in the same folder, then rename)."""
    mbytes, sig = signed or signed_manifest(manifest, members, device_id=device_id, sealed=bool(seal_to))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        zf.writestr(MANIFEST, mbytes)
        zf.writestr(SIGNATURE, keys.b64(sig))
        for name, data in sorted(members.items()):
            zf.writestr(name, data)
    blob = buf.getvalue()
    if seal_to:
        blob = keys.seal(blob, seal_to)
    path = Path(path)
    with replacing(path) as tmp, open(tmp, "wb") as f:
        f.write(blob)
        f.flush()
        os.fsync(f.fileno())
    return path


# ---------------------------------------------------------------- reading

def _check_name(name: str, where: str) -> None:
    p = PurePosixPath(name)
    if (not name or name.startswith(("/", "\\")) or "\\" in name or ".." in p.parts
            or (len(name) > 1 and name[1] == ":") or "\x00" in name):
        raise ImportRejected("sync.member_name_unsafe", name=name, where=where)


def _read_members(blob: bytes, where: str) -> dict[str, bytes]:
    try:
        zf = zipfile.ZipFile(io.BytesIO(blob))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ImportRejected("sync.not_zip", where=where) from exc
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise ImportRejected("sync.too_many_members", count=len(infos), limit=MAX_MEMBERS, where=where)
    total = 0
    for info in infos:
        _check_name(info.filename, where)
        if info.file_size > MAX_MEMBER_BYTES:
            raise ImportRejected("sync.member_too_big", name=info.filename, size=info.file_size, where=where)
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ImportRejected("sync.member_zip_bomb", name=info.filename, where=where)
        total += info.file_size
    if total > MAX_TOTAL_BYTES:
        raise ImportRejected("sync.content_too_big", total=total, limit=MAX_TOTAL_BYTES, where=where)
    members: dict[str, bytes] = {}
    try:
        for info in infos:
            if info.is_dir():
                continue
            if info.filename in members:
                raise ImportRejected("sync.member_twice", name=info.filename, where=where)
            with zf.open(info) as f:
                data = f.read(info.file_size + 1)  # never trust the header's size
            if len(data) > info.file_size:
                raise ImportRejected("sync.member_bigger", name=info.filename, where=where)
            members[info.filename] = data
    except ImportRejected:
        raise
    except (
        zipfile.BadZipFile,
        OSError,
        EOFError,
        ValueError,
        RuntimeError,
        NotImplementedError,
        zlib.error,
    ) as exc:
        raise ImportRejected("sync.damaged", error=str(exc), where=where) from exc
    return members


@lru_cache(maxsize=1)
def current_head() -> str:
    heads = declared_heads()  # read from the version files, as opening the database checks them
    if len(heads) == 1:
        return next(iter(heads))
    from ..db import head_revision
    return head_revision()  # none or several: Alembic says what is wrong


@lru_cache(maxsize=1)
def _known_revisions() -> frozenset[str]:
    # read from the version files: importing Alembic only for this took a merge 0.2-0.35 s
    return frozenset(declared_revisions())


def _check_manifest(m, where: str) -> None:
    if not isinstance(m, dict) or m.get("format") != FORMAT:
        raise ImportRejected("sync.not_opop", where=where)
    fv = m.get("format_version")
    if isinstance(fv, int) and 1 <= fv < FORMAT_VERSION:
        raise ImportRejected("sync.old_format", version=fv, current=FORMAT_VERSION, where=where)
    if not isinstance(fv, int) or fv > FORMAT_VERSION or fv < 1:
        raise ImportRejected("sync.format_unsupported", version=fv, current=FORMAT_VERSION, where=where)
    sv = m.get("schema_version")
    if sv not in _known_revisions():
        raise ImportRejected("sync.schema_unknown", schema=sv, where=where)
    for k in ("bundle_id", "kind", "origin_device", "signer_public_key", "created_at"):
        if not isinstance(m.get(k), str) or not m.get(k):
            raise ImportRejected("sync.manifest_field_missing", field=k, where=where)
    if not isinstance(m.get("members"), dict):
        raise ImportRejected("sync.manifest_members_missing", where=where)


def read_bundle(path: Path, sealing_key=None) -> Bundle:
    """Read and verify a local copy: structure, limits, manifest, signature, member hashes.
    Trust (is the signer enrolled / revoked?) is checked by the importer with the database.
    ``sealing_key``: this device's sealing key, or a function giving it (read from its key file
    only when the bundle is sealed, which a merge of results from below never is)."""
    path = Path(path)
    where = path.name
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportRejected("sync.file_too_big", size=size, where=where)
        blob = path.read_bytes()
    except OSError as exc:
        raise ImportRejected("sync.unreadable", error=str(exc), where=where) from exc
    file_hash = sha256(blob)
    sealed = keys.is_sealed(blob[:16])
    if sealed:
        blob = keys.unseal(blob, sealing_key() if callable(sealing_key) else sealing_key, where)
    members = _read_members(blob, where)
    mbytes = members.pop(MANIFEST, None)
    sig_text = members.pop(SIGNATURE, None)
    if mbytes is None or sig_text is None:
        raise ImportRejected("sync.no_manifest", where=where)
    if len(mbytes) > MAX_MANIFEST_BYTES:
        raise ImportRejected("sync.manifest_too_big", where=where)
    try:
        manifest = json.loads(mbytes)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ImportRejected("sync.manifest_not_json", error=str(exc), where=where) from exc
    _check_manifest(manifest, where)
    try:
        signature = keys.unb64(sig_text.decode("ascii").strip())
    except (ValueError, UnicodeDecodeError) as exc:
        raise ImportRejected("sync.signature_damaged", where=where) from exc
    if not keys.verify(manifest["signer_public_key"], signature, mbytes):
        raise ImportRejected("sync.signature_invalid", device=manifest.get("origin_device"), where=where)
    listed = manifest["members"]
    for name, data in members.items():
        entry = listed.get(name)
        if not isinstance(entry, dict) or entry.get("sha256") != sha256(data):
            raise ImportRejected("sync.member_hash", name=name, where=where)
    missing = sorted(set(listed) - set(members))
    if missing:
        raise ImportRejected("sync.members_missing", names=missing[:5], where=where)
    return Bundle(path=path, manifest=manifest, manifest_bytes=mbytes, signature=signature,
                  members=members, file_sha256=file_hash, sealed=sealed)
