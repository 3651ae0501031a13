"""Reading an untrusted JSON file: bounded in size, depth and numbers, decoded as the standard
says (UTF-8), and every refusal a sentence that names the file, the place and the limit."""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path
from typing import Any

from planner.domain.errors import Problem, ValidationError

# An exchange file of one delegation is kilobytes; a year of an office's visits a few MB.
MAX_JSON_BYTES = 20 * 1024 * 1024
MAX_DEPTH = 32  # the format nests five levels deep
MAX_DIGITS = 18  # whole numbers fit SQLite's and PostgreSQL's 64-bit integers
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _refuse(where: str, message: str) -> ValidationError:
    return ValidationError(Problem(where, message))


def _decode(data: bytes, name: str) -> str:
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
                       (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise _refuse(name, f"is damaged {codec.upper()} at byte {exc.start}") from exc
    if len(data) >= 2 and (data[0] == 0) != (data[1] == 0):
        raise _refuse(name, "looks like UTF-16 without a byte order mark; save it as UTF-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise _refuse(name, f"is not UTF-8 (byte 0x{data[exc.start]:02x} in line {line}); "
                            f"JSON files are UTF-8: save it again as UTF-8") from exc


def _whole_number(text: str) -> int:
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise ValueError(f"the number {text[:12]}… has {len(text.lstrip('-'))} digits; at most "
                         f"{MAX_DIGITS} are allowed")
    return int(text)


def _real_number(text: str) -> float:
    if len(text) > 40:
        raise ValueError(f"the number {text[:12]}… is {len(text)} characters long; at most 40 "
                         f"are allowed")
    return float(text)


def _constant(text: str) -> None:
    raise ValueError(f"{text} is not a JSON number")


def _tree_problem(document: Any, name: str) -> ValidationError | None:
    """Too deep, or a text with an unpaired surrogate (an escaped "\\ud800": no database can
    store it), named by its path in the document."""
    stack: list[tuple[Any, int, str]] = [(document, 1, "")]
    while stack:
        node, depth, path = stack.pop()
        if depth > MAX_DEPTH:
            return _refuse(name, f"nests deeper than {MAX_DEPTH} levels")
        if isinstance(node, dict):
            stack.extend((v, depth + 1, f"{path}.{k}" if path else str(k))
                         for k, v in node.items())
        elif isinstance(node, list):
            stack.extend((v, depth + 1, f"{path}[{i}]") for i, v in enumerate(node))
        elif isinstance(node, str) and _SURROGATE.search(node):
            return _refuse(path or name, "contains an unpaired surrogate (\\ud800 … "
                                         "\\udfff): the text was damaged on its way into "
                                         "the file")
    return None


def parse_json(data: bytes, name: str = "file") -> Any:
    """The document in `data`, or a ValidationError naming `name` and what is wrong."""
    if len(data) > MAX_JSON_BYTES:
        raise _refuse(name, f"is {len(data) / 1024 / 1024:.1f} MB; a JSON file may be at most "
                            f"{MAX_JSON_BYTES // 1024 // 1024} MB")
    text = _decode(data, name)
    try:
        document = json.loads(text, parse_int=_whole_number, parse_float=_real_number,
                              parse_constant=_constant)
    except json.JSONDecodeError as exc:
        raise _refuse(name, f"is not valid JSON: line {exc.lineno}, column {exc.colno}: "
                            f"{exc.msg}") from exc
    except RecursionError as exc:
        raise _refuse(name, f"nests deeper than {MAX_DEPTH} levels") from exc
    except ValueError as exc:
        raise _refuse(name, f"is refused: {exc}") from exc
    problem = _tree_problem(document, name)
    if problem is not None:
        raise problem
    return document


def read_json(path: Path) -> Any:
    """The JSON document in the file at `path`; the size is checked before it is read."""
    try:
        size = path.stat().st_size
        if size > MAX_JSON_BYTES:
            raise _refuse(path.name, f"is {size / 1024 / 1024:.1f} MB; a JSON file may be at "
                                     f"most {MAX_JSON_BYTES // 1024 // 1024} MB")
        data = path.read_bytes()
    except OSError as exc:
        raise _refuse(path.name, f"cannot be read: {exc.strerror or exc}") from exc
    return parse_json(data, path.name)
