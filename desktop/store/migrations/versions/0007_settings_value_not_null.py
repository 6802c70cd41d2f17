"""Settings: a setting's value is never NULL, as the models have always said.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Kirjuri writes a missing value as JSON null; a NULL put there by hand reads the same.
    op.execute("UPDATE settings SET value = 'null' WHERE value IS NULL")
    # A batch copy is safe here: no trigger is defined on `settings` (unlike customers, see 0004).
    with op.batch_alter_table("settings") as batch:
        batch.alter_column("value", existing_type=sa.JSON, nullable=False)


def downgrade() -> None:
    raise NotImplementedError("Kirjuri registers are never downgraded")
