"""The disclosure log: to whom each customer's data was disclosed, when, what and why.

Revision ID: 0009
Revises: 0007
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "disclosures",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "customer_id",
            sa.Integer,
            sa.ForeignKey("customers.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("recipient", sa.String(200), nullable=False),
        sa.Column("country", sa.String(2), nullable=False, server_default=""),
        sa.Column("language", sa.String(2), nullable=False, server_default="fi"),
        sa.Column("disclosed_on", sa.Date, nullable=False),
        sa.Column("what", sa.Text, nullable=False, server_default=""),
        sa.Column("basis", sa.String(32), nullable=False),
        sa.Column("source", sa.String(16), nullable=False, server_default="recorded"),
        sa.Column("recorded_by", sa.String(32), nullable=False, server_default=""),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_disclosures_customer_id", "disclosures", ["customer_id"])


def downgrade() -> None:
    raise NotImplementedError("Kirjuri registers are never downgraded")
