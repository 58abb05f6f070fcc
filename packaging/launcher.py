"""The frozen app's entry point: the same `newsdesk` command the wheel installs."""

from newsdesk.cli.main import main

raise SystemExit(main())
