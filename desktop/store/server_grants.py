"""What each Kirjuri role's PostgreSQL group may do to each table: the service layer's rules
(desktop/core/roles.py) at the server's level, for someone who connects with psql.

A table's privileges follow what the services do with it under each role's permissions:
- reader (VIEW): reads the register; appends to the audit log (viewing a customer is audited).
- clerk (customers, requests, letters, printing, backup): changes those, and deletes the rows
  editing replaces (a phone, an address, a draft letter). A customer row goes only through a
  merge, which the audit log must record in the same transaction (a deferred trigger,
  server_roles.py); deleting customers, retention's erasure of requests, settings, the business,
  the description and users are the main user's.
- admin: everything, except what nobody may do: UPDATE, DELETE or TRUNCATE the audit log.

The audit log is readable only by the main user (VIEW_AUDIT). The others see its `id` and `hash`
columns, which appending the next entry and checking the chain's anchor need; a customer's
history, which the services show to anyone who may view the customer, comes through
kirjuri_audit_of() (server_roles.py), never the table.

Every table of the schema must appear here: server_roles.install refuses a table without rules,
so a new migration cannot leave a table open or closed by accident.
"""

from __future__ import annotations

from desktop.core.roles import Role

READ = "SELECT"
WRITE = "SELECT, INSERT, UPDATE"
ALL = "SELECT, INSERT, UPDATE, DELETE"
NONE = ""

# table: (reader, clerk, admin)
TABLES: dict[str, tuple[str, str, str]] = {
    "alembic_version": (READ, READ, READ),  # schema upgrades are the administrator's
    "register_info": (READ, READ, "SELECT, UPDATE"),
    "business": (READ, READ, ALL),
    "settings": (READ, READ, ALL),
    "users": (READ, READ, ALL),  # own password change: a column grant below
    "audit_log": (NONE, NONE, "SELECT, INSERT"),  # + INSERT and (id, hash) for all, below
    "customers": (READ, ALL, ALL),  # DELETE guarded: merges only, audited (server_roles)
    "customer_addresses": (READ, ALL, ALL),
    "customer_phones": (READ, ALL, ALL),
    "customer_emails": (READ, ALL, ALL),
    "customer_tags": (READ, ALL, ALL),
    "customer_custom_values": (READ, ALL, ALL),
    "consent_entries": (READ, ALL, ALL),
    "processing_prohibitions": (READ, ALL, ALL),
    "contact_events": (READ, ALL, ALL),
    "orders": (READ, ALL, ALL),
    "attachments": (READ, ALL, ALL),
    "suppression_hashes": (NONE, "SELECT, INSERT", ALL),  # imports and erasure only
    "register_descriptions": (READ, READ, ALL),
    "disclosures": (READ, WRITE, ALL),
    "letters": (READ, ALL, ALL),  # a draft letter may be thrown away
    "user_signatures": (READ, ALL, ALL),
    "requests": (READ, WRITE, ALL),  # requests are erased by retention only (main user)
    "request_kinds": (READ, ALL, ALL),
    "request_events": (READ, WRITE, ALL),
    "request_attachments": (READ, ALL, ALL),
    "rectifications": (READ, WRITE, ALL),
    "request_decisions": (READ, WRITE, ALL),
    "statement_handouts": (READ, WRITE, ALL),
    # anyone who may print the statement publishes it, and what was published stays (Art. 13)
    "published_statements": ("SELECT, INSERT", "SELECT, INSERT", ALL),
    # recorded with a request (Art. 16), moved by a merge and erased with the customer
    "supplementary_statements": (READ, ALL, ALL),
}

# Column grants for every role, on top of TABLES.
EVERYONE_COLUMNS: list[tuple[str, str]] = [
    ("SELECT (id, hash)", "audit_log"),  # the chain's head and its anchor
    ("INSERT", "audit_log"),
    ("UPDATE (password_changed_at)", "users"),  # one's own password (UserService)
]

ROLE_ORDER = (Role.READER, Role.CLERK, Role.ADMIN)


def privileges(table: str, role: Role) -> str:
    return TABLES[table][ROLE_ORDER.index(role)]
