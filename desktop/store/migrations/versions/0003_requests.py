"""Rights requests: the request log, their kinds and events, scanned originals, rectifications.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _request_fk() -> sa.Column[int]:
    return sa.Column(
        "request_id",
        sa.Integer,
        sa.ForeignKey("requests.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    )


def upgrade() -> None:
    op.create_table(
        "requests",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("diary_year", sa.Integer, nullable=False),
        sa.Column("diary_sequence", sa.Integer, nullable=False),
        sa.Column("received_at", sa.DateTime, nullable=False, index=True),
        sa.Column("channel", sa.String(12), nullable=False),
        sa.Column("signed_by_hand", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("reply_language", sa.String(2), nullable=False, server_default="fi"),
        sa.Column(
            "customer_id",
            sa.Integer,
            sa.ForeignKey("customers.id", ondelete="SET NULL"),
            nullable=True,
            index=True,
        ),
        sa.Column("requester_name", sa.String(200), nullable=False, server_default=""),
        sa.Column("requester_address", sa.Text, nullable=False, server_default=""),
        sa.Column("representative_name", sa.String(200), nullable=False, server_default=""),
        sa.Column("representative_authorisation", sa.Text, nullable=False, server_default=""),
        sa.Column("description", sa.Text, nullable=False, server_default=""),
        sa.Column("status", sa.String(24), nullable=False, index=True),
        sa.Column("identity_method", sa.String(24), nullable=False, server_default=""),
        sa.Column("identity_note", sa.Text, nullable=False, server_default=""),
        sa.Column("identity_checked_by", sa.String(32), nullable=False, server_default=""),
        sa.Column("identity_checked_at", sa.DateTime, nullable=True),
        sa.Column("extended", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("extension_reason", sa.Text, nullable=False, server_default=""),
        sa.Column("extended_on", sa.Date, nullable=True),
        sa.Column("due_on", sa.Date, nullable=False, index=True),
        sa.Column("answered_on", sa.Date, nullable=True),
        sa.Column("outcome", sa.Text, nullable=False, server_default=""),
        sa.Column("closed_at", sa.DateTime, nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("diary_year", "diary_sequence", name="uq_diary_number"),
    )
    op.create_table(
        "request_kinds",
        sa.Column("id", sa.Integer, primary_key=True),
        _request_fk(),
        sa.Column("kind", sa.String(24), nullable=False),
    )
    op.create_table(
        "request_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "request_id",
            sa.Integer,
            sa.ForeignKey("requests.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("username", sa.String(32), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
    )
    op.create_index("ix_request_events_request", "request_events", ["request_id", "id"])
    op.create_table(
        "request_attachments",
        sa.Column("id", sa.Integer, primary_key=True),
        _request_fk(),
        sa.Column("filename", sa.String(255), nullable=False),
        sa.Column("mime_type", sa.String(100), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("is_identity_document", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("added_at", sa.DateTime, nullable=False),
        sa.Column("added_by", sa.String(32), nullable=False, server_default=""),
        sa.Column("data", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "rectifications",
        sa.Column("id", sa.Integer, primary_key=True),
        _request_fk(),
        sa.Column("field", sa.String(60), nullable=False),
        sa.Column("old_value", sa.Text, nullable=False, server_default=""),
        sa.Column("new_value", sa.Text, nullable=False, server_default=""),
        sa.Column("done", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("refusal_reason", sa.Text, nullable=False, server_default=""),
        sa.Column("at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    raise NotImplementedError("Kirjuri registers are never downgraded")
