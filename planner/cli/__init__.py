"""The command line (`planner …`): a thin shell over the services and the documents layer.

`planner.cli:main` is the installed entry point; the command groups are modules beside this one.
"""

from planner.cli.entry import main

__all__ = ["main"]
