"""Entry point of the bundled windowed program: ``kpfield`` opens the window."""

import sys

if __name__ == "__main__":
    if sys.argv[1:2] == ["--kpfield-read-sheets"]:
        # an import reads a large workbook in a second process: this program, started so
        from kpfield.exchange.sheets import child_main

        sys.exit(child_main())
    from kpfield.cli import gui_main

    sys.exit(gui_main())
