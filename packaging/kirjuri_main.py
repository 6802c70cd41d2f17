"""The bundle's entry point: the same `kirjuri` command that pip installs."""

from desktop.cli import main

raise SystemExit(main())
