"""The dashboard with 10 000 requests: DashboardService.summary and the four lists shown (Qt,
offscreen), on a copy of the demo register with the requests added by bulk insert."""

from __future__ import annotations

import os
import random
import statistics
import time
from datetime import date, datetime, timedelta
from types import SimpleNamespace

from sqlalchemy import func, insert, select

from desktop.core.deadlines import due_date
from desktop.core.requests import RequestChannel, RequestKind, RequestStatus
from desktop.services.access.current_user import CurrentUser
from desktop.services.requests.dashboard import DashboardService
from desktop.store.customer_models import Customer
from desktop.store.register import Register
from desktop.store.request_models import Request, RequestKindRow

# How the 10 000 are spread: most are long closed, some a year's worth are still open.
STATUS_WEIGHTS = {
    RequestStatus.CLOSED: 70,
    RequestStatus.ANSWERED: 8,
    RequestStatus.REFUSED: 2,
    RequestStatus.RECEIVED: 6,
    RequestStatus.WAITING_FOR_IDENTIFICATION: 5,
    RequestStatus.IN_PROGRESS: 6,
    RequestStatus.EXTENDED: 3,
}


def add_requests(register: Register, count: int = 10_000, seed: int = 4) -> int:
    """Bulk-insert `count` requests over the last three years; returns how many are open."""
    rng = random.Random(seed)
    today = date.today()
    with register.read() as session:
        customers = session.scalar(select(func.max(Customer.id))) or 0
    statuses = list(STATUS_WEIGHTS)
    weights = list(STATUS_WEIGHTS.values())
    kinds = list(RequestKind)
    sequences: dict[int, int] = {}
    rows, kind_rows = [], []
    open_count = 0
    with register.write() as session:
        first_id = (session.scalar(select(func.max(Request.id))) or 0) + 1
        for offset in range(count):
            status = rng.choices(statuses, weights)[0]
            days_ago = (
                rng.randint(0, 1095) if status is RequestStatus.CLOSED else rng.randint(0, 90)
            )
            received = datetime.combine(today - timedelta(days=days_ago), datetime.min.time())
            received += timedelta(minutes=rng.randint(8 * 60, 16 * 60))
            year = received.year
            sequences[year] = sequences.get(year, 1000) + 1
            extended = status is RequestStatus.EXTENDED
            open_count += status in (
                RequestStatus.RECEIVED,
                RequestStatus.WAITING_FOR_IDENTIFICATION,
                RequestStatus.IN_PROGRESS,
                RequestStatus.EXTENDED,
            )
            request_id = first_id + offset
            rows.append(
                {
                    "id": request_id,
                    "diary_year": year,
                    "diary_sequence": sequences[year],
                    "received_at": received,
                    "channel": rng.choice(list(RequestChannel)).value,
                    "signed_by_hand": False,
                    "reply_language": "fi",
                    "customer_id": rng.randint(1, customers) if customers else None,
                    "requester_name": "",
                    "requester_address": "",
                    "representative_name": "",
                    "representative_authorisation": "",
                    "description": "",
                    "status": status.value,
                    "identity_method": "",
                    "identity_note": "",
                    "identity_checked_by": "",
                    "extended": extended,
                    "extension_reason": "much data" if extended else "",
                    "due_on": due_date(received.date(), extended=extended),
                    "outcome": "",
                    "created_at": received,
                    "updated_at": received,
                }
            )
            for kind in rng.sample(kinds, rng.choice((1, 1, 1, 2))):
                kind_rows.append({"request_id": request_id, "kind": kind.value})
        session.execute(insert(Request), rows)
        session.execute(insert(RequestKindRow), kind_rows)
    return open_count


def _app() -> object:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["kirjuri-benchmarks"])


def summary_and_lists_shown(register: Register, user: CurrentUser) -> tuple[float, float, int]:
    """(ms for summary + the four lists painted, ms of it the summary, rows shown)."""
    _app()
    from PySide6.QtWidgets import QApplication

    from desktop.ui.dashboard.page import DashboardPage

    began = time.perf_counter()
    service = DashboardService(register, user)
    summary = service.summary()
    queried = time.perf_counter()
    page = DashboardPage(SimpleNamespace(dashboard=service, user=user))  # type: ignore[arg-type]
    page.show_summary(summary)
    page.resize(1100, 720)
    page.show()
    QApplication.processEvents()
    page.grab()
    elapsed = time.perf_counter() - began
    shown = sum(box.table.rowCount() for box in page.boxes())
    page.close()
    page.deleteLater()
    return elapsed * 1000, (queried - began) * 1000, shown


def measure(register: Register, user: CurrentUser, runs: int = 5) -> tuple[float, float, int]:
    """Medians over `runs` (the first run warms the caches and is dropped)."""
    summary_and_lists_shown(register, user)
    results = [summary_and_lists_shown(register, user) for _ in range(runs)]
    return (
        statistics.median(r[0] for r in results),
        statistics.median(r[1] for r in results),
        results[0][2],
    )
