"""The kpfield command line (``kpfield``, and ``kpfield-gui`` for the window): see :mod:`kpfield.cli.main`."""

from .main import build_parser, gui_main, main

__all__ = ["build_parser", "gui_main", "main"]
