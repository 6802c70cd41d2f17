"""Kirjuri — a customer register and data-protection request log for Finnish small businesses."""

__version__ = "0.1.0"
APP_NAME = "Kirjuri"
