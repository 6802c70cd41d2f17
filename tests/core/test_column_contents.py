from desktop.core.importing.column_contents import looks_like


def test_a_column_of_emails_or_phones_is_told_from_its_values() -> None:
    assert looks_like(["maija@example.fi", "", "pekka@example.com"]) == "email"
    assert looks_like(["040 123 4567", "+46 8 123 456 78", "09 765 4321"]) == "phone"
    assert looks_like(["00100", "33100", "Helsinki"]) is None
    assert looks_like(["1", "2", "3"]) is None  # customer numbers are no phone numbers
    assert looks_like(["maija@example.fi", "soita", "kirjoita", "ei"]) is None
    assert looks_like([]) is None
