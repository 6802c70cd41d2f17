"""Which fields differ between two versions of a customer, and what "keep editing" keeps."""

from __future__ import annotations

from dataclasses import replace

from desktop.core.customer_form import CustomerForm, PhoneForm
from desktop.core.edit_conflict import differing_fields, keep_editing

OPENED = CustomerForm(first_name="Anna", last_name="Asiakas", municipality="Helsinki")


def test_differing_fields_in_the_forms_order() -> None:
    other = replace(OPENED, notes="x", first_name="Anni", phones=(PhoneForm("040 1"),))
    assert differing_fields(OPENED, other) == ("first_name", "notes", "phones")
    assert differing_fields(OPENED, OPENED) == ()


def test_keep_editing_takes_theirs_only_where_the_user_typed_nothing() -> None:
    mine = replace(OPENED, notes="minun", municipality="Turku")
    theirs = replace(OPENED, municipality="Espoo", title="Tohtori", notes="minun")
    merged = keep_editing(OPENED, mine, theirs)
    assert merged.form == replace(mine, title="Tohtori")  # same note typed by both: no clash
    assert merged.both_changed == ("municipality",)
