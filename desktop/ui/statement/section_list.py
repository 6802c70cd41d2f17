"""The statement's sections in the editor: one box per standard section, the recipients table and
the sections of the business's own, in the business's order; moving, inserting and removing
sections, and the texts of one language into and out of the boxes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QPushButton, QScrollArea, QVBoxLayout, QWidget

from desktop.core.register_description import (
    PRIMARY,
    Currency,
    ExtraSection,
    RegisterDescription,
    section_fields,
)
from desktop.core.statement_sections import extra_source, field_source
from desktop.documents.statement import fixed_texts
from desktop.ui.statement.fields import SECTIONS
from desktop.ui.statement.model import EditorValues
from desktop.ui.statement.sections import (
    ExtraBox,
    MoveBar,
    RecipientsTable,
    SectionBox,
    TextEdit,
    show_also,
)
from desktop.ui.statement.sections import show_error as show
from desktop.ui.widgets.message import WrappingScrollArea

TOP_FIELDS = ("title", "date_line", "introduction")  # above the sections, not moved
Item = str | ExtraBox  # a standard section's key, or a section of one's own


def _tr(text: str) -> str:
    return QCoreApplication.translate("Statement", text)


class SectionList(QObject):
    """`scroll_area` holds the boxes; `edited` is sent on every change the user makes."""

    edited = Signal()
    merge_requested = Signal(object)  # the Item to merge with the next one
    split_requested = Signal(object)  # the Item to split at the cursor's paragraph

    def __init__(self, editable: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editable = editable
        self.read_only = False
        self.lang = PRIMARY  # the language shown
        self.move_bars: list[MoveBar] = []
        self.scroll_area = self._build()

    def _changed(self, *_args: object) -> None:
        self.edited.emit()

    # --- building ------------------------------------------------------------------------------
    def _build(self) -> QScrollArea:
        """The title lines, then every section in the business's order (the recipients table in
        its own), then the button that adds a section at the end."""
        self.boxes: dict[str, SectionBox] = {}
        self.groups: dict[str, list[QWidget]] = {}  # section key → its boxes
        body = QWidget()
        column = QVBoxLayout(body)
        self.sections_column = QVBoxLayout()
        for name, section, label, hint in SECTIONS:
            box = SectionBox(name, _tr(label), _tr(hint), heading=bool(section))
            box.text.textChanged.connect(self._changed)
            if box.heading is not None:
                box.heading.textChanged.connect(self._changed)
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
        labels = (
            self.tr("Move up"),
            self.tr("Move down"),
            self.tr("Insert a section below"),
            self.tr("Merge with the next"),
            self.tr("Split in two…"),
        )
        bar = MoveBar(labels, name)
        bar.up.connect(lambda: self.move_section(item, -1))
        bar.down.connect(lambda: self.move_section(item, 1))
        bar.insert.connect(lambda: self.add_extra(after=item))
        bar.merge.connect(lambda: self.merge_requested.emit(item))
        bar.split.connect(lambda: self.split_requested.emit(item))
        bar.split_button.setToolTip(
            self.tr("The new section starts at the paragraph the cursor is in (Finnish text).")
        )
        bar.split_button.setEnabled(self.lang == PRIMARY)
        bar.setVisible(self.editable)
        self.move_bars.append(bar)
        return bar

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
        table.changed.connect(self._changed)
        return table

    # --- order -------------------------------------------------------------------------------
    def relayout(self) -> None:
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
            self.relayout()
            self.edited.emit()

    def key_of(self, item: Item) -> str | None:
        """The section key `item` has in the description made of the boxes (own sections left
        empty are not in it: None for such a one)."""
        if isinstance(item, str):
            return item
        kept = [box for box in self.extras if box.has_text()]
        return f"extra.{kept.index(item)}" if item in kept else None

    def cursor_paragraph(self, item: Item) -> int:
        """Which of the section's paragraphs (non-blank Finnish lines, the parts of a section one
        after the other) the cursor was last in; 1 where it was in none of them."""
        if isinstance(item, str):
            edits = [self.boxes[name].text for name in section_fields(item) if name in self.boxes]
        else:
            edits = [item.text]
        before = 0
        for edit in edits:
            lines = edit.toPlainText().splitlines()
            if TextEdit.last_focused is edit:
                at = edit.textCursor().blockNumber()
                return before + len([line for line in lines[:at] if line.strip()])
            before += len([line for line in lines if line.strip()])
        return 1

    def order(self) -> list[str]:
        return [
            item if isinstance(item, str) else f"extra.{self.extras.index(item)}"
            for item in self.sequence
        ]

    def topics(self) -> list[tuple[str, str]]:
        """(section key, label) for the topic choices; "" for a section on another topic."""
        return [("", self.tr("Other topic"))] + [
            (section, _tr(label)) for _, section, label, _ in SECTIONS if section
        ]

    def _also_text(self, topics: tuple[str, ...]) -> str:
        """ "Also about: …" for the topics a merge brought into a section, or ""."""
        labels = dict(self.topics())
        names = ", ".join(labels.get(topic, topic) for topic in topics if topic)
        return self.tr("Also about (merged in): {topics}").format(topics=names) if names else ""

    # --- sections of one's own -----------------------------------------------------------------
    def add_extra(
        self, extra: ExtraSection | None = None, edited: bool = True, after: Item | None = None
    ) -> ExtraBox:
        """A section of one's own: at the end, or after `after`."""
        box = ExtraBox(
            (
                self.tr("Section of your own"),
                self.tr("Heading:"),
                self.tr("Remove section"),
                self.tr("Topic:"),
            ),
            len(self.extras),
            self.topics(),
            extra,
        )
        layout = box.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self._move_bar(f"extra_{len(self.extras)}", box))
        box.show_language(self.lang)
        show_also(box.also, self._also_text(box.extra.also))
        box.heading.textChanged.connect(self._changed)
        box.text.textChanged.connect(self._changed)
        box.topic.currentIndexChanged.connect(self._changed)
        box.removed.connect(self._remove_extra)
        box.set_read_only(not self.editable or self.read_only)
        self.extras.append(box)
        if after is not None and after in self.sequence:
            self.sequence.insert(self.sequence.index(after) + 1, box)
        else:
            self.sequence.append(box)
        self.relayout()
        if edited:
            self.edited.emit()
            box.heading.setFocus()
        return box

    def _remove_extra(self, box: ExtraBox) -> None:
        self.extras.remove(box)
        self.sequence.remove(box)
        self._drop(box)
        self.edited.emit()

    def _drop(self, box: ExtraBox) -> None:
        """The box deleted, and its move bar forgotten: once Qt has deleted it, touching the bar
        (a language change, read-only) raised RuntimeError."""
        self.move_bars = [bar for bar in self.move_bars if bar.parentWidget() is not box]
        box.deleteLater()

    # --- values ------------------------------------------------------------------------------
    def show_values(self, values: EditorValues) -> None:
        """The recipients, the sections of one's own and the order of `values`, then the texts of
        the language shown."""
        self.recipients.set_rows(values.recipients, self.lang)
        for box in self.extras:
            self._drop(box)
        self.extras = []
        self.sequence = [key for key in values.order if not key.startswith("extra.")]
        keys = list(values.order)
        for extra in values.extras:
            self.add_extra(extra, edited=False)
        for name, section, _, _ in SECTIONS:  # a section's first box carries the note
            if section == name:
                also = values.also_topics.get(section, ())
                show_also(self.boxes[name].also, self._also_text(also))
        self.sequence = [
            item if not item.startswith("extra.") else self.extras[int(item.split(".")[1])]
            for item in keys
        ]
        self.relayout()

    def show_language(self, values: EditorValues, lang: str) -> None:
        self.lang = lang
        for bar in self.move_bars:  # a split is made in the Finnish text; translations follow
            bar.split_button.setEnabled(lang == PRIMARY)
        standard = fixed_texts(lang)["headings"]
        for name, section, _, _ in SECTIONS:
            box = self.boxes[name]
            box.text.setPlainText(values.texts.get((lang, name), ""))
            if box.heading is not None:
                box.heading.setText(values.texts.get((lang, f"heading.{section}"), ""))
                box.set_standard_heading(self.tr("Heading in the statement:"), standard[section])
            if lang != PRIMARY:
                box.text.setPlaceholderText(values.texts.get((PRIMARY, name), ""))
            else:
                box.text.setPlaceholderText("")
        self.recipients.show_language(lang)
        for extra in self.extras:
            extra.show_language(lang)

    def store(self, values: EditorValues) -> None:
        """The boxes' texts into `values`, for the language shown. A text typed in Swedish or
        English is taken as translating the Finnish text as it is now."""
        lang = self.lang
        for name, section, _, _ in SECTIONS:
            box = self.boxes[name]
            pairs = [(name, box.text.toPlainText())]
            if box.heading is not None:
                pairs.append((f"heading.{section}", box.heading.text()))
            for key, text in pairs:
                if lang == PRIMARY:
                    values.texts[(lang, key)] = text
                else:
                    values.translated(lang, key, text)
        self.recipients.store()
        values.recipients = self.recipients.rows
        for extra in self.extras:
            extra.store(lang)
        values.extras = [box.extra for box in self.extras]
        values.order = self.order()

    def show_stale(self, description: RegisterDescription) -> None:
        """On each box whose translation is out of date, the Finnish text it was made from beside
        the Finnish text now, the changed words marked."""
        note = self.tr(
            "The Finnish text has changed since this translation was made; it is not printed "
            "until you update it or mark it checked. What changed:"
        )
        for name, section, _, _ in SECTIONS:
            box = self.boxes[name]
            keys = [name] + ([f"heading.{section}"] if box.heading is not None else [])
            stale = [
                key
                for key in keys
                if self.lang != PRIMARY and description.currency(self.lang, key) == Currency.STALE
            ]
            if not stale:
                box.stale.clear()
                continue
            # the text first, then the heading, as the box shows them
            olds = [field_source(description, self.lang, key) for key in stale]
            old = None if None in olds else "\n".join(text or "" for text in olds)
            new = "\n".join(description.finnish(key) for key in stale)
            box.stale.show_change(note, old, new)
        for extra in self.extras:
            own = extra.extra  # as stored from the box (empty ones are not in `description`)
            if self.lang == PRIMARY or own.currency(self.lang) != Currency.STALE:
                extra.stale.clear()
                continue
            extra.stale.show_change(note, extra_source(own, self.lang), own.finnish())

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for box in self.boxes.values():
            box.set_read_only(read_only)
        self.recipients.set_read_only(read_only)
        for extra in self.extras:
            extra.set_read_only(read_only)
        for bar in self.move_bars:
            bar.setVisible(self.editable and not read_only)
        self.add_extra_button.setVisible(self.editable and not read_only)

    # --- problems ----------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for box in self.boxes.values():
            show(box.error, "")
        show(self.recipients.error, "")
        for extra in self.extras:
            show(extra.heading_error, "")
            show(extra.text_error, "")

    def show_errors(self, problems: dict[str, str]) -> QWidget | None:
        """Each problem below its field; the first field with one, to scroll to."""
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
        return first

    def _describe_recipient_problem(self, index: int, column: str, text: str) -> str:
        return self.tr("Recipient {row}: {problem}").format(row=index + 1, problem=text)
