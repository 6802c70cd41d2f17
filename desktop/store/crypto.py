"""Key derivation and key wrapping.

A password becomes a key-encryption key (KEK) through Argon2id; the register's data key is wrapped
under that KEK with AES-256-GCM. The GCM tag makes a wrong password fail loudly instead of
producing a wrong key.
"""

from __future__ import annotations

import base64
import os
import secrets
from dataclasses import asdict, dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

DATA_KEY_BYTES = 32  # SQLCipher raw key: 256 bits
KEK_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16

# Recovery keys: 30 characters from an alphabet without look-alikes (no 0/O, 1/I/L): 148 bits.
RECOVERY_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
RECOVERY_GROUPS = 6
RECOVERY_GROUP_LENGTH = 5

# Bounds on what a key-slot file may ask for (issue 15 item 7). The defaults (64 MiB, 3 passes,
# 4 lanes) sit well inside; the upper bounds leave room to raise them on faster computers while
# keeping one login within seconds and within an office computer's memory.
MEMORY_KIB_BOUNDS = (8 * 1024, 1024 * 1024)  # 8 MiB .. 1 GiB
ITERATION_BOUNDS = (1, 10)
LANE_BOUNDS = (1, 16)
MAX_WORK_KIB = 2 * 1024 * 1024  # memory × passes: at most 2 GiB of Argon2 work per login
SALT_BOUNDS = (16, 64)
WRAPPED_KEY_BYTES = DATA_KEY_BYTES + 16  # the data key and GCM's tag


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters, stored with each slot so they can be raised later."""

    salt: str  # base64
    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 4
    name: str = "argon2id"

    @classmethod
    def fresh(cls) -> KdfParams:
        return cls(salt=b64(os.urandom(SALT_BYTES)))

    def problem(self) -> str | None:
        """Why these parameters (read from a file anyone may have edited) must not be used, or
        None. Each bound keeps a login finite and within memory: a huge iteration count would
        hang it, zero lanes or too little memory would crash it."""
        if self.name != "argon2id":
            return "kdf name"
        for name, value, (low, high) in (
            ("memory_kib", self.memory_kib, MEMORY_KIB_BOUNDS),
            ("iterations", self.iterations, ITERATION_BOUNDS),
            ("lanes", self.lanes, LANE_BOUNDS),
        ):
            if type(value) is not int or not low <= value <= high:
                return name
        if self.memory_kib < 8 * self.lanes:  # Argon2's own rule
            return "memory_kib"
        if self.memory_kib * self.iterations > MAX_WORK_KIB:
            return "iterations"
        try:
            salt = unb64(self.salt)
        except (ValueError, TypeError, AttributeError):
            return "salt"
        if not SALT_BOUNDS[0] <= len(salt) <= SALT_BOUNDS[1]:
            return "salt"
        return None

    def to_json(self) -> dict[str, object]:
        return asdict(self)


class UnwrapFailed(Exception):
    """The secret does not open this slot (wrong password, or the slot was tampered with)."""


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except UnicodeEncodeError as exc:  # not base64 at all (an edited file)
        raise ValueError("not base64") from exc


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def derive_kek(secret: str, params: KdfParams) -> bytes:
    if params.name != "argon2id":
        raise ValueError(f"unsupported KDF {params.name!r}")
    kdf = Argon2id(
        salt=unb64(params.salt),
        length=KEK_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    # surrogatepass: a password with escaped bytes (a terminal not in UTF-8) never crashes here;
    # the command refuses such a password before it gets this far (cli/common.py).
    return kdf.derive(secret.encode("utf-8", "surrogatepass"))


def wrap(data_key: bytes, kek: bytes, aad: bytes) -> tuple[str, str]:
    """Returns (nonce, ciphertext) as base64. `aad` binds the slot to its register and owner."""
    nonce = os.urandom(NONCE_BYTES)
    return b64(nonce), b64(AESGCM(kek).encrypt(nonce, data_key, aad))


def unwrap(nonce: str, ciphertext: str, kek: bytes, aad: bytes) -> bytes:
    try:
        return AESGCM(kek).decrypt(unb64(nonce), unb64(ciphertext), aad)
    except (InvalidTag, ValueError) as exc:
        raise UnwrapFailed from exc


def new_recovery_key() -> str:
    chars = "".join(
        secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LENGTH)
    )
    return format_recovery_key(chars)


def normalise_recovery_key(text: str) -> str:
    """Accept what people type back from paper: any case, with or without spaces and dashes."""
    return "".join(ch for ch in text.upper() if ch.isalnum())


def format_recovery_key(text: str) -> str:
    chars = normalise_recovery_key(text)
    step = RECOVERY_GROUP_LENGTH
    return "-".join(chars[i : i + step] for i in range(0, len(chars), step))
