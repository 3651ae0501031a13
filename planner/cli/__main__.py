"""`python -m planner.cli`, the same as the installed `planner` command."""

import sys

from planner.cli.entry import main

sys.exit(main())
