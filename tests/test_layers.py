"""The layers rule: dependencies point inward, and only planner/ui imports Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "planner"

# For each layer, the top-level modules it must never import.
FORBIDDEN = {
    "domain": ("PySide6", "sqlalchemy", "alembic", "reportlab", "planner.store",
               "planner.services", "planner.documents", "planner.ui", "planner.cli"),
    "store": ("PySide6", "reportlab", "planner.services", "planner.documents", "planner.ui",
              "planner.cli"),
    "services": ("PySide6", "planner.ui", "planner.cli"),
    "documents": ("PySide6", "sqlalchemy", "planner.store", "planner.services", "planner.ui",
                  "planner.cli"),
    "ui": ("sqlalchemy", "planner.store", "planner.cli"),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _violations(layer: str) -> list[str]:
    found = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in imported_modules(path):
            for banned in FORBIDDEN[layer]:
                if name == banned or name.startswith(banned + "."):
                    found.append(f"{path.relative_to(PACKAGE.parent)} imports {name}")
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_point_inward(layer: str) -> None:
    assert _violations(layer) == []


def test_qt_only_in_ui() -> None:
    outside = [p for p in PACKAGE.rglob("*.py") if "ui" not in p.relative_to(PACKAGE).parts[:1]
               and any(n.split(".")[0] == "PySide6" for n in imported_modules(p))]
    assert outside == []


def test_rule_catches_a_violation(tmp_path: Path) -> None:
    """The checker itself must be able to fail."""
    module = tmp_path / "bad.py"
    module.write_text("from PySide6.QtWidgets import QWidget\nimport sqlalchemy.orm\n")
    assert {"PySide6.QtWidgets", "sqlalchemy.orm"} <= imported_modules(module)
