"""`planner settings list|set`: the office-wide settings, among them the office's identity
that every document prints (city, office, address, phone, e-mail, 24-hour contact, emblem)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from planner.cli.common import UsageError, open_services
from planner.domain.errors import Problem, ValidationError


def _shown(key: str, value: Any) -> str:
    if key == "office.emblem":
        return f"<{value.split(';')[0].removeprefix('data:')} image, " \
               f"{len(value) * 3 // 4 // 1024} KB>" if value else ""
    if isinstance(value, str):
        return value.replace("\n", "\\n")  # as `settings set` takes it
    return json.dumps(value, ensure_ascii=False)


def cmd_settings_list(args: argparse.Namespace) -> int:
    from planner.domain.settings import ALL_SETTINGS

    settings = open_services(args).settings
    values = {key: settings.get(setting) for key, setting in ALL_SETTINGS.items()}
    if args.json:
        json.dump({key: _shown(key, v) if key == "office.emblem" else v
                   for key, v in values.items()}, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    width = max(len(key) for key in values)
    for key, setting in ALL_SETTINGS.items():
        print(f"{key:<{width}}  {_shown(key, values[key])}")
        print(f"{'':<{width}}  ({setting.title})")
    return 0


def parse_value(key: str, text: str) -> Any:
    """The typed value of `text` for the setting `key` (the emblem: a file to read)."""
    from planner.domain import emblem
    from planner.domain.settings import ALL_SETTINGS

    setting = ALL_SETTINGS.get(key)
    if setting is None:
        raise UsageError(f"unknown setting {key!r}; `planner settings list` shows them all")
    default = setting.default
    if key == "office.emblem":
        return emblem.from_file(Path(text)) if text else ""
    if isinstance(default, bool):
        words = {"true": True, "yes": True, "on": True, "1": True,
                 "false": False, "no": False, "off": False, "0": False}
        if text.lower() not in words:
            raise ValidationError(Problem(key, f"must be true or false, not {text!r}"))
        return words[text.lower()]
    if isinstance(default, int):
        try:
            return int(text)
        except ValueError:
            raise ValidationError(Problem(key, f"must be a whole number, not {text!r}")) from None
    if isinstance(default, list | dict):
        try:
            value = json.loads(text)
        except json.JSONDecodeError as error:
            raise ValidationError(Problem(key, f"must be JSON like {json.dumps(default)}: "
                                               f"{error.msg}")) from None
        if type(value) is not type(default):
            raise ValidationError(Problem(key, f"must be JSON like {json.dumps(default)}"))
        return value
    return text.replace("\\n", "\n")  # an address's lines, typed on one line


def cmd_settings_set(args: argparse.Namespace) -> int:
    from planner.domain.settings import ALL_SETTINGS

    value = parse_value(args.key, args.value)
    settings = open_services(args).settings
    settings.set(ALL_SETTINGS[args.key], value)
    print(f"{args.key} = {_shown(args.key, settings.get(ALL_SETTINGS[args.key]))}")
    return 0


def register(commands: Any) -> None:
    group = commands.add_parser("settings", help="the office's settings and identity")
    what = group.add_subparsers(title="action", metavar="ACTION", required=True)
    lst = what.add_parser("list", help="every setting with its value")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=cmd_settings_list)
    put = what.add_parser("set", help="change a setting (office.emblem: a .svg or .png file; "
                                      "'' removes it; \\n in an address starts a new line)")
    put.add_argument("key", metavar="KEY")
    put.add_argument("value", metavar="VALUE")
    put.set_defaults(handler=cmd_settings_set)
