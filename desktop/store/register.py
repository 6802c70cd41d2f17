"""Opening, creating and holding an encrypted register: the database plus its key slots.

The database is a SQLCipher file (the default) or, for an office with several workstations, a
PostgreSQL database on its server (RegisterFiles.server; see desktop.store.dialect). The key slots
and the lock stay in the folder of `RegisterFiles.db` either way.
"""

from __future__ import annotations

import contextlib
import hmac
import logging
import os
import secrets
import shutil
import threading
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from desktop import __version__
from desktop.errors import (
    RegisterExists,
    RegisterMissing,
    SigningKeyMissing,
    WrongKeyFile,
    WrongPassword,
    WrongRecoveryKey,
)
from desktop.private_files import (
    make_folder,
    temp_folder,
    temp_owner,
)
from desktop.store import audit, crypto, notify, restore_journal, schema, trust
from desktop.store.atomic import fsync_directory
from desktop.store.dialect import make_server_engine
from desktop.store.engine import (
    classify,
    make_engine,
    open_connection,
    refuse_plain_sqlite,
    translated_errors,
)
from desktop.store.keyslots import RECOVERY_SLOT, KeySlotFile, database_salt
from desktop.store.models import RegisterInfo
from desktop.store.partial_files import PartialFiles, journal_for
from desktop.store.register_files import INIT_KIND
from desktop.store.register_files import RegisterFiles as RegisterFiles
from desktop.store.register_files import RegisterLock as RegisterLock
from desktop.store.register_files import settle_interrupted_init as settle_interrupted_init
from desktop.store.register_move import MovedTo, RegisterMoved, moved_to, only_audit_entries

REGISTER_SUFFIX = ".kirjuri"
log = logging.getLogger(__name__)
_Result = TypeVar("_Result")  # what a key-slot change returns (a new KEK, or None)


def make_register_engine(files: RegisterFiles, data_key: bytes) -> Engine:
    """The SQLCipher engine keyed with the data key, or the server's (which needs no key: the
    server's own disk encryption and TLS protect it)."""
    if files.server is not None:
        notify.install()  # committed changes tell the other workstations (LISTEN/NOTIFY)
        return make_server_engine(files.server)
    return make_engine(files.db, data_key)


class Register:
    """An unlocked register. Holds the data key in memory for as long as it is open."""

    def __init__(
        self, files: RegisterFiles, keyslots: KeySlotFile, data_key: bytes, engine: Engine
    ) -> None:
        self.files = files
        self.keyslots = keyslots
        self._data_key = data_key
        self.engine = engine
        self._immediate = engine.execution_options(immediate=True)
        self.upgraded_from_copy: Path | None = None
        # Set when opening found an interrupted restore and settled it (see restore_journal).
        self.settled_restore: str | None = None
        # Tamper evidence (store/trust.py): the main users' signing key while a main user is
        # logged in; what opening found against the anchors (then they are left as they are,
        # as evidence, until someone looks); entries = last id - offset.
        self.signing_key: Ed25519PrivateKey | None = None
        self.trust_findings: list[str] = []
        self.trust_reported = False
        self.audit_offset = 0
        # A file register whose data was moved to a server (register_move): read-only here.
        self.moved: MovedTo | None = None
        self._slots_lock = threading.RLock()
        self._writing = threading.local()  # depth of this thread's write transactions
        # On a server: the (kind, owner) of the slots to put there (_publish_slots).
        self._slots_changed: set[tuple[str, str]] = set()
        # Opened by a workstation that takes the key slots from the server (server_login).
        self.slots_on_server = False

    def replace_engine(self, engine: Engine) -> None:
        """A server register used from now on through another user's login (Gate)."""
        previous, self.engine = self.engine, engine
        self._immediate = engine.execution_options(immediate=True)
        previous.dispose()

    @property
    def register_id(self) -> str:
        return self.keyslots.register_id

    # --- transactions --------------------------------------------------------------------------
    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with translated_errors(self.files.db), Session(self.engine) as session:
            yield session

    @contextlib.contextmanager
    def write(self, *, also_when_moved: bool = False) -> Iterator[Session]:
        """One transaction, all or nothing. Environment failures become UserErrors. When it
        audited something, the chain's new head is anchored in the key-slot file after the
        commit (a crash in between leaves the anchor behind, which still fits).

        A register moved to the server is read-only: a transaction may only add audit entries
        (who logged in, what was read out or exported is still recorded in the kept copy); any
        other change is refused with RegisterMoved. `also_when_moved` is the login gate's (it
        signs user rows when a main user first logs in)."""
        depth = getattr(self._writing, "depth", 0)
        self._writing.depth = depth + 1
        try:
            with translated_errors(self.files.db), Session(self._immediate) as session:
                if self.moved is not None and not also_when_moved:
                    only_audit_entries(session, RegisterMoved.of(self.moved))
                with session.begin():
                    yield session
                head = session.info.pop(audit.HEAD_KEY, None)
        finally:
            self._writing.depth = depth
        if head is not None:
            self.anchor_head(*head)
        if depth == 0:
            self._publish_slots()

    def refuse_if_moved(self) -> None:
        """For work that makes something outside the register before it writes (a backup)."""
        if self.moved is not None:
            raise RegisterMoved.of(self.moved)

    def anchor_head(self, last_id: int, digest: str) -> None:
        with self._slots_lock:
            current = self.keyslots.anchor
            if self.trust_findings or (current is not None and current.last_id >= last_id):
                return
            anchor = trust.Anchor(last_id - self.audit_offset, last_id, digest)
            previous = (self.keyslots.anchor, self.keyslots.signed_anchor)
            self.keyslots.anchor = anchor
            if self.signing_key is not None:
                self.keyslots.signed_anchor = anchor.signed(self.signing_key, self.register_id)
            try:
                self.keyslots.save()
            except OSError as exc:  # a full disk: the anchor on disk stays behind, still true
                log.warning("audit anchor not written (errno=%s)", exc.errno)
                self.keyslots.anchor, self.keyslots.signed_anchor = previous

    # --- the main users' signing key (store/trust.py) ------------------------------------------
    def take_signing_key(self, kind: str, owner: str, kek: bytes) -> None:
        """After a login: the signing key if this slot holds it (a main user's), else none."""
        raw = self.keyslots.unwrap_signing(kind, owner, kek)
        self.signing_key = trust.signing_key_from(raw) if raw is not None else None
        slot = self.keyslots.find(kind, owner)
        if raw is None and slot is not None and slot.signing_wrapped:
            # The slot holds a signing key, but not one for this public key: the public key
            # (and with it the signatures) was replaced outside Kirjuri.
            finding = f"the signing key in {owner}'s slot does not fit the register's public key"
            if finding not in self.trust_findings:
                self.trust_findings.append(finding)

    def adopt_signing_key(self, username: str, kek: bytes, key: Ed25519PrivateKey) -> None:
        """A register made before signing keys: the first main user's login makes one."""

        def change(slots: KeySlotFile) -> None:
            slots.public_key = trust.public_text(key)
            for slot in slots.slots:  # any key wrapped before belongs to no public key now
                slots.drop_signing(slot.kind, slot.owner)
            slots.wrap_signing("password", username, kek, trust.private_bytes(key))

        self._change_slots(change)
        self.signing_key = key

    def drop_signing_key(self, username: str) -> None:
        self._change_slots(lambda slots: slots.drop_signing("password", username))

    def sign_user(self, user: Any) -> None:
        """Sign a user row being written; only a main user's session holds the key."""
        if self.keyslots.public_key is None:
            return  # a register before signing keys: the first main user's login signs all
        if self.signing_key is None:
            raise SigningKeyMissing()
        trust.sign_user(self.signing_key, self.register_id, user)

    @property
    def partial_files(self) -> PartialFiles:
        """The journal of files being written outside the register (see partial_files)."""
        return PartialFiles(journal_for(self.files.db))

    def open_raw(self) -> Any:
        """A new keyed DB-API connection outside the pool: the backup reads through it."""
        if self.files.on_server:  # the server's backup (one snapshot) is a later step
            from desktop.store.server_login import ServerBackupNotAvailable

            raise ServerBackupNotAvailable()
        return open_connection(self.files.db, self._data_key)

    def backup_key(self) -> bytes:
        """A backup is keyed with the register's own data key, so its key slots open it."""
        return self._data_key

    def is_demo(self) -> bool:
        with self.read() as session:
            return bool(session.scalar(select(RegisterInfo.is_demo)))

    # --- key slots -----------------------------------------------------------------------------
    def check_password(self, username: str, password: str) -> bytes:
        """Returns the user's key-encryption key when the password opens their slot."""
        kek = self.keyslots.kek_for_password(username, password)
        self.check_kek(username, kek)
        return kek

    def check_kek(self, username: str, kek: bytes) -> None:
        key = self.keyslots.unwrap_with_kek(username, kek)
        if not hmac.compare_digest(key, self._data_key):
            raise WrongPassword()

    def check_recovery_key(self, recovery_key: str) -> None:
        key = self.keyslots.unwrap_with_recovery(recovery_key)
        if not hmac.compare_digest(key, self._data_key):
            raise WrongPassword()

    def set_password(self, username: str, password: str, *, main_user: bool = False) -> bytes:
        """Rewrap only this user's slot (with the signing key for a main user, when this
        session holds it). The file is replaced atomically."""

        def change(slots: KeySlotFile) -> bytes:
            kek = slots.set_password(username, password, self._data_key)
            if main_user and self.signing_key is not None:
                slots.wrap_signing("password", username, kek, trust.private_bytes(self.signing_key))
            return kek

        return self._change_slots(change)

    def set_recovery_key(self, recovery_key: str) -> None:
        def change(slots: KeySlotFile) -> None:
            slots.set_recovery(recovery_key, self._data_key)
            if self.signing_key is not None:
                kek = slots.kek_for_recovery(recovery_key)
                private = trust.private_bytes(self.signing_key)
                slots.wrap_signing("recovery", RECOVERY_SLOT, kek, private)

        self._change_slots(change)

    def remove_slot(self, username: str) -> None:
        self._change_slots(lambda slots: slots.remove(username))

    def _change_slots(self, change: Callable[[KeySlotFile], _Result]) -> _Result:
        with self._slots_lock:
            before = {(s.kind, s.owner): s.to_json() for s in self.keyslots.slots}
            result = change(self.keyslots)
            after = {(s.kind, s.owner): s.to_json() for s in self.keyslots.slots}
            try:
                self.keyslots.save()
            except OSError:
                # Keep memory in step with the disk: the old file is still whole.
                self.keyslots = KeySlotFile.load(self.files.keys)
                raise
            self._slots_changed |= {
                key for key in before.keys() | after.keys() if before.get(key) != after.get(key)
            }
            if not getattr(self._writing, "depth", 0):
                self._publish_slots()
            return result

    def _publish_slots(self) -> None:
        """On a server register, a main user's session puts the changed key slots on the server
        for the other workstations (server_login): the slots it changed, over what is there
        now (a clerk may have replaced their own slot meanwhile). Other roles write only their
        own slot, through a server function (UserService.change_own_password)."""
        if not self._slots_changed or not self.files.on_server or self.signing_key is None:
            return
        from desktop.store.server_login import publish_key_slots

        # After the caller's own transaction (a slot changed inside one): a new write waits
        # for the register's write lock, which that transaction holds until it ends.
        changed, self._slots_changed = self._slots_changed, set()
        with self.write() as session:
            publish_key_slots(session, self.keyslots, changed)

    def close(self) -> None:
        self.engine.dispose()
        self._data_key = b""


def open_register(
    files: RegisterFiles, unlock: Callable[[KeySlotFile], bytes], engine: Engine | None = None
) -> Register:
    """Unlock the key slots with `unlock`, open the database and bring its schema up to date.
    `engine`: a workstation's own engine on the server (server_login), already logged in."""
    settle_interrupted_init(files)
    settled = restore_journal.settle(files.db)  # before anything is read from the files
    # What a killed export left half-written goes first (the caller holds the RegisterLock, so
    # no other Kirjuri is writing for this register now).
    PartialFiles(journal_for(files.db)).sweep()
    if not files.on_server:
        if not files.db.exists():
            raise RegisterMissing(path=str(files.db))
        refuse_plain_sqlite(files.db)
    keyslots = KeySlotFile.load(files.keys)
    try:
        data_key = unlock(keyslots)
    except (WrongPassword, WrongRecoveryKey):
        if not files.on_server and keyslots.belongs_elsewhere(files.db):
            raise WrongKeyFile(path=str(files.keys)) from None
        raise
    if engine is None:
        engine = make_register_engine(files, data_key)
    try:
        with translated_errors(files.db):
            if not files.on_server:  # a wrong key shows here, before Alembic looks
                try:
                    with engine.connect() as connection:
                        connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar()
                except Exception as exc:
                    # The key opened its slot but not the database: another register's key
                    # file, or the database's first page is damaged. The recorded salt tells.
                    if keyslots.belongs_elsewhere(files.db) and classify(exc, files.db) is not None:
                        raise WrongKeyFile(path=str(files.keys)) from exc
                    raise
            copy = schema.ensure_current(engine, files.db, files.keys)
            with Session(engine) as session:
                stored_id = session.scalar(select(RegisterInfo.register_id))
                if stored_id == keyslots.register_id:
                    offset, findings = _anchors_checked(session, keyslots)
                    moved = moved_to(session)
        if stored_id != keyslots.register_id:
            raise WrongKeyFile(path=str(files.keys))
    except BaseException:
        engine.dispose()
        raise
    _remember_salt(keyslots, files)
    register = Register(files, keyslots, data_key, engine)
    register.upgraded_from_copy = copy
    register.settled_restore = settled
    register.audit_offset, register.trust_findings = offset, findings
    register.moved = moved
    if findings:
        log.warning("audit anchors do not fit the chain: %d finding(s)", len(findings))
    return register


def _anchors_checked(session: Session, keyslots: KeySlotFile) -> tuple[int, list[str]]:
    """At every opening: does the chain still hold what the anchors in the key-slot file saw?
    Cheap (the anchored entries and a count); `kirjuri check` also walks the chain."""
    now = trust.head(session)
    offset = now.last_id - now.entries if now is not None else 0
    findings = []
    for what, anchor in (("anchor", keyslots.anchor), ("signed anchor", keyslots.signed_anchor)):
        if anchor is not None:
            problem = trust.anchor_problem(session, anchor, what)
            if problem is None and what == "signed anchor":
                rid = keyslots.register_id
                problem = trust.signed_anchor_problem(anchor, keyslots.public_key, rid)
            if problem is not None:
                findings.append(problem)
    return offset, findings


def _remember_salt(keyslots: KeySlotFile, files: RegisterFiles) -> None:
    """Record the database's salt in its key file (files from before it was kept, a restored
    backup). A full or read-only disk only means the hint waits for a later opening."""
    salt = database_salt(files.db)
    if salt is None or salt == keyslots.db_salt:
        return
    previous = keyslots.db_salt
    keyslots.db_salt = salt
    try:
        keyslots.save(files.keys)
    except OSError:
        keyslots.db_salt = previous


def create_register(files: RegisterFiles, *, is_demo: bool = False) -> tuple[Register, str]:
    """A new, empty register and its recovery key (shown to the user once, never stored)."""
    if files.exists():
        raise RegisterExists(path=str(files.db))
    make_folder(files.db.parent, own=False)
    data_key = crypto.new_data_key()
    keyslots = KeySlotFile(register_id=str(uuid.uuid4()))
    recovery_key = crypto.new_recovery_key()
    keyslots.set_recovery(recovery_key, data_key)
    signing_key = trust.new_signing_key()  # the main users' (store/trust.py)
    keyslots.public_key = trust.public_text(signing_key)
    recovery_kek = keyslots.kek_for_recovery(recovery_key)
    keyslots.wrap_signing("recovery", RECOVERY_SLOT, recovery_kek, trust.private_bytes(signing_key))
    engine = make_register_engine(files, data_key)
    try:
        with translated_errors(files.db):
            if files.on_server and schema.current_revision(engine) is not None:
                raise RegisterExists(path=str(files.db))
            schema.upgrade(engine)
            with Session(engine) as session, session.begin():
                session.add(
                    RegisterInfo(
                        register_id=keyslots.register_id,
                        created_at=datetime.now(),
                        created_by_version=__version__,
                        is_demo=is_demo,
                        suppression_key=secrets.token_hex(32),
                    )
                )
            keyslots.db_salt = database_salt(files.db)
            keyslots.save(files.keys)
    except BaseException:
        engine.dispose()
        remove_register_files(files)
        raise
    register = Register(files, keyslots, data_key, engine)
    register.signing_key = signing_key
    return register, recovery_key


# --- building a new register aside (issue 15 item 14) -----------------------------------------


def build_aside(files: RegisterFiles) -> RegisterFiles:
    """Where a new register is built: a private folder of this process beside the final place
    (same disk, so the last step is renames). A run killed before them leaves only this folder,
    which nothing reads and the next init or opening removes (settle_interrupted_init)."""
    if files.on_server:
        # The server's transaction is the atomic step there (create_register refuses a database
        # that already holds a register); only the local key slots are written beside it.
        return files
    settle_interrupted_init(files)
    if files.exists():
        raise RegisterExists(path=str(files.db))
    make_folder(files.db.parent, own=False)
    folder = temp_folder(files.db.parent, kind=INIT_KIND)
    return RegisterFiles(folder / files.db.name)


def put_in_place(register: Register, files: RegisterFiles) -> Register:
    """Move a register built aside to its place: the key slots first, the database last, so
    that until the last rename there is no database a login or a new init would take for a
    register. Returns the register opened at its place."""
    if register.files is files:  # a server register is built in place (build_aside)
        return register
    built = register.files
    data_key = register.backup_key()
    keyslots = register.keyslots
    register.engine.dispose()  # the last connection checkpoints the WAL into the file
    if files.exists():
        raise RegisterExists(path=str(files.db))
    os.replace(built.keys, files.keys)
    os.replace(built.db, files.db)
    fsync_directory(files.db.parent)
    shutil.rmtree(built.db.parent, ignore_errors=True)
    keyslots.path = files.keys
    placed = Register(files, keyslots, data_key, make_engine(files.db, data_key))
    placed.signing_key, placed.audit_offset = register.signing_key, register.audit_offset
    return placed


def discard_aside(files: RegisterFiles) -> None:
    """A register built aside that failed part-way: its folder goes."""
    if temp_owner(files.db.parent.name) is not None:
        shutil.rmtree(files.db.parent, ignore_errors=True)


def remove_register_files(files: RegisterFiles) -> None:
    """The register's files; on a server, what was created there stays for its administrator."""
    for path in (files.db, files.keys, *files.companions()):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
