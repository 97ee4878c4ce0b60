"""Cutting a report into pieces that each speak of one attack: sentences and bullets, then one piece per place.

:func:`clean` blanks Markdown and links out of the text without moving any character, so that every offset found in
the cleaned text is an offset into the report's own text. :func:`sentences` cuts at bullets, line breaks and the
ends of sentences (not after abbreviations such as "г." or "обл.", nor at a line break between a name and its English
admin word, "Zaporizhia\nregion"). :func:`split_at_places` cuts a sentence that lists
several places ("... на Брянщине ..., в Курской области ..., в Крыму ...") into one clause per place, and
:func:`separated` says whether two places have a separator of that kind between them at all.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

__all__ = ["clean", "sentences", "separated", "split_at_places", "trim"]

_LINK_TARGET = re.compile(r"\]\((?:https?://|t\.me/|tg://|mailto:)[^)\s]*\)")
_MARKUP = re.compile(r"[*_`#\[\]]")
_URL = re.compile(r"https?://\S+")
_BREAK = re.compile(
    r"\n\s*\n|\n(?=\s*[-•▫▪◾️🔹🔸⚡💥❗️📍]|\s*\d+[.)]\s)|[▫▪◾•🔹🔸⚡💥❗📍🗓🎖]|(?:(?<=[.!?…])|(?<=[.!?…][»\"”)]))\s+(?=[«\"“(]?[A-ZА-ЯЁІЇЄҐ0-9])|(?<=[.!?])\n|\n"
    r"|(?:(?<=[a-zа-яёіїєґ]{2}[.!?])|(?<=[a-zа-яёіїєґ]{2}[.!?][\"”»]))(?=[«\"“]?[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ])"
)
# a sentence end glued to the next sentence by a scraped page ("... the ministry said.Russia's Battlegroup ...",
# "... областях.Про це повідомив ..."): a break only after a word all in lower case or a capitalised word that is
# no part of an outlet's name ("... in Kupiansk.Russian forces ..."; not "Крим.Реалії", "News.Az", "Depo.Херсон",
# "Газеты.Ru": see _glued_capital_end)
_GLUED_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[.!?][\"”»]?$")
_ABBREVIATION = re.compile(
    r"(?:\b(?:г|гг|обл|р|м|с|ст|пгт|смт|н\.п|им|ул|вул|просп|пр|пров|пер|пл|бул|бульв|наб|мкр|мкрн|пос|дер|оз|хут|"
    r"т\.е|т\.к|т\.д|и\.о|в\.о|тыс|тис|млн|млрд|кв|км|мин|№|St|Mr|Dr|"
    r"Gen|Lt|Col|Mrs|Prof|Sgt|Capt|Maj|Gov|Sen|Rep|U\.S|approx|vs|no)|\b[A-ZА-ЯЁІЇЄҐ])\.$"
)
# an English month cut short before its day ("overnight on Sept. 16", "on Aug. 21"): no sentence ends there
_MONTH_BEFORE_DAY = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$")
# the day: one or two digits, with no lower-case word after them but one that goes on after a date ("Jan. 5 and
# again", "the Aug. 21 attack", "on Feb. 28 following a drone attack"): "Mar. 5 drones were downed", "Dec. 2024 was"
# open a sentence
_DAY = re.compile(
    r"\d{1,2}(?:st|nd|rd|th)?\b(?!\s+(?!(?:and|or|but|at|in|on|to|through|until|till|when|as|after|before|by|for|from|"
    r"with|amid|during|following|while|that|which|attacks?|strikes?|shelling|overnight|morning|night|evening|"
    r"afternoon)\b)[a-z])"
)
# an English admin word opening the next line after a capitalised name that ends the line: the name's region, wrapped
# ("Russian drones attacked Zaporizhia\nregion overnight"), one sentence (review 46 D, M1)
_ADMIN_WORD_NEXT = re.compile(r"[^\S\n]*(?:region|oblast|province)s?\b", re.I)
_NAME_BEFORE = re.compile(r"\b[A-Z][a-z'-]+$")
_SEPARATOR = re.compile(
    r"(?:[;:]|,(?!\d))\s*(?:(?:а|и|і|й|та|and|also|а\s+также|а\s+також|as\s+well\s+as)\s+)?|\s+(?:и|і|й|та|and|or|или|або)\s+|"
    r"\s+[—–-]\s+"
)
_APOSTROPHE = re.compile(r"(?<=[A-Za-z])[’ʼ](?=[A-Za-z])")  # "Russia’s", "didn’t": the plain apostrophe
_TRIM = " \t\r\n,;:.—–-•▫▪◾️🔹🔸⚡💥❗📍🗓🎖()"


def clean(text: str) -> str:
    """``text`` with Markdown emphasis, link targets and bare URLs blanked out, and the typographic apostrophe of
    English words made plain ("Russia’s" reads as "Russia's"); the length is unchanged.

    >>> clean("**удар** по [объекту](https://t.me/x/1)")
    '  удар   по  объекту                   '
    """
    out = _LINK_TARGET.sub(lambda m: " " * len(m.group(0)), text)
    out = _URL.sub(lambda m: " " * len(m.group(0)), out)
    out = _MARKUP.sub(" ", out)
    return _APOSTROPHE.sub("'", out) if "’" in out or "ʼ" in out else out


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span ``[start, end)`` without blanks and punctuation at either end."""
    while start < end and (
        text[start] in _TRIM or text[start].isspace() or (ord(text[start]) > 0x2000 and not text[start].isalnum())
    ):
        start += 1
    while end > start and (
        text[end - 1] in _TRIM
        or text[end - 1].isspace()
        or (ord(text[end - 1]) > 0x2000 and not text[end - 1].isalnum() and text[end - 1] not in '»”"')
    ):
        end -= 1
    return start, end


def sentences(text: str) -> list[tuple[int, int]]:
    """The sentences and bullets of the cleaned ``text``, as trimmed ``(start, end)`` spans, in order."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BREAK.finditer(text):
        if m.start() > start and _ABBREVIATION.search(text, max(start, m.start() - 8), m.start()):
            continue
        if _DAY.match(text, m.end()) and _MONTH_BEFORE_DAY.search(text, max(start, m.start() - 6), m.start()):
            continue
        if m.group() == "\n" and _ADMIN_WORD_NEXT.match(text, m.end()) and _NAME_BEFORE.search(text, start, m.start()):
            continue  # "Zaporizhia\nregion", "Vinnitsa\nOblast": a region's name wrapped before its admin word
        if m.start() == m.end():
            word = _GLUED_WORD.search(text, max(start, m.start() - 40), m.start())
            if word is None or not (word.group(1).islower() or _glued_capital_end(text, word.group(1), m.end())):
                continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        s, e = trim(text, s, e)
        if e - s >= 3:
            out.append((s, e))
    return out


def _glued_capital_end(text: str, word: str, at: int) -> bool:
    """Whether a capitalised ``word`` before a glued full stop ends its sentence ("in Kupiansk.Russian forces also
    hit", "в Харькове.Ранее ВСУ атаковали"): not an outlet's name of two parts, by its first part or its second
    ("Крим.Реалії", "News.Az", "Depo.Херсон", "Газеты.Ru"), nor a lower-case short form written with a capital
    ("Вул.Сумська"); a title, "Mrs.Smith", is refused before this by the caller's own ``_ABBREVIATION`` test."""
    if not (word[:1].isupper() and word[1:].islower()):
        return False
    if _OUTLET_HEAD.fullmatch(word) or _ABBREVIATION.search(word.lower() + "."):
        return False
    after = _NEXT_WORD.match(text, at)
    return after is None or not _OUTLET_TAIL.fullmatch(after.group(1))


_OUTLET_HEAD = re.compile(
    r"Крим|Донбас|Кавказ|Сибирь|Сибір|Idel|Север|Азатлык|News|Depo|Газеты|Газета|Gazeta|Lenta|Life|Fontanka|Новини|"
    r"Новости|Суспільне|Вести|Vesti|Страна|Strana|Главком|Фокус|Зеркало|Дзеркало|Слово|Дело|Радио|Радіо|"
    r"Jr|Sr"
)  # the first part of an outlet's name with a dot ("Крим.Реалії", "Depo.Херсон"), and "Jr"/"Sr" glued to the next
# word (not in _ABBREVIATION: they often end a sentence; the titles before a name are there, "Mrs.Smith", "Prof. Smith")
_OUTLET_TAIL = re.compile(
    r"Реалії|Реалии|Az|Ru|Ua|Com|Net|Info|News|Live|Life|Online|Today|Media|Новини|Новости|Життя|Регион|Регіон"
)  # the second part of one ("Газеты.Ru", "Крим.Реалії", "News.Az")
_NEXT_WORD = re.compile(r"[«\"“]?([^\W\d_]+)")


def separated(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a separator of list items or clauses (a comma, "и", "та", "and", a dash):
    two places with none between them are one phrase."""
    return _SEPARATOR.search(text, start, end) is not None


def split_at_places(text: str, start: int, end: int, places: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut ``text[start:end]`` into one clause per place: at the last separator (a comma, "и", "та", "and", a dash)
    between the end of one place and the start of the next. With fewer than two places, the whole span."""
    if len(places) < 2:
        return [(start, end)]
    cuts = [start]
    for (_, prev_end), (next_start, _) in itertools.pairwise(places):
        last: int | None = None
        for m in _SEPARATOR.finditer(text, prev_end, next_start):
            last = m.start()
        cuts.append(last if last is not None else next_start)
    cuts.append(end)
    return [trim(text, a, b) for a, b in itertools.pairwise(cuts) if b > a]
