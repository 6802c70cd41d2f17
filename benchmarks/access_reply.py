"""The access reply for a customer with 500 contact events, rendered as its PDF (letter + data
appendix + Art. 15 information) through LetterService.preview on an encrypted register.

The baseline, measured in the same run: the same number of paragraphs, in the same embedded
font, laid out by bare reportlab (SimpleDocTemplate) with none of Kirjuri's work: no register
read, no template, no header canvas. The ratio is what Kirjuri adds to reportlab's own cost.

`python -m benchmarks.access_reply` runs it alone (it builds its own small register).
"""

from __future__ import annotations

import io
import statistics
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pypdfium2
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from benchmarks.report import Result, table
from desktop.core.customer_fields import Channel
from desktop.core.customer_form import AddressForm, CustomerForm, EmailForm
from desktop.core.letters import LetterKind
from desktop.core.requests import IdentityMethod, RequestChannel, RequestKind
from desktop.core.roles import Role
from desktop.documents.fonts import register_fonts
from desktop.services.access.setup import create_new_register
from desktop.services.access.users import NewUser
from desktop.services.customers.records import CustomerService
from desktop.services.letters.service import LetterService
from desktop.services.register.business import BusinessDetails
from desktop.services.requests.log import RequestForm, RequestService
from desktop.store.customer_models import ContactEvent
from desktop.store.register import RegisterFiles

EVENTS = 500
RUNS = 5


def _median_ms(work: object, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()  # type: ignore[operator]
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _bare_reportlab(paragraphs: int) -> bytes:
    style = ParagraphStyle("p", fontName=register_fonts(), fontSize=9, leading=11.5)
    out = io.BytesIO()
    story = [
        Paragraph(f"24.11.2026 10.{n % 60:02d} puhelin: Puhelu {n} asiakkaan kanssa", style)
        for n in range(paragraphs)
    ]
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


def measure(bench: object) -> list[Result]:
    """The "access reply render" row of `python -m benchmarks` (its own small register)."""
    return [access_reply_row()]


def access_reply_row(events: int = EVENTS) -> Result:
    with tempfile.TemporaryDirectory(prefix="kirjuri-bench-") as folder:
        files = RegisterFiles(Path(folder) / "register.kirjuri")
        made = create_new_register(
            files,
            BusinessDetails(
                "Kahvila Meikäläinen", "1572860-0", "Kauppakatu 1", "00100", "Helsinki"
            ),
            NewUser("maija", "Maija Meikäläinen", Role.ADMIN, "Yrittäjä"),
            "benchmark password",
        )
        register, user = made.register, made.admin
        try:
            customer = (
                CustomerService(register, user)
                .create(
                    CustomerForm(
                        first_name="Anna",
                        last_name="Asiakas",
                        addresses=(AddressForm("Mannerheimintie 1 A 2", "00100", "Helsinki"),),
                        emails=(EmailForm("anna.asiakas@example.fi"),),
                    )
                )
                .id
            )
            start = datetime(2024, 1, 1, 8, 0)
            with register.write() as session:
                session.add_all(
                    ContactEvent(
                        customer_id=customer,
                        occurred_at=start + timedelta(hours=7 * n),
                        channel=Channel.PHONE.value,
                        summary=f"Puhelu {n} asiakkaan kanssa",
                        handled_by="maija",
                    )
                    for n in range(events)
                )
            requests = RequestService(register, user)
            request = requests.log(
                RequestForm(
                    received_at=datetime.combine(date.today(), datetime.min.time()),
                    channel=RequestChannel.LETTER,
                    kinds=(RequestKind.ACCESS,),
                    customer_id=customer,
                )
            ).id
            requests.record_identity_check(request, IdentityMethod.SIGNATURE_MATCHES)
            letters = LetterService(register, user)
            letter = letters.create(request, LetterKind.ACCESS).row.id
            pdf = letters.preview(letter)  # warm: fonts registered, templates read
            kirjuri_ms = _median_ms(lambda: letters.preview(letter))
            document = pypdfium2.PdfDocument(pdf)
            pages = len(document)
            document.close()
        finally:
            register.close()
    paragraphs = events + 60  # the letter's paragraphs and the other appendix sections
    _bare_reportlab(paragraphs)
    bare_ms = _median_ms(lambda: _bare_reportlab(paragraphs))
    return Result(
        f"access reply render ({events} contact events)",
        kirjuri_ms,
        bare_ms,
        "ms",
        500,
        f"LetterService.preview on an encrypted register, median of {RUNS}, {pages} pages; "
        f"plain column: {paragraphs} paragraphs by bare reportlab, no register",
        "bare reportlab",
    )


if __name__ == "__main__":
    print(table([access_reply_row()]))
