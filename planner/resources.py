"""Where the shipped resources (fonts, translations, demo data) live."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    path = RESOURCES.joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"resource {'/'.join(parts)} is missing from {RESOURCES}; "
                                f"install the planner from its source folder (pip install -e .)")
    return path
