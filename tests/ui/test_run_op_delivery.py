"""A background job's outcome never reaches a deleted widget (the demo hand-back's flake: the
dashboard's due count arrived after the demo window was deleted), and the busy cursor comes back
all the same."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget
from shiboken6 import isValid

from desktop.errors import UserError
from desktop.ui.ops import run_op


def _delete(widget: QWidget) -> None:
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not isValid(widget)


def test_outcome_for_a_deleted_widget_is_dropped(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    label = QLabel(window)
    release = threading.Event()
    calls: list[str] = []

    def show(count: int) -> None:
        calls.append("success")
        label.setText(str(count))  # would raise on a deleted label

    run_op(
        parent=window,
        work=lambda: (release.wait(10), 7)[1],
        on_success=show,
        on_done=lambda: calls.append("done"),
        background=True,
    )
    assert QGuiApplication.overrideCursor() is not None
    _delete(window)
    release.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.waitUntil(lambda: QGuiApplication.overrideCursor() is None, timeout=5_000)
    qtbot.wait(50)
    assert calls == []


def test_failure_for_a_deleted_widget_is_dropped(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    release = threading.Event()
    errors: list[UserError] = []

    def fail() -> None:
        release.wait(10)
        raise UserError()

    run_op(
        parent=window,
        work=fail,
        on_user_error=errors.append,
        background=True,
        busy_cursor=False,
    )
    _delete(window)
    release.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(100)
    assert errors == []


def test_outcome_for_a_live_widget_arrives_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    calls: list[object] = []
    run_op(
        parent=window,
        work=lambda: 7,
        on_success=calls.append,
        on_done=lambda: calls.append("done"),
        background=True,
    )
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=5_000)
    qtbot.waitUntil(lambda: QGuiApplication.overrideCursor() is None, timeout=5_000)
    qtbot.wait(50)
    assert calls == ["done", 7]


def test_a_parentless_job_is_kept_until_it_ends(qtbot) -> None:  # type: ignore[no-untyped-def]
    calls: list[object] = []
    run_op(parent=None, work=lambda: 3, on_success=calls.append, background=True)
    qtbot.waitUntil(lambda: calls == [3], timeout=5_000)
