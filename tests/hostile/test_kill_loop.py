"""Issue 15, the kill loop: init, demo, import, export, backup and restore run as child processes
(the real `kirjuri` commands, or the services inside a Kirjuri run for import and export, which
have no command) and are killed (SIGKILL) after a random delay. After each kill:

- `kirjuri check` passes (it is also Kirjuri's next start: it settles an interrupted restore and
  sweeps the dead run's leftovers);
- nothing committed is lost (the customers there before are there, an import is all or nothing);
- no file holding personal data in the clear is left anywhere under the data, temp, log and
  target folders: known names are searched for in UTF-8 and UTF-16.

Two kills per operation by default (KIRJURI_KILL_ITERATIONS=N for more, KIRJURI_KILL_SEED=S to
repeat a run). A child that finishes before its kill makes the next delay shorter.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.core.importing.readers import Table
from desktop.services.access.gate import Gate
from desktop.services.container import Services
from desktop.services.customers.search import CustomerQuery
from desktop.store.backup import create_backup
from desktop.store.backup_format import backups_in, verify_backup
from desktop.store.register import RegisterFiles
from tests import registers
from tests.registers import PASSWORDS, copy_register

ROOT = Path(__file__).resolve().parents[2]
ITERATIONS = int(os.environ.get("KIRJURI_KILL_ITERATIONS", "2"))
SEED = int(os.environ.get("KIRJURI_KILL_SEED", str(random.randrange(1 << 30))))
PASSWORD = PASSWORDS["maija"]
COMMITTED = "Kommitoitu"  # 5 customers every register here starts with
EXPORTED = "Vientinen"  # 1500 more, so an export takes a while
IMPORTED = "Tuontinen"  # the rows of the import file
IMPORT_ROWS = 3000
DEMO_CUSTOMERS = 400
NEEDLES = (COMMITTED, EXPORTED, IMPORTED, "Salakari", "@example.")
EXPORT_NAMES = ("asiakkaat.csv", "asiakkaat.xlsx")  # what the user asked for: whole or absent
register_template = registers.register_template  # a fixture pytest finds by name

CHILD_IMPORT = """
import sys
from pathlib import Path
from desktop.core.importing.readers import read_table
from desktop.leftovers import private_run
from desktop.paths import Paths
from desktop.services.access.gate import Gate
from desktop.services.container import Services
from desktop.store.register import RegisterFiles

paths = Paths.default(Path(sys.argv[1]))
with private_run(paths, [paths.register.parent]):
    gate = Gate(RegisterFiles(paths.register))
    services = Services.for_user(gate, gate.login("maija", sys.stdin.readline().strip()).user)
    print("ready", flush=True)
    plan = services.importer.plan(read_table(Path(sys.argv[2])), {0: "first_name", 1: "last_name", 2: "email"})
    services.importer.run(plan)
    gate.close()
"""

CHILD_EXPORT = """
import sys
from pathlib import Path
from desktop.leftovers import private_run
from desktop.paths import Paths
from desktop.services.access.gate import Gate
from desktop.services.container import Services
from desktop.services.customers.search import CustomerQuery
from desktop.store.register import RegisterFiles

paths = Paths.default(Path(sys.argv[1]))
with private_run(paths, [paths.register.parent]):
    gate = Gate(RegisterFiles(paths.register))
    services = Services.for_user(gate, gate.login("maija", sys.stdin.readline().strip()).user)
    print("ready", flush=True)
    target = Path(sys.argv[2])
    # Long enough to be killed in the middle on an idle machine too: a few customers export in
    # milliseconds, and the kill's delay is counted from "ready".
    for _ in range(25):
        services.exporter.export(CustomerQuery(), target / "asiakkaat.csv", fmt="csv")
        services.exporter.export(CustomerQuery(), target / "asiakkaat.xlsx", fmt="xlsx")
    gate.close()
"""


@dataclass(frozen=True)
class Home:
    """One computer: its per-user folders, a USB stick, and the user's own source files."""

    root: Path
    env: dict[str, str]
    files: RegisterFiles
    stick: Path
    source: Path

    def searched(self) -> list[Path]:
        return [p for p in self.root.iterdir() if p != self.source]


def make_home(base: Path) -> Home:
    base.mkdir(parents=True)
    env = dict(os.environ)
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[variable] = str(base / variable.lower().removeprefix("xdg_"))
    env["TMPDIR"] = str(base / "tmp")
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        Path(env[variable]).mkdir(mode=0o700)
    Path(env["TMPDIR"]).mkdir(mode=0o700)
    data = Path(env["XDG_DATA_HOME"]) / "Kirjuri"
    (base / "stick").mkdir()
    (base / "source").mkdir()
    return Home(
        base, env, RegisterFiles(data / "register.kirjuri"), base / "stick", base / "source"
    )


def needles() -> list[bytes]:
    return [n.encode(e) for n in NEEDLES for e in ("utf-8", "utf-16-le", "utf-16-be")]


def leaks(home: Home) -> list[Path]:
    found = []
    patterns = needles()
    for folder in home.searched():
        for path in folder.rglob("*"):
            if not path.is_file() or (path.parent == home.stick and path.name in EXPORT_NAMES):
                continue
            data = path.read_bytes()
            if any(p in data for p in patterns):
                found.append(path)
    return found


def start(
    home: Home, args: list[str], stdin: str, *, says_ready: bool = False
) -> subprocess.Popen[bytes]:
    """Start the child; one that says "ready" (logged in, about to work) is waited for, so that
    the random delay falls within the work itself rather than Python's start."""
    child = subprocess.Popen(
        [sys.executable, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE if says_ready else subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=ROOT,
        env=home.env,
    )
    assert child.stdin is not None
    child.stdin.write(stdin.encode())
    child.stdin.close()
    if says_ready:
        assert child.stdout is not None
        assert child.stdout.readline().startswith(b"ready"), "the child stopped before its work"
        child.stdout.close()
    return child


def kirjuri(home: Home, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--lang", "en", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=home.env,
        timeout=180,
    )


def kill_after(child: subprocess.Popen[bytes], delay: float) -> bool:
    """SIGKILL after `delay` seconds; False if the child had finished by then."""
    try:
        child.wait(timeout=delay)
        return False
    except subprocess.TimeoutExpired:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        return True


def customers_named(files: RegisterFiles, name: str, username: str = "maija") -> int:
    gate = Gate(files)
    try:
        services = Services.for_user(gate, gate.login(username, PASSWORD).user)
        return services.customer_queries.count(CustomerQuery(text=name))
    finally:
        gate.close()


# --- what each operation needs, runs and must leave ---------------------------------------------
@dataclass(frozen=True)
class Operation:
    name: str
    longest: float  # seconds the delay may reach at first
    prepare: Callable[[Home, Path], None]
    run: Callable[[Home], subprocess.Popen[bytes]]
    whole: Callable[[Home], None]  # asserts what must hold after the kill


def _copy_prepared(home: Home, prepared: Path) -> None:
    copy_register(RegisterFiles(prepared / "register.kirjuri"), home.files.db.parent)


def _nothing(home: Home, prepared: Path) -> None:
    pass


def _check(home: Home, username: str = "maija") -> subprocess.CompletedProcess[str]:
    return kirjuri(
        home,
        "check",
        "--db",
        str(home.files.db),
        "--user",
        username,
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )


def _committed_whole(home: Home) -> None:
    done = _check(home)
    assert done.returncode == 0, done.stdout + done.stderr
    assert customers_named(home.files, COMMITTED) == 5


def _created_whole_or_absent(username: str, customers: int | None) -> Callable[[Home], None]:
    def whole(home: Home) -> None:
        if not home.files.exists():
            return  # killed before anything was made: a new init starts afresh
        done = _check(home, username)
        assert done.returncode == 0, f"a killed init or demo left a register: {done.stderr!r}"
        if customers is not None:
            assert customers_named(home.files, "", username) in (0, customers)

    return whole


def _run_init(home: Home) -> subprocess.Popen[bytes]:
    args = ["init", "--db", str(home.files.db), "--business", "Kahvila Salakari"]
    args += ["--admin", "maija", "--full-name", "Maija Salakari", "--password-stdin"]
    return start(home, ["-m", "desktop", *args], PASSWORD + "\n")


def _run_demo(home: Home) -> subprocess.Popen[bytes]:
    args = ["demo", "--customers", str(DEMO_CUSTOMERS), "--db", str(home.files.db)]
    return start(home, ["-m", "desktop", *args, "--password-stdin"], PASSWORD + "\n")


def _prepare_import(home: Home, prepared: Path) -> None:
    _copy_prepared(home, prepared)
    lines = ["Etunimi;Sukunimi;Sähköposti"]
    lines += [f"Etu{i};{IMPORTED};tuonti{i}@example.fi" for i in range(IMPORT_ROWS)]
    (home.source / "tuonti.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _run_import(home: Home) -> subprocess.Popen[bytes]:
    code = textwrap.dedent(CHILD_IMPORT)
    args = ["-c", code, str(home.files.db), str(home.source / "tuonti.csv")]
    return start(home, args, PASSWORD + "\n", says_ready=True)


def _import_whole(home: Home) -> None:
    _committed_whole(home)
    assert customers_named(home.files, IMPORTED) in (0, IMPORT_ROWS), "all or nothing"


def _run_export(home: Home) -> subprocess.Popen[bytes]:
    code = textwrap.dedent(CHILD_EXPORT)
    args = ["-c", code, str(home.files.db), str(home.stick)]
    return start(home, args, PASSWORD + "\n", says_ready=True)


def _run_backup(home: Home) -> subprocess.Popen[bytes]:
    args = ["backup", "--db", str(home.files.db), "--to", str(home.stick), "--user", "maija"]
    return start(home, ["-m", "desktop", *args, "--password-stdin"], PASSWORD + "\n")


def _backup_whole(home: Home) -> None:
    _committed_whole(home)
    gate = Gate(home.files)
    try:
        gate.login("maija", PASSWORD)
        assert gate.register is not None
        key = gate.register.backup_key()
    finally:
        gate.close()
    for backup in backups_in(home.stick):  # a final name always means a whole backup
        assert verify_backup(backup, key).ok


def _prepare_restore(home: Home, prepared: Path) -> None:
    _copy_prepared(home, prepared)
    shutil.copytree(prepared / "backup", home.stick / "kirjuri-20261201-120000.kbak")


def _run_restore(home: Home) -> subprocess.Popen[bytes]:
    backup = home.stick / "kirjuri-20261201-120000.kbak"
    args = ["restore", str(backup), "--db", str(home.files.db), "--user", "maija"]
    return start(home, ["-m", "desktop", *args, "--password-stdin"], PASSWORD + "\n")


OPERATIONS = {
    op.name: op
    for op in (
        Operation("init", 5.0, _nothing, _run_init, _created_whole_or_absent("maija", None)),
        Operation(
            "demo", 6.0, _nothing, _run_demo, _created_whole_or_absent("demo", DEMO_CUSTOMERS)
        ),
        Operation("import", 2.5, _prepare_import, _run_import, _import_whole),
        Operation("export", 4.0, _copy_prepared, _run_export, _committed_whole),
        Operation("backup", 7.0, _copy_prepared, _run_backup, _backup_whole),
        Operation("restore", 4.5, _prepare_restore, _run_restore, _committed_whole),
    )
}


@pytest.fixture(scope="module")
def prepared(
    register_template: registers.Template, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Path]:
    """The template register with 5 committed customers and 1500 more, and a backup of it."""
    folder = tmp_path_factory.mktemp("prepared")
    files = copy_register(register_template.files, folder)
    gate = Gate(files)
    try:
        services = Services.for_user(gate, gate.login("maija", PASSWORD).user)
        rows = [[f"Pysyvä{i}", COMMITTED, f"pysyva{i}@example.fi"] for i in range(5)]
        rows += [[f"Vienti{i}", EXPORTED, f"vienti{i}@example.fi"] for i in range(1500)]
        table = Table(["Etunimi", "Sukunimi", "Sähköposti"], rows)
        plan = services.importer.plan(table, {0: "first_name", 1: "last_name", 2: "email"})
        services.importer.run(plan)
        stick = folder / "stick"
        stick.mkdir()
        done = create_backup(services.gate.register, stick)
        done.path.rename(folder / "backup")
    finally:
        gate.close()
    yield folder


class Finished(Exception):
    """The child finished before its kill: aim earlier next time."""

    def __init__(self, aim: float) -> None:
        super().__init__(aim)
        self.aim = aim


def run_once(
    operation: Operation,
    home: Home,
    prepared: Path,
    chance: random.Random,
    longest: float,
    tries: int,
) -> int:
    """One run killed at a random moment, and what must hold after it; 1 when it was killed."""
    name = operation.name
    operation.prepare(home, prepared)
    delay = chance.uniform(0.05, longest)
    began = time.monotonic()
    child = operation.run(home)
    killed = kill_after(child, delay)
    if not killed:
        assert child.returncode == 0, f"{name} failed on its own (seed {SEED})"
    where = f"{name}, try {tries}, killed after {delay:.2f} s (KIRJURI_KILL_SEED={SEED})"
    found = leaks(home)
    operation.whole(home)  # also Kirjuri's next start, which sweeps what the kill left
    left = leaks(home)
    assert left == [], f"{where}: personal data in the clear: {left} (before start: {found})"
    if not killed:
        raise Finished(max(0.5, 0.8 * (time.monotonic() - began)))
    return 1


@pytest.mark.slow
@pytest.mark.timeout(900)
@pytest.mark.parametrize("name", list(OPERATIONS))
def test_killed_at_a_random_moment(name: str, prepared: Path, tmp_path: Path) -> None:
    operation = OPERATIONS[name]
    chance = random.Random(f"{SEED}-{name}")
    longest, kills, tries = operation.longest, 0, 0
    while kills < ITERATIONS and tries < 4 * ITERATIONS:
        tries += 1
        home = make_home(tmp_path / f"run{tries}")
        try:
            kills += run_once(operation, home, prepared, chance, longest, tries)
        except Finished as finished:
            longest = finished.aim
        finally:  # the homes hold names in the clear (the import file, the exports)
            shutil.rmtree(home.root, ignore_errors=True)
    assert kills, f"{name}: no run was killed in {tries} tries (seed {SEED})"
