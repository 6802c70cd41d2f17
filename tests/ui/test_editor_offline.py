"""The customer editor on a server register whose connection is cut in the middle of a save:
it says so (translated, in place of "Saved."), keeps what was typed, saves nothing half, and
tries again — the retry goes in once the workstation connects again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from desktop.core.customer_form import CustomerForm
from desktop.services.access.gate import Gate
from desktop.services.container import Services
from desktop.ui.customers.editor import CustomerEditor
from tests.pg_cluster import Cluster
from tests.registers import (  # noqa: F401 - fixtures pytest finds by name
    PASSWORDS,
    ServerTemplate,
    copy_server_register,
    pg_cluster,
    pg_register_template,
)

pytestmark = pytest.mark.pg


@pytest.fixture
def clerk(
    pg_cluster: Cluster,  # noqa: F811 - the imported fixture
    pg_register_template: ServerTemplate,  # noqa: F811
    tmp_path: Path,
) -> Iterator[Services]:
    files, database = copy_server_register(pg_cluster, pg_register_template, tmp_path / "reg")
    gate = Gate(files)
    yield Services.for_user(gate, gate.login("ville", PASSWORDS["ville"]).user)
    gate.close()
    pg_cluster.drop_database(database)


def test_a_cut_save_is_said_kept_and_tried_again(qtbot, clerk, pg_cluster, english) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    made = clerk.customers.create(CustomerForm(first_name="Anna", last_name="Asiakas"))
    editor = CustomerEditor(clerk, clerk.customers.get(made.id))
    qtbot.addWidget(editor, before_close_func=lambda e: e.discard_changes())
    editor.show()
    editor.retry_ms = 300
    editor.relationship.notes.setPlainText("Soita iltaisin")
    cut: list[int] = []

    def cut_once(session: Session, _context: Any) -> None:
        if not cut:  # the save's own backend goes, after its flush and before its commit
            pid = int(session.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar_one())
            cut.append(pid)
            pg_cluster.execute(f"SELECT pg_terminate_backend({pid}, 5000)")

    event.listen(Session, "after_flush", cut_once)
    try:
        editor.save()
        assert cut, "the save reached the server"
        assert "connection to the office's server was lost" in editor.saved_label.text()
        assert editor.relationship.notes.toPlainText() == "Soita iltaisin"
        assert clerk.customers.get(made.id, record_view=False).form.notes == ""
        assert editor.retry_timer.isActive()
        qtbot.waitUntil(lambda: editor.saved_label.text() == "Saved.", timeout=5000)
    finally:
        event.remove(Session, "after_flush", cut_once)
    assert clerk.customers.get(made.id, record_view=False).form.notes == "Soita iltaisin"
    assert not editor.has_unsaved_changes()
