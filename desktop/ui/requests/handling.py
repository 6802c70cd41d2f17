"""Request → Handling: for each kind the person asked for, what can be done about it.

Access shows the data extract; rectification changes a field (or records a refusal); erasure
previews what goes and what the law keeps, then erases; restriction restricts or lifts;
portability writes the machine-readable file; objection, the direct-marketing ban and consent
withdrawal are recorded after a confirmation.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.requests import OPEN_STATUSES, RequestKind, RequestStatus
from desktop.core.roles import Permission
from desktop.errors import UserError
from desktop.services.container import Services
from desktop.services.requests.log import RequestDetail
from desktop.services.rights.base import IdentityNotChecked
from desktop.services.rights.portability import PasswordDelivery, PortabilityResult
from desktop.ui.file_dialogs import FolderKind, existing_folder
from desktop.ui.i18n import error_text, translate
from desktop.ui.messages import confirm, show_error
from desktop.ui.ops import run_op
from desktop.ui.printing import print_pdf
from desktop.ui.requests.labels import kind_label
from desktop.ui.requests.portability_dialogs import PackageDialog, PasswordDialog
from desktop.ui.requests.small_dialogs import (
    ConsentKindsDialog,
    ReasonDialog,
    RectifyDialog,
    TextDialog,
    field_label,
)
from desktop.ui.widgets.buttons import dialog_button

STATEMENT_BUTTON = "recordStatement"


class HandlingTab(QWidget):
    def __init__(
        self,
        services: Services,
        request_id: int,
        changed: Callable[[], None],
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.request_id = request_id
        self.changed = changed
        self.today = today or date.today()
        self.can_handle = services.user.can(Permission.HANDLE_REQUESTS)
        self.kinds: tuple[RequestKind, ...] | None = None
        self.buttons: dict[str, QPushButton] = {}
        self.notes: dict[RequestKind, QLabel] = {}
        self.extract_dialog: TextDialog | None = None  # while open, for tests
        self.override_dialog: ReasonDialog | None = None  # while open, for tests
        self.portability_note = ""
        self.refused_fields: tuple[str, ...] = ()  # rectifications refused: the statement's field
        self.statement_dialog: QDialog | None = None  # while open, for tests
        self.detail: RequestDetail | None = None
        inner = QWidget()
        self.column = QVBoxLayout(inner)
        self.column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # --- building ------------------------------------------------------------------------------
    def show_detail(self, detail: RequestDetail) -> None:
        if self.kinds is None:
            self.kinds = detail.row.kinds
            for kind in self.kinds:
                self.column.insertWidget(self.column.count() - 1, self._section(kind))
        status = detail.row.status
        workable = self.can_handle and (
            status in OPEN_STATUSES and status is not RequestStatus.WAITING_FOR_IDENTIFICATION
        )
        self.detail = detail
        waiting = status is RequestStatus.WAITING_FOR_IDENTIFICATION
        for widget in self.buttons.values():
            widget.setVisible(self.can_handle)
            widget.setEnabled(workable)
            widget.setToolTip(
                self.tr("Record how the identity was checked first (Identity and deadline).")
                if waiting
                else ""
            )
        if STATEMENT_BUTTON in self.buttons:
            # Also after the reply (answered, refused, closed): the statement comes later.
            linked = detail.row.customer_id is not None
            self.buttons[STATEMENT_BUTTON].setEnabled(self.can_handle and linked and not waiting)
        if RequestKind.RESTRICTION in self.notes and self.can_handle:
            # Offer what can be done now: restrict when not restricted, lift when restricted.
            restricted = self.services.rights.restriction_state(self.request_id)
            self.buttons["restrict"].setVisible(restricted is False)
            self.buttons["liftRestriction"].setVisible(restricted is True)
            self.buttons["planLift"].setVisible(restricted is True)
        if RequestKind.RECTIFICATION in self.notes:
            self._show_rectifications()

    def _section(self, kind: RequestKind) -> QGroupBox:
        box = QGroupBox(kind_label(kind))
        box.setObjectName(f"handle_{kind.value}")
        row = QHBoxLayout()
        actions = [
            *self._actions(kind),
            (self.tr("Decide…"), f"decide_{kind.value}", lambda: self.decide(kind)),
        ]
        for text, name, slot in actions:
            widget = dialog_button(text, name, slot)
            self.buttons[name] = widget
            row.addWidget(widget)
        row.addStretch(1)
        note = QLabel()
        note.setObjectName(f"note_{kind.value}")
        note.setWordWrap(True)
        note.hide()
        self.notes[kind] = note
        column = QVBoxLayout(box)
        column.addLayout(row)
        column.addWidget(note)
        return box

    def _actions(self, kind: RequestKind) -> list[tuple[str, str, Callable[[], None]]]:
        if kind is RequestKind.ACCESS:
            return [(self.tr("Show the data extract…"), "showExtract", self.show_extract)]
        if kind is RequestKind.RECTIFICATION:
            return [
                (self.tr("Rectify…"), "rectify", self.rectify),
                (self.tr("Refuse a change…"), "refuseRectification", self.refuse_rectification),
                # Art. 16: the person's own statement, which may come after the reply.
                (
                    self.tr("Record a supplementary statement…"),
                    STATEMENT_BUTTON,
                    self.record_statement,
                ),
            ]
        if kind is RequestKind.ERASURE:
            return [(self.tr("Preview the erasure…"), "previewErasure", self.preview_erasure)]
        if kind is RequestKind.RESTRICTION:
            return [
                (self.tr("Restrict processing…"), "restrict", self.restrict),
                (self.tr("Plan lifting…"), "planLift", self.plan_lift),
                (self.tr("Lift the restriction"), "liftRestriction", self.lift_restriction),
            ]
        if kind is RequestKind.PORTABILITY:
            return [(self.tr("Export the data…"), "exportPortable", lambda: self.export_portable())]
        if kind is RequestKind.OBJECTION:
            return [(self.tr("Record the objection…"), "recordObjection", self.object_to)]
        if kind is RequestKind.MARKETING_BAN:
            return [(self.tr("Ban direct marketing…"), "banMarketing", self.ban_marketing)]
        return [(self.tr("Withdraw consent…"), "withdrawConsent", self.withdraw_consent)]

    def _note(self, kind: RequestKind, text: str) -> None:
        note = self.notes.get(kind)
        if note is not None:
            note.setText(text)
            note.setVisible(bool(text))

    def act(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None] | None = None,
        on_user_error: Callable[[UserError], None] | None = None,
    ) -> None:
        def done(result: Any) -> None:
            if on_success is not None:
                on_success(result)
            self.changed()

        run_op(parent=self, work=work, on_success=done, on_user_error=on_user_error)

    # --- access --------------------------------------------------------------------------------
    def show_extract(self) -> None:
        rights = self.services.rights
        not_linked = self.detail is not None and self.detail.row.customer_id is None
        run_op(
            parent=self,
            # A person not in the register gets the "no data held" extract.
            work=lambda: rights.extract_as_text(
                rights.access_extract(self.request_id, person_not_found=not_linked), translate
            ),
            on_success=self._show_extract,
        )

    def _show_extract(self, text: str) -> None:
        self.extract_dialog = TextDialog(self.tr("Data extract"), text, self)
        self.extract_dialog.exec()
        self.extract_dialog = None
        self.changed()  # making the extract is logged

    # --- rectification -------------------------------------------------------------------------
    def rectify(self) -> None:
        dialog = RectifyDialog(parent=self)
        if dialog.exec():
            changes = {dialog.field_name(): dialog.value.text().strip()}
            self.act(lambda: self.services.rights.rectify(self.request_id, changes))

    def refuse_rectification(self) -> None:
        dialog = RectifyDialog(refuse=True, parent=self)
        if dialog.exec():
            field, value = dialog.field_name(), dialog.value.text().strip()
            reason = dialog.reason.toPlainText().strip()
            self.act(
                lambda: self.services.rights.refuse_rectification(
                    self.request_id, field, value, reason
                )
            )

    def _show_rectifications(self) -> None:
        run_op(
            parent=self,
            work=lambda: self.services.rights.rectifications(self.request_id),
            on_success=self._rectifications_shown,
        )

    def record_statement(self) -> None:
        from desktop.ui.requests.statement_dialog import StatementDialog

        self.statement_dialog = StatementDialog(
            self.services, self.request_id, self.refused_fields, self, today=self.today
        )
        if self.statement_dialog.exec():
            self.changed()
        self.statement_dialog = None

    def _rectifications_shown(self, rows: list[Any]) -> None:
        self.refused_fields = tuple(row.field for row in rows if not row.done)
        lines = []
        for row in rows:
            name = field_label(row.field)
            if row.done:
                lines.append(
                    self.tr("{field}: “{old}” → “{new}”").format(
                        field=name, old=row.old_value, new=row.new_value
                    )
                )
            else:
                lines.append(
                    self.tr("{field}: “{new}” not changed — {reason}").format(
                        field=name, new=row.new_value, reason=row.refusal_reason
                    )
                )
        self._note(RequestKind.RECTIFICATION, "\n".join(lines))

    # --- erasure -------------------------------------------------------------------------------
    def preview_erasure(self) -> None:
        from desktop.ui.requests.erasure_dialog import ErasureDialog

        rights = self.services.rights
        run_op(
            parent=self,
            work=lambda: rights.erasure_preview(self.request_id),
            on_success=lambda preview: self._erasure(
                ErasureDialog(rights, self.request_id, preview, self)
            ),
        )

    def _erasure(self, dialog: QDialog) -> None:
        dialog.exec()
        self.changed()

    # --- restriction ---------------------------------------------------------------------------
    def restrict(self) -> None:
        dialog = ReasonDialog(
            self.tr("Restrict processing"),
            self.tr(
                "The data is kept but not used for marketing, mailings or exports until the "
                "restriction is lifted."
            ),
            self.tr("Reason"),
            self.tr("Restrict processing"),
            parent=self,
        )
        if dialog.exec():
            reason = dialog.text()
            self.act(lambda: self.services.rights.restrict(self.request_id, reason))

    def plan_lift(self) -> None:
        """Art. 18(3): the reason for lifting goes into the notice letter, sent before lifting."""
        dialog = ReasonDialog(
            self.tr("Plan lifting the restriction"),
            self.tr(
                "The person is told before the restriction is lifted. Write why it will be "
                "lifted; then draft the notice letter on the Letters tab and send it."
            ),
            self.tr("Reason"),
            self.tr("Record"),
            parent=self,
        )
        if dialog.exec():
            reason = dialog.text()
            self.act(lambda: self.services.rights.plan_restriction_lift(self.request_id, reason))

    def lift_restriction(self) -> None:
        text = self.tr("Lift the restriction of processing? The data may then be used as before.")
        if confirm(self, text, self.tr("Lift the restriction")):
            today = self.today
            self.act(lambda: self.services.rights.lift_restriction(self.request_id, today=today))

    # --- decisions -----------------------------------------------------------------------------
    def decide(self, kind: RequestKind) -> None:
        from desktop.ui.requests.decision_dialog import DecisionDialog

        dialog = DecisionDialog(kind, self)
        if not dialog.exec():
            return
        decision, ground = dialog.chosen_decision(), dialog.chosen_ground()
        reasons = dialog.reasons.toPlainText().strip()
        purpose, late = dialog.purpose.text().strip(), dialog.late_reason.text().strip()
        today = self.today

        def record() -> object:
            return self.services.rights.record_decision(
                self.request_id,
                kind,
                decision,
                ground,
                reasons=reasons,
                purpose=purpose,
                late_reason=late,
                today=today,
            )

        self.act(record, on_user_error=lambda error: self._decision_refused(error, record))

    def _decision_refused(self, error: UserError, record: Callable[[], object]) -> None:
        """A decision that changes data needs a checked identity. The main user may let the
        request go on without one, with a recorded reason (audited by the service); anyone
        else reads why the decision was not recorded."""
        if not isinstance(error, IdentityNotChecked) or not self.services.user.can(
            Permission.MANAGE_USERS
        ):
            show_error(self, error_text(error))
            return
        text = (
            error_text(error)
            + "\n\n"
            + self.tr(
                "As the main user you may let this request go on without a checked identity. "
                "Your reason is recorded with the request and in the audit log."
            )
        )
        if not confirm(self, text, self.tr("Override with a reason…")):
            return
        dialog = ReasonDialog(
            self.tr("Override the identity check"),
            self.tr(
                "Why may the request be handled without a checked identity? For example: "
                "you know the person and spoke with them."
            ),
            self.tr("Reason"),
            self.tr("Override and record the decision"),
            parent=self,
        )
        self.override_dialog = dialog  # while open, for tests
        accepted = dialog.exec()
        self.override_dialog = None
        if not accepted:
            return
        reason = dialog.text()

        def override_and_record() -> object:
            self.services.rights.override_identity_check(self.request_id, reason)
            return record()

        self.act(override_and_record)

    # --- portability ---------------------------------------------------------------------------
    def export_portable(self, folder: Path | None = None) -> None:
        package = PackageDialog(self)
        if not package.exec():
            return
        delivery = package.delivery()
        if folder is None:
            chosen = existing_folder(self, FolderKind.EXPORTS, self.tr("Where to save the file"))
            if chosen is None:
                return
            folder = chosen
        target = folder
        self.act(
            lambda: self.services.rights.portability_export(
                self.request_id, target, password_by=delivery
            ),
            on_success=lambda result: self._exported(result, delivery),
        )

    def _exported(self, result: PortabilityResult, delivery: PasswordDelivery | None) -> None:
        text = self.tr("Saved {name}\nSHA-256: {sha256}").format(
            name=Path(result.path).name, sha256=result.sha256
        )
        if delivery is not None:
            text += "\n" + self.tr("Encrypted (AES-256); the password goes separately.")
        self.portability_note = text
        self._note(RequestKind.PORTABILITY, text)
        if delivery is not None and result.password:
            self._show_password(result, delivery)

    def _show_password(self, result: PortabilityResult, delivery: PasswordDelivery) -> None:
        name = Path(result.path).name

        def print_letter() -> None:
            run_op(
                parent=self,
                work=lambda: self.services.letters.portability_password_pdf(
                    self.request_id, result.password
                ),
                on_success=printed,
            )

        def printed(pdf: bytes) -> None:
            print_pdf(self, pdf, name)

        PasswordDialog(name, result.password, delivery, print_letter, self).exec()

    # --- objection, marketing ban, consent withdrawal ------------------------------------------
    def object_to(self) -> None:
        dialog = ConsentKindsDialog(
            self.tr("Objection"),
            self.tr("Which processing does the person object to? It stops for them."),
            self.tr("Record the objection"),
            self,
        )
        if dialog.exec():
            kinds = tuple(dialog.kinds())
            self.act(lambda: self.services.rights.object_to_processing(self.request_id, kinds))

    def ban_marketing(self) -> None:
        text = self.tr(
            "Record a ban on direct marketing? The person is left out of every marketing channel "
            "from now on."
        )
        if confirm(self, text, self.tr("Ban direct marketing")):
            self.act(lambda: self.services.rights.ban_direct_marketing(self.request_id))

    def withdraw_consent(self) -> None:
        dialog = ConsentKindsDialog(
            self.tr("Withdrawal of consent"),
            self.tr("Which consents does the person withdraw? Earlier use stays lawful."),
            self.tr("Withdraw"),
            self,
        )
        if dialog.exec():
            kinds = tuple(dialog.kinds())
            self.act(lambda: self.services.rights.withdraw_consent(self.request_id, kinds))
