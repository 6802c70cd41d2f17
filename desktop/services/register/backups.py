"""Backups for the person logged in: make one (clerks too), see when the last one was made, and
whether it is time to remind."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from desktop.core.roles import Permission
from desktop.core.settings import BACKUP_REMIND_DAYS, BACKUPS_TO_KEEP, LAST_BACKUP_AT
from desktop.services.access.current_user import CurrentUser
from desktop.services.register.settings import read_setting
from desktop.store import audit, server_roles
from desktop.store.backup import BackupDone as BackupDone  # what back_up returns
from desktop.store.backup import Progress, create_backup
from desktop.store.models import Setting
from desktop.store.register import Register


@dataclass(frozen=True)
class BackupStatus:
    last: datetime | None
    remind_after_days: int
    today: date

    @property
    def age_days(self) -> int | None:
        return None if self.last is None else max(0, (self.today - self.last.date()).days)

    @property
    def reminder_needed(self) -> bool:
        return self.age_days is None or self.age_days > self.remind_after_days


def parse_time(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


class BackupService:
    def __init__(self, register: Register, current: CurrentUser) -> None:
        self.register = register
        self.current = current

    def back_up(
        self, folder: Path, *, progress: Progress | None = None, now: datetime | None = None
    ) -> BackupDone:
        """Make, verify and keep the newest N; then remember when and write the audit entry."""
        self.current.require(Permission.BACKUP)
        self.register.refuse_if_moved()  # before the backup is made: it could not be recorded
        keep = int(read_setting(self.register, BACKUPS_TO_KEEP))
        if self.register.files.on_server:
            # One REPEATABLE READ snapshot of the server, exported into a private temporary
            # SQLCipher file and backed up from there: the same .kbak (store/server_backup.py).
            from desktop.store.server_backup import create_server_backup

            done = create_server_backup(
                self.register, folder, keep=keep, now=now, progress=progress
            )
        else:
            done = create_backup(self.register, folder, keep=keep, now=now, progress=progress)
        with self.register.write() as session:
            value = done.made_at.isoformat()
            # On the office server through the server's own function (a clerk's login may not
            # write settings); here as any setting.
            if not server_roles.backup_made(session, value):
                row = session.get(Setting, LAST_BACKUP_AT.key)
                if row is None:
                    session.add(Setting(key=LAST_BACKUP_AT.key, value=value))
                else:
                    row.value = value
            # The folder's name holds only the time: no path (it may name a person's drive).
            audit.append(
                session,
                self.current.actor,
                "backup_made",
                entity="backup",
                entity_id=done.path.name,
            )
        return done

    def status(self, today: date | None = None) -> BackupStatus:
        self.current.require(Permission.VIEW)
        return BackupStatus(
            parse_time(str(read_setting(self.register, LAST_BACKUP_AT))),
            int(read_setting(self.register, BACKUP_REMIND_DAYS)),
            today or date.today(),
        )
