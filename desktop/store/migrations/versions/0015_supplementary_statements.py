"""Supplementary statements (Art. 16): what a person adds to data they hold incomplete or wrong
after their rectification was refused, kept with the customer.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"  # 0014_published_statements
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "supplementary_statements",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "customer_id",
            sa.Integer,
            sa.ForeignKey("customers.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("field", sa.String(60), nullable=False, server_default=""),
        sa.Column("statement", sa.Text, nullable=False),
        sa.Column("received_on", sa.Date, nullable=False),
        sa.Column("evidence", sa.Text, nullable=False, server_default=""),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
        sa.Column("recorded_by", sa.String(32), nullable=False, server_default=""),
    )
    op.create_index(
        "ix_supplementary_statements_customer_id", "supplementary_statements", ["customer_id"]
    )


def downgrade() -> None:
    raise NotImplementedError("Kirjuri registers are never downgraded")
