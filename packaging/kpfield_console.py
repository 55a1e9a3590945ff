"""Entry point of the bundled console program: ``kpfield-console`` is the command line."""

import sys

if __name__ == "__main__":
    if sys.argv[1:2] == ["--kpfield-read-sheets"]:
        # an import reads a large workbook in a second process: this program, started so
        from kpfield.exchange.sheets import child_main

        sys.exit(child_main())
    from kpfield.cli import main

    sys.exit(main())
