"""One request: its details, identity check, deadline, handling per kind, status, attachments
and event log. Every action runs through run_op and the dialog reads the request again after."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.requests import IdentityMethod, RequestStatus, can_move
from desktop.core.roles import Permission
from desktop.errors import UserError, ValidationError
from desktop.services.container import Services
from desktop.services.requests.log import RequestDetail, RequestEventRow
from desktop.ui.customers.tables import fill_table, make_table
from desktop.ui.documents.labels import letter_note_text
from desktop.ui.i18n import error_text, field_texts, format_date, translate
from desktop.ui.messages import confirm, show_error
from desktop.ui.ops import run_op
from desktop.ui.requests.attachments import AttachmentsTab
from desktop.ui.requests.handling import HandlingTab
from desktop.ui.requests.labels import (
    channel_text,
    deadline_colour,
    event_text,
    identity_method_text,
    identity_methods,
    kind_label,
    received_text,
    row_days_text,
    status_text,
)
from desktop.ui.requests.letters_tab import LettersTab
from desktop.ui.requests.small_dialogs import ReasonDialog
from desktop.ui.widgets.buttons import dialog_button
from desktop.ui.widgets.form import CheckedForm
from desktop.ui.widgets.screen import CurrentTabWidget, fit_to_screen, scrolled

LANGUAGE_NAMES = {"fi": "suomi", "sv": "svenska", "en": "English"}


def value_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


PASSWORD_DELIVERY = {
    "letter": QT_TRANSLATE_NOOP("RequestDialog", "Password by a separate letter"),
    "phone": QT_TRANSLATE_NOOP("RequestDialog", "Password by telephone"),
}


def note_text(event: RequestEventRow) -> str:
    """Notes that are codes (the identity check's method, how a password goes) as labels."""
    if event.action == "identity_checked":
        return identity_method_text(event.note)
    if event.action == "portability_encrypted" and event.note in PASSWORD_DELIVERY:
        return translate("RequestDialog", PASSWORD_DELIVERY[event.note])
    if event.action.startswith("letter_"):  # the letter's kind (and how it was sent) as codes
        return letter_note_text(event.note)
    return event.note


class RequestDialog(QDialog):
    def __init__(
        self,
        services: Services,
        request_id: int,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setProperty("helpTopic", "rights")  # F1: the guide's page on the rights
        self.setObjectName("requestDialog")
        self.services = services
        self.request_id = request_id
        self.today = today or date.today()
        self.detail: RequestDetail | None = None
        self.decision_dialog: QDialog | None = None
        self.can_handle = services.user.can(Permission.HANDLE_REQUESTS)

        self.heading = value_label("requestHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.status_label = value_label("requestStatus")
        self.due_label = value_label("requestDue")
        for label in (self.status_label, self.due_label):
            label.setWordWrap(False)
        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(self.status_label)
        header.addSpacing(16)
        header.addWidget(self.due_label)

        # As tall as the tab shown: a short tab scrolls no more because the letters are tall.
        self.tabs = CurrentTabWidget()
        self.tabs.setObjectName("requestTabs")
        self.tabs.addTab(self._details_tab(), self.tr("Request"))
        self.tabs.addTab(self._identity_tab(), self.tr("Identity and deadline"))
        self.handling = HandlingTab(services, request_id, self.reload, today=self.today)
        self.tabs.addTab(self.handling, self.tr("Handling"))
        self.attachments = AttachmentsTab(services, request_id, self.reload)
        self.tabs.addTab(self.attachments, self.tr("Attachments"))
        self.letters = LettersTab(services, request_id, self.reload)
        self.tabs.addTab(self.letters, self.tr("Letters"))
        self.events = make_table(
            "requestEvents", [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Note")]
        )
        self.tabs.addTab(self.events, self.tr("Event log"))

        self.answered_button = dialog_button(
            self.tr("Answered…"), "markAnswered", self.mark_answered
        )
        self.refuse_button = dialog_button(
            self.tr("Refuse the request…"), "refuseRequest", self.refuse
        )
        self.close_button = dialog_button(
            self.tr("Close the request"), "closeRequest", self.close_request
        )
        self.reopen_button = dialog_button(self.tr("Reopen…"), "reopenRequest", self.reopen)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        for widget in (
            self.answered_button,
            self.refuse_button,
            self.close_button,
            self.reopen_button,
        ):
            bottom.addWidget(widget)
        bottom.addStretch(1)
        bottom.addWidget(buttons)

        body = QWidget()
        body.setObjectName("requestBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(header)
        column.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolled(body), 1)  # the buttons below, always on the screen
        layout.addLayout(bottom)
        fit_to_screen(self, 900, 640)
        self.reload()

    # --- building ------------------------------------------------------------------------------
    def _details_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.details: dict[str, QLabel] = {}
        for key, title in (
            ("requester", self.tr("Requester")),
            ("address", self.tr("Address")),
            ("representative", self.tr("Representative")),
            ("kinds", self.tr("Asks for")),
            ("description", self.tr("What was asked")),
            ("received", self.tr("Received")),
            ("channel", self.tr("Came by")),
            ("signed", self.tr("Signed by hand")),
            ("language", self.tr("Reply in")),
            ("outcome", self.tr("Outcome")),
        ):
            self.details[key] = value_label(f"detail_{key}")
            form.addRow(title, self.details[key])
        return tab

    def _identity_tab(self) -> QWidget:
        tab = QWidget()
        identity = QGroupBox(self.tr("Identity"))
        self.identity_state = value_label("identityState")
        self.identity_method = QComboBox()
        self.identity_method.setObjectName("identityMethod")
        for method, text in identity_methods():
            self.identity_method.addItem(text, method.value)
        self.identity_note = QLineEdit()
        self.identity_note.setObjectName("identityNote")
        self.identity_note.setPlaceholderText(self.tr("How, if not plain from the method"))
        self.identity_form = CheckedForm()
        self.identity_form.add_field(
            "identity_method", self.tr("How it was checked"), self.identity_method
        )
        self.identity_form.add_field("identity_note", self.tr("Note"), self.identity_note)
        self.record_identity_button = dialog_button(
            self.tr("Record the identity check"), "recordIdentity", self.record_identity
        )
        self.wait_button = dialog_button(
            self.tr("Waiting for identification"), "waitForIdentification", self.wait_for_id
        )
        self.wait_button.setToolTip(
            self.tr("The deadline keeps running while the person is asked to identify themselves.")
        )
        identity_buttons = QHBoxLayout()
        identity_buttons.addWidget(self.record_identity_button)
        identity_buttons.addWidget(self.wait_button)
        identity_buttons.addStretch(1)
        column = QVBoxLayout(identity)
        column.addWidget(self.identity_state)
        column.addLayout(self.identity_form)
        column.addLayout(identity_buttons)

        deadline = QGroupBox(self.tr("Deadline"))
        self.deadline_state = value_label("deadlineState")
        self.extend_button = dialog_button(self.tr("Extend…"), "extendRequest", self.extend)
        self.extend_button.setToolTip(
            self.tr("Two further months (Art. 12(3)), once, before the first deadline.")
        )
        deadline_row = QHBoxLayout(deadline)
        deadline_row.addWidget(self.deadline_state, 1)
        deadline_row.addWidget(self.extend_button, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(tab)
        layout.addWidget(identity)
        layout.addWidget(deadline)
        layout.addStretch(1)
        return tab

    # --- showing -------------------------------------------------------------------------------
    def reload(self) -> None:
        run_op(
            parent=self,
            work=lambda: self.services.requests.get(self.request_id),
            on_success=self._show,
        )

    def _show(self, detail: RequestDetail) -> None:
        self.detail = detail
        row, form = detail.row, detail.form
        if row.kinds:  # F1: the guide's section on the (first) right asked for
            self.setProperty("helpTopic", f"rights#{row.kinds[0].value.replace('_', '-')}")
        self.setWindowTitle(self.tr("Request {number}").format(number=row.diary_number))
        self.heading.setText(
            self.tr("{number} · {requester}").format(
                number=row.diary_number, requester=row.requester or self.tr("(no name)")
            )
        )
        self.status_label.setText(status_text(row.status))
        days = row_days_text(row, self.today)
        due = self.tr("Due {date}").format(date=format_date(row.due_on))
        self.due_label.setText(f"{due} · {days}" if days else due)
        colour = deadline_colour(row.due_on, self.today) if days else None
        self.due_label.setStyleSheet(
            f"color: {colour.name()}; font-weight: bold;" if colour else ""
        )

        representative = form.representative_name
        if representative and form.representative_authorisation:
            representative = f"{representative} ({form.representative_authorisation})"
        for key, text in (
            ("requester", row.requester),
            ("address", form.requester_address),
            ("representative", representative),
            ("kinds", "\n".join(kind_label(kind) for kind in row.kinds)),
            ("description", form.description),
            ("received", received_text(row.received_at)),
            ("channel", channel_text(row.channel)),
            ("signed", self.tr("Yes") if form.signed_by_hand else self.tr("No")),
            ("language", LANGUAGE_NAMES.get(form.reply_language, form.reply_language)),
            ("outcome", detail.outcome),
        ):
            self.details[key].setText(text or "—")

        self._show_identity(detail)
        self.letters.show_detail(detail)  # first: the deadline box says when the reply left
        self._show_deadline(detail)
        self.handling.show_detail(detail)
        self.attachments.load()
        fill_table(
            self.events,
            [
                [
                    received_text(event.at),
                    event.username,
                    event_text(event.action),
                    note_text(event),
                ]
                for event in detail.events
            ],
        )
        self._show_status_buttons(row.status)

    def _show_identity(self, detail: RequestDetail) -> None:
        if detail.identity_checked_at is not None:
            text = self.tr("Checked {when} by {who}: {method}").format(
                when=received_text(detail.identity_checked_at),
                who=detail.identity_checked_by,
                method=identity_method_text(detail.identity_method),
            )
            if detail.identity_note:
                text += f" — {detail.identity_note}"
        else:
            text = self.tr("Not checked yet.")
        self.identity_state.setText(text)
        status = detail.row.status
        open_ = status not in (RequestStatus.ANSWERED, RequestStatus.REFUSED, RequestStatus.CLOSED)
        for widget in (self.identity_method, self.identity_note, self.record_identity_button):
            widget.setEnabled(self.can_handle and open_)
        self.record_identity_button.setVisible(self.can_handle)
        self.wait_button.setVisible(
            self.can_handle and can_move(status, RequestStatus.WAITING_FOR_IDENTIFICATION)
        )

    def _show_deadline(self, detail: RequestDetail) -> None:
        row = detail.row
        lines = [
            self.tr("Received {when}.").format(when=received_text(row.received_at)),
            self.tr("Reply due {date}.").format(date=format_date(row.due_on)),
        ]
        days = row_days_text(row, self.today)
        if days:
            lines[-1] += f" ({days})"
        if row.extended:
            lines.append(
                self.tr("Extended on {date}: {reason}").format(
                    date=format_date(detail.extended_on), reason=detail.extension_reason
                )
            )
        if detail.answered_on is not None:
            lines.append(
                self.tr("Answered on {date}.").format(date=format_date(detail.answered_on))
            )
        sent = self.letters.answer_sent_text()
        if sent:
            lines.append(self.tr("Reply sent: {sent}").format(sent=sent))
        self.deadline_state.setText("\n".join(lines))
        self.extend_button.setVisible(
            self.can_handle
            and not row.extended
            and row.status
            in (
                RequestStatus.RECEIVED,
                RequestStatus.WAITING_FOR_IDENTIFICATION,
                RequestStatus.IN_PROGRESS,
            )
        )

    def _show_status_buttons(self, status: RequestStatus) -> None:
        handle = self.can_handle
        self.answered_button.setVisible(handle and can_move(status, RequestStatus.ANSWERED))
        self.refuse_button.setVisible(handle and can_move(status, RequestStatus.REFUSED))
        self.close_button.setVisible(handle and can_move(status, RequestStatus.CLOSED))
        self.reopen_button.setVisible(handle and status is RequestStatus.CLOSED)

    # --- actions -------------------------------------------------------------------------------
    def act(
        self, work: Callable[[], Any], on_user_error: Callable[[UserError], None] | None = None
    ) -> None:
        """Run one action and read the request again after it, whatever came of it."""
        run_op(parent=self, work=work, on_user_error=on_user_error, on_done=self.reload)

    def wait_for_id(self) -> None:
        """Art. 12(6): more information only on a reasonable doubt, which the letter states."""
        dialog = ReasonDialog(
            self.tr("Ask for identification"),
            self.tr(
                "What gives reasonable doubt that the requester is the person the data is about? "
                "The identification letter tells them, in these words."
            ),
            self.tr("Reasonable doubt"),
            self.tr("Wait for identification"),
            parent=self,
        )
        if dialog.exec():
            doubt = dialog.text()
            self.act(lambda: self.services.requests.wait_for_identification(self.request_id, doubt))

    def record_identity(self) -> None:
        self.identity_form.clear_errors()
        method = IdentityMethod(self.identity_method.currentData())
        note = self.identity_note.text()

        def done(_row: object) -> None:
            self.identity_note.clear()
            self.reload()

        run_op(
            parent=self,
            work=lambda: self.services.requests.record_identity_check(
                self.request_id, method, note
            ),
            on_success=done,
            on_user_error=self._identity_problem,
        )

    def _identity_problem(self, error: UserError) -> None:
        if isinstance(error, ValidationError):
            self.identity_form.show_errors(field_texts(error))
        else:
            show_error(self, error_text(error))

    def extend(self) -> None:
        dialog = ReasonDialog(
            self.tr("Extend the time to reply"),
            self.tr(
                "The reply may be given two months later, if the request is complex or there are "
                "many. The person must be told of the extension and why within the first month."
            ),
            self.tr("Reason"),
            self.tr("Extend"),
            parent=self,
        )
        if dialog.exec():
            reason = dialog.text()
            self.act(lambda: self.services.requests.extend(self.request_id, reason))

    def mark_answered(self) -> None:
        dialog = ReasonDialog(
            self.tr("Answered"),
            self.tr("Record that the reply was sent. What was done can be written down here."),
            self.tr("What was done"),
            self.tr("Mark as answered"),
            required=False,
            parent=self,
        )
        if dialog.exec():
            note = dialog.text()
            self.act(
                lambda: self.services.requests.move(
                    self.request_id, RequestStatus.ANSWERED, note=note
                )
            )

    def refuse(self) -> None:
        """The whole request refused on a ground every right shares: manifestly unfounded or
        excessive (Art. 12(5)), or the identity not established (11(2), 12(6)). A refusal on a
        right's own ground (17(3), 15(4), 21(1), 16) is decided on the Handling tab."""
        from desktop.ui.requests.decision_dialog import DecisionDialog

        kinds = self.detail.row.kinds if self.detail is not None else ()
        if not kinds:
            return
        dialog = DecisionDialog(kinds[0], self, whole_request=True)
        self.decision_dialog = dialog  # while open, for tests
        accepted = dialog.exec()
        self.decision_dialog = None
        if accepted:
            ground = dialog.chosen_ground()
            reasons = dialog.reasons.toPlainText().strip()
            late = dialog.late_reason.text().strip()
            today = self.today
            self.act(
                lambda: self.services.rights.refuse_request(
                    self.request_id, ground, reasons=reasons, late_reason=late, today=today
                )
            )

    def close_request(self) -> None:
        text = self.tr(
            "Close request {number}? Copies of identity documents attached to it are deleted; "
            "the request and its event log are kept as proof of handling."
        ).format(number=self.detail.row.diary_number if self.detail else "")
        if confirm(self, text, self.tr("Close the request")):
            self.act(lambda: self.services.rights.close(self.request_id))

    def reopen(self) -> None:
        dialog = ReasonDialog(
            self.tr("Reopen the request"),
            self.tr("The request goes back to in progress. The reopening is logged."),
            self.tr("Why"),
            self.tr("Reopen"),
            parent=self,
        )
        if dialog.exec():
            note = dialog.text()
            self.act(
                lambda: self.services.requests.move(
                    self.request_id, RequestStatus.IN_PROGRESS, note=note
                )
            )
