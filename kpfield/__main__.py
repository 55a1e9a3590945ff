import sys

from kpfield.cli import main

# guarded, so that importing this module (as tools that start a second Python may) runs nothing
if __name__ == "__main__":
    sys.exit(main())
