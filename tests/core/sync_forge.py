"""What a dishonest but enrolled laptop can build with its own key (valid signatures, lying
content), and how a refusal is checked: quarantined with a reason, receiver unchanged."""
from __future__ import annotations

import json

from sqlalchemy import select

from opop_desktop.core.models import Device, SyncQuarantine, SyncReceipt
from opop_desktop.core.sync import keys
from opop_desktop.core.sync import bundle as fmt
from opop_desktop.core.sync.sandbox import Node
from opop_desktop.core.sync.tables import canonical, replicated_tables, row_to_json, table_by_name, version_hash


def rows_of(node: Node, table: str, **where) -> list[dict]:
    t = table_by_name(table)
    with node.db.session() as s:
        q = select(t)
        for k, v in where.items():
            q = q.where(t.c[k] == v)
        return [row_to_json(t, r) for r in s.execute(q)]


def forge(node: Node, path, rows: dict[str, list[dict]], *, kind: str = "up", members: dict | None = None,
          claim_writer: str | None = None) -> str:
    """What a dishonest laptop can make with its own key: any rows, a segment signed with its
    key over their hashes (saying ``claim_writer`` wrote them, if given), a valid manifest."""
    with node.db.session() as s:
        dev = keys.ensure_device_keys(s)
    order = [t.name for t in replicated_tables()]
    tables = sorted(rows, key=order.index)
    data = {f"data/{t}.jsonl": fmt.jsonl_bytes(rows[t]) for t in tables}
    by_writer: dict[str, list] = {}
    for t in tables:
        for r in rows[t]:
            w = claim_writer or r["modified_device"]
            by_writer.setdefault(w, []).append([t, r["id"], r["device_seq"], version_hash(r)])
    lines = []
    for w, entries in by_writer.items():
        seqs = [e[2] for e in entries]
        body = canonical({"device": w, "lo": min(seqs), "hi": max(seqs), "entries": entries})
        lines.append(json.dumps({"body": body, "sig": keys.b64(keys.sign(node.device_id, body.encode()))}))
    data["sync/segments.jsonl"] = ("\n".join(lines) + "\n").encode()
    data.update(members or {})
    manifest = fmt.new_manifest(kind=kind, device=dev, schema_version=fmt.current_head(), tables=tables,
                                counts={t: len(rows[t]) for t in tables}, incremental=False,
                                recipient={"regency": "", "role": ""}, seq_ranges={})
    return str(fmt.write_bundle(path, manifest, data, device_id=node.device_id))


def cli_dump(node: Node) -> str:
    """What ``opop db dump`` prints for this laptop's database."""
    import contextlib
    import io

    from opop_desktop.cli import main

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        assert main(["--db", node.db.url.replace("sqlite:///", ""), "db", "dump"]) == 0
    return buf.getvalue()


def snapshot(node: Node) -> tuple:
    with node.db.session() as s:
        devices = sorted(canonical(row_to_json(Device.__table__, r)) for r in s.execute(select(Device.__table__)))
        recs = sorted((r.receipt_id, r.ranges_json) for r in s.scalars(select(SyncReceipt)))
    return cli_dump(node), devices, recs


def refused(node: Node, path, *words: str) -> str:
    before = snapshot(node)
    out = node.import_(path)
    assert out.status == "quarantined", out
    assert snapshot(node) == before
    for w in words:
        assert w in out.message, (w, out.message)
    with node.db.session() as s:
        q = s.scalars(select(SyncQuarantine)).all()
        assert any(r.bundle_id == out.bundle_id and r.reason in out.message for r in q)
    return out.message


def bump(node: Node, row: dict, **changes) -> dict:
    """The laptop's own honest-looking stamps on a changed row: its device, its next number."""
    row = dict(row, **changes)
    with node.db.session() as s:
        from opop_desktop.core.models import DeviceCounter
        c = s.get(DeviceCounter, node.device_id)
        c.last_seq += 1
        seq = c.last_seq
    row.update(modified_device=node.device_id, device_seq=seq)
    return row
