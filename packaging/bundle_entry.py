"""The standalone bundle's entry point: the same `planner` command as a pip install."""

import multiprocessing
import sys

from planner.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen program must not re-run itself in workers
    sys.exit(main())
