"""The documents' languages, importable without Babel or ReportLab (the command line's parser
offers them as choices before any document is rendered)."""

from __future__ import annotations

# The order the Documents screen offers them in after a delegation's own languages.
DOCUMENT_LANGUAGES = ("de", "en", "fr", "he", "zh", "ru", "sr", "tr", "ro")
LOCALES = {"de": "de_DE", "en": "en_GB", "fr": "fr_FR", "he": "he_IL", "zh": "zh_Hans_CN",
           "ru": "ru_RU", "sr": "sr_Cyrl_RS", "tr": "tr_TR", "ro": "ro_RO"}
RIGHT_TO_LEFT = frozenset({"he"})
# English is the catalogues' source language: its messages are the ids themselves.
SOURCE_LANGUAGE = "en"
