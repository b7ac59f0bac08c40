"""``python -m tm``: the same as the ``tm`` command."""

from tm.cli import main

raise SystemExit(main())
