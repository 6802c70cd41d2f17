"""Users: a signature over each row's name, role and status (issue 15 item 6).

Rows of registers made before stay unsigned until the first main user's login signs them.

Revision ID: 0011
Revises: 0007
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (no batch copy): `users` keeps its table and whatever refers to it.
    op.add_column("users", sa.Column("signature", sa.String(100), nullable=True))


def downgrade() -> None:
    raise NotImplementedError("Kirjuri registers are never downgraded")
