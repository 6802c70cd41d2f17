"""The way in: the first login opens the register; later logins (unlock, switch user) check the
password against the open register. Guessing is slowed down and every attempt is audited.

Failed attempts made before the register could be opened cannot be written yet (there is no key);
they are kept in memory and written by the first successful login.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from desktop.core.roles import Role
from desktop.core.throttle import LoginThrottle
from desktop.errors import TooManyAttempts, UserDisabled, UserRecordForged, WrongPassword
from desktop.services.access.current_user import CurrentUser
from desktop.store import restore_journal, trust
from desktop.store.actor import Actor
from desktop.store.keyslots import RECOVERY_SLOT, KeySlotFile
from desktop.store.register_files import RegisterFiles, settle_interrupted_init

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.store.register import Register

# The login window is shown before any of this is needed: SQLAlchemy, the models, the audit log
# and the register itself are imported by the methods that open or write the register (issue 19).


@dataclass(frozen=True)
class LoginResult:
    user: CurrentUser
    kek: bytes  # what "remember me" stores; never written anywhere else


@dataclass
class Gate:
    files: RegisterFiles
    throttle: LoginThrottle = field(default_factory=LoginThrottle)
    clock: Callable[[], datetime] = datetime.now
    register: Register | None = None
    _pending_failures: list[tuple[datetime, str]] = field(default_factory=list)
    _settled_restore: str | None = None  # an interrupted restore settled before the login
    # What the first login after an interrupted restore should tell the user:
    # "completed" or "rolled_back"; None when there was nothing to settle.
    restore_settled_at_login: str | None = None

    def settle_interrupted_restore(self) -> None:
        """Finish or undo an interrupted restore before the key slots are read at all (also
        before the program decides whether there is a register: a first restore onto a new
        computer may have been cut short). An init killed before its last rename goes first."""
        settle_interrupted_init(self.files)
        outcome = restore_journal.settle(self.files.db)
        if outcome is not None:
            self._settled_restore = outcome

    def usernames(self) -> list[str]:
        """From the key-slot file, so the login can list them before anything is unlocked."""
        if self.register is not None:
            return self.register.keyslots.usernames()
        self.settle_interrupted_restore()
        return KeySlotFile.load(self.files.keys).usernames()

    def register_id(self) -> str:
        if self.register is not None:
            return self.register.register_id
        self.settle_interrupted_restore()
        return KeySlotFile.load(self.files.keys).register_id

    # --- logging in ----------------------------------------------------------------------------
    def login(self, username: str, password: str) -> LoginResult:
        from desktop.store.register import open_register

        name = username.strip().lower()
        self._respect_delay(name)
        try:
            if self.register is None:
                keks: dict[str, bytes] = {}

                def unlock(slots: KeySlotFile) -> bytes:
                    keks[name] = slots.kek_for_password(name, password)
                    return slots.unwrap_with_kek(name, keks[name])

                self.register = open_register(self.files, unlock)
                kek = keks[name]
            else:
                kek = self.register.check_password(name, password)
        except WrongPassword:
            self._failed(name)
            raise
        return LoginResult(self._admit(name, kek), kek)

    def login_with_kek(self, username: str, kek: bytes) -> LoginResult:
        """A remembered login: the key-encryption key came from the OS keyring."""
        from desktop.store.register import open_register

        name = username.strip().lower()
        if self.register is None:
            self.register = open_register(
                self.files, lambda slots: slots.unwrap_with_kek(name, kek)
            )
        else:
            self.register.check_kek(name, kek)
        return LoginResult(self._admit(name, kek, action="login_remembered"), kek)

    def open_with_recovery_key(self, recovery_key: str) -> Register:
        """Opens the register without a user; the caller then sets a main user's new password."""
        from desktop.store.register import open_register

        keks: list[bytes] = []

        def unlock(slots: KeySlotFile) -> bytes:
            keks.append(slots.kek_for_recovery(recovery_key))
            return slots.unwrap_recovery_with_kek(keks[0])

        if self.register is None:
            self.register = open_register(self.files, unlock)
        else:
            self.register.check_recovery_key(recovery_key)
            keks.append(self.register.keyslots.kek_for_recovery(recovery_key))
        # The recovery key holds the main users' signing key: the main user it gives a new
        # password gets it in their slot.
        self.register.take_signing_key("recovery", RECOVERY_SLOT, keks[0])
        return self.register

    def unlock(self, user: CurrentUser, password: str) -> LoginResult:
        """Unlocking the screen: the same user proves it is still them."""
        from desktop.store import audit

        self._respect_delay(user.username)
        assert self.register is not None
        try:
            kek = self.register.check_password(user.username, password)
        except WrongPassword:
            self._failed(user.username)
            raise
        self.throttle.succeeded(user.username)
        with self.register.write(also_when_moved=True) as session:
            audit.append(session, user.actor, "unlock", entity="user", entity_id=user.id)
        return LoginResult(user, kek)

    def record(self, user: CurrentUser, action: str) -> None:
        """Lock, logout and the like: audited under the user who did it."""
        from desktop.store import audit

        assert self.register is not None
        with self.register.write(also_when_moved=True) as session:
            audit.append(session, user.actor, action, entity="user", entity_id=user.id)

    def close(self) -> None:
        if self.register is not None:
            self.register.close()
            self.register = None

    # --- inside --------------------------------------------------------------------------------
    def _respect_delay(self, username: str) -> None:
        wait = self.throttle.seconds_to_wait(username)
        if wait:
            raise TooManyAttempts(seconds=wait)

    def _failed(self, username: str) -> None:
        from desktop.store import audit

        self.throttle.failed(username)
        if self.register is None:
            self._pending_failures.append((self.clock(), username))
            return
        with self.register.write(also_when_moved=True) as session:
            audit.append(session, self._actor_named(session, username), "login_failed")

    def _admit(self, username: str, kek: bytes, action: str = "login") -> CurrentUser:
        from sqlalchemy import select

        from desktop.store import audit
        from desktop.store.models import User

        assert self.register is not None
        register = self.register
        register.take_signing_key("password", username, kek)
        forged = False
        with self.register.write(also_when_moved=True) as session:
            for at, name in self._pending_failures:
                audit.append(session, self._actor_named(session, name), "login_failed", at=at)
            self._pending_failures.clear()
            user = session.scalar(select(User).where(User.username == username))
            settled = self.register.settled_restore or self._settled_restore
            if settled in ("completed", "rolled_back"):
                # Written once, by the first login after the files were put right.
                actor = Actor(user.id if user else None, username)
                audit.append(
                    session,
                    actor,
                    "restore_completed_after_interruption",
                    entity="register",
                    entity_id=settled,
                )
                self.register.settled_restore = self._settled_restore = None
                self.restore_settled_at_login = settled
            elif settled == "unresolved":  # said at every login until someone puts it right
                self.restore_settled_at_login = settled
            if register.trust_findings and not register.trust_reported:
                # Once per opening: the anchors outside the database do not fit the chain.
                actor = Actor(user.id if user else None, username)
                audit.append(session, actor, "audit_anchor_mismatch", entity="register")
                register.trust_reported = True
            public_key, register_id = register.keyslots.public_key, register.register_id
            if user is not None and not trust.user_signed(public_key, register_id, user):
                # A role or status changed outside Kirjuri (direct SQL): refused, and audited.
                audit.append(session, Actor(None, username), "login_refused_forged")
                refused = forged = True
            elif user is None or not user.active:
                audit.append(session, Actor(None, username), "login_refused")
                refused = True
            else:
                audit.append(session, Actor(user.id, user.username), action)
                current = CurrentUser(user.id, user.username, user.full_name, Role(user.role))
                refused = False
        if refused:
            register.signing_key = None
            if forged:
                raise UserRecordForged(username=username)
            raise UserDisabled()
        if current.role != Role.ADMIN:
            register.signing_key = None  # whatever a slot held, only a main user signs
        elif register.keyslots.public_key is None:
            self._adopt_signing_key(current, kek)
        self.throttle.succeeded(username)
        return current

    def _adopt_signing_key(self, current: CurrentUser, kek: bytes) -> None:
        """A register from before signing keys: the first main user's login makes the key pair
        and signs every user row (the rows first; the public key is written only after, so a
        failure leaves the register as it was)."""
        from sqlalchemy import select

        from desktop.store import audit
        from desktop.store.models import User

        assert self.register is not None
        register = self.register
        key = trust.new_signing_key()
        with register.write(also_when_moved=True) as session:
            for user in session.scalars(select(User)):
                trust.sign_user(key, register.register_id, user)
            audit.append(session, current.actor, "signing_key_created", entity="register")
        register.adopt_signing_key(current.username, kek, key)

    @staticmethod
    def _actor_named(session: Session, username: str) -> Actor:
        from sqlalchemy import select

        from desktop.store.models import User

        user = session.scalar(select(User).where(User.username == username))
        return Actor(user.id if user else None, username)
