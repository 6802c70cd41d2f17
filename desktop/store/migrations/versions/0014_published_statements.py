"""Published privacy statements: the PDF or HTML bytes of every statement saved, printed or
written by `kirjuri statement`, with its SHA-256, description version and date (issue 14).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"  # 0013_business_contact_and_site
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "published_statements",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("description_version", sa.Integer, nullable=False),
        sa.Column("language", sa.String(2), nullable=False),
        sa.Column("format", sa.String(4), nullable=False),
        sa.Column("statement_date", sa.Date, nullable=False),
        sa.Column("published_at", sa.DateTime, nullable=False),
        sa.Column("published_by", sa.String(32), nullable=False, server_default=""),
        sa.Column("how", sa.String(16), nullable=False, server_default=""),
        sa.Column("content", sa.LargeBinary, nullable=False),
        sa.Column("size", sa.Integer, nullable=False, server_default="0"),
        sa.Column("sha256", sa.String(64), nullable=False),
    )
    op.create_index(
        "ix_published_statements_version",
        "published_statements",
        ["description_version", "language", "format"],
    )


def downgrade() -> None:
    raise NotImplementedError("Kirjuri registers are never downgraded")
