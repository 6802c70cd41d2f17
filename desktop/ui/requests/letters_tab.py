"""The request's letters: draft one from its template, edit it, preview, sign and print, save as
PDF, mark as sent. A signed letter is shown as stored, with its SHA-256."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.consistency import Finding
from desktop.core.letters import (
    ANSWERS,
    Delivery,
    LetterKind,
    LetterState,
    closes_request,
    short_hash,
)
from desktop.core.roles import Permission
from desktop.errors import UserError, ValidationError
from desktop.services.container import Services
from desktop.services.letters.service import LetterDetail, LetterEdit, LetterRow
from desktop.services.requests.log import RequestDetail
from desktop.ui.customers.tables import fill_table, make_table, selected_key
from desktop.ui.documents.actions import letter_title, preview_letter, print_letter, save_letter
from desktop.ui.documents.labels import kind_text, kinds, sent_text, state_text
from desktop.ui.documents.output import print_pdf
from desktop.ui.documents.preview import PdfPreviewDialog
from desktop.ui.i18n import error_text, field_texts, format_datetime
from desktop.ui.messages import confirm, show_error, show_info
from desktop.ui.ops import run_op
from desktop.ui.requests.sent_dialog import MarkSentDialog
from desktop.ui.widgets.buttons import dialog_button
from desktop.ui.widgets.flow_layout import FlowLayout


def _editor(name: str, lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    height = edit.fontMetrics().lineSpacing() * lines + 12
    edit.setMinimumHeight(height)
    if lines <= 5:
        edit.setMaximumHeight(height)
    return edit


class LettersTab(QWidget):
    def __init__(self, services: Services, request_id: int, on_change: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName("lettersTab")
        self.services = services
        self.request_id = request_id
        self.on_change = on_change
        self.can_handle = services.user.can(Permission.HANDLE_REQUESTS)
        self.can_sign = self.can_handle and services.user.can(Permission.PRINT_LETTERS)
        self.rows: list[LetterRow] = []
        self.current: LetterDetail | None = None
        self.request_status = ""  # a RequestStatus value, from show_detail

        top = self._new_letter_row()
        self.table = make_table(
            "requestLetters",
            [self.tr("Letter"), self.tr("State"), self.tr("Signed"), self.tr("Sent"), "SHA-256"],
        )
        self.table.itemSelectionChanged.connect(self._selected)
        self.editor = self._letter_editor()

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        QShortcut(QKeySequence.StandardKey.Print, self, self._print_shortcut)
        for widget in (self.kind, self.new_button, self.recipient_choice):
            widget.setVisible(self.can_handle)
        self.recipient_label.setVisible(False)
        self.recipient_choice.setVisible(False)
        self._show_letter(None)

    # --- building ------------------------------------------------------------------------------
    def _new_letter_row(self) -> QHBoxLayout:
        """Which letter to draft next, to whom (for notices), and the button that drafts it."""
        self.kind = QComboBox()
        self.kind.setObjectName("letterKind")
        for kind, label in kinds():
            self.kind.addItem(label, kind.value)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.recipient_choice = QComboBox()
        self.recipient_choice.setObjectName("noticeRecipient")
        self.recipient_label = QLabel(self.tr("To"))
        self.new_button = dialog_button(self.tr("New letter"), "newLetter", self.new_letter)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Letter")))
        top.addWidget(self.kind, 1)
        top.addWidget(self.recipient_label)
        top.addWidget(self.recipient_choice, 1)
        top.addWidget(self.new_button)
        return top

    def _letter_editor(self) -> QGroupBox:
        """The chosen letter's fields and what can be done with it."""
        editor = QGroupBox(self.tr("The letter"))
        self.info = QLabel()
        self.info.setObjectName("letterInfo")
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column = QVBoxLayout(editor)
        column.addLayout(self._letter_fields(), 1)
        column.addWidget(self.info)
        column.addLayout(self._letter_actions())
        return editor

    def _letter_fields(self) -> QGridLayout:
        self.recipient = _editor("letterRecipient", 4)
        self.enclosures = _editor("letterEnclosures", 4)
        self.distribution = _editor("letterDistribution", 4)
        self.copies = _editor("letterCopies", 4)
        self.text = _editor("letterText", 14)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Recipient")), 0, 0)
        grid.addWidget(QLabel(self.tr("Enclosures")), 0, 1)
        grid.addWidget(QLabel(self.tr("Distribution")), 0, 2)
        grid.addWidget(QLabel(self.tr("Copy to")), 0, 3)
        grid.addWidget(self.recipient, 1, 0)
        grid.addWidget(self.enclosures, 1, 1)
        grid.addWidget(self.distribution, 1, 2)
        grid.addWidget(self.copies, 1, 3)
        self.distribution.setToolTip(
            self.tr("Who receives the letter besides the recipient, one a line")
        )
        self.text_label = QLabel(self.tr("Text (the first line is the subject)"))
        grid.addWidget(self.text_label, 2, 0, 1, 4)
        grid.addWidget(self.text, 3, 0, 1, 4)
        return grid

    def _letter_actions(self) -> FlowLayout:
        self.save_button = dialog_button(self.tr("Save draft"), "saveLetter", self.save_draft)
        self.preview_button = dialog_button(self.tr("Preview"), "previewLetter", self.preview)
        self.sign_button = dialog_button(
            self.tr("Sign and print…"), "signLetter", self.sign_and_print
        )
        self.print_button = dialog_button(self.tr("Print again…"), "printLetter", self.print_again)
        self.pdf_button = dialog_button(self.tr("Save as PDF…"), "saveLetterPdf", self.save_as_pdf)
        self.sent_button = dialog_button(self.tr("Mark as sent…"), "markLetterSent", self.mark_sent)
        self.discard_button = dialog_button(self.tr("Discard draft"), "discardLetter", self.discard)
        # A flow: seven long Finnish or Swedish button texts wrap to a second row on a small
        # screen instead of making the request scroll sideways.
        actions = FlowLayout()
        for widget in (
            self.save_button,
            self.preview_button,
            self.sign_button,
            self.print_button,
            self.pdf_button,
            self.sent_button,
            self.discard_button,
        ):
            actions.addWidget(widget)
        return actions

    # --- showing -------------------------------------------------------------------------------
    def show_detail(self, detail: RequestDetail) -> None:
        """Called by the dialog each time the request is read again."""
        self.request_status = detail.row.status.value
        run_op(
            parent=self,
            work=lambda: (
                self.services.letters.for_request(self.request_id),
                self.services.letters.suggest(self.request_id),
            ),
            on_success=self._show_rows,
        )

    def _show_rows(self, result: tuple[list[LetterRow], LetterKind]) -> None:
        rows, suggested = result
        keep = self.current.row.id if self.current else None
        self.rows = rows
        if not self.current:
            self.kind.setCurrentIndex(max(0, self.kind.findData(suggested.value)))
        fill_table(
            self.table,
            [
                [
                    kind_text(row.kind),
                    state_text(row.state),
                    f"{format_datetime(row.signed_at)} {row.signed_by_name}".strip(),
                    sent_text(row),
                    short_hash(row.sha256)[:17] if row.sha256 else "",
                ]
                for row in rows
            ],
            [row.id for row in rows],
        )
        if keep is not None:
            self._select(keep)

    def answer_sent_text(self) -> str:
        """When the first answering letter left, and whether in time (for the deadline box)."""
        sent = [row for row in self.rows if row.kind in ANSWERS and row.sent_on is not None]
        return sent_text(min(sent, key=lambda row: row.sent_on or row.due_on)) if sent else ""

    def _select(self, letter_id: int) -> None:
        for index, row in enumerate(self.rows):
            if row.id == letter_id:
                self.table.selectRow(index)
                return

    def _selected(self) -> None:
        key = selected_key(self.table)
        if key is None:
            return
        run_op(
            parent=self, work=lambda: self.services.letters.get(key), on_success=self._show_letter
        )

    def _show_letter(self, detail: LetterDetail | None) -> None:
        self.current = detail
        draft = detail is not None and detail.row.state is LetterState.DRAFT
        signed = detail is not None and detail.row.state is LetterState.SIGNED
        for edit, value in (
            (self.recipient, detail.recipient if detail else ""),
            (self.enclosures, detail.enclosures if detail else ""),
            (self.distribution, detail.distribution if detail else ""),
            (self.copies, detail.copies if detail else ""),
            (self.text, detail.text if detail else ""),
        ):
            edit.setPlainText(value)
            edit.setReadOnly(not (draft and self.can_handle))
        self.editor.setEnabled(detail is not None)
        self.save_button.setVisible(draft and self.can_handle)
        self.discard_button.setVisible(draft and self.can_handle)
        self.preview_button.setVisible(detail is not None and (signed or self.can_handle))
        self.sign_button.setVisible(draft and self.can_sign)
        self.print_button.setVisible(signed and self.can_sign)
        self.pdf_button.setVisible(signed)
        self.sent_button.setVisible(signed and self.can_handle)
        self.info.setText(self._info(detail))

    def _info(self, detail: LetterDetail | None) -> str:
        if detail is None:
            return self.tr("Choose a letter above, or make a new one.")
        row = detail.row
        if row.state is LetterState.DRAFT:
            return self.tr("Draft: edit the text, look at the preview, then sign and print.")
        lines = [
            self.tr("Signed {when} by {who}. SHA-256: {sha}").format(
                when=format_datetime(row.signed_at), who=row.signed_by_name, sha=row.sha256
            )
        ]
        sent = sent_text(row)
        lines.append(
            self.tr("Sent: {sent}").format(sent=sent)
            if sent
            else self.tr("Not marked as sent yet.")
        )
        return "\n".join(lines)

    def _kind_changed(self) -> None:
        notice = LetterKind(self.kind.currentData()) is LetterKind.RECIPIENT_NOTICE
        self.recipient_label.setVisible(notice and self.can_handle)
        self.recipient_choice.setVisible(notice and self.can_handle)
        if notice and self.recipient_choice.count() == 0:
            run_op(
                parent=self,
                work=lambda: self.services.letters.recipients(self.request_id),
                on_success=lambda names: self.recipient_choice.addItems(names),
            )

    # --- actions -------------------------------------------------------------------------------
    def _edit(self) -> LetterEdit:
        return LetterEdit(
            self.text.toPlainText(),
            self.recipient.toPlainText(),
            self.enclosures.toPlainText(),
            self.copies.toPlainText(),
            self.distribution.toPlainText(),
        )

    def _problem(self, error: UserError) -> None:
        if isinstance(error, ValidationError):
            show_error(self, "\n".join(field_texts(error).values()))
        else:
            show_error(self, error_text(error))

    def _after(self, detail: LetterDetail | LetterRow | None) -> None:
        if isinstance(detail, LetterDetail):
            self.current = detail
        self.on_change()

    def new_letter(self) -> None:
        kind = LetterKind(self.kind.currentData())
        recipient = (
            self.recipient_choice.currentText() or None
            if kind is LetterKind.RECIPIENT_NOTICE
            else None
        )

        def made(detail: LetterDetail) -> None:
            self._show_letter(detail)
            self.on_change()
            run_op(
                parent=self,
                work=lambda: self.services.letters.description_findings(self.request_id),
                on_success=self._warn,
            )

        run_op(
            parent=self,
            work=lambda: self.services.letters.create(self.request_id, kind, recipient=recipient),
            on_success=made,
        )

    def _warn(self, found: list[Finding]) -> None:
        """The register description disagrees with the data, but not so that drafting stops."""
        if found:
            show_info(
                self,
                "\n\n".join(
                    QCoreApplication.translate("Errors", f.message).format(subject=f.subject)
                    for f in found
                ),
            )

    def save_draft(self) -> None:
        if self.current is None:
            return
        letter_id, edit = self.current.row.id, self._edit()
        run_op(
            parent=self,
            work=lambda: self.services.letters.update(letter_id, edit),
            on_success=self._after,
            on_user_error=self._problem,
        )

    def preview(self) -> None:
        if self.current is None:
            return
        row = self.current.row
        if row.state is LetterState.SIGNED:
            preview_letter(self, self.services, row)
            return
        edit = self._edit()

        def sign_from_preview() -> None:
            self.last_preview.close()
            self.sign_and_print()

        def show(pdf: bytes) -> None:
            dialog = PdfPreviewDialog(
                pdf,
                letter_title(row),
                # A draft prints only signed: the preview's Print asks to sign, as the tab does.
                on_print=sign_from_preview if self.can_sign else None,
                parent=self,
            )
            dialog.setWindowTitle(self.tr("Preview: {title}").format(title=letter_title(row)))
            self.last_preview = dialog
            dialog.open()

        run_op(
            parent=self,
            work=lambda: self.services.letters.preview(row.id, edit),
            on_success=show,
            on_user_error=self._problem,
        )

    def sign_and_print(self) -> None:
        if self.current is None:
            return
        text = self.tr(
            "Sign this letter as {name}? The signed letter is kept in the register exactly as it "
            "prints, and it cannot be changed afterwards."
        ).format(name=self.services.user.full_name)
        if not confirm(self, text, self.tr("Sign and print")):
            return
        letter_id, edit = self.current.row.id, self._edit()

        def signed(row: LetterRow) -> None:
            self.on_change()
            run_op(
                parent=self,
                work=lambda: self.services.letters.pdf(row.id),
                on_success=lambda pdf: self._print_signed(row, pdf),
            )

        run_op(
            parent=self,
            work=lambda: self.services.letters.sign(letter_id, edit),
            on_success=signed,
            on_user_error=self._problem,
        )

    def _print_signed(self, row: LetterRow, pdf: bytes) -> None:
        if print_pdf(self, pdf, letter_title(row)):
            run_op(parent=self, work=lambda: self.services.letters.record_output(row.id, "print"))
            self.on_change()

    def print_again(self) -> None:
        if self.current is not None:
            print_letter(self, self.services, self.current.row)
            self.on_change()

    def save_as_pdf(self) -> None:
        if self.current is not None:
            save_letter(self, self.services, self.current.row)
            self.on_change()

    def mark_sent(self) -> None:
        if self.current is None:
            return
        row = self.current.row
        request_id = self.request_id

        def submit(day: date, how: Delivery, tracking: str, close: bool) -> object:
            sent = self.services.letters.mark_sent(row.id, day, how, tracking)
            if close:
                self.services.rights.close_after_reply(request_id)
            return sent

        dialog = MarkSentDialog(
            self.tr("{letter}, signed {when}.").format(
                letter=kind_text(row.kind), when=format_datetime(row.signed_at)
            ),
            submit,
            parent=self,
            may_close=self.can_handle and closes_request(row.kind, self.request_status),
        )
        if dialog.exec():
            self.on_change()

    def discard(self) -> None:
        if self.current is None:
            return
        if not confirm(self, self.tr("Discard this draft?"), self.tr("Discard")):
            return
        letter_id = self.current.row.id

        def gone(_result: object) -> None:
            self._show_letter(None)
            self.on_change()

        run_op(parent=self, work=lambda: self.services.letters.discard(letter_id), on_success=gone)

    def _print_shortcut(self) -> None:
        if self.current is None:
            return
        if self.current.row.state is LetterState.SIGNED:
            self.print_again()
        elif self.can_sign:
            self.sign_and_print()
