"""Font registry: the shipped TrueType fonts, system fallbacks and per-character coverage."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from planner.resources import RESOURCES

FONT_DIR = RESOURCES / "fonts"

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
CJK = "DroidSansFallback"

# Shipped fonts, in fallback order. DejaVu covers Latin, Cyrillic, Greek, Hebrew and Arabic
# (incl. the presentation forms arabic-reshaper emits); Droid Sans Fallback adds CJK.
_SHIPPED = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
}

# Fonts a machine may have for scripts the shipped ones lack. They are only loaded when a
# character is not covered by any shipped font, so everyday documents never depend on them
# and stay byte-identical across machines. TrueType outlines only (TECH-NOTES: no CFF).
_SYSTEM_DIRS = (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".fonts")
_SYSTEM_CANDIDATES = (
    "NotoSansSymbols2-Regular.ttf",
    "NotoSansSymbols-Regular.ttf",
    "NotoSansLinearB-Regular.ttf",
    "NotoEmoji-Regular.ttf",
    "Symbola.ttf",
    "unifont.ttf",
    "FreeSerif.ttf",
    "DejaVuSerif.ttf",
)

_lock = threading.Lock()  # documents are generated off the UI thread; register once
_coverage: dict[str, frozenset[int]] = {}


@dataclass(frozen=True)
class Face:
    """A registered font and the code points it has glyphs for."""

    name: str
    coverage: frozenset[int]

    def covers(self, char: str) -> bool:
        return ord(char) in self.coverage


def _register(name: str, path: Path) -> Face | None:
    with _lock:
        # Asked for a name it does not know, getFont() first parses every Type 1 metrics file
        # on the machine (~0.5 s each time): look in the registry instead.
        if name in pdfmetrics.getRegisteredFontNames():
            font = pdfmetrics.getFont(name)
        else:
            try:
                font = TTFont(name, str(path))
            except (TTFError, OSError):
                return None
            pdfmetrics.registerFont(font)
        covered = _coverage.setdefault(name, frozenset(font.face.charToGlyph))
    return Face(name, covered)


@cache
def shipped_face(name: str) -> Face:
    face = _register(name, FONT_DIR / _SHIPPED[name])
    if face is None:
        raise FileNotFoundError(f"shipped font {_SHIPPED[name]} missing from {FONT_DIR}")
    return face


@lru_cache(maxsize=1)
def system_faces() -> tuple[Face, ...]:
    faces: list[Face] = []
    for filename in _SYSTEM_CANDIDATES:
        for folder in _SYSTEM_DIRS:
            hits = sorted(folder.rglob(filename)) if folder.is_dir() else []
            if hits:
                face = _register("Sys-" + Path(filename).stem, hits[0])
                if face is not None:
                    faces.append(face)
                break
    return tuple(faces)


def chain(bold: bool) -> Iterator[Face]:
    """Shipped fonts in the order a character is looked up (bold falls back to regular).
    Each is loaded when the lookup reaches it: a German page never parses the CJK font
    (a few MB, the slowest part of a first document)."""
    for name in (BOLD, REGULAR, CJK) if bold else (REGULAR, CJK):
        yield shipped_face(name)


@lru_cache(maxsize=4096)
def face_for(char: str, bold: bool) -> str | None:
    """Name of the first font that can print char, or None if nothing on this machine can."""
    for face in chain(bold):
        if face.covers(char):
            return face.name
    for face in system_faces():
        if face.covers(char):
            return face.name
    return None


def coverage(font: str) -> frozenset[int]:
    """Code points a registered font can print (empty for fonts we did not register)."""
    return _coverage.get(font, frozenset())


def string_width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)
