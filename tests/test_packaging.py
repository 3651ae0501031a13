"""The planner as an installed application: a built wheel carries everything and runs anywhere.

The wheel is built from this checkout, unpacked into a folder of its own and run from another
folder, so nothing can be found through the source tree by accident.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.cli import main

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps",
                    "-q", "-w", str(out), str(ROOT)], check=True, capture_output=True)
    [built] = out.glob("delegation_planner-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel installed into a folder of its own (dependencies from this environment)."""
    site = tmp_path_factory.mktemp("site")
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target",
                    str(site), str(wheel)], check=True, capture_output=True)
    return site


def test_the_wheel_carries_every_module_and_resource(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "planner").rglob("*.py")
               if "__pycache__" not in p.parts}
    assert modules - names == set()
    shipped = {f"planner/assets/{p.relative_to(ROOT / 'resources').as_posix()}"
               for folder in ("demo", "fonts", "icons", "desktop", "schema")
               for p in (ROOT / "resources" / folder).iterdir()}
    shipped |= {f"planner/assets/translations/{p.name}"
                for p in (ROOT / "resources" / "translations").glob("*.qm")}
    assert shipped - names == set()
    assert "planner/store/alembic.ini" in names or not (ROOT / "planner/store/alembic.ini").exists()
    for size in (16, 32, 48, 256, 512):
        assert f"planner/assets/icons/delegation-planner-{size}.png" in names
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    assert "Version: " in zipfile.ZipFile(wheel).read(metadata).decode()


def _run(site: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen",
           "PLANNER_DB": str(cwd / "planner.sqlite")}
    return subprocess.run([sys.executable, "-m", "planner.cli", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture
def elsewhere(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "office"
    folder.mkdir()
    yield folder


def test_the_installed_wheel_runs_from_an_unrelated_folder(installed: Path,
                                                           elsewhere: Path) -> None:
    where = subprocess.run(
        [sys.executable, "-c", "import planner, planner.resources as r; "
                               "print(planner.__file__); print(r.RESOURCES)"],
        cwd=elsewhere, env={**os.environ, "PYTHONPATH": str(installed)},
        capture_output=True, text=True, check=True).stdout.split()
    assert all(Path(p).is_relative_to(installed) for p in where), where
    version = _run(installed, elsewhere, "--version")
    assert version.returncode == 0 and version.stdout.startswith("planner ")
    demo = _run(installed, elsewhere, "demo")
    assert demo.returncode == 0, demo.stderr
    listing = json.loads(_run(installed, elsewhere, "list", "delegations", "--json").stdout)
    netanya = next(d["id"] for d in listing if "Netanya" in d["partner_city"])
    with sqlite3.connect(elsewhere / "planner.sqlite") as db:
        [meal] = db.execute("SELECT min(id) FROM programme_item WHERE kind = 'meal'").fetchone()
    exports = {  # every export the command line offers, each into a file of its own
        "itinerary": ((str(netanya), "--lang", "en"), "itinerary.pdf", b"%PDF"),
        "badges": ((str(netanya),), "badges.pdf", b"%PDF"),
        "placecards": ((str(netanya),), "placecards.pdf", b"%PDF"),
        "precedence": ((str(netanya),), "precedence.pdf", b"%PDF"),
        "seating": ((str(meal),), "seating.pdf", b"%PDF"),
        "week": (("2026-05-08",), "week.pdf", b"%PDF"),
        "goldenbook": ((), "register.xlsx", b"PK"),
        "gifts": ((), "gifts.csv", b""),
        "ics": ((str(netanya),), "visit.ics", b"BEGIN:VCALENDAR"),
        "json": ((str(netanya),), "netanya.json", b"{"),
    }
    offered = _run(installed, elsewhere, "export", "--help").stdout
    assert all(name in offered for name in exports)
    for name, (args, filename, start) in exports.items():
        target = elsewhere / filename
        result = _run(installed, elsewhere, "export", name, *args, "-o", str(target))
        assert result.returncode == 0, (name, result.stderr)
        assert target.read_bytes().startswith(start), name


def test_desktop_entry_installs_and_uninstalls_in_the_users_data_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert main(["desktop-entry", "--install"]) == 0
    entry = tmp_path / "applications" / "org.delegationplanner.DelegationPlanner.desktop"
    text = entry.read_text(encoding="utf-8")
    assert "Name=Delegation Planner" in text and "@EXEC@" not in text
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    program = exec_line.removeprefix("Exec=").split()[0].strip("'")
    assert Path(program).is_file()  # the menu starts this very planner
    icons = list((tmp_path / "icons" / "hicolor").rglob("org.delegationplanner.*"))
    assert len(icons) == 9  # eight PNG sizes and the SVG
    assert (tmp_path / "metainfo" / "org.delegationplanner.DelegationPlanner.metainfo.xml"
            ).is_file()
    assert main(["desktop-entry", "--uninstall"]) == 0
    assert not entry.exists()
    assert list(tmp_path.rglob("org.delegationplanner.*")) == []
    assert "Removed the menu entry" in capsys.readouterr().out
