"""Line breaking as a typesetter does it: hyphenated at the language's points, never a word cut
without a hyphen, codes and short pieces kept whole."""

from __future__ import annotations

import pytest

from planner.documents.text import break_points, wrap
from planner.documents.typography import typeset

GERMAN = ("Wirtschaftsgespräch im TechnologieZentrumDortmund mit DORTBUNT!-Bühnenprogramm: "
          "Partnerschaftstreffen 2019")


def words_of(text: str) -> set[str]:
    return set(text.split())


def assert_breaks_are_hyphenated(lines: list[str], source: str) -> None:
    """Every line ends at a word's end or with a hyphen, and the lines rejoin to the source."""
    words = words_of(source)
    for line in lines[:-1]:
        last = line.split()[-1]
        assert last.endswith("-") or any(word.endswith(last) for word in words), (
            f"{line!r} ends inside a word without a hyphen")
    rejoined = ""
    for line in lines:
        if rejoined.endswith("-") and not any(w.startswith(rejoined.split()[-1]) and
                                              w != rejoined.split()[-1] for w in words):
            rejoined = rejoined[:-1]  # an added hyphen
        elif rejoined and not rejoined.endswith("-"):
            rejoined += " "
        rejoined += line
    assert rejoined.split() == source.split()


@pytest.mark.parametrize("width", [45, 60, 80, 120, 200])
def test_german_compounds_break_with_hyphens_at_any_width(width: float) -> None:
    lines = wrap(GERMAN, True, 9, width, "de")
    assert len(lines) > 1
    assert_breaks_are_hyphenated(lines, GERMAN)


def test_the_break_falls_on_a_syllable() -> None:
    lines = wrap("Wirtschaftsgespräch", False, 9, 60, "de")
    assert lines[0] in ("Wirt-", "Wirtschafts-", "Wirtschaftsge-")


def test_an_explicit_hyphen_breaks_without_a_second_one() -> None:
    assert (10, False) in break_points("DORTBUNT!-Bühnenprogramm", "de")  # after the hyphen
    assert not any(i in (8, 9) and h for i, h in break_points("DORTBUNT!-Bühnenprogramm", "de"))


def test_codes_and_short_pieces_stay_whole() -> None:
    assert break_points("QX-ACCESS-48", "en") == ()
    assert break_points("2026-05-09", "de") == ()


def test_a_word_wider_than_the_column_still_gets_hyphens() -> None:
    lines = wrap("Xqzwvbkrtplmnxqzwvbkrt", False, 9, 40, "tr")  # no Turkish dictionary
    assert len(lines) > 1
    assert all(line.endswith("-") for line in lines[:-1])
    assert "".join(line.rstrip("-") for line in lines) == "Xqzwvbkrtplmnxqzwvbkrt"


def test_other_scripts_hyphenate_in_their_language() -> None:
    lines = wrap("Международное партнёрство городов", False, 9, 60, "ru")
    assert_breaks_are_hyphenated(lines, "Международное партнёрство городов")
    lines = wrap("欢迎来到多特蒙德市政厅", False, 9, 40, "zh")
    assert not any(line.endswith("-") for line in lines)


@pytest.mark.parametrize("width", [90, 110, 130, 150, 170, 200])
def test_a_no_break_space_never_ends_a_line(width: float) -> None:
    # "Nr. G1903366" and French "Tenue : sombre" (narrow no-break space before the colon):
    # a line may break at the plain spaces, never at the no-break ones.
    for text, lang, joined in (
            ("Inhaber des Reisepasses Nr.\u00a0G1903366 (gültig)", "de", "Nr.\u00a0G1903366"),
            ("Tenue\u202f: costume sombre, cravate", "fr", "Tenue\u202f:"),
            # Typed with plain spaces: the typesetter keeps a phone number on one line.
            (typeset("erreichbar unter +49 231 50-00001 (Büro)", "de"), "de",
             "+49\u00a0231\u00a050-00001")):
        lines = wrap(text, False, 9, width, lang)
        assert any(joined in line for line in lines), lines
