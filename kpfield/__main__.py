import sys

from kpfield.cli import main

sys.exit(main())
