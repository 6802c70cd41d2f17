"""`kirjuri statement`: the privacy statement as PDF or HTML, for publishing from a script."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.cli.common import (
    PASSWORD_FOR_PROMPT,
    add_db,
    add_login,
    count_argument,
    only_user,
    read_password,
    register_files,
)
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.errors import RegisterMissing, Translate, UserError

STATEMENT_WRITTEN = QT_TRANSLATE_NOOP(
    "Cli", "Wrote the privacy statement (version {version}, {lang}, {format}) to {path}"
)
STATEMENT_FROM_TEMPLATE = QT_TRANSLATE_NOOP(
    "Cli",
    "Wrote the privacy statement ({lang}, {format}) to {path}. It is made from the template: "
    "no register description has been saved yet (Register description page).",
)


IMPORTED = QT_TRANSLATE_NOOP(
    "Cli",
    "Imported {sections} sections from {path} as version {version} of the register description.",
)
UNPLACED = QT_TRANSLATE_NOOP(
    "Cli",
    "Nothing was saved: these paragraphs could not be placed in a section. Give "
    "--leave-out-unplaced or --unplaced-to-introduction after checking them:",
)
NOT_SAVED = QT_TRANSLATE_NOOP(
    "Cli", "Nothing was saved: the statement lacks what the law requires in it:"
)
IMPORTED_TRANSLATION = QT_TRANSLATE_NOOP(
    "Cli",
    "Imported {sections} sections from {path} as the {language} texts of the statement, "
    "version {version} of the register description.",
)
NO_FINNISH = QT_TRANSLATE_NOOP(
    "Cli",
    "Nothing was saved: there is no saved Finnish statement to put the {language} texts in. "
    "Import or save the Finnish statement first.",
)
SECTIONS_DIFFER = QT_TRANSLATE_NOOP(
    "Cli",
    "Nothing was saved: the file has {found} sections, the Finnish statement {expected}. The "
    "{language} statement is matched to the Finnish one section by section, in order:",
)
STILL_UNTRANSLATED = QT_TRANSLATE_NOOP(
    "Cli", "Still without a current {language} text (translate them in the editor): {names}"
)
KEPT_DATE = QT_TRANSLATE_NOOP(
    "Cli", "The first version keeps the date written in the statement: {date}."
)
WARNING = QT_TRANSLATE_NOOP("Cli", "Warning: {text}")
LANGUAGE_NAMES = {
    "sv": QT_TRANSLATE_NOOP("Cli", "Swedish"),
    "en": QT_TRANSLATE_NOOP("Cli", "English"),
}


class CannotWrite(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "Kirjuri cannot write the file {path}. Check the folder and its permissions."
    )
    exit_code = 7


def cmd_statement(args: argparse.Namespace) -> int:
    """The privacy statement of the latest saved description, for publishing from a script;
    `kirjuri statement import FILE` brings in the statement the business already has."""
    if args.action == "import":
        if args.file is None:
            args.parser.error("statement import needs the FILE to import")
        return cmd_statement_import(args)
    if args.action is not None or args.format is None or args.out is None:
        args.parser.error("--format and --out are required (or: statement import FILE)")
    from desktop.services.access.gate import Gate
    from desktop.services.statement.description import RegisterDescriptionService
    from desktop.services.statement.published import PublishedStatementService
    from desktop.store.atomic import atomic_write_bytes
    from desktop.store.register import RegisterLock
    from desktop.ui.statement.warnings import publishing_warnings

    localize: Translate = args.translate
    files = register_files(args)
    if not files.db.exists():
        raise RegisterMissing(path=str(files.db))
    lang = args.lang or "fi"
    with RegisterLock(files):
        gate = Gate(files)
        try:
            username = args.user or only_user(gate.usernames())
            prompt = localize("Cli", PASSWORD_FOR_PROMPT).format(username=username)
            user = gate.login(username, read_password(args.password_stdin, prompt=prompt)).user
            assert gate.register is not None
            service = RegisterDescriptionService(gate.register, user)
            saved = service.saved(args.description_version)
            content = service.statement(lang, args.format, saved.version or None)
            try:  # a half-written statement never replaces the old
                atomic_write_bytes(args.out, content)
            except OSError as exc:
                raise CannotWrite(path=str(args.out)) from exc
            # Published: kept in the register as written (the window's Published statements).
            published = PublishedStatementService(gate.register, user)
            published.record(saved.version, lang, args.format, content, "command")
        finally:
            gate.close()
    for text in publishing_warnings(saved.description):
        print(localize("Cli", WARNING).format(text=text), file=sys.stderr)
    if saved.version:
        written = localize("Cli", STATEMENT_WRITTEN)
    else:  # nothing saved yet: the statement comes from the sole-trader template
        written = localize("Cli", STATEMENT_FROM_TEMPLATE)
    print(written.format(version=saved.version, lang=lang, format=args.format, path=args.out))
    return 0


def cmd_statement_import(args: argparse.Namespace) -> int:
    """Read FILE, split it into sections and save it as a new version of the description: with
    --lang fi (the default) as the statement itself, with --lang sv or en as that language's
    texts of the sections of the saved Finnish statement."""
    from desktop.services.access.gate import Gate
    from desktop.services.statement.description import RegisterDescriptionService
    from desktop.store.register import RegisterLock

    localize: Translate = args.translate
    files = register_files(args)
    if not files.db.exists():
        raise RegisterMissing(path=str(files.db))
    lang = args.lang or "fi"
    with RegisterLock(files):
        gate = Gate(files)
        try:
            username = args.user or only_user(gate.usernames())
            prompt = localize("Cli", PASSWORD_FOR_PROMPT).format(username=username)
            user = gate.login(username, read_password(args.password_stdin, prompt=prompt)).user
            assert gate.register is not None
            service = RegisterDescriptionService(gate.register, user)
            return _import(args, service, lang, localize)
        finally:
            gate.close()


def _import(args: argparse.Namespace, service: Any, lang: str, localize: Translate) -> int:
    from dataclasses import replace
    from datetime import date

    from desktop.core.statement_import import source_date, to_description
    from desktop.core.statement_translation_import import (
        as_translation,
        finnish_heading,
        printed_keys,
    )
    from desktop.errors import ValidationError

    preview = service.read_statement(args.file)  # CannotImport (4) before anything is saved
    imported = preview.imported
    if imported.unplaced:
        if args.unplaced_to_introduction:
            imported = replace(
                imported, introduction=[*imported.introduction, *imported.unplaced], unplaced=[]
            )
        elif not args.leave_out_unplaced:
            print(localize("Cli", UNPLACED), file=sys.stderr)
            for paragraph in imported.unplaced:
                print(f"  {paragraph}", file=sys.stderr)
            return 1
    written_on = None
    if lang == "fi":
        description = to_description(imported, service.current())
        written_on = source_date(imported, date.today())
    else:
        language = localize("Cli", LANGUAGE_NAMES[lang])
        saved = service.saved()
        if not saved.version:
            print(localize("Cli", NO_FINNISH).format(language=language), file=sys.stderr)
            return 1
        translated = as_translation(imported, saved.description, lang)
        if translated is None:
            keys = printed_keys(saved.description)
            message = localize("Cli", SECTIONS_DIFFER).format(
                found=len(imported.sections), expected=len(keys), language=language
            )
            print(message, file=sys.stderr)
            for index in range(max(len(keys), len(imported.sections))):
                finnish = (
                    finnish_heading(saved.description, keys[index]) if index < len(keys) else ""
                )
                other = imported.sections[index].heading if index < len(imported.sections) else ""
                print(f"  {index + 1}. {finnish or '—'}  |  {other or '—'}", file=sys.stderr)
            return 1
        description = translated
    try:
        version = service.save(description, written_on=written_on)
    except ValidationError as refused:
        print(localize("Cli", NOT_SAVED), file=sys.stderr)
        for name, message in refused.fields.items():
            print(f"  {name}: {localize('Validation', message)}", file=sys.stderr)
        return 1
    if lang == "fi":
        done = localize("Cli", IMPORTED)
        print(done.format(sections=len(imported.sections), path=args.file, version=version))
        kept = service.saved(version).updated_on
        if version == 1 and written_on is not None and kept == written_on:
            print(localize("Cli", KEPT_DATE).format(date=f"{kept.day}.{kept.month}.{kept.year}"))
        return 0
    done = localize("Cli", IMPORTED_TRANSLATION)
    print(
        done.format(
            sections=len(imported.sections), path=args.file, language=language, version=version
        )
    )
    status = description.translation_status(lang)
    left = [*status["missing"], *status["stale"]]
    if left:
        names = ", ".join(left)
        print(localize("Cli", STILL_UNTRANSLATED).format(language=language, names=names))
    return 0


def add_statement_command(commands: Any) -> None:
    statement = commands.add_parser(
        "statement",
        help="write the privacy statement as PDF or HTML (--lang chooses its language, default "
        "fi); `statement import FILE` brings in the statement the business already has (--lang "
        "sv or en: as the Swedish or English texts of the saved Finnish statement's sections)",
    )
    add_db(statement)
    statement.add_argument("action", nargs="?", choices=("import",), help=argparse.SUPPRESS)
    statement.add_argument("file", nargs="?", type=Path, help=argparse.SUPPRESS)
    statement.add_argument("--format", choices=("pdf", "html"))
    statement.add_argument("--out", type=Path, metavar="FILE")
    statement.add_argument(
        "--leave-out-unplaced",
        action="store_true",
        help="import: leave out paragraphs that fit no section (page numbers and the like)",
    )
    statement.add_argument(
        "--unplaced-to-introduction",
        action="store_true",
        help="import: put paragraphs that fit no section into the introduction",
    )
    statement.add_argument(
        "--description-version",
        dest="description_version",
        type=count_argument,
        metavar="N",
        help="an earlier version of the register description (default: the latest)",
    )
    add_login(statement)
    statement.set_defaults(func=cmd_statement, parser=statement)
