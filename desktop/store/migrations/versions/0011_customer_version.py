"""Customers carry a version counter: a save made on a customer someone else changed since it
was opened is refused instead of overwriting their change (several workstations, one register).

Revision ID: 0013
Revises: 0007
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN, not a batch copy: rebuilding `customers` would drop the triggers that
    # keep its FTS5 search index current (see 0004).
    op.add_column("customers", sa.Column("version", sa.Integer, nullable=False, server_default="1"))


def downgrade() -> None:
    raise NotImplementedError("Kirjuri registers are never downgraded")
