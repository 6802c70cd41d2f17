"""What a backup is on disk, and checking one.

A backup is a folder `kirjuri-YYYYMMDD-HHMMSS.kbak` holding three files:

- `register.kirjuri`: the encrypted database under the register's own data key: its encrypted
  pages copied inside one read snapshot, or the online backup API's copy when the WAL cannot be
  checkpointed first (backup_copy.py; never a copy of a file changing under it);
- `register.kirjuri.keys`: the key slots, so any user's password or the recovery key opens it;
- `manifest.json`: format, versions, time, row counts per table and each file's SHA-256. It names
  tables, never their content: nothing personal is readable on the medium.

The folder is written under a hidden temporary name and renamed only once it has been verified,
so a final name always means a whole backup.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.errors import MissingKeySlots, NotARegister
from desktop.store import trust
from desktop.store.keyslots import KeySlotFile

FORMAT = "kirjuri-backup"
FORMAT_VERSION = 1
DB_NAME = "register.kirjuri"
KEYS_NAME = "register.kirjuri.keys"
MANIFEST_NAME = "manifest.json"
SUFFIX = ".kbak"
NAME_PATTERN = re.compile(r"^kirjuri-(\d{8})-(\d{6})\.kbak$")
PARTIAL_MARK = ".partial-"
HASH_CHUNK = 1 << 20
VERIFY_CACHE_KIB = -262144  # 256 MiB while checking: integrity_check revisits index pages
# integrity_check looks every row up in each of its indexes: a cache that holds the whole file
# decrypts each page once (at 292 MB, 2.4 → 2.1 s of CPU). Never more than this, though.
CHECK_CACHE_MAX_KIB = 1 << 20

# Why verify rejected a backup. Untranslated (context "Backup"); the params fill them in.
NOT_A_BACKUP = QT_TRANSLATE_NOOP("Backup", "This is not a Kirjuri backup (no manifest.json).")
BAD_MANIFEST = QT_TRANSLATE_NOOP("Backup", "The backup's manifest is damaged or of another format.")
NEWER_FORMAT = QT_TRANSLATE_NOOP(
    "Backup", "The backup was made by a newer version of Kirjuri (format {version})."
)
FILE_MISSING = QT_TRANSLATE_NOOP("Backup", "The file {name} is missing from the backup.")
FILE_TRUNCATED = QT_TRANSLATE_NOOP(
    "Backup", "The file {name} is cut short: {size} of {expected} bytes."
)
FILE_SIZE = QT_TRANSLATE_NOOP(
    "Backup", "The file {name} has the wrong size: {size} bytes, expected {expected}."
)
FILE_CHANGED = QT_TRANSLATE_NOOP(
    "Backup", "The file {name} is damaged: its SHA-256 checksum differs from the manifest."
)
BAD_KEYS = QT_TRANSLATE_NOOP("Backup", "The key file in the backup cannot be read.")
OTHER_REGISTER = QT_TRANSLATE_NOOP(
    "Backup", "The key file in the backup belongs to another register."
)
CHECK_FAILED = QT_TRANSLATE_NOOP("Backup", "The database check {check} found a problem: {detail}")
COUNT_DIFFERS = QT_TRANSLATE_NOOP(
    "Backup", "The table {table} has {count} rows, the manifest says {expected}."
)
UNREADABLE = QT_TRANSLATE_NOOP("Backup", "The database in the backup cannot be read: {detail}")
AUDIT_ANCHOR = QT_TRANSLATE_NOOP(
    "Backup", "The audit log in the backup does not end where the manifest says it did."
)


@dataclass(frozen=True)
class Finding:
    """One reason a backup is not whole: an untranslated text and its parameters."""

    text: str
    params: dict[str, object] = field(default_factory=dict)

    def render(self, translate: Any = None) -> str:
        text = translate("Backup", self.text) if translate else self.text
        return text.format(**self.params)


@dataclass(frozen=True)
class Manifest:
    raw: dict[str, Any]

    @property
    def created_at(self) -> str:
        return str(self.raw.get("created_at", ""))

    @property
    def register_id(self) -> str:
        return str(self.raw.get("register_id", ""))

    @property
    def schema_revision(self) -> str:
        return str(self.raw.get("schema_revision", ""))

    @property
    def kirjuri_version(self) -> str:
        return str(self.raw.get("kirjuri_version", ""))

    @property
    def tables(self) -> dict[str, int]:
        return {str(k): int(v) for k, v in dict(self.raw.get("tables", {})).items()}

    @property
    def files(self) -> dict[str, dict[str, Any]]:
        return dict(self.raw.get("files", {}))

    def customers(self) -> int:
        return self.tables.get("customers", 0)

    @property
    def from_server(self) -> bool:
        """Taken from a register on the office's server (store/server_backup.py)."""
        return self.raw.get("origin") == "server"


@dataclass
class VerifyResult:
    path: Path
    manifest: Manifest | None = None
    findings: list[Finding] = field(default_factory=list)
    full: bool = False  # True when the database itself was opened and checked

    @property
    def ok(self) -> bool:
        return self.manifest is not None and not self.findings

    def reasons(self, translate: Any = None) -> list[str]:
        return [finding.render(translate) for finding in self.findings]


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def backup_name(stamp: str) -> str:
    return f"kirjuri-{stamp}{SUFFIX}"


def is_backup_name(name: str) -> bool:
    return NAME_PATTERN.match(name) is not None


def backups_in(folder: Path) -> list[Path]:
    """Kirjuri's own backups in a folder, oldest first (the name holds the time)."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found = [p for p in entries if is_backup_name(p.name) and (p / MANIFEST_NAME).is_file()]
    return sorted(found, key=lambda p: p.name)


def read_manifest(path: Path) -> tuple[Manifest | None, Finding | None]:
    manifest_path = path / MANIFEST_NAME
    if not path.is_dir() or not manifest_path.is_file():
        return None, Finding(NOT_A_BACKUP)
    try:
        raw = json.loads(manifest_path.read_bytes())
    except (OSError, ValueError, UnicodeDecodeError):
        return None, Finding(BAD_MANIFEST)
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        return None, Finding(BAD_MANIFEST)
    version = raw.get("format_version")
    if not isinstance(version, int):
        return None, Finding(BAD_MANIFEST)
    if version > FORMAT_VERSION:
        return None, Finding(NEWER_FORMAT, {"version": version})
    try:
        manifest = Manifest(raw)
        manifest.tables  # noqa: B018 - parses the counts
        if set(manifest.files) != {DB_NAME, KEYS_NAME}:
            return None, Finding(BAD_MANIFEST)
    except (TypeError, ValueError, AttributeError):
        return None, Finding(BAD_MANIFEST)
    return manifest, None


def verify_structure(path: Path) -> VerifyResult:
    """Without a password: the manifest, each file's size and SHA-256, and the key file."""
    result = VerifyResult(path)
    manifest, problem = read_manifest(path)
    if problem is not None:
        result.findings.append(problem)
        return result
    assert manifest is not None
    result.manifest = manifest
    for name, expected in manifest.files.items():
        file = path / name
        try:
            size = file.stat().st_size
        except FileNotFoundError:
            result.findings.append(Finding(FILE_MISSING, {"name": name}))
            continue
        wanted = int(expected.get("size", -1))
        if size != wanted:
            text = FILE_TRUNCATED if size < wanted else FILE_SIZE
            result.findings.append(Finding(text, {"name": name, "size": size, "expected": wanted}))
            continue
        if sha256_of(file) != expected.get("sha256"):
            result.findings.append(Finding(FILE_CHANGED, {"name": name}))
    if not result.findings:
        try:
            slots = KeySlotFile.load(path / KEYS_NAME)
        except (NotARegister, MissingKeySlots):
            result.findings.append(Finding(BAD_KEYS))
        else:
            if slots.register_id != manifest.register_id:
                result.findings.append(Finding(OTHER_REGISTER))
    return result


def open_backup_db(db: Path, data_key: bytes, *, readonly: bool = True) -> Any:
    """A raw connection to a backup's database; read-only, so checking never changes it."""
    uri = db.absolute().as_uri() + ("?mode=ro" if readonly else "")
    connection = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    connection.execute("PRAGMA cipher_log_level = NONE")  # no raw lines on stderr
    connection.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    connection.execute("PRAGMA temp_store = MEMORY")
    connection.execute(f"PRAGMA cache_size = {VERIFY_CACHE_KIB}")
    return connection


def plain_tables(connection: Any) -> list[str]:
    """Tables that can be counted cheaply: the virtual (FTS) tables are counted through their
    shadow tables instead."""
    rows = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
    )
    return [str(row[0]) for row in rows]


def count_rows(connection: Any) -> dict[str, int]:
    return {
        name: int(connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
        for name in plain_tables(connection)
    }


def _pragma_rows(db: Path, data_key: bytes, pragma: str) -> list[str]:
    connection = open_backup_db(db, data_key)
    try:
        return [str(row[0]) for row in connection.execute(f"PRAGMA {pragma}").fetchall()]
    finally:
        connection.close()


def _integrity_and_counts(
    db: Path, data_key: bytes
) -> tuple[list[str], dict[str, int] | Exception]:
    """SQLite's b-tree check, then the row counts on the same connection: the counts walk pages
    the check has just decrypted into this connection's cache, so the file is read and
    decrypted once for both. A database the counts cannot read gives its error beside the
    check's own rows."""
    connection = open_backup_db(db, data_key)
    try:
        whole_file = db.stat().st_size * 5 // 4 // 1024
        cache = min(CHECK_CACHE_MAX_KIB, max(-VERIFY_CACHE_KIB, whole_file))
        connection.execute(f"PRAGMA cache_size = {-cache}")
        rows = [str(row[0]) for row in connection.execute("PRAGMA integrity_check").fetchall()]
        try:
            return rows, count_rows(connection)
        except sqlcipher3.DatabaseError as exc:
            return rows, exc
    finally:
        connection.close()


def check_database(db: Path, data_key: bytes, expected: dict[str, int]) -> list[Finding]:
    """SQLCipher's page check beside SQLite's integrity check followed by the row counts, on
    two read-only connections at once (SQLite lets go of the GIL while it works)."""
    findings: list[Finding] = []
    with ThreadPoolExecutor(max_workers=2) as pool:
        cipher = pool.submit(_pragma_rows, db, data_key, "cipher_integrity_check")
        checked = pool.submit(_integrity_and_counts, db, data_key)
        try:
            # The page HMACs: tampering and flipped bits show up here even where SQLite's own
            # check would stop at the first page it cannot decrypt.
            findings += [
                Finding(CHECK_FAILED, {"check": "cipher_integrity_check", "detail": row})
                for row in cipher.result()[:10]
            ]
            rows, counts = checked.result()
            if rows != ["ok"]:
                findings += [
                    Finding(CHECK_FAILED, {"check": "integrity_check", "detail": row})
                    for row in rows[:10]
                ]
        except sqlcipher3.DatabaseError as exc:
            return [*findings, Finding(UNREADABLE, {"detail": str(exc)})]
    if isinstance(counts, Exception):
        return [*findings, Finding(UNREADABLE, {"detail": str(counts)})]
    for table in sorted(set(expected) | set(counts)):
        if counts.get(table) != expected.get(table):
            findings.append(
                Finding(
                    COUNT_DIFFERS,
                    {
                        "table": table,
                        "count": counts.get(table, 0),
                        "expected": expected.get(table, 0),
                    },
                )
            )
    return findings


def verify_backup(path: Path, data_key: bytes | None = None) -> VerifyResult:
    """The structure always; with the data key also the database inside."""
    result = verify_structure(path)
    if not result.ok or data_key is None:
        return result
    assert result.manifest is not None
    result.findings += check_database(path / DB_NAME, data_key, result.manifest.tables)
    if not result.findings:
        result.findings += _anchor_findings(path / DB_NAME, data_key, result.manifest)
    result.full = True
    return result


def _anchor_findings(db: Path, data_key: bytes, manifest: Manifest) -> list[Finding]:
    """The audit chain's head the manifest recorded (store/trust.py) against the copy's own:
    a backup whose audit log was cut or rewritten after it was made says so."""
    recorded = trust.Anchor.from_json(manifest.raw.get("audit_anchor"))
    if recorded is None:  # a backup from before anchors
        return []
    connection = open_backup_db(db, data_key)
    try:
        now = trust.head_of_connection(connection)
    finally:
        connection.close()
    if now is None or (now.entries, now.last_id, now.hash) != (
        recorded.entries,
        recorded.last_id,
        recorded.hash,
    ):
        return [Finding(AUDIT_ANCHOR)]
    return []


def iter_partials(folder: Path) -> Iterator[Path]:
    """Temporary folders of backups that never finished (a pulled stick, a killed process)."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith(".kirjuri-") and PARTIAL_MARK in entry.name and entry.is_dir():
            yield entry
