"""audit chain index: (origin_device, chain_index)

Finding a device's chain head (``WHERE origin_device = ? ORDER BY chain_index DESC LIMIT 1``)
sorted the whole device's log in a temporary B-tree: 0.05 ms on an empty log, 22 ms at 50,000
entries, paid by every audited change. With this index it is one index seek at any size.

Revision ID: 0006_audit_chain_index
Revises: 0003
"""
from typing import Sequence, Union

from alembic import op

revision: str = "0006_audit_chain_index"
down_revision: Union[str, Sequence[str], None] = "0004_signed_segments"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_index("ix_audit_entry_device_chain", "audit_entry", ["origin_device", "chain_index"])


def downgrade() -> None:
    op.drop_index("ix_audit_entry_device_chain", table_name="audit_entry")
