"""``python -m erp_desktop``: the same as the ``erp-desktop`` command."""

from erp_desktop.cli import main

raise SystemExit(main())
