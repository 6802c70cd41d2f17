"""The customer register's tables (asiakasrekisteri): the person, how to reach them, the
relationship, consents and bans with their history, contacts, orders and attachments."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.store.models import Base


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)  # asiakasnumero
    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100), default="")
    title: Mapped[str] = mapped_column(String(100), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    organisation_id: Mapped[str] = mapped_column(String(9), default="")  # Y-tunnus
    language: Mapped[str] = mapped_column(String(2), default="fi")
    municipality: Mapped[str] = mapped_column(String(100), default="")  # kotikunta
    web_address: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[str] = mapped_column(String(10), default="active")
    level: Mapped[str] = mapped_column(String(50), default="")
    started_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    ended_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    source: Mapped[str] = mapped_column(String(20), default="customer")
    feedback: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    identity_code: Mapped[str] = mapped_column(String(11), default="")  # only if turned on
    restricted: Mapped[bool] = mapped_column(Boolean, default=False)  # GDPR Art. 18
    restriction_reason: Mapped[str] = mapped_column(Text, default="")
    restricted_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # A legal hold (GDPR Art. 17(3)(e)): erasure keeps the record while a claim is open.
    legal_claim: Mapped[bool] = mapped_column(Boolean, default=False)
    legal_claim_note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    # Folded names, emails, phone digits, addresses: the FTS5 index reads this column.
    search_text: Mapped[str] = mapped_column(Text, default="")
    # Byte order on PostgreSQL too, as in SQLite (the first-letters search is a range on it).
    sort_name: Mapped[str] = mapped_column(
        String(200).with_variant(String(200, collation="C"), "postgresql"), default=""
    )

    # SQLAlchemy's version counter: every UPDATE of the row adds one and checks the old value.
    # The services compare it with the version the user opened (CustomerChangedMeanwhile).
    version: Mapped[int] = mapped_column(Integer, server_default="1")

    addresses: Mapped[list[Address]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="Address.id"
    )
    phones: Mapped[list[Phone]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="Phone.id"
    )
    emails: Mapped[list[Email]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="Email.id"
    )
    tags: Mapped[list[Tag]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="Tag.name"
    )
    custom_values: Mapped[list[CustomValue]] = relationship(
        back_populates="customer", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}

    # The customer list pages by (sort column, id): keyset paging walks these indexes in order.
    __table_args__ = (
        Index("ix_customers_sort_name", "sort_name", "id"),
        Index("ix_customers_status", "status", "id"),
        Index("ix_customers_municipality", "municipality", "id"),
        Index("ix_customers_created_at", "created_at", "id"),
    )


class Address(Base):
    __tablename__ = "customer_addresses"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(10), default="home")
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    post_office: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="FI")
    source: Mapped[str] = mapped_column(String(20), default="customer")
    customer: Mapped[Customer] = relationship(back_populates="addresses")


class Phone(Base):
    __tablename__ = "customer_phones"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(10), default="mobile")
    number: Mapped[str] = mapped_column(String(20), index=True)  # E.164
    source: Mapped[str] = mapped_column(String(20), default="customer")
    customer: Mapped[Customer] = relationship(back_populates="phones")


class Email(Base):
    __tablename__ = "customer_emails"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(10), default="home")
    address: Mapped[str] = mapped_column(String(254), index=True)  # normalised, lower-case domain
    source: Mapped[str] = mapped_column(String(20), default="customer")
    customer: Mapped[Customer] = relationship(back_populates="emails")


class Tag(Base):
    """Segment tags ("VIP", "Kanta-asiakas") used for filtering and mailings."""

    __tablename__ = "customer_tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(60), index=True)
    customer: Mapped[Customer] = relationship(back_populates="tags")


class CustomValue(Base):
    """Values of the demographic fields the business defines in its settings."""

    __tablename__ = "customer_custom_values"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    field_key: Mapped[str] = mapped_column(String(40))
    value: Mapped[str] = mapped_column(Text, default="")
    customer: Mapped[Customer] = relationship(back_populates="custom_values")


class ConsentEntry(Base):
    """One decision about one kind of processing. Never updated: a change adds a new entry."""

    __tablename__ = "consent_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(30))
    state: Mapped[str] = mapped_column(String(10))
    decided_on: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(20), default="customer")
    evidence: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    recorded_by: Mapped[str] = mapped_column(String(32), default="")

    __table_args__ = (Index("ix_consent_customer_kind", "customer_id", "kind", "id"),)


class ProcessingProhibition(Base):
    """A lasting prohibition of processing for one purpose: an objection (Art. 21(1)) granted
    through a request. Never updated; it holds as long as the customer record does."""

    __tablename__ = "processing_prohibitions"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    purpose: Mapped[str] = mapped_column(Text)  # the purpose of processing, in the user's words
    decided_on: Mapped[date] = mapped_column(Date)
    evidence: Mapped[str] = mapped_column(Text, default="")  # the request's diary number
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    recorded_by: Mapped[str] = mapped_column(String(32), default="")


class SupplementaryStatement(Base):
    """What the person wrote to complete data they hold incomplete or wrong after a rectification
    was refused (Art. 16: "including by means of providing a supplementary statement"). Kept with
    the customer, shown beside the data and included in every access reply."""

    __tablename__ = "supplementary_statements"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    field: Mapped[str] = mapped_column(String(60), default="")  # the contested field; "" = general
    statement: Mapped[str] = mapped_column(Text)  # the person's words, as they wrote them
    received_on: Mapped[date] = mapped_column(Date)
    evidence: Mapped[str] = mapped_column(Text, default="")  # the request's diary number
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    recorded_by: Mapped[str] = mapped_column(String(32), default="")


class ContactEvent(Base):
    __tablename__ = "contact_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    occurred_at: Mapped[datetime] = mapped_column(DateTime)
    channel: Mapped[str] = mapped_column(String(10))
    summary: Mapped[str] = mapped_column(Text, default="")
    handled_by: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (Index("ix_contact_customer_time", "customer_id", "occurred_at"),)


class Order(Base):
    """Orders and invoices; their financial period drives the accounting retention."""

    __tablename__ = "orders"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    ordered_on: Mapped[date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text, default="")
    amount_cents: Mapped[int] = mapped_column(Integer, default=0)
    invoice_number: Mapped[str] = mapped_column(String(40), default="")
    paid: Mapped[bool] = mapped_column(Boolean, default=False)
    period_end: Mapped[date | None] = mapped_column(Date, nullable=True)  # tilikauden loppu


class Attachment(Base):
    """Scanned letters, PDFs and images, kept inside the encrypted register."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    description: Mapped[str] = mapped_column(Text, default="")
    added_at: Mapped[datetime] = mapped_column(DateTime)
    added_by: Mapped[str] = mapped_column(String(32), default="")
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)


class SuppressionHash(Base):
    """Keyed hashes (HMAC) of contacts of people who banned marketing or were erased.

    Only the hash is kept, never the address or number: enough to warn before re-adding them.
    """

    __tablename__ = "suppression_hashes"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # email / phone
    digest: Mapped[str] = mapped_column(String(64), index=True)
    reason: Mapped[str] = mapped_column(String(20))  # marketing_ban / erased
    recorded_on: Mapped[date] = mapped_column(Date)
