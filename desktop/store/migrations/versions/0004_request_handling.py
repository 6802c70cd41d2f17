"""Handling the rights: register description versions, the portability export's checksum on the
request, and a legal hold on a customer.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "register_descriptions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("version", sa.Integer, nullable=False, unique=True),
        sa.Column("updated_on", sa.Date, nullable=False),
        sa.Column("saved_by", sa.String(32), nullable=False, server_default=""),
        sa.Column("document", sa.Text, nullable=False),
    )
    # Plain ADD COLUMN, not a batch copy: rebuilding `customers` would drop the triggers that
    # keep its FTS5 search index current.
    op.add_column(
        "requests",
        sa.Column("portability_sha256", sa.String(64), nullable=False, server_default=""),
    )
    op.add_column(
        "requests", sa.Column("portability_file", sa.String(255), nullable=False, server_default="")
    )
    op.add_column(
        "customers", sa.Column("legal_claim", sa.Boolean, nullable=False, server_default=sa.false())
    )
    op.add_column(
        "customers", sa.Column("legal_claim_note", sa.Text, nullable=False, server_default="")
    )


def downgrade() -> None:
    raise NotImplementedError("Kirjuri registers are never downgraded")
