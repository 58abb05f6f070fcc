from newsdesk.cli.main import main

raise SystemExit(main())
