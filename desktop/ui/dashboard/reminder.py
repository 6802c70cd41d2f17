"""The reminder after login: requests due within a week (or late), with a way to the dashboard."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services.requests.dashboard import DashboardSummary


def reminder_text(summary: DashboardSummary) -> str:
    """ "3 requests are due within 7 days (1 overdue)." """
    total = summary.due_soon_or_overdue
    text = QCoreApplication.translate(
        "Reminder", "%n request(s) due within 7 days or already late.", "", total
    )
    if summary.overdue.count:
        text += " " + QCoreApplication.translate(
            "Reminder", "%n of them overdue.", "", summary.overdue.count
        )
    return text


def show_reminder(
    parent: QWidget | None, summary: DashboardSummary, open_dashboard: Callable[[], None]
) -> bool:
    """Shows the reminder if one is needed; returns whether it was shown."""
    if not summary.reminder_needed:
        return False
    box = QMessageBox(parent)
    box.setObjectName("deadlineReminder")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("Reminder", "Requests due soon"))
    box.setText(reminder_text(summary))
    box.setInformativeText(
        QCoreApplication.translate(
            "Reminder", "The dashboard lists them by due date, the most urgent first."
        )
    )
    show = box.addButton(
        QCoreApplication.translate("Reminder", "Open the dashboard"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    later = box.addButton(
        QCoreApplication.translate("Reminder", "Later"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(show)
    box.setEscapeButton(later)
    box.exec()
    if box.clickedButton() is show:
        open_dashboard()
    return True
