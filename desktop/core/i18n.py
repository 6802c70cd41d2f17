"""Marking strings for translation outside Qt code.

`pyside6-lupdate` finds calls named QT_TRANSLATE_NOOP by their syntax, so the layers that must not
import Qt (core, store, services, documents) mark their user-visible texts with this no-op and the
UI translates them at display time with QCoreApplication.translate(context, text).
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    del context
    return text
