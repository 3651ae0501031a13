"""Hyphenation dictionaries (pyphen's, from LibreOffice) for the document languages.

Parsing a dictionary is slow for German (66,000 patterns, half a second), and every command
prints in a fresh process: the parsed patterns are kept in the user's cache folder as a
marshal file (plain dicts, tuples and ints; never code) and read back in a few milliseconds.
A missing, stale or damaged cache file is simply built again.
"""

from __future__ import annotations

import marshal
import os
from functools import lru_cache
from pathlib import Path

import pyphen

# Hebrew is not hyphenated, Chinese breaks between characters, pyphen has no Turkish patterns.
DICTIONARIES = {"de": "de_DE", "en": "en_GB", "fr": "fr", "ru": "ru_RU", "sr": "sr",
                "ro": "ro_RO"}
_CACHE_FORMAT = 1


def _cache_folder() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("delegation-planner", appauthor=False)) / "hyphen"


def _cache_file(source: Path) -> Path:
    stat = source.stat()
    return _cache_folder() / (f"{source.stem}-{pyphen.__version__}-{stat.st_size}-"
                              f"{int(stat.st_mtime)}-v{_CACHE_FORMAT}.marshal")


def _load_cached(source: Path) -> pyphen.HyphDict | None:
    try:
        # loads() of the bytes: marshal.load() on a file object is five times slower.
        patterns, maxlen = marshal.loads(_cache_file(source).read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(patterns, dict) or not isinstance(maxlen, int):
        return None
    found = pyphen.HyphDict.__new__(pyphen.HyphDict)
    found.patterns, found.cache, found.maxlen = patterns, {}, maxlen
    return found


def _store(source: Path, parsed: pyphen.HyphDict) -> None:
    values = list(parsed.patterns.values())
    if any(type(v) is not int for _start, pattern in values for v in pattern):
        return  # nonstandard hyphenation data: not plain data, parse it every time
    target = _cache_file(source)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f"{target.name}.{os.getpid()}.part")
        partial.write_bytes(marshal.dumps((parsed.patterns, parsed.maxlen)))
        partial.replace(target)
    except OSError:
        pass  # a read-only home: hyphenation still works, only slower


@lru_cache(maxsize=16)
def dictionary(lang: str | None) -> pyphen.Pyphen | None:
    """The hyphenation dictionary of a document language, or None where there is none."""
    name = DICTIONARIES.get(lang or "")
    if name is None:
        return None
    source = Path(pyphen.LANGUAGES[name])
    if source not in pyphen.hdcache:
        parsed = _load_cached(source)
        if parsed is None:
            parsed = pyphen.HyphDict(source)
            _store(source, parsed)
        pyphen.hdcache[source] = parsed
    return pyphen.Pyphen(lang=name)
