"""The store tests use the shared template registers."""

from tests.registers import (  # noqa: F401 - fixtures pytest finds by name
    PASSWORDS,
    Template,
    copy_register,
    files,
    passwords,
    pg_cluster,
    register_template,
)
