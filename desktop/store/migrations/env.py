"""Alembic environment: Kirjuri always hands in an open, keyed connection."""

from __future__ import annotations

from alembic import context

import desktop.store.customer_models  # noqa: F401 - registers the tables on Base.metadata
import desktop.store.description_models  # noqa: F401
import desktop.store.disclosure_models  # noqa: F401
import desktop.store.letter_models  # noqa: F401
import desktop.store.request_models  # noqa: F401
import desktop.store.statement_models  # noqa: F401
from desktop.store.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
