"""What the monitors' exports (ACLED, UCDP GED) have in common: country names and local days, and the targets,
weapons and strikes their texts name.

Both monitors describe an event in English prose (ACLED's ``notes``, UCDP's ``source_headline`` and
``source_article``): :func:`find_target`, :func:`find_weapon` and :func:`strike_kind` read a claim's target, weapon
and act from it, by the word lists below (documented in ``docs/sources.md``). Both give dates as local calendar days:
:func:`local_days` turns them into a time interval in the country's time zone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from ceasewatch.model.time import TimeInterval, TimePrecision

# -- countries and local days -----------------------------------------------------------------------------------------


COUNTRY_NAMES: dict[str, str] = {
    "russia": "RUS",
    "russia (soviet union)": "RUS",
    "ukraine": "UKR",
    "belarus": "BLR",
    "moldova": "MDA",
    "georgia": "GEO",
    "poland": "POL",
    "romania": "ROU",
    "united states": "USA",
    "united states of america": "USA",
}
"""Country names, as ACLED and UCDP write them, to ISO 3166-1 alpha-3 codes."""

TIME_ZONES: dict[str, str] = {
    "UKR": "Europe/Kyiv",
    "RUS": "Europe/Moscow",
    "BLR": "Europe/Minsk",
    "MDA": "Europe/Chisinau",
    "GEO": "Asia/Tbilisi",
    "POL": "Europe/Warsaw",
    "ROU": "Europe/Bucharest",
}
"""The time zone a country's local dates are read in (Russia: Moscow time, which covers the border regions)."""


def local_days(first: date, last: date, precision: TimePrecision, country: str | None) -> TimeInterval:
    """The interval from the start of local day ``first`` to the end of local day ``last`` (the next midnight), in the
    time zone of ``country`` (UTC when unknown), with that zone's name kept."""
    tz = TIME_ZONES.get(country or "", "UTC")
    zone = ZoneInfo(tz)
    return TimeInterval(
        earliest=datetime.combine(first, time(), zone),
        latest=datetime.combine(last + timedelta(days=1), time(), zone),
        precision=precision,
        tz=tz,
    )


# -- what a monitor's text names: targets, weapons, strikes ------------------------------------------------------------


@dataclass(frozen=True)
class Found:
    """A taxonomy id found in a text, and where: ``[start, end)`` in the text (``None`` when found in ``extra``)."""

    id: str
    start: int | None = None
    end: int | None = None


def _words(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns), re.IGNORECASE)


_OIL_CONTEXT = r"oil|CPC|Caspian Pipeline|Druzhba|Transneft"
TARGET_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("energy.electricity.generation.nuclear", _words(r"nuclear power (?:plant|station)", r"(?-i:\bNPP\b)")),
    ("energy.electricity.generation.hydro", _words(r"hydro-?electric", r"hydro ?power", r"(?-i:\bHPP\b)", r"\bdam\b")),
    (
        "energy.electricity.generation.thermal",
        _words(
            r"thermal power",
            r"(?-i:\b(?:TPP|CHP|TES|TETs)\b)",
            r"combined heat and power",
            r"heat(?:ing)? and power plant",
        ),
    ),
    (
        "energy.electricity.generation.renewable",
        _words(r"solar (?:power|plant|farm|park)", r"wind (?:farm|park|power)"),
    ),
    ("energy.electricity.traction", _words(r"traction sub-?stations?")),
    ("energy.electricity.substation", _words(r"\bsub-?stations?\b", r"\btransformers?\b", r"electrical distribution")),
    ("energy.electricity.line", _words(r"power lines?", r"(?:power )?transmission lines?", r"high-voltage lines?")),
    ("energy.electricity.generation", _words(r"power (?:plant|station)s?", r"electricity generat\w*")),
    ("energy.oil.refinery", _words(r"refiner(?:y|ies)")),
    (
        "energy.oil.pumping_station",
        _words(
            r"oil[- ]pumping stations?",
            rf"pumping stations?\b(?=[^.;]{{0,80}}\b(?:{_OIL_CONTEXT})\b)",
            rf"\b(?:{_OIL_CONTEXT})\b[^.;]{{0,80}}?\bpumping stations?",
        ),
    ),
    (
        "energy.oil.storage",
        _words(r"(?:oil|fuel|petroleum|fuel and lubricants?) (?:depot|storage|terminal)s?", r"tank farms?"),
    ),
    ("energy.oil.pipeline", _words(r"oil pipelines?")),
    ("energy.gas.metering_station", _words(r"gas (?:metering|measuring) stations?")),
    ("energy.gas.compressor_station", _words(r"compressor stations?")),
    ("energy.gas.distribution_station", _words(r"gas distribution (?:station|point)s?")),
    ("energy.gas.storage", _words(r"(?:underground )?gas storage")),
    ("energy.gas.pipeline", _words(r"gas pipelines?", r"gas mains?")),
    ("energy.gas.production", _words(r"gas (?:field|well|production)s?")),
    ("energy.oil.production", _words(r"oil (?:field|well|rig|production)s?")),
    ("energy.heat", _words(r"boiler (?:house|room)s?", r"heating plants?", r"district heating")),
    ("energy.gas", _words(r"gas (?:infrastructure|facilit(?:y|ies))")),
    (
        "energy.electricity",
        _words(r"power grid", r"(?:electricity|power|electric) (?:infrastructure|facilit(?:y|ies))"),
    ),
    ("energy", _words(r"energy (?:infrastructure|facilit(?:y|ies)|objects?|sites?)")),
)
"""Energy target categories and the English words that name them, most specific first (docs/sources.md)."""

OTHER_TARGET_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "maritime.vessel.military",
        _words(r"warships?", r"patrol (?:boat|ship)s?", r"landing ships?", r"corvettes?", r"frigates?"),
    ),
    (
        "maritime.vessel.civilian",
        _words(r"(?:cargo|civilian|grain|merchant|container) (?:ship|vessel)s?", r"bulk carriers?", r"\btankers?\b"),
    ),
    ("military.airbase", _words(r"air ?(?:base|field)s?", r"aerodromes?")),
    ("military.naval_base", _words(r"naval base")),
    ("military.depot", _words(r"(?:ammunition|ammo|arms|weapons?|military) (?:depot|warehouse|store)s?")),
    (
        "military.industry",
        _words(
            r"defen[cs]e (?:plant|industry|enterprise)s?",
            r"military[- ]industrial",
            r"(?:arms|ammunition|drone|missile) (?:factory|factories|plants?)",
        ),
    ),
    (
        "military.unit",
        _words(
            r"\bpositions?\b",
            r"\btroops\b",
            r"military personnel",
            r"\bsoldiers\b",
            r"servicem[ae]n",
            r"military units?",
            r"command posts?",
        ),
    ),
    ("civilian.medical", _words(r"hospitals?", r"clinics?")),
    ("civilian.education", _words(r"schools?", r"kindergartens?", r"universit(?:y|ies)")),
    ("civilian.port", _words(r"\b(?:sea)?ports?\b", r"grain terminals?")),
    (
        "civilian.transport",
        _words(
            r"railways?", r"rail (?:station|line|infrastructure)s?", r"\btrains?\b", r"\bbus(?:es)?\b", r"\bbridges?\b"
        ),
    ),
    (
        "civilian.residential",
        _words(r"residential", r"apartments?", r"\bhouses?\b", r"\bhomes?\b", r"dwellings?", r"high-rise"),
    ),
    ("civilian.industry", _words(r"factor(?:y|ies)", r"industrial (?:enterprise|facilit(?:y|ies)|site)s?")),
    ("civilian.other", _words(r"civilian infrastructure", r"\bshops?\b", r"\bmarkets?\b", r"churche?s?")),
)
"""Military, maritime and civilian target categories and their words (used where no energy target is named)."""

_DEPTH = {category: category.count(".") for category, _ in TARGET_WORDS + OTHER_TARGET_WORDS}


def find_target(text: str, extra: str = "") -> Found | None:
    """The target a text names: energy first, then any other; the most specific, then the first in the text.

    ``extra`` (e.g. ACLED ``tags``) is searched after ``text``; a match in it has no span.

    >>> find_target("Russian drones hit the Kropotkinskaya oil pumping station of the CPC pipeline.")
    Found(id='energy.oil.pumping_station', start=38, end=57)
    >>> find_target("Shelling damaged energy infrastructure, namely a substation.").id
    'energy.electricity.substation'
    """
    whole = f"{text}\n{extra}" if extra else text
    for table in (TARGET_WORDS, OTHER_TARGET_WORDS):
        hits = [(category, match) for category, pattern in table if (match := pattern.search(whole))]
        if hits:
            category, match = min(hits, key=lambda hit: (-_DEPTH[hit[0]], hit[1].start()))
            if match.end() <= len(text):
                return Found(category, match.start(), match.end())
            return Found(category)
    return None


DRONE_WORDS = _words(
    r"\bdrones?\b", r"\bUAVs?\b", r"unmanned aerial", r"Shahed", r"Geran", r"Lancet", r"\bFPV\b", r"loitering munition"
)
NAVAL_DRONE_WORDS = _words(r"(?:naval|sea|maritime) drones?", r"unmanned surface vessels?", r"(?-i:\bUSVs?\b)")
ARTILLERY_WORDS = _words(
    r"shell(?:ing|ed|s)?\b", r"artillery", r"mortars?", r"(?-i:\bMLRS\b)", r"multiple rocket", r"\bGrad\b", r"HIMARS"
)
MISSILE_WORDS = _words(
    r"missiles?", r"Iskander", r"Kalibr", r"Kh-\d+", r"Kinzhal", r"ATACMS", r"Storm Shadow", r"Neptune", r"Tochka"
)
WEAPON_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Shahed-type drone", _words(r"Shahed", r"Geran")),
    ("Lancet", _words(r"Lancet")),
    ("FPV drone", _words(r"\bFPV\b")),
    ("naval drone", NAVAL_DRONE_WORDS),
    ("Iskander", _words(r"Iskander")),
    ("Kalibr", _words(r"Kalibr")),
    ("Kinzhal", _words(r"Kinzhal")),
    ("Kh-101", _words(r"Kh-101")),
    ("ATACMS", _words(r"ATACMS")),
    ("Storm Shadow", _words(r"Storm Shadow")),
    ("Neptune", _words(r"Neptune")),
    ("HIMARS", _words(r"HIMARS")),
    ("guided aerial bomb", _words(r"(?-i:\bKABs?\b)", r"guided (?:aerial )?bombs?", r"glide bombs?")),
    ("multiple rocket launcher", _words(r"(?-i:\bMLRS\b)", r"multiple rocket", r"\bGrad\b", r"Uragan", r"Smerch")),
)
"""Named weapons and the words that name them; the first named in the text becomes the claim's ``weapon``."""


def find_weapon(text: str) -> str | None:
    """The weapon named first in a text, if any.

    >>> find_weapon("Russian forces launched Shahed drones and an Iskander-M missile.")
    'Shahed-type drone'
    """
    hits = [(match.start(), weapon) for weapon, pattern in WEAPON_WORDS if (match := pattern.search(text))]
    return min(hits)[1] if hits else None


def strike_kind(text: str, default: str) -> str:
    """The strike a text describes by its weapons: naval drone → ``strike.naval``; drones alone →
    ``strike.drone``; missiles alone → ``strike.missile``; drones and missiles → ``strike``; neither: ``default``."""
    if NAVAL_DRONE_WORDS.search(text):
        return "strike.naval"
    drone, missile = bool(DRONE_WORDS.search(text)), bool(MISSILE_WORDS.search(text))
    if drone and missile:
        return "strike"
    if drone:
        return "strike.drone"
    if missile:
        return "strike.missile"
    return default
