"""Text folding for search: accents, case and Turkish dotted/dotless i do not matter."""

from __future__ import annotations

import unicodedata

# Letters that do not decompose into a base letter plus accents but should still match one.
_SPECIAL = str.maketrans({"ı": "i", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ø": "o", "Ø": "o",
                          "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th"})


def fold(text: str) -> str:
    """'Müller' → 'muller', 'İstanbul' → 'istanbul', 'Đorđe' → 'dorde'; other scripts kept."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold().translate(_SPECIAL)


def search_blob(*parts: str | None) -> str:
    """One folded string to match a query against, with a separator words can't span."""
    return " | ".join(fold(p) for p in parts if p)
