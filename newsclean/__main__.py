"""``python -m newsclean``: the same command line as ``newsclean``."""

import sys

from .cli import main

sys.exit(main())
