"""`python -m guidekit` is what `./guide` runs (after making .venv)."""

import sys

from guidekit.cli import main

if __name__ == "__main__":  # not on import (mkdocstrings inspects every module of the package)
    sys.exit(main())
