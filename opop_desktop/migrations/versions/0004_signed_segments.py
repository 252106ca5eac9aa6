"""signed change segments, revocation points, signed receipts

Revision ID: 0004_signed_segments
Revises: 0003
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0004_signed_segments"
down_revision: Union[str, Sequence[str], None] = "0003"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "sync_segment",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("lo", sa.Integer(), nullable=False),
        sa.Column("hi", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("signature", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_segment")),
    )
    op.create_index("ix_sync_segment_device_range", "sync_segment", ["device_id", "lo", "hi"])
    op.create_index("ix_sync_conflict_table_record", "sync_conflict", ["table_name", "record_id"])
    with op.batch_alter_table("device") as batch_op:
        batch_op.add_column(sa.Column("revoked_at_seq", sa.Integer(), nullable=True))
    with op.batch_alter_table("sync_receipt") as batch_op:
        batch_op.add_column(sa.Column("manifest_json", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("signature", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("body_json", sa.Text(), nullable=False, server_default=""))
    # Devices revoked before revocation points existed: the point is the highest sequence number
    # this database had received from them (what it held is kept, nothing newer is accepted).
    op.execute(
        "UPDATE device SET revoked_at_seq = COALESCE((SELECT MAX(r.hi) FROM sync_seq_range r "
        "WHERE r.device_id = device.device_id), 0) WHERE status = 'revoked'"
    )


def downgrade() -> None:
    with op.batch_alter_table("sync_receipt") as batch_op:
        batch_op.drop_column("body_json")
        batch_op.drop_column("signature")
        batch_op.drop_column("manifest_json")
    with op.batch_alter_table("device") as batch_op:
        batch_op.drop_column("revoked_at_seq")
    op.drop_index("ix_sync_conflict_table_record", table_name="sync_conflict")
    op.drop_index("ix_sync_segment_device_range", table_name="sync_segment")
    op.drop_table("sync_segment")
