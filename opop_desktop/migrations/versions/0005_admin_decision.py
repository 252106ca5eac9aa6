"""administration decisions; stage quota with both tracks ranked together; set-up bundles sent

Revision ID: 0005_admin_decision
Revises: 0006_audit_chain_index
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

import opop_desktop.core.models.base  # noqa: F401 - custom column types

revision: str = "0005_admin_decision"
down_revision: Union[str, Sequence[str], None] = "0006_audit_chain_index"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "admin_decision",
        sa.Column("pesantren_id", sa.String(length=36), nullable=False),
        sa.Column("decision", sa.String(length=8), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("at", opop_desktop.core.models.base.UtcDateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=64), nullable=False),
        sa.Column("modified_device", sa.String(length=64), nullable=False),
        sa.Column("device_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", opop_desktop.core.models.base.UtcDateTime(), nullable=False),
        sa.Column("updated_at", opop_desktop.core.models.base.UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["pesantren_id"], ["pesantren.id"],
                                name=op.f("fk_admin_decision_pesantren_id_pesantren")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_admin_decision")),
        sa.UniqueConstraint("pesantren_id", name=op.f("uq_admin_decision_pesantren_id")),
    )
    with op.batch_alter_table("admin_decision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_admin_decision_device_seq"), ["device_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_admin_decision_origin_device"), ["origin_device"], unique=False)
    # A plain ADD COLUMN: a batch copy of `stage` would fail its foreign keys on a populated SQLite.
    op.add_column("stage", sa.Column("quota_all_tracks", sa.Integer(), nullable=True))
    # Stage 3 still on the old default (one per field and track) gets the 2019 rule: one champion per
    # product field. Every laptop runs the same step, so their copies of the row stay identical.
    op.execute("UPDATE stage SET quota_all_tracks = 1 WHERE number = 3 AND group_by = 'field' "
               "AND quota_scale_up = 1 AND quota_start_up = 1")
    op.create_table(
        "sync_sent_bundle",
        sa.Column("bundle_id", sa.String(length=64), nullable=False),
        sa.Column("recipient_regency", sa.String(length=5), nullable=False),
        sa.Column("versions", sa.Text(), nullable=False),
        sa.Column("sent_at", opop_desktop.core.models.base.UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id", name=op.f("pk_sync_sent_bundle")),
    )
    with op.batch_alter_table("sync_sent_bundle", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_sent_bundle_recipient_regency"), ["recipient_regency"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sync_sent_bundle", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_sent_bundle_recipient_regency"))
    op.drop_table("sync_sent_bundle")
    op.execute("ALTER TABLE stage DROP COLUMN quota_all_tracks")  # SQLite ≥ 3.35 and PostgreSQL
    with op.batch_alter_table("admin_decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_admin_decision_origin_device"))
        batch_op.drop_index(batch_op.f("ix_admin_decision_device_seq"))
    op.drop_table("admin_decision")
