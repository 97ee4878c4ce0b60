"""The facility registry: energy sites of Ukraine and Russia by id, by name in three languages, and by place.

The bundled registry (``data/facilities/``) joins three files: power plants from the WRI Global Power Plant Database
(``gppd.jsonl``), pipeline routes from Global Energy Monitor (``gem_pipelines.jsonl``), and a hand-curated file of the
facilities named in the 2025 claims (``curated.yaml``), whose records may replace a generated one (``supersedes``).
Users add their own from CSV or GeoJSON (:func:`read_facilities`); those live in the store and override bundled
records of the same id (:meth:`FacilityRegistry.from_store`).

Distances are true ground distances on the WGS 84 ellipsoid. A point facility is one site; a line (a pipeline) or a
polygon (a refinery's fence) is indexed by its vertices densified every :data:`DENSIFY_KM` (250 m) along each
segment, each vertex mapped back to its facility, so that a point next to a pipeline finds the pipeline. The
distance to a line is therefore the distance to its nearest indexed vertex: at most about 125 m more than the
distance to the line itself. A point inside a polygon is at distance 0.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Protocol, TypeVar

import numpy as np
import numpy.typing as npt
import shapely
import yaml
from pydantic import ValidationError
from shapely.geometry import mapping, shape
from shapely.geometry.base import BaseGeometry

from ceasewatch.errors import InputError, NotFoundError
from ceasewatch.geo.nearest import SiteIndex, geodesic_km
from ceasewatch.model.facility import Facility
from ceasewatch.model.taxonomy import CATEGORIES, ancestors
from ceasewatch.validation import dotted, expected_for, first_error, message_for

__all__ = [
    "CSV_COLUMNS",
    "DENSIFY_KM",
    "CuratedNote",
    "FacilityRegistry",
    "import_facilities",
    "read_facilities",
]

DENSIFY_KM = 0.25
"""Spacing of the indexed vertices along lines and polygon rings, in km."""

CSV_COLUMNS: tuple[str, ...] = tuple(Facility.model_fields)
"""The columns a facilities CSV may have (the :class:`~ceasewatch.model.Facility` fields); ``aliases`` are
separated by ``|`` and ``geometry`` is GeoJSON text."""

_REQUIRED_CSV = ("id", "name", "category", "lat", "lon")
_CURATED_EXTRA = ("precision", "radius_km", "coordinates_from", "note", "supersedes")
_GEOMETRY_TYPES = ("Point", "LineString", "MultiLineString", "Polygon", "MultiPolygon")
_EARTH_KM = 6371.0088

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


# -- names ------------------------------------------------------------------------------------------------------------

_CYRILLIC = dict(
    zip(
        "абвгґдеєжзиіїйклмнопрстуфхцчшщъыьэюяё",
        ["a", "b", "v", "g", "g", "d", "e", "e", "zh", "z", "i", "i", "i", "i", "k", "l", "m", "n", "o", "p", "r",
         "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "e"],
        strict=True,
    )
)  # fmt: skip
_LATIN_VARIANTS = (
    ("shch", "s"), ("sch", "s"), ("kh", "h"), ("zh", "z"), ("ts", "c"), ("tz", "c"), ("ch", "c"), ("sh", "s"),
    ("yu", "u"), ("iu", "u"), ("ju", "u"), ("ya", "a"), ("ia", "a"), ("ja", "a"), ("ye", "e"), ("ie", "e"),
    ("je", "e"), ("yi", "i"), ("y", "i"), ("j", "i"), ("g", "h"), ("w", "v"), ("x", "ks"),
)  # fmt: skip
_PUNCTUATION = re.compile(r"[\"'«»“”„‟‘’ʼ`´()\[\]{},.;:!?]")
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—―/_]+")
# a Cyrillic word typed with a Latin look-alike letter («Cизранський» with a Latin C): the letter read as Cyrillic
_MIXED_WORD = re.compile(r"[a-z]*[а-яіїєґ][a-zа-яіїєґ]*")
_APOSTROPHE = re.compile(r"(?<=\w)['’ʼ](?=\w)")
_LOOKALIKES = str.maketrans("aceopxyikmthb", "асеорхуікмтнв")


def normalise_name(text: str) -> str:
    """A name for exact comparison: case-folded, quotes and punctuation dropped, dashes and spaces collapsed.

    >>> normalise_name("НПС «Кропоткинская»")
    'нпс кропоткинская'
    """
    text = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")
    text = _MIXED_WORD.sub(lambda m: m.group().translate(_LOOKALIKES), text)
    text = _APOSTROPHE.sub("", text)  # "Слов'янський" is one word, its name moved or inflected as one
    text = _PUNCTUATION.sub(" ", text)
    return _SEPARATORS.sub(" ", text).strip()


def name_skeleton(text: str) -> str:
    """A script-insensitive key: Cyrillic transliterated, common Latin spelling variants merged, spaces dropped.

    >>> name_skeleton("Кропоткинская") == name_skeleton("Kropotkinskaya")
    True
    >>> name_skeleton("Суджа") == name_skeleton("Sudzha")
    True
    """
    decomposed = unicodedata.normalize("NFKD", normalise_name(text))
    base = "".join(char for char in decomposed if not unicodedata.combining(char))
    latin = "".join(_CYRILLIC.get(char, char) for char in base)
    for variant, replacement in _LATIN_VARIANTS:
        latin = latin.replace(variant, replacement)
    latin = re.sub(r"[^a-z0-9]", "", latin)
    return re.sub(r"(.)\1+", r"\1", latin)


def _names(facility: Facility) -> list[str]:
    return [n for n in (facility.name, facility.name_uk, facility.name_ru, *facility.aliases) if n]


# a facility word and its abbreviation name the same thing ("Саратовский нефтеперерабатывающий завод" = "Саратовский
# НПЗ"): every name is also indexed with one spelt the other way
_ABBREVIATIONS = (
    ("нефтеперерабатывающий завод", "нпз"), ("нафтопереробний завод", "нпз"),
    ("газоперерабатывающий завод", "гпз"), ("газопереробний завод", "гпз"),
    ("атомная электростанция", "аэс"), ("атомна електростанція", "аес"),
    ("тепловая электростанция", "тэс"), ("теплова електростанція", "тес"),
    ("теплоэлектроцентраль", "тэц"), ("теплоелектроцентраль", "тец"),
    ("гидроэлектростанция", "гэс"), ("гідроелектростанція", "гес"),
    ("авиабаза", "аэродром"), ("авіабаза", "аеродром"), ("oil refinery", "refinery"), ("air base", "airbase"),
)  # fmt: skip
# words that may stand between the parts of a name in running text ("аеродром в Енгельсі", "refinery in Saratov")
_LINKING_WORDS = frozenset(
    ["в", "во", "у", "на", "под", "під", "біля", "возле", "около", "близ", "по", "з", "із", "из", "с", "со", "от",
     "від", "в районе", "в районі", "in", "at", "near", "of", "the", "г", "м", "города", "городе", "міста", "місті"]
)  # fmt: skip
_ADJECTIVE_ENDINGS = ("ский", "ський")


def _spellings(key: str) -> list[str]:
    """A normalised name and the same name with each facility word abbreviated or spelt out."""
    out = [key]
    padded = f" {key} "
    for long, short in _ABBREVIATIONS:
        for a, b in ((long, short), (short, long)):
            if f" {a} " in padded:
                out.append(padded.replace(f" {a} ", f" {b} ").strip())
    return list(dict.fromkeys(out))


# an adjective or noun of a name in the neuter, feminine or plural ("«Ільське»", "нафтопереробні заводи", "НПЗ
# «Ильское»"): the geocoder's rules are for towns' nouns, and names are in the masculine singular
_NOT_MASCULINE = re.compile(r"(?:(?<=[сцз]ьк)|(?<=[сцз]к)|(?<=н))(?:е|і|ое|ие|ые|ая|а|ої|ой)$|(?<=завод)[иы]$")


def _masculine(word: str) -> list[str]:
    """The masculine singular of a name's adjective or the singular of "заводи", in both spellings of the ending."""
    if _NOT_MASCULINE.search(word) is None:
        return []
    stem = _NOT_MASCULINE.sub("", word)
    if stem.endswith("завод"):
        return [stem]
    return [stem + "ий", stem + "ій", stem + "ый"]


def _town_adjectives(form: str) -> list[str]:
    """The adjectives a town's name may make: саратов → саратовский, саратовський; рязань → рязанский."""
    if len(form) < 3 or not any("\u0400" <= ch <= "\u04ff" for ch in form):
        return []
    stems = [form, form[:-1]] if form[-1] in "ьаяоыиеі" else [form]
    return [stem + ending for stem in stems for ending in _ADJECTIVE_ENDINGS]


# A plant or refinery that the registry names only in Latin ("Smolensk", "Taurian (Simferopol) thermal power station"),
# or by its owner ("Bashneft"), is named in text by the town's adjective and the kind in any case ("Смоленской
# атомной электростанции", "Сімферопольську ТЕЦ") or by the owner in the genitive ("НПЗ «Башнефти»"): both sides are
# reduced to a kind, a number and a script-insensitive stem, and a stem that names one site of the kind finds it.
_KINDS = (
    ("nuclear", re.compile(r"\b(?:аэс|аес|npp|nuclear|атомн\w*)\b")),
    ("hydro", re.compile(r"\b(?:гэс|гес|hpp|hydro\w*|гидро\w*|гідро\w*)\b")),
    ("gres", re.compile(r"\b(?:грэс|грес|дрес|gres)\b")),
    ("chp", re.compile(r"\b(?:тэц|тец|chpp?|cogeneration|теплоэлектроцентрал\w*|теплоелектроцентрал\w*)\b")),
    ("tpp", re.compile(r"\b(?:тэс|тес|tpp|thermal|теплов\w*)\b")),
    ("refinery", re.compile(r"\b(?:нпз|refinery|нефтеперерабатывающ\w*|нафтопереробн\w*)\b")),
)
_KIND_OF_CATEGORY = {
    "energy.electricity.generation.nuclear": "nuclear",
    "energy.electricity.generation.hydro": "hydro",
    "energy.electricity.generation.thermal": "tpp",
    "energy.oil.refinery": "refinery",
}
# the kinds a text's word may stand for: "тепловая электростанция" is any thermal plant, a ТЭЦ is not a ГРЭС
_KIND_FITS = {"tpp": {"tpp", "chp", "gres"}, "chp": {"chp", "tpp"}, "gres": {"gres", "tpp"}}
_KIND_FILLER = re.compile(
    r"\b(?:электростанц\w*|електростанц\w*|станц\w*|завод\w*|power|plant|station|oil|state|district|ccgt|gtu|gt|pp|"
    r"unit|russia|ukraine|им|імені|имени|named|after)\b|\d+"
)
_NUMBER = re.compile(r"\b\d{1,2}\b")
_ADJECTIVE_STEM = re.compile(r"(?<=[a-z]{3})(sk|ck|zk)(?:a|oi|ii|i|oho|omu|om|ou|oiu|e|oe|ie|ih|im|imi|u|uu)$")
_NOUN_ENDING = re.compile(r"(?<=[a-z]{4})(?:a|i|u|e|om|oi|ou)$")
_NOT_OWNERS = frozenset(
    {"pjsc", "jsc", "oao", "zao", "llc", "ooo", "pao", "ao", "the", "of", "group", "company", "state"}
)


def _stems(words: str) -> set[str]:
    """The adjective stems a name's proper words may have in text: "Smolensk", "Смоленской", "смоленське" →
    smolensk; "Rostov", "Balakovo", "Kakhovka" → rostovsk, balakovsk, kahovsk (the town's adjective)."""
    s = name_skeleton(words)
    if len(s) < 4:
        return set()
    if (m := _ADJECTIVE_STEM.search(s)) is not None:
        return {s[: m.start()] + m.group(1)}
    if s.endswith(("sk", "ck")):
        return {s}
    out = {s + "sk"}
    if s[-1] in "aeiou":
        out.add(s[:-1] + "sk")
    if s.endswith("ka"):
        out.add(s[:-2] + "sk")
    return out


def _kind_parts(key: str) -> tuple[str | None, str | None, str]:
    """A normalised name's kind (the first kind word), its number ("ТЭЦ-2") and its words without them."""
    kind = None
    for name, pattern in _KINDS:
        if pattern.search(key):
            kind = name
            break
    number = _NUMBER.search(key)
    rest = key
    for _name, pattern in _KINDS:
        rest = pattern.sub(" ", rest)
    rest = _KIND_FILLER.sub(" ", rest)
    words = [w for w in rest.split() if w not in _LINKING_WORDS]
    return kind, number.group() if number else None, " ".join(words)


# -- distances --------------------------------------------------------------------------------------------------------


def _haversine_km(lat: float, lon: float, lats: FloatArray, lons: FloatArray) -> FloatArray:
    p1, p2 = math.radians(lat), np.radians(lats)
    dphi = p2 - p1
    dlmb = np.radians(lons - lon)
    a = np.sin(dphi / 2) ** 2 + math.cos(p1) * np.cos(p2) * np.sin(dlmb / 2) ** 2
    result: FloatArray = 2 * _EARTH_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))
    return result


def _densify_ring(coords: npt.NDArray[np.float64]) -> list[tuple[float, float]]:
    """Vertices of a lon/lat line every :data:`DENSIFY_KM` along each (straight in lon/lat) segment."""
    points: list[tuple[float, float]] = []
    for i in range(len(coords)):
        lon0, lat0 = float(coords[i][0]), float(coords[i][1])
        points.append((lat0, lon0))
        if i + 1 == len(coords):
            break
        lon1, lat1 = float(coords[i + 1][0]), float(coords[i + 1][1])
        length = float(_haversine_km(lat0, lon0, np.array([lat1]), np.array([lon1]))[0])
        steps = math.ceil(length / DENSIFY_KM)
        for k in range(1, steps):
            t = k / steps
            points.append((lat0 + t * (lat1 - lat0), lon0 + t * (lon1 - lon0)))
    return points


def _vertices(facility: Facility, geometry: BaseGeometry | None) -> list[tuple[float, float]]:
    if geometry is None or geometry.geom_type == "Point":
        return [(facility.lat, facility.lon)]
    points: list[tuple[float, float]] = []
    if geometry.geom_type in ("LineString", "MultiLineString"):
        parts = [geometry] if geometry.geom_type == "LineString" else list(getattr(geometry, "geoms", []))
        for part in parts:
            points.extend(_densify_ring(np.asarray(part.coords)))
    else:
        polygons = [geometry] if geometry.geom_type == "Polygon" else list(getattr(geometry, "geoms", []))
        for polygon in polygons:
            for ring in (polygon.exterior, *polygon.interiors):
                points.extend(_densify_ring(np.asarray(ring.coords)))
    return points or [(facility.lat, facility.lon)]


# -- the registry -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CuratedNote:
    """How well a curated facility is located: ``precision`` (``site``, ``town``, ``district``, ``area``), the radius
    in km within which the facility lies, where the coordinates come from, and a free note."""

    precision: str
    radius_km: float
    coordinates_from: str
    note: str | None = None


class FacilityStore(Protocol):
    """What :meth:`FacilityRegistry.from_store` needs of a store."""

    def facilities(self) -> list[Facility]: ...


_R_co = TypeVar("_R_co", covariant=True)


class FacilitySink(Protocol[_R_co]):
    """What :func:`import_facilities` needs of a store."""

    def add_facilities(self, facilities: Sequence[Facility]) -> _R_co: ...


class FacilityRegistry:
    """Facilities by id, by name and by place. Iteration order (and the index of :meth:`nearest_many`) is by id."""

    def __init__(self, facilities: Iterable[Facility], notes: Mapping[str, CuratedNote] | None = None) -> None:
        """A registry of ``facilities`` (ids must be unique: :class:`ValueError` otherwise)."""
        by_id: dict[str, Facility] = {}
        for facility in facilities:
            if facility.id in by_id:
                raise ValueError(f"two facilities with the id '{facility.id}'")
            by_id[facility.id] = facility
        self._facilities: tuple[Facility, ...] = tuple(by_id[key] for key in sorted(by_id))
        self._position = {facility.id: i for i, facility in enumerate(self._facilities)}
        self._notes = {key: value for key, value in (notes or {}).items() if key in by_id}
        self._exact: dict[str, list[int]] = {}
        self._skeleton: dict[str, list[int]] = {}
        for i, facility in enumerate(self._facilities):
            for name in _names(facility):
                for spelling in _spellings(normalise_name(name)):
                    for table, key in ((self._exact, spelling), (self._skeleton, name_skeleton(spelling))):
                        if key:
                            bucket = table.setdefault(key, [])
                            if not bucket or bucket[-1] != i:
                                bucket.append(i)
        self._built = False
        self._site_indexes: dict[frozenset[str] | None, tuple[SiteIndex | None, IntArray]] = {}

    # -- construction ---------------------------------------------------------------------------------------------

    @classmethod
    def bundled(cls) -> FacilityRegistry:
        """The registry shipped with ceasewatch (loaded once, then shared)."""
        return _bundled()

    @classmethod
    def from_store(cls, store: FacilityStore) -> FacilityRegistry:
        """The bundled registry plus the facilities imported into ``store``; an imported record replaces a bundled
        record of the same id."""
        bundled = cls.bundled()
        merged = {facility.id: facility for facility in bundled}
        imported = store.facilities()
        merged.update({facility.id: facility for facility in imported})
        overridden = {facility.id for facility in imported}
        notes = {key: value for key, value in bundled._notes.items() if key not in overridden}
        return cls(merged.values(), notes)

    # -- look-up --------------------------------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._facilities)

    def __iter__(self) -> Iterator[Facility]:
        return iter(self._facilities)

    def __contains__(self, facility_id: object) -> bool:
        return facility_id in self._position

    def __getitem__(self, index: int) -> Facility:
        """The facility at ``index`` in id order (what :meth:`nearest_many` returns)."""
        return self._facilities[index]

    def get(self, facility_id: str) -> Facility:
        """The facility ``facility_id``; :class:`~ceasewatch.errors.NotFoundError` when there is none."""
        position = self._position.get(facility_id)
        if position is None:
            raise NotFoundError(f"no facility '{facility_id}' in the registry")
        return self._facilities[position]

    def note(self, facility_id: str) -> CuratedNote | None:
        """How precisely a curated facility is located (``None`` for records without a note)."""
        return self._notes.get(facility_id)

    def find(self, name: str) -> list[Facility]:
        """Facilities one of whose names (English, Ukrainian, Russian, aliases) is ``name``, ignoring case,
        punctuation and quotes, and script (Latin or Cyrillic spelling). Exact matches first, then by id. A name
        in another case ("нефтебазы «Кавказской»") is tried, when nothing matches as written, with its words back in
        the nominative by the geocoder's inflection rules.

        >>> [f.id for f in FacilityRegistry.bundled().find("ГИС «Суджа»")]
        ['cw:sudzha-gms']
        """
        key = normalise_name(name)
        exact = self._exact.get(key, [])
        loose = [i for i in self._skeleton.get(name_skeleton(name), []) if i not in exact]
        if not exact and not loose and key:
            exact = self._inflected(key)
            linked = " ".join(w for w in key.split() if w not in _LINKING_WORDS)
            if not exact and linked and linked != key:  # "аеродром в Енгельсі", "refinery in Saratov"
                exact = self._exact.get(linked, []) or self._inflected(linked)
            if not exact and linked:
                exact = self._reordered(linked) or self._name_last(linked)
            if not exact:
                exact = self._by_stem(key)
        return [self._facilities[i] for i in (*exact, *loose)]

    def _by_stem(self, key: str) -> list[int]:
        """A plant or refinery by its kind and the stem of its town or owner (``_stems``): the one site whose
        names or operator give that stem, of a kind the text's word fits and of the same number."""
        kind, number, words = _kind_parts(key)
        if kind is None or not words or len(words.split()) > 2:
            return []
        fits = _KIND_FITS.get(kind, {kind})
        skeleton = name_skeleton(words)
        keys = _stems(words) | {skeleton, _NOUN_ENDING.sub("", skeleton)}
        found = {
            i
            for k in keys
            for i, their_kind, their_number in self._stem_index().get(k, ())
            if their_kind in fits and their_number == number
        }
        return list(found) if len(found) == 1 else []

    def _stem_index(self) -> dict[str, list[tuple[int, str, str | None]]]:
        index: dict[str, list[tuple[int, str, str | None]]] | None = getattr(self, "_stem_cache", None)
        if index is not None:
            return index
        index = {}
        for i, facility in enumerate(self._facilities):
            category_kind = next((v for c, v in _KIND_OF_CATEGORY.items() if facility.category.startswith(c)), None)
            if category_kind is None:
                continue
            parts = [_kind_parts(normalise_name(part)) for name in _names(facility) for part in re.split(r"[()]", name)]
            # the facility's one kind: for a thermal plant, the most specific kind word any of its names has (the
            # GRES "Novocherkassk power station", whose aliases say "ГРЭС", is no ТЭЦ); else its category's
            own = {kind for kind, _number, _words in parts}
            facility_kind = (
                next((k for k in ("chp", "gres") if k in own), "tpp") if category_kind == "tpp" else category_kind
            )
            for kind, number, words in parts:
                if not words or len(words.split()) > 2:
                    continue
                kind = kind if kind in ("chp", "gres") and category_kind == "tpp" else facility_kind
                for stem in _stems(words):
                    index.setdefault(stem, []).append((i, kind, number))
            owners = re.split(r"[()]", facility.operator or "")
            for owner in owners:
                owner_words = [w for w in normalise_name(owner).split() if w not in _NOT_OWNERS]
                if owner_words and len(owner_words[0]) >= 4:  # "Bashneft (Rosneft)": each owner's first word
                    index.setdefault(name_skeleton(owner_words[0]), []).append((i, facility_kind, None))
        self._stem_cache = index
        return index

    def _inflected(self, key: str) -> list[int]:
        """An inflected name ("нефтебазы «Кавказской»", "Московського нафтопереробного заводу"): each word back to
        its candidate nominatives by the geocoder's suffix rules, kept while the words so far begin a name."""
        from ceasewatch.geo.geocode import _forms

        prefixes = self._prefixes()
        partial = [""]
        for word in key.split():
            forms = (*_forms(word), *_masculine(word))
            combos = dict.fromkeys(f"{p} {f}".lstrip() for p in partial for f in forms)
            partial = [c for c in combos if c in prefixes][:64]
            if not partial:
                return []
        return list(dict.fromkeys(i for p in partial for i in self._exact.get(p, [])))

    def _prefixes(self) -> frozenset[str]:
        prefixes: frozenset[str] | None = getattr(self, "_name_prefixes", None)
        if prefixes is None:
            prefixes = frozenset(
                " ".join(words[:k]) for words in (n.split() for n in self._exact) for k in range(1, len(words) + 1)
            )
            self._name_prefixes = prefixes
        return prefixes

    def _name_last(self, key: str) -> list[int]:
        """A facility word written before its one-word name ("нафтопереробний завод «Сизранський»", "нефтебазу
        «Кавказская»"): the name moved before the word, as the registry's names have it, in any case."""
        words = key.split()
        if len(words) < 3:
            return []  # two words are the town-after-the-word reading (_reordered)
        moved = " ".join((words[-1], *words[:-1]))
        return list(self._exact.get(moved, [])) or self._inflected(moved)

    def _reordered(self, key: str) -> list[int]:
        """A facility word with its town after it ("НПЗ в Саратове", "refinery in Saratov", "ТЕЦ у Харкові"):
        the name with the town's adjective before the word ("Саратовский НПЗ"), or the town first ("Saratov
        refinery")."""
        from ceasewatch.geo.geocode import _forms

        words = key.split()
        if len(words) != 2:
            return []
        first, second = words
        for word in _forms(first):
            for town in (*_forms(second), *_masculine(second)):
                for candidate in (f"{town} {word}", *(f"{adj} {word}" for adj in _town_adjectives(town))):
                    found = self._exact.get(candidate)
                    if found:
                        return list(found)
        return []

    def select(self, category: str | None = None, country: str | None = None) -> list[Facility]:
        """The facilities of a category (or a descendant of it) and of a country (ISO alpha-3), in id order."""
        wanted = _check_categories([category]) if category is not None else None
        return [
            f
            for f in self._facilities
            if (wanted is None or _matches(f.category, wanted)) and (country is None or f.country == country)
        ]

    # -- nearest --------------------------------------------------------------------------------------------------

    def _build(self) -> None:
        if self._built:
            return
        lats: list[float] = []
        lons: list[float] = []
        owners: list[int] = []
        polygons: list[tuple[int, BaseGeometry]] = []
        for i, facility in enumerate(self._facilities):
            geometry = shape(facility.geometry) if facility.geometry is not None else None
            if geometry is not None and geometry.geom_type in ("Polygon", "MultiPolygon"):
                shapely.prepare(geometry)
                polygons.append((i, geometry))
            for lat, lon in _vertices(facility, geometry):
                lats.append(lat)
                lons.append(lon)
                owners.append(i)
        self._vertex_lat: FloatArray = np.asarray(lats, dtype=np.float64)
        self._vertex_lon: FloatArray = np.asarray(lons, dtype=np.float64)
        self._vertex_owner: IntArray = np.asarray(owners, dtype=np.int64)
        self._polygons = polygons
        self._categories = np.asarray([f.category for f in self._facilities], dtype=object)
        self._built = True

    def _facility_mask(self, categories: frozenset[str] | None) -> npt.NDArray[np.bool_]:
        if categories is None:
            return np.ones(len(self._facilities), dtype=bool)
        return np.asarray([_matches(f.category, categories) for f in self._facilities], dtype=bool)

    def nearest(
        self, lat: float, lon: float, max_km: float = 5.0, categories: Iterable[str] | None = None
    ) -> list[tuple[Facility, float]]:
        """Every facility within ``max_km`` of (``lat``, ``lon``), nearest first (ties by id), with its distance in
        km. ``categories`` keeps facilities of those categories or their descendants. ``result[0]`` is the facility
        :meth:`nearest_many` finds for the same point."""
        _check_point(lat, lon, max_km)
        wanted = _check_categories(categories) if categories is not None else None
        self._build()
        mask = self._facility_mask(wanted)
        vertex_ok = mask[self._vertex_owner]
        lats, lons, owners = self._vertex_lat[vertex_ok], self._vertex_lon[vertex_ok], self._vertex_owner[vertex_ok]
        rough = _haversine_km(lat, lon, lats, lons)
        near = rough <= max_km * 1.01 + 0.01  # the sphere is within 0.6% of the ellipsoid
        exact = geodesic_km(lat, lon, lats[near], lons[near])
        best: dict[int, float] = {}
        for owner, distance in zip(owners[near].tolist(), exact.tolist(), strict=True):
            if distance <= max_km and distance < best.get(owner, math.inf):
                best[owner] = distance
        point = shapely.points(lon, lat)
        for owner, polygon in self._polygons:
            if mask[owner] and polygon.contains(point):
                best[owner] = 0.0
        ranked = sorted(best.items(), key=lambda item: (item[1], self._facilities[item[0]].id))
        return [(self._facilities[owner], distance) for owner, distance in ranked]

    def nearest_many(
        self,
        lats: npt.ArrayLike,
        lons: npt.ArrayLike,
        max_km: float = 5.0,
        categories: Iterable[str] | None = None,
    ) -> tuple[IntArray, FloatArray]:
        """For each point, the index (into this registry, in id order: ``registry[i]``) of the nearest facility
        within ``max_km`` and its distance in km; ``-1`` and ``inf`` where there is none. Vectorised, through
        :class:`ceasewatch.geo.nearest.SiteIndex` over the indexed vertices."""
        lat_arr = np.asarray(lats, dtype=np.float64)
        lon_arr = np.asarray(lons, dtype=np.float64)
        if lat_arr.shape != lon_arr.shape or lat_arr.ndim != 1:
            raise ValueError("lats and lons must be one-dimensional arrays of the same length")
        if not (math.isfinite(max_km) and max_km >= 0):
            raise ValueError(f"max_km must be a finite number >= 0, not {max_km!r}")
        wanted = _check_categories(categories) if categories is not None else None
        self._build()
        index, owners = self._index_for(wanted)
        idx = np.full(len(lat_arr), -1, dtype=np.int64)
        dist = np.full(len(lat_arr), np.inf, dtype=np.float64)
        if index is not None and len(lat_arr):
            vertex, distance = index.nearest_within(lat_arr, lon_arr, max_km)
            vertex = np.asarray(vertex, dtype=np.int64)
            found = vertex >= 0
            idx[found] = owners[vertex[found]]
            dist[found] = np.asarray(distance, dtype=np.float64)[found]
        if self._polygons and len(lat_arr):
            mask = self._facility_mask(wanted)
            for owner, polygon in self._polygons:
                if not mask[owner]:
                    continue
                inside = shapely.contains_xy(polygon, lon_arr, lat_arr)
                closer = inside & ~(dist == 0.0)
                idx[closer] = owner
                dist[closer] = 0.0
        return idx, dist

    def _index_for(self, wanted: frozenset[str] | None) -> tuple[SiteIndex | None, IntArray]:
        cached = self._site_indexes.get(wanted)
        if cached is not None:
            return cached
        keep = self._facility_mask(wanted)[self._vertex_owner]
        owners = self._vertex_owner[keep]
        index = SiteIndex(self._vertex_lat[keep], self._vertex_lon[keep]) if len(owners) else None
        self._site_indexes[wanted] = (index, owners)
        return index, owners


def _matches(category: str, wanted: frozenset[str]) -> bool:
    return any(node in wanted for node in ancestors(category))


def _check_categories(categories: Iterable[str | None]) -> frozenset[str]:
    wanted = frozenset(c for c in categories if c is not None)
    unknown = sorted(c for c in wanted if c not in CATEGORIES)
    if unknown:
        raise ValueError(f"unknown target categor{'ies' if len(unknown) > 1 else 'y'} {', '.join(map(repr, unknown))}"
                         " (see docs/taxonomy.md for the list)")  # fmt: skip
    return wanted


def _check_point(lat: float, lon: float, max_km: float) -> None:
    if not (math.isfinite(lat) and -90 <= lat <= 90 and math.isfinite(lon) and -180 <= lon <= 180):
        raise ValueError(f"not a point: lat {lat!r}, lon {lon!r} (expected -90..90 and -180..180)")
    if not (math.isfinite(max_km) and max_km >= 0):
        raise ValueError(f"max_km must be a finite number >= 0, not {max_km!r}")


# -- the bundled files ------------------------------------------------------------------------------------------------

_BUNDLED_JSONL = ("gppd.jsonl", "gem_pipelines.jsonl")
_CURATED = "curated.yaml"


@cache
def _bundled() -> FacilityRegistry:
    folder = resources.files("ceasewatch") / "data" / "facilities"
    facilities: dict[str, Facility] = {}
    for name in _BUNDLED_JSONL:
        resource = folder / name
        if not resource.is_file():
            continue
        for number, line in enumerate(resource.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                facility = _validate(json.loads(line), file=f"data/facilities/{name}", line=number)
                facilities[facility.id] = facility
    notes: dict[str, CuratedNote] = {}
    curated = folder / _CURATED
    if curated.is_file():
        records = read_curated(curated.read_text(encoding="utf-8"), f"data/facilities/{_CURATED}")
        for facility, note, supersedes in records:
            for old in supersedes:
                facilities.pop(old, None)
            facilities[facility.id] = facility
            notes[facility.id] = note
    return FacilityRegistry(facilities.values(), notes)


def read_curated(text: str, file: str) -> list[tuple[Facility, CuratedNote, tuple[str, ...]]]:
    """The records of a curated YAML file: each facility, its :class:`CuratedNote` and the ids it supersedes.

    Each record has the :class:`~ceasewatch.model.Facility` fields plus ``precision``, ``radius_km``,
    ``coordinates_from``, ``note`` and ``supersedes``; ``source_url`` is required. Errors name the file, the line
    of the record and the field.
    """
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError(f"not valid YAML: {exc}", file=file, line=mark.line + 1 if mark else None) from exc
    if not isinstance(data, list) or not isinstance(root, yaml.SequenceNode):
        raise InputError("the file must be a list of records", file=file, line=1, expected="a YAML list")
    records = []
    seen: set[str] = set()
    for node, item in zip(root.value, data, strict=True):
        line = node.start_mark.line + 1
        if not isinstance(item, dict):
            raise InputError("a record must be a mapping", file=file, line=line, expected="a YAML mapping")
        body = dict(item)
        extra = {key: body.pop(key) for key in _CURATED_EXTRA if key in body}
        record = str(body.get("id")) if body.get("id") is not None else None
        for key, kind in (("precision", str), ("coordinates_from", str)):
            if not isinstance(extra.get(key), kind) or not extra[key]:
                raise InputError(f"missing '{key}'", file=file, line=line, record=record, field=key, expected="text")
        radius = extra.get("radius_km")
        if isinstance(radius, bool) or not isinstance(radius, int | float) or radius < 0:
            raise InputError("missing or bad radius", file=file, line=line, record=record, field="radius_km",
                             expected="a number of km >= 0")  # fmt: skip
        if not body.get("source_url"):
            raise InputError("every curated record cites its source", file=file, line=line, record=record,
                             field="source_url", expected="a web address")  # fmt: skip
        facility = _validate(body, file=file, line=line)
        if facility.id in seen:
            raise InputError("duplicate id", file=file, line=line, record=facility.id, field="id",
                             expected="ids unique in the file")  # fmt: skip
        seen.add(facility.id)
        supersedes = extra.get("supersedes") or []
        if not isinstance(supersedes, list) or not all(isinstance(s, str) for s in supersedes):
            raise InputError("bad 'supersedes'", file=file, line=line, record=facility.id, field="supersedes",
                             expected="a list of facility ids")  # fmt: skip
        note = extra.get("note")
        records.append(
            (
                facility,
                CuratedNote(
                    precision=str(extra["precision"]),
                    radius_km=float(radius),
                    coordinates_from=str(extra["coordinates_from"]),
                    note=str(note) if note else None,
                ),
                tuple(supersedes),
            )
        )
    return records


# -- users' files -----------------------------------------------------------------------------------------------------


def _validate(body: dict[str, Any], *, file: str, line: int | None = None, record: str | None = None) -> Facility:
    try:
        return Facility.model_validate(body)
    except ValidationError as exc:
        error = first_error(exc)
        ident = body.get("id")
        raise InputError(
            message_for(error),
            file=file,
            line=line,
            record=record if record is not None else (str(ident) if ident else None),
            field=dotted(tuple(error["loc"])) or None,
            expected=expected_for(error),
        ) from exc


def _geometry(value: Any, *, file: str, line: int | None, record: str | None, field: str) -> BaseGeometry:
    try:
        if isinstance(value, str):
            value = json.loads(value)
        geometry = shape(value)
    except (ValueError, TypeError, KeyError, AttributeError, IndexError, shapely.errors.ShapelyError) as exc:
        raise InputError(f"not a GeoJSON geometry: {exc}", file=file, line=line, record=record, field=field,
                         expected=f"a GeoJSON {' / '.join(_GEOMETRY_TYPES)}") from exc  # fmt: skip
    if geometry.geom_type not in _GEOMETRY_TYPES or geometry.is_empty:
        raise InputError(f"unsupported geometry {geometry.geom_type}", file=file, line=line, record=record,
                         field=field, expected=f"a GeoJSON {' / '.join(_GEOMETRY_TYPES)}")  # fmt: skip
    return geometry


def read_facilities(path: str | Path) -> list[Facility]:
    """Facilities from a user's CSV (``.csv``) or GeoJSON (``.geojson``, ``.json``) file.

    CSV: a header of :data:`CSV_COLUMNS` (at least ``id``, ``name``, ``category``, ``lat``, ``lon``); ``aliases``
    separated by ``|``; ``geometry`` as GeoJSON text; an empty cell is a missing value. GeoJSON: a FeatureCollection
    whose features' ``properties`` are the fields; a Point geometry gives ``lat``/``lon``; a line or polygon is kept as
    ``geometry``, with a representative point on it as ``lat``/``lon`` unless the properties give them. ``source``
    defaults to ``user file <name>``. Any error raises :class:`~ceasewatch.errors.InputError` naming the file, the
    line (CSV) or feature (``features[i]``), the field and what was expected; nothing is returned then.
    """
    file = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot open the file: {exc.strerror or exc}", file=file) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"byte {exc.start} is not valid UTF-8", file=file, expected="UTF-8 text") from exc
    suffix = Path(path).suffix.lower()
    default_source = f"user file {Path(path).name}"
    if suffix == ".csv":
        facilities = _read_csv(text, file, default_source)
    elif suffix in (".geojson", ".json"):
        facilities = _read_geojson(text, file, default_source)
    else:
        raise InputError(f"unknown file type '{suffix}'", file=file, expected="a .csv, .geojson or .json file")
    return facilities


def _read_csv(text: str, file: str, default_source: str) -> list[Facility]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise InputError("the file is empty", file=file, line=1, expected="a header row") from None
    header = [column.strip() for column in header]
    for column in header:
        if column not in CSV_COLUMNS:
            raise InputError(f"unknown column '{column}'", file=file, line=1, field=column,
                             expected="columns among " + ", ".join(CSV_COLUMNS))  # fmt: skip
    for column in _REQUIRED_CSV:
        if column not in header:
            raise InputError(f"missing column '{column}'", file=file, line=1, field=column,
                             expected="columns " + ", ".join(_REQUIRED_CSV))  # fmt: skip
    facilities: list[Facility] = []
    seen: dict[str, int] = {}
    line = reader.line_num + 1
    try:
        for row in reader:
            start, line = line, reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                raise InputError(f"the row has {len(row)} cells, the header {len(header)}", file=file, line=start,
                                 expected=f"{len(header)} cells")  # fmt: skip
            body: dict[str, Any] = {k: v.strip() for k, v in zip(header, row, strict=True) if v.strip()}
            record = body.get("id")
            if "aliases" in body:
                body["aliases"] = [a.strip() for a in body["aliases"].split("|") if a.strip()]
            if "geometry" in body:
                geometry = _geometry(body["geometry"], file=file, line=start, record=record, field="geometry")
                body["geometry"] = mapping(geometry)
                if geometry.geom_type == "Point":
                    body.pop("geometry")
            body.setdefault("source", default_source)
            facility = _validate(body, file=file, line=start)
            _check_unique(facility, seen, start, file, line_based=True)
            facilities.append(facility)
    except csv.Error as exc:
        raise InputError(f"not valid CSV: {exc}", file=file, line=line) from exc
    return facilities


def _check_unique(facility: Facility, seen: dict[str, int], where: int, file: str, *, line_based: bool) -> None:
    if facility.id in seen:
        first = f"line {seen[facility.id]}" if line_based else f"features[{seen[facility.id]}]"
        raise InputError(
            f"the id is already used by {first}",
            file=file,
            line=where if line_based else None,
            record=facility.id if line_based else f"features[{where}] ({facility.id})",
            field="id",
            expected="ids unique in the file",
        )
    seen[facility.id] = where


def _representative_point(geometry: BaseGeometry) -> BaseGeometry:
    """A point on the geometry: the middle of a line (of the longest part), a point inside a polygon."""
    if geometry.geom_type in ("Polygon", "MultiPolygon"):
        return geometry.representative_point()
    if geometry.geom_type == "MultiLineString":
        geometry = max(getattr(geometry, "geoms", []), key=lambda part: part.length)
    point: BaseGeometry = shapely.line_interpolate_point(geometry, 0.5, normalized=True)
    return point


def _read_geojson(text: str, file: str, default_source: str) -> list[Facility]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc.msg}", file=file, line=exc.lineno, expected="GeoJSON") from exc
    if (
        not isinstance(data, dict)
        or data.get("type") != "FeatureCollection"
        or not isinstance(data.get("features"), list)
    ):
        raise InputError("not a GeoJSON FeatureCollection", file=file, field="type",
                         expected='{"type": "FeatureCollection", "features": [...]}')  # fmt: skip
    facilities: list[Facility] = []
    seen: dict[str, int] = {}
    for i, feature in enumerate(data["features"]):
        where = f"features[{i}]"
        if not isinstance(feature, dict) or not isinstance(feature.get("properties"), dict):
            raise InputError("a feature needs an object of properties", file=file, record=where, field="properties",
                             expected="a GeoJSON Feature with properties")  # fmt: skip
        body = {k: v for k, v in feature["properties"].items() if v is not None and v != ""}
        if body.get("id"):
            where = f"{where} ({body['id']})"
        raw_geometry = feature.get("geometry")
        if raw_geometry is not None:
            geometry = _geometry(raw_geometry, file=file, line=None, record=where, field="geometry")
            if geometry.geom_type == "Point":
                body.setdefault("lat", geometry.y)
                body.setdefault("lon", geometry.x)
            else:
                point = _representative_point(geometry)
                body["geometry"] = mapping(geometry)
                body.setdefault("lat", round(float(point.y), 6))
                body.setdefault("lon", round(float(point.x), 6))
        body.setdefault("source", default_source)
        facility = _validate(body, file=file, record=where)
        _check_unique(facility, seen, i, file, line_based=False)
        facilities.append(facility)
    return facilities


def import_facilities(store: FacilitySink[_R_co], path: str | Path) -> _R_co:
    """Read ``path`` (:func:`read_facilities`) and store its facilities in one transaction; returns what the store's
    ``add_facilities`` returns (counts of added, updated and unchanged records). A bad file stores nothing."""
    return store.add_facilities(read_facilities(path))
