"""Printed documents made with reportlab: letters, the privacy statement, labels. No Qt here."""
