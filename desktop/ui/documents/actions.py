"""Preview, print and save a signed letter: the same three actions on the request's Letters tab
and on the Documents page. The stored bytes are used every time: a reprint is the original."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.services.container import Services
from desktop.services.letters.service import LetterRow
from desktop.ui.documents.output import ask_save_path, print_pdf, save_pdf
from desktop.ui.documents.preview import PdfPreviewDialog
from desktop.ui.messages import confirm, show_info
from desktop.ui.ops import run_op


def letter_title(row: LetterRow) -> str:
    return f"{row.document_name.capitalize()} {row.diary_number}"


def file_name(row: LetterRow) -> str:
    """ "2026-001 vastaus tarkastuspyyntöön.pdf": the diary number and the document's own name
    (in the letter's language), never the customer's name nor an internal code."""
    name = "".join(" " if ch in UNSAFE_IN_FILE_NAMES else ch for ch in row.document_name)
    return f"{row.diary_number} {' '.join(name.split())}.pdf"


UNSAFE_IN_FILE_NAMES = set('/\\:*?"<>|') | {chr(c) for c in range(32)}


def print_letter(parent: QWidget | None, services: Services, row: LetterRow) -> None:
    def send(pdf: bytes) -> None:
        if print_pdf(parent, pdf, letter_title(row)):
            run_op(parent=parent, work=lambda: services.letters.record_output(row.id, "print"))

    run_op(parent=parent, work=lambda: services.letters.pdf(row.id), on_success=send)


def save_letter(parent: QWidget | None, services: Services, row: LetterRow) -> None:
    path = ask_save_path(
        parent,
        QCoreApplication.translate("LetterActions", "Save the letter as PDF"),
        file_name(row),
    )
    if path is None:
        return
    # For a reply sent by email: the business's PAdES signature, when one is set up here.
    sign = services.signing.status().ready and confirm(
        parent,
        QCoreApplication.translate(
            "LetterActions",
            "Add the business's digital signature to the PDF? Use it when the letter is sent "
            "by email; a printed letter is signed by hand.",
        ),
        QCoreApplication.translate("LetterActions", "Sign digitally"),
        no=QCoreApplication.translate("LetterActions", "Save without"),
    )

    def done(_result: object) -> None:
        text = (
            QCoreApplication.translate(
                "LetterActions", "The letter was saved, digitally signed, as {path}."
            )
            if sign
            else QCoreApplication.translate("LetterActions", "The letter was saved as {path}.")
        )
        show_info(parent, text.format(path=str(path)))

    def work() -> None:
        pdf = services.letters.pdf(row.id)
        if sign:
            reason = QCoreApplication.translate("LetterActions", "Reply {diary_number}").format(
                diary_number=row.diary_number
            )
            pdf = services.signing.sign_pdf_for_email(pdf, reason=reason)
        save_pdf(path, pdf)
        services.letters.record_output(row.id, "save")

    run_op(parent=parent, work=work, on_success=done)


def preview_letter(parent: QWidget | None, services: Services, row: LetterRow) -> None:
    def show(pdf: bytes) -> None:
        dialog = PdfPreviewDialog(
            pdf,
            letter_title(row),
            on_print=lambda: print_letter(dialog, services, row),
            on_save=lambda: save_letter(dialog, services, row),
            parent=parent,
        )
        dialog.exec()

    run_op(parent=parent, work=lambda: services.letters.pdf(row.id), on_success=show)
