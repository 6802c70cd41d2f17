"""Prohibitions of processing for a purpose: an objection (Art. 21(1)) granted through a
request stops that processing for good, recorded on the customer.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "processing_prohibitions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "customer_id",
            sa.Integer,
            sa.ForeignKey("customers.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("purpose", sa.Text, nullable=False),
        sa.Column("decided_on", sa.Date, nullable=False),
        sa.Column("evidence", sa.Text, nullable=False, server_default=""),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
        sa.Column("recorded_by", sa.String(32), nullable=False, server_default=""),
    )
    op.create_index(
        "ix_processing_prohibitions_customer_id", "processing_prohibitions", ["customer_id"]
    )


def downgrade() -> None:
    raise NotImplementedError("Kirjuri registers are never downgraded")
