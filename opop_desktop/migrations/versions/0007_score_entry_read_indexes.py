"""score entry read indexes: a sheet's (criterion, value) pairs, and the versions merges replaced

Ranking reads each sheet's criterion values through the sheet_id index; with the code and the
value in the index too it never visits the table (a province: 321,000 entries). The versions a
conflict's resolution replaced (``merges_id``, a few rows) were found by scanning the whole
table; a partial index holds only the rows that name one. The plain sheet_id index is the new
index's prefix, so it goes: the number of indexes a score write maintains stays the same.

Revision ID: 0007_score_entry_read_indexes
Revises: 0005_admin_decision
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0007_score_entry_read_indexes"
down_revision: Union[str, Sequence[str], None] = "0005_admin_decision"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_NAMES_A_VERSION = sa.text("merges_id IS NOT NULL")


def upgrade() -> None:
    op.create_index("ix_score_entry_sheet_values", "score_entry", ["sheet_id", "criterion_code", "value"])
    op.drop_index("ix_score_entry_sheet_id", table_name="score_entry")
    op.create_index("ix_score_entry_merges_id", "score_entry", ["merges_id"],
                    sqlite_where=_NAMES_A_VERSION, postgresql_where=_NAMES_A_VERSION)


def downgrade() -> None:
    op.drop_index("ix_score_entry_merges_id", table_name="score_entry")
    op.create_index("ix_score_entry_sheet_id", "score_entry", ["sheet_id"])
    op.drop_index("ix_score_entry_sheet_values", table_name="score_entry")
