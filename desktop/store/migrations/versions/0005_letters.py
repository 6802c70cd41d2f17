"""Reply letters (signed PDFs kept in the register), users' scanned signatures, and what an
erasure did, kept on its request for the reply letter.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "letters",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "request_id",
            sa.Integer,
            sa.ForeignKey("requests.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("language", sa.String(2), nullable=False),
        sa.Column("document_name", sa.String(60), nullable=False, server_default=""),
        sa.Column("recipient", sa.Text, nullable=False, server_default=""),
        sa.Column("text", sa.Text, nullable=False, server_default=""),
        sa.Column("enclosures", sa.Text, nullable=False, server_default=""),
        sa.Column("copies", sa.Text, nullable=False, server_default=""),
        sa.Column("state", sa.String(10), nullable=False, server_default="draft"),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("created_by", sa.String(32), nullable=False, server_default=""),
        sa.Column("signed_by", sa.String(32), nullable=False, server_default=""),
        sa.Column("signed_by_name", sa.String(200), nullable=False, server_default=""),
        sa.Column("signed_at", sa.DateTime, nullable=True),
        sa.Column("pdf", sa.LargeBinary, nullable=True),
        sa.Column("pdf_size", sa.Integer, nullable=False, server_default="0"),
        sa.Column("sha256", sa.String(64), nullable=False, server_default=""),
        sa.Column("sent_on", sa.Date, nullable=True),
        sa.Column("sent_how", sa.String(16), nullable=False, server_default=""),
        sa.Column("tracking_number", sa.String(40), nullable=False, server_default=""),
        sa.Column("sent_marked_by", sa.String(32), nullable=False, server_default=""),
    )
    op.create_index("ix_letters_request", "letters", ["request_id", "id"])
    op.create_index("ix_letters_signed_at", "letters", ["signed_at"])
    op.create_table(
        "user_signatures",
        sa.Column(
            "user_id",
            sa.Integer,
            sa.ForeignKey("users.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("image", sa.LargeBinary, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    # Plain ADD COLUMN: a batch copy of `requests` is never made (see 0004).
    op.add_column(
        "requests", sa.Column("erasure_summary", sa.Text, nullable=False, server_default="")
    )


def downgrade() -> None:
    raise NotImplementedError("Kirjuri registers are never downgraded")
