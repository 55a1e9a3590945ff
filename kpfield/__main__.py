import sys

from kpfield.cli import main

# guarded: an import reads large workbooks in a second process (multiprocessing's spawn), which
# imports this module again without running it
if __name__ == "__main__":
    sys.exit(main())
