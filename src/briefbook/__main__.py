"""``python -m briefbook``: the briefbook command."""

import sys

from briefbook.app.cli import main

sys.exit(main())
