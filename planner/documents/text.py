"""Typesetting of user text in any script: glyph checks, wrapping, bidi per line, font runs."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import arabic_reshaper
from bidi.algorithm import get_display
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from planner.documents import fonts, hyphenation
from planner.documents.typography import typeset

# A break is allowed at whitespace and between any two CJK ideographs/kana/hangul.
_CJK = "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
# A break is allowed at a space, never at a no-break space (U+00A0 "Nr.\u00a0G1903366", the
# figure space U+2007, the narrow one U+202F French puts before ":"): those join their words.
_NO_BREAK = "\u00a0\u2007\u202f"
_TOKEN = re.compile(rf"[^\S{_NO_BREAK}]+|[{_CJK}]|(?:[^\s{_CJK}]|[{_NO_BREAK}])+")
# Invisible characters that need no glyph: dropping them changes nothing a reader sees.
_IGNORABLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff]")
_REPLACEMENT = "\ufffd"
# The blocks whose letters are right-to-left (bidi class R/AL): Hebrew through Arabic Extended,
# the Hebrew/Arabic presentation forms and the RTL historic scripts of plane 1. A regex scan is
# ~20× faster than asking unicodedata per character, and most lines have no RTL at all.
_RTL = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
# A hair of slack so rounding never pushes a measured line past its cell.
_SLACK = 0.5

Run = tuple[str, str]  # (font name, text)


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


@lru_cache(maxsize=65536)
def _token_width(token: str, bold: bool, size: float) -> float:
    """Words repeat across a programme (venues, labels); measure each once per process."""
    return runs_width(font_runs(token, bold), size)


class Typesetter:
    """Turns user text into printable flowables/lines and collects what could not be printed."""

    def __init__(self, lang: str | None = None) -> None:
        self.warnings: list[str] = []
        # With a document language, typed marks become that language's typography.
        self.lang = lang

    def clean(self, text: str, field: str) -> str:
        """NFC text with unprintable characters replaced by U+FFFD and reported by field."""
        text = _IGNORABLE.sub("", unicodedata.normalize("NFC", text)).replace("\t", " ")
        if self.lang is not None:
            text = typeset(text, self.lang)
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

    def para(self, text: str, style: ParagraphStyle, field: str,
             balanced: bool = False) -> ScriptText:
        return ScriptText(self.clean(text, field), style, self.lang, balanced)

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
        draw_runs(canvas, x, y, runs, size, bold)


def _shape(text: str) -> str:
    """Arabic letters joined into their presentation forms; other text untouched."""
    if _ARABIC.search(text):
        return arabic_reshaper.reshape(text)
    return text


def visual_line(line: str, base: str) -> str:
    """One wrapped line in display order (bidi per line: per paragraph reverses line order)."""
    if _RTL.search(line):
        return get_display(line, base_dir=base)
    return line


HYPHEN = "-"
# A word's letters, without the punctuation around it ("„Bühnenprogramm:“").
_CORE = re.compile(r"^(\W*)(.*?)(\W*)$", re.S)


@lru_cache(maxsize=65536)
def break_points(token: str, lang: str | None) -> tuple[tuple[int, bool], ...]:
    """Where a word may break: (index, needs_hyphen) pairs in ascending order.

    After a hyphen the word breaks without adding one ("DORTBUNT!-|Bühnenprogramm"); inside
    a part of letters, at the language's hyphenation points ("Wirt-schafts-ge-spräch"); a
    break is never placed next to punctuation or digits.
    """
    points: dict[int, bool] = {}
    offset = 0
    previous = ""
    for part in re.split(r"(?<=-)", token):
        if not part:
            continue
        # Right after an explicit hyphen, unless that strands a code's short piece
        # ("QX-|ACCESS-48", "ACCESS-|48"): three letters or more on either side.
        if len(previous) > 3 and part[:1].isalpha() and len(token) - offset >= 3:
            points[offset] = False
        previous = part
        lead, core, _ = _CORE.match(part).groups()  # type: ignore[union-attr]
        dictionary = hyphenation.dictionary(lang)
        # Capitals only are an acronym or a name set in caps ("DORTBUNT", "QX"): kept whole.
        if dictionary is not None and len(core) >= 4 and core.isalpha() and not core.isupper():
            start = offset + len(lead)
            for position in dictionary.positions(core):
                points.setdefault(start + position, True)
        offset += len(part)
    return tuple(sorted((i, h) for i, h in points.items() if 0 < i < len(token)))


def _emergency_points(token: str) -> tuple[tuple[int, bool], ...]:
    """A word the dictionary cannot break (a long name) still breaks, with a hyphen, between
    two letters and never leaving fewer than two on either line; numbers are never split."""
    return tuple((i, True) for i in range(2, len(token) - 1)
                 if token[i - 1].isalpha() and token[i].isalpha())


def _split_word(
    token: str, bold: bool, size: float, room: float, lang: str | None, emergency: bool
) -> tuple[str, str] | None:
    """The longest head of `token` (with its hyphen) that fits into `room`, and the rest."""
    # A syllable break first; between any two letters only where no syllable head fits.
    for points in (break_points(token, lang), _emergency_points(token) if emergency else ()):
        for index, hyphen in reversed(points):
            head = token[:index] + (HYPHEN if hyphen else "")
            if _token_width(head, bold, size) <= room:
                return head, token[index:]
    return None


def wrap(text: str, bold: bool, size: float, width: float, lang: str | None = None) -> list[str]:
    """Line breaking of logical text as a typesetter does it: at spaces, between CJK
    characters, and inside a word that does not fit only at a hyphenation point of `lang`,
    with a hyphen; a word wider than the whole line is broken with a hyphen even where the
    dictionary has no point. No line ever ends inside a word without one.
    """
    lines: list[str] = []
    for hard_line in text.split("\n"):
        line: list[str] = []
        used = 0.0
        for token in _TOKEN.findall(hard_line):
            token_width = _token_width(token, bold, size)
            if token.isspace():
                if line:
                    line.append(token)
                    used += token_width
                continue
            while used + token_width > width:
                # Fill the line with the word's head where it breaks; else start a new line.
                split = _split_word(token, bold, size, width - used, lang,
                                    emergency=not line and token_width > width)
                if split is None and not line:
                    split = (token[:1], token[1:])  # one glyph wider than the column
                if split is not None:
                    line.append(split[0])
                    token = split[1]
                    token_width = _token_width(token, bold, size)
                lines.append("".join(line).rstrip())
                line, used = [], 0.0
            line.append(token)
            used += token_width
        lines.append("".join(line).rstrip())
    return lines


def _balance(text: str, bold: bool, size: float, width: float, lang: str | None,
             lines: list[str]) -> list[str]:
    """The narrowest measure that keeps the same number of lines (and needs no more
    hyphens): the lines come out of even length, the way a typesetter sets a heading."""
    hyphens = sum(line.endswith(HYPHEN) for line in lines)
    low, high, best = width / len(lines), width, lines
    for _ in range(12):
        middle = (low + high) / 2
        trial = wrap(text, bold, size, middle, lang)
        if len(trial) == len(lines) and sum(t.endswith(HYPHEN) for t in trial) <= hyphens:
            high, best = middle, trial
        else:
            low = middle
    return best


class ScriptText(Flowable):
    """A block of user text laid out by us for the width it gets: wrapped in logical order,
    bidi applied per line, each line drawn as font runs straight onto the canvas.

    Drawing runs ourselves (rather than through Paragraph markup) means user text is never
    parsed as markup, so "&", "<b>" or "<Culture>" print literally by construction, and it
    spares Paragraph's parse and re-break of lines we already broke (half the render time).
    """

    def __init__(self, text: str, style: ParagraphStyle, lang: str | None = None,
                 balanced: bool = False) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.lang = lang  # hyphenation dictionary
        # A title set in lines of even length ("Delegation der Partnerstadt / Rostow am Don",
        # not "Delegation der Partnerstadt Rostow / am Don").
        self.balanced = balanced
        self._bold = style.fontName == fonts.BOLD
        self._lines: list[list[Run]] = []
        self._for_width = -1.0
        self._fixed = False  # a part cut from a longer text keeps its lines at any width

    @property
    def lines(self) -> list[list[Run]]:
        """The laid-out lines (after wrap() or chunks())."""
        return self._lines

    def line_count(self, width: float) -> int:
        return len(self._layout(width))

    def chunks(self, width: float, max_lines: int) -> list[ScriptText]:
        """This text laid out for width, cut into blocks of at most max_lines lines."""
        lines = self._layout(width)
        if len(lines) <= max_lines:
            return [self]
        starts = range(0, len(lines), max_lines)
        return [self._part(lines[n : n + max_lines], width) for n in starts]

    def _layout(self, width: float) -> list[list[Run]]:
        if self._for_width != width and not self._fixed:
            style = self.style
            inner = width - style.leftIndent - style.rightIndent - _SLACK
            shaped = _shape(self.text)
            base = _base_direction(self.text)
            lines = wrap(shaped, self._bold, style.fontSize, inner, self.lang)
            if self.balanced and len(lines) > 1:
                lines = _balance(shaped, self._bold, style.fontSize, inner, self.lang, lines)
            self._lines = [font_runs(visual_line(line, base), self._bold) for line in lines]
            self._for_width = width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        lines = self._layout(availWidth)
        self.width = availWidth
        self.height = len(lines) * self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self._layout(availWidth)
        fit = int(availHeight // self.style.leading)
        if fit <= 0 or fit >= len(lines):
            return []
        return [self._part(lines[:fit], availWidth), self._part(lines[fit:], availWidth)]

    def _part(self, lines: list[list[Run]], width: float) -> ScriptText:
        part = ScriptText(self.text, self.style, self.lang, self.balanced)
        part._lines, part._for_width, part._fixed = lines, width, True
        return part

    def draw(self) -> None:
        style = self.style
        self.canv.setFillColor(style.textColor)
        baseline = self.height - style.fontSize
        for runs in self._lines:
            used = runs_width(runs, style.fontSize)
            if style.alignment == TA_CENTER:
                x = (self.width - used) / 2
            elif style.alignment == TA_RIGHT:
                x = self.width - style.rightIndent - used
            else:
                x = style.leftIndent
            draw_runs(self.canv, x, baseline, runs, style.fontSize, self._bold)
            baseline -= style.leading

    def getSpaceBefore(self) -> float:
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self.style.spaceAfter)


# Stroke width of a synthetic bold, per point of type: about what a bold cut adds to a stem.
SYNTHETIC_BOLD = 0.035


def draw_runs(canvas: Canvas, x: float, y: float, runs: list[Run], size: float,
              bold: bool = False) -> None:
    """One line of runs as one text object (one BT/ET), switching fonts between runs.

    A bold line whose script has no bold face (Chinese: the shipped CJK font has one weight)
    is set with its outline stroked in the fill colour as well — a synthetic bold, so a
    Chinese name stands as heavy as the Latin name beside it.
    """
    synthetic = bold and any(font != fonts.BOLD for font, _ in runs)
    if synthetic:
        canvas.saveState()
        canvas.setLineWidth(size * SYNTHETIC_BOLD)
        canvas.setStrokeColor(canvas._fillColorObj)
    text = canvas.beginText(x, y)
    mode = 0
    for font, part in runs:
        wanted = 2 if synthetic and font != fonts.BOLD else 0  # 2: fill, then stroke
        if wanted != mode:
            text.setTextRenderMode(wanted)
            mode = wanted
        text.setFont(font, size)
        text.textOut(part)
    if mode:
        text.setTextRenderMode(0)
    canvas.drawText(text)
    if synthetic:
        canvas.restoreState()
