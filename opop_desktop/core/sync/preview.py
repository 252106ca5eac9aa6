"""Preview wording beyond the decision table, from one bundle's new rows: new versions of a
chain that supersede known ones (updates), chains left with several heads (conflicts), and score
sheets that look like duplicates of one another."""
from __future__ import annotations

from collections import Counter
from itertools import repeat
from operator import itemgetter

from .tables import VERSION_KEYS, column_reader, rows_where_in

DUPLICATE_KEYS = {"score_sheet": ("stage_id", "juror_id", "pesantren_id")}


def classify_versions(session, table, inserts: list[dict], counts, new_parents: dict | None = None,
                      column=None) -> None:
    """Preview wording for version chains: a new version superseding a known one is an update;
    a chain left with two heads is a conflict. ``new_parents``: key column → the ids its parent
    table gets from this same bundle, not stored here before; a stored version cannot refer to
    such a parent (foreign keys are enforced), so chains keyed by them are not looked up.
    ``column(name)``: the inserts' values of ``name`` in order, if the caller has them."""
    key_cols = VERSION_KEYS[table.name]
    if not inserts:
        return
    column = column or column_reader(inserts)
    ids = column("id")
    keys = [column(c) for c in key_cols]  # each key column of the new versions
    sup = column("supersedes_id")
    superseding = len(list(filter(None, sup)))
    k = len(key_cols)
    # Versions already here of the same values, looked up by the key column with the most
    # distinct values (each is indexed): a stage's attendance by pesantren, not the whole stage.
    values = [set(col) for col in keys]
    counts.new -= superseding
    counts.updated += superseding
    fresh = new_parents or {}
    if any(values[i] <= fresh.get(key_cols[i], frozenset()) for i in range(k)):
        if len(set(zip(*keys))) == len(set(ids)):
            return  # nothing stored, one new version per chain: one head each
    group_of = dict(zip(ids, zip(*keys)))  # new versions
    groups = set(group_of.values())
    gone = set(sup).union(column("merges_id"))
    if not any(values[i] <= fresh.get(key_cols[i], frozenset()) for i in range(k)):
        indexed = {list(ix.columns)[0].name for ix in table.indexes}
        by = max((i for i in range(k) if key_cols[i] in indexed), key=lambda i: len(values[i]), default=0)
        for r in rows_where_in(session, table, ["id", *key_cols, "supersedes_id", "merges_id"], key_cols[by],
                               values[by]):
            if r[0] not in group_of:
                group_of[r[0]] = r[1:1 + k]
                gone.add(r[k + 1])
                gone.add(r[k + 2])
    heads = Counter(map(group_of.__getitem__, group_of.keys() - gone))
    counts.conflicts += sum(1 for g in groups if heads.get(g, 0) > 1)


def new_parents(table, inserted: dict[str, list[dict]]) -> dict[str, set]:
    """Version key column → the ids its parent table gets new from this bundle (``inserted``:
    table → its rows not stored here before; parents are planned before their children)."""
    out = {}
    for col in VERSION_KEYS[table.name]:
        for fk in table.c[col].foreign_keys:
            rows = inserted.get(fk.column.table.name)
            if rows:
                out[col] = set(map(itemgetter("id"), rows))
    return out


def duplicates(session, table, inserts: list[dict]) -> list[dict]:
    key_cols = DUPLICATE_KEYS[table.name]
    keys = list(zip(*[map(dict.get, inserts, repeat(c)) for c in key_cols]))
    ids = list(map(itemgetter("id"), inserts))
    one = dict(zip(keys, ids))  # the usual bundle: each key once, so no set per sheet
    seen: dict[tuple, set] = {} if len(one) == len(keys) else _grouped(keys, ids)
    for rid, *values in rows_where_in(session, table, ["id", *key_cols], key_cols[-1], {k[-1] for k in one}):
        key = tuple(values)
        if key in one:
            seen.setdefault(key, {one[key]}).add(rid)
    found = [(k, v) for k, v in seen.items() if len(v) > 1]  # few: only these are put in order
    return [{"table": table.name, "key": dict(zip(key_cols, k)), "ids": sorted(v)}
            for k, v in sorted(found, key=lambda kv: str(kv[0]))]


def _grouped(keys: list[tuple], ids: list[str]) -> dict[tuple, set]:
    """key → the ids of the sheets with it (a key given twice in one bundle)."""
    out: dict[tuple, set] = {}
    for key, rid in zip(keys, ids):
        out.setdefault(key, set()).add(rid)
    return out
