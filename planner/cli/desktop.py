"""`planner desktop-entry --install|--uninstall`: put the planner into the desktop's menu.

Freedesktop desktops (GNOME, KDE, Xfce … on Linux and the BSDs) read a `.desktop` file and an
icon from the user's data folder ($XDG_DATA_HOME, usually ~/.local/share); nothing needs root.
Windows has no file-based menu entry an unprivileged program can write without COM; there the
bundle's folder holds planner.exe to pin to Start, and the command says so (docs/packaging.md).
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import sys
from pathlib import Path
from typing import Any

from planner.cli.common import EXIT_OK, CommandError

APP_ID = "org.delegationplanner.DelegationPlanner"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def data_home() -> Path:
    configured = os.environ.get("XDG_DATA_HOME", "")
    return Path(configured) if configured else Path.home() / ".local" / "share"


def launch_command() -> str:
    """How the menu starts this very planner: the bundle, the installed script, or the module."""
    if getattr(sys, "frozen", False):  # a PyInstaller bundle
        return shlex.quote(str(Path(sys.executable).resolve()))
    script = Path(sys.argv[0]).resolve() if sys.argv and sys.argv[0] else None
    if script is not None and script.name == "planner" and script.is_file():
        return shlex.quote(str(script))
    installed = shutil.which("planner")
    if installed:
        return shlex.quote(str(Path(installed).resolve()))
    return f"{shlex.quote(sys.executable)} -m planner.cli"


def planned_files(home: Path) -> dict[Path, Path | None]:
    """Each file the entry consists of, with the shipped file it is copied from (None: made)."""
    from planner.resources import resource

    files: dict[Path, Path | None] = {
        home / "applications" / f"{APP_ID}.desktop": None,
        home / "metainfo" / f"{APP_ID}.metainfo.xml":
            resource("desktop", f"{APP_ID}.metainfo.xml"),
        home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg":
            resource("icons", "delegation-planner.svg"),
    }
    for size in ICON_SIZES:
        files[home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"] = (
            resource("icons", f"delegation-planner-{size}.png"))
    return files


def install(home: Path) -> list[Path]:
    from planner.resources import resource

    entry = resource("desktop", f"{APP_ID}.desktop").read_text(encoding="utf-8")
    written = []
    for target, source in planned_files(home).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        if source is None:
            target.write_text(entry.replace("@EXEC@", launch_command()), encoding="utf-8")
        else:
            shutil.copyfile(source, target)
        written.append(target)
    _refresh_caches(home)
    return written


def uninstall(home: Path) -> list[Path]:
    removed = []
    for target in planned_files(home):
        if target.exists():
            target.unlink()
            removed.append(target)
    _refresh_caches(home)
    return removed


def _refresh_caches(home: Path) -> None:
    """Menus pick the entry up by themselves; these tools only make it immediate if present."""
    for command in (["update-desktop-database", "-q", str(home / "applications")],
                    ["gtk-update-icon-cache", "-q", "-t", str(home / "icons" / "hicolor")]):
        if shutil.which(command[0]):
            import subprocess  # only here: the parser (every command's start) must stay light

            subprocess.run(command, check=False, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)


def cmd_desktop_entry(args: argparse.Namespace) -> int:
    if sys.platform == "win32" or sys.platform == "darwin":
        raise CommandError(
            "desktop-entry writes freedesktop menu entries (Linux, BSD). On Windows, pin "
            "planner.exe from the bundle's folder to Start or create a shortcut to it; on macOS "
            "start it from a terminal (see docs/packaging.md).")
    home = data_home()
    if args.uninstall:
        removed = uninstall(home)
        print(f"Removed the menu entry ({len(removed)} files from {home})" if removed
              else f"No menu entry was installed in {home}")
        return EXIT_OK
    written = install(home)
    print(f"Installed the menu entry: {written[0]} (starts {launch_command()})")
    return EXIT_OK


def register(commands: Any) -> None:
    entry = commands.add_parser(
        "desktop-entry", help="add the planner to the desktop's application menu (Linux)")
    action = entry.add_mutually_exclusive_group(required=True)
    action.add_argument("--install", action="store_true",
                        help="write the menu entry and icons into your data folder")
    action.add_argument("--uninstall", action="store_true", help="remove them again")
    entry.set_defaults(handler=cmd_desktop_entry)
