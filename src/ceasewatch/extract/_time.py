"""Time expressions in English, Ukrainian and Russian, resolved against the publication time to an interval.

Hand-written rules, no date-parsing library: the expressions that ministry bulletins and channel posts use are few,
and rules resolve them exactly and fast. Times are read in the source's time zone (``Europe/Moscow`` for Russian
sources, ``Europe/Kyiv`` for Ukrainian ones, see :func:`source_zone`) unless the text names a zone ("мск", "UTC",
"за київським часом"). Conventions (see docs/extraction.md):

- "the night of D" ("в ночь на 19 марта", "у ніч на 19 березня", "overnight into 19 March", and the English "on the
  night of 19 March", read the same way) is 21:00 of the day before D to 06:00 of D, precision ``night``;
  "overnight" or "этой ночью" with no date is the night that ends on the day of publication;
- a date alone is the whole local day, precision ``day``; "утром"/"вранці"/"morning" narrows it to 05:00-12:00,
  "днём"/"вдень"/"afternoon" to 12:00-18:00, "вечером"/"увечері"/"evening" to 17:00-24:00;
- a clock time is that minute (precision ``minute``), "около"/"близько"/"about" widens it by 30 minutes either side
  (precision ``hour``), "с 13.00 до 17.00" is that range;
- "за прошедшие сутки"/"за минулу добу"/"in the past 24 hours" is the 24 hours before publication, precision ``day``;
  a week likewise, precision ``week``;
- a date with no year is in the year of publication, or the year before if that would put it over 30 days after
  publication; one 3 to 30 days after publication is a date to come and is not read; a weekday is the latest such
  day on or before the day of publication;
- "вчера"/"вчора"/"yesterday" is that day and the night after it up to 06:00;
- a month or a season of a year before the year of publication ("у вересні 2024 року", "в июле прошлого года",
  "влітку минулого року") is that month or the season's three months (a winter: the December of the year named and
  the two months after it), precision ``month``; a month of this year alone only where :func:`recent_month` dates a
  run of attacks to it;
- "earlier this month", "в начале месяца", "на початку цього місяця" is the month of publication from its first day
  to publication (its first ten days after "early"/"в начале"/"на початку"), and "most recently in November",
  "последний раз ... в ноябре" the last such month up to publication, precision ``month``;
- nothing found: the 7 days before publication, precision ``week`` (and the claim's confidence is lowered).

Every interval is cut at the publication time (nothing reported happened after it was reported), unless it begins
after publication.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from ceasewatch.extract._guard import guard_patterns
from ceasewatch.extract._lexicon import TRUCE_NOUN
from ceasewatch.model.time import TimeInterval, TimePrecision

__all__ = [
    "LAST_POINTER",
    "TimeFound",
    "dates_in",
    "default_time",
    "find_time",
    "local_day",
    "recent_month",
    "source_zone",
]

_I = re.IGNORECASE
_KYIV = "Europe/Kyiv"
_MOSCOW = "Europe/Moscow"


@dataclass(frozen=True)
class TimeFound:
    """A time expression found in the text: its interval and its span."""

    interval: TimeInterval
    start: int
    end: int


def source_zone(party: str | None, language: str) -> str:
    """The time zone a source speaks in: Moscow for Russia, Kyiv for Ukraine; by language otherwise.

    English text with no party is read in Kyiv time: the reports are about the war's theatre, where Kyiv and Moscow
    time differ by at most an hour.
    """
    if party == "RUS":
        return _MOSCOW
    if party == "UKR":
        return _KYIV
    return _MOSCOW if language == "ru" else _KYIV


# -- patterns ---------------------------------------------------------------------------------------------------------

_MONTH_WORDS: tuple[tuple[int, str], ...] = (
    (1, r"январ[ьяюе]|січ(?:ня|ень|ні)|jan(?:uary)?\.?"),
    (2, r"феврал[ьяюе]|лют(?:ого|ий|ому)|feb(?:ruary)?\.?"),
    (3, r"март[ае]?|берез(?:ня|ень|ні)|mar(?:ch)?\.?"),
    (4, r"апрел[ьяюе]|квіт(?:ня|ень|ні)|apr(?:il)?\.?"),
    (5, r"ма[йяюе]|трав(?:ня|ень|ні)|may"),
    (6, r"июн[ьяюе]|черв(?:ня|ень|ні)|june?\.?"),
    (7, r"июл[ьяюе]|лип(?:ня|ень|ні)|july?\.?"),
    (8, r"август[ае]?|серп(?:ня|ень|ні)|aug(?:ust)?\.?"),
    (9, r"сентябр[ьяюе]|верес(?:ня|ень|ні)|sept?(?:ember)?\.?"),
    (10, r"октябр[ьяюе]|жовт(?:ня|ень|ні)|oct(?:ober)?\.?"),
    (11, r"ноябр[ьяюе]|листопад[аі]?|nov(?:ember)?\.?"),
    (12, r"декабр[ьяюе]|груд(?:ня|ень|ні)|dec(?:ember)?\.?"),
)
_MONTH_ANY = "(?:" + "|".join(p for _, p in _MONTH_WORDS) + r")(?![\w])"
_MONTH = f"(?P<month>{_MONTH_ANY})"
_MONTH_B = f"(?P<monthb>{_MONTH_ANY})"
_MONTH_TABLE: tuple[tuple[re.Pattern[str], int], ...] = tuple(
    (re.compile(f"(?:{p})$", re.IGNORECASE), n) for n, p in _MONTH_WORDS
)

_ORDINALS_RU = [
    "первого",
    "второго",
    "третьего",
    "четвертого",
    "пятого",
    "шестого",
    "седьмого",
    "восьмого",
    "девятого",
    "десятого",
    "одиннадцатого",
    "двенадцатого",
    "тринадцатого",
    "четырнадцатого",
    "пятнадцатого",
    "шестнадцатого",
    "семнадцатого",
    "восемнадцатого",
    "девятнадцатого",
    "двадцатого",
]
_ORDINAL: dict[str, int] = {w: i for i, w in enumerate(_ORDINALS_RU, start=1)}
_ORDINAL.update({f"двадцать {w}": 20 + i for i, w in enumerate(_ORDINALS_RU[:9], start=1)})
_ORDINAL.update({"тридцатого": 30, "тридцать первого": 31, "четвёртого": 4})
_ORDINAL_RE = "|".join(sorted(map(re.escape, _ORDINAL), key=len, reverse=True))

_DAY = rf"(?P<day>(?<!\d)[0-3]?\d(?!\d)|{_ORDINAL_RE})(?:-?(?:го|е|є|th|st|nd|rd))?"
_YEAR_WORD = r"(?:\s*(?:г\.|года|году|року|р\.|г(?!\w)))?"  # "2024 года", "2024 р.": the word after a year
_YEAR = rf"(?:\s*,?\s*(?P<year>20\d\d)(?!\d){_YEAR_WORD})?"
_DATE_DM = re.compile(rf"{_DAY}\s+(?:of\s+)?{_MONTH}{_YEAR}", _I)
_DATE_MD = re.compile(rf"(?<!\w){_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d){_YEAR}", _I)
_DATE_NUM = re.compile(r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>20\d\d|\d\d)(?![\d])")
_DATE_ISO = re.compile(r"(?<!\d)(?P<year>20\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?!\d)")
_DAY_RANGE = re.compile(
    rf"(?:(?:с|з|from|between)\s+)?(?P<d1>[0-3]?\d)(?:-?(?:го|th|st|nd|rd))?\s*(?:по|до|to|and|-|–|—)\s*"
    rf"(?P<day>[0-3]?\d)(?:-?(?:го|th|st|nd|rd))?\s+{_MONTH}{_YEAR}",
    _I,
)

_WEEKDAY_WORDS: tuple[tuple[int, str], ...] = (
    (0, r"понедельник[ае]?|понеділ(?:ок|ка)|monday"),
    (1, r"вторник[ае]?|вівтор(?:ок|ка)|tuesday"),
    (2, r"сред[ауые]|серед[ауи]|wednesday"),
    (3, r"четверг[ае]?|четвер(?:га)?|thursday"),
    (4, r"пятниц[аеуы]|п[ʼ'’]?ятниц[іяю]|friday"),
    (5, r"суббот[аеуы]|субот[аіу]|saturday"),
    (6, r"воскресень[еяю]|неділ[яюі]|sunday"),
)
_WEEKDAY = "(?:" + "|".join(f"(?P<w{n}>{p})" for n, p in _WEEKDAY_WORDS) + r")(?!\w)"

_NIGHT_ON = re.compile(
    rf"(?:\b(?:в|во|у)\s+ночь\s+(?:с\s+(?:\d{{1,2}}|\w+)\s+)?на\s+|\b(?:в|у)\s+ніч\s+(?:з\s+(?:\d{{1,2}}|\w+)\s+)?(?:на|проти)\s+|"
    rf"\bovernight\s+(?:into|to)\s+|\b(?:on\s+)?the\s+night\s+(?:to|into)\s+|\bnight\s+to\s+)"
    rf"(?:(?P<date>{_DAY}\s+{_MONTH}{_YEAR}|{_MONTH_B}\s+(?P<dayb>[0-3]?\d)(?:st|nd|rd|th)?)|(?P<wd>{_WEEKDAY}))",
    _I,
)
_NIGHT_OF = re.compile(
    rf"\b(?:on\s+)?the\s+night\s+of\s+(?:(?P<date>{_DAY}\s+{_MONTH}{_YEAR}|{_MONTH_B}\s+(?P<dayb>[0-3]?\d)"
    rf"(?:st|nd|rd|th)?)|(?P<wd>{_WEEKDAY}))",
    _I,
)
_NIGHT_REL = re.compile(
    r"\b(?:(?:прошедшей|минувшей|этой|сегодняшней|прошлой)\s+ночью|в\s+течение\s+(?:прошедшей\s+|минувшей\s+|этой\s+)?ночи|"
    r"ночью|(?:минулої|цієї|сьогоднішньої)\s+ночі|протягом\s+(?:минулої\s+)?ночі|уночі|вночі|overnight|last\s+night|"
    r"during\s+the\s+night|early\s+(?:on\s+)?(?:this\s+)?(?:morning|hours))\b",
    _I,
)
_PART_ATTACK = re.compile(
    r"(?<!\w)(?:(?P<night>ночн\w*|нічн\w*)|(?P<evening>вечерн\w*|вечірн\w*))\s+(?:\w+\s+){0,2}?"
    r"(?:атак(?!ов|ув)|удар(?!н|и[лвт]|я[лт])|обстр[еі]л(?!я|ю|ив)|нал[её]т(?!е|і)|наліт(?!а)|нальот)\w*",
    _I,
)  # "вечернего удара", "нічної російської атаки", "нічного обстрілу": an attack named by its part of the day (a noun:
# not "ударные беспилотники", nor a verb after it, "Ночные ударные беспилотники атаковали Харьков")
_RELATIVE_DAY = re.compile(
    r"\b(?P<before>позавчера|позавчора|the\s+day\s+before\s+yesterday)\b|\b(?P<yesterday>вчера|вчора|yesterday)\b|"
    r"\b(?P<today>сегодня|сьогодні|today|this\s+(?:morning|afternoon|evening))\b",
    _I,
)
_NUMBER_WORDS: dict[str, int] = {
    **dict.fromkeys(("два", "две", "дві", "two"), 2),
    **dict.fromkeys(("три", "three"), 3),
    **dict.fromkeys(("четыре", "чотири", "four"), 4),
    **dict.fromkeys(("пять", "пʼять", "п'ять", "п’ять", "five"), 5),
    **dict.fromkeys(("шесть", "шість", "six"), 6),
    **dict.fromkeys(("семь", "сім", "seven"), 7),
}
_DAYS_AGO = re.compile(
    r"(?<!\w)(?P<n>[1-9]|[12]\d|30|"
    + "|".join(sorted(map(re.escape, _NUMBER_WORDS), key=len, reverse=True))
    + r")\s+(?:дн(?:я|ей|і|ів)|days?)\s+(?:назад|тому|ago)(?!\w)",
    _I,
)  # "три дні тому", "2 дня назад", "two days ago"
_WEEKDAY_RE = re.compile(
    rf"(?<!\w)(?:(?:во|в|у|on|last|this|past)\s+|(?:утра|вечера|ночи)\s+)?(?P<last>(?:прошл|минул)\w*\s+)?{_WEEKDAY}"
    r"(?P<night_after>\s+night\b)?",
    _I,
)
_ROLLING_DAY = re.compile(
    r"\b(?:(?:за|в\s+течение|на\s+протяжении)\s+(?:прошедш|минувш|последн)\w*\s+сут\w*|за\s+сутки|"
    r"за\s+(?:минулу\s+|останню\s+)?добу|протягом\s+(?:минулої\s+|останньої\s+)?доби|"
    r"(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+(?:24\s+hours|day))",
    _I,
)
_LAST_YEAR_WORDS = r"прошлого\s+года|минулого\s+року|(?:of\s+)?last\s+year"
_LAST_YEAR = rf"(?:(?P<last>{_LAST_YEAR_WORDS})|(?P<year>20\d\d){_YEAR_WORD})"
_PAST_MONTH = re.compile(rf"(?<!\w)(?:в|во|у|in|of)\s+{_MONTH}\s*,?\s*{_LAST_YEAR}(?!\w)", _I)
_SEASONS: tuple[tuple[int, str], ...] = (
    (12, r"зимой|взимку|узимку|зимою|in\s+(?:the\s+)?winter(?:\s+of)?"),
    (3, r"весной|навесні|весною|in\s+(?:the\s+)?spring(?:\s+of)?"),
    (6, r"летом|влітку|улітку|літом|in\s+(?:the\s+)?summer(?:\s+of)?"),
    (9, r"осенью|восени|осінню|in\s+(?:the\s+)?autumn(?:\s+of)?|in\s+(?:the\s+)?fall(?:\s+of)?"),
)
_PAST_SEASON = re.compile(
    "(?<!\\w)(?:" + "|".join(f"(?P<s{n}>{p})" for n, p in _SEASONS) + rf")\s*,?\s*{_LAST_YEAR}(?!\w)", _I
)  # "влітку минулого року", "летом 2024 года": a season of a year before the report's
_ROLLING_WEEK = re.compile(
    r"\b(?:за\s+(?:прошедшую\s+|минувшую\s+|последнюю\s+)?неделю|на\s+этой\s+неделе|за\s+(?:минулий\s+|останній\s+)?тиждень|"
    r"цього\s+тижня|(?:in|over|during)\s+the\s+(?:past|last)\s+week|this\s+week)\b",
    _I,
)
_PART_OF_DAY = re.compile(
    r"[\s,]*(?:(?P<morning>утром|утра|вранці|зранку|зранця|in\s+the\s+morning|morning)|"
    r"(?P<day>днем|днём|вдень|in\s+the\s+afternoon|afternoon)|"
    r"(?P<evening>вечером|вечера|ввечері|увечері|in\s+the\s+evening|evening)|(?P<night>ночью|ночи|вночі|уночі|at\s+night))\b",
    _I,
)
_PART_BEFORE = re.compile(
    r"(?:(?P<morning>утром|утра|вранці|зранку|morning\s+of|on\s+the\s+morning\s+of)|(?P<evening>вечером|ввечері|увечері|"
    r"evening\s+of)|(?P<night>ночью|вночі))\s*$",
    _I,
)
_ZONE = (
    r"мск|МСК|по\s+московскому\s+времени|по\s+Москве|по\s+киевскому\s+времени|за\s+київським\s+часом|"
    r"за\s+Києвом|(?:UTC|GMT)\s*(?:[+\-−]\s*\d{1,2}(?::?\d\d)?)?|Kyiv\s+time|Moscow\s+time|local\s+time|"
    r"EEST|EET|MSK|CEST|CET|Z(?!\w)"
)
_CLOCK = re.compile(
    r"(?:(?P<pre>около|примерно|приблизно|близько|about|around|approximately|ориентировочно|в|во|о|об|at|с|з|from|"
    r"between|до|по|to|until|till|and|и|і|-|–|—)\s*)?(?<![\d.,])(?P<h>[01]?\d|2[0-3])[.:](?P<min>[0-5]\d)(?![\d]|\.\d)"
    rf"(?:\s*(?:минут\w*|мин\.?|хв\.?|h\b|hrs\b))?(?:\s*\(?\s*(?P<zone>{_ZONE}))?",
    _I,
)
_WORD_HOUR = re.compile(
    r"\b(?:около|примерно|близько|приблизно)\s+(?P<h>одного|часа|двух|тр[её]х|четыр[её]х|пяти|шести|першої|другої|"
    r"третьої|четвертої|п[ʼ'’]?ятої|шостої)\s+(?:час\w*\s+|годин\w*\s+)?(?P<part>ночи|утра|ночі|ранку)",
    _I,
)
_WORD_HOURS: dict[str, int] = {
    "одного": 1,
    "часа": 1,
    "двух": 2,
    "трех": 3,
    "трёх": 3,
    "четырех": 4,
    "четырёх": 4,
    "пяти": 5,
    "шести": 6,
    "першої": 1,
    "другої": 2,
    "третьої": 3,
    "четвертої": 4,
    "пятої": 5,
    "пʼятої": 5,
    "п'ятої": 5,
    "п’ятої": 5,
    "шостої": 6,
}
_APPROX = frozenset({"около", "примерно", "приблизно", "близько", "about", "around", "approximately", "ориентировочно"})
_RANGE_FROM = frozenset({"с", "з", "from", "between"})
_RANGE_TO = frozenset({"до", "по", "to", "until", "till", "and", "и", "і", "-", "–", "—"})


# -- helpers ----------------------------------------------------------------------------------------------------------


def _month(m: re.Match[str]) -> int:
    groups = m.groupdict()
    word = groups.get("month") or groups.get("monthb") or ""
    for pattern, n in _MONTH_TABLE:
        if pattern.match(word):
            return n
    raise ValueError(f"not a month: {word!r}")  # pragma: no cover - the pattern only matches months


def _weekday(m: re.Match[str]) -> int | None:
    for n in range(7):
        if m.group(f"w{n}") is not None:
            return n
    return None


def _day_number(raw: str) -> int:
    raw = raw.lower()
    return int(raw) if raw.isdigit() else _ORDINAL.get(raw, 0)


def _infer_date(day: int, month: int, year: int | None, today: date) -> date | None:
    try:
        if year is not None:
            return date(year if year > 99 else 2000 + year, month, day)
        found = date(today.year, month, day)
    except ValueError:
        return None
    try:
        # the same day in the year after, for a date to come across New Year ("2 и 3 января" on 31 December)
        ahead: date | None = date(today.year + 1, month, day)
    except ValueError:
        ahead = None
    if any(d is not None and today + timedelta(days=2) < d <= today + timedelta(days=30) for d in (found, ahead)):
        # a date to come ("Дні жалоби 14, 15 та 16 квітня" on 13 April, "чекати до 8 травня", "Траурные дни 2 и 3
        # января" on 31 December): no attack's time, and not the same day a year before
        return None
    if ahead is not None and ahead <= today + timedelta(days=2):
        # "1 января" on 31 December: the next day, as "11 April" on 10 April is, not the year before
        return ahead
    if found > today + timedelta(days=2):
        try:
            found = date(today.year - 1, month, day)
        except ValueError:
            return None
    return found


def _zone_of(name: str | None, default: str) -> tuple[tzinfo, str]:
    if not name:
        return ZoneInfo(default), default
    key = re.sub(r"\s+", " ", name.strip().lower().replace("−", "-"))
    if key in {"мск", "msk", "по московскому времени", "по москве", "moscow time"}:
        return ZoneInfo(_MOSCOW), _MOSCOW
    if key in {"по киевскому времени", "за київським часом", "за києвом", "kyiv time"}:
        return ZoneInfo(_KYIV), _KYIV
    if key in {"eet", "eest"}:
        return ZoneInfo(_KYIV), _KYIV
    if key in {"cet", "cest"}:
        return ZoneInfo("Europe/Berlin"), "Europe/Berlin"
    if key == "local time":
        return ZoneInfo(default), default
    offset = re.match(r"(?:utc|gmt|z)\s*(?:([+-])\s*(\d{1,2})(?::?(\d\d))?)?$", key)
    if offset is not None:
        if offset.group(1) is None:
            return UTC, "UTC"
        sign = 1 if offset.group(1) == "+" else -1
        delta = timedelta(hours=int(offset.group(2)), minutes=int(offset.group(3) or 0))
        label = f"{offset.group(1)}{int(offset.group(2)):02d}:{int(offset.group(3) or 0):02d}"
        return timezone(sign * delta), label
    return ZoneInfo(default), default


def _local(day: date, hour: int, minute: int, tz: tzinfo) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=tz)


def _interval(
    earliest: datetime, latest: datetime, precision: TimePrecision, label: str, published: datetime
) -> TimeInterval:
    if earliest <= published < latest:
        latest = published
    return TimeInterval(earliest=earliest, latest=latest, precision=precision, tz=label)


def _night(end_day: date, tz: tzinfo, label: str, published: datetime) -> TimeInterval:
    return _interval(
        _local(end_day - timedelta(days=1), 21, 0, tz), _local(end_day, 6, 0, tz), "night", label, published
    )


def _whole_day(day: date, tz: tzinfo, label: str, published: datetime, part: str | None) -> TimeInterval:
    start = _local(day, 0, 0, tz)
    if part == "morning":
        return _interval(_local(day, 5, 0, tz), _local(day, 12, 0, tz), "hour", label, published)
    if part == "day":
        return _interval(_local(day, 12, 0, tz), _local(day, 18, 0, tz), "hour", label, published)
    if part == "evening":
        return _interval(_local(day, 17, 0, tz), start + timedelta(days=1), "hour", label, published)
    if part == "night":
        return _interval(start, _local(day, 6, 0, tz), "night", label, published)
    return _interval(start, start + timedelta(days=1), "day", label, published)


def _part(m: re.Match[str] | None) -> str | None:
    if m is None:
        return None
    for name in ("morning", "day", "evening", "night"):
        if name in m.groupdict() and m.group(name):
            return name
    return None


# a date that says when a truce began or was agreed ("a moratorium ... beginning March 18", "мораторий вступил в силу
# 18 марта", "the moratorium announced on March 18"): not the time of an attack; "since March 18" is (the attacks
# counted from then)
_TRUCE_BEGAN = re.compile(
    rf"(?:{TRUCE_NOUN})[^.!?\n]{{0,80}}?\b(?:beginning|starting|effective|agreed|announced|declared|signed|reached|"
    r"brokered|вступ\w+\s+в\s+силу|объявлен\w*|оголошен\w*|погоджен\w*|согласован\w*|достигнут\w*|досягнут\w*|"
    r"набу\w+\s+чинност\w*)\s+(?:(?:on|from|as\s+of|с|з|від|от)\s+)?$",
    re.I,
)


def _dates(text: str, start: int, end: int, today: date) -> list[tuple[int, int, date]]:
    """The dates in ``text[start:end]``, in order, without those that say when a truce began."""
    found: list[tuple[int, int, date]] = []
    for pattern in (_DATE_DM, _DATE_MD):
        for m in pattern.finditer(text, start, end):
            year = int(m.group("year")) if m.group("year") else None
            d = _infer_date(_day_number(m.group("day")), _month(m), year, today)
            if d is not None:
                found.append((m.start(), m.end(), d))
    for pattern in (_DATE_NUM, _DATE_ISO):
        for m in pattern.finditer(text, start, end):
            d = _infer_date(int(m.group("day")), int(m.group("month")), int(m.group("year")), today)
            if d is not None:
                found.append((m.start(), m.end(), d))
    found.sort()
    kept: list[tuple[int, int, date]] = []
    for item in found:
        if (not kept or item[0] >= kept[-1][1]) and not _TRUCE_BEGAN.search(text, max(start, item[0] - 160), item[0]):
            kept.append(item)
    return kept


def _days_back(m: re.Match[str]) -> int:
    """How many days before the day of publication a relative day ("позавчора", "yesterday", "3 дні тому") is."""
    groups = m.groupdict()
    if groups.get("n"):
        word = groups["n"].lower()
        return int(word) if word.isdigit() else _NUMBER_WORDS[word]
    return 2 if groups.get("before") else 1 if groups.get("yesterday") else 0


def _last_weekday(today: date, weekday: int) -> date:
    return today - timedelta(days=(today.weekday() - weekday) % 7)


# -- the resolver -----------------------------------------------------------------------------------------------------


def _lowercase_english(word: str) -> bool:
    """Whether a month ``word`` is English in lower case ("may", "march"): a verb more often than a month."""
    return word.isascii() and not word[0].isupper()


def _last_month_start(today: date, month: int) -> date:
    """The first day of the last ``month`` begun by ``today`` (this year's, or last year's when it is still ahead)."""
    return date(today.year if month <= today.month else today.year - 1, month, 1)


def _add_months(day: date, months: int) -> date:
    """The first day of the month ``months`` after the month of ``day``."""
    n = day.year * 12 + day.month - 1 + months
    return date(n // 12, n % 12 + 1, 1)


def _past_months(text: str, start: int, end: int, today: date) -> tuple[date, int, int, int] | None:
    """The first day and the number of months of a month or season of a past year named in ``text[start:end]``, and
    its span; ``None`` if none, or if the year named is not before the year of ``today``."""
    for pattern in (_PAST_MONTH, _PAST_SEASON):
        m = pattern.search(text, start, end)
        if m is None:
            continue
        year = today.year - 1 if m.group("last") else int(m.group("year"))
        if year >= today.year:
            continue
        if pattern is _PAST_MONTH:
            return date(year, _month(m), 1), 1, m.start(), m.end()
        first = next(n for n, _ in _SEASONS if m.group(f"s{n}"))
        # (a winter is read as the December of the year named and the two months after it)
        return date(year, first, 1), 3, m.start(), m.end()
    return None


_MONTH_ALONE = re.compile(rf"(?<!\w){_MONTH}", _I)
# another year said anywhere in the span: "торік", "в прошлом году", "a year ago", as well as "минулого року"
_ANOTHER_YEAR = re.compile(
    rf"(?<!\w)(?:{_LAST_YEAR_WORDS}|торік|в\s+прошлом\s+году|у\s+минулому\s+році|a\s+year\s+ago|"
    r"(?:год|рік)\s+(?:назад|тому))(?!\w)",
    _I,
)
_A_YEAR = re.compile(r"(?<!\d)20\d\d(?!\d)")
_PAST_BEFORE = re.compile(
    r"(?<!\w)(?:last|past|previous|прошл\w*|минул\w*)\s+$", _I
)  # "last March", "минулого березня"
_QUOTES = "«\"“„'‘"  # «Лютий», "Лютий": a drone's name, not February
_LATE_PART = re.compile(
    r"(?<!\w)(?:конце|кінці|наприкінці|(?:последн|останн)\w*\s+декад\w*|late|(?:the\s+)?end\s+of)\s+$", _I
)
_SINCE_BEFORE = re.compile(r"(?<!\w)(?:since|from|с|со|з|із|від|начиная\s+с|починаючи\s+з)\s+$", _I)
_EARLY_PART = re.compile(
    r"(?<!\w)(?:начале|початку|(?:перв|перш)\w*\s+декад\w*|early|(?:the\s+)?beginning\s+of)\s+$", _I
)


# "earlier this month", "в начале этого месяца", "на початку місяця", "раніше цього місяця": the month of publication,
# from its first day to publication (its first ten days where "early"/"в начале"/"на початку" is said)
_THIS_MONTH = re.compile(
    r"(?<!\w)(?:(?P<early>early|(?:в|на)\s+(?:начале|початку))\s+(?:this\s+month|(?:этого\s+|текущего\s+)?месяца|"
    r"(?:цього\s+|поточного\s+)?місяця)|earlier\s+this\s+month|(?:ранее|раніше)\s+(?:в\s+этом\s+месяце|цього\s+місяця|"
    r"у\s+цьому\s+місяці))(?!\w)",
    _I,
)
LAST_POINTER = r"most\s+recent(?:ly)?|(?:в\s+)?последний\s+раз|востаннє"
"""The words that point back at the last attack before the one told ("most recently", "последний раз", "востаннє"):
in ``_LAST_IN_MONTH`` and in ``_claims._EARLIER_POINTER``."""
# "most recently in February", "with the most recent attack taking place in November", "последний раз в ноябре",
# "востаннє у листопаді": the last such month before publication (an earlier attack a report recalls); not "the last
# time" alone ("the first attack since the last time the sides met in August": a meeting, not an attack)
_LAST_IN_MONTH = re.compile(
    rf"(?<!\w)(?:{LAST_POINTER}|the\s+(?:last|latest)\s+(?:attack|strike)|"
    rf"последн(?:яя|ий)\s+(?:атака|удар|налет)|останн(?:я|ій)\s+(?:атака|удар))"
    rf"(?:[^.!?\n]{{0,40}}?)\s(?:in|в|у)\s+{_MONTH}(?!\s*\d)",
    _I,
)


def local_day(moment: datetime, zone: str) -> date:
    """The calendar day of ``moment`` where ``zone`` keeps time (the day a report was published, to the reader)."""
    return moment.astimezone(_zone_of(None, zone)[0]).date()


def dates_in(text: str, start: int, end: int, today: date) -> list[date]:
    """The dates said in ``text[start:end]``, in order, each read against ``today``, the day of publication
    (:func:`local_day`; a date with no year is the last such day)."""
    return [day for _, _, day in _dates(text, start, end, today)]


def recent_month(text: str, start: int, end: int, published: datetime, zone: str) -> TimeFound | None:
    """The month a run of attacks in ``text[start:end]`` is dated to, when it is the month of publication or the
    one before: a month named with no other year in the span ("В останній декаді березня росіяни неодноразово
    атакували ...", "In late March Russian drones repeatedly attacked ..."; "у березні 2025 року" in a 2025 report),
    read in the year of publication, or the year before when it would fall after publication. The whole month, or
    its last or first ten days where said ("в останній декаді", "в конце", "late"; "на початку", "early"; the whole
    month when that part has not begun by publication; from the month to publication after "since", "з", "с"),
    precision ``month``. ``None`` for a month of another year
    ("last March", "у березні торік", "In March of 2023", "в марте прошлого года"), one further back ("in March" said
    in June), a month word in quotes (the drone «Лютий») and an English month in lower case ("may" is a verb)."""
    if _ANOTHER_YEAR.search(text, start, end):
        return None
    tz, label = _zone_of(None, zone)
    today = published.astimezone(tz).date()
    if any(int(y.group()) != today.year for y in _A_YEAR.finditer(text, start, end)):
        return None  # "In March of 2023", "у 2024 році в березні"
    for m in _MONTH_ALONE.finditer(text, start, end):
        word = m.group("month")
        if _lowercase_english(word) or (m.start() > 0 and text[m.start() - 1] in _QUOTES):
            continue
        before = text[max(start, m.start() - 40) : m.start()]
        if _PAST_BEFORE.search(before):
            return None
        month = _month(m)
        first = _last_month_start(today, month)
        if first < _add_months(today, -1):
            return None  # "in March" said in June: a history, not this run of attacks
        lo, hi = first, _add_months(first, 1)
        if _SINCE_BEFORE.search(before):
            hi = _add_months(today, 1)  # "since March", "з березня": from then to publication
        elif _LATE_PART.search(before) and _local(first.replace(day=21), 0, 0, tz) <= published:
            lo = first.replace(day=21)
        elif _EARLY_PART.search(before):
            hi = first.replace(day=11)
        return TimeFound(_interval(_local(lo, 0, 0, tz), _local(hi, 0, 0, tz), "month", label, published), *m.span())
    return None


def default_time(published: datetime, zone: str) -> TimeInterval:
    """The time of a claim whose text says nothing of time: the 7 days before publication (a post may report an
    attack days after it happened; the interval says so rather than guessing the last day)."""
    return TimeInterval(earliest=published - timedelta(days=7), latest=published, precision="week", tz=zone)


def find_time(text: str, start: int, end: int, published: datetime, zone: str) -> TimeFound | None:
    """The time that ``text[start:end]`` speaks of, resolved against ``published`` in ``zone``; ``None`` if none.

    >>> from datetime import datetime, UTC
    >>> pub = datetime(2025, 3, 19, 7, 0, tzinfo=UTC)
    >>> t = find_time("В ночь на 19 марта ВСУ атаковали подстанцию", 0, 44, pub, "Europe/Moscow")
    >>> t.interval.earliest.isoformat(), t.interval.latest.isoformat(), t.interval.precision
    ('2025-03-18T18:00:00+00:00', '2025-03-19T03:00:00+00:00', 'night')
    """
    tz, label = _zone_of(None, zone)
    pub_local = published.astimezone(tz)
    today = pub_local.date()

    nights = [(m, _NIGHT_ON) for m in _NIGHT_ON.finditer(text, start, end)]
    nights += [(m, _NIGHT_OF) for m in _NIGHT_OF.finditer(text, start, end)]
    night_day: tuple[date, int, int] | None = None  # the day the night ends, and the span
    for m, _pattern in sorted(nights, key=lambda n: n[0].start()):
        if m.group("wd"):
            wd = _weekday(m)
            if wd is None:
                continue
            day = _last_weekday(today, wd)
        elif m.group("dayb"):
            got = _infer_date(int(m.group("dayb")), _month(m), None, today)
            if got is None:
                continue
            day = got
        else:
            year = int(m.group("year")) if m.group("year") else None
            got = _infer_date(_day_number(m.group("day")), _month(m), year, today)
            if got is None:
                continue
            day = got
        night_day = (day, m.start(), m.end())
        break

    dates = _dates(text, start, end, today)
    relative = _RELATIVE_DAY.search(text, start, end) or _DAYS_AGO.search(text, start, end)
    relative_day: date | None = None
    if relative is not None:
        relative_day = today - timedelta(days=_days_back(relative))

    # 1. clock times, alone or as a range, with the date nearest to them
    clocks = [m for m in _CLOCK.finditer(text, start, end) if m.group("pre") or m.group("zone") or ":" in m.group(0)]
    clocks = [m for m in clocks if not any(ds <= m.start("h") < de for ds, de, _ in dates)]
    word_hour = _WORD_HOUR.search(text, start, end)
    if clocks or word_hour is not None:
        if clocks:
            first = clocks[0]
            hour, minute = int(first.group("h")), int(first.group("min"))
            pre = (first.group("pre") or "").lower()
            first_start, first_end = first.start(), first.end()
        else:
            assert word_hour is not None
            hour, minute = _WORD_HOURS.get(word_hour.group("h").lower(), 1), 0
            pre = "около"
            first_start, first_end = word_hour.start(), word_hour.end()
        ctz, clabel = _zone_of(first.group("zone") if clocks else None, zone)
        if clabel != label and clocks and clocks[0].group("zone"):
            label_used = clabel
        else:
            ctz, label_used = tz, label
        near = [d for d in dates if first_start - 60 <= d[0] and d[1] <= first_end + 40]
        after = [d for d in near if d[0] >= first_end]
        before = [d for d in near if d[1] <= first_start]
        if before:
            day = before[-1][2]
        elif after:
            day = after[0][2]
        elif night_day is not None:
            day = night_day[0] if hour < 12 else night_day[0] - timedelta(days=1)
        elif relative_day is not None:
            day = relative_day
        else:
            day = published.astimezone(ctz).date()
            if _local(day, hour, minute, ctz) > published + timedelta(minutes=10):
                day -= timedelta(days=1)
        moment = _local(day, hour, minute, ctz)
        if len(clocks) >= 2 and pre in _RANGE_FROM | {""} and (clocks[1].group("pre") or "").lower() in _RANGE_TO:
            second = clocks[1]
            sday_dates = [
                d for d in dates if first_end <= d[0] and d[1] <= second.end() + 40 and d[0] >= second.start()
            ]
            sday = sday_dates[0][2] if sday_dates else day
            until = _local(sday, int(second.group("h")), int(second.group("min")), ctz)
            if until < moment:
                until += timedelta(days=1)
            return TimeFound(_interval(moment, until, "minute", label_used, published), first_start, second.end())
        if pre in _APPROX:
            return TimeFound(
                _interval(
                    moment - timedelta(minutes=30), moment + timedelta(minutes=30), "hour", label_used, published
                ),
                first_start,
                first_end,
            )
        return TimeFound(TimeInterval.at(moment, "minute", label_used), first_start, first_end)

    # 2. a night named by its date or weekday
    if night_day is not None:
        return TimeFound(_night(night_day[0], tz, label, published), night_day[1], night_day[2])

    # 3. a range of days
    days = _DAY_RANGE.search(text, start, end)
    if days is not None:
        year = int(days.group("year")) if days.group("year") else None
        last = _infer_date(int(days.group("day")), _month(days), year, today)
        if last is not None:
            try:
                first_day = last.replace(day=int(days.group("d1")))
            except ValueError:
                first_day = last
            if first_day <= last:
                span = (last - first_day).days
                precision: TimePrecision = "day" if span == 0 else "week" if span <= 7 else "month"
                return TimeFound(
                    _interval(
                        _local(first_day, 0, 0, tz),
                        _local(last + timedelta(days=1), 0, 0, tz),
                        precision,
                        label,
                        published,
                    ),
                    days.start(),
                    days.end(),
                )

    # 4. a date, perhaps with a part of the day
    if dates:
        ds, de, day = dates[0]
        part = _part(_PART_OF_DAY.match(text, de, end)) or _part(_PART_BEFORE.search(text, max(start, ds - 25), ds))
        return TimeFound(_whole_day(day, tz, label, published, part), ds, de)

    # 4b. a month or a season of a year before publication ("у вересні 2024 року", "в июле прошлого года", "влітку
    # минулого року"): an earlier attack a report recalls
    past = _past_months(text, start, end, today)
    if past is not None:
        first_month, months, ps, pe = past
        return TimeFound(
            _interval(
                _local(first_month, 0, 0, tz),
                _local(_add_months(first_month, months), 0, 0, tz),
                "month",
                label,
                published,
            ),
            ps,
            pe,
        )

    # 4c. "earlier this month", "в начале месяца" (the month of publication), "most recently in November" (the last
    # November before publication, up to its end): an earlier attack a report recalls; not in a sentence of tonight's
    # or a named day's attack ("struck the refinery overnight, weeks after Russia agreed earlier this month ...",
    # "Ночью беспилотники атаковали НПЗ ..., последний раз завод атаковали в сентябре"): the night is its time
    night = _NIGHT_REL.search(text, start, end)  # (step 5's night too)
    tonight = night is not None or relative_day is not None
    this_month = None if tonight else _THIS_MONTH.search(text, start, end)
    if this_month is not None:
        first_day = today.replace(day=1)
        hi = first_day.replace(day=11) if this_month.group("early") and today.day > 10 else today + timedelta(days=1)
        return TimeFound(
            _interval(_local(first_day, 0, 0, tz), _local(hi, 0, 0, tz), "month", label, published),
            this_month.start(),
            this_month.end(),
        )
    last_in = None if tonight else _LAST_IN_MONTH.search(text, start, end)
    if last_in is not None and not _lowercase_english(last_in.group("month")):
        first_day = _last_month_start(today, _month(last_in))
        return TimeFound(
            _interval(
                _local(first_day, 0, 0, tz), _local(_add_months(first_day, 1), 0, 0, tz), "month", label, published
            ),
            last_in.start("month"),
            last_in.end(),
        )

    # 5. "overnight", "этой ночью" (searched before 4c)
    if night is not None:
        end_day = today
        if night.group(0).lower().startswith("early"):
            return TimeFound(_whole_day(end_day, tz, label, published, "morning"), night.start(), night.end())
        return TimeFound(_night(end_day, tz, label, published), night.start(), night.end())

    # 6. yesterday, today
    if relative is not None and relative_day is not None:
        part = _part(_PART_OF_DAY.match(text, relative.end(), end))
        low = relative.group(0).lower()
        if low.startswith("this "):
            part = low.split()[1].replace("afternoon", "day")
        found = _whole_day(relative_day, tz, label, published, part)
        if relative_day < today and part is None:
            # "вчера"/"yesterday" with no part of the day: that day and the night after it, up to 06:00 (an attack at
            # 01:15 is still "yesterday's" to someone writing in the morning)
            found = _interval(
                found.earliest, _local(relative_day + timedelta(days=1), 6, 0, tz), "day", label, published
            )
        return TimeFound(found, relative.start(), relative.end())

    # 7. a weekday
    for wm in _WEEKDAY_RE.finditer(text, start, end):
        wd = _weekday(wm)
        if wd is not None:
            day = _last_weekday(today, wd)
            if day == today and (wm.group("last") or wm.group(0).lower().startswith(("last", "past"))):
                day -= timedelta(days=7)  # "last Friday", "в прошлую пятницу" said on a Friday: a week before
            if wm.group("night_after"):
                # "Monday night": the night after that day; said on a Monday before that night began, last week's
                if day == today and pub_local.hour < 21:
                    day -= timedelta(days=7)
                return TimeFound(_night(day + timedelta(days=1), tz, label, published), wm.start(), wm.end())
            part = _part(_PART_OF_DAY.match(text, wm.end(), end))
            return TimeFound(_whole_day(day, tz, label, published, part), wm.start(), wm.end())

    # 7b. "из-за вечернего удара", "внаслідок нічної атаки" (no day said: steps 6 and 7 come first): the last such
    # evening or night up to publication
    part_attack = _PART_ATTACK.search(text, start, end)
    if part_attack is not None:
        if part_attack.group("night"):
            return TimeFound(_night(today, tz, label, published), part_attack.start(), part_attack.end())
        evening = today if pub_local.hour >= 17 else today - timedelta(days=1)
        return TimeFound(_whole_day(evening, tz, label, published, "evening"), part_attack.start(), part_attack.end())

    # 8. the past day or week
    rolling = _ROLLING_DAY.search(text, start, end)
    if rolling is not None:
        return TimeFound(
            TimeInterval(earliest=published - timedelta(days=1), latest=published, precision="day", tz=label),
            rolling.start(),
            rolling.end(),
        )
    week = _ROLLING_WEEK.search(text, start, end)
    if week is not None:
        return TimeFound(
            TimeInterval(earliest=published - timedelta(days=7), latest=published, precision="week", tz=label),
            week.start(),
            week.end(),
        )
    return None


# every pattern above behind a look-ahead for the characters its matches begin with: the same matches, found faster
# (see _guard; the patterns run over every sentence of every report)
guard_patterns(globals())
