"""Typography per language: the apostrophes, quotation marks and spaces a typesetter would set.

Officers type straight ASCII marks ("Xi'an", "the \"Golden Book\"", "Tenue: sombre"); a
printed page uses the language's own: Xi’an, d’Amiens, „Goldenes Buch“, « Livre d’or »,
«Золотая книга», and in French a narrow no-break space before : ; ! ? and inside guillemets.
A phone number ("+49 231 50-00001", "0231 50-00001") is dialled as one: it never breaks.
"""

from __future__ import annotations

import re

NNBSP = "\u202f"  # narrow no-break space
# Opening and closing double quotes as each language's typesetters set them.
QUOTES = {"de": ("„", "“"), "en": ("“", "”"), "fr": ("«" + NNBSP, NNBSP + "»"),
          "he": ("„", "”"), "zh": ("“", "”"), "ru": ("«", "»"), "sr": ("„", "“"),
          "tr": ("“", "”"), "ro": ("„", "”")}
# A straight apostrophe between letters (or after one, before a letter) is an apostrophe.
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
_DOUBLE_QUOTED = re.compile(r'"([^"\n]+)"')
# French: a (narrow no-break) space before the high punctuation, never a break there.
_FRENCH_HIGH = re.compile(r"(?<=\w|[)»\]])\s?([:;!?])(?=\s|$)")
# International (+49 …) or national (0231 …) numbers: their spaces become no-break spaces.
_PHONE = re.compile(r"(?<![\w.,])(?:\+|0)\d[\d ()/-]*\d")
NBSP = "\u00a0"


def typeset(text: str, lang: str) -> str:
    """`text` with the marks of `lang`; text without straight marks is returned as it is."""
    if "'" in text:
        text = _APOSTROPHE.sub("’", text)
    if '"' in text and lang in QUOTES:
        opening, closing = QUOTES[lang]
        text = _DOUBLE_QUOTED.sub(lambda m: f"{opening}{m.group(1)}{closing}", text)
    if lang == "fr" and any(mark in text for mark in ":;!?"):
        text = _FRENCH_HIGH.sub(lambda m: NNBSP + m.group(1), text)
    if " " in text and ("+" in text or "0" in text):
        text = _PHONE.sub(lambda m: m.group(0).replace(" ", NBSP), text)
    return text
