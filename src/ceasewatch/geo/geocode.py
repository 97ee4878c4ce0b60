"""The geocoder: place names in Ukrainian, Russian and English text → ranked candidates with a point and a radius.

Look-up runs on the gazetteer's name index (a dict from normalised name to entries), built once. Inflected forms
("у Харкові", "в Харькове", "Брянской области", "на Брянщине", "в Суджу") are turned back into candidate
nominatives by suffix rules for Russian and Ukrainian (case endings, adjective endings, the Ukrainian о/е → і and
г/к/х → з/ц/с alternations, fleeting vowels), and every candidate form is a dict probe, so there is no scan over the
gazetteer. Transliteration variants (Kharkov, Charkiw, Dnepr, Nikolaev, Zaporozhye) are GeoNames alternate names;
what is not found that way gets a consonant-skeleton look-up checked with rapidfuzz (with an admin word, the region
named like the town found: "Zaporizhhia region" is the oblast, not the city). A Ukrainian spelling of a
Russian town that GeoNames has only in Russian ("Ліски", "у Лісках", "в Сизрані") is also read respelt the Russian way
(і → и, и → ы, є → е, ї → и, initial е → э, -ськ → -ск), for places in Russia; beside a Ukrainian namesake (the
Odesa Oblast village Ліски) that reading ranks a step lower, so only a much bigger town wins.

Candidates are ranked by how well the name matched, a population prior, a region named in the text or in ``context``
(``"Суджа"`` with ``"Курская область"``; a district in the context names its centre's region; places outside the
context's region drop below 0.5; when no place of the name lies in the context's region, other spellings of it there
are read: "Vasilyevka" beside "Zaporizhzhia region" is Vasylivka there), and admin-unit words next to the name
(``"Kharkiv oblast"`` is the oblast, ``"Kharkiv"`` the city; "territory", "People's Republic" and border words count
as admin words). A name that is both a region and a smaller place in it is the region ("Кубань" is the krai, not the
village Kuban'); only a city of 50,000 or more named like its region is read as the city. When the text or context
speaks of the front ("направление", "фронт", "ВСУ", "Pokrovsk direction"), places in Ukraine are preferred. When
neither the text nor its context names a region, a place in Ukraine or in a Russian region on its border gets a
small prior (about a factor of five in population) over a namesake elsewhere. The Soviet names that Russia's
administration uses for towns of the Donetsk, Luhansk, Zaporizhzhia and Kherson oblasts renamed in 2016 (Артёмовск,
Красноармейск, Стаханов) count as names of those towns, so they win over small namesakes in Russia even without
front words; a bigger namesake (Дзержинск, Nizhny Novgorod Oblast) still wins unless the context names the region.
Front directions are read from the adjective of the town (Кураховское → Kurakhove, Добропільський → Dobropillia,
Запорізький → Zaporizhzhia) with a 30 km radius; a compass-prefixed direction ("Южно-Донецкое") is the region of its
town. A raion or okrug of the war's regions is read by the bundled table of districts and their centres
(``data/gazetteer/districts.tsv``) before its adjective is read as a town (Беловский район → Белая, Kursk Oblast,
not Belovo); the towns its adjective names stay candidates below the table's centres, for a region named beside
it (Павловский район Нижегородской области → Pavlovo). A district of one name in two regions, or one the next name
places ("…районе Московской области", "…районе Донецка"), names no region for the context. A named facility that
the optional registry knows comes first.

Villages below 500 inhabitants are not in the gazetteer (see ``data/DATA_SOURCES.md``): for them the geocoder gives
the region named beside them, or nothing, never a namesake elsewhere with confidence.

>>> best = geocode("в Харькове")[0]
>>> (best.name, best.admin1, best.kind)
('Kharkiv', 'Kharkiv Oblast', 'settlement')
>>> geocode("Брянской области")[0].name
'Bryansk Oblast'
>>> geocode("Атлантида")
[]
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from functools import lru_cache
from typing import Any, Literal, Protocol

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from ceasewatch.geo.districts import CITY_DISTRICTS, district_centres, district_cities
from ceasewatch.geo.gazetteer import (
    ADMIN_WORDS,
    COUNTRIES,
    MASCULINE_NAME,
    RIVER_ADJECTIVE,
    Gazetteer,
    IndexEntry,
    country_codes,
    gazetteer,
    is_community,
    latin_key,
    names_region,
    normalize,
    port_adjective,
    tokenize,
)
from ceasewatch.model import Facility, Place

__all__ = [
    "LOWER_PREPOSITIONS",
    "Candidate",
    "CandidateKind",
    "FacilityFinder",
    "GeocodeAnswer",
    "Mention",
    "facility_radius",
    "find_mentions",
    "geocode",
    "geocode_answer",
    "geocode_many",
    "lower_case_place",
    "reverse",
]

CandidateKind = Literal["facility", "settlement", "district", "admin1", "country"]

_MAX_WORDS = 4
_MAX_COMBOS = 64
_FACILITY_RADIUS_KM = 2.0
_DISTRICT_RADIUS_KM = 30.0
_OUTSIDE_CONTEXT = 0.3
"""Score taken from a candidate outside the region the context names (enough to put it below 0.5)."""
_FRONT_BONUS = 0.2
"""Score added to places in Ukraine when the text or its context speaks of the front."""
_FRONT = re.compile(
    r"(?<!\w)(?:направлени[еия]\w*|напрям(?:ок|ку|і|ки|ках|ком)|фронт\w*|front(?:line)?s?|axis|ВСУ|ЗСУ|AFU|"
    r"освобо[жд]\w*|звільн\w*|штурм\w*|бо(?:и|ї|ях|ев|ёв|їв|я)|assault\w*|offensive|наступ\w*|линии\s+боевого|лінії\s+бойового)(?!\w)",
    re.IGNORECASE,
)


class FacilityFinder(Protocol):
    """What the geocoder needs of a facility registry: a look-up of a facility by one of its names or aliases.

    ``find`` may return one facility or ``None``, or a list of facilities, best first (as
    :meth:`ceasewatch.geo.facilities.FacilityRegistry.find` does).
    """

    def find(self, name: str) -> Facility | Sequence[Facility] | None: ...


@dataclass(frozen=True, slots=True)
class Candidate:
    """One reading of a place name: where, how far off it may be, what it is, and how likely (``score``, 0–1)."""

    name: str
    lat: float
    lon: float
    radius_km: float
    admin1: str | None
    country: str | None
    score: float
    kind: CandidateKind
    facility_id: str | None = None
    geonameid: int | None = None
    matched: str = ""
    start: int | None = None
    end: int | None = None

    def to_place(self) -> Place:
        """The candidate as a claim's :class:`~ceasewatch.model.Place`."""
        return Place(
            name=self.name,
            lat=self.lat,
            lon=self.lon,
            radius_km=self.radius_km,
            precision=self.kind,
            admin1=self.admin1,
            country=self.country,
        )

    def to_dict(self) -> dict[str, Any]:
        """A plain dict (for JSON output)."""
        return asdict(self)


@dataclass(frozen=True, slots=True)
class GeocodeAnswer:
    """The candidates for a text, and whether a document could change them (``uses_document``): a city district no
    other rule places, or words that name settlements in more than one region. When it is False, the same text and
    context give the same candidates with any document or none, so a caller may cache them without the document."""

    candidates: list[Candidate]
    uses_document: bool


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of text that names a gazetteer entry, with the index entries it may stand for."""

    start: int
    end: int
    text: str
    entries: tuple[IndexEntry, ...]
    exact: bool
    admin_word: bool
    district: bool = False
    direction: bool = False


# -- inflection -------------------------------------------------------------------------------------------------

# suffix → nominative endings to try; longest suffixes are tried too, every rule that applies adds its forms
_RULES: dict[str, tuple[str, ...]] = {
    # nouns (ru + uk)
    "а": ("", "о"),
    "у": ("", "а", "о"),
    "ю": ("ь", "я", "й", "е"),
    "е": ("", "а", "о", "ь", "й", "я"),
    "и": ("а", "ь", "я", "и"),
    "ы": ("а", "ы"),
    "і": ("", "а", "о", "ь", "я", "й", "і"),
    "ї": ("я",),
    "я": ("ь", "й", "е", "я"),
    "ом": ("", "о", "ий", "ый", "ой", "ое"),
    "ем": ("ь", "е", "й", "ий", "ее"),
    "єм": ("й",),
    "ой": ("а", "ая", "ый", "ой"),
    "ей": ("я", "ь", "а", "яя", "ий"),
    "ою": ("а",),
    "ею": ("я", "ь"),
    "єю": ("я",),
    "ам": ("ы", "и"),
    "ах": ("ы", "и"),
    "ами": ("ы", "и"),
    "ям": ("и", "я", "е"),
    "ях": ("и",),
    "ями": ("и",),
    "ові": ("",),
    "еві": ("ь", "й"),
    "ці": ("ка", "к"),
    "зі": ("га", "г"),
    "сі": ("ха", "х"),
    # adjectives (ru)
    "ого": ("ий", "ый", "ой", "ое", "е", "ая", "а"),
    "его": ("ий", "ее"),
    "ому": ("ий", "ый", "ой", "ое", "е", "ая", "а"),
    "ему": ("ий", "ее"),
    "ым": ("ый", "ой", "ое", "ые"),
    "им": ("ий", "ое", "ие", "е", "і"),
    "ую": ("ая",),
    "юю": ("яя",),
    "ых": ("ые",),
    "их": ("ие", "і"),
    "ыми": ("ые",),
    "ими": ("ие", "і"),
    # adjectives (uk)
    "ої": ("а",),
    "ій": ("а", "я", "ий"),
    "ім": ("ий", "е", "і"),
}
_RULE_ITEMS = sorted(_RULES.items(), key=lambda kv: -len(kv[0]))
_VOWELS = set("аеёиоуыэюяієїaeiouy")
_CONSONANTS = set("бвгґджзйклмнпрстфхцчшщ")
_UK_ALTERNATION = {"о": "і", "е": "і", "є": "ї"}
_HUSHING = frozenset("жчшщц")


def _uk_alternations(form: str) -> list[str]:
    """Ukrainian о/е → і and є → ї in a closed final syllable: харков → харків, києв → київ, рог → ріг."""
    i = len(form) - 1
    while i >= 0 and form[i] not in _VOWELS:
        i -= 1
    if i <= 0 or i == len(form) - 1 or form[i] not in _UK_ALTERNATION:
        return []
    return [form[:i] + _UK_ALTERNATION[form[i]] + form[i + 1 :]]


def _uk_reverse(form: str) -> list[str]:
    """Back from Ukrainian і/ї in a closed final syllable to the Russian о/е/є: карачів → карачев, карачов."""
    i = len(form) - 1
    while i >= 0 and form[i] not in _VOWELS:
        i -= 1
    if i <= 0 or i == len(form) - 1 or form[i] not in "ії":
        return []
    if form[i] == "ї":
        return [form[:i] + "е" + form[i + 1 :]]
    return [form[:i] + "е" + form[i + 1 :], form[:i] + "о" + form[i + 1 :]]


def _fleeting(stem: str) -> list[str]:
    """A fleeting vowel back between two final consonants: орл → орел, орол."""
    if len(stem) >= 3 and stem[-1] in _CONSONANTS and stem[-2] in _CONSONANTS:
        return [stem[:-1] + "е" + stem[-1], stem[:-1] + "о" + stem[-1]]
    return []


@lru_cache(maxsize=200_000)
def _forms(token: str) -> tuple[str, ...]:
    """Candidate nominative forms of one normalised word (the word itself first)."""
    out = [token]
    if len(token) < 3 or not any("\u0400" <= ch <= "\u04ff" for ch in token):
        return tuple(out)
    for suffix, endings in _RULE_ITEMS:
        if token.endswith(suffix) and len(token) - len(suffix) >= 2:
            stem = token[: -len(suffix)]
            for ending in endings:
                out.append(stem + ending)
                if not ending:
                    out.extend(_fleeting(stem))
    if token[-1] in "ау" and token[-2] in _HUSHING:
        out.append(token[:-1] + "е")  # neuter nouns in -ще/-же/-че/-це: хранилища, Городищу → хранилище, Городище
    for form in list(out):
        out.extend(_uk_alternations(form))
        out.extend(_uk_reverse(form))
    out.extend(token + e for e in ("ы", "и"))  # genitive plural with no ending: из Сум, з Черкас
    return tuple(dict.fromkeys(out))


_UK_LETTERS = frozenset("іїєґ")


@lru_cache(maxsize=100_000)
def _russian_spellings(form: str) -> tuple[str, ...]:
    """A Ukrainian spelling of a name spelt back the Russian way, for Russian towns the gazetteer has no Ukrainian
    name for: ліски → лиски, сизрань → сызрань, енгельс → энгельс, троїцьк → троицк, єйськ → ейск. Ukrainian і is
    Russian и, Ukrainian и is Russian ы (and и after ж, ч, ш, щ, ц; both are tried), є is е, ї is и, ґ is г, an
    initial е is э, and -ськ/-цьк/-зьк lose the soft sign."""
    if not any("\u0400" <= ch <= "\u04ff" for ch in form):
        return ()
    body = form.replace("ськ", "ск").replace("цьк", "цк").replace("зьк", "зк")
    plain = []
    hard = []
    for k, ch in enumerate(body):
        ru = {"і": "и", "ї": "и", "є": "е", "ґ": "г"}.get(ch, ch)
        if k == 0 and ch == "е":
            ru = "э"
        plain.append(ru)
        hard.append("ы" if ch == "и" and k > 0 and body[k - 1] not in _HUSHING else ru)
    out = dict.fromkeys(("".join(hard), "".join(plain)))
    out.pop(form, None)
    return tuple(out)


@lru_cache(maxsize=200_000)
def _russian_forms(token: str) -> tuple[str, ...]:
    """The nominatives of a word (:func:`_forms`) spelt back the Russian way (:func:`_russian_spellings`)."""
    return tuple(dict.fromkeys(r for f in _forms(token) for r in _russian_spellings(f)))


# -- scanning ---------------------------------------------------------------------------------------------------

_STOP = frozenset(
    [
        "в",
        "во",
        "у",
        "на",
        "под",
        "над",
        "по",
        "из",
        "із",
        "з",
        "зі",
        "со",
        "с",
        "к",
        "ко",
        "від",
        "до",
        "біля",
        "возле",
        "около",
        "близ",
        "под",
        "о",
        "об",
        "при",
        "за",
        "через",
        "для",
        "the",
        "in",
        "at",
        "of",
        "near",
        "over",
        "on",
        "and",
        "и",
        "і",
        "й",
        "та",
        "а",
        "але",
        "но",
        "что",
        "що",
        "это",
        "це",
        "який",
        "какой",
        "также",
        "також",
        "район",
        "районе",
        "районі",
        "района",
        "district",
        "city",
        "town",
        "village",
        "місто",
        "міста",
        "місті",
        "город",
        "города",
        "городе",
        "село",
        "села",
        "селе",
        "селі",
        "поселок",
        "поселке",
        "селище",
        "селищі",
        "смт",
        "пгт",
        "м",
        "г",
        "с",
        "п",
    ]
)
_SEA_WORDS = frozenset(["море", "моря", "морю", "морем", "мори", "морі", "sea"])
_DISTRICT_WORDS = frozenset(
    [
        "район", "района", "району", "районе", "районом", "районі", "районы", "районов", "районам", "районами",
        "районах", "райони", "районів", "округ", "округа", "округу", "округе", "округом", "окрузі", "округи",
        "округов", "округам", "округах", "округами", "громада", "громади", "громаді", "громаду", "громадою",
        "громад", "громадах", "община", "общины", "общине", "общину", "общиной", "общин", "общинах",
        "district", "districts", "raion", "raions", "rayon", "hromada",
    ]
)  # fmt: skip
"""A raion, a Russian municipal or urban "округ", a Ukrainian hromada (in Russian "община"): each named by the
adjective of its centre."""
_UNIT_QUALIFIERS = frozenset(
    [
        "городской", "городского", "городском", "городскому", "городским", "муниципальный", "муниципального",
        "муниципальном", "муниципальному", "муниципальным", "міська", "міської", "міській", "міську",
        "сільська", "сільської", "сільській", "селищна", "селищної", "селищній", "територіальна",
        "територіальної", "територіальній", "urban", "municipal",
    ]
)  # fmt: skip
"""Words between a district's adjective and its unit word: "Шебекинского городского округа", "Полтавської міської
територіальної громади"."""
_AND = frozenset(["и", "і", "й", "та", "and"])
# a front "direction" is named by an adjective of the town it leads to: Купянское направление, Харківський напрямок
_DIRECTION_WORDS = frozenset(
    [
        "направление", "направлении", "направления", "направлению", "направлением", "направлениях",
        "напрямок", "напрямку", "напрямі", "напрямки", "напрямках", "напрямком", "direction", "axis",
    ]
)  # fmt: skip
# a town's port or airport, named by the town's adjective: в Одесском порту, Ізмаїльський порт (not Odesskoye, Omsk)
_SITE_WORDS = frozenset(
    [
        "порт", "порта", "порту", "портом", "порті", "аэропорт", "аэропорта", "аэропорту", "аэропортом",
        "аеропорт", "аеропорту", "аеропорті", "аеропортом",
    ]
)  # fmt: skip
# the border area of a region, named by the region's adjective: курское приграничье, на брянському прикордонні
_BORDER_WORDS = frozenset(
    [
        "приграничье", "приграничья", "приграничью", "приграничьем", "приграничьи", "прикордоння",
        "прикордонні", "прикордонню", "прикордонням", "пограничье", "пограничья", "border", "borderland",
        "borderlands",
    ]
)  # fmt: skip
_ADJECTIVE = re.compile(
    r"^(?P<stem>\w{2,}?)(?P<sk>ськ|цьк|зьк|ск|цк)"
    r"(?P<end>ий|ый|ой|ая|ое|ые|ого|ому|ом|ым|ую|ых|ыми|ими|их|им|ие|ей|ем|ої|ій|ім|ою|ого|ому|а|е|і|у|и)$"
)
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")
# a name written in lower case in running text (UNN: "у новокуйбишевську", "в краснодарському краї") is read only
# after one of these prepositions, and only as a town whose name ends like a town's (_TOWN_ENDING, at least six
# letters, 2,000 people or more, the word not an adjective's case: "в советском" is not Sovetsk) or as a region
# before its admin word; common words ("мир", "поле", "луг", "шахты", "мирний", "станция") stay no place. (The one
# list: the extractor's _places._LOWER_NAME is built from it)
LOWER_PREPOSITIONS = frozenset(
    ["в", "у", "во", "з", "із", "зі", "из", "под", "під", "по", "біля", "поблизу", "возле", "около", "близ"]
)  # fmt: skip
_TOWN_ENDING = re.compile(
    r"(?:ск|цк|ськ|цьк|зьк|град|город|поль|піль|бург|дар|рог|ино|ово|ево|єво|ине|ове|еве|єве|ов|ев|ів|їв|ань)$"
)
_LOWER_ADMIN_WORDS = ADMIN_WORDS | {"краї", "краєм"}
_LOWER_MIN_POPULATION = 2000
# a name ending -ов/-ев/-ів/-їв in lower case is also a common noun's or a people's case ("під покровом ночі",
# "у енергетиків", "хорошів"): read only as a city of 100,000 people or more (Saratov, Tambov, Rostov)
_POSSESSIVE_ENDINGS = ("ов", "ев", "ів", "їв")
_LOWER_POSSESSIVE_MIN_POPULATION = 100_000
# stems of common nouns that are also towns' names, in any case form: "під покровом ночі" (Pokrov), "біля острова"
# (Ostrov), "у енергетиків" (Zuhres-2's "енергетиків")
_LOWER_DENIED_STEMS = ("остров", "острів", "покров", "енергетик", "энергетик")
# the neuter endings of a port's masculine adjectival name (gazetteer.MASCULINE_NAME), its town's name: "порт
# Південний" of Південне, "порт Южный" of Южное (``_port_of_town``)
_NEUTER_OF = {"ий": ("е",), "ій": ("є", "е"), "ый": ("ое",), "ой": ("ое",)}


def find_mentions(text: str, *, index: Gazetteer | None = None) -> list[Mention]:
    """The spans of ``text`` that name a gazetteer entry, longest first at each position, left to right.

    In running text (not all lower case) a one-word match must start with a capital letter, so that common words
    that are also village names are skipped. A match never ends or starts inside a hyphenated word ("Гай-Кодзор"
    is not "Гай"). An adjective before a district, direction or border word names the district's centre, the town
    the direction leads to, or the region ("Коломенском районе", "Купянском направлении", "курском приграничье").
    """
    gaz = index if index is not None else gazetteer()
    cleaned = _POSSESSIVE.sub("  ", text)
    tokens = tokenize(cleaned)
    need_capital = any(ch.isupper() for ch in text) and len(tokens) > 3
    person = _person_tokens(cleaned, tokens)
    mentions: list[Mention] = []
    i = 0
    n_tokens = len(tokens)
    while i < n_tokens:
        found: Mention | None = None
        for n in range(min(_MAX_WORDS, n_tokens - i), 0, -1):
            window = tokens[i : i + n]
            if person and any(k in person for k in range(i, i + n)):
                continue
            words = [w for w, _, _ in window]
            if n == 1 and (words[0] in _STOP or words[0] in ADMIN_WORDS):
                continue
            if words[0] in _STOP or words[-1] in _STOP:
                continue
            start, end = window[0][1], window[-1][2]
            if _hyphen_joined(cleaned, start, end):
                continue
            after = tokens[i + n][0] if i + n < n_tokens else ""
            lower = need_capital and not text[start].isupper() and after not in _BORDER_WORDS
            before = tokens[i - 1][0] if i > 0 else ""
            if lower and before not in LOWER_PREPOSITIONS:
                continue
            if after in _SEA_WORDS or (n == 1 and not after and _sea_adjective(words[0], tokens[:i])):
                continue
            district = n == 1 and _district_follows(tokens, i + 1)
            direction = n == 1 and after in _DIRECTION_WORDS
            compass = _compass_adjective(words) if after in _DIRECTION_WORDS else None
            hit = None
            if compass is not None:
                # "Южно-Донецкое направление", "Південнодонецький напрямок": a part of the front in the region of
                # the town the adjective comes from, not the town itself
                hit = _probe_border(gaz, compass)
                direction = hit is not None
            elif district or direction:
                hit = _probe_district_table(gaz, words[0]) if district else None
                aside = _probe_adjective(gaz, words[0])
                if aside is None and district and words[0].isascii():
                    aside = _probe_english_adjective(gaz, words[0])  # "Suzemsky district" → Suzemka
                if hit is not None and aside is not None:
                    hit = _beside_the_table(hit, aside)
                elif hit is None:
                    hit = aside
                if hit is None and direction and words[0].isascii():
                    hit = _probe(gaz, words)  # "Pokrovsk direction", "Kupiansk axis": the town, as a direction
                    direction = hit is not None and any(e.kind == "settlement" for e in hit[0])
            elif n == 1 and after in _BORDER_WORDS:
                hit = _probe_border(gaz, words[0])
            elif n == 1 and after in _SITE_WORDS and _ADJECTIVE.match(words[0]) is not None:
                hit = _probe_adjective(gaz, words[0])
            if hit is None:
                hit = _probe(gaz, words)
                district = direction = False
                if n == 1 and port_adjective(before, words[0]):
                    hit = _port_of_town(gaz, words[0], hit)
            admin_word = (
                before in ADMIN_WORDS
                or after in ADMIN_WORDS
                or after in _BORDER_WORDS
                or (compass is not None and direction)
                or any(w in ADMIN_WORDS for w in words)
            )
            if hit is not None and n == 1 and not admin_word and i + n < n_tokens:
                hit = _not_an_adjective_of_a_name(hit, words[0], text, tokens[i + n][1])
            if hit is not None and lower:
                hit = _lower_case_name(gaz, hit, words, after)
            if hit is not None:
                entries, exact = hit
                found = Mention(start, end, text[start:end], entries, exact, admin_word, district, direction)
                i += n
                break
        if found is None:
            i += 1
        else:
            mentions.append(found)
    return mentions


def _lower_case_name(
    gaz: Gazetteer, hit: tuple[tuple[IndexEntry, ...], bool], words: list[str], after: str
) -> tuple[tuple[IndexEntry, ...], bool] | None:
    """The entries of a name written in lower case after a preposition that a lower-case word can name: a region
    before its admin word ("в краснодарському краї"), or one word naming a town whose own name ends like a town's
    ("у новокуйбишевську", "в шебекино"); ``None`` when none is left (a common word: "у мирному", "по полю")."""
    entries, exact = hit
    if any(w.startswith(_LOWER_DENIED_STEMS) for w in words):
        return None  # "під покровом ночі", "біля острова Зміїний", "у енергетиків": common nouns
    if after in _LOWER_ADMIN_WORDS:
        kept = tuple(e for e in entries if e.kind == "admin1")
    elif len(words) == 1:
        adjective = _ADJECTIVE.match(words[0])
        if adjective is not None and len(adjective.group("end")) >= 2:
            return None  # "в советском союзе", "по курському": an adjective's case, not a town's
        # the people a town must have, by the ending its name is read with (the least over the forms)
        # (by the settlement, the only kind kept)
        need: dict[int, int] = {}
        for f in (*_forms(words[0]), *_russian_forms(words[0])):
            if len(f) < 6 or _TOWN_ENDING.search(f) is None:
                continue
            least = _LOWER_POSSESSIVE_MIN_POPULATION if f.endswith(_POSSESSIVE_ENDINGS) else _LOWER_MIN_POPULATION
            for e in gaz.index.get(f, ()):
                if e.kind == "settlement":
                    need[e.ref] = min(need.get(e.ref, least), least)
        kept = tuple(
            e for e in entries if e.kind == "settlement" and int(gaz.population[e.ref]) >= need.get(e.ref, math.inf)
        )
    else:
        kept = ()
    return (kept, exact) if kept else None


@lru_cache(maxsize=4096)
def lower_case_place(word: str, after: str = "") -> bool:
    """Whether one lower-case ``word`` after a preposition of place names a place though not capitalised: a town
    whose name ends like a town's ("у новокуйбишевську", "в шебекино"), or a region's adjective before the admin
    word ``after`` ("в краснодарському краї"); common words ("у полі", "в мирному", "в советском") do not. (Cached,
    the last 4,096 words: a function of its arguments and the bundled gazetteer, itself loaded once.)"""
    words = [w for w, _, _ in tokenize(word)]
    if len(words) != 1:
        return False  # no word ("", "—": nothing to probe) or more than one ("ростові-на-дону")
    gaz = gazetteer()
    hit = _probe(gaz, words)
    return hit is not None and _lower_case_name(gaz, hit, words, normalize(after)) is not None


_IN_CITY_AFTER = re.compile(
    r"\s*(?:район\w*|округ\w*|district|raion)?\s*(?:of\s+(?:the\s+)?(?:city\s+of\s+)?|міста\s+|города\s+|г\.\s*|м\.\s*)?",
    re.IGNORECASE,
)
_IN_CITY_BEFORE = re.compile(r"\s*(?:['’]s)?\s*", re.IGNORECASE)


def _in_named_city(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions less a district that the text places in a city it names beside it ("Шевченківський район Харкова",
    "Kharkiv's Shevchenkivskyi district", "the Shevchenkivskyi district of Kharkiv"): the city stands for it."""
    drop: set[int] = set()
    for k, m in enumerate(mentions):
        unit = _IN_CITY_AFTER.match(text, m.end)
        if unit is None or not re.match(r"\s*(?:район|округ|district|raion)", text[m.end : unit.end()], re.I):
            continue
        city = [
            j
            for j in (k - 1, k + 1)
            if 0 <= j < len(mentions)
            and any(e.kind == "settlement" for e in mentions[j].entries)
            and not mentions[j].district
            and (
                (j == k + 1 and unit.end() == mentions[j].start)
                or (j == k - 1 and _IN_CITY_BEFORE.fullmatch(text, mentions[j].end, m.start) is not None)
            )
        ]
        if city:
            drop.add(k)
    return [m for k, m in enumerate(mentions) if k not in drop] if drop else mentions


_BIG_CITY = 50_000
"""A settlement this big named in a report may be the city its districts belong to."""
_CAPITAL_CITY = 2_000_000
"""A district named by the adjective of a city this big is a district of another city ("Київський район" is in
Kharkiv, Odesa or Poltava: Kyiv has none of that name, and no rural raion is named after Kyiv or Moscow)."""
_NAMESAKE_BONUS = 0.1
_NAMESAKE_KINDS = frozenset(["settlement", "district"])
"""The readings whose namesakes the regions a report names choose between: a district or hromada named after its town
("Семенівській громаді") has the town's namesakes too."""
_TOWN = 25_000
"""A district read only as named after villages smaller than this is rather a city's district of that name."""


@lru_cache(maxsize=len(CITY_DISTRICTS))
def _city_ref(city: str) -> int | None:
    """The gazetteer index of a city of the district table (the biggest settlement of that name)."""
    gaz = gazetteer()
    entries = [
        e for e in gaz.index.get(city, ()) or gaz.index.get(city.replace("-", " "), ()) if e.kind == "settlement"
    ]
    if not entries:
        return None
    return max(entries, key=lambda e: int(gaz.population[e.ref])).ref


@lru_cache(maxsize=64)
def _document_support(document: str) -> tuple[frozenset[int], frozenset[tuple[frozenset[int], str]]]:
    """What a report says of where it is, read once per report and only when a mention needs it (a city district no
    other rule places, namesakes in more than one region): the big cities it names (gazetteer indexes), and each
    region it names or whose big city it names, with the geonameids of the settlements the naming word could also be
    (none for a region named as such): a word names its region only for namesakes other than its own
    (:func:`_namesakes_in`)."""
    gaz = gazetteer()
    cities: set[int] = set()
    support: set[tuple[frozenset[int], str]] = set()
    for mention in find_mentions(document, index=gaz):
        towns = [e for e in mention.entries if e.kind == "settlement"]
        if towns and not mention.district and not mention.admin_word:
            top = max(towns, key=lambda e: (e.primary, int(gaz.population[e.ref])))
            if int(gaz.population[top.ref]) >= _BIG_CITY:
                cities.add(top.ref)
                if gaz.place_admin1[top.ref] >= 0:
                    support.add((_namesake_ids(gaz, towns), gaz.admin1[gaz.place_admin1[top.ref]].name))
    admin1, _ = _context_support(gaz, document, namesakes=True)
    support.update((ids, gaz.admin1[ref].name) for ref, ids in admin1)
    return frozenset(cities), frozenset(support)


def _namesake_ids(gaz: Gazetteer, towns: Sequence[IndexEntry]) -> frozenset[int]:
    """The geonameids of the towns (of at least :data:`_TOWN` people) a word names by their own (or renamed, still
    used) name, when they lie in more than one region: the word is then no sign of either region for its namesakes;
    none when it names one region's town (a town named so only by an odd alternate name elsewhere does not make it
    ambiguous: "Slovyansk"; nor does a village of the name: Kostiantynivka of Donetsk Oblast still names its region
    for the village Kostiantynivka of Zaporizhzhia Oblast, Oleksandriia of Kirovohrad Oblast for the one of Rivne)."""
    own = [e for e in towns if (e.primary or _renamed_in_use(gaz, e)) and int(gaz.population[e.ref]) >= _TOWN]
    if len({gaz.place_admin1[e.ref] for e in own}) < 2:
        return frozenset()
    return frozenset(int(gaz.ids[e.ref]) for e in own)


def _city_districts(
    gaz: Gazetteer, text: str, mentions: list[Mention], document: str | None
) -> tuple[list[Mention], bool, bool]:
    """Mentions with a city district read as its city: "Шевченківському районі" in a report that names Kharkiv, a
    district only one city has ("Slobidskyi district", "Холодногірський район"), or a district named beside its
    city. A district named after Kyiv or Moscow, or a village named by the district's adjective ("Kyivskyi district"
    is not the village Kyivskyi), with no city to put it in, is no place: the first flag says that such a reading was
    dropped (so that no fuzzy reading replaces it). The second says whether a document could change the reading (a
    district the text itself does not place: the document is asked, when there is one)."""
    tokens = tokenize(_POSSESSIVE.sub("  ", text))
    out = list(mentions)
    dropped = False
    uses_document = False
    named = {e.ref for m in mentions for e in m.entries if e.kind == "settlement" and not m.district}
    for k, (word, start, end) in enumerate(tokens):
        cities = district_cities(word) if _district_follows(tokens, k + 1) else ()
        refs = [r for r in (_city_ref(c) for c in cities) if r is not None]
        if not refs:
            continue
        at = [n for n, m in enumerate(out) if m.start <= start < m.end]
        here = out[at[0]] if at else None
        placed = any(r in named for r in refs) and (here is None or here.district or not here.exact)
        uses_document = uses_document or not placed
        if placed:
            city = next(r for r in refs if r in named)
        elif document and len(in_doc := [r for r in refs if r in _document_support(document)[0]]) == 1:
            city = in_doc[0]
        elif len(refs) == 1 and (
            here is None or not here.district or all(int(gaz.population[e.ref]) < _TOWN for e in here.entries)
        ):
            city = refs[0]  # a district only one city has, not read as a district named after a town
        else:
            if here is not None and _not_the_district(gaz, here, word):
                out.pop(at[0])
                dropped = True
            continue
        mention = Mention(start, end, text[start:end], (IndexEntry("settlement", city, True),), True, False)
        if here is None:
            out.append(mention)
        else:
            out[at[0]] = mention
    out.sort(key=lambda m: m.start)
    return out, dropped, uses_document


def _not_the_district(gaz: Gazetteer, mention: Mention, word: str) -> bool:
    """Whether a reading of a city district's adjective is surely not where the district is: Kyiv or Moscow (no
    district is named after them but in other cities), or a village that bears the adjective itself."""
    towns = [e for e in mention.entries if e.kind == "settlement"]
    if not towns:
        return False
    if max(int(gaz.population[e.ref]) for e in towns) >= _CAPITAL_CITY:
        return True  # (with the city's own region, Moscow, which the adjective names no more)
    return (
        len(towns) == len(mention.entries)
        and not mention.district
        and all(
            _latin(gaz.names[e.ref])[:5] == _latin(word)[:5] and re.search(r"sk\w*$", _latin(gaz.names[e.ref]))
            for e in towns
        )
    )


def _namesake_spans(cands: list[Candidate]) -> dict[tuple[int | None, int | None], set[str | None]]:
    """The words (spans) that name settlements in more than one region, with those regions: where the regions a
    report names could choose (:func:`_namesakes_in`)."""
    spans: dict[tuple[int | None, int | None], set[str | None]] = {}
    for c in cands:
        if c.kind in _NAMESAKE_KINDS:
            spans.setdefault((c.start, c.end), set()).add(c.admin1)
    return {span: admin1s for span, admin1s in spans.items() if len(admin1s) >= 2}


def _namesakes_in(
    cands: list[Candidate], document: str, spans: dict[tuple[int | None, int | None], set[str | None]]
) -> list[Candidate]:
    """Candidates with the settlements in the regions a report names raised a little over their namesakes
    elsewhere (the same words, ``spans`` of :func:`_namesake_spans`, read as places in other regions). The report
    is read (:func:`_document_support`) only when there are such words."""
    if not spans:
        return cands
    support = _document_support(document)[1]
    readings: dict[tuple[int | None, int | None], set[int]] = {}
    for c in cands:
        if c.kind in _NAMESAKE_KINDS and c.geonameid is not None:
            readings.setdefault((c.start, c.end), set()).add(c.geonameid)
    # the regions named by other words than the namesakes' own, where those name a region of one of them: "Первомайск"
    # read as the big Pervomaysk of Mykolaiv Oblast elsewhere in the report is no sign that its namesakes in an LNR
    # report are there ("по місту Самар" in a report on Dnipro is Samar, not Samara, though the report's "Самар" alone
    # would name Samara Oblast); where no other word names one, the word's own reading as before ("Подольск" in a
    # report on Moscow)
    every = {region for _, region in support}
    regions = {}
    for span, admin1s in spans.items():
        others = {region for ids, region in support if not ids & readings.get(span, set())}
        regions[span] = others if others & admin1s else every
    split = {span for span, admin1s in spans.items() if admin1s & regions[span] and admin1s - regions[span]}
    return [
        replace(c, score=c.score + _NAMESAKE_BONUS)
        if c.kind in _NAMESAKE_KINDS and (c.start, c.end) in split and c.admin1 in regions[(c.start, c.end)]
        else c
        for c in cands
    ]


def _district_follows(tokens: list[tuple[str, int, int]], j: int) -> bool:
    """Whether a district's unit word follows from token ``j`` on: at once ("Никопольскому району"), after a
    qualifier ("Шебекинского городского округа"), or after further adjectives that share it ("Синельниковском и
    Самаровском районах", "Синельниковском, Самаровском и Павлоградском районах")."""
    for word, _, _ in tokens[j : j + 8]:
        if word in _DISTRICT_WORDS:
            # not an ethnic or religious community ("храм Армянской общины", "Єврейська громада Дніпра")
            return not is_community(tokens[j - 1][0], word)  # (j > 0: both callers pass the token after one)
        if word not in _UNIT_QUALIFIERS and word not in _AND and _ADJECTIVE.match(word) is None:
            return False
    return False


_GIVEN_NAMES = frozenset(
    [
        # Russian
        "александр", "алексей", "анатолий", "андрей", "антон", "аркадий", "артем", "борис", "вадим", "валентин",
        "валерий", "василий", "виктор", "виталий", "владимир", "владислав", "вячеслав", "геннадий", "георгий",
        "глеб", "григорий", "денис", "дмитрий", "евгений", "егор", "иван", "игорь", "илья", "кирилл",
        "константин", "леонид", "максим", "марат", "михаил", "никита", "николай", "олег", "павел", "петр",
        "роман", "руслан", "рустам", "сергей", "станислав", "степан", "тарас", "тимур", "федор", "юрий",
        "ярослав", "анна", "анастасия", "валентина", "вера", "виктория", "дарья", "екатерина", "елена", "ирина",
        "любовь", "людмила", "мария", "марина", "надежда", "наталья", "оксана", "ольга", "светлана", "татьяна",
        "элла", "эльвира", "юлия",
        # Ukrainian
        "олександр", "олексій", "анатолій", "андрій", "артем", "богдан", "валерій", "василь", "віктор", "віталій",
        "володимир", "геннадій", "георгій", "григорій", "дмитро", "євген", "іван", "ігор", "ілля", "кирило",
        "костянтин", "леонід", "михайло", "микита", "микола", "павло", "петро", "сергій", "станіслав", "федір",
        "юрій", "ганна", "вікторія", "віра", "дарія", "катерина", "любов", "марія", "надія", "наталія",
        "олена", "ірина", "світлана", "тетяна", "юлія",
        # English spellings
        "vladimir", "volodymyr", "oleksandr", "alexander", "aleksandr", "andriy", "andrii", "andrei", "andrey",
        "dmitry", "dmitri", "dmytro", "sergei", "sergey", "serhiy", "serhii", "vitali", "vitaliy", "vitalii",
        "oleh", "oleg", "yuri", "yuriy", "yurii", "ihor", "igor", "mykola", "nikolai", "ivan", "viktor",
        "vyacheslav", "pavlo", "pavel", "denys", "denis", "kyrylo", "kirill", "maxim", "maksym", "mikhail",
        "mykhailo", "yulia", "yuliia", "olena", "elena", "maria", "donald", "marco", "steve", "keith", "emmanuel",
        "konstantin", "anatoly", "gennady", "roman", "ruslan", "taras", "petro", "pyotr", "boris", "leonid",
        "valery", "yevgeny", "yevhen", "evgeny", "anton", "artem", "bohdan", "vasyl", "vasily", "stepan",
        "yaroslav", "stanislav", "tetiana", "tatiana", "natalia", "iryna", "irina", "kateryna", "oksana",
        "svitlana", "svetlana", "olga", "olha", "vadim", "vadym", "oleksiy", "oleksii", "alexei", "alexey",
        "mykyta", "nikita", "ilya", "illia", "vladislav", "vladyslav", "rustem",
    ]
)  # fmt: skip
"""Given names, some of them also towns (Владимир, Володимир, Анна): before a capitalised surname they name a person
("Владимиром Путиным", "Вице-премьер Александр Новак", "Андрій Сибіга"), and neither word is a place."""


def _person_tokens(text: str, tokens: list[tuple[str, int, int]]) -> set[int]:
    """The indexes of the tokens that are a person's name: a capitalised given name (in any case) and the one or two
    capitalised words after it (patronymic, surname), unless the next word is a unit word or an adjective before one
    ("в Анне Воронежской области" is the town of Anna)."""
    out: set[int] = set()
    for k, (word, start, end) in enumerate(tokens[:-1]):
        if not text[start].isupper() or not (word in _GIVEN_NAMES or any(f in _GIVEN_NAMES for f in _forms(word))):
            continue
        if _hyphen_joined(text, start, end):
            continue
        name = [k]
        for j in (k + 1, k + 2):
            if j >= len(tokens):
                break
            nxt, s, _ = tokens[j]
            follow = tokens[j + 1][0] if j + 1 < len(tokens) else ""
            if not text[s].isupper() or nxt in ADMIN_WORDS or nxt in _DISTRICT_WORDS:
                break
            if follow in ADMIN_WORDS or follow in _DISTRICT_WORDS or follow in _DIRECTION_WORDS:
                break
            if text[tokens[j - 1][2] : s].strip(
                " []()"
            ):  # punctuation between: "Иван, Харьков" ("[Vladimir] Zelensky")
                break
            name.append(j)
        if len(name) > 1:
            out.update(name)
    return out


_SEA_STEMS = ("черн", "чорн", "азовск", "азовськ", "балтийск", "балтійськ", "каспийск", "каспійськ", "средиземн")
_OBLIQUE = ("ом", "ого", "ому", "ым", "ім", "ому", "ого", "им")


def _sea_adjective(word: str, before: list[tuple[str, int, int]]) -> bool:
    """Whether a word, last of the text, is the adjective of a sea in an oblique case ("в Черном", "у Чорному",
    "Азовского" — the sea word cut off by whoever asks), not a village's name (Чёрное) after a settlement word."""
    if not word.startswith(_SEA_STEMS) or not word.endswith(_OBLIQUE):
        return False
    stem = next(s for s in _SEA_STEMS if word.startswith(s))
    if len(word) - len(stem) > 4:
        return False  # Черноморском, Черниговского
    return not any(w in _SETTLEMENT_WORDS for w, _, _ in before[-2:])


_SETTLEMENT_WORDS = frozenset(
    [
        "село", "села", "селе", "селі", "селом", "поселок", "поселка", "поселке", "поселку", "посёлок", "селище",
        "селища", "селищі", "хутор", "хутора", "хуторе", "хуторі", "станица", "станицы", "станице", "станиці",
        "станицю", "станицу", "деревня", "деревне", "деревни", "пгт", "смт", "город", "городе", "місто", "місті",
    ]
)  # fmt: skip


_COMPASS = ("південно", "північно", "західно", "східно", "южно", "северо", "западно", "восточно", "south", "north",
            "west", "east", "southern", "northern", "western", "eastern")  # fmt: skip


def _compass_adjective(words: list[str]) -> str | None:
    """The adjective of a compass-prefixed direction: ``["южно", "донецком"]`` or ``["південнодонецькому"]`` →
    ``донецком``/``донецькому``; ``None`` for anything else."""
    if len(words) == 2 and words[0] in _COMPASS:
        return words[1]
    if len(words) == 1 and not words[0].isascii():
        for prefix in _COMPASS:
            if words[0].startswith(prefix) and len(words[0]) - len(prefix) >= 5:
                return words[0][len(prefix) :]
    return None


def _hyphen_joined(text: str, start: int, end: int) -> bool:
    """Whether the span ``text[start:end]`` is only part of a hyphenated word."""
    return (end + 1 < len(text) and text[end] == "-" and text[end + 1].isalpha()) or (
        start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha()
    )


def _not_an_adjective_of_a_name(
    hit: tuple[tuple[IndexEntry, ...], bool], word: str, text: str, next_start: int
) -> tuple[tuple[IndexEntry, ...], bool] | None:
    """An adjective followed by a capitalised word is part of another name ("Іванівська Лисиця"), not the region
    whose adjective it also is: drop the admin1 readings."""
    nxt = text[next_start : next_start + 2]
    if not (len(nxt) == 2 and nxt[0].isupper() and nxt[1].islower()) or _ADJECTIVE.match(word) is None:
        return hit
    entries = tuple(e for e in hit[0] if e.kind != "admin1")
    return (entries, hit[1]) if entries else None


def _port_of_town(
    gaz: Gazetteer, word: str, hit: tuple[tuple[IndexEntry, ...], bool] | None
) -> tuple[tuple[IndexEntry, ...], bool] | None:
    """A port named by its town's adjectival name agrees with the masculine "порт" ("порт Південний", "порт Южный"
    of the town Південне/Южное): the town of the neuter form is a candidate too, beside any place of the
    masculine form itself (a town of the neuter form, not a village), and the region the report names or the
    population chooses."""
    match = MASCULINE_NAME.search(word)
    if match is None:
        return hit
    stem = word[: match.start()]
    entries = dict.fromkeys(hit[0] if hit else ())
    for ending in _NEUTER_OF[match.group()]:
        # (a town, not a village whose name is a plain adjective: "порт Великий" is no port of Velyke)
        entries.update(
            dict.fromkeys(
                e
                for e in gaz.index.get(stem + ending, ())
                if e.kind == "settlement" and int(gaz.population[e.ref]) >= _TOWN
            )
        )
    if not entries:
        # no town of the neuter form: the masculine reading of the bare adjective ("порт Таманський" → Taman,
        # "порт Высоцкий" → Vysotsk)
        # (not a river's: "порт Дунайский" is no village Dunay)
        return hit if hit is not None or RIVER_ADJECTIVE.match(word) else _probe_adjective(gaz, word)
    return tuple(entries), hit[1] if hit else True


# the town's last consonant merged into the adjective's suffix, by the suffix (к/ц before -цьк-: Бездрик/бездрицький,
# Сосниця/сосницький; г/ж before -зьк-: Луг/лузький; х/ш before -ськ-: Губиниха/губиниський)
_MERGED = {"цьк": ("к", "ця", "ка"), "зьк": ("г", "га", "ж"), "ськ": ("х", "ха", "ш")}


@lru_cache(maxsize=65_536)
def _adjective_stems(word: str) -> tuple[tuple[str, ...], ...]:
    """The names an adjective of a place may come from, in tiers (a later tier only if no town is found in an
    earlier one): купянском → купянск; харьковском → харьков; сумський → суми; коломенском → коломна (fleeting
    vowel); карачівському → карачев (Ukrainian і); кураховском → курахово; новопавлівському → новопавлівка;
    добропільському → добропілля; запорізькому → запоріжжя; суджанском → суджа; then бездрицький → бездрик (the
    consonant merged), ірпінський → ірпінь (the soft sign lost), межівський → межова (о/е turned і in a feminine
    name); then кавказском → кавказская; last измаильском → измаил."""
    match = _ADJECTIVE.match(word)
    if match is None:
        return ()
    stem, sk = match.group("stem"), match.group("sk")
    rev = _uk_reverse(stem)
    guesses = [stem, stem + sk, stem + "ы", stem + "и", stem + "а", stem + "я"]
    # towns in -о/-е, -ка, -ье/-я: Курахово/Курахове, Новопавловка/Новопавлівка, Доброполье/Добропілля, Запоріжжя
    # Суджа/суджанский, Ялта/ялтинский, Гуляйполе/гуляйпольский
    for base in (stem, *rev):
        guesses.extend(base + e for e in ("о", "е", "ка", "ье"))
        if base.endswith("ь"):
            guesses.append(base[:-1] + "е")
    if stem.endswith("ль"):
        guesses.append(stem[:-1] + "ля")
    if len(stem) >= 5 and stem[-2:] in {"ан", "ин", "ян"}:
        guesses.append(stem[:-2] + "а")
        guesses.extend(stem[:-2] + e for e in ("и", "ы"))  # Лиски/лискинский
    if len(stem) >= 5 and stem[-2:] in {"ов", "ев", "ів"}:
        guesses.append(stem[:-2] + "и")  # Пологи/пологовский
    if sk == "зьк":
        guesses.append(stem + "жжя")
    if sk in ("цьк", "цк"):
        guesses.extend([stem + "ць", stem + "ц"])  # Марганець/марганецький, Марганец/марганецкий
    if sk == "ськ":
        guesses.extend(stem + "с" + e for e in ("а", "и"))  # Одеса/одеський, Черкаси/черкаський: the с merged
    if len(stem) >= 4 and stem[-2] in "еоі" and stem[-1] in _CONSONANTS and stem[-3] in _CONSONANTS:
        guesses.extend([stem[:-2] + stem[-1] + "а", stem[:-2] + stem[-1] + "о", stem[:-2] + stem[-1]])
    guesses.extend(rev)
    guesses.extend(_uk_alternations(stem))
    # only if no town is found so far: the town's last consonant merged into the suffix (_MERGED), the soft sign it
    # lost (Ірпінь/ірпінський), or о/е in a feminine name turned і (Межова/межівський)
    alternated = [stem + e for e in _MERGED.get(sk, ())] + [base + "а" for base in rev]
    if stem[-1] in "нр":
        alternated.append(stem + "ь")
    # only if no town has the stem's name: a place named by the adjective itself (Кавказский район → Кавказская)
    adjectival = [stem + sk + e for e in ("ая", "ое", "а", "е", "ий", "ый")]
    # last, a town in -л whose adjective softens it (Измаил/измаильский, Ізмаїл/ізмаїльський): not before a name
    # with the soft sign (Сокаль) or the adjective's own (Уральский)
    softened = [stem[:-1]] if stem.endswith("ль") else []
    return tuple(dict.fromkeys(guesses)), tuple(alternated), tuple(adjectival), tuple(softened)


_EN_ADJECTIVE = re.compile(r"^(?P<stem>[a-z'’-]{3,}?)(?:sk|ck|tsk)(?:iy|yi|yy|ii|ij|y|i|oy|oi|aya|a|oye|oe|e)$")


def _probe_english_adjective(gaz: Gazetteer, word: str) -> tuple[tuple[IndexEntry, ...], bool] | None:
    """A district named in English by its centre's adjective: Suzemsky → Suzemka, Sevsky → Sevsk, Liskinsky → Liski
    (the Latin spellings of the town the adjective may come from); a town whose own name is adjectival first
    ("Kamianske district" is Kamianske's, not Kamianka's); a town linked by -iv-/-ov-/-ev- last (Samarivsky → Samar,
    as :func:`_linked_town` reads "Самарівський")."""
    match = _EN_ADJECTIVE.match(word)
    if match is None:
        return None
    stem = match.group("stem")
    guesses = [stem + e for e in ("", "sk", "ka", "a", "o", "e", "i", "y", "ovka", "yevka")]
    if len(stem) >= 5 and stem[-2:] in {"in", "yn", "an"}:
        guesses.extend(stem[:-2] + e for e in ("i", "y", "a"))
    linked = [stem[:-2]] if len(stem) >= 6 and stem[-2:] in {"iv", "ov", "ev"} else []
    index = _latin_index()
    # a masculine ending agrees with the district ("Kirovsky district" is not the village Kirovskiy): the town's own
    # adjectival name only where the ending is not one ("Kamianske", "Krasnaya")
    own_name = [] if word.endswith(("y", "i", "j")) else [word]
    for tier in (own_name, guesses, linked):
        keys = {_latin(g) for g in tier}
        refs = dict.fromkeys(r for k in keys for r in index.get(k, ()))
        own = {r: None for r in refs if _latin(gaz.names[r]) in keys}  # by its own name, not an odd alternate
        refs = own if own or tier is not guesses else refs
        if refs:
            return tuple(IndexEntry("settlement", r, True) for r in refs), False
    return None


def _linked_town(gaz: Gazetteer, word: str) -> list[IndexEntry]:
    """A town whose adjective links its name with -ов-/-ев-/-ів- (Самаровский, Самарівський район → Самар, not the
    Samara whose adjective is самарский): the town whose own name is the stem, if any."""
    match = _ADJECTIVE.match(word)
    if match is None:
        return []
    stem = match.group("stem")
    if len(stem) < 6 or stem[-2:] not in {"ов", "ев", "ів"}:
        return []
    base = stem[:-2]
    return [e for e in gaz.index.get(base, ()) if e.kind == "settlement" and _latin(gaz.names[e.ref]) == _latin(base)]


def _probe_adjective(gaz: Gazetteer, word: str) -> tuple[tuple[IndexEntry, ...], bool] | None:
    """A district or a front direction named after a town: Кавказский район → Кавказская, Сумський район → Суми,
    Купянское направление → Купянск, Самаровский район → Самар."""
    entries: dict[int, IndexEntry] = {e.ref: e for e in _linked_town(gaz, word)}
    for k, tier in enumerate(_adjective_stems(word)):
        if k and entries:
            break
        for guess in tier:
            for entry in gaz.index.get(guess, ()):
                if entry.kind == "settlement":
                    entries.setdefault(entry.ref, entry)
    if not entries:
        return None
    return tuple(entries.values()), False


@lru_cache(maxsize=4)
def _refs_by_geonameid(gaz: Gazetteer) -> dict[int, int]:
    return {int(gid): ref for ref, gid in enumerate(gaz.ids)}


def spelt_alike(geonameid: int | None, word: str) -> bool:
    """Whether a gazetteer settlement has a name (its own or one of its alternates) that starts as ``word`` does, its
    first four letters, normalised (a word of three letters whole; under three, none): "Алешки" (or "Алёшках") is a
    name of Oleshky although the Latin name starts with another letter; "Військові" has no name of Biysk (Бийск). Only
    a name that sounds like the place's (its index entry is primary), not a former one: not "Gorky" of Nizhny Novgorod
    ("Gorky Park"), nor "Олександрівка" of Donetsk (a village Олександрівку named beside it). ``False`` for a geonameid
    the gazetteer lacks."""
    head = normalize(word.strip())[:4]
    return geonameid is not None and len(head) >= 3 and _spelt_alike(int(geonameid), head)


@lru_cache(maxsize=4096)
def _spelt_alike(geonameid: int, head: str) -> bool:
    """:func:`spelt_alike` by the normalised head of the word (most calls repeat a place and a word)."""
    gaz = gazetteer()
    ref = _refs_by_geonameid(gaz).get(geonameid)
    if ref is None:
        return False
    return any(
        entry.ref == ref and entry.kind == "settlement" and entry.primary
        for name in (gaz.names[ref], *gaz.alternates[ref])
        if normalize(name).startswith(head)
        for entry in gaz.index.get(" ".join(w for w, _, _ in tokenize(name)), ())
    )


def _probe_district_table(gaz: Gazetteer, word: str) -> tuple[tuple[IndexEntry, ...], bool] | None:
    """A raion or okrug of the war's regions by the bundled table of their centres, before the adjective is read as
    a town: "Беловского района" is Belaya's (Kursk), not Belovo's (Kemerovo); "Ракитянского" Rakitnoye's, not
    Rokyta's (Poltava Oblast)."""
    if _ADJECTIVE.match(word) is None and _EN_ADJECTIVE.match(word) is None:
        return None  # "the Brovary district": the town's own name, read as the town
    refs = _refs_by_geonameid(gaz)
    entries = tuple(IndexEntry("settlement", refs[g], True) for g in district_centres(word) if g in refs)
    return (entries, False) if entries else None


class _Aside(IndexEntry):
    """A town named by a district's adjective that the district table gives another centre (Павловский район →
    Pavlovo beside the table's Pavlovsk and Pavlovskaya): a candidate the regions a report names can choose, ranked
    as a secondary name below the table's, and never naming the region for the context."""


def _beside_the_table(
    table: tuple[tuple[IndexEntry, ...], bool], towns: tuple[tuple[IndexEntry, ...], bool]
) -> tuple[tuple[IndexEntry, ...], bool]:
    """The table's centres first, then the adjective's other towns set aside (:class:`_Aside`)."""
    refs = {e.ref for e in table[0]}
    return table[0] + tuple(_Aside(e.kind, e.ref, False) for e in towns[0] if e.ref not in refs), table[1]


def _probe_border(gaz: Gazetteer, word: str) -> tuple[tuple[IndexEntry, ...], bool] | None:
    """The border area of a region: курском приграничье → Kursk Oblast (by the region's adjective, else by the
    region of the town the adjective comes from)."""
    match = _ADJECTIVE.match(word)
    if match is None:
        return _region_of_name(gaz, word) if word.isascii() else None
    stem, sk = match.group("stem"), match.group("sk")
    refs: dict[int, None] = {}
    for guess in (stem + sk + "ая", stem + sk + "а"):
        for entry in gaz.index.get(guess, ()):
            if entry.kind == "admin1":
                refs[entry.ref] = None
    if not refs:
        towns = _probe_adjective(gaz, word)
        if towns is not None:
            town = max(towns[0], key=lambda e: int(gaz.population[e.ref]))
            if gaz.place_admin1[town.ref] >= 0:
                refs[gaz.place_admin1[town.ref]] = None
    if not refs:
        return None
    return tuple(IndexEntry("admin1", r, True) for r in refs), False


def _region_of_name(gaz: Gazetteer, word: str) -> tuple[tuple[IndexEntry, ...], bool] | None:
    """An English name read as a region: the region of that name, else the region of the biggest town of that name
    ("South Donetsk direction" → Donetsk Oblast)."""
    entries = gaz.index.get(word, ())
    refs = {e.ref: None for e in entries if e.kind == "admin1"}
    towns = [e for e in entries if e.kind == "settlement"]
    if not refs and towns:
        town = max(towns, key=lambda e: (e.primary, int(gaz.population[e.ref])))
        if gaz.place_admin1[town.ref] >= 0:
            refs[gaz.place_admin1[town.ref]] = None
    if not refs:
        return None
    return tuple(IndexEntry("admin1", r, True) for r in refs), False


def _probe(gaz: Gazetteer, words: list[str]) -> tuple[tuple[IndexEntry, ...], bool] | None:
    """The index entries the words name: as written, else by their nominatives. A Ukrainian spelling of a Russian
    town the gazetteer has only in Russian ("Ліски", "у Лісках", "в Сизрані") is also read in the Russian spelling
    (places in Russia only) when it is one word with a letter only Ukrainian has; beside a place it names as written
    (Ліски is also a village of Odesa Oblast) that reading ranks a step lower, so that only a much bigger town
    wins (Liski, 56,000)."""
    exact = gaz.index.get(" ".join(words))
    ukrainian = len(words) == 1 and any(ch in _UK_LETTERS for ch in words[0])
    if exact and not ukrainian:
        return tuple(exact), True
    found: dict[IndexEntry, None] = dict.fromkeys(exact or ())
    if not found:
        found = dict.fromkeys(_probe_forms(gaz, words, _forms))
    if ukrainian:
        direct = {(e.kind, e.ref) for e in found}
        for e in _probe_forms(gaz, words, _russian_spellings if exact else _russian_forms):
            if (e.kind, e.ref) not in direct and _in_russia(gaz, e):
                found[_Respelt(e.kind, e.ref, e.primary) if direct else e] = None
    if not found:
        return None
    return tuple(found), bool(exact)


def _in_russia(gaz: Gazetteer, entry: IndexEntry) -> bool:
    """Whether a settlement or admin1 entry lies in Russia (the gazetteer names Ukraine's places in Ukrainian, so a
    Russian respelling is only looked for there)."""
    if entry.kind == "settlement":
        return bool(gaz.country[entry.ref] == "RUS")
    return entry.kind == "admin1" and gaz.admin1[entry.ref].country == "RUS"


@dataclass(frozen=True, slots=True)
class _Respelt(IndexEntry):
    """An entry read by the Russian respelling of a word that also names a place as written (Ліски: Liski beside
    the village Lisky): ranked as a reading one step less sure (a tenth off its name quality)."""


def _probe_forms(gaz: Gazetteer, words: list[str], forms: Callable[[str], tuple[str, ...]]) -> list[IndexEntry]:
    """The index entries that the words name with each word in one of its ``forms`` (the first words as well as
    the last, kept while they begin a name), or ``[]``."""
    partial = [""]
    for word in words[:-1]:
        options = dict.fromkeys((word, *forms(word)))
        partial = [f"{p} {f}".lstrip() for p in partial for f in options if f"{p} {f}".lstrip() in gaz.prefixes]
        if not partial:
            return []
        partial = partial[:_MAX_COMBOS]
    entries: dict[tuple[str, int], IndexEntry] = {}
    for p in partial:
        for form in forms(words[-1]):
            bucket = gaz.index.get(f"{p} {form}".lstrip())
            if bucket:
                for entry in bucket:
                    entries.setdefault((entry.kind, entry.ref), entry)
    return list(entries.values())


# -- ranking ----------------------------------------------------------------------------------------------------


def _settlement_radius(population: int) -> float:
    """From about 2 km for a village to about 20 km for a city of millions."""
    radius: float = 0.5 * math.pow(max(population, 1), 0.25)
    return round(min(25.0, max(2.0, radius)), 1)


_OCCUPIED = frozenset({"Donetsk Oblast", "Luhansk Oblast", "Zaporizhzhia Oblast", "Kherson Oblast"})
"""Regions where Russia's administration uses the Soviet names of towns that Ukraine renamed in 2016 (Артёмовск for
Bakhmut, Красноармейск for Pokrovsk, Стаханов for Kadiivka), so that those names are in current use in Russian
reports. Not Crimea, whose places keep the pre-1944 Crimean Tatar names as alternates ("Kitaj")."""


@lru_cache(maxsize=4)
def _occupied_refs(gaz: Gazetteer) -> frozenset[int]:
    return frozenset(i for i, unit in enumerate(gaz.admin1) if unit.name in _OCCUPIED)


def _renamed_in_use(gaz: Gazetteer, entry: IndexEntry) -> bool:
    """Whether a settlement's other name is a former name still in official use (a town of the occupied regions):
    it then counts as a name of the place, not as an odd alternate."""
    return entry.kind == "settlement" and gaz.place_admin1[entry.ref] in _occupied_refs(gaz)


_CONFLICT_PRIOR = 0.03
"""Score added to a place in Ukraine or in a Russian region on the border with Ukraine when nothing in the text or
its context names a region: between namesakes of like size, the one in the area the reports are about (a factor
of about five in population)."""
_BORDER_REGIONS = frozenset({"Bryansk Oblast", "Kursk Oblast", "Belgorod Oblast", "Voronezh Oblast", "Rostov Oblast"})
"""The Russian regions with a land border with mainland Ukraine (checked against the boundaries in the tests)."""


@lru_cache(maxsize=4)
def _conflict_refs(gaz: Gazetteer) -> frozenset[int]:
    return frozenset(i for i, unit in enumerate(gaz.admin1) if unit.country == "UKR" or unit.name in _BORDER_REGIONS)


_NAMESAKE_CENTRE = 50_000
"""Population from which a place named like its own region is taken for the region's centre (Kharkiv, Kursk)."""


def _big_namesake(gaz: Gazetteer, ref: int, mentions: Sequence[Mention], named: list[set[int]], k: int) -> bool:
    """Whether settlement ``ref`` of mention ``k`` is supported by a region that another mention names, or is a
    city big enough to be the centre of the same-named region its own mention also reads (and does not call a
    region: "Krasnodar territory" is the krai)."""
    region = gaz.place_admin1[ref]
    if any(region in r for j, r in enumerate(named) if j != k):
        return True
    return int(gaz.population[ref]) >= _NAMESAKE_CENTRE and not mentions[k].admin_word


def _candidates(
    gaz: Gazetteer,
    mentions: Sequence[Mention],
    context_admin1: set[int],
    context_country: set[str],
    front: bool = False,
) -> list[Candidate]:
    named = [{e.ref for e in m.entries if e.kind == "admin1" and (m.admin_word or m.exact)} for m in mentions]
    text_admin1 = set().union(*named)
    # a name that is both a region and a small place in it ("Кубань": the krai, not the village Kuban') is the
    # region: its own region reading supports (and is outranked by) only a city, the region's namesake centre

    def supported(ref: int, k: int, among: set[int]) -> bool:
        """Whether settlement ``ref`` of mention ``k`` lies in one of the regions ``among``: by a region another
        mention names, or its own mention's region when it is that region's big namesake centre."""
        admin1 = gaz.place_admin1[ref]
        return admin1 in among and (admin1 not in named[k] or _big_namesake(gaz, ref, mentions, named, k))

    settlement_in_named_admin1 = any(
        e.kind == "settlement" and supported(e.ref, k, text_admin1) for k, m in enumerate(mentions) for e in m.entries
    )
    regions = context_admin1 | text_admin1
    codes = country_codes()
    best: dict[tuple[str, int], Candidate] = {}
    for k, mention in enumerate(mentions):
        biggest = max((int(gaz.population[e.ref]) for e in mention.entries if e.kind == "settlement"), default=-1)
        quality = 1.0 if mention.exact else 0.9
        for entry in mention.entries:
            q = quality * (1.0 if entry.primary or _renamed_in_use(gaz, entry) else 0.8)
            if isinstance(entry, _Respelt):
                q *= 0.9
            if entry.kind == "settlement":
                pop = int(gaz.population[entry.ref])
                ref_admin1 = gaz.place_admin1[entry.ref]
                score = 0.5 * q + 0.3 * math.log10(pop + 1) / 7.0
                if supported(entry.ref, k, regions):
                    score += 0.35
                elif context_admin1:
                    score -= _OUTSIDE_CONTEXT  # the context names a region and this place is not in it
                elif not regions and ref_admin1 in _conflict_refs(gaz):
                    score += _CONFLICT_PRIOR  # no region named: of two namesakes, the one where strikes fall
                if front and gaz.country[entry.ref] == "UKR":
                    score += _FRONT_BONUS  # Артёмовск on the front is Bakhmut, not the town in Krasnoyarsk Krai
                if gaz.country[entry.ref] in context_country:
                    score += 0.05
                if mention.admin_word:
                    score -= 0.1
                unit = gaz.admin1[ref_admin1] if ref_admin1 >= 0 else None
                cand = Candidate(
                    name=gaz.names[entry.ref],
                    lat=float(gaz.lat[entry.ref]),
                    lon=float(gaz.lon[entry.ref]),
                    radius_km=(
                        _DISTRICT_RADIUS_KM if mention.district or mention.direction else _settlement_radius(pop)
                    ),
                    admin1=unit.name if unit else None,
                    country=gaz.country[entry.ref],
                    score=score,
                    kind="district" if mention.district else "settlement",
                    geonameid=int(gaz.ids[entry.ref]),
                    matched=mention.text,
                    start=mention.start,
                    end=mention.end,
                )
            elif entry.kind == "admin1":
                unit = gaz.admin1[entry.ref]
                score = 0.5 * q + 0.25
                if mention.admin_word:
                    score += 0.35
                elif biggest >= _NAMESAKE_CENTRE:
                    score -= 0.15  # "Kharkiv", "Курск": the city, unless an admin word says otherwise
                elif biggest >= 0:
                    score += 0.1  # "в Крыму": the peninsula, not the village of Krym
                if settlement_in_named_admin1:
                    score -= 0.3
                if context_admin1 and entry.ref not in context_admin1:
                    score -= _OUTSIDE_CONTEXT
                if unit.country in context_country:
                    score += 0.05
                cand = Candidate(
                    name=unit.name,
                    lat=unit.lat,
                    lon=unit.lon,
                    radius_km=unit.radius_km,
                    admin1=unit.name,
                    country=unit.country,
                    score=score,
                    kind="admin1",
                    matched=mention.text,
                    start=mention.start,
                    end=mention.end,
                )
            else:
                code = codes[entry.ref]
                lat, lon, radius = COUNTRIES[code]
                score = 0.5 * q + 0.1 - (0.3 if len(mentions) > 1 else 0.0)
                cand = Candidate(
                    name=code,
                    lat=lat,
                    lon=lon,
                    radius_km=radius,
                    admin1=None,
                    country=code,
                    score=score,
                    kind="country",
                    matched=mention.text,
                    start=mention.start,
                    end=mention.end,
                )
            key = (entry.kind, entry.ref)
            if key not in best or best[key].score < cand.score:
                best[key] = cand
    return list(best.values())


_PLACED_BY_NEXT = re.compile(r"\s*[\w'’ʼ-]+\s+(?:of\s+(?:the\s+)?)?", re.I)
"""The unit word between a district and the place named right after it ("Каширском районе Московской области",
"районе Донецка", "the Pavlovsky district of the Nizhny Novgorod region"): that place, not the table's centre of a
district of that name, says where it is."""


def _context(gaz: Gazetteer, context: str | None) -> tuple[set[int], set[str]]:
    if not context:
        return set(), set()
    admin1, countries = _context_support(gaz, context)
    return {ref for ref, _ in admin1}, countries


def _context_support(
    gaz: Gazetteer, context: str, *, namesakes: bool = False
) -> tuple[set[tuple[int, frozenset[int]]], set[str]]:
    """The regions a text names (admin1 indexes), and the countries it names; with ``namesakes`` (a whole report's
    reading, :func:`_document_support`), each region with the geonameids of the towns whose district named it (none
    for a region named as such, and none without ``namesakes``)."""
    admin1: set[tuple[int, frozenset[int]]] = set()
    countries: set[str] = set()
    codes = country_codes()
    tokens = {start: word for word, start, _ in tokenize(context)}
    found = find_mentions(context, index=gaz)
    for k, mention in enumerate(found):
        kinds = {e.kind for e in mention.entries}
        for entry in mention.entries:
            if entry.kind == "admin1" and (mention.admin_word or "settlement" not in kinds):
                admin1.add((entry.ref, frozenset()))
            elif entry.kind == "country":
                countries.add(codes[entry.ref])
        after = next((w for s, w in tokens.items() if s > mention.end), "")
        towns = [e for e in mention.entries if e.kind == "settlement" and not isinstance(e, _Aside)]
        placed = k + 1 < len(found) and _PLACED_BY_NEXT.fullmatch(context, mention.end, found[k + 1].start) is not None
        if (mention.district or after in _DISTRICT_WORDS) and towns and not (mention.district and placed):
            # "Sevsk district", "Карачевский район": the district lies in its centre's region; not a district of
            # that name in each of two regions ("Октябрьский район", Kursk and Rostov), which names neither
            centre = max(towns, key=lambda e: (e.primary, int(gaz.population[e.ref])))
            regions = {gaz.place_admin1[e.ref] for e in towns}
            if gaz.place_admin1[centre.ref] >= 0 and not (mention.district and len(regions) > 1):
                # (its namesakes aside too: the district names its centre's region, but not for them)
                every = [e for e in mention.entries if e.kind == "settlement"]
                admin1.add((gaz.place_admin1[centre.ref], _namesake_ids(gaz, every) if namesakes else frozenset()))
    return admin1, countries


# -- fuzzy fallback ---------------------------------------------------------------------------------------------


_latin = lru_cache(maxsize=200_000)(latin_key)
_FUZZY_LATIN = 80.0
_FUZZY_CYRILLIC = 88.0
"""A Cyrillic name is compared by its nominatives, so it must come closer (Работино is not Риботин)."""
_FUZZY_LATIN_LENGTH = 6
"""A Latin word this short is read only by a spelling the gazetteer holds: one letter off, an English word of five
letters is some village (Board ~ Barda, Sept ~ Shepit)."""
_FUZZY_LATIN_ONE_EDIT_BELOW = 8
"""A length, not a distance: a Latin word shorter than this many letters is read as a misspelling only one edit away
(optimal string alignment: a swap of two letters counts one, "Kharkvi" is Kharkiv, though the ratio cut-off above
must pass it first: "Bryanks" is nothing); from this length on, the ratio alone decides ("Gulyaypil")."""


def _skeleton(latin: str) -> str:
    return latin[:1] + "".join(ch for ch in latin[1:] if ch not in "aeiou")


@lru_cache(maxsize=1)
def _fuzzy_index() -> tuple[dict[str, list[int]], list[str], list[int], list[tuple[str, ...]]]:
    gaz = gazetteer()
    skeletons: dict[str, list[int]] = {}
    choices: list[str] = []
    refs: list[int] = []
    variants: list[tuple[str, ...]] = []
    for i, name in enumerate(gaz.names):
        latin = tuple(sorted({latin_key(n) for n in (name, *gaz.alternates[i])}))
        variants.append(latin)
        for variant in latin:
            if len(variant) >= 4:
                skeletons.setdefault(_skeleton(variant), []).append(i)
                if gaz.population[i] >= 5000:
                    choices.append(variant)
                    refs.append(i)
    return skeletons, choices, refs, variants


@lru_cache(maxsize=1)
def _latin_index() -> dict[str, tuple[int, ...]]:
    """Every Latin key of every place name → the places."""
    index: dict[str, list[int]] = {}
    for i, keys in enumerate(_fuzzy_index()[3]):
        for key in keys:
            index.setdefault(key, []).append(i)
    return {key: tuple(refs) for key, refs in index.items()}


def _fuzzy(gaz: Gazetteer, text: str) -> list[Mention]:
    """Names the index does not hold in the form written: transliteration variants and misspellings (Latin), and
    inflected forms of names the gazetteer only has in another language ("у Новоросійську": only the Russian
    Новороссийск is indexed). A Cyrillic name is compared by each of its candidate nominatives; the place wins whose
    own name (not an odd alternate of another place) sounds like it. A Latin word is read as a misspelling only from six
    letters on (shorter, an English word is one letter from some village)."""
    cleaned = _POSSESSIVE.sub("  ", text)
    tokens = tokenize(cleaned)
    person = _person_tokens(cleaned, tokens)
    words = [
        (w, s, e) for k, (w, s, e) in enumerate(tokens) if w not in _STOP and w not in ADMIN_WORDS and k not in person
    ]
    if not words or len(words) > 3 or _sea_adjective(words[-1][0], tokens[:-1]):
        return []
    head = " ".join(w for w, _, _ in words[:-1])
    cyrillic = any("\u0400" <= ch <= "\u04ff" for w, _, _ in words for ch in w)
    forms = _forms(words[-1][0]) if cyrillic else (words[-1][0],)
    queries = [q for q in dict.fromkeys(_latin(f"{head} {f}") for f in forms) if len(q) >= 4]
    if not queries:
        return []
    skeletons, choices, refs, variants = _fuzzy_index()
    start, end = words[0][1], words[-1][2]
    cutoff = _FUZZY_CYRILLIC if cyrillic else _FUZZY_LATIN
    best: dict[int, tuple[float, str]] = {}
    short_latin = not cyrillic and len(queries[0]) < _FUZZY_LATIN_LENGTH  # read only by a spelling the index holds
    if cyrillic or short_latin:  # a nominative that spells like a name: no need to measure how alike the others are
        exact = _latin_index()
        best = {i: (100.0, q) for q in queries for i in exact.get(q, ())}
    for query in queries if not best and not short_latin else ():
        for i in skeletons.get(_skeleton(query), []):
            for v in variants[i]:
                ratio = fuzz.ratio(query, v)
                if ratio >= cutoff and ratio > best.get(i, (0.0, ""))[0]:
                    best[i] = (ratio, v)
    if not best and not cyrillic and len(queries[0]) >= _FUZZY_LATIN_LENGTH:
        # misspelt transliterations: Kharkow, Zaporozhie
        match = process.extractOne(queries[0], choices, scorer=fuzz.ratio, score_cutoff=86)
        if match is not None:
            best[refs[match[2]]] = (float(match[1]), match[0])
    if not cyrillic and len(queries[0]) < _FUZZY_LATIN_ONE_EDIT_BELOW:
        # a word of six or seven letters misspelt is one letter off (or two swapped): "Kharkow", "Odesaa", "Kharkvi";
        # two letters off it is another word, "Syrian" is no Sharan ("Siaran"), the "Kremniy" plant no Kreminna
        # ("Kremenoi") (a Latin word has one query, so a ratio of 100 is its own spelling, distance 0: no bypass)
        best = {i: (r, v) for i, (r, v) in best.items() if OSA.distance(queries[0], v) <= 1}
    if not best:
        return []
    top = max(r for r, _ in best.values())
    entries = tuple(
        IndexEntry("settlement", i, fuzz.ratio(v, latin_key(gaz.names[i])) >= 60)
        for i, (r, v) in sorted(best.items())
        if r >= top - 10
    )
    if any(w in ADMIN_WORDS for w, _, _ in tokens):
        # a misspelt region ("Zaporizhhia region") read as its namesake centre: the region of that name instead
        regions = {
            gaz.place_admin1[e.ref]
            for e in entries
            if gaz.place_admin1[e.ref] >= 0 and names_region(gaz.names[e.ref], gaz.admin1[gaz.place_admin1[e.ref]].name)
        }
        if regions:
            units = tuple(IndexEntry("admin1", r, True) for r in sorted(regions))
            return [Mention(start, end, text[start:end], units, False, True)]
    return [Mention(start, end, text[start:end], entries, False, False)]


def _spelt_in_region(gaz: Gazetteer, text: str, mentions: Sequence[Mention], regions: set[int]) -> list[Mention]:
    """When the context names a region and no place the text names lies in it, the places of that region whose
    name is another spelling of the text's ("Vasilyevka" with "Zaporizhzhia region" is Vasylivka there, not the
    Vasilyevka of Crimea): the fuzzy readings, kept only inside the context's regions."""
    if any(e.kind == "settlement" and gaz.place_admin1[e.ref] in regions for m in mentions for e in m.entries):
        return []
    out = []
    for mention in _fuzzy(gaz, text):
        entries = tuple(e for e in mention.entries if gaz.place_admin1[e.ref] in regions)
        if entries:
            out.append(Mention(mention.start, mention.end, mention.text, entries, False, False))
    return out


# -- public -----------------------------------------------------------------------------------------------------


def facility_radius(registry: FacilityFinder, facility: Facility) -> float:
    """The curated radius of a facility located only to its town (``registry.note``), else 2 km."""
    note = getattr(registry, "note", None)
    curated = note(facility.id) if callable(note) else None
    radius = getattr(curated, "radius_km", None)
    return max(_FACILITY_RADIUS_KM, float(radius)) if isinstance(radius, int | float) else _FACILITY_RADIUS_KM


def _facility_candidate(facility: Facility, matched: str, score: float, radius_km: float) -> Candidate:
    return Candidate(
        name=facility.name,
        lat=facility.lat,
        lon=facility.lon,
        radius_km=radius_km,
        admin1=facility.admin1,
        country=facility.country,
        score=score,
        kind="facility",
        facility_id=facility.id,
        matched=matched,
    )


_QUOTED = re.compile(r"[«\"“„]([^»\"”“]{2,80})[»\"”“]")


def _find_facilities(registry: FacilityFinder, text: str) -> tuple[list[Facility], str]:
    """The facilities the registry knows by the text, by a quoted name in it, or by the text less its first words."""
    tried = [text.strip()]
    tried.extend(m.group(1).strip() for m in _QUOTED.finditer(text))
    words = text.split()
    while words and words[0].lower().strip(".,") in _STOP:
        words = words[1:]
    tried.append(" ".join(words))
    for name in dict.fromkeys(t for t in tried if t):
        found = registry.find(name)
        if found is None:
            continue
        facilities = [found] if isinstance(found, Facility) else list(found)
        if facilities:
            return facilities, name
    return [], ""


def _facility_score(gaz: Gazetteer, text: str, matched: str) -> float:
    """1 for a facility named as such; below a town's score when the whole text is just a settlement's name
    (the registry may know "Kavkazskaya" as an oil depot, but "Kavkazskaya" alone is the stanitsa)."""
    words = [w for w, _, _ in tokenize(text) if w not in _STOP]
    if _key_words(matched) == words and any(e.kind == "settlement" for e in gaz.index.get(" ".join(words), ())):
        return 0.5
    return 1.0


def _key_words(text: str) -> list[str]:
    return [w for w, _, _ in tokenize(text) if w not in _STOP]


def geocode_many(
    texts: Iterable[str],
    *,
    contexts: Iterable[str | None] | None = None,
    registry: FacilityFinder | None = None,
    limit: int = 5,
    documents: Iterable[str | None] | None = None,
) -> list[list[Candidate]]:
    """:func:`geocode` for many texts (each with its own context and document, or none)."""
    if limit < 1:
        raise ValueError(f"limit must be at least 1, got {limit}")
    gaz = gazetteer()
    text_list = list(texts)
    context_list = list(contexts) if contexts is not None else [None] * len(text_list)
    if len(context_list) != len(text_list):
        raise ValueError("contexts must have one item per text")
    document_list = list(documents) if documents is not None else [None] * len(text_list)
    if len(document_list) != len(text_list):
        raise ValueError("documents must have one item per text")
    return [
        _answer(gaz, text, context, registry, limit, document).candidates
        for text, context, document in zip(text_list, context_list, document_list, strict=True)
    ]


# a Russian region adjective under an oblast's word ("Ставропольской области", shared out of "в Ульяновской,
# Ставропольской и Курской областях"): a krai's when no oblast has that name
_OBLAST_ADJECTIVE = re.compile(r"(?P<stem>[А-ЯЁ][а-яё-]+(?:ск|цк))ой\s+области")


def _answer(
    gaz: Gazetteer, text: str, context: str | None, registry: FacilityFinder | None, limit: int, document: str | None
) -> GeocodeAnswer:
    """The candidates for one text, and whether a document could change them; "X-ской области" that names no oblast
    is asked again as "X-ский край", and only a region (admin1) is taken from that ("Ставропольской области":
    Stavropol Krai; not a street's or a stanitsa's namesake, "Ставропольской улице", "станице Советской")."""
    answer = _answer_text(gaz, text, context, registry, limit, document)
    adjective = _OBLAST_ADJECTIVE.fullmatch(text.strip())
    if adjective is None or any(c.kind == "admin1" for c in answer.candidates):
        return answer
    krai = _answer_text(gaz, f"{adjective.group('stem')}ий край", context, registry, limit, document)
    regions = [c for c in krai.candidates if c.kind == "admin1"]
    return GeocodeAnswer(regions, krai.uses_document) if regions else answer


def _answer_text(
    gaz: Gazetteer, text: str, context: str | None, registry: FacilityFinder | None, limit: int, document: str | None
) -> GeocodeAnswer:
    """The candidates for one text, and whether a document could change them."""
    cands: list[Candidate] = []
    facilities, matched = _find_facilities(registry, text) if registry is not None else ([], "")
    if facilities:
        score = _facility_score(gaz, text, matched)
        assert registry is not None
        cands.extend(
            _facility_candidate(f, matched, score - 0.001 * k, facility_radius(registry, f))
            for k, f in enumerate(facilities)
        )
    mentions, dropped, uses_document = _city_districts(
        gaz, text, _in_named_city(text, find_mentions(text, index=gaz)), document
    )
    if not mentions and not facilities and not dropped:
        mentions = _fuzzy(gaz, text)
    admin1, countries = _context(gaz, context)
    if admin1 and mentions and not facilities:
        mentions.extend(_spelt_in_region(gaz, text, mentions, admin1))
    front = (
        _FRONT.search(text) is not None
        or (context is not None and _FRONT.search(context) is not None)
        or any(m.direction for m in mentions)
    )
    found = _candidates(gaz, mentions, admin1, countries, front)
    namesakes = _namesake_spans(found)
    uses_document = uses_document or bool(namesakes)
    if document:
        found = _namesakes_in(found, document, namesakes)
    ranked = sorted(
        [*cands, *found],
        # a facility named as such (score 1) comes first whatever the towns score
        key=lambda c: (
            -(c.score + (1.0 if c.kind == "facility" and c.score >= 1.0 else 0.0)),
            c.name,
            c.geonameid or 0,
        ),
    )
    return GeocodeAnswer([_rounded(c) if c.kind != "facility" else c for c in ranked[:limit]], uses_document)


def _rounded(cand: Candidate) -> Candidate:
    return Candidate(
        name=cand.name,
        lat=cand.lat,
        lon=cand.lon,
        radius_km=cand.radius_km,
        admin1=cand.admin1,
        country=cand.country,
        score=round(min(0.99, max(0.01, cand.score)), 4),
        kind=cand.kind,
        facility_id=cand.facility_id,
        geonameid=cand.geonameid,
        matched=cand.matched,
        start=cand.start,
        end=cand.end,
    )


def geocode(
    text: str,
    *,
    context: str | None = None,
    registry: FacilityFinder | None = None,
    limit: int = 5,
    document: str | None = None,
) -> list[Candidate]:
    """Candidates for the place that ``text`` names, best first; an empty list when it names none.

    ``text`` is a place mention ("у Харкові", "Kharkiv oblast", "газоизмерительная станция «Суджа»") or a short
    passage; ``context`` is the surrounding text, used only to prefer places in a region it names. ``registry``
    (anything with ``find(name) -> Facility | None``) is asked first: a named facility is the best candidate,
    with a radius of 2 km, or the curated ``radius_km`` where the registry has a ``note`` for it (a facility located
    only to its town). Settlements get a radius from their population (2–25 km); admin1 units the distance
    from their representative point to their farthest edge; a bare country name its whole extent.

    ``document`` is the whole report the name comes from (optional). It never excludes a reading; it only says
    which city a city district belongs to ("в Шевченківському районі" in a report about Kharkiv is Kharkiv) and
    breaks ties between namesakes (Zolochiv of Kharkiv Oblast, not of Lviv Oblast, in a report that names Kharkiv).
    """
    return geocode_answer(text, context=context, registry=registry, limit=limit, document=document).candidates


def geocode_answer(
    text: str,
    *,
    context: str | None = None,
    registry: FacilityFinder | None = None,
    limit: int = 5,
    document: str | None = None,
) -> GeocodeAnswer:
    """:func:`geocode`, saying also whether a document could change its candidates (``uses_document``): when not,
    they hold for the same text and context in any report, and a cache need not key them by the report.

    >>> geocode_answer("в Харькове", document="Удар по Харькову.").uses_document
    False
    """
    if limit < 1:
        raise ValueError(f"limit must be at least 1, got {limit}")
    return _answer(gazetteer(), text, context, registry, limit, document)


def reverse(lat: float, lon: float) -> tuple[str | None, str | None]:
    """The admin1 unit (English name) and country (``UKR``/``RUS``) a point lies in; ``None`` where outside both.

    >>> reverse(50.0, 36.23)
    ('Kharkiv Oblast', 'UKR')
    """
    return gazetteer().reverse(lat, lon)
