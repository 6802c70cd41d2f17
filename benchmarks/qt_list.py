"""The Qt side: the customer list model's first page shown in a QTableView (offscreen)."""

from __future__ import annotations

import os
import time

from desktop.services.access.current_user import CurrentUser
from desktop.store.register import Register


def _app() -> object:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["kirjuri-benchmarks"])


def _shown(view: object) -> None:
    from PySide6.QtWidgets import QApplication, QTableView

    assert isinstance(view, QTableView)
    view.resize(1000, 700)
    view.show()
    QApplication.processEvents()
    view.grab()  # renders the visible rows: the page is really on screen


def model_first_page(register: Register, user: CurrentUser) -> float:
    """ms from creating the model to its first page painted."""
    _app()
    from PySide6.QtWidgets import QTableView

    from desktop.services.customers.search import CustomerQueries, CustomerQuery
    from desktop.ui.models.customers_model import CustomersModel

    began = time.perf_counter()
    model = CustomersModel(CustomerQueries(register, user))
    model.set_query(CustomerQuery())
    view = QTableView()
    view.setModel(model)
    _shown(view)
    elapsed = time.perf_counter() - began
    view.close()
    view.deleteLater()
    return elapsed * 1000


def bare_view_first_page(rows: int = 200, columns: int = 7) -> float:
    """The baseline: a QStandardItemModel of `rows` rows filled and shown the same way."""
    _app()
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    began = time.perf_counter()
    model = QStandardItemModel(rows, columns)
    for row in range(rows):
        for column in range(columns):
            model.setItem(row, column, QStandardItem(f"Meikäläinen Maija {row}.{column}"))
    view = QTableView()
    view.setModel(model)
    _shown(view)
    elapsed = time.perf_counter() - began
    view.close()
    view.deleteLater()
    return elapsed * 1000
