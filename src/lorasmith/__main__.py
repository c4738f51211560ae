from lorasmith.cli import main

raise SystemExit(main())
