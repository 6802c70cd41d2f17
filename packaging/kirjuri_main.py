"""The bundle's entry point: the same `kirjuri` command that pip installs."""

from desktop.cli.main import main

raise SystemExit(main())
