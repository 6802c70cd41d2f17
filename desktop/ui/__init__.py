"""PySide6 widgets. The UI calls services; it never writes SQL."""
