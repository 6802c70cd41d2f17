"""Register description: the editor of the text the privacy statement (and the Art. 15 part of
every access reply) is made from. The main user edits; everyone else reads. Save (Ctrl+S) keeps a
new version with its date; earlier versions can be looked at, and any version printed or saved as
the statement in Finnish, Swedish or English."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.consistency import Finding
from desktop.core.register_description import (
    LANGUAGES,
    PRIMARY,
    Currency,
    ExtraSection,
    RegisterDescription,
)
from desktop.core.roles import Permission
from desktop.core.statement_import import ImportedStatement
from desktop.core.statement_import import to_description as to_imported_description
from desktop.documents.statement import fixed_texts
from desktop.errors import ValidationError
from desktop.services.container import Services
from desktop.services.statement.description import SavedDescription
from desktop.ui.i18n import field_texts, format_date
from desktop.ui.messages import confirm, saved_note, show_error
from desktop.ui.ops import run_op
from desktop.ui.page import Page
from desktop.ui.statement.checklist_panel import ChecklistPanel
from desktop.ui.statement.fields import LANGUAGE_NAMES, SECTIONS
from desktop.ui.statement.import_dialog import import_statement
from desktop.ui.statement.model import EditorValues, from_description, to_description
from desktop.ui.statement.output import StatementOutput
from desktop.ui.statement.sections import ExtraBox, MoveBar, RecipientsTable, SectionBox
from desktop.ui.statement.sections import show_error as show
from desktop.ui.statement.translation_bar import TranslationBar
from desktop.ui.widgets.message import WrappingScrollArea

TOP_FIELDS = ("title", "date_line", "introduction")  # above the sections, not moved
Item = str | ExtraBox  # a standard section's key, or a section of one's own


def _tr(text: str) -> str:
    return QCoreApplication.translate("Statement", text)


class StatementPage(Page):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.editable = services.user.can(Permission.EDIT_DESCRIPTION)
        self.lang = PRIMARY  # the language being edited
        self.values = EditorValues()
        self.loaded: RegisterDescription | None = None
        self.shown: SavedDescription | None = None
        self.latest_version = 0
        self.move_bars = []

        top = self._top_row()
        self.output = StatementOutput(self, services, self._statement_version)
        self.status = QLabel()
        self.status.setObjectName("descriptionStatus")
        self.status.setWordWrap(True)
        self.translation_bar = TranslationBar()
        self.missing = self.translation_bar.summary
        self.translation_bar.mark_checked.connect(lambda: self._bulk("check"))
        self.translation_bar.clear_stale.connect(lambda: self._bulk("clear"))
        self.translation_bar.fallback_changed.connect(self._fallback_toggled)
        # Where the description disagrees with the data (desktop.core.consistency).
        self.findings = QLabel()
        self.findings.setObjectName("descriptionFindings")
        self.findings.setWordWrap(True)
        self.findings.setStyleSheet("color: #b00020;")
        self.findings.hide()
        scroll = self._sections_area()
        self.scroll_area = scroll  # not `scroll`: that would hide QWidget.scroll()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        imports = QHBoxLayout()
        imports.addWidget(self.import_button)
        imports.addWidget(self.paste_button)
        imports.addStretch(1)
        layout.addLayout(imports)
        layout.addWidget(self.status)
        layout.addWidget(self.translation_bar)
        layout.addWidget(self.findings)
        self.checklist = ChecklistPanel()
        middle = QHBoxLayout()
        middle.addWidget(scroll, 1)
        middle.addWidget(self.checklist)
        layout.addLayout(middle, 1)
        layout.addLayout(self.output.buttons())
        self._loading = False
        # Ctrl+S is the window's File → Save, which calls save_changes(); Ctrl+P prints here.
        print_action = QAction(self)
        print_action.setShortcut(QKeySequence.StandardKey.Print)
        print_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # page shown only
        print_action.triggered.connect(self.output.print_statement)
        self.addAction(print_action)

    # --- building ------------------------------------------------------------------------------
    def _top_row(self) -> QHBoxLayout:
        """The language being edited, the saved versions, and Save."""
        self.language = QComboBox()
        self.language.setObjectName("statementLanguage")
        for lang in LANGUAGES:
            self.language.addItem(_tr(LANGUAGE_NAMES[lang]), lang)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.versions = QComboBox()
        self.versions.setObjectName("descriptionVersions")
        self.versions.activated.connect(self._version_chosen)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveDescription")
        self.save_button.setToolTip(self.tr("Saves a new version (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_changes)
        self.save_button.setVisible(self.editable)
        self.import_button = QPushButton(self.tr("Import a statement…"))
        self.import_button.setObjectName("importStatement")
        self.import_button.setToolTip(
            self.tr("Bring in the statement you already have: .docx, .odt, .html, .pdf or .txt")
        )
        self.import_button.clicked.connect(lambda: self.import_statement())
        self.paste_button = QPushButton(self.tr("Paste a statement…"))
        self.paste_button.setObjectName("pasteStatement")
        self.paste_button.clicked.connect(lambda: self.import_statement(pasted=True))
        for button in (self.import_button, self.paste_button):
            button.setVisible(self.editable)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Language of the texts:")))
        top.addWidget(self.language)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Version:")))
        top.addWidget(self.versions, 1)
        top.addWidget(self.save_button)
        return top

    def _sections_area(self) -> QScrollArea:
        """The title lines, then every section in the business's order (the recipients table in
        its own), then the button that adds a section at the end."""
        self.boxes: dict[str, SectionBox] = {}
        self.groups: dict[str, list[QWidget]] = {}  # section key → its boxes
        body = QWidget()
        column = QVBoxLayout(body)
        self.sections_column = QVBoxLayout()
        for name, section, label, hint in SECTIONS:
            box = SectionBox(name, _tr(label), _tr(hint), heading=bool(section))
            box.text.textChanged.connect(self._edited)
            if box.heading is not None:
                box.heading.textChanged.connect(self._edited)
            self.boxes[name] = box
            if name in TOP_FIELDS:
                column.addWidget(box)
                continue
            key = section or "security"  # the manual material belongs to the security section
            if key not in self.groups:
                bar = self._move_bar(key, key)
                box_layout = box.layout()
                assert isinstance(box_layout, QVBoxLayout)
                box_layout.insertWidget(0, bar)
            self.groups.setdefault(key, []).append(box)
            self.sections_column.addWidget(box)
            if name == "disclosures":
                self.recipients = self._recipients_table()
                box_layout = box.layout()
                assert box_layout is not None  # SectionBox lays itself out when made
                box_layout.addWidget(self.recipients)
        column.addLayout(self.sections_column)
        self.extras: list[ExtraBox] = []
        self.sequence: list[Item] = []
        self.add_extra_button = QPushButton(self.tr("Add a section of your own"))
        self.add_extra_button.setObjectName("addExtraSection")
        self.add_extra_button.clicked.connect(lambda: self.add_extra())
        self.add_extra_button.setVisible(self.editable)
        column.addWidget(self.add_extra_button)
        column.addStretch(1)
        scroll = WrappingScrollArea()
        scroll.setWidget(body)
        return scroll

    def _move_bar(self, name: str, item: Item) -> MoveBar:
        bar = MoveBar(
            (self.tr("Move up"), self.tr("Move down"), self.tr("Insert a section below")), name
        )
        bar.up.connect(lambda: self.move_section(item, -1))
        bar.down.connect(lambda: self.move_section(item, 1))
        bar.insert.connect(lambda: self.add_extra(after=item))
        bar.setVisible(self.editable)
        self.move_bars.append(bar)
        return bar

    move_bars: list[MoveBar]

    def _relayout(self) -> None:
        """The section boxes in the order of `sequence`."""
        widgets: list[QWidget] = []
        for item in self.sequence:
            widgets += self.groups[item] if isinstance(item, str) else [item]
        for widget in widgets:
            self.sections_column.removeWidget(widget)
        for widget in widgets:
            self.sections_column.addWidget(widget)

    def move_section(self, item: Item, delta: int) -> None:
        """A section up (-1) or down (+1) in the statement."""
        index = self.sequence.index(item)
        target = index + delta
        if 0 <= target < len(self.sequence):
            self.sequence[index], self.sequence[target] = self.sequence[target], item
            self._relayout()
            self._edited()

    def order(self) -> list[str]:
        return [
            item if isinstance(item, str) else f"extra.{self.extras.index(item)}"
            for item in self.sequence
        ]

    def _recipients_table(self) -> RecipientsTable:
        table = RecipientsTable(
            [
                self.tr("Name"),
                self.tr("Country"),
                self.tr("Function"),
                self.tr("Transfer safeguard"),
                self.tr("Updated"),
            ],
            self.tr("Add a recipient"),
            self.tr("Remove the selected recipient"),
        )
        table.changed.connect(self._edited)
        return table

    # --- loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.has_unsaved_changes():
            return
        run_op(parent=self, work=self._fetch, on_success=self._show_saved)

    def _fetch(self) -> tuple[SavedDescription, list[tuple[int, date, str]]]:
        return self.services.descriptions.saved(), self.services.descriptions.versions()

    def _show_saved(self, result: tuple[SavedDescription, list[tuple[int, date, str]]]) -> None:
        saved, versions = result
        self.latest_version = saved.version
        self.versions.clear()
        if not versions:
            self.versions.addItem(self.tr("Template (not saved yet)"), 0)
        for version, updated_on, saved_by in versions:
            text = self.tr("{version} — updated {date} by {user}").format(
                version=version, date=format_date(updated_on), user=saved_by
            )
            self.versions.addItem(text, version)
        self._load(saved)
        run_op(parent=self, work=self.services.descriptions.findings, on_success=self._findings)

    def _findings(self, found: list[Finding]) -> None:
        text = "\n".join(
            "• " + QCoreApplication.translate("Errors", f.message).format(subject=f.subject)
            for f in found
        )
        self.findings.setText(text)
        self.findings.setVisible(bool(text))

    def _load(self, saved: SavedDescription) -> None:
        self.shown = saved
        self.loaded = saved.description
        self._show_description(saved.description)
        index = self.versions.findData(saved.version)
        self.versions.setCurrentIndex(max(index, 0))
        earlier = saved.version not in (0, self.latest_version)
        self._set_read_only(not self.editable or earlier)
        if earlier:
            self.status.setText(
                self.tr(
                    "You are looking at version {version} of {date}. It cannot be changed; choose "
                    "the newest version to edit."
                ).format(version=saved.version, date=format_date(saved.updated_on))
            )
        elif saved.version == 0:
            self.status.setText(
                self.tr(
                    "This is the template for a sole trader's customer register. Check every "
                    "section, change what does not fit your business, and save."
                )
            )
        elif not self.editable:
            self.status.setText(self.tr("Only the main user can change the register description."))
        else:
            self.status.setText("")
        self.status.setVisible(bool(self.status.text()))
        self._clear_errors()
        self._update_missing()

    def _show_description(self, description: RegisterDescription) -> None:
        """Every value of `description` into the widgets (what is loaded stays as it was)."""
        self.values = from_description(description)
        self._loading = True
        self.recipients.set_rows(self.values.recipients, self.lang)
        for box in self.extras:
            box.deleteLater()
        self.extras = []
        self.sequence = [key for key in self.values.order if not key.startswith("extra.")]
        keys = list(self.values.order)
        for extra in self.values.extras:
            self.add_extra(extra, edited=False)
        self.sequence = [
            item if not item.startswith("extra.") else self.extras[int(item.split(".")[1])]
            for item in keys
        ]
        self._relayout()
        self.translation_bar.fallback.setChecked(self.values.finnish_fallback)
        self._show_language(self.lang)
        self._loading = False

    def _version_chosen(self, index: int) -> None:
        version = self.versions.itemData(index)
        if self.shown is not None and version == self.shown.version:
            return
        if self.has_unsaved_changes() and not confirm(
            self,
            self.tr(
                "Your changes to the description are not saved. Look at the other version and "
                "lose them?"
            ),
            self.tr("Lose the changes"),
        ):
            if self.shown is not None:  # back to the version still shown
                self.versions.setCurrentIndex(self.versions.findData(self.shown.version))
            return
        run_op(
            parent=self,
            work=lambda: self.services.descriptions.saved(version or None),
            on_success=self._load,
        )

    # --- languages ---------------------------------------------------------------------------
    def _language_chosen(self, index: int) -> None:
        self._store()
        self.lang = self.language.itemData(index)
        self._loading = True
        self._show_language(self.lang)
        self._loading = False
        self._update_missing()

    def _show_language(self, lang: str) -> None:
        standard = fixed_texts(lang)["headings"]
        for name, section, _, _ in SECTIONS:
            box = self.boxes[name]
            box.text.setPlainText(self.values.texts.get((lang, name), ""))
            if box.heading is not None:
                box.heading.setText(self.values.texts.get((lang, f"heading.{section}"), ""))
                box.set_standard_heading(self.tr("Heading in the statement:"), standard[section])
            if lang != PRIMARY:
                box.text.setPlaceholderText(self.values.texts.get((PRIMARY, name), ""))
            else:
                box.text.setPlaceholderText("")
        self.recipients.show_language(lang)
        for extra in self.extras:
            extra.show_language(lang)

    def _store(self) -> None:
        """The widgets' values into `values`, for the language shown. A text typed in Swedish or
        English is taken as translating the Finnish text as it is now."""
        lang = self.lang
        for name, section, _, _ in SECTIONS:
            box = self.boxes[name]
            pairs = [(name, box.text.toPlainText())]
            if box.heading is not None:
                pairs.append((f"heading.{section}", box.heading.text()))
            for key, text in pairs:
                if lang == PRIMARY:
                    self.values.texts[(lang, key)] = text
                else:
                    self.values.translated(lang, key, text)
        self.recipients.store()
        self.values.recipients = self.recipients.rows
        for extra in self.extras:
            extra.store(self.lang)
        self.values.extras = [box.extra for box in self.extras]
        self.values.order = self.order()
        self.values.finnish_fallback = self.translation_bar.fallback.isChecked()

    def _update_missing(self) -> None:
        """The counts above, and on each box whose translation is out of date, a note."""
        description = self.description()
        self.checklist.show_description(description)
        self.translation_bar.show_status(
            description, self.lang, self.editable and not self._read_only
        )
        stale_note = self.tr(
            "The Finnish text has changed since this translation was made; it is not printed "
            "until you update it. The Finnish text now: {text}"
        )
        for name, section, _, _ in SECTIONS:
            box = self.boxes[name]
            keys = [name] + ([f"heading.{section}"] if box.heading is not None else [])
            stale = self.lang != PRIMARY and any(
                description.currency(self.lang, key) == Currency.STALE for key in keys
            )
            finnish = description.finnish(name).strip() or "—"
            show(box.stale, stale_note.format(text=finnish) if stale else "")
        for index, extra in enumerate(self.extras):
            stale = self.lang != PRIMARY and (
                description.currency_of(self.lang, f"extra.{index}") == Currency.STALE
            )
            finnish = extra.extra.finnish().strip() or "—"
            show(extra.stale, stale_note.format(text=finnish) if stale else "")

    def _bulk(self, action: str) -> None:
        """Mark every translation of the language shown (both when Finnish) as checked, or clear
        the out-of-date ones; the edit is saved with the next save."""
        description = self.description()
        for lang in LANGUAGES[1:]:
            if self.lang in (PRIMARY, lang):
                if action == "check":
                    description = description.mark_checked(lang)
                else:
                    description = description.clear_stale(lang)
        self._show_description(description)
        self._update_missing()

    def topics(self) -> list[tuple[str, str]]:
        """(section key, label) for the topic choices; "" for a section on another topic."""
        return [("", self.tr("Other topic"))] + [
            (section, _tr(label)) for _, section, label, _ in SECTIONS if section
        ]

    def import_statement(self, *, pasted: bool = False) -> None:
        """The business's own statement, after the preview, into the editor (unsaved)."""
        if self._read_only or not self.editable:
            return
        import_statement(self, self.services, self.topics(), self._imported, pasted=pasted)

    def _imported(self, imported: ImportedStatement) -> None:
        self.language.setCurrentIndex(self.language.findData(PRIMARY))
        self._show_description(to_imported_description(imported, self.description()))
        self._edited()
        show(
            self.status,
            self.tr(
                "The statement was imported. Check each section and its topic, then save; the "
                "Swedish and English texts are to be written anew."
            ),
        )
        self.status.setStyleSheet("")

    def _fallback_toggled(self, _checked: bool) -> None:
        self._edited()

    # --- editing -----------------------------------------------------------------------------
    def add_extra(
        self, extra: ExtraSection | None = None, edited: bool = True, after: Item | None = None
    ) -> ExtraBox:
        """A section of one's own: at the end, or after `after`."""
        topics = self.topics()
        box = ExtraBox(
            (
                self.tr("Section of your own"),
                self.tr("Heading:"),
                self.tr("Remove section"),
                self.tr("Topic:"),
            ),
            len(self.extras),
            topics,
            extra,
        )
        layout = box.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self._move_bar(f"extra_{len(self.extras)}", box))
        box.show_language(self.lang)
        box.heading.textChanged.connect(self._edited)
        box.text.textChanged.connect(self._edited)
        box.topic.currentIndexChanged.connect(self._edited)
        box.removed.connect(self._remove_extra)
        box.set_read_only(not self.editable or self._read_only)
        self.extras.append(box)
        if after is not None and after in self.sequence:
            self.sequence.insert(self.sequence.index(after) + 1, box)
        else:
            self.sequence.append(box)
        self._relayout()
        if edited:
            self._edited()
            box.heading.setFocus()
        return box

    def _remove_extra(self, box: ExtraBox) -> None:
        self.extras.remove(box)
        self.sequence.remove(box)
        box.deleteLater()
        self._edited()

    _read_only = False

    def _set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for box in self.boxes.values():
            box.set_read_only(read_only)
        self.recipients.set_read_only(read_only)
        for extra in self.extras:
            extra.set_read_only(read_only)
        for bar in self.move_bars:
            bar.setVisible(self.editable and not read_only)
        self.save_button.setEnabled(self.editable and not read_only)
        self.add_extra_button.setVisible(self.editable and not read_only)

    def _edited(self) -> None:
        if not self._loading:
            self._update_missing_later()

    def _update_missing_later(self) -> None:
        self._store()
        self._update_missing()

    def description(self) -> RegisterDescription:
        self._store()
        return to_description(self.values)

    def _statement_version(self) -> int | None:
        """The version on screen (the statement is made of what is saved, never of edits)."""
        return (self.shown.version if self.shown else None) or None

    # --- saving ------------------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        if self.loaded is None or self._read_only:
            return False
        return self.description() != self.loaded

    def save_changes(self) -> bool:
        if not self.editable or self._read_only:
            return False
        description = self.description()
        outcome = {"ok": False}

        def saved(version: int) -> None:
            outcome["ok"] = True
            self.loaded = None  # reload whatever is on screen from the store
            self.refresh()
            saved_note(
                self,
                self.tr("The register description was saved as version {version}.").format(
                    version=version
                ),
            )

        def refused(error: Exception) -> None:
            if isinstance(error, ValidationError):
                self._show_errors(field_texts(error))
            else:
                show_error(self, str(error))

        run_op(
            parent=self,
            work=lambda: self.services.descriptions.save(description),
            on_success=saved,
            on_user_error=refused,
        )
        return outcome["ok"]

    def discard_changes(self) -> None:
        self.loaded = None
        self.refresh()

    def _clear_errors(self) -> None:
        self.status.setStyleSheet("")
        for box in self.boxes.values():
            show(box.error, "")
        show(self.recipients.error, "")
        for extra in self.extras:
            show(extra.heading_error, "")
            show(extra.text_error, "")

    def _show_errors(self, problems: dict[str, str]) -> None:
        """Each problem below its field; the Finnish texts are the ones checked, so show those."""
        self._clear_errors()
        if self.lang != PRIMARY:
            self.language.setCurrentIndex(self.language.findData(PRIMARY))
        first: QWidget | None = None
        for name, text in problems.items():
            if name in self.boxes:
                show(self.boxes[name].error, text)
                first = first or self.boxes[name].text
            elif name.startswith("extra."):
                _, index, part = name.split(".")
                box = self.extras[int(index)]
                show(box.heading_error if part == "heading" else box.text_error, text)
                first = first or (box.heading if part == "heading" else box.text)
        recipient_problems = {k: v for k, v in problems.items() if k.startswith("recipients.")}
        if recipient_problems:
            self.recipients.show_errors(recipient_problems, self._describe_recipient_problem)
            first = first or self.recipients.table
        show(
            self.status, self.tr("The description was not saved. Correct the fields marked below.")
        )
        if first is not None:
            self.scroll_area.ensureWidgetVisible(first)
            first.setFocus()

    def _describe_recipient_problem(self, index: int, column: str, text: str) -> str:
        return self.tr("Recipient {row}: {problem}").format(row=index + 1, problem=text)
