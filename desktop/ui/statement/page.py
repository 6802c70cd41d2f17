"""Register description: the editor of the text the privacy statement (and the Art. 15 part of
every access reply) is made from. The main user edits; everyone else reads. Save (Ctrl+S) keeps a
new version with its date; earlier versions can be looked at, and any version printed or saved as
the statement in Finnish, Swedish or English."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.consistency import Finding
from desktop.core.register_description import (
    LANGUAGES,
    PRIMARY,
    ExtraSection,
    RegisterDescription,
    section_order,
)
from desktop.core.roles import Permission
from desktop.core.statement_import import ImportedStatement
from desktop.core.statement_sections import (
    SectionEditRefused,
    merge_with_next,
    paragraphs,
    split_section,
)
from desktop.errors import ValidationError
from desktop.services.container import Services
from desktop.services.statement.description import SavedDescription
from desktop.ui.i18n import field_texts, format_date
from desktop.ui.messages import confirm, saved_note, show_error
from desktop.ui.ops import run_op
from desktop.ui.page import Page
from desktop.ui.statement.checklist_panel import ChecklistPanel
from desktop.ui.statement.fields import SECTIONS
from desktop.ui.statement.import_dialog import import_statement, imported_result
from desktop.ui.statement.model import EditorValues, from_description, same_order, to_description
from desktop.ui.statement.output import StatementOutput
from desktop.ui.statement.section_list import Item, SectionList
from desktop.ui.statement.sections import ExtraBox
from desktop.ui.statement.sections import show_error as show
from desktop.ui.statement.split_dialog import SplitDialog
from desktop.ui.statement.top_bar import TopBar
from desktop.ui.statement.translation_bar import TranslationBar


def _tr(text: str) -> str:
    return QCoreApplication.translate("Statement", text)


class StatementPage(Page):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.editable = services.user.can(Permission.EDIT_DESCRIPTION)
        self.values = EditorValues()
        self.loaded: RegisterDescription | None = None
        self.shown: SavedDescription | None = None
        self.latest_version = 0
        self.written_on: date | None = None  # the date written in a statement just imported

        self.top_bar = TopBar(self.editable, self)
        self.language = self.top_bar.language
        self.versions = self.top_bar.versions
        self.save_button = self.top_bar.save_button
        self.import_button = self.top_bar.import_button
        self.paste_button = self.top_bar.paste_button
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.versions.activated.connect(self._version_chosen)
        self.save_button.clicked.connect(self.save_changes)
        self.import_button.clicked.connect(lambda: self.import_statement())
        self.paste_button.clicked.connect(lambda: self.import_statement(pasted=True))
        self.output = StatementOutput(
            self, services, self._statement_version, shown=lambda: self.shown
        )
        self.status = QLabel()
        self.status.setObjectName("descriptionStatus")
        self.status.setWordWrap(True)
        # Takes back the last merge or split, until the next edit (then the edit would be lost).
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("undoRestructure")
        self.undo_button.clicked.connect(self.undo_restructure)
        self.undo_button.hide()
        self.before_restructure: RegisterDescription | None = None
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
        self.sections = SectionList(self.editable, self)
        self.sections.edited.connect(self._edited)
        self.sections.merge_requested.connect(self.merge_section)
        self.sections.split_requested.connect(self.split_section)
        self.boxes = self.sections.boxes
        self.recipients = self.sections.recipients
        self.scroll_area = self.sections.scroll_area

        layout = QVBoxLayout(self)
        for row in self.top_bar.rows():
            layout.addLayout(row)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(status_row)
        layout.addWidget(self.translation_bar)
        layout.addWidget(self.findings)
        self.checklist = ChecklistPanel()
        middle = QHBoxLayout()
        middle.addWidget(self.scroll_area, 1)
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

    # --- the sections (desktop/ui/statement/section_list.py) --------------------------------
    @property
    def lang(self) -> str:
        """The language being edited."""
        return self.sections.lang

    @property
    def extras(self) -> list[ExtraBox]:
        return self.sections.extras

    @property
    def sequence(self) -> list[Item]:
        return self.sections.sequence

    def move_section(self, item: Item, delta: int) -> None:
        self.sections.move_section(item, delta)

    def add_extra(
        self, extra: ExtraSection | None = None, edited: bool = True, after: Item | None = None
    ) -> ExtraBox:
        return self.sections.add_extra(extra, edited, after)

    def topics(self) -> list[tuple[str, str]]:
        return self.sections.topics()

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
        self._forget_restructure()
        self.shown = saved
        self.written_on = None
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
        self.sections.show_values(self.values)
        self.translation_bar.fallback.setChecked(self.values.finnish_fallback)
        self.sections.show_language(self.values, self.lang)
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
        self._loading = True
        self.sections.show_language(self.values, self.language.itemData(index))
        self._loading = False
        self._update_missing()

    def _store(self) -> None:
        """The widgets' values into `values`, for the language shown."""
        self.sections.store(self.values)
        self.values.finnish_fallback = self.translation_bar.fallback.isChecked()

    def _update_missing(self) -> None:
        """The counts above, and on each box whose translation is out of date, a note."""
        description = self.description()
        self.checklist.show_description(description)
        self.translation_bar.show_status(
            description, self.lang, self.editable and not self._read_only
        )
        self.sections.show_stale(description)

    def _bulk(self, action: str) -> None:
        """Mark every translation of the language shown (both when Finnish) as checked, or clear
        the out-of-date ones; the edit is saved with the next save."""
        self._forget_restructure()
        description = self.description()
        for lang in LANGUAGES[1:]:
            if self.lang in (PRIMARY, lang):
                if action == "check":
                    description = description.mark_checked(lang)
                else:
                    description = description.clear_stale(lang)
        self._show_description(description)
        self._update_missing()

    # --- merging and splitting (desktop/core/statement_sections.py) --------------------------
    def _section_name(self, description: RegisterDescription, key: str) -> str:
        """A section as the user knows it: its own heading, else the editor's label for it."""
        if key.startswith("extra."):
            return description.extra_sections[int(key.split(".")[1])].heading.get(PRIMARY, "")
        own = description.heading(key, PRIMARY)
        return own or next(_tr(label) for _, section, label, _ in SECTIONS if section == key)

    def merge_section(self, item: Item) -> None:
        """`item` and the section after it made one, once the user agrees; cancelled, nothing
        changes."""
        description = self.description()
        key = self.sections.key_of(item)
        if key is None:
            show_error(self, self.tr("The section is empty: remove it instead."))
            return
        try:
            merged = merge_with_next(description, key)
        except SectionEditRefused as refused:
            show_error(self, _tr(str(refused)))
            return
        order = section_order(description)
        following = order[order.index(key) + 1]
        question = self.tr(
            "Merge “{first}” with the next section, “{second}”? The text of “{second}” goes to "
            "the end of “{first}” and its heading is dropped. The Swedish and English texts of "
            "the merged section are marked out of date until you check them. Nothing is kept "
            "until you save."
        ).format(
            first=self._section_name(description, key),
            second=self._section_name(description, following),
        )
        if not confirm(self, question, self.tr("Merge")):
            return
        self._restructured(merged, self.tr("The sections were merged. Check the text, then save."))

    def split_section(self, item: Item) -> None:
        """`item` in two at the paragraph the user picks, the second part under the heading the
        user types; cancelled, nothing changes."""
        if self.lang != PRIMARY:
            return  # the button is disabled: a split is made in the Finnish text
        description = self.description()
        key = self.sections.key_of(item)
        lines = paragraphs(description, key) if key else []
        if key is None or len(lines) < 2:
            show_error(
                self,
                self.tr("The section has only one paragraph: there is nothing to split."),
            )
            return
        dialog = SplitDialog(
            self._section_name(description, key),
            lines,
            self.sections.cursor_paragraph(item),
            self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            split = split_section(description, key, dialog.line(), dialog.heading.text())
        except SectionEditRefused as refused:
            show_error(self, _tr(str(refused)))
            return
        self._restructured(
            split, self.tr("The section was split in two. Check both parts, then save.")
        )

    def _restructured(self, description: RegisterDescription, note: str) -> None:
        """The merged or split statement into the editor, unsaved; Undo brings back the one before."""
        before = self.description()
        self._show_description(description)
        self._update_missing()
        show(self.status, note)
        self.before_restructure = before
        self.undo_button.show()
        self.status.setStyleSheet("")

    def undo_restructure(self) -> None:
        """The statement as it was before the last merge or split."""
        if self.before_restructure is None:
            return
        self._show_description(self.before_restructure)
        self._forget_restructure()
        self._update_missing()
        self.status.setText("")
        self.status.hide()

    def _forget_restructure(self) -> None:
        self.before_restructure = None
        self.undo_button.hide()

    def import_statement(self, *, pasted: bool = False) -> None:
        """The business's own statement (or its sv/en texts), previewed, into the editor."""
        if self._read_only or not self.editable:
            return
        done, base = self._imported, self.description()
        import_statement(
            self, self.services, self.topics(), done, pasted=pasted, base=base, lang=self.lang
        )

    def _imported(self, imported: ImportedStatement, lang: str = PRIMARY) -> None:
        result = imported_result(imported, lang, self.description(), self.latest_version == 0)
        if result is None:  # the dialog accepts only sections that pair up
            return
        description, written_on, note = result
        if lang == PRIMARY:  # the first version keeps it (services/statement/description.py)
            self.written_on = written_on
        self.language.setCurrentIndex(self.language.findData(lang))
        self._show_description(description)
        self._edited()
        show(self.status, note)
        self.status.setStyleSheet("")

    def _fallback_toggled(self, _checked: bool) -> None:
        self._edited()

    # --- editing -----------------------------------------------------------------------------
    _read_only = False

    def _set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.sections.set_read_only(read_only)
        self.save_button.setEnabled(self.editable and not read_only)

    def _edited(self) -> None:
        if not self._loading:
            self._forget_restructure()
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
        return same_order(self.description()) != same_order(self.loaded)

    def save_changes(self) -> bool:
        if not self.editable or self._read_only:
            return False
        description = self.description()
        written_on = self.written_on
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
            work=lambda: self.services.descriptions.save(description, written_on=written_on),
            on_success=saved,
            on_user_error=refused,
        )
        return outcome["ok"]

    def discard_changes(self) -> None:
        self.loaded = None
        self.refresh()

    def _clear_errors(self) -> None:
        self.status.setStyleSheet("")
        self.sections.clear_errors()

    def _show_errors(self, problems: dict[str, str]) -> None:
        """Each problem below its field; the Finnish texts are the ones checked, so show those."""
        self._clear_errors()
        if self.lang != PRIMARY:
            self.language.setCurrentIndex(self.language.findData(PRIMARY))
        first = self.sections.show_errors(problems)
        show(
            self.status, self.tr("The description was not saved. Correct the fields marked below.")
        )
        if first is not None:
            self.scroll_area.ensureWidgetVisible(first)
            first.setFocus()
