"""The business ID the forms show as an example is itself valid (1234567-8 was not), and a
landline is told from a mobile so a new phone row gets the right kind."""

from __future__ import annotations

from stdnum.fi import ytunnus

from desktop.core.validation import EXAMPLE_BUSINESS_ID, business_id, phone_is_landline


def test_the_example_business_id_is_valid() -> None:
    assert ytunnus.is_valid(EXAMPLE_BUSINESS_ID)
    assert business_id(EXAMPLE_BUSINESS_ID).problem is None
    assert not ytunnus.is_valid("1234567-8")


def test_landlines_and_mobiles_are_told_apart() -> None:
    assert phone_is_landline("09 123 4567") is True
    assert phone_is_landline("02 234 5678") is True
    assert phone_is_landline("040 123 4567") is False
    assert phone_is_landline("+358 50 123 4567") is False
    assert phone_is_landline("040") is None
