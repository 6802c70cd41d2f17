"""`python -m desktop`: the same as the `kirjuri` command (desktop.cli)."""

from desktop.cli.main import main

if __name__ == "__main__":
    raise SystemExit(main())
