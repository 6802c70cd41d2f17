"""The append-only audit log and its SHA-256 hash chain.

Each entry's hash covers the previous entry's hash and the entry's own fields, so changing or
removing any entry (even with the key, outside Kirjuri) breaks the chain from that point on.
Entries name who did what to which record and which fields changed: never the values.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from desktop.store.actor import SYSTEM as SYSTEM
from desktop.store.actor import Actor as Actor
from desktop.store.models import AuditEntry
from desktop.store.server_roles import installed_prefix

GENESIS = "0" * 64
HEAD_KEY = "audit_head"  # session.info: (id, hash) of the newest entry this transaction added
VERIFY_BATCH = 5000


def _digest(prev_hash: str, entry: AuditEntry) -> str:
    payload = json.dumps(
        [
            prev_hash,
            entry.at.isoformat(timespec="microseconds"),
            entry.user_id,
            entry.username,
            entry.action,
            entry.entity,
            entry.entity_id,
            entry.fields,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append(
    session: Session,
    actor: Actor,
    action: str,
    *,
    entity: str = "",
    entity_id: object = "",
    fields: Iterable[str] = (),
    at: datetime | None = None,
) -> AuditEntry:
    """Add one entry in the caller's transaction, so it commits or rolls back with the change."""
    last = session.execute(
        select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).scalar_one_or_none()
    entry = AuditEntry(
        at=at or datetime.now(),
        user_id=actor.user_id,
        username=actor.username,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        fields=",".join(sorted(fields)),
        prev_hash=last or GENESIS,
    )
    entry.hash = _digest(entry.prev_hash, entry)
    session.add(entry)
    session.flush()
    # The register anchors the newest entry outside the database once this commits
    # (Register.write, store/trust.py).
    session.info[HEAD_KEY] = (entry.id, entry.hash)
    return entry


@dataclass(frozen=True)
class ChainResult:
    entries: int
    first_broken_id: int | None = None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.first_broken_id is None


def verify(session: Session) -> ChainResult:
    """Walk the chain in id order, in batches, and report the first entry that does not fit."""
    expected_prev = GENESIS
    count = 0
    last_id = 0
    while True:
        batch = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.id > last_id)
            .order_by(AuditEntry.id)
            .limit(VERIFY_BATCH)
        ).all()
        if not batch:
            return ChainResult(count)
        for entry in batch:
            if entry.prev_hash != expected_prev:
                return ChainResult(count, entry.id, "previous hash does not match")
            if _digest(entry.prev_hash, entry) != entry.hash:
                return ChainResult(count, entry.id, "entry content does not match its hash")
            expected_prev = entry.hash
            count += 1
            last_id = entry.id
        session.expunge_all()


@dataclass(frozen=True)
class AuditRow:
    at: datetime
    username: str
    action: str
    fields: tuple[str, ...]


def entries_for(
    session: Session, entity: str, entity_id: object, limit: int = 500, skip_action: str = ""
) -> list[AuditRow]:
    """A record's history, newest first (without `skip_action`'s entries)."""
    if entity == "customer" and installed_prefix(session) is not None:
        # On a server with Kirjuri's roles only the main user reads the table; anyone who may
        # view a customer reads its history through this function (store/server_grants.py).
        found = session.execute(
            text("SELECT at, username, action, fields FROM kirjuri_audit_of(:id, :n, :skip)"),
            {"id": str(entity_id), "n": limit, "skip": skip_action},
        ).all()
        rows = [
            AuditRow(at, username, action, _names(fields)) for at, username, action, fields in found
        ]
        return rows
    entries = session.scalars(
        select(AuditEntry)
        .where(
            AuditEntry.entity == entity,
            AuditEntry.entity_id == str(entity_id),
            AuditEntry.action != skip_action,
        )
        .order_by(AuditEntry.id.desc())
        .limit(limit)
    )
    return [AuditRow(e.at, e.username, e.action, _names(e.fields)) for e in entries]


def count_for(session: Session, entity: str, entity_id: object, skip_action: str = "") -> int:
    """How many entries a record's history holds (without `skip_action`'s): the log only
    grows, so a later count tells how many were added since."""
    if entity == "customer" and installed_prefix(session) is not None:
        return int(
            session.scalar(
                text("SELECT count(*) FROM kirjuri_audit_of(:id, :n, :skip)"),
                {"id": str(entity_id), "n": 2**31 - 1, "skip": skip_action},
            )
            or 0
        )
    return int(
        session.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(
                AuditEntry.entity == entity,
                AuditEntry.entity_id == str(entity_id),
                AuditEntry.action != skip_action,
            )
        )
        or 0
    )


def _names(fields: str) -> tuple[str, ...]:
    return tuple(f for f in fields.split(",") if f)
