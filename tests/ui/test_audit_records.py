"""Every kind of record the code writes to the audit log is named in the user's language in the
log's "Record" column (not "letter 1")."""

from __future__ import annotations

import ast
from datetime import datetime
from pathlib import Path

from desktop.services.register.audit_view import AuditLine
from desktop.ui import i18n
from desktop.ui.models.audit_model import ENTITY_LABELS, record_text

SOURCE = Path(__file__).resolve().parents[2] / "desktop"
ENTITY_POSITION = {"append": None, "_audit": 2}  # audit.append(entity=...), self._audit(s, a, e)


def written_entities() -> set[str]:
    """The literal record kinds of every audit call in the source."""
    found: set[str] = set()
    for path in SOURCE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            if node.func.attr not in ENTITY_POSITION:
                continue
            values = [k.value for k in node.keywords if k.arg == "entity"]
            position = ENTITY_POSITION[node.func.attr]
            if position is not None and len(node.args) > position:
                values.append(node.args[position])
            found |= {
                v.value for v in values if isinstance(v, ast.Constant) and isinstance(v.value, str)
            }
    return found


def test_the_collector_finds_letters_and_users() -> None:
    assert {"letter", "user", "request", "customer"} <= written_entities()


def test_every_written_record_kind_has_a_name() -> None:
    # A customer is named by its customer number (or as erased), not by a label.
    assert written_entities() - {"customer"} <= set(ENTITY_LABELS)


def _line(entity: str, entity_id: str) -> AuditLine:
    return AuditLine(
        1, datetime(2026, 12, 2, 9, 0), "demo", "letter_drafted", entity, entity_id, None, ()
    )


def test_a_letter_is_named_in_finnish_and_swedish(qapp) -> None:  # type: ignore[no-untyped-def]
    try:
        i18n.install("fi")
        assert record_text(_line("letter", "7")) == "Kirje 7"
        i18n.install("sv")
        assert record_text(_line("letter", "7")) == "Brev 7"
    finally:
        i18n.install("en")
