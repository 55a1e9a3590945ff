"""Entry point of the bundled windowed program: ``kpfield`` opens the window."""

import sys

from kpfield.cli import gui_main

sys.exit(gui_main())
