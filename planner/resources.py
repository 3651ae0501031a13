"""Where the shipped resources (fonts, translations, demo data, icons, schema) live.

In the repository they are the top-level folder resources/; every install maps that folder
into the package as `planner.assets` (pyproject.toml), so a wheel, an editable install and the
standalone bundle all find it through importlib.resources. Only a bare source checkout that
was never installed (PYTHONPATH=.) falls back to the folder beside the package.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path


@cache
def resources_root() -> Path:
    try:
        root = files("planner.assets")
    except ModuleNotFoundError:
        root = None
    if isinstance(root, Path) and root.is_dir():
        return root
    if root is not None:
        # A Traversable that is not a folder (a zipped install) cannot feed ReportLab's font
        # loader or Qt's translator, which both want real files.
        raise FileNotFoundError(f"the planner's resources are inside an archive ({root}); "
                                f"install it as a normal wheel or the standalone bundle")
    return Path(__file__).resolve().parent.parent / "resources"


RESOURCES = resources_root()


def resource(*parts: str) -> Path:
    path = RESOURCES.joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"resource {'/'.join(parts)} is missing from {RESOURCES}; "
                                f"the installation is incomplete — reinstall the planner")
    return path
