"""The office's crest or logo as stored: a data URI of an SVG or PNG image, checked once.

Stored in the database (not as a path) so every machine of a shared office prints the same
emblem, and a backup carries it.
"""

from __future__ import annotations

import base64
import binascii
import re
from pathlib import Path

from planner.domain.errors import Problem, ValidationError
from planner.domain.problems import problem

MAX_BYTES = 1024 * 1024  # a crest is a few kilobytes; a megabyte is a photo by mistake
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_URI = re.compile(r"^data:(image/svg\+xml|image/png);base64,([A-Za-z0-9+/=\s]*)$", re.S)
_SVG_ROOT = re.compile(rb"<svg[\s>]", re.I)


def image_problem(data: bytes, media: str) -> Problem | None:
    """Why `data` cannot be the emblem, or None."""
    if len(data) > MAX_BYTES:
        return problem("office.emblem", "emblem_too_large", size=len(data) // 1024,
                       limit=MAX_BYTES // 1024)
    if media == "image/png" and not data.startswith(_PNG_MAGIC):
        return problem("office.emblem", "emblem_unreadable", kind="PNG")
    if media == "image/svg+xml" and not _SVG_ROOT.search(data[:4096]):
        return problem("office.emblem", "emblem_unreadable", kind="SVG")
    return None


def decode(uri: str) -> tuple[str, bytes]:
    """(media type, bytes) of a stored emblem; raises ValidationError for anything else."""
    match = _URI.match(uri)
    if match is None:
        raise ValidationError(problem("office.emblem", "emblem_format"))
    media, payload = match.groups()
    try:
        data = base64.b64decode(re.sub(r"\s", "", payload), validate=True)
    except (binascii.Error, ValueError):
        raise ValidationError(problem("office.emblem", "emblem_format")) from None
    found = image_problem(data, media)
    if found is not None:
        raise ValidationError(found)
    return media, data


def check(uri: str) -> Problem | None:
    """Why the stored value cannot be the emblem ("" means none), or None."""
    if not uri:
        return None
    try:
        decode(uri)
    except ValidationError as error:
        return error.problems[0]
    return None


def from_file(path: Path) -> str:
    """The data URI to store for an SVG or PNG file; a clear error for anything else."""
    suffix = path.suffix.lower()
    media = {".svg": "image/svg+xml", ".png": "image/png"}.get(suffix)
    if media is None:
        raise ValidationError(problem("office.emblem", "emblem_format"))
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ValidationError(Problem("office.emblem", f"cannot read {path}: {error.strerror}")
                              ) from None
    found = image_problem(data, media)
    if found is not None:
        raise ValidationError(found)
    return f"data:{media};base64,{base64.b64encode(data).decode('ascii')}"
