"""`python -m guidekit` is what `./guide` runs (after making .venv)."""

import sys

from guidekit.cli import main

sys.exit(main())
