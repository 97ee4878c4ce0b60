"""The gazetteer: GeoNames places of Ukraine and Russia, their admin1 units in three languages, and reverse look-up.

Everything is read once from the bundled files in ``data/gazetteer`` (built by ``scripts/build_gazetteer.py``) and
``data/boundaries/adm1.geojson``, and kept in memory: about 10,800 places (population 500 or more) with their
Cyrillic and Latin alternate names, 110 admin1 units (27 of Ukraine, including Crimea and Sevastopol, which keep the
country ``UKR``; 83 Russian federal subjects) and a name index from normalised name (tokens joined by one space) to
the entries that carry it.

Admin1 units are named by their English name as the rest of ceasewatch writes it (``"Kharkiv Oblast"``,
``"Krasnodar Krai"``, ``"Crimea"``); :attr:`Admin1.iso` gives the ISO 3166-2 code.
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Literal

import numpy as np
import numpy.typing as npt
import shapely
from rapidfuzz import fuzz
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

from ceasewatch.geo.nearest import geodesic_km

__all__ = [
    "Admin1",
    "Gazetteer",
    "IndexEntry",
    "gazetteer",
    "latin_key",
    "normalize",
    "tokenize",
]

EntryKind = Literal["settlement", "admin1", "country"]

_APOSTROPHES = str.maketrans({"’": "", "ʼ": "", "'": "", "`": "", "ё": "е", "Ё": "Е", "\u0301": ""})
_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)
_REVERSE_NEAREST_KM = 30.0
_CENTRE_SPELLING_POPULATION = 50_000
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z' -]*")
_ENGLISH_ADMIN_WORDS = ("oblast", "region", "province", "regional")


def normalize(text: str) -> str:
    """Lower case, ``ё`` → ``е``, apostrophes and stress marks dropped (``Куп'янськ`` → ``купянськ``)."""
    return text.translate(_APOSTROPHES).lower()


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Words of a text as ``(normalised word, start, end)``; hyphens, digits and punctuation separate words.

    Offsets are those of the original text (normalisation only drops apostrophes inside words, which are kept in
    the span).
    """
    cleaned = text.replace("’", "\x00").replace("ʼ", "\x00").replace("'", "\x00").replace("`", "\x00")
    out = []
    for match in re.finditer(r"[^\W\d_][^\W\d_\x00]*(?:\x00[^\W\d_]+)*", cleaned, re.UNICODE):
        out.append((normalize(match.group().replace("\x00", "")), match.start(), match.end()))
    return out


def _key(text: str) -> str:
    return " ".join(_TOKEN.findall(normalize(text)))


def _stripped(name: str) -> str:
    """The key of ``name`` without its admin words ("Mykolaiv Oblast" -> "mykolaiv")."""
    return " ".join(t for t in _key(name).split() if t not in ADMIN_WORDS)


@dataclass(frozen=True, slots=True)
class Admin1:
    """One first-level unit: an oblast (or Kyiv city, Crimea, Sevastopol) or a Russian federal subject."""

    iso: str
    geonames: str
    country: str
    name: str
    names_en: tuple[str, ...]
    names_uk: tuple[str, ...]
    names_ru: tuple[str, ...]
    lat: float
    lon: float
    radius_km: float
    area_km2: float


@dataclass(frozen=True, slots=True)
class IndexEntry:
    """One name of one entry in the name index: which entry, of which kind, and whether it is the primary name."""

    kind: EntryKind
    ref: int
    primary: bool


# generic words that, next to an adjective, make it the name of an admin1 unit; they are dropped from index keys
ADMIN_WORDS = frozenset(
    {
        "область", "области", "областью", "областях", "обл", "облас", "край", "края", "краю", "крае", "краем",
        "регион", "региона", "регионе", "регіон", "регіону", "регіоні",
        "республика", "республики", "республике", "республику", "республикой", "республіка", "республіки",
        "республіці", "республіку", "республікою", "області", "областю", "oblast", "oblasts", "region", "regions",
        "province", "krai", "kray", "republic", "автономная", "автономной", "автономна", "автономної",
        "автономній", "народная", "народной", "народну", "народна", "народної", "oblasti", "regional", "territory",
        "people", "peoples",
    }
)  # fmt: skip

# an ethnic or religious community ("храм Армянской общины", "Єврейська громада Дніпра"): the same words as a hromada,
# named by no town (not "Украинская": Ukrainka's hromada)
COMMUNITY_ADJECTIVE = re.compile(
    r"(?:армянск|вірменськ|еврейск|єврейськ|русск|грецьк|греческ|польск|польськ|немецк|німецьк|татарск|татарськ|"
    r"крымскотатарск|кримськотатарськ|болгарск|болгарськ|грузинск|грузинськ|азербайджанск|азербайджанськ|"
    r"православн|мусульманск|мусульманськ|католическ|католицьк|иудейск|іудейськ|религиозн|релігійн|христианск|"
    r"християнськ)[а-яёіїє]{1,3}",
    re.I,
)


def is_community(adjective: str, unit: str) -> bool:
    """Whether ``adjective`` before the unit word ``unit`` names an ethnic or religious community, not a hromada
    ("Армянской общины", "Єврейська громада")."""
    return unit.lower().startswith(("общин", "громад")) and COMMUNITY_ADJECTIVE.fullmatch(adjective) is not None


class Gazetteer:
    """The places, admin1 units, their boundaries and the name index. Build it once with :func:`gazetteer`."""

    def __init__(
        self,
        places: list[tuple[int, str, float, float, int, str, str, tuple[str, ...]]],
        admin1: list[Admin1],
        boundaries: dict[str, BaseGeometry],
    ) -> None:
        self.ids = np.array([p[0] for p in places], dtype=np.int64)
        self.names = [p[1] for p in places]
        self.lat = np.array([p[2] for p in places], dtype=np.float64)
        self.lon = np.array([p[3] for p in places], dtype=np.float64)
        self.population = np.array([p[4] for p in places], dtype=np.int64)
        self.country = [p[5] for p in places]
        self.alternates = [p[7] for p in places]
        self.admin1: list[Admin1] = admin1
        self._admin1_by_iso = {a.iso: i for i, a in enumerate(admin1)}
        self.place_admin1 = [self._admin1_by_iso.get(p[6], -1) for p in places]
        self.index: dict[str, list[IndexEntry]] = {}
        self.region_spellings: dict[str, int] = {}
        """The keys of the English region spellings :meth:`_add_region_spellings_of_centres` also reads as the region's
        centre town ("zaporizhia"), each with its region (admin1 index)."""
        self._build_index()
        self.prefixes: frozenset[str] = frozenset(
            " ".join(words[:k]) for words in (key.split() for key in self.index) for k in range(1, len(words))
        )
        """The first words of every name of two words or more (``"ростов"``, ``"ростов на"``), to prune probes."""
        isos = sorted(boundaries)
        self._boundary_iso = isos
        self._boundary_geoms = np.array([boundaries[i] for i in isos], dtype=object)
        self._tree = shapely.STRtree(self._boundary_geoms)
        self._place_points = shapely.points(self.lon, self.lat)
        self._place_tree = shapely.STRtree(self._place_points)

    # -- index -------------------------------------------------------------------------------------------------

    def _add(self, name: str, entry: IndexEntry) -> None:
        key = _key(name)
        if not key:
            return
        bucket = self.index.setdefault(key, [])
        for i, old in enumerate(bucket):
            if old.kind == entry.kind and old.ref == entry.ref:
                if entry.primary and not old.primary:
                    bucket[i] = entry
                return
        bucket.append(entry)

    def _build_index(self) -> None:
        for i, name in enumerate(self.names):
            self._add(name, IndexEntry("settlement", i, True))
            latin = latin_key(name)
            for alt in self.alternates[i]:
                if any(t in ADMIN_WORDS for t in _key(alt).split()):
                    continue  # "Воронежская область" among the city's names: the oblast is indexed as such
                # an alternate that does not sound like the name is a former or other name (Engels was Pokrovsk)
                self._add(alt, IndexEntry("settlement", i, fuzz.ratio(latin_key(alt), latin) >= 60))
        for i, unit in enumerate(self.admin1):
            for name in (unit.name, *unit.names_en, *unit.names_uk, *unit.names_ru):
                self._add(name, IndexEntry("admin1", i, True))
                stripped = _stripped(name)
                if stripped and stripped != _key(name):
                    self._add(stripped, IndexEntry("admin1", i, True))
            for name in (*_colloquial(unit), *_russian_stem_in_ukrainian(unit)):
                self._add(name, IndexEntry("admin1", i, True))
        towns = self._large_latin_towns()
        self._add_centre_spellings(towns)
        self._add_region_spellings_of_centres(towns)
        for i, names in enumerate(_COUNTRY_NAMES.values()):
            for name in names:
                self._add(name, IndexEntry("country", i, True))

    def _large_latin_towns(self) -> list[tuple[int, int, list[tuple[str, str]]]]:
        """The towns of 50,000 or more in a region, in the gazetteer's order, each as its place, its region (admin1
        index) and its Latin spellings (name and alternates, in that order) with their :func:`latin_key`: one pass over
        every place, and one key per spelling, for both :meth:`_add_centre_spellings` and
        :meth:`_add_region_spellings_of_centres`."""
        return [
            (i, unit, [(alt, latin_key(alt)) for alt in (name, *self.alternates[i]) if _LATIN_NAME.fullmatch(alt)])
            for i, name in enumerate(self.names)
            if (unit := self.place_admin1[i]) >= 0 and self.population[i] >= _CENTRE_SPELLING_POPULATION
        ]

    def _add_centre_spellings(self, towns: list[tuple[int, int, list[tuple[str, str]]]]) -> None:
        """The Latin spellings GeoNames holds for a town of 50,000 or more in a region (the centre, mostly) that sound
        like one of the region's English names (:func:`latin_key` alike) name the region too: "Mykolayiv Oblast",
        "Ukraine's Vinnytsya region", "the Nizhniy Novgorod region" as "Mykolaiv Oblast", "Vinnytsia", "Nizhny
        Novgorod" do. The key is the region's too, bare or with an admin word; a bare name is still read as the town
        (the settlement is preferred). Not a village named like its region (no spelling of it), not a spelling of under
        four letters ("Kiv") nor with a word under three, and not the bare key of one that already names a settlement
        in another region: that one names the region only with an English admin word after it ("Mykolayiv Oblast",
        "the Mykolayiv region"), and the town of Mykolayiv in Lviv Oblast keeps the bare "Mykolayiv")."""
        sounds: dict[int, set[str]] = {}
        for i, region in enumerate(self.admin1):
            for name in (region.name, *region.names_en):
                stripped = _stripped(name)
                if stripped:
                    sounds.setdefault(i, set()).add(latin_key(stripped))
        for _i, unit, spellings in towns:
            for alt, sound in spellings:
                key = _key(alt)
                if not (
                    len(key.replace(" ", "")) >= 4
                    and all(len(t) >= 3 for t in key.split())
                    and sound in sounds.get(unit, ())
                ):
                    continue
                entries = self.index.get(key, ())
                if any(e.kind == "admin1" and e.ref == unit for e in entries):
                    continue  # the region's own name already
                if any(e.kind == "settlement" and self.place_admin1[e.ref] != unit for e in entries):
                    # (a town elsewhere keeps the bare key: the region only with its admin word after)
                    for word in _ENGLISH_ADMIN_WORDS:
                        self._add(f"{key} {word}", IndexEntry("admin1", unit, True))
                else:
                    self._add(alt, IndexEntry("admin1", unit, True))

    def _add_region_spellings_of_centres(self, towns: list[tuple[int, int, list[tuple[str, str]]]]) -> None:
        """The converse of :meth:`_add_centre_spellings`: an English name of a region, bare, that sounds like a town of
        50,000 or more in it (:func:`latin_key` alike, ratio 80 or more against one of its Latin spellings) also names
        that town (the most populous such), where GeoNames lacks the spelling: "Zaporizhia", "Khmelnitsky" are the
        cities as "Zaporozhye", "Khmelnytskyi" are, so that "a substation in Zaporizhia" is the city and not the region
        (bare, the settlement is preferred; with an admin word after it, "the Zaporizhia region", it stays the region).
        Not an adjective ("Kharkivska"), not a spelling with a word under four letters or "city" in it, and not where
        the key already names a settlement in any region
        ("Nikolayev": Mykolayiv in Lviv Oblast, Nikolayev in Rostov Oblast; "Vinnitsa": the village Vinnitsy), which
        the extractor would then drop as a place of two readings (review 46 D: "Drones struck Nikolayev" lost its
        claim); such a spelling stays the region bare, as before."""
        latin_by_unit: dict[int, list[tuple[int, list[str]]]] = {}
        for i, unit, spellings in towns:
            latin_by_unit.setdefault(unit, []).append((i, [sound for _, sound in spellings]))
        for unit, region in enumerate(self.admin1):
            for name in (region.name, *region.names_en):
                key = _stripped(name)
                if (
                    not key
                    or not _LATIN_NAME.fullmatch(key)
                    or any(len(t) < 4 or t == "city" for t in key.split())
                    or key.endswith(("ska", "skaya", "ske", "kaya"))
                ):
                    continue
                if any(e.kind == "settlement" for e in self.index.get(key, ())):
                    continue
                sound = latin_key(key)
                alike = [
                    i
                    for i, spellings in latin_by_unit.get(unit, ())
                    if any(fuzz.ratio(sound, s) >= 80 for s in spellings)
                ]
                if alike:
                    town = max(alike, key=lambda i: int(self.population[i]))
                    self._add(key, IndexEntry("settlement", town, True))
                    self.region_spellings[key] = unit

    # -- admin1 ------------------------------------------------------------------------------------------------

    def admin1_by_iso(self, iso: str) -> Admin1 | None:
        """The admin1 unit with an ISO 3166-2 code (``UA-63``), or ``None``."""
        i = self._admin1_by_iso.get(iso)
        return None if i is None else self.admin1[i]

    def admin1_by_name(self, name: str) -> Admin1 | None:
        """The admin1 unit whose name (in any of the three languages, nominative) or ISO code is ``name``."""
        unit = self.admin1_by_iso(name.upper())
        if unit is not None:
            return unit
        key = _key(name)
        for candidate in (key, _stripped(key)):
            for entry in self.index.get(candidate, ()):
                if entry.kind == "admin1":
                    return self.admin1[entry.ref]
        return None

    def boundary(self, iso: str) -> BaseGeometry | None:
        """The boundary polygon of an admin1 unit (only units of Ukraine and European Russia have one)."""
        try:
            geom: BaseGeometry = self._boundary_geoms[self._boundary_iso.index(iso)]
            return geom
        except ValueError:
            return None

    # -- reverse -----------------------------------------------------------------------------------------------

    def reverse_many(self, lats: npt.ArrayLike, lons: npt.ArrayLike) -> tuple[list[str | None], list[str | None]]:
        """For many points, the admin1 name and country (``UKR``/``RUS``) each lies in; ``None`` where neither.

        A point inside a bundled boundary gets that unit. Elsewhere (Asian Russia, which has no bundled boundary,
        and points just off a simplified coast) the unit of the nearest gazetteer place within 30 km is used.
        """
        lat = np.asarray(lats, dtype=np.float64).ravel()
        lon = np.asarray(lons, dtype=np.float64).ravel()
        points = shapely.points(lon, lat)
        found = np.full(len(points), -1, dtype=np.int64)
        hits = self._tree.query(points, predicate="intersects")
        # a point on a shared edge intersects two units: keep the first in ISO order, deterministically
        for p, g in zip(hits[0][::-1], hits[1][::-1], strict=True):
            found[p] = g
        admin1: list[str | None] = [None] * len(points)
        country: list[str | None] = [None] * len(points)
        for p in np.flatnonzero(found >= 0):
            unit = self.admin1[self._admin1_by_iso[self._boundary_iso[found[p]]]]
            admin1[p], country[p] = unit.name, unit.country
        rest = np.flatnonzero(found < 0)
        if len(rest):
            near_p, near_g = self._place_tree.query_nearest(points[rest], max_distance=1.0, all_matches=False)
            for p, g in zip(near_p, near_g, strict=True):
                if float(geodesic_km(lat[rest[p]], lon[rest[p]], self.lat[g], self.lon[g])) <= _REVERSE_NEAREST_KM:
                    ref = self.place_admin1[g]
                    if ref >= 0:
                        admin1[rest[p]] = self.admin1[ref].name
                    country[rest[p]] = self.country[g]
        return admin1, country

    def reverse(self, lat: float, lon: float) -> tuple[str | None, str | None]:
        """The admin1 name and country a point lies in (see :meth:`reverse_many`)."""
        admin1, country = self.reverse_many([lat], [lon])
        return admin1[0], country[0]


_OBLAST_ADJECTIVE = re.compile(r"^(?P<stem>\w{3,}?)(?:ская|ська|зька|ский|ський)\s+(?:область|обл|край)$")


def _colloquial(unit: Admin1) -> list[str]:
    """The colloquial names of an oblast from its adjective, where the table has none of that shape: Саратовская
    область → Саратовщина; Нижегородская → Нижегородчина (both endings are indexed: which one a region takes is a
    matter of usage, and a form nobody writes costs nothing)."""
    names = [*unit.names_uk, *unit.names_ru]
    if any(_key(n).endswith(("щина", "чина")) for n in names):
        return []
    out: list[str] = []
    for name in names:
        match = _OBLAST_ADJECTIVE.match(_key(name))
        if match:
            stem = match.group("stem")
            out.extend(stem + end for end in ("щина", "чина"))
            if stem.endswith("г"):
                out.append(stem[:-1] + "жчина")  # Оренбургская → Оренбуржчина
    return list(dict.fromkeys(out))


_RU_ADJECTIVE_UNIT = re.compile(r"^(?P<stem>\w{3,}?)(?P<sk>с|ц)к(?:ая|ий)\s+(?P<unit>область|край)$")


def _russian_stem_in_ukrainian(unit: Admin1) -> list[str]:
    """A region's Russian name with Ukrainian endings, as Ukrainian reports often spell a Russian region whose
    Ukrainian name differs in its stem: Нижегородская область → Нижегородська область (the table's Ukrainian name
    is Нижньогородська), Краснодарский край → Краснодарський край."""
    out: list[str] = []
    for name in unit.names_ru:
        match = _RU_ADJECTIVE_UNIT.match(_key(name))
        if match:
            ending = "ька" if match["unit"] == "область" else "ький"
            out.append(f"{match['stem']}{match['sk']}{ending} {match['unit']}")
    return out


_TRANSLIT = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "e", "ж": "z", "з": "z",
        "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
        "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "c", "ш": "s", "щ": "s",
        "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "u", "я": "a",
    }
)  # fmt: skip
_DIGRAPHS = (
    ("shch", "s"), ("sch", "s"), ("tsch", "c"), ("zh", "z"), ("kh", "h"), ("ch", "c"), ("ts", "c"), ("tz", "c"),
    ("sh", "s"), ("sz", "s"), ("cz", "c"), ("w", "v"), ("x", "ks"), ("q", "k"), ("y", "i"), ("j", "i"), ("g", "h"),
)  # fmt: skip


def latin_key(text: str) -> str:
    """A rough common Latin spelling of a Cyrillic or Latin name, for comparing transliteration variants."""
    s = unicodedata.normalize("NFKD", text.lower().translate(_TRANSLIT))
    s = "".join(ch for ch in s if ch.isascii() and ch.isalpha())
    for a, b in _DIGRAPHS:
        s = s.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", s)


# a port named by its town's adjective takes the masculine of "порт" ("порт Південний", "порт Южный" of the town
# Південне/Южное): the port word (a sea port's too, not an airport's, whose name need not agree with its town) and
# the masculine ending, one test for the place mentions and the geocoder
PORT_WORD = re.compile(r"^(?:мор)?[пП]орт(?:|а|у|ом|і|е|и|ы|ів|ов|ам|ах|ами)$")
MASCULINE_NAME = re.compile(r"(?<=\w\w)(?:ий|ій|ый|ой)$")


RIVER_ADJECTIVE: re.Pattern[str] = re.compile(
    r"(?:Дунайс|Дунайсь|Дніпровс|Днепровс|Дністровс|Днестровс|Донс|Бузьк|Бугс|Прутс)", re.I
)
"""A river's adjective after "порт" ("порт Дунайский в Измаиле", "речной порт Днепровский"): no town, and the bare
name would find a village named after the river."""


def port_adjective(word: str, name: str) -> bool:
    """Whether ``name`` after the word ``word`` is a port's adjectival name ("порт Південний", "портах Южный")."""
    return PORT_WORD.match(word) is not None and MASCULINE_NAME.search(name) is not None


def names_region(town: str, region: str) -> bool:
    """Whether a town is the centre its region is named after ("Luhansk", "Luhansk Oblast"): the first five letters
    agree, across spellings."""
    return latin_key(region)[:5] == latin_key(town)[:5]


_COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "UKR": ("Ukraine", "Україна", "Украина", "Ukraina"),
    "RUS": ("Russia", "Russian Federation", "Росія", "Россия", "Российская Федерация", "Російська Федерація", "РФ"),
}
COUNTRIES: dict[str, tuple[float, float, float]] = {"UKR": (49.0, 31.4, 700.0), "RUS": (55.75, 37.62, 3000.0)}
"""Country code → (lat, lon, radius_km) of the point a bare country name resolves to (for Russia: Moscow, with a
radius that only says "somewhere in Russia")."""


def country_codes() -> list[str]:
    """The country codes of the gazetteer, in index order (an :class:`IndexEntry` of kind country refers to it)."""
    return list(_COUNTRY_NAMES)


def _read_places() -> list[tuple[int, str, float, float, int, str, str, tuple[str, ...]]]:
    path = resources.files("ceasewatch") / "data" / "gazetteer" / "places.tsv.gz"
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    places = []
    for line in text.splitlines():
        c = line.split("\t")
        alts = tuple(a for a in c[7].split("|") if a and not (a.isupper() and a.isascii() and len(a) <= 4))
        places.append((int(c[0]), c[1], float(c[2]), float(c[3]), int(c[4]), c[5], c[6], alts))
    return places


def _read_admin1() -> list[Admin1]:
    base = resources.files("ceasewatch") / "data" / "gazetteer"
    geo: dict[str, list[str]] = {}
    for line in (base / "admin1_geo.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            c = line.split("\t")
            geo[c[0]] = c
    units = []
    for line in (base / "admin1_names.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        iso, gn, country, name, en, uk, ru = line.split("\t")
        g = geo[iso]
        units.append(
            Admin1(
                iso=iso,
                geonames=gn,
                country=country,
                name=name,
                names_en=tuple(x for x in en.split("|") if x),
                names_uk=tuple(x for x in uk.split("|") if x),
                names_ru=tuple(x for x in ru.split("|") if x),
                lat=float(g[1]),
                lon=float(g[2]),
                radius_km=float(g[3]),
                area_km2=float(g[4]),
            )
        )
    return units


def _read_boundaries() -> dict[str, BaseGeometry]:
    path = resources.files("ceasewatch") / "data" / "boundaries" / "adm1.geojson"
    collection: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return {f["properties"]["shapeISO"]: shape(f["geometry"]) for f in collection["features"]}


@cache
def gazetteer() -> Gazetteer:
    """The bundled gazetteer, loaded on first use (about 1 s) and kept for the life of the process."""
    return Gazetteer(_read_places(), _read_admin1(), _read_boundaries())


@cache
def _centres() -> dict[str, str]:
    """Admin1 name → the name of its most populous town, where no town named after the region is at least half its
    size (Volyn Oblast: Lutsk; Kirovohrad Oblast: Kropyvnytskyi; Chuvashia: Cheboksary; not Vologda Oblast, whose
    Vologda is about as large as Cherepovets)."""
    gaz = gazetteer()
    largest: dict[int, int] = {}
    named: dict[int, int] = {}
    for i, name in enumerate(gaz.names):
        unit = gaz.place_admin1[i]
        if unit < 0:
            continue
        if unit not in largest or gaz.population[i] > gaz.population[largest[unit]]:
            largest[unit] = i
        if names_region(name, gaz.admin1[unit].name.split(" ")[0]) and (
            unit not in named or gaz.population[i] > gaz.population[named[unit]]
        ):
            named[unit] = i
    return {
        gaz.admin1[unit].name: gaz.names[i]
        for unit, i in largest.items()
        if unit not in named or gaz.population[named[unit]] * 2 < gaz.population[i]
    }


def spelt_region(name: str) -> str | None:
    """The region (its admin1 name) of which ``name`` is an English spelling that the gazetteer also reads, bare, as
    the region's centre town (:meth:`Gazetteer._add_region_spellings_of_centres`: "Zaporizhia", "Zaporizhzhia
    Oblast"); ``None`` for any other name ("Zaporozhye", which GeoNames holds for the town)."""
    gaz = gazetteer()
    unit = gaz.region_spellings.get(_key(name))
    return None if unit is None else gaz.admin1[unit].name


def is_centre(town: str, admin1: str) -> bool:
    """Whether a town is the centre of its region ``admin1`` (an admin1 name, "Volyn Oblast"): the town the region is
    named after (:func:`names_region`: "Sumy", "Sumy Oblast"), or, where none of at least half its size is, the region's
    most populous town ("Lutsk", "Volyn Oblast"; "Kropyvnytskyi", "Kirovohrad Oblast"; "Cheboksary", "Chuvashia")."""
    return names_region(town, admin1.split(" ")[0]) or _centres().get(admin1) == town
