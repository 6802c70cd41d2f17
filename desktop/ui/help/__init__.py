"""The user guide: plain HTML pages in resources/guide/<lang>/, shown in a QTextBrowser."""
