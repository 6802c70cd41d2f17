"""The business's contact person for data-protection matters and whether it has a web site: the
template statement names them instead of guessing (cookies only when there is a site).

Revision ID: 0013
Revises: 0011
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "business", sa.Column("contact_person", sa.String(200), nullable=False, server_default="")
    )
    op.add_column(
        "business", sa.Column("contact_email", sa.String(254), nullable=False, server_default="")
    )
    op.add_column(
        "business", sa.Column("contact_phone", sa.String(20), nullable=False, server_default="")
    )
    op.add_column(
        "business",
        sa.Column("has_website", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.add_column(
        "business", sa.Column("website", sa.String(200), nullable=False, server_default="")
    )


def downgrade() -> None:
    raise NotImplementedError("Kirjuri registers are never downgraded")
