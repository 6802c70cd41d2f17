"""Moving the register to the office's PostgreSQL server, and exporting it back to a file.

Only a main user may do either: the whole register changes its home. Both are audited: on the
register copied from (what was done, by whom) and on the copy (where it came from). After a move
the file is kept, marked as moved, and opens read-only (Register.write refuses with a notice).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.roles import Role
from desktop.errors import PermissionDenied, UserError
from desktop.services.access.current_user import CurrentUser
from desktop.store import audit
from desktop.store.register import Register, RegisterFiles
from desktop.store.register_copy import CopyReport as CopyReport
from desktop.store.register_copy import Progress as Progress
from desktop.store.register_move import (
    RegisterMoved,
    copy_to_file,
    copy_to_server,
    mark_moved,
    moved_to,
)
from desktop.store.server_admin import AdminAddress as AdminAddress  # for cli and ui
from desktop.store.server_admin import unreachable_as_user_error

MOVED_HERE = "register_moved_here"  # the server copy's first entry after the copied chain
MOVED_AWAY = "register_moved_to_server"
EXPORTED_HERE = "register_exported_here"
EXPORTED_AWAY = "register_exported_to_file"


class MainUserOnly(PermissionDenied):
    message = QT_TRANSLATE_NOOP(
        "Errors", "Only a main user can move the register to a server or export it from one."
    )


class AlreadyOnServer(UserError):
    message = QT_TRANSLATE_NOOP("Errors", "This register is already on a server.")


class NotOnServer(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "This register is a file, not on a server: make a backup to copy it."
    )


class MovedButNotMarked(UserError):
    message = QT_TRANSLATE_NOOP(
        "Errors",
        "The register was copied to {address} and checked, but this file could not be marked as "
        "moved (the disk may be full or read-only). Work in the register on the server (key "
        "file {keys}) and do not change this file any more.",
    )
    exit_code = 7


@dataclass(frozen=True)
class MoveResult:
    files: RegisterFiles  # where the new register is: on the server, or the new file
    report: CopyReport
    seconds: float


def server_place_for(db: Path) -> Path:
    """Where a moved register's key slots and lock are kept on this workstation: beside the
    file, under a name of its own (the file keeps its own key slots and anchors)."""
    return db.with_name(f"{db.stem}-server{db.suffix}")


class ServerMove:
    def __init__(self, register: Register, current: CurrentUser) -> None:
        self.register = register
        self.current = current

    def allowed(self) -> bool:
        return self.current.role is Role.ADMIN

    def on_server(self) -> bool:
        return self.register.files.on_server

    def moved_notice(self) -> RegisterMoved | None:
        """What the window shows on a register moved to the server (the same words as the
        refusal of a change)."""
        moved = self.register.moved
        return RegisterMoved.of(moved) if moved is not None else None

    def _require_main_user(self) -> None:
        if not self.allowed():
            raise MainUserOnly()

    def move(
        self,
        address: AdminAddress,
        server_place: Path | None = None,
        progress: Progress | None = None,
    ) -> MoveResult:
        """Copy the whole register into the empty database at `address`, check it, and mark
        this file as moved. A failure leaves the server empty and this file as it was."""
        self._require_main_user()
        register = self.register
        if register.files.on_server:
            raise AlreadyOnServer()
        if register.moved is not None:
            raise RegisterMoved.of(register.moved)
        began = time.perf_counter()
        actor = self.current.actor
        rid = register.register_id

        def after(session: Session) -> None:
            audit.append(session, actor, MOVED_HERE, entity="register", entity_id=rid)

        copied = copy_to_server(
            register.engine,
            register.files.keys,
            address,
            server_place or server_place_for(register.files.db),
            after=after,
            signing_key=register.signing_key,
            progress=progress,
        )
        try:
            with register.write() as session:
                mark_moved(session, address.shown(), self.current.username)
                audit.append(session, actor, MOVED_AWAY, entity="register", entity_id=rid)
                session.flush()
                register_moved = moved_to(session)
        except UserError as exc:  # a full disk, a drive removed: the server's copy is whole
            raise MovedButNotMarked(address=address.shown(), keys=str(copied.files.keys)) from exc
        register.moved = register_moved
        return MoveResult(copied.files, copied.report, time.perf_counter() - began)

    def export(self, out: Path, progress: Progress | None = None) -> MoveResult:
        """Copy the whole register on the server into a new file register at `out` (the same
        passwords and recovery key open it). The server's register stays as it is."""
        self._require_main_user()
        register = self.register
        if not register.files.on_server:
            raise NotOnServer()
        began = time.perf_counter()
        actor = self.current.actor
        rid = register.register_id

        def after(session: Session) -> None:
            audit.append(session, actor, EXPORTED_HERE, entity="register", entity_id=rid)

        assert register.files.server is not None
        # The server cut off mid-way reads as the server's failure, not as a bug.
        with unreachable_as_user_error(AdminAddress(register.files.server)):
            copied = copy_to_file(
                register.engine,
                register.files.keys,
                register.backup_key(),
                out,
                after=after,
                signing_key=register.signing_key,
                progress=progress,
            )
        with register.write() as session:
            audit.append(session, actor, EXPORTED_AWAY, entity="register", entity_id=rid)
        return MoveResult(copied.files, copied.report, time.perf_counter() - began)
