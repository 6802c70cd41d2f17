"""What the check of an import found, row by row, as the lines the import dialog lists.

The texts keep the dialog's translation context, "ImportDialog", where they were written first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.services.customers.importing import ImportPlan
from desktop.ui.i18n import translate

MAX_LISTED = 1000


def plan_lines(plan: ImportPlan) -> list[str]:
    """A line a row worth telling about: rejected (and why), to check, earlier banned or
    erased, or a possible duplicate; at most MAX_LISTED, then how many more."""
    lines: list[str] = []
    row_text = QCoreApplication.translate("ImportDialog", "Row {row}: {what}")
    check = QCoreApplication.translate("ImportDialog", "check: {cells}")
    for rejected in plan.rejected:
        what = QCoreApplication.translate("ImportDialog", "rejected: {reasons}").format(
            reasons=plan.problem_text(rejected, translate)
        )
        if rejected.row_number in plan.flagged:
            cells = plan.flag_text(rejected.row_number, translate)
            what = f"{what} · {check.format(cells=cells)}"
        lines.append(row_text.format(row=rejected.row_number, what=what))
    rejected_rows = {row.row_number for row in plan.rejected}
    for number in sorted(set(plan.flagged) - rejected_rows):
        what = check.format(cells=plan.flag_text(number, translate))
        lines.append(row_text.format(row=number, what=what))
    for number, warning in sorted(plan.suppressed.items()):
        values = ", ".join(dict.fromkeys(hit.value for hit in warning.hits))
        reasons = ", ".join(translate("Import", reason) for reason in warning.reasons)
        lines.append(row_text.format(row=number, what=f"{values} — {reasons}"))
    for number, duplicate in sorted(plan.duplicates.items()):
        reasons = ", ".join(translate("Duplicates", reason) for reason in duplicate.reasons)
        who = [
            QCoreApplication.translate("ImportDialog", "customer {number} {name}").format(
                number=hit.number, name=hit.name
            )
            for hit in duplicate.in_register
        ]
        who += [
            QCoreApplication.translate("ImportDialog", "row {row}").format(row=other)
            for other in duplicate.same_as_rows
        ]
        what = QCoreApplication.translate(
            "ImportDialog", "possible duplicate ({reasons}) of {who}"
        ).format(reasons=reasons, who=", ".join(who))
        lines.append(row_text.format(row=number, what=what))
    if len(lines) > MAX_LISTED:
        more = len(lines) - MAX_LISTED
        lines = [
            *lines[:MAX_LISTED],
            QCoreApplication.translate("ImportDialog", "… and {count} more").format(count=more),
        ]
    return lines
