"""Kirjuri on the office's PostgreSQL server: moving a register there and exporting it back."""
