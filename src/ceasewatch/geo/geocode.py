"""The geocoder: place names in Ukrainian, Russian and English text → ranked candidates with a point and a radius.

Look-up runs on the gazetteer's name index (a dict from normalised name to entries), built once. Inflected forms
("у Харкові", "в Харькове", "Брянской области", "на Брянщине", "в Суджу") are turned back into candidate
nominatives by suffix rules for Russian and Ukrainian (case endings, adjective endings, the Ukrainian о/е → і and
г/к/х → з/ц/с alternations, fleeting vowels), and every candidate form is a dict probe, so there is no scan over the
gazetteer. Transliteration variants (Kharkov, Charkiw, Dnepr, Nikolaev, Zaporozhye) are GeoNames alternate names;
what is not found that way gets a consonant-skeleton look-up checked with rapidfuzz.

Candidates are ranked by how well the name matched, a population prior, a region named in the text or in
``context`` (``"Суджа"`` with ``"Курская область"``), and admin-unit words next to the name (``"Kharkiv oblast"`` is
the oblast, ``"Kharkiv"`` the city). A named facility that the optional registry knows comes first.

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
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any, Literal, Protocol

from rapidfuzz import fuzz, process

from ceasewatch.geo.gazetteer import (
    ADMIN_WORDS,
    COUNTRIES,
    Gazetteer,
    IndexEntry,
    country_codes,
    gazetteer,
    latin_key,
    tokenize,
)
from ceasewatch.model import Facility, Place

__all__ = [
    "Candidate",
    "CandidateKind",
    "FacilityFinder",
    "Mention",
    "find_mentions",
    "geocode",
    "geocode_many",
    "reverse",
]

CandidateKind = Literal["facility", "settlement", "district", "admin1", "country"]

_MAX_WORDS = 4
_MAX_COMBOS = 64
_FACILITY_RADIUS_KM = 2.0
_DISTRICT_RADIUS_KM = 30.0


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
class Mention:
    """A span of text that names a gazetteer entry, with the index entries it may stand for."""

    start: int
    end: int
    text: str
    entries: tuple[IndexEntry, ...]
    exact: bool
    admin_word: bool
    district: bool = False


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


def _uk_alternations(form: str) -> list[str]:
    """Ukrainian о/е → і and є → ї in a closed final syllable: харков → харків, києв → київ, рог → ріг."""
    i = len(form) - 1
    while i >= 0 and form[i] not in _VOWELS:
        i -= 1
    if i <= 0 or i == len(form) - 1 or form[i] not in _UK_ALTERNATION:
        return []
    return [form[:i] + _UK_ALTERNATION[form[i]] + form[i + 1 :]]


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
    for form in list(out):
        out.extend(_uk_alternations(form))
    out.extend(token + e for e in ("ы", "и"))  # genitive plural with no ending: из Сум, з Черкас
    return tuple(dict.fromkeys(out))


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
_DISTRICT_WORDS = frozenset(["район", "района", "районе", "районі", "районом", "district", "raion"])
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")


def find_mentions(text: str, *, index: Gazetteer | None = None) -> list[Mention]:
    """The spans of ``text`` that name a gazetteer entry, longest first at each position, left to right.

    In running text (not all lower case) a one-word match must start with a capital letter, so that common words
    that are also village names are skipped.
    """
    gaz = index if index is not None else gazetteer()
    cleaned = _POSSESSIVE.sub("  ", text)
    tokens = tokenize(cleaned)
    need_capital = any(ch.isupper() for ch in text) and len(tokens) > 3
    mentions: list[Mention] = []
    i = 0
    n_tokens = len(tokens)
    while i < n_tokens:
        found: Mention | None = None
        for n in range(min(_MAX_WORDS, n_tokens - i), 0, -1):
            window = tokens[i : i + n]
            words = [w for w, _, _ in window]
            if n == 1 and (words[0] in _STOP or words[0] in ADMIN_WORDS):
                continue
            if words[0] in _STOP or words[-1] in _STOP:
                continue
            start, end = window[0][1], window[-1][2]
            if need_capital and not text[start].isupper():
                continue
            after = tokens[i + n][0] if i + n < n_tokens else ""
            if after in _SEA_WORDS:
                continue
            district = n == 1 and after in _DISTRICT_WORDS
            hit = _probe_district(gaz, words[0]) if district else None
            if hit is None:
                hit = _probe(gaz, words)
                district = False
            if hit is not None:
                entries, exact = hit
                before = tokens[i - 1][0] if i > 0 else ""
                admin_word = before in ADMIN_WORDS or after in ADMIN_WORDS or any(w in ADMIN_WORDS for w in words)
                found = Mention(start, end, text[start:end], entries, exact, admin_word, district)
                i += n
                break
        if found is None:
            i += 1
        else:
            mentions.append(found)
    return mentions


def _probe_district(gaz: Gazetteer, word: str) -> tuple[tuple[IndexEntry, ...], bool] | None:
    """A district named after its centre: Кавказский район → Кавказская, Сумський район → Суми."""
    entries: dict[int, IndexEntry] = {}
    for form in _forms(word):
        for suffix in ("ский", "ський", "цкий", "цький"):
            if form.endswith(suffix) and len(form) > len(suffix) + 2:
                base = form[: -len(suffix)]
                for guess in (base, base + "ы", base + "и", base + "ская", base + "ское", base + "ська", base + "ське"):
                    for entry in gaz.index.get(guess, ()):
                        if entry.kind == "settlement":
                            entries.setdefault(entry.ref, IndexEntry("settlement", entry.ref, entry.primary))
    if not entries:
        return None
    return tuple(entries.values()), False


def _probe(gaz: Gazetteer, words: list[str]) -> tuple[tuple[IndexEntry, ...], bool] | None:
    exact = gaz.index.get(" ".join(words))
    if exact:
        return tuple(exact), True
    partial = [""]
    for word in words[:-1]:
        partial = [f"{p} {f}".lstrip() for p in partial for f in _forms(word) if f"{p} {f}".lstrip() in gaz.prefixes]
        if not partial:
            return None
        partial = partial[:_MAX_COMBOS]
    entries: dict[tuple[str, int], IndexEntry] = {}
    for p in partial:
        for form in _forms(words[-1]):
            bucket = gaz.index.get(f"{p} {form}".lstrip())
            if bucket:
                for entry in bucket:
                    entries.setdefault((entry.kind, entry.ref), entry)
    if not entries:
        return None
    return tuple(entries.values()), False


# -- ranking ----------------------------------------------------------------------------------------------------


def _settlement_radius(population: int) -> float:
    """From about 2 km for a village to about 20 km for a city of millions."""
    radius: float = 0.5 * math.pow(max(population, 1), 0.25)
    return round(min(25.0, max(2.0, radius)), 1)


def _candidates(
    gaz: Gazetteer, mentions: Sequence[Mention], context_admin1: set[int], context_country: set[str]
) -> list[Candidate]:
    text_admin1 = {e.ref for m in mentions for e in m.entries if e.kind == "admin1" and (m.admin_word or m.exact)}
    settlement_in_named_admin1 = any(
        e.kind == "settlement" and gaz.place_admin1[e.ref] in text_admin1 for m in mentions for e in m.entries
    )
    regions = context_admin1 | text_admin1
    codes = country_codes()
    best: dict[tuple[str, int], Candidate] = {}
    for mention in mentions:
        biggest = max((int(gaz.population[e.ref]) for e in mention.entries if e.kind == "settlement"), default=-1)
        quality = 1.0 if mention.exact else 0.9
        for entry in mention.entries:
            q = quality * (1.0 if entry.primary else 0.8)
            if entry.kind == "settlement":
                pop = int(gaz.population[entry.ref])
                ref_admin1 = gaz.place_admin1[entry.ref]
                score = 0.5 * q + 0.3 * math.log10(pop + 1) / 7.0
                if ref_admin1 in regions:
                    score += 0.35
                if gaz.country[entry.ref] in context_country:
                    score += 0.05
                if mention.admin_word:
                    score -= 0.1
                unit = gaz.admin1[ref_admin1] if ref_admin1 >= 0 else None
                cand = Candidate(
                    name=gaz.names[entry.ref],
                    lat=float(gaz.lat[entry.ref]),
                    lon=float(gaz.lon[entry.ref]),
                    radius_km=_DISTRICT_RADIUS_KM if mention.district else _settlement_radius(pop),
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
                elif biggest >= 50_000:
                    score -= 0.15  # "Kharkiv", "Курск": the city, unless an admin word says otherwise
                elif biggest >= 0:
                    score += 0.1  # "в Крыму": the peninsula, not the village of Krym
                if settlement_in_named_admin1:
                    score -= 0.3
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


def _context(gaz: Gazetteer, context: str | None) -> tuple[set[int], set[str]]:
    if not context:
        return set(), set()
    admin1: set[int] = set()
    countries: set[str] = set()
    codes = country_codes()
    for mention in find_mentions(context, index=gaz):
        kinds = {e.kind for e in mention.entries}
        for entry in mention.entries:
            if entry.kind == "admin1" and (mention.admin_word or "settlement" not in kinds):
                admin1.add(entry.ref)
            elif entry.kind == "country":
                countries.add(codes[entry.ref])
    return admin1, countries


# -- fuzzy fallback ---------------------------------------------------------------------------------------------


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


def _fuzzy(gaz: Gazetteer, text: str) -> list[Mention]:
    words = [(w, s, e) for w, s, e in tokenize(_POSSESSIVE.sub("  ", text)) if w not in _STOP and w not in ADMIN_WORDS]
    if not words or len(words) > 3:
        return []
    query = latin_key(" ".join(w for w, _, _ in words))
    if len(query) < 4:
        return []
    skeletons, choices, refs, variants = _fuzzy_index()
    start, end = words[0][1], words[-1][2]
    hits = {i for i in skeletons.get(_skeleton(query), []) if max(fuzz.ratio(query, v) for v in variants[i]) >= 80}
    if not hits and all(w.isascii() for w, _, _ in words):  # misspelt transliterations: Kharkow, Zaporozhie
        match = process.extractOne(query, choices, scorer=fuzz.ratio, score_cutoff=86)
        if match is not None:
            hits = {refs[match[2]]}
    if not hits:
        return []
    entries = tuple(IndexEntry("settlement", i, False) for i in sorted(hits))
    return [Mention(start, end, text[start:end], entries, False, False)]


# -- public -----------------------------------------------------------------------------------------------------


def _facility_candidate(facility: Facility, matched: str, score: float) -> Candidate:
    return Candidate(
        name=facility.name,
        lat=facility.lat,
        lon=facility.lon,
        radius_km=_FACILITY_RADIUS_KM,
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
) -> list[list[Candidate]]:
    """:func:`geocode` for many texts (each with its own context, or none)."""
    if limit < 1:
        raise ValueError(f"limit must be at least 1, got {limit}")
    gaz = gazetteer()
    text_list = list(texts)
    context_list = list(contexts) if contexts is not None else [None] * len(text_list)
    if len(context_list) != len(text_list):
        raise ValueError("contexts must have one item per text")
    out: list[list[Candidate]] = []
    for text, context in zip(text_list, context_list, strict=True):
        cands: list[Candidate] = []
        facilities, matched = _find_facilities(registry, text) if registry is not None else ([], "")
        if facilities:
            score = _facility_score(gaz, text, matched)
            cands.extend(_facility_candidate(f, matched, score - 0.001 * k) for k, f in enumerate(facilities))
        mentions = find_mentions(text, index=gaz)
        if not mentions and not facilities:
            mentions = _fuzzy(gaz, text)
        admin1, countries = _context(gaz, context)
        ranked = sorted(
            [*cands, *_candidates(gaz, mentions, admin1, countries)],
            # a facility named as such (score 1) comes first whatever the towns score
            key=lambda c: (
                -(c.score + (1.0 if c.kind == "facility" and c.score >= 1.0 else 0.0)),
                c.name,
                c.geonameid or 0,
            ),
        )
        out.append([_rounded(c) if c.kind != "facility" else c for c in ranked[:limit]])
    return out


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
    text: str, *, context: str | None = None, registry: FacilityFinder | None = None, limit: int = 5
) -> list[Candidate]:
    """Candidates for the place that ``text`` names, best first; an empty list when it names none.

    ``text`` is a place mention ("у Харкові", "Kharkiv oblast", "газоизмерительная станция «Суджа»") or a short
    passage; ``context`` is the surrounding text, used only to prefer places in a region it names. ``registry``
    (anything with ``find(name) -> Facility | None``) is asked first: a named facility is the best candidate,
    with a radius of 2 km. Settlements get a radius from their population (2–25 km); admin1 units the distance
    from their representative point to their farthest edge; a bare country name its whole extent.
    """
    return geocode_many([text], contexts=[context], registry=registry, limit=limit)[0]


def reverse(lat: float, lon: float) -> tuple[str | None, str | None]:
    """The admin1 unit (English name) and country (``UKR``/``RUS``) a point lies in; ``None`` where outside both.

    >>> reverse(50.0, 36.23)
    ('Kharkiv Oblast', 'UKR')
    """
    return gazetteer().reverse(lat, lon)
