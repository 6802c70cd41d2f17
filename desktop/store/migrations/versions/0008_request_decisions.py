"""Request decisions: granted, granted in part, refused or continued, with the ground in law.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "request_decisions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "request_id",
            sa.Integer,
            sa.ForeignKey("requests.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("decision", sa.String(20), nullable=False),
        sa.Column("ground", sa.String(24), nullable=False, server_default=""),
        sa.Column("reasons", sa.Text, nullable=False, server_default=""),
        sa.Column("purpose", sa.Text, nullable=False, server_default=""),
        sa.Column("decided_on", sa.Date, nullable=False),
        sa.Column("decided_by", sa.String(32), nullable=False, server_default=""),
    )
    op.create_index("ix_request_decisions_request_id", "request_decisions", ["request_id"])


def downgrade() -> None:
    raise NotImplementedError("Kirjuri registers are never downgraded")
