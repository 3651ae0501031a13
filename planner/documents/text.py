"""Typesetting of user text in any script: glyph checks, wrapping, bidi per line, font runs."""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi.algorithm import get_display
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from planner.documents import fonts

# A break is allowed at whitespace and between any two CJK ideographs/kana/hangul.
_CJK = "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
_TOKEN = re.compile(rf"\s+|[{_CJK}]|[^\s{_CJK}]+")
# Invisible characters that need no glyph: dropping them changes nothing a reader sees.
_IGNORABLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff]")
_REPLACEMENT = "\ufffd"
# Paragraph must never re-break a line we measured; keep a hair of slack for rounding.
_SLACK = 0.5

Run = tuple[str, str]  # (font name, text)


def _is_rtl(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL")


def _base_direction(text: str) -> str:
    """Paragraph direction from its first strong character (UAX #9 rules P2/P3)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "L"
        if kind in ("R", "AL"):
            return "R"
    return "L"


def font_runs(text: str, bold: bool) -> list[Run]:
    """Split text into runs each printable in one font; stay in the current font if it can."""
    runs: list[Run] = []
    current: str | None = None
    covered: frozenset[int] = frozenset()
    start = 0
    for i, char in enumerate(text):
        if ord(char) in covered:
            continue
        font = fonts.face_for(char, bold) or (fonts.BOLD if bold else fonts.REGULAR)
        if font != current:
            if current is not None and i > start:
                runs.append((current, text[start:i]))
            current, start, covered = font, i, fonts.coverage(font)
    if current is not None and len(text) > start:
        runs.append((current, text[start:]))
    return runs


def runs_width(runs: list[Run], size: float) -> float:
    return sum(fonts.string_width(part, font, size) for font, part in runs)


class Typesetter:
    """Turns user text into printable flowables/lines and collects what could not be printed."""

    def __init__(self) -> None:
        self.warnings: list[str] = []

    def clean(self, text: str, field: str) -> str:
        """NFC text with unprintable characters replaced by U+FFFD and reported by field."""
        text = _IGNORABLE.sub("", unicodedata.normalize("NFC", text)).replace("\t", " ")
        out: list[str] = []
        for char in text:
            if char == "\n" or fonts.face_for(char, False) is not None:
                out.append(char)
            elif unicodedata.category(char) in ("Cc", "Cf"):
                continue
            else:
                name = unicodedata.name(char, "unnamed")
                message = f"{field}: character U+{ord(char):04X} ({name}) not printable in any font"
                if message not in self.warnings:
                    self.warnings.append(message)
                out.append(_REPLACEMENT)
        return "".join(out)

    def para(self, text: str, style: ParagraphStyle, field: str) -> ScriptText:
        return ScriptText(self.clean(text, field), style)

    def width(self, text: str, size: float, bold: bool) -> float:
        """Width of text set on one line."""
        return runs_width(font_runs(_shape(text), bold), size)

    def fit_size(self, text: str, bold: bool, width: float, size: float, floor: float) -> float:
        """Largest size <= size (down to floor) at which text fits on one line of width."""
        natural = self.width(text, size, bold)
        if natural <= width:
            return size
        return max(floor, size * width / natural * 0.995)  # stay clear of rounding

    def draw_line(
        self,
        canvas: Canvas,
        x: float,
        y: float,
        text: str,
        size: float,
        bold: bool,
        align: int = 0,
    ) -> None:
        """Draw one already-cleaned line at baseline y; x is the left/centre/right edge."""
        runs = font_runs(visual_line(_shape(text), _base_direction(text)), bold)
        width = runs_width(runs, size)
        if align == TA_CENTER:
            x -= width / 2
        elif align == TA_RIGHT:
            x -= width
        for font, part in runs:
            canvas.setFont(font, size)
            canvas.drawString(x, y, part)
            x += fonts.string_width(part, font, size)


def _shape(text: str) -> str:
    """Arabic letters joined into their presentation forms; other text untouched."""
    if any(unicodedata.bidirectional(c) == "AL" for c in text):
        return arabic_reshaper.reshape(text)
    return text


def visual_line(line: str, base: str) -> str:
    """One wrapped line in display order (bidi per line: per paragraph reverses line order)."""
    if any(_is_rtl(c) for c in line):
        return get_display(line, base_dir=base)
    return line


def wrap(text: str, bold: bool, size: float, width: float) -> list[str]:
    """Greedy line breaking of logical text; overlong words are broken between characters."""
    lines: list[str] = []
    for hard_line in text.split("\n"):
        line: list[str] = []
        used = 0.0
        for token in _TOKEN.findall(hard_line):
            token_width = runs_width(font_runs(token, bold), size)
            if token.isspace():
                if line:
                    line.append(token)
                    used += token_width
                continue
            if line and used + token_width > width:
                lines.append("".join(line).rstrip())
                line, used = [], 0.0
            if token_width > width:
                for char in token:
                    char_width = runs_width(font_runs(char, bold), size)
                    if line and used + char_width > width:
                        lines.append("".join(line).rstrip())
                        line, used = [], 0.0
                    line.append(char)
                    used += char_width
                continue
            line.append(token)
            used += token_width
        lines.append("".join(line).rstrip())
    return lines


def markup(text: str, bold: bool, size: float, width: float) -> str:
    """Paragraph markup: pre-wrapped lines in visual order, escaped, each run in its font."""
    shaped = _shape(text)
    base = _base_direction(text)
    out_lines = []
    for line in wrap(shaped, bold, size, width - _SLACK):
        runs = font_runs(visual_line(line, base), bold)
        out_lines.append("".join(f'<font name="{f}">{escape(part)}</font>' for f, part in runs))
    return "<br/>".join(out_lines)


class ScriptText(Flowable):
    """A Paragraph laid out by us for the width it is given, so bidi runs per wrapped line."""

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self._bold = style.fontName == fonts.BOLD
        self._para: Paragraph | None = None
        self._for_width = -1.0

    def _layout(self, width: float) -> Paragraph:
        if self._para is None or self._for_width != width:
            inner = width - self.style.leftIndent - self.style.rightIndent
            body = markup(self.text, self._bold, self.style.fontSize, inner)
            self._para = Paragraph(body, self.style)
            self._for_width = width
        return self._para

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        para = self._layout(availWidth)
        self.width, self.height = para.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return self._layout(availWidth).split(availWidth, availHeight)

    def draw(self) -> None:
        assert self._para is not None, "wrap() before draw()"
        self._para.drawOn(self.canv, 0, 0)

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)
