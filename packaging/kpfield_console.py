"""Entry point of the bundled console program: ``kpfield-console`` is the command line."""

import sys

from kpfield.cli import main

sys.exit(main())
