"""Which language a text is in: English, Ukrainian, Russian, or other, told by script and by telltale letters.

No model is loaded. Cyrillic text is Ukrainian when it has letters that only Ukrainian uses (і ї є ґ) and Russian
when it has letters that only Russian uses (ы э ё ъ); the side with more of them per hundred Cyrillic letters wins,
and Cyrillic text with neither (or with letters of other Cyrillic alphabets, e.g. Serbian ђ ј љ њ ћ џ, Belarusian
ў) is "other". Latin text is English when common English function words make up a fair share of its words.
"""

from __future__ import annotations

import re
from typing import Literal

__all__ = ["Language", "detect_language"]

Language = Literal["en", "uk", "ru", "other"]

_CYRILLIC = re.compile(r"[а-яёіїєґўђјљњћџА-ЯЁІЇЄҐЎЂЈЉЊЋЏ]")
_LATIN = re.compile(r"[a-zA-Z]")
_UK_ONLY = re.compile(r"[іїєґІЇЄҐ]")
_RU_ONLY = re.compile(r"[ыэёъЫЭЁЪ]")
_OTHER_CYRILLIC = re.compile(r"[ўђјљњћџЎЂЈЉЊЋЏ]")
_BULGARIAN_HARD_SIGN = re.compile(r"[ъЪ](?=[а-дж-щА-ДЖ-Щ])")
_LATIN_WORD = re.compile(r"[A-Za-z']+")
_URL = re.compile(r"\(?https?://\S+|t\.me/\S+")
_EN_MARKERS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "was",
        "were",
        "is",
        "are",
        "by",
        "from",
        "for",
        "with",
        "has",
        "have",
        "had",
        "that",
        "this",
        "its",
        "said",
        "after",
        "overnight",
        "their",
        "which",
        "been",
        "would",
        "will",
        "struck",
        "attacked",
        "attack",
        "strike",
        "strikes",
        "hit",
        "drones",
        "drone",
        "missile",
        "missiles",
        "russian",
        "ukrainian",
        "forces",
        "region",
        "oblast",
        "officials",
        "according",
        "killed",
        "damaged",
    ]
)


def detect_language(text: str) -> Language:
    """The language of ``text``: ``"en"``, ``"uk"``, ``"ru"``, or ``"other"`` (which includes empty text).

    >>> detect_language("У ніч на 19 березня ворог атакував підстанцію")
    'uk'
    >>> detect_language("В ночь на 19 марта ВСУ атаковали подстанцию в Курской области")
    'ru'
    >>> detect_language("Russian drones struck a substation in Sumy overnight")
    'en'
    >>> detect_language("Drohnen haben ein Umspannwerk getroffen")
    'other'
    """
    body = _URL.sub(" ", text)
    cyrillic = len(_CYRILLIC.findall(body))
    latin = len(_LATIN.findall(body))
    if cyrillic == 0 and latin == 0:
        return "other"
    if cyrillic >= latin:
        uk = len(_UK_ONLY.findall(body))
        ru = len(_RU_ONLY.findall(body))
        if _BULGARIAN_HARD_SIGN.search(body):
            return "other"  # ъ before a consonant or at a word's end: Bulgarian, not Russian
        if len(_OTHER_CYRILLIC.findall(body)) > max(uk, ru, 1):
            return "other"
        if uk == 0 and ru == 0:
            # Short texts may lack every telltale letter; "и" with no "і" leans Russian, "и" is common to both.
            return "ru" if cyrillic >= 20 else "other"
        return "uk" if uk > ru else "ru"
    words = [w.lower() for w in _LATIN_WORD.findall(body)]
    if not words:
        return "other"
    markers = {w for w in words if w in _EN_MARKERS}
    return "en" if len(markers) >= 2 else "other"
