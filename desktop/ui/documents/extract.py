"""A customer's printed data extract: shown, printed or saved from memory, never kept on disk."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.services.container import Services
from desktop.ui.documents.output import ask_save_path, print_pdf, save_pdf
from desktop.ui.documents.preview import PdfPreviewDialog
from desktop.ui.messages import show_info
from desktop.ui.ops import run_op


def show_customer_extract(
    parent: QWidget | None, services: Services, customer_id: int, language: str
) -> None:
    title = QCoreApplication.translate("LetterActions", "Data extract")

    def show(pdf: bytes) -> None:
        def save() -> None:
            path = ask_save_path(
                dialog,
                QCoreApplication.translate("LetterActions", "Save the data extract as PDF"),
                QCoreApplication.translate("LetterActions", "data-extract.pdf"),
            )
            if path is not None:
                run_op(
                    parent=dialog,
                    work=lambda: save_pdf(path, pdf),
                    on_success=lambda _r: show_info(
                        dialog,
                        QCoreApplication.translate(
                            "LetterActions", "The extract was saved as {path}."
                        ).format(path=str(path)),
                    ),
                )

        dialog = PdfPreviewDialog(
            pdf,
            title,
            on_print=lambda: print_pdf(dialog, pdf, title),
            on_save=save,
            parent=parent,
        )
        dialog.setObjectName("extractPreview")
        dialog.exec()

    run_op(
        parent=parent,
        work=lambda: services.letters.customer_extract_pdf(customer_id, language),
        on_success=show,
    )
