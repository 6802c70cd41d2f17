"""Customer register: customers and their contacts, consents, contact history, orders,
attachments, suppression hashes, and the trigram index for search (FTS5 in SQLite, pg_trgm on
PostgreSQL).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

import secrets

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _customer_fk() -> sa.Column[int]:
    return sa.Column(
        "customer_id",
        sa.Integer,
        sa.ForeignKey("customers.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    )


def upgrade() -> None:
    with op.batch_alter_table("register_info") as batch:
        batch.add_column(
            sa.Column("suppression_key", sa.String(64), nullable=False, server_default="")
        )
    # The key for the suppression hashes: random per register, never leaves it.
    op.execute(f"UPDATE register_info SET suppression_key = '{secrets.token_hex(32)}'")

    op.create_table(
        "customers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("number", sa.Integer, nullable=False, unique=True),
        sa.Column("first_name", sa.String(100), nullable=False, server_default=""),
        sa.Column("last_name", sa.String(100), nullable=False, server_default=""),
        sa.Column("title", sa.String(100), nullable=False, server_default=""),
        sa.Column("organisation", sa.String(200), nullable=False, server_default=""),
        sa.Column("organisation_id", sa.String(9), nullable=False, server_default=""),
        sa.Column("language", sa.String(2), nullable=False, server_default="fi"),
        sa.Column("municipality", sa.String(100), nullable=False, server_default=""),
        sa.Column("web_address", sa.String(300), nullable=False, server_default=""),
        sa.Column("status", sa.String(10), nullable=False, server_default="active"),
        sa.Column("level", sa.String(50), nullable=False, server_default=""),
        sa.Column("started_on", sa.Date, nullable=True),
        sa.Column("ended_on", sa.Date, nullable=True),
        sa.Column("source", sa.String(20), nullable=False, server_default="customer"),
        sa.Column("feedback", sa.Text, nullable=False, server_default=""),
        sa.Column("notes", sa.Text, nullable=False, server_default=""),
        sa.Column("identity_code", sa.String(11), nullable=False, server_default=""),
        sa.Column("restricted", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("restriction_reason", sa.Text, nullable=False, server_default=""),
        sa.Column("restricted_on", sa.Date, nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("search_text", sa.Text, nullable=False, server_default=""),
        # Compared and sorted byte by byte on PostgreSQL too, as in SQLite: the search by the
        # first letters is a range on it ("ma" <= sort_name < "mb").
        sa.Column(
            "sort_name",
            sa.String(200).with_variant(sa.String(200, collation="C"), "postgresql"),
            nullable=False,
            server_default="",
        ),
    )
    for column in ("sort_name", "status", "municipality", "created_at"):
        op.create_index(f"ix_customers_{column}", "customers", [column, "id"])
    op.create_table(
        "customer_addresses",
        sa.Column("id", sa.Integer, primary_key=True),
        _customer_fk(),
        sa.Column("kind", sa.String(10), nullable=False, server_default="home"),
        sa.Column("street", sa.String(200), nullable=False, server_default=""),
        sa.Column("postal_code", sa.String(10), nullable=False, server_default=""),
        sa.Column("post_office", sa.String(100), nullable=False, server_default=""),
        sa.Column("country", sa.String(2), nullable=False, server_default="FI"),
        sa.Column("source", sa.String(20), nullable=False, server_default="customer"),
    )
    op.create_table(
        "customer_phones",
        sa.Column("id", sa.Integer, primary_key=True),
        _customer_fk(),
        sa.Column("kind", sa.String(10), nullable=False, server_default="mobile"),
        sa.Column("number", sa.String(20), nullable=False, index=True),
        sa.Column("source", sa.String(20), nullable=False, server_default="customer"),
    )
    op.create_table(
        "customer_emails",
        sa.Column("id", sa.Integer, primary_key=True),
        _customer_fk(),
        sa.Column("kind", sa.String(10), nullable=False, server_default="home"),
        sa.Column("address", sa.String(254), nullable=False, index=True),
        sa.Column("source", sa.String(20), nullable=False, server_default="customer"),
    )
    op.create_table(
        "customer_tags",
        sa.Column("id", sa.Integer, primary_key=True),
        _customer_fk(),
        sa.Column("name", sa.String(60), nullable=False, index=True),
    )
    op.create_table(
        "customer_custom_values",
        sa.Column("id", sa.Integer, primary_key=True),
        _customer_fk(),
        sa.Column("field_key", sa.String(40), nullable=False),
        sa.Column("value", sa.Text, nullable=False, server_default=""),
    )
    op.create_table(
        "consent_entries",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "customer_id",
            sa.Integer,
            sa.ForeignKey("customers.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("decided_on", sa.Date, nullable=False),
        sa.Column("source", sa.String(20), nullable=False, server_default="customer"),
        sa.Column("evidence", sa.Text, nullable=False, server_default=""),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
        sa.Column("recorded_by", sa.String(32), nullable=False, server_default=""),
    )
    op.create_index("ix_consent_customer_kind", "consent_entries", ["customer_id", "kind", "id"])
    op.create_table(
        "contact_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "customer_id",
            sa.Integer,
            sa.ForeignKey("customers.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("occurred_at", sa.DateTime, nullable=False),
        sa.Column("channel", sa.String(10), nullable=False),
        sa.Column("summary", sa.Text, nullable=False, server_default=""),
        sa.Column("handled_by", sa.String(200), nullable=False, server_default=""),
    )
    op.create_index("ix_contact_customer_time", "contact_events", ["customer_id", "occurred_at"])
    op.create_table(
        "orders",
        sa.Column("id", sa.Integer, primary_key=True),
        _customer_fk(),
        sa.Column("ordered_on", sa.Date, nullable=False),
        sa.Column("description", sa.Text, nullable=False, server_default=""),
        sa.Column("amount_cents", sa.Integer, nullable=False, server_default="0"),
        sa.Column("invoice_number", sa.String(40), nullable=False, server_default=""),
        sa.Column("paid", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("period_end", sa.Date, nullable=True),
    )
    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer, primary_key=True),
        _customer_fk(),
        sa.Column("filename", sa.String(255), nullable=False),
        sa.Column("mime_type", sa.String(100), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("description", sa.Text, nullable=False, server_default=""),
        sa.Column("added_at", sa.DateTime, nullable=False),
        sa.Column("added_by", sa.String(32), nullable=False, server_default=""),
        sa.Column("data", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "suppression_hashes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("digest", sa.String(64), nullable=False, index=True),
        sa.Column("reason", sa.String(20), nullable=False),
        sa.Column("recorded_on", sa.Date, nullable=False),
    )

    if op.get_bind().dialect.name == "postgresql":
        # Search: a trigram GIN index over the normalised search text answers LIKE '%word%'.
        # pg_trgm is a trusted extension: the database's owner may create it.
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute(
            "CREATE INDEX ix_customers_search_trgm ON customers "
            "USING gin (search_text gin_trgm_ops)"
        )
        return
    # Search: an FTS5 trigram index over the normalised search text, kept in step by triggers.
    op.execute(
        "CREATE VIRTUAL TABLE customer_search USING fts5("
        "search_text, content='customers', content_rowid='id', tokenize='trigram')"
    )
    op.execute(
        "CREATE TRIGGER customers_search_insert AFTER INSERT ON customers BEGIN "
        "INSERT INTO customer_search(rowid, search_text) VALUES (new.id, new.search_text); END"
    )
    op.execute(
        "CREATE TRIGGER customers_search_delete AFTER DELETE ON customers BEGIN "
        "INSERT INTO customer_search(customer_search, rowid, search_text) "
        "VALUES ('delete', old.id, old.search_text); END"
    )
    op.execute(
        "CREATE TRIGGER customers_search_update AFTER UPDATE OF search_text ON customers BEGIN "
        "INSERT INTO customer_search(customer_search, rowid, search_text) "
        "VALUES ('delete', old.id, old.search_text); "
        "INSERT INTO customer_search(rowid, search_text) VALUES (new.id, new.search_text); END"
    )


def downgrade() -> None:
    raise NotImplementedError("Kirjuri registers are never downgraded")
