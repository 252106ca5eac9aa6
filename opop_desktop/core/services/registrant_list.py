"""The flat list of registered pesantren (Peserta screen, `opop registrants list`): its row type,
and the same list read straight from a SQLite file for a command that should answer at once.

``registrants.list_pesantren`` reads it through a Session (any database); ``list_pesantren_sqlite``
runs the same query on a read-only sqlite3 connection (``dbfile.open_sqlite_reader``) without
loading SQLAlchemy. Both build their rows with :func:`pesantren_row`.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, fields
from datetime import date

from ..regions import Gazetteer, gazetteer


@dataclass
class PesantrenRow:
    id: str
    reg_number: str
    nspp: str | None
    name: str
    leader: str
    phone: str
    address: str
    regency_code: str
    regency_name: str
    district_code: str
    district_name: str
    village_code: str | None
    product: str
    product_field: str  # field name ("Minuman"), "" when unknown
    track: str
    status: str
    registered_on: date | None
    village_name: str = ""
    product_field_code: str = ""

    def to_json(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}


# Column order of both queries, as pesantren_row unpacks it.
COLUMNS = ("id", "reg_number", "nspp", "name", "leader", "phone", "address", "regency_code", "district_code",
           "village_code", "product", "product_field_id", "track", "status", "registered_on")


def pesantren_row(g: Gazetteer, field_by_id: dict, row) -> PesantrenRow:
    (pid, reg, nspp, name, leader, phone, address, rc, dc, vc, product, fid, track, status, registered_on) = row
    fcode, fname = field_by_id.get(fid, ("", ""))
    village = g.villages.get(vc or "")
    return PesantrenRow(
        id=pid, reg_number=reg, nspp=nspp, name=name, leader=leader, phone=phone, address=address,
        regency_code=rc, regency_name=g.regency_name(rc), district_code=dc, district_name=g.district_name(dc),
        village_code=vc, product=product, product_field=fname, track=track, status=status,
        registered_on=registered_on, village_name=village.name if village else "", product_field_code=fcode,
    )


def list_pesantren_sqlite(conn: sqlite3.Connection, *, regency_code: str | None = None) -> list[PesantrenRow]:
    """``registrants.list_pesantren`` of the current programme year, on a sqlite3 connection."""
    found = (conn.execute("SELECT id FROM programme_year WHERE is_current").fetchone()
             or conn.execute("SELECT id FROM programme_year ORDER BY year DESC").fetchone())
    if found is None:
        return []
    field_by_id = {fid: (code, name) for fid, code, name in conn.execute("SELECT id, code, name FROM product_field")}
    sql = f"SELECT {', '.join(COLUMNS)} FROM pesantren WHERE programme_year_id = ?"
    args: tuple = (found[0],)
    if regency_code:
        sql += " AND regency_code = ?"
        args += (regency_code,)
    sql += " ORDER BY regency_code, district_code, name_key"
    g = gazetteer()
    return [pesantren_row(g, field_by_id, (*row[:14], date.fromisoformat(row[14]) if row[14] else None))
            for row in conn.execute(sql, args)]
