"""Administration → Settings: auto-lock, backups kept and the reminder, remember-me policy, identity codes, the business's own
customer fields and this computer's language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.roles import Permission
from desktop.core.settings import (
    ALLOW_REMEMBER_ME,
    AUTO_LOCK_MINUTES,
    BACKUP_REMIND_DAYS,
    BACKUPS_TO_KEEP,
    CUSTOM_FIELDS,
    IDENTITY_CODE_ENABLED,
    RESTRICTION_NOTICE_DAYS,
    custom_fields_from_labels,
)
from desktop.services.container import Services
from desktop.ui import i18n
from desktop.ui.messages import saved_note
from desktop.ui.ops import run_op
from desktop.ui.preferences import Preferences

LANGUAGE_NAMES = {"": "", **i18n.LANGUAGE_NAMES}


class SettingsTab(QWidget):
    def __init__(
        self,
        services: Services,
        preferences: Preferences,
        on_saved: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.preferences = preferences
        self.on_saved = on_saved
        self._build_register_fields()
        self._build_language_fields()
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.setObjectName("saveSettings")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Undo changes"))
        self.revert_button.clicked.connect(self.discard)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form())
        layout.addStretch(1)
        layout.addLayout(buttons)

        manage = services.user.can(Permission.MANAGE_SETTINGS)
        self.auto_lock.setEnabled(manage)
        self.backups_to_keep.setEnabled(manage)
        self.backup_remind_days.setEnabled(manage)
        self.restriction_notice_days.setEnabled(manage)
        self.allow_remember.setEnabled(manage)
        self.identity_codes.setEnabled(manage)
        self.custom_fields.setReadOnly(not manage)
        self._loaded: tuple[object, ...] = ()

    # --- building ------------------------------------------------------------------------------
    def _build_register_fields(self) -> None:
        """The settings kept in the register: they hold for everyone who uses it."""
        self.auto_lock = QSpinBox()
        self.auto_lock.setObjectName("autoLockMinutes")
        self.auto_lock.setRange(AUTO_LOCK_MINUTES.minimum or 1, AUTO_LOCK_MINUTES.maximum or 240)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.backups_to_keep = QSpinBox()
        self.backups_to_keep.setObjectName("backupsToKeep")
        self.backups_to_keep.setRange(BACKUPS_TO_KEEP.minimum or 1, BACKUPS_TO_KEEP.maximum or 100)
        self.backup_remind_days = QSpinBox()
        self.backup_remind_days.setObjectName("backupRemindDays")
        self.backup_remind_days.setRange(
            BACKUP_REMIND_DAYS.minimum or 1, BACKUP_REMIND_DAYS.maximum or 365
        )
        self.backup_remind_days.setSuffix(self.tr(" days"))
        self.restriction_notice_days = QSpinBox()
        self.restriction_notice_days.setObjectName("restrictionNoticeDays")
        self.restriction_notice_days.setRange(
            RESTRICTION_NOTICE_DAYS.minimum or 1, RESTRICTION_NOTICE_DAYS.maximum or 90
        )
        self.restriction_notice_days.setSuffix(self.tr(" days"))
        self.allow_remember = QCheckBox(
            QCoreApplication.translate("Settings", ALLOW_REMEMBER_ME.label)
        )
        self.allow_remember.setObjectName("allowRemember")
        self.identity_codes = QCheckBox(
            QCoreApplication.translate("Settings", IDENTITY_CODE_ENABLED.label)
        )
        self.identity_codes.setObjectName("identityCodesEnabled")
        self.identity_codes_note = QLabel(
            self.tr(
                "Only if the business really needs them, for example for credit. Codes are checked "
                "and shown masked (131052-****)."
            )
        )
        self.identity_codes_note.setWordWrap(True)
        self.custom_fields = QPlainTextEdit()
        self.custom_fields.setObjectName("customFields")
        self.custom_fields.setTabChangesFocus(True)
        self.custom_fields.setPlaceholderText(self.tr("For example:\nHobby\nShoe size"))
        self.custom_fields.setMaximumHeight(120)
        self._custom_loaded: list[dict[str, str]] = []

    def _build_language_fields(self) -> None:
        """The language of this computer's Kirjuri (kept in the preferences, not the register)."""
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("Same as the computer"), "")
        for code in ("fi", "sv", "en"):
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language_note = QLabel(
            self.tr(
                "The language of the login window and of users who have not chosen their own "
                "under File → Language."
            )
        )
        self.language_note.setWordWrap(True)

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        # Long labels (Finnish, Swedish) go above their field rather than widen the window; the
        # check boxes span the whole row, since their text is their label.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(QCoreApplication.translate("Settings", AUTO_LOCK_MINUTES.label), self.auto_lock)
        form.addRow(
            QCoreApplication.translate("Settings", BACKUPS_TO_KEEP.label), self.backups_to_keep
        )
        form.addRow(
            QCoreApplication.translate("Settings", BACKUP_REMIND_DAYS.label),
            self.backup_remind_days,
        )
        form.addRow(
            QCoreApplication.translate("Settings", RESTRICTION_NOTICE_DAYS.label),
            self.restriction_notice_days,
        )
        form.addRow(self.allow_remember)
        form.addRow(self.identity_codes)
        form.addRow(self.identity_codes_note)
        form.addRow(QCoreApplication.translate("Settings", CUSTOM_FIELDS.label), self.custom_fields)
        form.addRow(self.tr("Language on this computer"), self.language)
        form.addRow("", self.language_note)
        return form

    def _custom_labels(self) -> tuple[str, ...]:
        lines = self.custom_fields.toPlainText().splitlines()
        return tuple(line.strip() for line in lines if line.strip())

    def _values(self) -> tuple[object, ...]:
        return (
            self.auto_lock.value(),
            self.backups_to_keep.value(),
            self.backup_remind_days.value(),
            self.restriction_notice_days.value(),
            self.allow_remember.isChecked(),
            self.identity_codes.isChecked(),
            self._custom_labels(),
            self.language.currentData(),
        )

    def refresh(self) -> None:
        self.auto_lock.setValue(int(self.services.settings.get(AUTO_LOCK_MINUTES)))
        self.backups_to_keep.setValue(int(self.services.settings.get(BACKUPS_TO_KEEP)))
        self.backup_remind_days.setValue(int(self.services.settings.get(BACKUP_REMIND_DAYS)))
        self.restriction_notice_days.setValue(
            int(self.services.settings.get(RESTRICTION_NOTICE_DAYS))
        )
        self.allow_remember.setChecked(bool(self.services.settings.get(ALLOW_REMEMBER_ME)))
        self.identity_codes.setChecked(bool(self.services.settings.get(IDENTITY_CODE_ENABLED)))
        self._custom_loaded = self.services.settings.get(CUSTOM_FIELDS)  # a fresh list
        self.custom_fields.setPlainText("\n".join(item["label"] for item in self._custom_loaded))
        index = self.language.findData(self.preferences.language or "")
        self.language.setCurrentIndex(max(0, index))
        self._loaded = self._values()

    def has_unsaved_changes(self) -> bool:
        return bool(self._loaded) and self._values() != self._loaded

    def discard(self) -> None:
        self.refresh()

    def save(self) -> bool:
        saved = False

        def work() -> None:
            if self.services.user.can(Permission.MANAGE_SETTINGS):
                self.services.settings.update(
                    {
                        AUTO_LOCK_MINUTES.key: self.auto_lock.value(),
                        BACKUPS_TO_KEEP.key: self.backups_to_keep.value(),
                        BACKUP_REMIND_DAYS.key: self.backup_remind_days.value(),
                        RESTRICTION_NOTICE_DAYS.key: self.restriction_notice_days.value(),
                        ALLOW_REMEMBER_ME.key: self.allow_remember.isChecked(),
                        IDENTITY_CODE_ENABLED.key: self.identity_codes.isChecked(),
                        # A label that stays keeps its key, so stored values stay with it.
                        CUSTOM_FIELDS.key: custom_fields_from_labels(
                            list(self._custom_labels()), existing=self._custom_loaded
                        ),
                    }
                )
            self.preferences.language = self.language.currentData() or None

        def done(_result: object) -> None:
            nonlocal saved
            saved = True
            self._loaded = self._values()
            self._custom_loaded = custom_fields_from_labels(
                list(self._custom_labels()), existing=self._custom_loaded
            )
            self.on_saved()
            saved_note(self, self.tr("The settings were saved."))

        run_op(parent=self, work=work, on_success=done)
        return saved
