"""The Customers page: search as you type, filters, server-side sorting, paging, actions, roles."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.services.customers.orders import OrderForm
from desktop.services.customers.search import CustomerQuery
from desktop.ui import i18n
from desktop.ui.customers.delete_dialog import DeleteCustomerDialog
from desktop.ui.customers.page import CustomersPage
from desktop.ui.main_window import MainWindow
from desktop.ui.models.customers_model import CustomersModel
from tests.ui.conftest import answer_next_dialog
from tests.ui.customers.conftest import MORE_CUSTOMERS, in_next_dialog, make_page, names

ALL_CUSTOMERS = 5 + MORE_CUSTOMERS


def _select(page: CustomersPage, *customer_ids: int) -> None:
    selection = page.table.selectionModel()
    selection.clearSelection()
    for customer_id in customer_ids:
        row = page.model.row_of(customer_id)
        assert row >= 0
        selection.select(
            page.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def _ids_named(page: CustomersPage, name: str) -> list[int]:
    return [row.id for row in page.model.rows if row.name == name]


def test_the_page_lists_customers_by_name(qtbot, page: CustomersPage) -> None:  # type: ignore[no-untyped-def]
    assert page.model.rowCount() == ALL_CUSTOMERS
    assert page.count_label.text() == f"{ALL_CUSTOMERS} customers"
    assert names(page) == sorted(names(page), key=lambda n: n.casefold().replace("ä", "a"))
    assert page.search.placeholderText() == (
        "Search by name, email, phone, address or customer number"
    )


def test_search_without_diacritics_finds_meikalainen(qtbot, page: CustomersPage) -> None:  # type: ignore[no-untyped-def]
    page.search.setText("Meikalainen")
    assert page.search_timer.isActive(), "the search waits until typing pauses"
    assert page.model.rowCount() == ALL_CUSTOMERS
    qtbot.waitUntil(lambda: names(page) == ["Meikäläinen Maija"], timeout=2000)
    assert page.count_label.text() == "1 customer"


def test_phone_search_finds_the_number_however_it_is_written(qtbot, page: CustomersPage) -> None:  # type: ignore[no-untyped-def]
    page.search.setText("040 123")
    qtbot.waitUntil(lambda: names(page) == ["Meikäläinen Maija"], timeout=2000)
    assert page.model.data(page.model.index(0, 4)) == "040 1234567"


def test_clicking_a_header_sorts_in_the_register(qtbot, page: CustomersPage) -> None:  # type: ignore[no-untyped-def]
    header = page.table.horizontalHeader()

    def click(column: int) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    click(0)
    numbers = [row.number for row in page.model.rows]
    assert page.model.query.sort == "number" and numbers == sorted(numbers)
    click(0)
    numbers = [row.number for row in page.model.rows]
    assert page.model.query.descending and numbers == sorted(numbers, reverse=True)
    click(5)
    assert page.model.query.sort == "municipality"
    towns = [row.municipality.casefold() for row in page.model.rows]
    assert towns == sorted(towns)


def test_more_rows_are_read_only_when_the_view_asks(qtbot, page: CustomersPage) -> None:  # type: ignore[no-untyped-def]
    model = CustomersModel(page.services.customer_queries, page_size=10)
    model.set_query(CustomerQuery(sort="number"))
    assert model.rowCount() == 10 and model.canFetchMore()
    QApplication.processEvents()
    assert model.rowCount() == 10, "nothing more is read until fetchMore"
    model.fetchMore()
    assert model.rowCount() == 20
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == ALL_CUSTOMERS and not model.canFetchMore()
    numbers = [row.number for row in model.rows]
    assert numbers == sorted(numbers) and len(set(numbers)) == ALL_CUSTOMERS


def test_restricted_customers_are_marked_and_filtered(qtbot, page: CustomersPage) -> None:  # type: ignore[no-untyped-def]
    row = page.model.row_of(_ids_named(page, "Rajoitettu Rauni")[0])
    status = page.model.index(row, 6)
    assert page.model.data(status) == "Active · Restricted"
    font = page.model.data(status, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.italic()
    assert "restricted" in str(page.model.data(status, Qt.ItemDataRole.ToolTipRole))
    page.filters.restricted.setCurrentIndex(page.filters.restricted.findData("only"))
    assert names(page) == ["Rajoitettu Rauni"]
    page.filters.restricted.setCurrentIndex(page.filters.restricted.findData("hide"))
    assert "Rajoitettu Rauni" not in names(page)
    assert page.model.rowCount() == ALL_CUSTOMERS - 1


def test_segment_and_marketing_filters(qtbot, page: CustomersPage) -> None:  # type: ignore[no-untyped-def]
    tags = [page.filters.tag.itemText(i) for i in range(page.filters.tag.count())]
    assert tags == ["All segments", "Kanta-asiakas", "VIP", "Yritys"]
    page.filters.tag.setCurrentIndex(page.filters.tag.findData("VIP"))
    assert names(page) == ["Meikäläinen Maija"]
    page.filters.tag.setCurrentIndex(0)
    # Email marketing needs a consent; nobody has given one yet. Post is allowed until banned.
    page.filters.marketing.setCurrentIndex(page.filters.marketing.findData("marketing_email"))
    assert page.model.rowCount() == 0 and page.count_label.text() == "0 customers"
    page.filters.marketing.setCurrentIndex(page.filters.marketing.findData("marketing_post"))
    assert page.model.rowCount() == ALL_CUSTOMERS


def test_delete_says_what_will_happen_then_deletes(qtbot, page: CustomersPage) -> None:  # type: ignore[no-untyped-def]
    maija = _ids_named(page, "Meikäläinen Maija")[0]
    _select(page, maija)
    seen: dict[str, object] = {}

    def answer(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, DeleteCustomerDialog)
        seen["text"] = dialog.intro.text()
        table = dialog.deleted
        seen["deleted"] = [table.item(r, 0).text() for r in range(table.rowCount())]
        seen["kept"] = dialog.kept.isVisible()
        dialog.delete_button.click()

    in_next_dialog(answer)
    page.delete_button.click()
    assert "Meikäläinen Maija" in str(seen["text"])
    assert "deleted for good" in str(seen["text"])
    assert seen["deleted"] == [
        "Customer record",
        "Addresses",
        "Phone numbers",
        "Email addresses",
        "Tags",
    ]
    assert seen["kept"] is False, "nothing the law keeps"
    assert page.model.row_of(maija) == -1
    assert page.model.rowCount() == ALL_CUSTOMERS - 1


def test_delete_lists_what_the_accounts_keep(qtbot, page: CustomersPage, tmp_path) -> None:  # type: ignore[no-untyped-def]
    firm = _ids_named(page, "Osuuskunta Esimerkki")[0]
    page.services.orders.add(firm, OrderForm("5.6.2024", "Pöytä", "1200", "2024-17", paid=True))
    _select(page, firm)
    seen: dict[str, object] = {}

    def answer(dialog) -> None:  # type: ignore[no-untyped-def]
        seen["text"] = dialog.intro.text()
        table = dialog.kept
        seen["kept"] = [table.item(r, 0).text() for r in range(table.rowCount())]
        dialog.resize(1366 * 3 // 4, 520)
        dialog.grab().save(str(tmp_path / "delete-dialog.png"))
        dialog.delete_button.click()

    in_next_dialog(answer)
    page.delete_button.click()
    assert "The law requires keeping some of their records" in str(seen["text"])
    assert seen["kept"] == [  # a voucher (KPL 2:10), kept 6 years; the register holds no books
        "Invoice (accounting voucher) — 5.6.2024 2024-17 1\xa0200,00\xa0€",
    ]
    assert page.model.row_of(firm) >= 0, "the emptied record stays for the order"


def test_cancelling_the_delete_dialog_deletes_nothing(qtbot, page: CustomersPage) -> None:  # type: ignore[no-untyped-def]
    maija = _ids_named(page, "Meikäläinen Maija")[0]
    _select(page, maija)
    in_next_dialog(lambda dialog: dialog.reject())
    page.delete_button.click()
    assert page.model.row_of(maija) >= 0


def test_delete_refuses_where_the_law_keeps_the_data(qtbot, page: CustomersPage) -> None:  # type: ignore[no-untyped-def]
    rauni = _ids_named(page, "Rajoitettu Rauni")[0]
    _select(page, rauni)
    seen: dict[str, str] = {}

    def answer(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, QMessageBox) and dialog.objectName() == "errorMessage"
        seen["text"] = dialog.text()
        dialog.accept()

    in_next_dialog(answer)
    page.delete_button.click()
    assert "restricted (GDPR Art. 18)" in seen["text"] and "Nothing was deleted" in seen["text"]
    assert page.model.row_of(rauni) >= 0


def test_delete_refusal_in_finnish(qtbot, page: CustomersPage) -> None:  # type: ignore[no-untyped-def]
    i18n.install("fi")
    _select(page, _ids_named(page, "Rajoitettu Rauni")[0])
    seen: dict[str, str] = {}

    def answer(dialog) -> None:  # type: ignore[no-untyped-def]
        seen["text"] = dialog.text()
        dialog.accept()

    in_next_dialog(answer)
    page.delete_button.click()
    assert "rajoitettu" in seen["text"] and "Mitään ei poistettu" in seen["text"]


def test_merge_two_duplicates(qtbot, page: CustomersPage) -> None:  # type: ignore[no-untyped-def]
    first, second = _ids_named(page, "Virtanen Matti")
    _select(page, first, second)
    assert page.merge_button.isEnabled()
    clicked = answer_next_dialog("Merge")
    page.merge_button.click()
    assert clicked()
    assert _ids_named(page, "Virtanen Matti") == [first], "the older record is kept by default"
    detail = page.services.customers.get(first)
    assert [e.address for e in detail.form.emails] == ["matti.virtanen@example.fi"]
    assert [p.number for p in detail.form.phones] == ["+358507654321"]


def test_read_only_user_sees_no_editing(qtbot, gate, english) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, gate, "liisa")
    assert page.new_button.isHidden() and page.delete_button.isHidden()
    assert page.merge_button.isHidden() and page.import_button.isHidden()
    assert page.export_button.isHidden()
    assert not page.new_action.isEnabled()
    assert page.open_button.isVisible()
    clerk = make_page(qtbot, gate, "ville")
    assert clerk.new_button.isVisible() and clerk.delete_button.isHidden(), "main user deletes"
    assert clerk.export_button.isHidden(), "only the main user exports"


def test_ctrl_f_focuses_the_search_and_ctrl_n_opens_a_new_customer(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window.nav.setCurrentRow(1)
    page = window.current_page()
    assert isinstance(page, CustomersPage)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    closed = answer_next_dialog("Close")
    qtbot.keyClick(page.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert closed(), "Ctrl+N opened the editor for a new customer"
    assert window.page_list[1] is page and page.model.rowCount() == ALL_CUSTOMERS


def test_any_channel_really_filters_and_an_active_filter_shows(qtbot, page: CustomersPage) -> None:  # type: ignore[no-untyped-def]
    """'any channel' means allowed on at least one; a filter left on is marked and cleared."""
    from datetime import date

    from desktop.core.customer_fields import ConsentKind, ConsentState

    filters = page.filters
    assert filters.marketing.currentData() is None and not filters.clear_button.isVisible()
    maija = _ids_named(page, "Meikäläinen Maija")[0]
    for kind in (ConsentKind.MARKETING_POST, ConsentKind.MARKETING_PHONE):
        page.services.consents.record(
            maija, kind, ConsentState.REFUSED, decided_on=date(2026, 1, 5), source="customer"
        )
    filters.marketing.setCurrentIndex(filters.marketing.findData("any"))
    assert "Meikäläinen Maija" not in names(page)
    assert page.model.rowCount() == ALL_CUSTOMERS - 1
    assert filters.clear_button.isVisible()
    assert "bold" in filters.marketing.styleSheet()
    assert filters.status.styleSheet() == ""
    filters.open_requests.setChecked(True)
    assert "bold" in filters.open_requests.styleSheet()
    qtbot.mouseClick(filters.clear_button, Qt.MouseButton.LeftButton)
    assert filters.active() == [] and not filters.clear_button.isVisible()
    assert page.model.rowCount() == ALL_CUSTOMERS
