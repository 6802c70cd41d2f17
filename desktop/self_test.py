"""`kirjuri --self-test`: a smoke test of the installed program, for CI and support.

It runs each step on a throw-away register in a temporary folder (removed at the end) and prints
one line per step, `OK` or `FAILED` with the error. A missing data file in a PyInstaller bundle
(a font, a translation, a migration, Qt's offscreen platform plugin) makes a step fail, and the
command exits 1. Exit 0 only when every step passed.

The output is for support and CI, so it is not translated (like `kirjuri check`'s problem list).

To add a step, write a function taking the `Context` and append it to `steps()`; a step fails by
raising.
"""

from __future__ import annotations

import io
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from desktop.services.access.gate import Gate
    from desktop.services.container import Services
    from desktop.store.register import RegisterFiles

USERNAME = "selftest"
PASSWORD = "self-test password 1234"  # a throw-away register; never a real one
CUSTOMER_LAST_NAME = "Äijälä-Öster"  # non-ASCII on purpose: the fonts and the search must cope
FINNISH_PROBE = ("Pages", "Customers", "Asiakkaat")  # (context, source, Finnish translation)


@dataclass
class Context:
    folder: Path
    out: TextIO
    started: float  # time.perf_counter() when the self-test began
    files: RegisterFiles | None = None
    gate: Gate | None = None
    services: Services | None = None
    customer_id: int | None = None
    letter_pdf: bytes | None = None
    app: Any = None  # the QApplication
    keep: list[Any] = field(default_factory=list)  # widgets that must outlive their step

    def require_services(self) -> Services:
        if self.services is None:
            raise RuntimeError("no register is open (an earlier step failed)")
        return self.services


Step = tuple[str, Callable[[Context], None]]


# --- steps ---------------------------------------------------------------------------------------
def open_register(ctx: Context) -> None:
    from desktop.core.roles import Role
    from desktop.services.access.gate import Gate
    from desktop.services.access.setup import create_new_register
    from desktop.services.access.users import NewUser
    from desktop.services.container import Services
    from desktop.services.register.business import BusinessDetails
    from desktop.store.register import RegisterFiles

    ctx.files = RegisterFiles(ctx.folder / "self-test.kirjuri")
    created = create_new_register(
        ctx.files,
        BusinessDetails("Itsetesti Oy", ""),
        NewUser(USERNAME, "Self Test", Role.ADMIN),
        PASSWORD,
        require_business_id=False,
    )
    created.register.close()
    # Open it again as a user would: key slot, migrations check, audit.
    ctx.gate = Gate(ctx.files)
    user = ctx.gate.login(USERNAME, PASSWORD).user
    ctx.services = Services.for_user(ctx.gate, user)


def create_customer(ctx: Context) -> None:
    from desktop.core.customer_form import CustomerForm, EmailForm, PhoneForm
    from desktop.services.customers.search import CustomerQuery

    services = ctx.require_services()
    detail = services.customers.create(
        CustomerForm(
            first_name="Anna",
            last_name=CUSTOMER_LAST_NAME,
            municipality="Äänekoski",
            emails=(EmailForm("anna@example.fi"),),
            phones=(PhoneForm("040 123 4567"),),
        )
    )
    ctx.customer_id = detail.id
    found = services.customer_queries.page(CustomerQuery(text="Äijälä"))
    if [row.id for row in found] != [detail.id]:
        raise RuntimeError(f"the new customer was not found by search (found {len(found)})")


def render_pdf(ctx: Context) -> None:
    """A short document with the embedded fonts, kept in memory (no personal data on disk)."""
    from reportlab.pdfgen.canvas import Canvas

    from desktop.documents.fonts import BOLD, register_fonts

    regular = register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.setFont(BOLD, 14)
    canvas.drawString(72, 770, "Kirjuri – itsetesti")
    canvas.setFont(regular, 11)
    canvas.drawString(72, 750, f"Anna {CUSTOMER_LAST_NAME}, Äänekoski · 12,50 €")
    canvas.showPage()
    canvas.save()
    data = buffer.getvalue()
    if not data.startswith(b"%PDF-") or b"/FontFile2" not in data:
        raise RuntimeError("the PDF has no embedded TrueType font")


def render_letter(ctx: Context) -> None:
    """A request for the new customer and its Finnish access reply: templates, layout, appendix."""
    from desktop.core.letters import LetterKind
    from desktop.core.requests import IdentityMethod, RequestChannel, RequestKind
    from desktop.services.requests.log import RequestForm

    services = ctx.require_services()
    request = services.requests.log(
        RequestForm(
            received_at=datetime.now().replace(microsecond=0),
            channel=RequestChannel.LETTER,
            kinds=(RequestKind.ACCESS,),
            customer_id=ctx.customer_id,
            signed_by_hand=True,
        )
    )
    services.requests.record_identity_check(request.id, IdentityMethod.SIGNATURE_MATCHES)
    draft = services.letters.create(request.id, LetterKind.ACCESS)
    pdf = services.letters.preview(draft.row.id)
    if not pdf.startswith(b"%PDF-") or b"/FontFile2" not in pdf:
        raise RuntimeError("the access reply has no embedded TrueType font")
    ctx.letter_pdf = pdf  # kept in memory only, for the preview step
    # The bundle's CLDR data (a foreign address's country row) and AES for portability.
    from desktop.core.postal import country_name

    names = [country_name("SE", lang) for lang in ("fi", "sv", "en")]
    if names != ["RUOTSI", "SVERIGE", "SWEDEN"]:
        raise RuntimeError(f"country names missing: {names}")
    import io

    import pyzipper

    buffer = io.BytesIO()
    with pyzipper.AESZipFile(buffer, "w", encryption=pyzipper.WZ_AES) as archive:
        archive.setpassword(b"self-test")
        archive.writestr("check.txt", b"ok")
    with pyzipper.AESZipFile(io.BytesIO(buffer.getvalue())) as archive:
        archive.setpassword(b"self-test")
        if archive.read("check.txt") != b"ok":
            raise RuntimeError("AES ZIP does not read back")


def preview_with_pdfium(ctx: Context) -> None:
    """The preview and printing draw pages with PDFium (pypdfium2): its native library must load."""
    import pypdfium2

    if ctx.letter_pdf is None:
        raise RuntimeError("no letter to preview (an earlier step failed)")
    document = pypdfium2.PdfDocument(ctx.letter_pdf)
    try:
        bitmap = document[0].render(scale=0.5)
        if bitmap.width < 100 or bitmap.height < 100:
            raise RuntimeError("PDFium drew no page")
    finally:
        document.close()


def make_and_verify_backup(ctx: Context) -> None:
    """The online backup API, the manifest, the read-back check, then an independent verify."""
    from desktop.store.backup import check_backup

    services = ctx.require_services()
    medium = ctx.folder / "backup-medium"
    medium.mkdir()
    done = services.backups.back_up(medium)
    assert ctx.gate is not None and ctx.gate.register is not None  # open while services are
    result = check_backup(done.path, ctx.gate.register.backup_key())
    if not result.ok or not result.full:
        raise RuntimeError("the backup did not verify: " + "; ".join(result.reasons()))


def load_finnish(ctx: Context) -> None:
    from PySide6.QtCore import QCoreApplication

    from desktop.ui import i18n

    qm = i18n.TRANSLATIONS_DIR / "kirjuri_fi.qm"
    if not i18n.install("fi"):
        raise RuntimeError(f"the Finnish translation did not load from {qm}")
    context, source, expected = FINNISH_PROBE
    got = QCoreApplication.translate(context, source)
    if got != expected:
        raise RuntimeError(f"{source!r} translated to {got!r}, expected {expected!r}")


def load_qt_finnish_and_guide(ctx: Context) -> None:
    """Qt's own dialogs in Finnish (qtbase_fi.qm) and the user guide's pages, in every language."""
    from desktop.ui import i18n
    from desktop.ui.help.guide import PAGES, guide_folder

    i18n.install("fi")
    if not i18n.qt_catalogue_loaded():
        raise RuntimeError(
            f"Qt's Finnish catalogue qtbase_fi.qm is not in {i18n.qt_translation_dirs()}"
        )
    missing = [
        f"{language}/{page}.html"
        for language in i18n.LANGUAGES
        for page in PAGES
        if not (guide_folder(language) / f"{page}.html").is_file()
    ]
    if missing:
        raise RuntimeError(f"the user guide lacks {', '.join(missing)}")


def load_icon(ctx: Context) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.ui.app_icon import app_icon

    icon = app_icon()
    if icon.isNull() or icon.pixmap(48, 48).isNull():
        raise RuntimeError("the application icon (resources/icons) is missing")
    QApplication.setWindowIcon(icon)


def show_main_window(ctx: Context) -> None:
    from keyring.core import load_keyring
    from PySide6.QtWidgets import QApplication

    from desktop.services.access.remember import RememberedLogins
    from desktop.ui.main_window import MainWindow
    from desktop.ui.preferences import Preferences

    services = ctx.require_services()
    preferences = Preferences(ctx.folder / "kirjuri.ini")
    # The fail backend: the self-test never reads or writes the user's OS keyring.
    no_keyring = load_keyring("keyring.backends.fail.Keyring")
    remembered = RememberedLogins(services.register_info.register_id(), backend=no_keyring)
    window = MainWindow(services, preferences, remembered)
    ctx.keep.append(window)
    window.show()
    QApplication.processEvents()
    if not window.isVisible() or window.grab().isNull():
        raise RuntimeError("the main window did not show")
    print(
        f"  window shown {time.perf_counter() - ctx.started:.2f} s after the self-test began, "
        f"{since_process_start():.2f} s after the process started",
        file=ctx.out,
        flush=True,
    )


def steps() -> list[Step]:
    """The checks in order; a later step may use what an earlier one opened."""
    return [
        ("open a temporary register", open_register),
        ("create a customer", create_customer),
        ("render a PDF with the embedded fonts", render_pdf),
        ("render a letter (access reply)", render_letter),
        ("draw its first page with PDFium (preview, print)", preview_with_pdfium),
        ("make and verify a backup", make_and_verify_backup),
        ("load the Finnish translation", load_finnish),
        ("load Qt's Finnish and find the user guide", load_qt_finnish_and_guide),
        ("load the application icon", load_icon),
        ("show the main window (offscreen)", show_main_window),
    ]


# --- running -------------------------------------------------------------------------------------
def since_process_start() -> float:
    """Seconds since this process was started (Linux /proc); since import elsewhere."""
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.perf_counter() - _IMPORTED


_IMPORTED = time.perf_counter()


def run(out: TextIO = sys.stdout, selected: list[Step] | None = None) -> int:
    """Run every step; 0 when all passed, 1 otherwise. The temporary folder is always removed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # runs on a machine without a display
    from PySide6.QtWidgets import QApplication

    started = time.perf_counter()
    folder = Path(tempfile.mkdtemp(prefix="kirjuri-self-test-"))
    ctx = Context(folder=folder, out=out, started=started)
    ctx.app = QApplication.instance() or QApplication(["kirjuri", "--self-test"])
    failed = 0
    try:
        for name, check in selected if selected is not None else steps():
            try:
                check(ctx)
            except Exception as exc:
                failed += 1
                print(f"FAILED  {name}: {type(exc).__name__}: {exc}", file=out, flush=True)
                traceback.print_exc(file=sys.stderr)
            else:
                print(f"OK      {name}", file=out, flush=True)
    finally:
        _close(ctx)
        shutil.rmtree(folder, ignore_errors=True)
    total = time.perf_counter() - started
    verdict = "all steps passed" if not failed else f"{failed} step(s) FAILED"
    print(f"self-test: {verdict} in {total:.2f} s", file=out, flush=True)
    return 1 if failed else 0


def _close(ctx: Context) -> None:
    for widget in ctx.keep:
        widget.close()
        widget.deleteLater()
    ctx.keep.clear()
    if ctx.app is not None:
        from PySide6.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if ctx.gate is not None:
        ctx.gate.close()
