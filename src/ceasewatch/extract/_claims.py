"""Assembling claims: one per attack and place, with act, weapon, target, place, time, actors, stance, evidence and
a confidence. The rules are described in docs/extraction.md."""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
from collections.abc import Callable, Mapping, Sequence, Set
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol, TypeVar

from ceasewatch.extract import _actors, _confidence, _lexicon, _places, _segment, _time
from ceasewatch.extract._guard import guard_patterns
from ceasewatch.extract._language import Language, detect_language
from ceasewatch.geo.districts import district_key
from ceasewatch.geo.gazetteer import is_centre, names_region, spelt_region
from ceasewatch.geo.nearest import geodesic_km
from ceasewatch.model.claim import Claim, Evidence, Target
from ceasewatch.model.facility import Facility
from ceasewatch.model.place import Place
from ceasewatch.model.report import Report
from ceasewatch.model.taxonomy import CATEGORIES, is_military_target
from ceasewatch.model.time import TimeInterval

__all__ = ["ExtractResult", "Extractor", "FacilityLookup"]

_PARTY_AFFILIATIONS = frozenset({"party_official", "party_aligned_media"})
_QUOTED_AFTER = re.compile(
    r"\s*(?:(?:станц\w*|станці\w*|station|завод\w*|plant|КТК|ПАО|АО)\s*)*(?:[-–—]\s*)?"
    r"(?:[«\"“„](?P<q>[^»\"”“]{2,60})[»\"”“]|(?P<c>[А-ЯЁІЇЄҐA-Z][\w'’ʼ-]+(?:[- ]\d+)?))"
)
_NAME_BEFORE = re.compile(r"(?P<n>[А-ЯЁІЇЄҐA-Z][\w'’ʼ-]+(?:\s+[А-ЯЁІЇЄҐA-Z][\w'’ʼ-]+)?)\s+$")
# a Cyrillic adjective in quotes before the target word ("«Рязанскую» ГРЭС", „Рязанский“ НПЗ): the name, as unquoted
_QUOTED_ADJECTIVE_BEFORE = re.compile(r"[«\"“„](?P<n>[А-ЯЁІЇЄҐ][а-яёіїєґ'’ʼ-]+)[»\"”“]\s+$")
_PAIRED_NAMES = re.compile(
    r"(?P<a>(?-i:[А-ЯЁІЇЄҐ])[\w'’ʼ-]+)\s+(?:и|і|та|й)\s+(?P<b>(?-i:[А-ЯЁІЇЄҐ])[\w'’ʼ-]+)\s+", re.I
)  # two names of sites before one noun in the plural ("Зуевской и Старобешевской ТЭС"): the first is its own site
_NOT_NAMES = frozenset({"в", "на", "по", "the", "a", "ВСУ", "ЗСУ", "РФ", "рф", "В", "На", "По", "У", "The", "A", "И"})
_NEAREST_CATEGORIES = (
    "energy.electricity.generation",
    "energy.oil.refinery",
    "energy.oil.storage",
    "energy.oil.pumping_station",
    "energy.gas.compressor_station",
    "energy.gas.metering_station",
    "energy.gas.storage",
)
# the kinds the registry holds whole (the refineries of European Russia and Ukraine, every nuclear plant): "НПЗ" in
# a region with one refinery is that refinery ("В Саратовской области ... Целью была инфраструктура НПЗ")
_ONE_PER_REGION = frozenset({"energy.oil.refinery", "energy.electricity.generation.nuclear"})
_REFINES = re.compile(r"[\s(),]*|[\s()]*(?:в|во|у|на|in|of)\s+")
# (a front word after a region's English spelling, "the Zaporizhia front", and what lies between a town and its
# region, "Orikhiv, Zaporizhia", "Kamianske in Zaporizhia": ``_spelt_regions``)
_FRONT_AFTER = re.compile(r"\s+(?:fronts?|directions?|axis|axes|sectors?)\b", re.I)
_TOWN_THEN_REGION = re.compile(r"\s*,\s*|\s+in\s+")
_OCCUPIED = re.compile(r"\b(?:окупован\w*|оккупирован\w*|occupied)", re.I)
_SABOTAGE = re.compile(
    r"\b(?:диверси\w*|диверсі\w*|подрыв\w*|підрив\w*|поджог\w*|підпал\w*|sabotage\w*|arson|"
    r"(?:взорва|подорва|підірва)(?:л|ли|ла|в|н\w*)\b|"
    r"(?:blew|blown|blow|blowing)\s+up)",
    re.I,
)
_ANTI_AIRCRAFT = re.compile(
    r"(?:\banti-(?:(?:aircraft|air)\s+(?:[\w-]+\s+)?)?|\bзен[іи]тн\w*\s+(?:[\w-]+\s+)?)$", re.I
)  # "anti-aircraft missile", "зенітні ракетні" (not "anti-ship missile")
_DEFENDERS_AFTER = re.compile(
    r"[\w-]*\s+(?:[\w-]+\s+)?(?:units?|troops|forces|systems?|batter(?:y|ies)|гармат\w*|войск\w*|військ\w*|"
    r"підрозділ\w*|подразделени\w*|комплекс\w*|систем\w*)\b",
    re.I,
)  # the units that fire it: "anti-aircraft missile units", "зенітні ракетні війська" (not "зенитными ракетами по ...")
_SCOUTING = re.compile(r"(?:розвідувальн|разведывательн|reconnaissance|recon|spotter)\w*\s+$", re.I)


_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "energy.oil.pumping_station": ("НПС",),
    "energy.gas.compressor_station": ("КС",),
    "energy.gas.metering_station": ("ГИС",),
    "energy.oil.refinery": ("НПЗ",),
    "energy.electricity.substation": ("ПС",),
    "energy.electricity.generation.thermal": ("ТЭС", "ТЕС", "ТЭЦ", "ТЕЦ"),
    "energy.electricity.generation.nuclear": ("АЭС", "АЕС"),
    "energy.electricity.generation.hydro": ("ГЭС", "ГЕС"),
}


class FacilityLookup(Protocol):
    """What extraction needs of a facility registry (``ceasewatch.geo.facilities.FacilityRegistry`` has both)."""

    def find(self, name: str) -> list[Facility]: ...

    def nearest(
        self, lat: float, lon: float, max_km: float = 5.0, categories: Any = None
    ) -> list[tuple[Facility, float]]: ...


@dataclass(frozen=True)
class ExtractResult:
    """What extraction made of one report: its language, its claims, and why there are none when there are none."""

    report_id: str
    language: Language
    claims: tuple[Claim, ...]
    reason: str | None = None


@dataclass
class _Sentence:
    start: int
    end: int
    triggers: list[tuple[int, int]]
    targets: list[tuple[int, int, _lexicon.Entry]]
    weapons: list[tuple[int, int, _lexicon.Entry]]
    # the end of the sentence after it (the segmenter's), where a plant's purpose or the denial of an accusation is
    # often said
    next_end: int
    lead: list[tuple[int, int, _lexicon.Entry]] = field(default_factory=list)  # the raid lead's weapons before it
    # the start of the sentence before it (-1: none), where the plant a bare "підприємство" stands for was named
    before: int = -1
    suffered: bool = False  # whether its attack words are regions that suffered ("Пострадали ... области")
    # the month a run of attacks at places named is dated to ("В останній декаді березня росіяни неодноразово
    # атакували ..."), when the sentence is told for it and not as a site's history
    month: _time.TimeFound | None = None
    # whether a party-aligned outlet's sentence is the other side's claim (it names that side speaking)
    other_side: bool = False
    # what `_attacked_place` has read of this sentence's list of places, per mentions list: a list of many towns is
    # walked once, not once per town and level
    attacked: dict[int, dict[tuple[int, int, int, int], bool]] = field(default_factory=dict)


_PlacesMemo = dict[tuple[int, int], tuple[Place, ...]]
"""The places with an oblast each span of one report names other than by a facility's adjective (``_places_named``):
made fresh for each report and passed down, so that reading a report asks for each span once."""


@dataclass
class _ReportState:
    """What reading one report carries from sentence to sentence: made fresh for each report, so nothing of one
    report leaks into the next."""

    party: str | None  # the party of the report
    spans: list[tuple[int, int]]  # the report's sentences
    # the one place the report names (and where it is named), if it names exactly one
    only_place: tuple[int, Place] | None
    published: datetime  # when the report was published, and the time zone it speaks in
    zone: str
    # the weapons of the report that struck (found when a sentence names none), if of one act; None until asked
    arms: list[tuple[int, int, _lexicon.Entry]] | None = None
    armed: bool = False  # whether the report names a weapon that struck (of one act or not): ask _report_armed
    front: bool | None = None  # whether the report speaks of the front anywhere; None until asked
    accident: bool | None = None  # whether the report names a cause other than an attack; None until asked
    # whether the report says anything attacked (an attack word other than a fire, a weapon, a side); None until asked
    attacked: bool | None = None
    # the one country all the report's located places lie in, if one: where a claim that names no place and no side
    # and whose target's owner is not said most likely is
    country: str | None = None
    last_place: Place | None = None  # the place of the report's last claim so far
    regions: set[str] = field(default_factory=set)  # the regions (admin1) of the report's claims so far
    last_hit: tuple[int, int, _lexicon.Entry] | None = None  # the target of the report's last claim that named one
    # the last kind of sites a sentence named as sites ("gas production facilities", "объекты энергетики"), whether
    # or not it gave a claim: what bare "facilities in ..." after it stand for
    named_sites: tuple[tuple[int, int, _lexicon.Entry], str | None] | None = None  # with the country they lie in
    last_side: str | None = None  # the side that struck in the report's last claim so far
    setting: tuple[int, int] | None = None  # the sentence just before, when it gave no claim
    held: int = 0  # how many sentences with no claim and no place the setting was kept over (two at most)
    previous: Place | None = None  # the one place of the claims of the sentence just before
    kept: int = 0  # how many sentences with no claim and no other place ``previous`` was kept over (two at most)
    header: list[tuple[int, int]] = field(default_factory=list)  # the attack words of a list's header ("Уражено:")
    # the weapons that struck in the last sentence with an attack word that named any: the raid's lead, whose means
    # carry to the damage sentences after it that name none
    lead_arms: list[tuple[int, int, _lexicon.Entry]] = field(default_factory=list)
    air_tally: bool = False  # whether a sentence before spoke of air defence ("ПВО перехватили и уничтожили 21 БПЛА")
    # the time each sentence names of its own (None where none, or only that of a statement), and the last time named
    # up to each sentence: found once per report, when first asked (_told_at_another_time)
    times: list[TimeInterval | None] | None = None
    told: list[TimeInterval | None] = field(default_factory=list)
    # the report's mentions of a combined attack it tells, and the sides each one's sentence names (_combined_told)
    combined: list[tuple[int, set[str]]] | None = None
    # the sentences' ends, the places of the text from each sentence's end to the next one's, and the first such piece
    # from a piece on that names a place other than a claim's: found once per report, when first asked
    # (_same_attack_after)
    ends: list[int] = field(default_factory=list)
    piece_places: dict[int, list[Place]] = field(default_factory=dict)
    other_place: dict[tuple[int, bool, str | None], int] = field(default_factory=dict)
    # the regions (through _REGION_AROUND) of the places each sentence a weapon is named in names, none where it names a
    # country as where: found once per sentence, when first asked (_told_of_another_region)
    span_regions: dict[tuple[int, int], set[str]] = field(default_factory=dict)
    memo: _PlacesMemo = field(default_factory=dict)  # the places each span names (``_places_named``)


def _depth(category: str) -> int:
    return category.count(".") + 1


def _is_cut(text: str, a: int, b: int) -> bool:
    """Whether the attack word at ``text[a:b]`` only tells a supply cut ("без світла", "обесточены", "outage")."""
    return bool(_OUTAGE.fullmatch(text, a, b) or _CUT.fullmatch(text, a, b))


def _said_absent(text: str, s: int, e: int, t: tuple[int, int, _lexicon.Entry]) -> bool:
    """Whether the words around a target found in ``text[s:e]`` say there was none ("пострадавших и разрушений нет",
    "без пострадавших")."""
    return bool(
        _lexicon.NONE_AFTER.match(text, t[1], e)
        or _lexicon.NONE_BEFORE.search(text, max(s, t[0] - 25), t[0])
        # (or only asked about: "информация о пострадавших уточняется")
        or (
            _lexicon.UNCLEAR_BEFORE.search(text, max(s, t[0] - 40), t[0])
            and _lexicon.UNCLEAR_AFTER.match(text, t[1], e)
        )
    )


def _present_targets(text: str, s: int, e: int) -> list[tuple[int, int, _lexicon.Entry]]:
    """The targets ``text[s:e]`` names, but those it says there were none of ("пострадавших и разрушений нет") and
    the words that name no site hit (``_not_hit``), so that a sentence lending its target to another's claim is
    read as a sentence with its own attack is."""
    return _not_speakers(
        text,
        e,
        [
            t
            for t in _lexicon.find_targets(text, s, e)
            if not _said_absent(text, s, e, t) and not _not_hit(text, s, e, t)
        ],
    )


# the stems of what befalls a site, not of what a side did (after "not", the site was spared): _SPARED_AFTER's and
# _UNHARMED's
_HARM_STEMS = r"пострада|постражда|пошкод|поврежд|зачеп|задет|зруйн|разруш|damag|affected|harmed"
# what befell a site right after its word, negated: the site was spared ("АЭС не пострадала", "склады не
# постраждали", "the nuclear plant was not affected", "warehouses weren't damaged"; not "not damaged but destroyed")
_SPARED_AFTER = re.compile(
    r"(?:\s+(?:was|were|is|are|has|have|had|been|была|были|был|было|була|були|був|було))*"
    r"(?:\s+(?:не|ні|not)|n['’]t)\s+(?:been\s+)?"
    rf"(?:{_HARM_STEMS}|hit\b)\w*"
    r"(?![\w\s,]{0,3}(?:but|а|но|але|проте|однак)\b)"
    # (not a time before: "a refinery not hit before", "НПЗ, не поврежденный ранее")
    r"(?!(?:\s+[\w'’ʼ-]+){0,2}?\s+(?:before|previously|earlier|since|ранее|раньше|раніше|прежде)\b)",
    re.I,
)


# a gas pipe by the words of a pipe ("газовая труба", "газову трубу", "gas pipe"; not "газопровод", a pipeline), and
# the homes a household pipe serves ("жилой дом", "приватний будинок", "квартиры", "a residential building", "homes")
_GAS_PIPE = re.compile(r"газов\w*\s+труб\w*|gas\s+pipes?", re.I)
_HOME = re.compile(
    r"\b(?:дом(?:а|у|ом|е|ов|ами|ах)?|домовлад\w*|будин\w*|квартир\w*|житл\w*|жил(?:ой|ого|ом|ые|ых|ым|ыми|ое|ая)\b|"
    r"houses?|homes?|residential|apartments?|households?)",
    re.I,
)


def _not_hit(text: str, s: int, e: int, t: tuple[int, int, _lexicon.Entry]) -> bool:
    """Whether a target word found in ``text[s:e]`` names no site hit: what lost power ("без электроэнергии осталось
    предприятие"), regions affected rather than people hurt ("постраждали Сумська та Київська області"), the one
    who speaks ("сообщили в пресс-службе завода"), where the wounded were taken or died ("доставили в больницу",
    "помер у лікарні"), or what a sentence sets aside as told before ("Кроме судов, повреждены ...")."""
    value = t[2].value
    return bool(
        _LEFT_WITHOUT.search(text, max(s, t[0] - 60), t[0])
        or (
            value.startswith("civilian")
            and (_LEFT_AFTER.match(text, t[1], e) or _CUT_BEFORE.search(text, max(s, t[0] - 60), t[0]))
            and not _HIT_AFTER.match(text, t[1], e)
        )
        or (value.startswith("civilian") and _cut_at_list_end(text, s, e, t))
        # (not the sites "объект гражданской инфраструктуры": no people after the object's word)
        or (
            value == "civilian"
            and t[2] is not _lexicon.CIVIL_SITES
            and (places := _NOT_PEOPLE_BEFORE.search(text, max(s, t[0] - 30), t[0])) is not None
            # after a bare comma only a participle of the places ("регионов, пострадавших"); a clause of its own tells
            # people hurt ("в Сумской области, ранен мужчина", "region, injuring a man")
            and (places.group("bare") is None or _PARTICIPLE.fullmatch(text, t[0], t[1]) is not None)
        )
        or (value == "civilian" and _NOT_PEOPLE_AFTER.match(text, t[1], e))
        or (value == "civilian" and _soldiers_hurt(text, s, e, t))
        or _SPEAKS_FOR.match(text, t[1], e)
        or _PRESS_OF.search(text, max(s, t[0] - 30), t[0])
        or (value == "civilian.medical" and _TAKEN_TO.search(text, max(s, t[0] - 80), t[0]))
        or (value == "civilian.medical" and _died_in(text, s, e, t))
        or (_NOT_THIS.search(text, max(s, t[0] - 12), t[0]) is not None and _BUT_THAT.match(text, t[1], e) is not None)
        or (value.startswith("military") and _UNLIKE.search(text, max(s, t[0] - 60), t[0]) is not None)
        or ((besides := _BESIDES.match(text, s, e)) is not None and t[1] <= besides.end())
        or (value == "civilian.industry" and _names_company(text, t))
        or _beside_impact(text, s, e, t)
        or _energy_people(text, s, t)
        # a household gas pipe: a gas pipe with homes named in its sentence is the homes' damage, not an energy site
        # ("повреждены жилой дом и газовая труба", "hit a residential building, damaging windows and a gas pipe")
        or (_GAS_PIPE.fullmatch(text, t[0], t[1]) is not None and _HOME.search(text, s, e) is not None)
        or (value == "civilian.port" and any(a <= t[0] < b for a, b in _bound_for(text, s, e)))
        # a warship or a unit in the span of where the weapons were launched from is the launch platform, not a site
        # hit ("Kalibr missiles fired from a submarine in the Black Sea hit ...", "ракети, запущені з підводного
        # човна", "missiles launched from Tu-95 bombers and a submarine")
        or (
            value in ("maritime.vessel.military", "maritime.vessel", "military.unit")
            and (
                any(a <= t[0] < b for a, b in _launch_spans(text, s, e))
                or _FROM_PLATFORMS_BEFORE.search(text, max(s, t[0] - 80), t[0]) is not None
            )
        )
        # (a site the text says was spared, "АЭС не пострадала": no site hit, so no category or facility)
        or _SPARED_AFTER.match(text, t[1], e) is not None
    )


# the power engineers at work ("Енергетики працюють над ...", "рятувальники та енергетики розпочнуть", "Прокудін
# додав, що енергетики ...", "герої-енергетики": the word opens its clause or follows "та", "що", "наші" or a hyphen;
# the sector, "об'єкти енергетики", "щодо енергетики", follows a noun or a preposition) and the ministry of energy
# ("отметили в Минэнерго"; not a grid company like "Курскэнерго")
_ENGINEERS = re.compile(r"[еэ]нергетики", re.I)
# how the text before the word ends, searched ("та" or a comma only after other workers: "объекты транспорта и
# энергетики" is the sector)
_ENGINEERS_BEFORE = re.compile(
    r"(?:(?:[;:«\"—–]|\b(?:що|что|наші|наши))\s*|"
    r"\b(?:рятувальник|спасател|комунальник|коммунальщик|ремонтник|надзвичайник)\w*\s*(?:,|\b(?:та|і|й|и))\s*|-)\Z",
    re.I,
)
_MINISTRY = re.compile(r"(?:Мин|Мін)[еэ]нерго", re.I)


def _energy_people(text: str, s: int, t: tuple[int, int, _lexicon.Entry]) -> bool:
    """Whether an energy word names people or an office of the sector, not a site: the power engineers who restore
    the supply ("енергетики відновлять електропостачання" would narrow a site told elsewhere to a power cut) or the
    ministry that speaks."""
    if _MINISTRY.fullmatch(text, t[0], t[1]):
        return True
    return _ENGINEERS.fullmatch(text, t[0], t[1]) is not None and (
        t[0] == s or _ENGINEERS_BEFORE.search(text, s, t[0]) is not None
    )  # (the word opens the sentence, or what is before it ends as above)


_COMPANY = re.compile(r"(?:предприяти|підприєм|компани|компані|enterprise|company)\w*", re.I)
_COMPANY_NAME = re.compile(r"\s*[«\"“„](?P<name>[^»\"”“„\n]{2,40})[»\"”“]")


def _names_company(text: str, t: tuple[int, int, _lexicon.Entry]) -> bool:
    """Whether an enterprise word is the label of a company named after it in quotes whose name says another kind
    ("лінії 10 кВ підприємства «Россети Центр»", "предприятие «Транснефть»", "the company \"Ukrnafta\""): the
    company owns the site or is it, and its name gives the kind, not `civilian.industry`."""
    name = _COMPANY_NAME.match(text, t[1]) if _COMPANY.fullmatch(text, t[0], t[1]) else None
    if name is None:
        return False
    found = _lexicon.find_targets(text, name.start("name"), name.end("name"))
    return any(not u[2].value.startswith("civilian") for u in found)


def _tells_hit(text: str, a: int, b: int, *, fire: bool = False) -> bool:
    """Whether the span tells of damage or an attack (with `fire`, of a fire too): a damage word or an attack word."""
    return bool(
        _lexicon.DAMAGE.search(text, a, b)
        or (fire and _lexicon.FIRE.search(text, a, b))
        or _lexicon.TRIGGERS.search(text, a, b)
    )


def _not_speakers(
    text: str, e: int, targets: list[tuple[int, int, _lexicon.Entry]]
) -> list[tuple[int, int, _lexicon.Entry]]:
    """The targets but a site word that names the one who speaks ("повідомили в місцевому обленерго", "по данным
    «Россетей»", "В Укренерго повідомили", "Ukrenergo said") where another site of its kind is named: the company
    speaks, its kind does not narrow the site hit ("енергетичний об'єкт" stays `energy`). Alone it stays: "DTEK said
    ... one of its production sites" names the kind of site by its owner."""
    speakers = [
        t
        for t in targets
        if (
            (said := _SAID_IN.search(text, max(0, t[0] - 40), t[0])) is not None
            # not "по данным Минэнерго повреждены подстанция": a verb between, the site is what was hit
            and not _tells_hit(text, said.start(), t[0])
        )
        or (
            _IN_BEFORE.search(text, max(0, t[0] - 30), t[0]) is not None and _SAID_NEXT.match(text, t[1], e) is not None
        )
        or _EN_SAID_NEXT.match(text, t[1], e)
    ]
    if not speakers:
        return targets
    rest = [t for t in targets if t not in speakers]
    return [t for t in targets if t in rest or not any(_top(u[2].value) == _top(t[2].value) for u in rest)]


# "горить не ТЕЦ, а нафтобаза", "not the power plant but an oil depot": the site denied in a correction (not "не только
# ..., а и", "not only ... but": both)
_UNLIKE = re.compile(
    r"(?:\b(?:не|ні)\s+(?:име\w*|ма\w*|связан\w*|пов['’ʼ]?язан\w*)\s+(?:(?:ничего|нічого)\s+(?:общего|спільного)|"
    r"(?:никакого|жодного|ніякого)\s+(?:отношения|стосунку|відношення)|отношения|стосунку)?\s*(?:с|со|к|з|із|зі|до)|"
    r"\b(?:nothing\s+to\s+do\s+with|(?:not|none\s+of\s+which\s+(?:were|was|are|is))\s+(?:related|linked|connected)\s+to|"
    r"no\s+(?:connection|relation)\s+to))\s+(?:(?:any|какими-либо|каких-либо|каким-либо|будь-якими|будь-яких)\s+)?$",
    re.I,
)  # what the sites hit are said to have nothing to do with ("объекты, которые не имеют ничего общего с военными
# целями", "не мають жодного стосунку до військових цілей", "none of which were related to military targets"): no
# military target of the sentence
_NOT_THIS = re.compile(r"\b(?:не|not)\s+(?:(?:the|an?)\s+)?$", re.I)
_BUT_THAT = re.compile(r"[^.;:!?,]{0,40}?(?:,\s*|\s+)(?:а|but)\s+(?!(?:и|й|і|also)\b)", re.I)
# a sentence that opens by setting aside what was told before ("Окрім НПЗ, дрони також атакували місто", "Кроме судов,
# повреждены объекты порта", "In addition to the strikes on industrial sites, ... hit"): what follows the comma was hit
_BESIDES = re.compile(
    r"[\s«\"]*(?:Окрім|Крім|Кроме|Помимо|Помімо|Besides|Apart\s+from|Aside\s+from|In\s+addition\s+to)\s+"
    # not a site said to be hit in the phrase set aside ("Besides hitting the refinery", "Крім того, що дрони атакували
    # НПЗ"), nor the one site of "nothing else was damaged" ("Кроме подстанции, других повреждений нет")
    r"(?![^,.;:!?]{0,60}?\b(?:hitting|striking|attacking|damaging|targeting|shelling|атакова\w*|атакува\w*|ударил\w*|"
    r"ударив\w*|вдарил\w*|вдарив|поразил\w*|уразил\w*|уразив|влучил\w*|влучив)\b)"
    r"[^,.;:!?]{1,60},(?!\s*(?:no\s+other|nothing\s+else|других|иных|інших|ничего|нічого)\b)",
    re.I,
)


def _best_target(targets: Sequence[tuple[int, int, _lexicon.Entry]]) -> tuple[int, int, _lexicon.Entry] | None:
    if not targets:
        return None
    ranked = sorted(
        enumerate(targets),
        key=lambda it: (
            it[1][2].outcome,
            not it[1][2].specific,
            not it[1][2].value.startswith(("energy", "maritime")),
            -_depth(it[1][2].value),
            _lone_only(it[1][2]),  # an industrial zone or a fence: only where nothing else of its depth is named
            it[0],
        ),
    )
    return ranked[0][1]


def _lone_only(entry: _lexicon.Entry) -> bool:
    """Whether ``entry`` is a target word that counts only alone (``_lexicon.LONE_ONLY``)."""
    return any(entry is e for e in _lexicon.LONE_ONLY)


# a cut said to follow from the strike ("по енергооб'єкту — через це ... відключення світла", "без світла через удари
# по енергетичних об'єктах", "leading to power cuts")
_CAUSE = re.compile(
    r"\b(?:через(?!\s+(?:\d|кілька|декільк|несколько|годин|хвилин|час|минут|день|добу|сутки|тиждень|неделю))|из-за|"
    r"внаслідок|вследствие|в\s+результате|leading\s+to|causing|caused|resulting\s+in|due\s+to)\b",
    re.I,
)  # (not "через годину", "через час": "in an hour")
_CAUSE_BACK = re.compile(
    r"\s*(?:(?:за\s+(?:його|її|їх)\s+словами|по\s+(?:его|ее|её|их)\s+словам|according\s+to\s+(?:him|her|them))\s*,\s*)?"
    r"(?:внаслідок|вследствие|в\s+результате|у\s+результаті|as\s+a\s+result\s+of)\s+"
    r"(?:(?:этих|этого|этой|цих|цього|цієї|тих|the|these|this)\s+)?"
    r"(?:удар|атак|обстрел|обстріл|поврежд|пошкодж|attack|strike|shelling|damage)\w*+"
    r"(?:\s+(?:[\w'’ʼ-]+\s+)?(?:БПЛА|БпЛА|беспилотник\w*+|безпілотник\w*+|дрон\w*+|drones?+))?+"
    r"(?!\s+(?:на|по|в|у|во|on|at|in|against|of)\b)",
    re.I,
)  # a cause at a sentence's opening that names the attack told before it (see ``_cut_only``); possessive, so that no
# word gives back letters nor the weapon is dropped to dodge the place after it ("удара беспилотника по Горскому",
# "атаки дронів на Нікополь": a cause that names a place of its own)


def _cut_kind(
    best: tuple[int, int, _lexicon.Entry],
    targets: Sequence[tuple[int, int, _lexicon.Entry]],
    sentence_cuts: Sequence[tuple[int, int, _lexicon.Entry]] = (),
) -> tuple[int, int, _lexicon.Entry]:
    """A generic energy word ("енергооб'єкт", "энергетическая инфраструктура", "energy facility") in a clause that
    tells a cut of one kind of supply: a site of that kind ("атак на энергетическую инфраструктуру обесточено ...":
    what left people without power was power infrastructure). Cuts of more than one kind leave it ``energy``; a cut
    told in another sentence does not narrow it (the labels of every batch agree on the clause, not beyond it).
    ``sentence_cuts``: the cuts of the whole sentence, read where the clause names none, given by the caller only
    where the sentence's places are one (``_one_place``: "in the city of Belgorod ... energy infrastructure in
    Belgorod, resulting in power outages", split into two clauses at the second mention; not a region and two towns of
    it, "энергообъекты Белгородской области, в Шебекино повреждены дома, в Грайвороне без света")."""
    if best[2].value != "energy":
        return best
    cuts = [t for t in targets if t[2].outcome and t[2].value.startswith("energy.")] or [
        t for t in sentence_cuts if t[2].value.startswith("energy.")
    ]
    if len({t[2].value for t in cuts}) != 1:
        return best
    cut = cuts[0]
    return best[0], best[1], _lexicon.Entry(best[2].pattern, cut[2].value, False)


_SUPPLY_OTHER_CAUSE = re.compile(
    r"(?<![\w'’ʼ-])(?:негод|непогод|погод|шторм|ураган|снегопад|снігопад|гололед|ожеледиц|планов|ремонт|авари|аварі|"
    r"профилакт|профілакт)\w*|\b(?:storms?|weather|winds?|icing|snowfall|scheduled|planned|repairs?|maintenance|"
    r"accidents?)\b",
    re.I,
)  # a cause of a cut other than the strike: weather, a schedule, a repair, an accident ("через негоду", "с плановыми
# работами", "a storm", "due to a scheduled repair")

_RESTORED = re.compile(
    r"(?<![\w'’ʼ-])(?:восстановл|відновл|возобновл|поновл|вернул|повернул)\w*|\b(?:restor\w*|resumed)\b", re.I
)  # a supply said back: "восстановлено", "відновлено", "світло вже повернули", "restored", "resumed"


def _cuts_beside(
    text: str, e: int, generic: tuple[int, int, _lexicon.Entry], cuts: Sequence[tuple[int, int, _lexicon.Entry]]
) -> list[tuple[int, int, _lexicon.Entry]]:
    """The cuts of a sentence (ending at ``e``) that may narrow its ``generic`` energy word across a second mention of
    one place (``_cut_kind``'s ``sentence_cuts``): not one set against it or told as another scene (``_CONTRAST``,
    ``_ELSEWHERE`` between them: "енергооб'єкти Харківщини, а в Лозовій ... без світла", "; separately, in Belgorod
    ... without power"), nor one with a cause of its own (``_SUPPLY_OTHER_CAUSE`` from the generic word to the end of
    the cut's clause: "через негоду без світла", "отключения света связаны с плановыми работами", "a storm had earlier
    left thousands without power"), nor a supply said restored (``_RESTORED``: "электроснабжение в Белгороде
    восстановлено", "power supply has been fully restored": a cut that is over says nothing of the kind hit); none
    where one is (the others would be read as the one kind: "без газа ..., а в
    Белгороде без света")."""
    for t in cuts:
        lo, hi = (generic[1], t[0]) if t[0] >= generic[1] else (t[1], generic[0])
        edge = _CLAUSE_EDGE.search(text, max(hi, t[1]), e)
        end = edge.start() if edge else e  # the end of the cut's clause
        if (
            _CONTRAST.search(text, lo, hi)
            or _ELSEWHERE.search(text, lo, hi)
            or _SUPPLY_OTHER_CAUSE.search(text, lo, end)
            or _RESTORED.search(text, lo, end)
        ):
            return []
    return list(cuts)


def _by_sentence(claims: list[Claim], spans: Sequence[tuple[int, int]]) -> dict[int, list[tuple[Claim, Evidence]]]:
    """The claims with evidence, each with its evidence, by the index of the sentence of ``spans`` their evidence
    starts in (``_span_index``: -1 for none), in their order."""
    out: dict[int, list[tuple[Claim, Evidence]]] = {}
    for c in claims:
        if c.evidence is not None:
            out.setdefault(_span_index(spans, c.evidence.start), []).append((c, c.evidence))
    return out


def _cut_after_generic(claims: list[Claim], text: str, spans: Sequence[tuple[int, int]]) -> list[Claim]:
    """A claim named only by a cut of one supply ("were left without electricity", "знеструмлені ... області") in the
    sentence right after one that tells an attack on a generic energy word and no cut of its own ("the Russians
    attacked energy infrastructure. Over 100 000 households in Poltava ... were left without electricity"): `energy`,
    the generic word's (the gold's convention: a cut told only in another sentence does not narrow it; a cut in the
    generic word's own clause does, ``_cut_kind``). Not after a sentence that tells the attacks halted, demanded to
    halt or denied ("agreed to halt attacks on energy infrastructure", "has not attacked energy infrastructure": no
    attack), nor a cut told as of an earlier time or report ("Ранее ведомство сообщало, что ..."); and only where the
    cut is that attack's: its sentence opens by pointing back to it ("Внаслідок атаки", "Це призвело до"), or the
    sentence before gave no claim, or one at a country or in the cut's own region (not "... attacked energy
    infrastructure in Dnipropetrovsk region. In Kherson, artillery shelling left 5,000 residents without power").
    Neither side nor speaker is compared: "Зеленский заявил, что российские войска атаковали объекты энергетики. В
    Горловке в результате обстрела ВСУ без света ..." is still `energy` (a check of them would lose mutual accusations,
    "accused each other of attacking energy facilities ... cut power to ... households")."""
    told = _by_sentence(claims, spans)

    @functools.cache
    def after_generic(k: int) -> bool:
        # sentence k, not told as of an earlier time, follows one that tells a generic energy attack, not halted or
        # denied (read once per sentence, however many of its claims ask)
        return (
            k > 0
            and _generic_energy_attack(text, *spans[k - 1])
            and _ATTACKS_HALTED.search(text, *spans[k - 1]) is None
            and _EARLIER_STORY.match(text, *spans[k]) is None
            and _EARLIER.match(text, *spans[k]) is None
        )

    out = []
    for claim in claims:
        if (
            claim.target.category in _ONE_SUPPLY
            and claim.evidence is not None
            and _strength(claim) == 0
            and after_generic(k := _span_index(spans, claim.evidence.start))
            and (
                _CAUSE_BACK.match(text, *spans[k]) is not None
                or _LED_TO_BACK.match(text, *spans[k]) is not None
                or not told.get(k - 1)
                or any(
                    c.place.precision in ("country", "unknown") or c.place.admin1 == claim.place.admin1
                    for c, _ in told[k - 1]
                )
            )
        ):
            claim = claim.model_copy(update={"target": claim.target.model_copy(update={"category": "energy"})})
        out.append(claim)
    return out


def _cut_list_felt(claims: list[Claim], text: str, spans: Sequence[tuple[int, int]]) -> list[Claim]:
    """One claim for each level of place of a list of places that a sentence names only as left without power after
    the one specific site it tells struck ("As a result of a strike on an electrical substation, the Genichesk,
    Novotroitsk ... districts have been left without power", "БПЛА атаковал электроподстанцию «Троицкая» в ЛНР, без
    электроснабжения оставалось ... в Троицком, Сватовском и Кременском районах"): where the cut is felt, not more
    sites hit (the readers give one claim). A claim whose place stands next to a cut word, with no other attack word
    nor site between them, gives way to an earlier claim of the sentence of the same level of place, kind, sides and
    speaker: the first of the sentence at that level stays ("the Kharkiv, Sumy and Poltava regions" keep Kharkiv
    Oblast; "в ЛНР ... в Троицком, Сватовском и Кременском районах" keeps the region and the first district). A place of
    another level than the site's own stays beside it, whatever the list kept before this: "struck the Burshtyn
    thermal power plant, leaving Ivano-Frankivsk, Lviv and Ternopil regions without power" keeps the plant and
    Ternopil Oblast, the one place the list's collapse left, the list's last. Not in a sentence whose attack words are
    all cuts (a cut alone, read by ``_cut_only``), nor places each struck ("ударили по Сумам и Харькову, без света
    остались ...": an attack word or a site stands between them and the cut)."""
    dropped: set[str] = set()
    for k, told in _by_sentence(claims, spans).items():
        if k < 0 or len(told) < 2:
            continue  # (k < 0, evidence in no sentence, is only defensive: evidence starts in a sentence)
        s, e = spans[k]
        words = [m.span() for m in _lexicon.TRIGGERS.finditer(text, s, e)]
        cuts = [(a, b) for a, b in words if _is_cut(text, a, b)]
        others = [a for a, b in words if (a, b) not in cuts]
        if not cuts or not others:
            continue  # (a cut alone)
        found = [t for t in _lexicon.find_targets(text, s, e) if not t[2].outcome]
        struck = [t for t in found if t[0] < cuts[0][0]]
        one = len(struck) == 1 and _depth(struck[0][2].value) >= 3
        if not one or _PLURAL_END.search(text, struck[0][0], struck[0][1]):
            continue  # (one specific site struck, "a strike on an electrical substation": not "energy infrastructure",
            # "other infrastructure targets", "енергооб'єктах", whose cuts are told region by region)
        stops = others + [t[0] for t in found]
        seen: set[tuple[str, str, str | None, str | None, str | None]] = set()
        for c, evidence in sorted(told, key=lambda pair: pair[1].end):
            if not _felt(evidence.end, cuts, stops):
                continue
            # (a list's places are of one level: "в ЛНР, без электроснабжения ... в Троицком, Сватовском и Кременском
            # районах" keeps the region of the site and the first district)
            key = (c.place.precision, _top(c.target.category), c.claimant, c.stance, c.perpetrator)
            if key in seen:
                dropped.add(c.id)
            seen.add(key)
    return [c for c in claims if c.id not in dropped]


def _felt(at: int, cuts: Sequence[tuple[int, int]], stops: Sequence[int]) -> bool:
    """Whether a place mentioned up to ``at`` stands next to one of the ``cuts`` (cut words' spans), with none of the
    ``stops`` (another attack word or a site) between them: where a cut is felt (see ``_cut_list_felt``)."""
    return any(not any(min(at, a) <= x < max(at, b) for x in stops) for a, b in cuts)


_PLURAL_END = re.compile(r"(?:[^s]s|ies|ий|ій|ах|ях|ами|ями|ов|ів)$", re.I)
# a site word's plural ending ("substations", "facilities", "подстанций", "підстанціях", "объектов"; not "gas")


_ONE_SUPPLY = frozenset(("energy.electricity", "energy.gas", "energy.heat"))
_ATTACKS_HALTED = re.compile(
    r"\b(?:halt|stop|cease|end)(?:s|ed|ing)?\b|прекрат|прекращ|припин|зупин|останов|"
    r"\b(?:has|have)\s+not\b|\b(?:hasn|haven)['’]t\b|\bне\s+(?:атак|нанос|нанес|завда|удар)",
    re.I,
)  # a sentence that tells attacks on energy halted, demanded to halt or denied: no attack (see ``_cut_after_generic``)
_LED_TO_BACK = re.compile(
    r"\s*(?:(?:це|это|this|that)\s+(?:призвел\w*|привел\w*|led|caused|resulted)|as\s+a\s+result\b(?!\s+of\b)|"
    r"(?:внаслідок|вследствие|в\s+результате|у\s+результаті)\s+(?:цього|этого)\b)",
    re.I,
)  # a sentence's opening that points back to what the one before told ("Це призвело до", "As a result,"); "As a
# result of ..." names its cause and is ``_CAUSE_BACK``'s, which refuses a cause with a place of its own


def _generic_energy_attack(text: str, s: int, e: int) -> bool:
    """Whether the sentence ``text[s:e]`` tells an attack on a generic energy word ("атаковали объекты энергетики",
    "attacked energy infrastructure") and names no cut and no energy site of its own."""
    energy = [t for t in _lexicon.find_targets(text, s, e) if t[2].value.startswith("energy")]
    return (
        bool(energy)
        and all(t[2].value == "energy" and t[2].pattern in _GENERIC for t in energy)
        and _lexicon.TRIGGERS.search(text, s, e) is not None
    )


# the classes of weapon that a named system or kind beside them makes more precise ("ракетами «Искандер»")
_GENERIC_WEAPONS = frozenset(
    ("drone", "missile", "artillery", "aviation", "mlrs", "ballistic_missile", "cruise_missile", "precision_weapon")
)


def _best_weapon(weapons: Sequence[tuple[int, int, _lexicon.Entry]]) -> str | None:
    """The most precise weapon of ``weapons``: the first that is no generic class, else the first."""
    for _, _, entry in weapons:
        if entry.value not in _GENERIC_WEAPONS:
            return entry.value
    return weapons[0][2].value if weapons else None


class Extractor:
    """Text → claims, holding the place resolver (and its cache) and the facility registry between reports.

    ``geocoder`` is any function of the shape of ``ceasewatch.geo.geocode.geocode``; by default the bundled geocoder
    (``None`` with ``use_default=False``: names stay names, no coordinates). ``facilities`` is anything with
    ``find(name)`` and ``nearest(lat, lon, max_km, categories)``; by default the bundled registry. ``military``
    keeps the claims of strikes on military targets (airfields, depots, troops, defence plants, warships): issue 5
    counts a report of such a strike as no claim, but a full ceasefire is judged on them, so ingest keeps them.
    """

    def __init__(
        self,
        geocoder: _places.Geocoder | None = None,
        facilities: FacilityLookup | None = None,
        *,
        use_default: bool = True,
        military: bool = False,
    ) -> None:
        self.military = military
        self.places = _places.PlaceResolver(geocoder, use_default=use_default)
        self.facilities = facilities if facilities is not None else (_bundled_facilities() if use_default else None)
        # the registry's sites of a kind within a distance of a point, and the one site of a kind in a region: asked
        # once each, and emptied past 50,000 entries as the place resolver's caches are
        self._near: dict[tuple[float, float, float, str], tuple[tuple[Facility, float], ...]] = {}
        self._in_region: dict[tuple[float, float, str], Facility | None] = {}

    # -- the report -----------------------------------------------------------------------------------------------

    def extract(self, report: Report) -> ExtractResult:
        """The claims of one report, with its language and, when there are none, the reason."""
        text = report.text or ""
        if not text.strip():
            return ExtractResult(report.id, "other", (), "the report has no text")
        language: Language
        if report.language in ("en", "uk", "ru"):
            language = report.language  # type: ignore[assignment]
        elif report.language:
            language = "other"
        else:
            language = detect_language(text)
        if language == "other":
            return ExtractResult(report.id, language, (), "language is not English, Ukrainian or Russian")
        cleaned = _segment.clean(text)
        party = report.source.party
        zone = _time.source_zone(party, language)
        official = report.source.affiliation == "party_official"
        spans = _segment.sentences(cleaned)
        claimant = party if report.source.affiliation in _PARTY_AFFILIATIONS else None
        attributed = False
        if not official:
            # who asserts it: a post that ends its statement with "— мо рф" or "— ASTRA" relays that speaker
            attributed, speaker = _actors.attributed_to(cleaned, 0, len(cleaned))
            if (
                attributed
                and report.source.affiliation == "independent_media"
                and language != "en"  # (an English dash is mostly an aside: "— hitting a playground," he wrote)
                and speaker in ("RUS", "UKR")
                and any(_actors.claimant_in(cleaned, *span) == _actors.opponent(speaker) for span in spans)
            ):
                # "..., – йдеться у повідомленні Генштабу. ... російська сторона повідомила про атаку": an outlet
                # quoting both sides, sentence by sentence, not one side's post
                attributed, speaker = False, None
            if attributed:
                claimant = speaker
        # a report that quotes both sides ("Russia's Defence Ministry said ... Ukraine's General Staff called the claim
        # groundless"): each sentence is the claim of the speaker it names, else of the last one named before it
        per_sentence = claimant is None and not attributed
        if claimant is None and not attributed:
            claimant = _actors.claimant_in(cleaned, 0, len(cleaned)) or party
        # a side that speaks only to deny ("..., officials said. Russia denied hitting any energy facility") is not
        # the speaker of the sentences that name none: the attack told before its denial is not its admission
        # (read once, and only when a sentence names no speaker of its own: it runs the claimant search on every span)
        denier_only = functools.cache(lambda: per_sentence and _speaks_only_to_deny(cleaned, spans, claimant))
        # (a ministry or company quoted with no country, "отметили в Минэнерго", is of the country it reports on)
        authorities = [] if official else _actors.local_authorities(cleaned, 0, len(cleaned))
        # (only an authority that speaks: one named as acting, "местные власти пытаются справиться с ЧС", "Turkish
        # authorities initiated rescue operations", relays nothing, and the outlet's lines stay its own)
        relays_local = not official and (
            any(_authority_quoted(cleaned, spans, a) for a in authorities) or _actors.body_speaks(cleaned)
        )
        local = relays_local and not attributed
        quotes = _actors.quotes_a_side(cleaned)  # whether any sentence can name its own speaker
        head = spans[0] if spans else (0, len(cleaned))
        head_time = _time.find_time(cleaned, head[0], head[1], report.published_at, zone)
        if head_time is None and len(spans) > 1 and "\n" in cleaned[head[1] : spans[1][0]]:
            # a headline (a line of its own) with no time of its own: the lead's time dates the report ("Россия ударила
            # по Украине более чем сотней дронов\nВ ночь на 25 августа Россия ударила ..."); not a clock time, which is
            # the minute a byline gives ("09:04 12.03.2025", "21 березня 2025, 12:00") or one moment of the night, not
            # its attacks; nor a month or a reminder, which are background ("У липні 2024 року ...", "Раніше, 16
            # березня, ..."); and not the second sentence of a paragraph, often background too
            a, b = spans[1]
            lead_time = _time.find_time(cleaned, a, b, report.published_at, zone)
            if (
                lead_time is not None
                and lead_time.interval.precision not in ("minute", "month")
                and not _REMINDER.match(cleaned, a, b)
            ):
                head_time = lead_time
        head_actors = _actors.find_actors(cleaned, head[0], head[1], party)
        everywhere: dict[str | None, tuple[int, Place]] = {}
        # the regions a quoted local authority's title names ("губернатор Ленинградской области", "голова Сумської
        # ОВА", "the governor of Belgorod region"): it relays the claims there, not the outlet's lines on others
        titled: set[str] = set()
        named: list[tuple[int, int, str]] = []  # where each region is named, in order
        in_title: list[tuple[int, int, str]] = []  # the regions named in a title, and where
        memo: _PlacesMemo = {}  # (this report's own: an extractor reads one report after another, and is shared)
        where = functools.partial(self._resolve_places, memo=memo)  # the places a span names, for module functions
        # (the report's own places, for the one country a placeless site lies in: not those of a reminder, "Раніше
        # вибухи лунали в Бєлгороді та Курську", earlier news; launch sites are no mention already)
        reminders = [(a, b) for a, b in spans if _REMINDER.match(cleaned, a, b)]
        own: list[Place] = []
        for mention, found_place in self._resolve_places(cleaned, 0, len(cleaned), memo):
            if found_place.has_point:
                everywhere.setdefault(found_place.name, (mention.start, found_place))
                if not any(a <= mention.start < b for a, b in reminders):
                    own.append(found_place)
            if local and found_place.admin1:
                named.append((mention.start, mention.end, found_place.admin1))
                if _places.title_place(cleaned, mention):
                    in_title.append(named[-1])
        for title in _OF_THE_REGION.finditer(cleaned) if local else ():
            # "Об этом сообщил губернатор региона", "the regional governor said": the region named last before it
            before = [region for at, _, region in named if at < title.start()]
            if before:
                in_title.append((*title.span(), before[-1]))
        # (an authority named again with no region of its own, "– заявив губернатор", is the one titled before it:
        # the outlet's lines on another region stay its own; not one, after a titled one, named by a name the one
        # before did not have, "Губернатор Александр Хинштейн сообщил" after "Губернатор Белгородской области
        # Вячеслав Гладков": another official, of the region his sentence names after him, else of the region named
        # last before him)
        last_region, last_at = "", 0
        for a_start, a_end in authorities if local else ():
            region = next(
                (
                    r
                    for t_start, t_end, r in in_title
                    if a_start - 40 <= t_start <= a_end + 40 or a_start - 40 <= t_end <= a_end
                ),
                None,
            )
            if region is None:
                name = _NAME_AFTER.match(cleaned, a_end)
                region = last_region
                if (
                    last_region
                    and name is not None
                    and name.group(1)[:5] not in cleaned[last_at : min(last_at + 120, a_start)]
                ):
                    end = _span_at(spans, a_start, (a_start, a_end))[1]
                    after = [r for at, _, r in named if a_end <= at < end]
                    before = [r for at, _, r in named if at < a_start]
                    region = after[0] if after else before[-1] if before else ""
            last_region, last_at = region, a_start
            titled.add(region)
        if "" in titled or _actors.body_speaks(cleaned):
            # an authority whose region is not said, or a ministry or company quoted with no country: it speaks for
            # every claim of the report
            titled.clear()
        state = _ReportState(
            party=party,
            only_place=next(iter(everywhere.values())) if len(everywhere) == 1 else None,
            country=_one_country(own),
            spans=spans,
            published=report.published_at,
            zone=zone,
            memo=memo,
        )
        claims: list[Claim] = []
        # a claim's key (place, category, start, claimant, perpetrator) -> its index in claims
        # (and the speaker's roles, where a second speaker tells it again: ``voice``)
        seen: dict[tuple[str | None, str, str, str | None, str | None, frozenset[str] | None], int] = {}
        last_speaker: str | None = None
        # whether the last side named speaking was named after the last local authority that spoke: a side that told
        # its own strike then speaks on over the sentences that name no speaker ("Ukraine's military claimed to have
        # struck the Ryazan refinery. The Unmanned Systems Forces also reported hitting an oil depot in Voronezh")
        side_spoke_last = False
        relay = False  # whether the sentence is part of a relay of independent media (in a report of many speakers)
        recalled = False  # whether the sentence is part of the outlet's reminder of an earlier day's attack
        # the outlet's background sections: from a heading line ("Контекст", "Background:", "Що передувало: ...") to
        # the end of the paragraph its text opens (a later item or update after a blank line is no longer background)
        background_ends = [(m.start(), _paragraph_end(cleaned, m.end())) for m in _BACKGROUND_HEADING.finditer(cleaned)]
        own_background: set[str] = set()  # the ids of the claims the outlet tells in its background section
        unnamed: list[int] = []  # the claims of the sentence before that name no target (their indices in claims)
        latest: list[Claim] = []  # the claims of the sentence before
        # the claims of the last sentence that told an attack (new or told again), and that sentence's index: the
        # attack a later sentence of casualties at a place of its own goes on telling (``_hurt_elsewhere``)
        scene: tuple[int, list[Claim]] | None = None
        waited = False  # whether a sentence already went by without saying what the unnamed claims hit
        # whether a local authority speaks in sentence j (``_actors.local_authority_speaks``), read once per sentence
        # for all the tests below that ask it
        speaks_local = functools.cache(lambda j: _actors.local_authority_speaks(cleaned, *spans[j]))
        # where the report first names a local authority, when one speaks in it ("the governor said"): an outlet's own
        # lines on a hit in Russia before it are the outlet's too, beside the authority's claim they relay (not where a
        # ministry or company with no country speaks, nor where the authorities only act, "Власти ввели режим ЧС")
        first_local = 0
        if (
            local
            and per_sentence
            and authorities
            and not _actors.body_speaks(cleaned)
            and any(speaks_local(j) for j in range(len(spans)))
        ):
            first_local = min(a for a, _ in authorities)
        own_speaker: str | None = None  # the speaker the sentence names (or the one before, ``_PRONOUN_SAYS``)
        voices: dict[str, frozenset[str]] = {}  # a claim's id -> the speaker of the sentence that told it
        # a headline (a line of its own, no full stop) tells what the report's speaker says: no speaker of its own
        gap = cleaned[spans[0][1] : spans[1][0]] if len(spans) > 1 else ""
        headline = "\n" in gap and not re.search(r"[.!?…]", gap)
        # whether the sentence after each names who told it ("Про це повідомив міський голова", "Об этом сообщил")
        told_next = [_ABOUT_THIS.search(cleaned, a, b) is not None for a, b in spans[1:]] + [False]

        # the surnames of titled speakers ("Також Ткаченко повідомив"), read from the whole text once, when a
        # speaker is first asked for (a scan of the whole text: a report with no quotes never asks; one with quotes
        # read sentence by sentence always does, for the roles of ``role_side`` below)
        names = functools.cache(lambda: _actors.titled_names(cleaned))
        # who speaks in sentence i by its own words (``_actors.speaker_roles``), read once per sentence for both
        # ``voice`` and ``role_side`` below
        roles_at = functools.cache(lambda i: _actors.speaker_roles(cleaned, *spans[i], names()))

        @functools.cache
        def voice(i: int) -> frozenset[str]:
            """Who speaks in sentence i (the roles of ``_actors.speaker_roles``), read only for a sentence that tells
            a claim: the speaker before it after "He added", "Он также добавил"; the one the next sentence names
            after it ("Про це повідомив міський голова"); none in a headline."""
            a, b = spans[i]
            if i == 0 and headline:
                return frozenset()
            if i > 0 and _PRONOUN_SAYS.match(cleaned, a, b):
                return voice(i - 1)
            roles = roles_at(i)
            if not roles and told_next[i]:
                roles = roles_at(i + 1)
            if not roles:
                # a sentence of a quote that opens its line is the word of the speaker the line names right after the
                # quote ("«... Кроме этого, поврежден газопровод. ...», — сказал городской голова", '"... There is
                # damage ...," Governor Lysak wrote'); not a sentence after that attribution ("«...», — сказав мер
                # Терехов. Внаслідок удару ...": the outlet's)
                line_end = cleaned.find("\n", b)
                tail = _QUOTE_TOLD_AFTER.match(
                    cleaned, cleaned.rfind("\n", 0, a) + 1, len(cleaned) if line_end < 0 else line_end
                )
                if tail and tail.start("said") > a:
                    roles = _actors.speaker_roles(cleaned, tail.start("said"), tail.end(), names())
            if not roles:
                # a sentence of a quote its speaker introduces before it in its line ("Губернатор сообщил: «... Кроме
                # того, поврежден газопровод»", 'Klitschko wrote: "... Debris fell in Obolon."'): the introduction's
                roles = _introduced_speaker(cleaned, spans, i, names())
            return roles

        @functools.cache
        def confirms(j: int) -> bool:
            """Whether a local authority speaks in sentence j and confirms ("Governor Fedorishchev confirmed") or is
            said to have told what went before ("Про це повідомив губернатор регіону")."""
            return speaks_local(j) and (_confirmed(cleaned, *spans[j]) or told_next[j - 1])

        # the side of each role a sentence named alone with its side ("Ukraine's General Staff said"): the role named
        # again with no side ("The General Staff said a fire is ongoing") is that side's (a role named with both
        # sides is neither's)
        role_side: dict[str, str | None] = {}
        for i, (s, e) in enumerate(spans):
            prev_own = own_speaker
            own_speaker = _actors.claimant_in(cleaned, s, e) if quotes else None
            if quotes and per_sentence:
                roles = roles_at(i)
                if own_speaker is not None and len(roles) == 1:
                    (role,) = roles
                    role_side[role] = own_speaker if role_side.get(role, own_speaker) == own_speaker else None
                elif own_speaker is None and roles:
                    sides = {role_side.get(r) for r in roles}
                    if len(sides) == 1:
                        own_speaker = sides.pop()
            # "... по нафтобазі в Ровеньках. Про це повідомила пресслужба Сил безпілотних систем": the speaker the next
            # sentence names
            about = spans[i + 1] if told_next[i] else None
            if quotes and about is not None:
                # (before a side the sentence names as its subject: "Міноборони РФ продукує фейки ... Про це повідомляє
                # Генштаб ЗСУ")
                own_speaker = _actors.claimant_in(cleaned, *about) or own_speaker
            if (
                own_speaker is None
                and prev_own is not None
                and _PRONOUN_SAYS.match(cleaned, s, e)
                and not speaks_local(i)
            ):
                # "The Ukrainian military announced ... It also said that its drones struck the Kuibyshev refinery": the
                # side of the sentence just before speaks on, not the governor of the place quoted further on (nor a
                # side named before a governor: "Губернатор ... сообщил ... Он добавил"; nor where the sentence quotes
                # a governor itself: "He added that ..., the governor said")
                own_speaker = prev_own
            speaker = claimant
            independent = (
                not official
                and not attributed
                and own_speaker is None
                and (
                    _actors.cites_independent(cleaned, s, e)
                    or (about is not None and _actors.cites_independent(cleaned, *about))
                    # the outlet's own reminder of another attack is its own line, not the last speaker's
                    or (per_sentence and self._recalls_another(cleaned, s, e, memo, claims))
                )
                and report.source.affiliation != "party_aligned_media"
            )  # "The Russian Telegram channel ASTRA ... reported": no side's claim
            # "Ранее, 2 апреля, российские войска атаковали ...", "Накануне стало известно, что ...": the outlet
            # reminding of an attack on an earlier day is its own line, even at the place of the attack it tells and in
            # a party's outlet (not a speaker's words: "Ранее, 2 апреля, губернатор сообщил ..."), and so are the
            # sentences after it in its paragraph until a speaker is named ("... Повреждено пять домов")
            recalled = (
                not official
                and not attributed
                and own_speaker is None
                and about is None
                and (
                    _dated_reminder(cleaned, s, e, report.published_at, zone)
                    or (
                        recalled
                        and "\n" not in cleaned[spans[i - 1][1] : s]
                        and _only_past(cleaned, s, e, report.published_at, zone)
                    )
                )
            )
            relays = independent
            independent = independent or recalled
            if per_sentence:
                if independent:
                    last_speaker = None
                # the sentences after an independent relay are the relay's, until a side's speaker is named
                # (a local authority quoted ends the relay: "Також губернатор заявив ...", "За його словами, ..."); not
                # after a reminder, whose sentences are only those of its paragraph that tell no time of today (above)
                relay = relays or (relay and own_speaker is None and not (local and speaks_local(i)))
                last_speaker = own_speaker or last_speaker
                speaker = last_speaker or claimant
                if own_speaker is not None:
                    side_spoke_last = True
                elif local and speaks_local(i):
                    side_spoke_last = False
                if last_speaker is None and denier_only() and not _actors.denies(cleaned, s, e):
                    speaker = None
            # (and no side was quoted before it: "Ministry of Defence said ... Drones hit the depot" is the ministry's;
            # a speaker the sentence names is the last speaker already, as ``first_local`` is set only per sentence)
            # (nor a lead that the authority, in the next sentence or the one after it, confirms or is said to have
            # told: "... in the Samara region. Governor Fedorishchev confirmed the death on Telegram", "... Постраждали
            # двоє людей. Про це повідомив губернатор регіону": his claim alone; not "Governor Busargin said a fire
            # broke out", who tells a claim of his own beside the outlet's)
            own_line = (
                e <= first_local
                and last_speaker is None
                and about is None
                and not any(confirms(j) for j in range(i + 1, min(i + 3, len(spans))))
            )
            # a party-aligned outlet's sentence that names another side speaking is that side's claim ("Ukrainian
            # President Zelensky responded by claiming ..." in RT's copy; a third country's outlet quoting either side)
            other_side = (
                report.source.affiliation == "party_aligned_media"
                and not attributed
                and own_speaker is not None
                and own_speaker != party
            )
            if other_side:
                speaker = own_speaker
            # "Напомним, несколько дней назад Россия атаковала ...", "Нагадаємо, у жовтні ...": the outlet reminding in
            # its own voice of an earlier day's attack, naming no speaker, is its own line (one claim per speaker), even
            # at the place the report tells and with no date of its own (as ``recalled`` wants); the speaker before it
            # speaks on after it (not "Нагадаємо, ... — заявив губернатор", "Напомним, ранее Малков сообщил ...")
            reminds = (
                per_sentence
                and about is None
                and _outlet_reminder(cleaned, s, e)
                # (a side named as the owner, "мощности «Нафтогаза»", is no speaker, after any opener, "Как
                # сообщалось"; one named speaking on any verb of saying is, "у жовтні Генштаб ЗСУ звітував ...":
                # ``_outlet_reminder``)
                # (of an earlier day: a reminder of this night's attack the report tells is still its speaker's,
                # "Нагадаємо, що вночі росіяни атакували Одесу")
                and (
                    _SOME_DAYS_AGO.search(cleaned, s, e) is not None
                    or (
                        _time.find_time(cleaned, s, e, report.published_at, zone) is not None
                        and _only_past(cleaned, s, e, report.published_at, zone)
                    )
                )
            )
            # (a party-aligned outlet has a party, so ``per_sentence`` is False there); the sentences after it in its
            # paragraph that tell no time of today are the outlet's too, as after a dated reminder
            recalled = recalled or reminds
            # "Контекст", "Background:", "Що передувало:": the outlet's background section tells in its own voice what
            # it names no speaker for ("Того самого вечора РФ знову атакувала Кривий Ріг" after the president's
            # words), a claim of its own beside the officials' (one claim per speaker)
            # (a speaker named with no side is a speaker too: "The General Staff said", "за словами президента")
            told_in_background = (
                any(a <= s < b for a, b in background_ends)
                and report.source.affiliation != "party_aligned_media"  # (whose own voice is its party's)
                and own_speaker is None
                and about is None
                and not voice(i)
            )
            if independent or relay or reminds or told_in_background:
                speaker = None
            if _REMINDER.match(cleaned, s, e):
                scene = None
                # "Нагадаємо, 22 березня росіяни ...": an earlier story; nothing of the current one carries into it,
                # and its own date is the time of the sentences after it; but "Раніше ця база вже палала" points
                # back at the site just named, which keeps its place
                pointer = _POINTS_BACK.search(cleaned, s, e)
                if pointer is None or not pointer.group("site"):
                    state.last_place = None
                state.only_place = state.previous = state.setting = None
                state.lead_arms, state.header, head_actors = [], [], []
                head_time = _time.find_time(cleaned, s, e, report.published_at, zone)
            sentence, own_triggers = self._sentence(cleaned, s, e, state)
            if sentence is not None and other_side and not (independent or relay):
                sentence = replace(sentence, other_side=True)
            if own_triggers:
                # a header that ends in a colon ("Уражено:") lends its attack to the items listed after it
                header = _LIST_HEADER.match(cleaned, e) or _LIST_HEADER.search(cleaned, max(s, e - 3), e)
                state.header = own_triggers if header else []
            elif e - s > 160:
                state.header = []
            found = (
                []
                if sentence is None
                else self._claims(report, cleaned, sentence, zone, speaker, head_time, head_actors, state)
            )
            if sentence is not None and sentence.suffered and found:
                # "... атаковали Харьков. Пострадали Харьковская и Сумская области": the region of a claim told
                # before is that claim's, no second, coarser claim of the same attack
                found = [c for c in found if not (c.place.precision == "admin1" and c.place.admin1 in state.regions)]
                if (
                    len(latest) == 1
                    and not latest[0].place.has_point
                    and all(c.target.category == "unknown" for c in found)
                    # as ``_placed_next``: not at places of another country than the claim's
                    and not any(latest[0].place.country and c.place.country != latest[0].place.country for c in found)
                ):
                    # "Российские дроны повредили энергетику. Пострадали Сумская и Черниговская области": where the
                    # claim of no place before was (see ``_placed_next``), with its target
                    found = [c.model_copy(update={"target": latest[0].target}) for c in found]
            # (also where the sentence gives no attack of its own: "inflicted the largest blow on the gas production
            # assets of the Naftogaz Group since ...")
            # (only from a sentence that tells an attack, "the largest strike on its gas production facilities", not
            # "Україна захищатиме свої об'єкти енергетики"; kept with the country they lie in, "Russian oil
            # infrastructure", "объектам энергетики Украины", which bare facilities of another country do not take)
            if own_triggers or _ATTACK_SAID.search(cleaned, s, e):
                kinds = (
                    sentence.targets
                    if sentence is not None
                    else _lexicon.find_targets(cleaned, s, e)
                    if _SITES_KIND.search(cleaned, s, e)
                    else []
                )
                sites = [t for t in kinds if _names_sites(cleaned, t)]
                if sites:
                    state.named_sites = (sites[-1], _sites_country(cleaned, s, e, sites[-1]))
            hit_here = False
            # (a list it names is widened as in a sentence of its own: where it tells the attack or its own damage)
            told = sentence is not None and _attack_told(cleaned, sentence.triggers)
            told_damage = sentence is not None and _told_damage(cleaned, s, e)
            if (
                found
                and unnamed
                and not waited
                and all(c.place.precision in ("country", "unknown") for c in found)
                # (of the country of the places before: "Russian forces struck Kharkiv. Strikes on Russian energy
                # infrastructure also continue" is another side's campaign)
                and {c.place.country for c in found} <= {claims[i].place.country for i in unnamed}
                and not _country_named(cleaned, s, e)
                # (not a tally or a campaign: "Since the start of the month, Russian attacks have damaged 300 houses",
                # "Russian strikes on energy infrastructure continue", "in several regions")
                and not _WIDER_SCOPE.search(cleaned, s, e)
                and not _SINCE_START.search(cleaned, s, e)
                and not _TALLY.search(cleaned, s, e)
                # (one kind of thing: "A power line and houses were damaged" are two claims, not the line at both)
                and len({c.target.category for c in found}) == 1
                # (the same attack told on: not "Drones also hit a substation" after shelling, "Yesterday, Russian
                # shelling damaged a school", "Russia denied targeting civilians")
                and {_same_attack(c) for c in found} <= {_same_attack(claims[i]) for i in unnamed}
            ):
                # "The enemy fired at Nikopol, Chervonohryhorivka and Pokrov. The enemy attacks damaged 2 private
                # houses and a car": what the attack on the places just named hit, not a claim of no place of its own
                # (only right after them: two sentences on, "Officials met. Two houses were damaged" may be a tally)
                hit_here = _what_was_hit(cleaned, s, e, claims, unnamed, where, attack=told, damage=told_damage)
                found = [] if hit_here else found
            if speaker in ("RUS", "UKR"):
                # "Россия придерживалась моратория ..., чего нельзя сказать об Украине", "Киев не придерживался
                # режима": whole-truce claims about a side's compliance (none where the sentence says nothing of it)
                found = [*found, *_compliance(report, cleaned, s, e, speaker, zone, found)]
            if found:
                # one claim per voice where a sentence's denial is of a charge: "X said Ukraine hit ..., a charge
                # Ukraine's military called fake" is X's accusation and Ukraine's denial; "Ukraine's military called
                # the reports fake and said ..." denies the claim before it, beside what else the sentence tells
                # (the sentence's own denial at that place, or of another kind of target, is the charge's: "... and
                # said its forces were striking only military targets" denies no strike on the army)
                denial_word = _lexicon.DENIAL.search(cleaned, s, e)  # (once, for the two rules below)
                found = _charge_and_denial(cleaned, s, e, found, denial_word)
                charged = (
                    _denial(cleaned, s, e, claims, own_speaker) if _denies_charge(cleaned, s, e, denial_word) else None
                )
                if charged is not None:
                    found = _beside_charge_denial(found, charged)
            if not found:
                denier = own_speaker or _actors.first_person_party(cleaned, s, e, party)
                for denial in _denial_of(cleaned, s, e, claims, denier):
                    claims.append(denial.model_copy(update={"id": f"{report.id}/x{len(claims) + 1}"}))
                # "росіяни атакували Харків шахедами. Загинули п'ятеро людей": what the attack hit, said next
                hit = hit_here or _what_was_hit(
                    cleaned, s, e, claims, unnamed, where, far=waited, attack=told, damage=told_damage
                )
                # "Подмосковье подверглось атаке беспилотников. Пострадавшие есть в Видном, Домодедове и Раменском":
                # the places the attack hit, said next
                also: list[Claim] = []
                if sentence is None and latest:
                    also = [
                        *self._also_hit(cleaned, s, e, memo, latest, state.regions),
                        *self._placed_next(cleaned, s, e, memo, latest),
                    ]
                    if not also and not hit:
                        also = _civilians_beside(cleaned, s, e, latest)
                near = scene is not None and i - scene[0] <= _SCENE_SPAN
                if sentence is None and not also and not hit and scene is not None and near:
                    # "... по Запорожью. В Днепре зафиксированы взрывы. В Синельниковском районе пострадал мужчина":
                    # the people hurt at a place of their own, a few sentences after the attack told
                    also = self._hurt_elsewhere(cleaned, s, e, memo, scene[1], claims, (report.published_at, zone))
                elif sentence is not None and scene is not None and near and not self._names_point(cleaned, s, e, memo):
                    # ("Загалом кількість жертв атаки зросла:" tells the same attack on, at no place of its own)
                    scene = (i, scene[1])
                if sentence is None and (latest or also):
                    if also and scene is not None:
                        scene = (i, scene[1])  # (a chain of such sentences goes on telling the same attack)
                    for claim in also:
                        claims.append(claim.model_copy(update={"id": f"{report.id}/x{len(claims) + 1}"}))
                        voices[claims[-1].id] = voice(i)
                        if told_in_background:
                            own_background.add(claims[-1].id)
                    if not also:
                        self._narrowed_next(cleaned, s, e, memo, latest, claims)
                unnamed = [] if hit or waited else unnamed  # look one sentence further for what was hit
                waited = not hit and bool(unnamed)
                if not hit:
                    # (a sentence that only says what was hit keeps the attack before it in view, and so does one
                    # whose casualties or damage were placed as that attack's: "In Poltava, six people were injured.
                    # More were hurt in Odesa" are the same attack at each place)
                    latest = [*latest, *also] if also else []
                # no place named, not even a country or a wider scope: read at most once for both checks below, and
                # only where one of them asks after its cheaper tests pass (the place reader is the dearest test)
                placeless = functools.cache(
                    lambda s=s, e=e: (
                        not _places.country_in(cleaned, s, e)
                        and not _WIDER_SCOPE.search(cleaned, s, e)
                        and not self._names_point(cleaned, s, e, memo)
                    )
                )
                if (
                    state.setting is not None
                    and state.held < 2
                    and _tells_hit(cleaned, *state.setting)  # the setting tells an attack or damage
                    and placeless()
                ):
                    # "В Одесской области пострадал Черноморск. Об этом сообщил глава ОВА. По его словам, ...": up to
                    # two sentences with no claim that name no place, not even a country or a wider scope, leave the
                    # scene of the attack or damage named before them where it was
                    state.held += 1
                else:
                    state.setting, state.held = (s, e), 0
                if (
                    state.previous is not None
                    and state.kept < 2
                    and not _ELSEWHERE.search(cleaned, s, e)
                    and not (state.previous.precision == "settlement" and _BORDERLAND.search(cleaned, s, e))
                    and placeless()
                ):
                    # "Російські війська обстріляли Запорізький район. Вибухи пролунали о 22:45. ... Пізніше він
                    # написав, що пошкоджено приватні будинки": up to two sentences with no claim that name no other
                    # place keep the place of the claims before them; not
                    # one that turns to another scene ("Separately, a drone attack hit a village near the border",
                    # "Elsewhere, ..."), nor, after a town, to the borderland ("обстрел продолжился в приграничье")
                    state.kept += 1
                else:
                    state.previous, state.kept = None, 0
                continue
            state.setting = None
            scene = (i, found)
            state.previous, state.kept = _one_place([c.place for c in found]), 0
            state.last_side = found[-1].perpetrator
            unnamed = []
            waited = False
            latest = []
            # whether the sentence's speaker relays its claims outside the titled regions too, read once and only
            # for a claim outside them: an authority the sentence quotes, one named by name only ("..., сообщил
            # Гладков": unplaced), or the one of the sentence before, when this one names no place ("Also damaged
            # were a school")
            speaks_anywhere = functools.cache(
                lambda s=s, e=e, i=i: (
                    speaks_local(i)
                    or _SAID_BY_NAME.search(cleaned, s, e) is not None
                    or (i > 0 and not _places.find_places(cleaned, s, e) and speaks_local(i - 1))
                )
            )
            for said in found:
                # a sentence that names its own speaker ("Минобороны России сообщило") is that speaker's claim, in any
                # report ("..., сказал Песков. Минобороны РФ сообщило, что ВС России нанесли удар по военным целям на
                # Украине" is Russia's admission, not relayed to Ukraine's authorities)
                relayed = (
                    (local or (relays_local and speaker is not None))
                    and not own_speaker
                    and not (independent or relay or reminds)
                    # (a side telling its own strike, named after the last authority quoted, is its admission, not
                    # the authorities' accusation: "Ukraine's military claimed ... The drone forces also reported")
                    and not (
                        side_spoke_last
                        and speaker is not None
                        and speaker == said.perpetrator
                        and bool(voice(i))
                        and not voice(i) & _LOCAL_ROLES
                    )
                    and (not titled or said.place.admin1 is None or said.place.admin1 in titled or speaks_anywhere())
                )
                versions = [_local_claimant(said, speaker, relayed)]
                lead = own_line and said.place.country == "RUS" and said.stance != "denial"
                if lead:
                    # "Ukrainian drones attacked an oil depot in Engels. Governor Busargin said a fire broke out": the
                    # outlet's own line, told before the governor is quoted, is its own observation, beside the
                    # governor's claim it relays (dropped in ``_own_words_first`` where he tells his own at the place)
                    versions.insert(0, said.model_copy(update={"claimant": None, "stance": "observation"}))
                for claim in versions:
                    key: tuple[str | None, str, str, str | None, str | None, frozenset[str] | None] = (
                        claim.place.name or claim.place.admin1 or claim.place.country,
                        claim.target.category,
                        claim.time.earliest.isoformat(),
                        claim.claimant,  # one site said by two speakers: two claims
                        claim.perpetrator,  # one site struck by either side ("ворог звинуватив ... росіяни самі"): two
                        None,
                    )
                    if claim.place.has_point:
                        state.last_place = claim.place  # the place just named, even of an attack told again
                    if claim.place.admin1:
                        state.regions.add(claim.place.admin1)
                    if key in seen and _other_voice(voices.get(claims[seen[key]].id, frozenset()), voice(i)):
                        # "Кобзар повідомив ... по Сумах", then "вдарили ракетами по місту Суми, — написав Єрмак": one
                        # claim per speaker, kept apart in ``_consolidate`` too
                        key = (*key[:5], voice(i))
                    if key in seen:
                        _lend_means(claims, seen[key], claim)
                        # (a lead that names no speaker is the claim of the first one who tells it after it: "Russian
                        # drones hit an enterprise in Kharkiv. Mayor Terekhov said ... Governor Syniehubov said ...")
                        first_told = claims[seen[key]].id
                        voices[first_told] = voices.get(first_told) or voice(i)
                        if claim.target.category == "unknown" and seen[key] not in unnamed:
                            # the attack told again ("Росія вдарила по Сумах ... — заявила посол"): what it hit may
                            # still follow
                            unnamed.append(seen[key])
                        continue
                    seen[key] = len(claims)
                    claims.append(claim.model_copy(update={"id": f"{report.id}/x{len(claims) + 1}"}))
                    voices[claims[-1].id] = voice(i)
                    if told_in_background:
                        own_background.add(claims[-1].id)
                    if claim.target.category == "unknown":
                        unnamed.append(len(claims) - 1)
                    latest.append(claim)
        regions = {p.admin1 for _, p in everywhere.values() if p.precision != "country"}
        if len(regions) == 1 and all(p.precision in ("admin1", "country") for _, p in everywhere.values()):
            claims = self._at_the_centre(claims, cleaned, spans)
        claims = _at_the_one_site(
            claims, list(everywhere.values()), functools.cache(lambda at: _told_hit(cleaned, spans, at))
        )
        claims = self._listed_damage(claims, cleaned, memo, spans, report.published_at, zone)
        claims = _cut_after_generic(claims, cleaned, spans)
        claims = _cut_list_felt(claims, cleaned, spans)
        claims = _earlier_at_the_site(claims, cleaned, spans, voices)
        consolidated = _consolidate(claims, cleaned, spans, voices, own_background)
        if first_local:
            # (from the sentence that first names the authority on)
            consolidated = _own_words_first(consolidated, next((a for a, b in spans if b > first_local), first_local))
        consolidated = _at_sea(consolidated, cleaned, spans)
        consolidated = _confidence.rate(consolidated, report, language)
        kept = [c for c in consolidated if self.military or not is_military_target(c.target.category)]
        reason = None
        if not kept:
            reason = "only strikes on military targets (military=False)" if claims else "no attack on a target found"
        claims = [c.model_copy(update={"id": f"{report.id}/x{n}"}) for n, c in enumerate(kept, start=1)]
        return ExtractResult(report.id, language, tuple(claims), reason)

    # -- one sentence ---------------------------------------------------------------------------------------------

    def _sentence(
        self, text: str, s: int, e: int, state: _ReportState
    ) -> tuple[_Sentence | None, list[tuple[int, int]]]:
        """The sentence's attack, targets and weapons (None: no claim in it), and its own attack words (when it is a
        list's header, "Уражено:", the caller lends them to the items after it)."""
        if _subheading(text, s, e):
            return None, []  # "Что известно об атаке на Саратовский НПЗ?", "Що відомо про вибухи ...?": a question asks
        triggers: list[tuple[int, int]] = []
        talk: list[int] = []  # the ends of attack words that are talk (a proposal, a plan, a purpose)
        # every attack word of the sentence, found once (the rules of cuts and of explosions heard read them too)
        words = [(m.start(), m.end()) for m in _lexicon.TRIGGERS.finditer(text, s, e)]
        figurative = bool(words) and _lexicon.FIGURATIVE_WORD.search(text, s, e) is not None
        # whether the sentence names a settlement, region or site (asked only of an attack word after "to try"): a
        # place, or a specific target ("Запорожскую АЭС", "підстанцію"; not "объекты энергетики", "energy
        # infrastructure")
        pointed = functools.cache(
            lambda: (
                self._names_point(text, s, e, state.memo)
                or any(t[2].specific for t in _lexicon.find_targets(text, s, e))
            )
        )
        for ms, me in words:
            if _lexicon.NONE_AFTER.match(text, me, e):
                continue  # "разрушений нет", "пошкоджень не зафіксовано"
            if _lexicon.NOT_A_TRIGGER_AFTER.match(text, me, e) or (
                figurative and _lexicon.FIGURATIVE_AFTER.match(text, me, e)
            ):
                continue  # "145 attack drones": a kind of drone; "struck a deal", "hit ... with sanctions": an idiom
            if text[ms].lower() == "s" and _lexicon.NOT_A_TRIGGER_BEFORE.search(text, max(s, ms - 60), ms):
                continue  # "the agreements it said the US struck"
            if _lexicon.PURPOSE.search(text, max(s, ms - 200), ms):
                talk.append(me)
                continue  # "used for launching missile strikes": what a site is for
            if _lexicon.TRYING.search(text, max(s, ms - 60), ms) and not pointed():
                talk.append(me)
                continue  # "киевский режим продолжает пытаться нанести удары по объектам": an aim, nowhere named
            if _lexicon.NEGATED.search(text, max(s, ms - 30), ms):
                return None, []  # "без наших атак ... горит": the sentence says there was no attack
            if _UNHARMED.match(text, ms, me) and _NOT_JUST_BEFORE.search(text, max(s, ms - 20), ms):
                continue  # "склады не пострадали", "were not damaged": what was spared (not "не атаковали": a denial)
            if _talk_of_what(text, s, e, ms, me) or (
                _lexicon.HALTED_AFTER.match(text, me, e) and not _CAUSED_JUST_BEFORE.search(text, max(s, ms - 40), ms)
            ):
                talk.append(me)
                continue
            if _scheduled(text, s, e, ms, me):
                continue  # "діють графіки відключень", "outage schedules apply": how the grid rations supply, no hit
            triggers.append((ms, me))
        # the sentence's weapons, read once and only when a test below needs them (most sentences return before)
        arms = functools.cache(lambda: _lexicon.find_all(_lexicon.WEAPONS, text, s, e))
        if _repair_only(text, s, e, words, arms, state.party):
            return None, []  # "для ремонта поврежденных линий", "Repair work has started on damaged power lines": a
            # repair of damage, no attack told
        # (the downed counted in a clause of part after the attack told, "came under attacks by nine drones, of which
        # six were shot down", "зазнав атак 32 безпілотників, з яких 13 були збиті": the attack stands)
        cut = _downed_part(text, s, e, triggers)
        shot_down = _lexicon.AIR_DEFENCE.search(text, s, cut) is not None
        air_defence = shot_down or _tally(text, s, cut, arms)
        # the tally read on after a sentence of air defence: "Еще 5 аппаратов уничтожили над территорией Воронежской
        # области", "в тому числі один БПЛА, що летів на Москву": drones downed or on their way, no damage told
        tally_on = (
            state.air_tally
            and not air_defence
            and _lexicon.DAMAGE.search(text, s, e) is None
            and all(_EN_ROUTE.fullmatch(text, a, b) for a, b in triggers)
            and (bool(triggers) or _lexicon.DESTROYED.search(text, s, e) is not None)
        )
        state.air_tally = state.air_tally or air_defence
        if not air_defence:
            triggers += [(m.start(), m.end()) for m in _lexicon.DESTROYED.finditer(text, s, e)]
        if not triggers and _KILLED.search(text, s, e) and arms():
            # "авіабомбою було вбито дитину у храмі", "a drone killed a man": a weapon that killed struck
            triggers = [(m.start(), m.end()) for m in _KILLED.finditer(text, s, e)]
        suffered = False  # whether the attack words are regions that suffered
        if (
            not triggers
            and _SUFFERED.search(text, s, e)
            and self._report_attacked(text, state)
            and not self._suffered_elsewise(text, s, e, state)
        ):
            # "Внаслідок російських дій постраждали Одеська та Житомирська області", "Пострадали Сумская и Черниговская
            # области" in a report that told an attack: the regions it hit, named as the ones that suffered
            triggers = [
                (m.start(), m.end())
                for m in _SUFFERED.finditer(text, s, e)
                if _NOT_PEOPLE_AFTER.match(text, m.end(), e)
            ]
            suffered = bool(triggers)
        own_triggers = triggers
        inherited = not triggers and bool(state.header)
        if inherited:
            # an item of a list under "Уражено:", "Уражені такі цілі:": the attack of the list's header
            triggers = list(state.header)
        if not triggers or _lexicon.EXERCISE.search(text, s, e) or _lexicon.POLICY.search(text, s, e):
            return None, own_triggers
        if (
            own_triggers
            and _lexicon.HABITUAL.search(text, s, e)
            and not _lexicon.NOW.search(text, s, e)
            and not self._resolve_places(text, s, e, state.memo)
        ):
            return None, own_triggers  # "РФ бьет по украинской энергетике": how a side strikes, at no place or time
        history = _history_only(text, s, e, own_triggers) if own_triggers else []
        month: _time.TimeFound | None = None
        if history and not _DIGIT.search(text, s, e) and not _lexicon.CESSATION.search(text, s, e):
            # "В останній декаді березня росіяни неодноразово атакували ... в Харківській ... областях": a run of
            # attacks at places named, dated in its own clause to this month or the last, is told for that month, as
            # one dated in digits is ("начиная с 25 марта Россия нанесла многократные удары ... в Полтаве"); not
            # "Last March, ...", "У березні торік", "the ministry said in May", the drone «Лютий» (with no place, a
            # month leaves a trend a trend: "Россия усилила удары по энергосистеме в марте")
            month = _month_of_run(text, history, state)
            if month is None or not self._resolve_places(text, s, e, state.memo):
                return None, own_triggers  # "нефтебаза неоднократно подвергалась атакам": a site's history
        if all(_quiet(text, a, b) for a, b in triggers) and (
            not self._report_attacked(text, state) or self._report_accident(text, state)
        ):
            # a fire or a power cut, and nothing in the report says anything attacked, or the report names another
            # cause ("Начался пожар. ... Пожар носит техногенный характер")
            return None, own_triggers
        found = _lexicon.find_targets(text, s, e)  # once, for the two rules below and the targets
        if state.last_place is not None and self._cut_only(
            text, s, e, state.memo, state.regions, bool(arms()), found, words
        ):
            # "Без электроснабжения остались абоненты в Суземском и Севском районах" after the attack told: where the
            # cut is felt, not another site hit (the attack's claim stands)
            return None, own_triggers
        if (
            _HEARD.search(text, s, e)
            and all(_BLAST.fullmatch(text, a, b) for a, b in words)
            and not arms()
            and all(t[2].outcome for t in found)
        ):
            return None, own_triggers  # "У Кременчуці пролунали вибухи": heard, with nothing said to be hit
        targets = _not_speakers(
            text,
            e,
            [
                t
                for t in _defence_plants(text, _shared_head(text, s, found))
                if not _not_hit(text, s, e, t)
                and not (t[2].value == "civilian" and _said_absent(text, s, e, t))
                # "Постраждала лінія ...": no people in a list of sites
                and not (inherited and t[2].value == "civilian")
            ],
        )
        if talk:
            targets = [t for t in targets if not _talked_of(text, t[0], talk, own_triggers)]
        if text.find("(", s, e) != -1:
            targets = _outside_background(text, s, e, targets)
        # "Корабельний район", "в Заводском районе", "the Industrial district": a city district's name, not a ship or
        # a plant hit
        targets = [t for t in targets if not _names_a_district(text, t)]
        targets = _not_landmarks(text, s, targets)
        weapons = arms()
        hit_targets = [t for t in targets if t[2].value != "military.unit"]
        if (air_defence or tally_on) and not hit_targets:
            return None, own_triggers  # an interception tally: drones shot down, nothing named as hit
        if (
            # "обстреливали наши позиции": ground fighting at the line, no site
            (targets and all(_POSITIONS.fullmatch(text, t[0], t[1]) for t in targets))
            # a front-line summary
            or (_lexicon.front_line(text, s, e, weapons=weapons, shot_down=shot_down) and not hit_targets)
            # a tally of the enemy's losses: its depots and vehicles counted are the army's, no site hit (not
            # "повреждены три легковых автомобиля и два грузовых": no loss, and the cars are no army's)
            or (
                _lexicon.LOSS_TALLY.search(text, s, e)
                and _lexicon.LOSS.search(text, s, e)
                and all(
                    t[2].value.startswith("military") or _army_car(text, t, e, armour=len(hit_targets) < len(targets))
                    for t in hit_targets
                )
            )
        ) and not _lexicon.DISCRETE_STRIKE.search(text, s, e):
            return None, own_triggers  # (either, unless a drone crew reports one vehicle destroyed)
        if air_defence and _lexicon.DAMAGE.search(text, s, e) is None and not any(t[2].specific for t in hit_targets):
            return None, own_triggers
        if (
            not targets
            and not weapons
            and self._report_front(text, state)
            and len(_places.find_places(text, s, e)) >= 3
            and _lexicon.DAMAGE.search(text, s, e) is None
        ):
            # "Russian troops continue their attacks in Kharkiv, Kupyansk, Siversk, Kramatorsk" in a report of the
            # front: the fighting along its directions, nothing named as hit, no weapon that strikes from afar
            return None, own_triggers
        if (
            not targets
            and not weapons
            and not self._report_armed(text, state)
            and not _actors.find_actors(text, s, e, state.party)
            and not (state.last_hit is not None and _count_since(text, s, e))
        ):
            # no target, no side that struck, and no weapon here or in the report ("Внаслідок атаки постраждали ...
            # області"); a side named is enough ("росіяни атакували Харків": an attack on the city, of unknown target),
            # and so is the count of the campaign of the attack just told ("Это уже седьмая атака с начала октября")
            return None, own_triggers
        lead = state.lead_arms
        if weapons and (striking := _striking(text, weapons, targets)):
            state.lead_arms = striking
        previous = max((a for a, b in state.spans if b <= s), default=-1)
        return _Sentence(
            s,
            e,
            triggers,
            targets,
            weapons,
            _end_from(state.spans, e, len(text)),
            lead,
            previous,
            suffered,
            month=month,
        ), own_triggers

    def _cut_only(
        self,
        text: str,
        s: int,
        e: int,
        memo: _PlacesMemo,
        regions: set[str],
        armed: bool,
        found: list[tuple[int, int, _lexicon.Entry]] | None = None,
        words: list[tuple[int, int]] | None = None,
    ) -> bool:
        """Whether a sentence after the claims of a report only tells a power cut (its attack words are all cuts,
        with no cause, weapon nor site hit: the homes that lost a supply are none) at places in the ``regions`` of
        those claims, or at none: where the cut is felt, not another site hit. ``found`` and ``words``, the
        sentence's targets and attack words, when the caller has them."""
        # "В результате ударов вражеских БПЛА были обесточены потребители г. Горское", "внаслідок пошкоджень було
        # порушено електропостачання у ...": a cut said to follow from the attack just told, which the opening cause
        # names back with no place or target of its own (its attack word and weapon are that attack's)
        back = _CAUSE_BACK.match(text, s, e)
        if back is not None:
            armed = any(a >= back.end() for a, _, _ in _lexicon.find_all(_lexicon.WEAPONS, text, s, e))
        return (
            all(
                _is_cut(text, a, b) or (back is not None and b <= back.end())
                for a, b in (
                    [(m.start(), m.end()) for m in _lexicon.TRIGGERS.finditer(text, s, e)] if words is None else words
                )
            )
            and not _CAUSE.search(text, s if back is None else back.end(), e)
            and not armed
            and all(
                t[2].outcome or _not_hit(text, s, e, t)
                for t in (_lexicon.find_targets(text, s, e) if found is None else found)
            )
            and all(place.admin1 in regions for _, place in self._resolve_places(text, s, e, memo))
        )

    def _also_hit(
        self, text: str, s: int, e: int, memo: _PlacesMemo, latest: list[Claim], regions: set[str]
    ) -> list[Claim]:
        """The claims of a sentence with no attack word of its own that names casualties or damage at places other
        than those of the claims before it: the same attack, at those places (not the places a cut alone names,
        see ``_cut_only``)."""
        if all(
            _scheduled(text, s, e, a, b) or _NOT_JUST_BEFORE.search(text, max(s, a - 20), a)
            for a, b in (m.span() for m in _lexicon.DAMAGE.finditer(text, s, e))
        ):
            return []  # (no damage word, only outages by a schedule, or damage denied: "склады не пострадали")
        if self._cut_only(text, s, e, memo, regions, bool(_lexicon.find_all(_lexicon.WEAPONS, text, s, e))):
            return []
        best = _best_target(_present_targets(text, s, e))
        if best is None:
            return []
        before = latest[-1]
        known = {(c.place.name, c.place.lat) for c in latest}
        out = []
        for _mention, place in self._resolve_places(text, s, e, memo):
            if not place.has_point or (place.name, place.lat) in known:
                continue
            if before.place.country and place.country and place.country != before.place.country:
                continue
            ev_start, ev_end = _segment.trim(text, s, e)
            target = Target(category=best[2].value, name=text[best[0] : best[1]])
            out.append(
                before.model_copy(
                    update={"place": place, "target": target, "evidence": Evidence(start=ev_start, end=ev_end)}
                )
            )
        return out

    def _hurt_elsewhere(
        self,
        text: str,
        s: int,
        e: int,
        memo: _PlacesMemo,
        told: list[Claim],
        claims: list[Claim],
        when: tuple[datetime, str],
    ) -> list[Claim]:
        """The claims of a sentence with no attack word of its own, a few sentences after an attack told (``told``,
        the claims of its sentence), that names only people killed or hurt at a place of its own that no claim has:
        "... обстрел по Киеву, Запорожью. В Днепре зафиксированы взрывы. В Синельниковском районе пострадал мужчина",
        "кількість жертв атаки зросла: ... - в Одесі – одна людина загинула, 10 поранено": the same attack at that
        place, its target `civilian` (not damage to things, which ``_also_hit`` reads right after the attack only;
        not a tally, a campaign or a wider scope, a country named, "in Ukraine, including in Dnipro", nor deaths of
        another cause, "died of a heart attack", "hurt in a fall", "injured while detaining a suspect"). Not a
        sentence with a time of its own apart from the attack's ("накануне днем", "в среду", "on August 20"), nor one
        of soldiers ("загинули двоє військових"), nor one a speaker of another side tells ("сообщил Пушилин"), nor a
        place on the other side of the front from the attack's (Russian-run Donetsk after Kharkiv). ``when`` is the
        report's publication time and time zone."""
        # (people only: every target the sentence names is the bare `civilian` of the killed and hurt, "пострадал
        # мужчина", not "пострадал дом")
        kinds = _present_targets(text, s, e)
        if not kinds or any(k[2].value != "civilian" for k in kinds):
            return []
        hurt = list(_lexicon.DAMAGE.finditer(text, s, e))
        if not hurt or any(_NOT_JUST_BEFORE.search(text, max(s, m.start() - 20), m.start()) for m in hurt):
            return []
        if _off_scene(text, s, e, told[-1], *when):
            return []  # (a tally, a campaign, a wider scope, or another time than the attack's: "killed on August 20")
        if _IN_COUNTRY.search(text, s, e):
            return []  # the whole country: "3 people were killed and 12 injured in Ukraine, including in Dnipro"
        if _OTHER_CAUSE.search(text, s, e) or _lexicon.find_all(_lexicon.WEAPONS, text, s, e):
            return []
        if _MILITARY_HURT.search(text, s, e):
            return []  # "загинули двоє військових", "two soldiers were wounded": no civilians
        before = told[-1]
        if _OWN_DAY.search(text, s, e):
            return []  # a day of its own: "В Херсоне накануне днем ранены два человека"
        side = _actors.claimant_in(text, s, e)
        if side is not None and (side == before.perpetrator or (before.claimant and side != before.claimant)):
            return []  # the other side speaks: "В Донецке погибли два человека, сообщил Пушилин"
        best = _best_target(kinds)
        assert best is not None  # (kinds is not empty)
        when_before = before.time.latest
        ran = _russia_run(before.place.admin1, when_before, text, s, e)
        places = self._resolve_places(text, s, e, memo)
        if any(place.precision == "country" for _mention, place in places):
            return []  # (a country named among the places: the count is the country's)
        known = {(c.place.name, c.place.lat) for c in claims}
        out = []
        for _mention, place in places:
            if not place.has_point or (place.name, place.lat) in known:
                continue
            if not before.place.country or place.country != before.place.country:
                continue
            if _russia_run(place.admin1, when_before, text, s, e) != ran:
                continue  # across the front from the attack's place (Donetsk after Kharkiv)
            ev_start, ev_end = _segment.trim(text, s, e)
            target = Target(category="civilian", name=text[best[0] : best[1]])
            # (the means are the attack's, not told at this place: "strike", not the drones of the sentence before)
            act = "strike" if before.act.startswith("strike.") else before.act
            update = {"place": place, "target": target, "evidence": Evidence(start=ev_start, end=ev_end), "act": act}
            out.append(before.model_copy(update={**update, "weapon": None}))
            known.add((place.name, place.lat))
        return out

    def _narrowed_next(
        self, text: str, s: int, e: int, memo: _PlacesMemo, latest: list[Claim], claims: list[Claim]
    ) -> None:
        """A region's claim moved to the one district or town of that region where the sentence after it, with no
        attack word nor weapon of its own (no claim, nor one ``_also_hit`` adds), tells the damage or the power cut:
        "В Белгородской области обстреляли объект «Россетей». Произошло отключение электричества в Шебекинском
        районе", "... in the Bryansk region a line was cut by a drone. Consumers in the Komarichsky district were
        left without power"."""
        if len(latest) != 1 or latest[0].place.precision != "admin1" or not latest[0].place.has_point:
            return
        outage = _OUTAGE.search(text, s, e)
        if not (_lexicon.DAMAGE.search(text, s, e) or outage or _CUT.search(text, s, e)):
            return
        if (
            outage is not None
            and outage.group().isascii()
            and latest[0].target.category.startswith("energy")
            and not _CUT.search(text, s, e)
            and all(_OUTAGE.fullmatch(text, *d.span()) for d in _lexicon.DAMAGE.finditer(text, s, e))
        ):
            return  # "... an energy facility in the Odesa region. Outages were reported in Izmail": felt there, not hit
        if _lexicon.find_all(_lexicon.WEAPONS, text, s, e) or _NOT_SAID.search(text, s, e):
            return  # ("Отключений в Шебекинском районе нет": no cut there)
        before = latest[0]
        places = {(p.name, p.lat): p for _, p in self._resolve_places(text, s, e, memo)}
        if len(places) != 1:
            return
        (place,) = places.values()
        if (
            place.precision not in {"district", "settlement"}
            or not place.has_point
            or place.admin1 != before.place.admin1
        ):
            return
        latest[0] = before.model_copy(update={"place": place})
        for i, claim in enumerate(claims):
            if (claim.evidence, claim.place, claim.target) == (before.evidence, before.place, before.target):
                claims[i] = claim.model_copy(update={"place": place})  # (the copy with the report's claim id)

    def _listed_damage(
        self,
        claims: list[Claim],
        text: str,
        memo: _PlacesMemo,
        spans: Sequence[tuple[int, int]],
        published: datetime,
        zone: str,
    ) -> list[Claim]:
        """The civilian claims at the scene of a sentence that tells damage and makes no claim at a place of its own,
        widened to the category that covers the civilian things it lists there: "... пошкоджено поїзд. ... Зокрема,
        гуртожиток, гімназія, адмінбудівля" is `civilian`, not the train alone (the scene: the place of the last
        sentence with a placed claim, since no reminder; not a sentence that names another place, tells another
        time, or tallies)."""
        scene: Claim | None = None
        out = list(claims)
        # the claims by where their evidence starts, each with its place in ``claims`` (a sentence's own, in that order)
        evident = sorted((c.evidence.start, n) for n, c in enumerate(claims) if c.evidence is not None)
        starts = [start for start, _ in evident]
        for i, (s, e) in enumerate(spans):
            own = [
                claims[n]
                for _, n in sorted(
                    evident[bisect.bisect_left(starts, s) : bisect.bisect_left(starts, e)], key=lambda x: x[1]
                )
            ]
            placed = [c for c in own if c.place.precision not in ("country", "unknown")]
            if placed:
                scene = placed[-1]
                if (
                    (clause := _infrastructure_hit(text, s, e)) is not None
                    # (nor a sentence with a day of its own before: "... damaging residential buildings. Last week, a
                    # strike damaged infrastructure facilities in Kharkiv" widens not the homes told before)
                    and not _INFRASTRUCTURE_DAY.search(text, s, e)
                    and _one_place([c.place for c in placed]) is not None
                    and self._infrastructure_here(text, s, e, memo, clause, placed)
                ):
                    out = _beside_infrastructure(out, placed)
                continue
            if _REMINDER.match(text, s, e):
                scene = None
            if scene is None or _off_scene(text, s, e, scene, published, zone):
                continue  # (a tally, a campaign, a wider scope, another day's)
            if _lexicon.CESSATION.search(text, s, e):
                continue  # (nor talk of a truce: "any ceasefire must protect hospitals and schools")
            if (
                _infrastructure_hit(text, s, e) is not None
                # (nor a sentence with a time of its own: "Вчера ВСУ атаковали объекты инфраструктуры", "17 марта
                # ...", "Last week, ...", "В прошлом месяце ...": another day's objects, whether or not it lies in
                # the scene's time)
                and _time.find_time(text, s, e, published, zone) is None
                and not _INFRASTRUCTURE_DAY.search(text, s, e)
                and not any(
                    # (a region counts as another place: "У Харкові ... пошкоджено приватні будинки. Також у Харківській
                    # області пошкоджено об'єкти інфраструктури" tells the region's objects, not the town's)
                    p.precision != "country" and (p.name, p.lat) != (scene.place.name, scene.place.lat)
                    for _, p in self._resolve_places(text, s, e, memo)
                )
            ):
                # "В Запорожье ... поврежден многоэтажный жилой дом. ... россияне также нанесли удар по объекту
                # инфраструктуры": more sites than the homes at the scene
                out = _beside_infrastructure(out, [scene])
            # harm to things: not people hurt ("diagnosed with shrapnel injuries" at the hospital they went to, "Двоє
            # постраждалих перебувають у лікарні", "who suffered burns"), nor no damage ("no damage to the school",
            # "без пошкоджень", "with damage being assessed")
            told = list(_lexicon.DAMAGE.finditer(text, s, e))
            damage = [m for m in told if not _NO_JUST_BEFORE.search(text, max(s, m.start() - 10), m.start())]
            # (debris said with no damage fell near: "Debris fell near a school, with no damage reported")
            no_damage = len(damage) < len(told)
            harmed = any(
                not _NOT_JUST_BEFORE.search(text, max(s, m.start() - 20), m.start())
                and not _PEOPLE_HURT.match(text, m.start(), e)
                and not (no_damage and _DEBRIS.match(m.group()))
                and not _ASSESSED_AFTER.match(text, m.end(), e)
                for m in damage
            ) or bool(_lexicon.FIRE.search(text, s, e))  # ("ceasefire": the sentence is talk of a truce, skipped above)
            harmed = harmed or bool(_RUINED.search(text, s, e))
            # (a list that goes on from the damage told just before: "пошкоджена цивільна інфраструктура. Зокрема,
            # гуртожиток, гімназія")
            if not harmed and not (
                i > 0 and _PLACES_NEXT.match(text, s, e) and _lexicon.DAMAGE.search(text, *spans[i - 1])
            ):
                continue
            # (a hospital beside the hurt is where they are treated: "Двоє постраждалих перебувають у лікарні")
            treated = bool(_PEOPLE_HURT.search(text, s, e) or _HOSPITALISED.search(text, s, e))
            listed = [
                t
                for t in _present_targets(text, s, e)
                if _top(t[2].value) == "civilian"
                and "." in t[2].value
                and not (treated and t[2].value == "civilian.medical")
                and not _lone_only(t[2])  # a fence or a zone names no other kind hit ("повреждены фасад, забор")
            ]
            if not listed:
                continue
            where = scene.place
            if any(
                p.precision not in ("country", "admin1") and (p.name, p.lat) != (where.name, where.lat)
                for _, p in self._resolve_places(text, s, e, memo)
            ):
                continue  # another place's damage
            for n, c in enumerate(out):
                # (a claim named by a site, not by a generic word or the hurt; not a port, whose berths, warehouses
                # and cars are its own: "удар по порту ... Повреждены причалы, склады")
                if (
                    _top(c.target.category) != "civilian"
                    or c.target.category == "civilian.port"
                    or (c.place.name, c.place.lat) != (where.name, where.lat)
                    or c.perpetrator != scene.perpetrator
                    or c.time != scene.time  # (the scene's own attack, not the same side's on another day)
                    # (nor a claim whose target is this sentence's own, lent to it by ``_what_was_hit``: "attacked
                    # Nikopol. Two houses and a car were damaged" is read as a sentence of its own, damage alone)
                    or any(c.target.name == text[a:b] for a, b, _ in listed)
                    or _strength(c) < 2
                ):
                    continue
                category = c.target.category
                for t in listed:
                    category = _ancestor(category, t[2].value)
                if category != c.target.category:
                    out[n] = c.model_copy(update={"target": c.target.model_copy(update={"category": category})})
        return out

    def _at_the_centre(self, claims: list[Claim], text: str, spans: Sequence[tuple[int, int]]) -> list[Claim]:
        """In a report that names one region and no town, "the city" with no name is the centre the region is named
        after: the region's claims go there ("a key energy facility in Kherson Oblast ... the facility that supplies
        electricity to the city", "по об'єкту, який забезпечує місто світлом" in a report on Херсонщина); not "cities",
        "міста і села", nor a region not named after a town ("Republic of Mordovia"); only where its sentence tells the
        city hit, damaged or supplied, with no negation (not "Город не пострадал", "один город", "в городе и области
        тревога", "hit last week too")."""
        if not any(_city_hit(text, spans, m) for m in _THE_CITY.finditer(text)):
            return claims
        centres: dict[str, Place | None] = {}
        out = []
        for claim in claims:
            region = claim.place
            if region.precision == "admin1" and region.name and region.admin1:
                if region.name not in centres:
                    centres[region.name] = self._centre(region)
                centre = centres[region.name]
                if centre is not None:
                    claim = claim.model_copy(update={"place": centre})
            out.append(claim)
        return out

    def _centre(self, region: Place) -> Place | None:
        """The town a region is named after ("Kherson" of "Kherson Oblast"), if the geocoder finds it in the region."""
        assert region.name is not None
        words = region.name.split()
        if len(words) != 2 or words[1] not in ("Oblast", "Krai"):
            return None
        town = self.places.resolve(_places.PlaceMention(0, 0, words[0], "settlement", True))
        if (
            town is None
            or town.precision != "settlement"
            or not town.has_point
            or town.admin1 != region.admin1
            or not names_region(town.name or "", words[0])
        ):
            return None
        return town

    def _placed_next(self, text: str, s: int, e: int, memo: _PlacesMemo, latest: list[Claim]) -> list[Claim]:
        """The claims of a sentence that only says where the claim before it, of no place, was: "Российские удары
        повредили энергетику. Пострадали Сумская и Черниговская области", "... є знеструмлені споживачі у кількох
        регіонах. Зокрема – у Сумській та Запорізькій областях": that claim at each place named (a sentence that
        names places with no such opening word, "В Киеве объявлена тревога", is another matter)."""
        opening = _PLACES_NEXT.match(text, s, e)
        if len(latest) != 1 or latest[0].place.has_point or opening is None:
            return []
        if not _SUFFERED_OPENING.match(text, opening.start(), e) and not _particular_places(text, opening.end(), e):
            return []
        if _present_targets(text, s, e) or _lexicon.find_all(_lexicon.WEAPONS, text, s, e):
            return []
        before = latest[0]
        places = [p for _, p in self._resolve_places(text, s, e, memo) if p.has_point]
        if not places or any(before.place.country and p.country != before.place.country for p in places):
            return []
        ev_start, ev_end = _segment.trim(text, s, e)
        return [
            before.model_copy(update={"place": p, "evidence": Evidence(start=ev_start, end=ev_end)}) for p in places
        ]

    def _same_attack_after(self, text: str, e: int, at: int, place: Place | None, state: _ReportState) -> bool:
        """Whether a word at ``at``, after the sentence that ends at ``e`` with a claim at ``place``, still speaks of
        that claim's attack: no other place is named from there to the end of the word's own sentence. The text after
        each sentence's end is read up to the next one's end, its places resolved once per report, and the first such
        piece after ``e`` that names another place is found once per sentence end and place (so that asking at every
        weapon of a long report stays linear)."""
        ends = state.ends
        if not ends:
            ends.extend(b for _, b in state.spans)
        # the piece the word ends in: the text up to its sentence's end (the tail after the last, len(ends))
        k = bisect.bisect_right(ends, at)
        i = bisect.bisect_right(ends, e)  # the first piece after e
        if k < i:
            return True  # the word is in the sentence itself: nothing between
        key = (i, place is None, place.name if place is not None else None)
        other = state.other_place.get(key)
        if other is None:
            other = i
            while other <= len(ends) and not any(
                place is None or p.name != place.name for p in self._piece_places(text, other, state)
            ):
                other += 1
            state.other_place[key] = other
        return k < other

    def _piece_places(self, text: str, i: int, state: _ReportState) -> list[Place]:
        """The places of the text from the end of sentence ``i - 1`` to the end of sentence ``i`` (from the start for
        the first; to the text's end for ``i == len(ends)``), resolved once per report."""
        if i not in state.piece_places:
            ends = state.ends
            a = ends[i - 1] if i > 0 else 0
            b = ends[i] if i < len(ends) else len(text)
            state.piece_places[i] = [p for _, p in self._resolve_places(text, a, b, state.memo)] if a < b else []
        return state.piece_places[i]

    def _combined(
        self, text: str, s: int, e: int, arms: Sequence[tuple[int, int, _lexicon.Entry]], state: _ReportState
    ) -> bool:
        """Whether a sentence ``text[s:e]`` that names only classes of weapon of one act tells of an attack the report
        calls combined ("Russian Airstrike On Kyiv ... the overnight combined attack on the capital", "ракетної атаки
        по Києву ... завдали комбінованого удару"): a strike of several means, whichever the sentence names; not a
        named system ("Iskander"), a reminder, or a sentence told at another time than the combined attack. Only a
        combined attack the report tells counts: not one in a reminder, a habit or another week ("Нагадаємо, росіяни
        регулярно завдають комбінованих ударів", "Russia has increasingly relied on combined ... attacks", "Минулого
        тижня ... комбінованого удару"), nor one of the other side than the sentence's, or than the last claim's when
        the sentence names none ("Українські дрони атакували НПЗ у Рязані. У відповідь Росія завдала комбінованого
        удару по Києву": the Ryazan strike stays of drones)."""
        if not arms or any(w[2].value not in _WEAPON_CLASSES for w in arms) or _REMINDER.match(text, s, e):
            return False
        if _COMBINED.search(text, s, e):
            return True  # the sentence calls its own attack combined
        sides = {a.party for a in _actors.find_actors(text, s, e, state.party)} or (
            {state.last_side} if state.last_side else set()
        )
        return any(
            not (sides and theirs and not sides & theirs) and not self._told_at_another_time(text, s, e, at, state)
            for at, theirs in self._combined_told(text, state)
        )

    def _combined_told(self, text: str, state: _ReportState) -> list[tuple[int, set[str]]]:
        """The report's mentions of a combined attack that it tells (where each starts, and the sides its sentence
        names): not in a sentence that reminds, tells a habit or another week (``_COMBINED_ELSEWHEN``); found once per
        report."""
        if state.combined is None:
            state.combined = []
            for m in _COMBINED.finditer(text):
                a, b = _span_at(state.spans, m.start(), (m.start(), m.end()))
                if (
                    _REMINDER.match(text, a, b)
                    or _OUR_REMINDER.match(text, a, b)
                    or _COMBINED_ELSEWHEN.search(text, a, b)
                ):
                    continue
                sides = {x.party for x in _actors.find_actors(text, a, b, state.party)}
                if not sides:
                    # a country named before the mention, its subject ("Russia, meanwhile, launched a combined attack")
                    country = _COUNTRY_BEFORE.search(text, a, m.start())
                    sides = {"RUS" if country.group("rus") else "UKR"} if country else set()
                state.combined.append((m.start(), sides))
        return state.combined

    def _told_at_another_time(self, text: str, s: int, e: int, at: int, state: _ReportState) -> bool:
        """Whether a sentence ``text[s:e]`` names a time of its own that does not meet the time the report speaks of
        at a word at ``at`` in another sentence (the last time named up to that word's sentence): the word is
        of another attack ("17 февраля ... семи БПЛА" before "А 19 марта была осуществлена атака"). A time that dates a
        statement ("В 10:00 губернатор сообщил") is no time of an attack, and a time of day may be up to a day off."""
        times = self._span_times(text, state)
        k = _span_index(state.spans, at)
        if k < 0 or state.spans[k][0] <= s < state.spans[k][1]:
            return False
        j = bisect.bisect_left(state.spans, (s, e))
        own = times[j] if j < len(state.spans) and state.spans[j] == (s, e) else self._own_time(text, s, e, state)
        told = state.told[k]
        if own is None or told is None:
            return False
        # a time of day may come up to a day after the raid it tells of ("В ночь на 19 марта ... В 10:00 повреждена");
        # whole days that touch already meet, and a night and the next day are two raids ("У ніч на 9 березня ... У ніч
        # проти 10 березня", the second read as the day)
        slack = _DAY if {own.precision, told.precision} & {"hour", "minute"} else timedelta(0)
        return own.latest + slack <= told.earliest or told.latest + slack <= own.earliest

    def _told_of_another_region(self, text: str, at: int, place: Place | None, state: _ReportState) -> bool:
        """Whether the sentence of a weapon word at ``at`` names only places of regions other than ``place``'s: the
        weapon is of another attack ("Ukrainian drones struck a refinery in the Saratov region. ... its forces attacked
        an oil terminal in Crimea": Crimea's means are untold), not of one in the region it names or in an area it does
        not place ("drones attacked Bryansk region. In Klintsy a substation was hit"; "Russia launched 90 drones.
        In Odesa ...")."""
        if place is None or place.admin1 is None:
            return False
        regions = self._span_regions(text, _span_at(state.spans, at, (at, at)), state)
        return bool(regions) and _REGION_AROUND.get(place.admin1, place.admin1) not in regions

    def _span_regions(self, text: str, span: tuple[int, int], state: _ReportState) -> set[str]:
        """The regions of the places ``text[span]`` names, none when it names a country as where: found once per
        sentence and kept in ``state``, so that asking at every weapon of every claim costs no more than a lookup."""
        if span not in state.span_regions:
            a, b = span
            if _places.country_in(text, a, b) is not None:
                # (a country named there as where, "атаковали два НПЗ в России", spans every region: no other one)
                state.span_regions[span] = set()
            else:
                # (a city that is a region of its own counts as the region around it: Brovary is in the region of Kyiv)
                state.span_regions[span] = {
                    _REGION_AROUND.get(p.admin1, p.admin1)
                    for _, p in self._resolve_places(text, a, b, state.memo)
                    if p.admin1
                }
        return state.span_regions[span]

    def _time_before(
        self, text: str, sentence: _Sentence, report: Report, zone: str, head_time: _time.TimeFound | None
    ) -> _time.TimeFound | None:
        """The time of the sentence right before one that names none and goes on with it (``_GOES_ON``): "on April 8,
        ... Additionally, a drone targeted the wind farm"; not a time said of a statement ("17 березня губернатор
        повідомив ... Також ..."), nor one that ends before the report's time (then the report's time stays)."""
        if sentence.before <= 0:
            return None
        if not _GOES_ON.match(text, sentence.start, sentence.end):
            return None
        found = _time.find_time(text, sentence.before, sentence.start, report.published_at, zone)
        if found is None or _SAID_AFTER_TIME.match(text, found.end, sentence.start):
            return None
        # not a background sentence's, whose time ends before the report's ("Вночі дрони атакували Харків ... 16 березня
        # ворог атакував Суми ... Також ..."; after a reminder, "Нагадаємо, 16 березня ...", its date is the report's)
        if head_time is not None and found.interval.latest <= head_time.interval.earliest:
            return None
        return found

    def _own_time(self, text: str, s: int, e: int, state: _ReportState) -> TimeInterval | None:
        """The time ``text[s:e]`` names of its own, but one that dates a statement ("22 марта губернатор сообщил")."""
        found = _time.find_time(text, s, e, state.published, state.zone)
        if found is None or _SAID_AFTER_TIME.match(text, found.end, e):
            return None
        return found.interval

    def _span_times(self, text: str, state: _ReportState) -> list[TimeInterval | None]:
        """Each sentence's own time (``_own_time``), and into ``state.told`` the last time named up to each: found
        once per report, so that asking at every weapon of every sentence costs no more than a lookup."""
        if state.times is None:
            state.times = [self._own_time(text, a, b, state) for a, b in state.spans]
            told: TimeInterval | None = None
            for t in state.times:
                told = t or told
                state.told.append(told)
        return state.times

    def _suffered_elsewise(self, text: str, s: int, e: int, state: _ReportState) -> bool:
        """Whether a sentence of regions that suffered ("постраждали ... області") tells of no attack the report told
        before it: it names a cause that is no attack ("от непогоды", "від паводку", "от санкций"), another time ("В
        2022 году", "Минулої зими"), or asks ("Чи постраждали ...", "Пострадали ли ...")."""
        if _SUFFERED_ASKED.search(text, s, e) or _SUFFERED_WHEN.search(text, s, e):
            return True
        for m in _SUFFERED_CAUSE.finditer(text, s, e):
            a, b = m.start("cause"), m.end("cause")
            if not (
                _lexicon.TRIGGERS.search(text, a, b)
                or _lexicon.find_all(_lexicon.WEAPONS, text, a, b)
                or _actors.find_actors(text, a, b, state.party)
            ):
                return True
        return False

    def _report_attacked(self, text: str, state: _ReportState) -> bool:
        """Whether the report says anything attacked: an attack word other than a fire, a weapon, or a side that
        struck (asked once per report, kept in ``state``)."""
        if state.attacked is None:
            # (not an attack word that is talk, "мораторий на удары", "будет зависеть от ... российских атак", nor the
            # side named in its phrase: the report may only talk of attacks)
            # (one scan of the attack words, each read in its sentence)
            starts = [a for a, _ in state.spans]
            talk: list[tuple[int, int]] = []
            told = False
            for m in _lexicon.TRIGGERS.finditer(text):
                if _quiet(text, m.start(), m.end()):
                    continue
                i = bisect.bisect_right(starts, m.start()) - 1
                a, b = state.spans[i] if i >= 0 else (0, 0)
                if not (m.end() <= b and _talk_word(text, a, b, m.start(), m.end())):
                    told = True
                    break
                talk.append((m.start(), m.end()))
            state.attacked = (
                told
                or bool(_lexicon.find_all(_lexicon.WEAPONS, text, 0, len(text)))
                or any(
                    not any(actor.start <= a and b <= actor.end for a, b in talk)
                    for actor in _actors.find_actors(text, 0, len(text), state.party)
                )
            )
        return state.attacked

    def _report_front(self, text: str, state: _ReportState) -> bool:
        """Whether the report speaks of the front anywhere (asked once per report, kept in ``state``)."""
        if state.front is None:
            state.front = any(_lexicon.front_line(text, a, b, report=True) is not None for a, b in state.spans)
        return state.front

    def _report_accident(self, text: str, state: _ReportState) -> bool:
        """Whether the report names a cause other than an attack ("пожар техногенного характера"; asked once per
        report, kept in ``state``)."""
        if state.accident is None:
            state.accident = _lexicon.ACCIDENT.search(text) is not None
        return state.accident

    def _report_arms(self, text: str, state: _ReportState) -> list[tuple[int, int, _lexicon.Entry]]:
        """The weapons the whole report names as striking, when they all imply one act (else none); asked once per
        report, kept in ``state``."""
        if state.arms is None:
            weapons = _lexicon.find_all(_lexicon.WEAPONS, text, 0, len(text))
            arms = _striking(text, weapons, _lexicon.find_targets(text, 0, len(text))) if weapons else []
            # of one act, counting every weapon named as striking ("using drones and artillery shells": two acts)
            acts = {_lexicon.ACT_OF_WEAPON.get(w[2].value, "strike") for w in arms}
            # only weapons that strike and are seldom what is hit or the setting ("ракетний напад", "літак РЕР")
            arms = [w for w in arms if w[2].value in _SURE_WEAPONS]
            state.armed = bool(arms)
            state.arms = arms if len(acts) == 1 else []
        return state.arms

    def _report_armed(self, text: str, state: _ReportState) -> bool:
        """Whether the report names any weapon that surely struck, of one act or not (``armed``, which
        :meth:`_report_arms` sets when it is first asked)."""
        self._report_arms(text, state)
        return state.armed

    def _recalls_another(self, text: str, s: int, e: int, memo: _PlacesMemo, told: Sequence[Claim]) -> bool:
        """Whether a sentence is the outlet reminding its readers of an attack at a place none of the claims so far
        is near ("Нагадаємо, 4 грудня росіяни обстріляли Херсон"): a reminder of the attack the report tells ("...
        атаку на Запоріжжя. Нагадаємо, що вночі росіяни атакували Запоріжжя") is still its speaker's."""
        if _OUR_REMINDER.match(text, s, e) is None or _actors.local_authority_speaks(text, s, e):
            return False  # ("Recall that ..., governor Syniehubov said": the governor's words)
        named = [p for _, p in self._resolve_places(text, s, e, memo) if p.has_point]
        near = [c.place for c in told if _FINENESS.get(c.place.precision, 9) <= _FINENESS["district"]]
        # the one oblast claimed or named before is near every place in it ("... атакували Харківську область.
        # Нагадаємо, ... Харків"; a claim on an oblast with no target may be gone by now), not one of a list of oblasts
        # hit ("постраждали Сумщина, Одещина, Харківщина ... Нагадаємо, ... в Білопіллі")
        regions = {c.place.admin1 for c in told if c.place.precision == "admin1" and c.place.admin1}
        regions |= {p.admin1 for _, p in self._resolve_places(text, 0, s, memo) if p.precision == "admin1" and p.admin1}
        if len(regions) > 1:
            regions = set()
        return bool(named) and not any(p.admin1 in regions or any(_km(c, p) <= 25.0 for c in near) for p in named)

    def _names_point(self, text: str, s: int, e: int, memo: _PlacesMemo) -> bool:
        """Whether ``text[s:e]`` names a place with a point (a settlement, a district, a region)."""
        return any(p.has_point for _, p in self._resolve_places(text, s, e, memo))

    def _infrastructure_here(
        self, text: str, s: int, e: int, memo: _PlacesMemo, clause: tuple[int, int], placed: list[Claim]
    ) -> bool:
        """Whether the infrastructure object of the clause ``clause`` of the sentence ``text[s:e]`` is at the place of
        the sentence's placed claims ``placed``: a clause that names a claim's place may name its region too, one
        place (``_one_place``: "В Белгородской области в Белгороде ... повреждены частные дома и объекты
        инфраструктуры"); one that names none of them names no place of its own (as at the scene, a region is
        another place: "У Харкові ... пошкоджено приватні будинки, також у Харківській області пошкоджено об'єкти
        інфраструктури", "В Белгороде повреждены частные дома, в Шебекино атакован объект инфраструктуры")."""
        a, b = clause
        here = [p for m, p in self._resolve_places(text, s, e, memo) if p.precision != "country" and a <= m.start < b]
        own = {(c.place.name, c.place.lat) for c in placed}
        if any((p.name, p.lat) in own for p in here):
            return _one_place([c.place for c in placed] + here) is not None
        # (a region the resolver folds into the town named before it is still a place of the clause's own)
        return not here and not any(
            m.level != "country" for m in _places.find_places(text, a, b, one_site=self._one_site)
        )

    def _spelt_regions(self, text: str, mentions: list[_places.PlaceMention]) -> list[_places.PlaceMention]:
        """The mentions, with a bare English region spelling that the gazetteer also reads as the region's centre town
        (round 43: "Zaporizhia", :func:`spelt_region`) read as the region, as "the Zaporizhia region" is, where it
        names no town: before front, direction, axis or sector ("on the Zaporizhia front", "the Kherson and
        Zaporizhia fronts"), or right after a town of that region, by a comma or "in" ("Orikhiv, Zaporizhia",
        "Kamianske in Zaporizhia": the Kamianske of Zaporizhzhia Oblast, not of Dnipropetrovsk Oblast). Not after a
        town of another region ("Kharkiv, Zaporizhia and Odesa": three cities). Review 46 D, H3."""
        out = list(mentions)
        for k, mention in enumerate(mentions):
            if mention.level is not None or not mention.query.isascii():
                continue
            region = spelt_region(mention.query)
            if region is None:
                continue
            as_region = replace(
                mention, query=f"{mention.query} region", level="admin1", strong=True, bare=False, strict=False
            )
            if _FRONT_AFTER.match(text, mention.end):
                out[k] = as_region
            elif k > 0 and _TOWN_THEN_REGION.fullmatch(text, mentions[k - 1].end, mention.start):
                town = self.places.resolve(mentions[k - 1], as_region.query, text)
                if town is not None and town.has_point and town.precision == "settlement" and town.admin1 == region:
                    out[k] = as_region
        return out

    def _resolve_places(
        self, text: str, s: int, e: int, memo: _PlacesMemo, *, guard: bool = True
    ) -> list[tuple[_places.PlaceMention, Place]]:
        """The places ``text[s:e]`` names, each with its mention; ``memo`` is the report's own (``_PlacesMemo``)."""
        mentions = _places.find_places(text, s, e, one_site=self._one_site)
        if mentions and _LAUNCHED.search(text, s, e):
            # "запустили БПЛА из мыса Чауда в Крыму", "drones were launched from Oryol and Kursk": where they took off
            mentions = _outside(mentions, _launch_spans(text, s, e))
        if mentions:
            # "a tanker sailing to the Russian port of Novorossiysk", "танкер, следующий в порт Новороссийск": where
            # the ship was bound, not where it was hit
            mentions = _outside(mentions, _bound_for(text, s, e))
        if mentions:
            # "the Druzhba oil pipeline", "трубопровода Дружба": the pipeline's name, not the village of Druzhba
            mentions = _outside(mentions, [m.span() for m in _PIPELINE_NAME.finditer(text, s, e)])
        if mentions:
            mentions = self._spelt_regions(text, mentions)
        resolved: list[tuple[_places.PlaceMention, Place]] = []
        region_query: dict[str, str] = {}  # the regions the span names, and how it names them
        # the regions and raions the span names with their unit word, each with its oblast
        units: list[tuple[_places.PlaceMention, str]] = []
        i = 0
        while i < len(mentions):
            mention = mentions[i]
            if mention.level == "district" and (
                _OF_THE_CITY.match(text, mention.end)
                or (
                    resolved
                    and resolved[-1][1].precision == "settlement"
                    and _INCLUDING.fullmatch(text, resolved[-1][0].end, mention.start)
                )
            ):
                # "drone strikes on Kharkiv, including the Shevchenkivskyi district", "struck the Shevchenkivskyi
                # district of the city": a part of the city named, not a place of its own
                i += 1
                continue
            query = mention.query  # how the text names the place
            area = (
                None
                if mention.region is None
                else self.places.resolve(
                    replace(mention, query=mention.region, level="admin1", region=None), None, text
                )
            )
            if area is not None and area.has_point and area.precision == "admin1":
                # "в брянском селе Кирилловка": the Kirillovka of Bryansk Oblast, else the oblast (not a namesake)
                refined = self.places.resolve(mention, mention.region, text)
                inside = refined is not None and refined.has_point and refined.admin1 == area.admin1
                place = refined if inside else area
            else:
                place = self.places.resolve(mention, None, text)
            # a settlement or district followed by its region ("Гай-Кодзор (Краснодарский край)") is one place
            if i + 1 < len(mentions) and (place is None or place.precision != "admin1"):
                nxt = mentions[i + 1]
                gap = text[mention.end : nxt.start]
                if (
                    nxt.level in {"admin1", "district"}
                    and mention.level != "admin1"
                    and _REFINES.fullmatch(gap)
                    and not _siblings(mention, nxt)
                ):
                    i += 1
                    refined = self.places.resolve(mention, nxt.query, text)
                    coarse = self.places.resolve(nxt, None, text)
                    if (
                        refined is not None
                        and refined.has_point
                        and not (
                            coarse is not None and coarse.admin1 and refined.admin1 and coarse.admin1 != refined.admin1
                        )
                    ):
                        place = refined
                    else:
                        # the geocoder's reading of the name lies outside the region the text gives: keep the region
                        place = coarse if coarse is not None and coarse.has_point else refined or coarse
                        if place is coarse:
                            query = nxt.query
            if place is not None and place.precision == "admin1" and place.admin1:
                region_query.setdefault(place.admin1, query)
            if place is not None and place.precision in ("admin1", "district") and mention.strong and place.admin1:
                units.append((mention, place.admin1))  # "в Севском районе": the raion's oblast
            if place is not None and place.has_point and place.precision in ("district", "settlement") and place.name:
                # "у Запорізькому районі", read at the point of its centre, is the raion around the city, not the city
                # ("Пошкоджено будинки у Запоріжжі. У Запорізькому районі влучання ...": two places), in any word
                # order or language ("the Zaporizhzhia district"); not a hromada ("Полтавська громада", the town's
                # own) or a city's district (read as the city, a settlement)
                place = _as_raion(place, query, text, s, e, mention.start)
            if (
                place is not None
                and place.precision != "country"
                and not any(place.precision == "admin1" and place.name in (p.admin1, p.name) for _, p in resolved)
            ):
                resolved.append((mention, place))
            i += 1
        resolved = self._districts_of_one_city(resolved)
        if len(region_query) == 1:
            # "На Харківщині ворожий дрон влучив у лікарню в селищі Золочів": the Zolochiv of that region, when there
            # is one (not the one of Lviv Oblast); so too a name read by its role ("the Vasilyevka substation ... in
            # the Zaporozhye region" is the Vasylivka of that region, not the Vasilyevka of Crimea)
            (region,) = region_query
            for n, (m, p) in enumerate(resolved):
                if p.precision in ("settlement", "district") and p.admin1 != region:
                    refined = self.places.resolve(m, region_query[region], text)
                    if refined is not None and refined.has_point and refined.admin1 == region:
                        # (named as above, "Pavlovsky district" of a region named beside it)
                        refined = _as_raion(refined, m.query, text, s, e, m.start)
                        resolved[n] = (m, refined)
        unit_regions = {region for _, region in units}
        if len(unit_regions) == 1:
            # a village the geocoder finds only in another oblast than the one region or raion named right beside it,
            # even asked with it, is a namesake far off or a fuzzy reading ("the Tyazhino settlement in the Kursk
            # Region" is no Tyazhinskiy of Kemerovo Oblast, "в Севском районе — в поселке Заря" no Zarya of Moscow
            # Oblast): the region or raion stands; not a town named apart from it ("a missile hit Kryvyi Rih, and a
            # drone a lyceum in Bohodukhiv in the Kharkiv region"); nor a village beside a raion whose name the
            # village's own oblast has too ("в Октябрьском районе в поселке Прямицыно" is the Oktyabrsky raion of Kursk
            # Oblast, not of Rostov Oblast): the village stands and the raion is read in its oblast
            kept: list[tuple[_places.PlaceMention, Place]] = []
            again: dict[int, Place] = {}  # the raions read again in a village's oblast, by where they are named
            (region,) = unit_regions
            for m, p in resolved:
                if p.precision != "settlement" or p.admin1 in unit_regions:
                    kept.append((m, p))
                    continue
                head = _list_head(text, mentions, m)
                beside = [u for u, _ in units if _beside(text, mentions, head, (u.start, u.end))]
                if not beside:
                    kept.append((m, p))
                    continue
                namesakes = [
                    (u, raion)
                    for u in beside
                    if u.level == "district"
                    and (raion := self.places.resolve(u, p.admin1, text)) is not None
                    and raion.has_point
                    and raion.precision == "district"
                    and raion.admin1 == p.admin1
                ]
                if namesakes:
                    kept.append((m, p))
                    again.update((u.start, _as_raion(raion, u.query, text, s, e, u.start)) for u, raion in namesakes)
                    continue
                there = self.places.resolve(m, region, text)
                if there is not None and there.has_point and there.admin1 == region:
                    # the village's namesake in the raion's or region's oblast ("In the Belgorodsky district, the
                    # villages of Komsomolsky and Oktyabrsky": the Oktyabrsky of Belgorod Oblast, not of Bashkortostan)
                    kept.append((m, there))
                    continue
                unit = next((q for u in beside for n, q in resolved if n.start == u.start), None)
                later = head is not m
                if unit is not None and (not later or _km(p, unit) > _FAR_NAMESAKE_KM):
                    # (alone, first or a later item of a list the raion heads: the raion stands for it; a later one
                    # only when its own reading is far off, "Komsomolsky" as Komsomolsk-on-Amur)
                    kept.append((m, unit))
                else:
                    # a later item that lies near, over a border ("the villages of Dubovoye, Maysky and Vovchansk
                    # across the border", "Kharkiv's Lyptsi"): its own place; so too a village whose raion has no
                    # reading (never seen: the village is not dropped)
                    kept.append((m, p))
            resolved = [(m, again.get(m.start, p)) for m, p in kept]
        if region_query:
            # an English name read by its role ("the Maksimovka substation in the Belgorod region") that the geocoder
            # puts in another region than the one the sentence names, even asked with it, is a namesake elsewhere:
            # the region stands; not one item of a list beside the regions ("атакували Київ, Житомирщину і
            # Харківщину": the capital is a place of its own)
            listed = {
                m.start
                for pair in itertools.pairwise(mentions)
                if _LIST_GAP.fullmatch(text, pair[0].end, pair[1].start)
                for m in pair
            }
            # (only the capital or a region's centre, or a town of a centre's region named with it: not a village's
            # namesake in another oblast, "атакували Олександрівку та Сумщину" is no Oleksandrivka of Donetsk Oblast)
            centre = {
                p.admin1
                for _, p in resolved
                if _names_its_region(p, p.admin1) or (p.name and p.admin1 and p.admin1.startswith(f"{p.name} "))
            }
            resolved = [
                (m, p)
                for m, p in resolved
                if p.admin1 in region_query
                or (m.start not in listed and not m.strict)
                or (m.start in listed and not (m.strict or m.bare))
                or (m.start in listed and (p.admin1 in centre or p.precision != "settlement"))
            ]
        if len(resolved) > 1:
            # a facility's own name the registry does not know, read as a town, right before the town it is said to
            # be in ("подстанция «Луч» в самом Белгороде", "the Luch substation, in Energodar"), where that town lies
            # in another region: a namesake far off (a village Luch in Mykolaiv Oblast, 230 km and more), not a second
            # place; not a town near the one named after it ("the Kubinka airbase near Moscow", "нефтебазу «Кириши»
            # под Петербургом", "the Kerch bridge near Taman"), nor one of a list ("a Kharkiv substation and one in
            # Sumy")
            resolved = [
                (m, p)
                for k, (m, p) in enumerate(resolved)
                if not (
                    m.facility is not None
                    and p.precision == "settlement"
                    and k + 1 < len(resolved)
                    and (town := resolved[k + 1][1]).precision == "settlement"
                    and town.admin1 != p.admin1
                    and _km(p, town) > _NAMESAKE_KM
                    and _FACILITY_IN.fullmatch(text, m.end, resolved[k + 1][0].start)
                )
            ]
        if guard and any(m.adjective for m, _ in resolved):
            resolved = [(m, p) for m, p in resolved if not m.adjective or self._fits_the_text(text, m, p, memo)]
        return resolved

    def _one_site(self, name: str) -> bool:
        """Whether the facility registry knows exactly one site by ``name`` ("Ільський НПЗ")."""
        return self.places.one_site(name) is not None

    def _fits_the_text(self, text: str, mention: _places.PlaceMention, site: Place, memo: _PlacesMemo) -> bool:
        """Whether a site the registry gives for a name's adjective ("Новокуйбышевский НПЗ") fits the places the text
        names: not where the paragraph tells only of towns and regions of another oblast, one of them a town with a
        site of the same kind, and the report names the site's oblast nowhere ("в Саратове прогремели взрывы. ...
        атаковали Новокуйбышевский НПЗ": Saratov has a refinery of its own, the text's town stands; "у Брянську
        пролунали вибухи, а дрони уразили Новошахтинський НПЗ": the site)."""
        a = text.rfind("\n", 0, mention.start) + 1
        b = text.find("\n", mention.end)
        here = self._places_named(text, a, len(text) if b < 0 else b, memo)
        if not here or any(p.admin1 == site.admin1 for p in here) or not self._a_site_of_its_kind(here, mention):
            return True
        return any(p.admin1 == site.admin1 for p in self._places_named(text, 0, len(text), memo))

    def _places_named(self, text: str, a: int, b: int, memo: _PlacesMemo) -> tuple[Place, ...]:
        """The places with an oblast that ``text[a:b]`` names other than by a facility's adjective, read once per
        span of the report whose ``memo`` it is."""
        if (a, b) not in memo:
            memo[a, b] = tuple(
                p for m, p in self._resolve_places(text, a, b, memo, guard=False) if not m.adjective and p.admin1
            )
        return memo[a, b]

    def _a_site_of_its_kind(self, places: Sequence[Place], mention: _places.PlaceMention) -> bool:
        """Whether a town of ``places`` has a site of the kind the facility ``mention`` names near it (Saratov a
        refinery, where the text names the Novokuibyshevsk refinery)."""
        site = self.places.one_site(mention.facility or "")
        return site is not None and any(
            p.precision == "settlement" and p.has_point and self._sites_near(p, site.category, 15.0) for p in places
        )

    def _sites_near(self, place: Place, category: str, extra_km: float) -> tuple[tuple[Facility, float], ...]:
        """The registry's sites of ``category`` within ``extra_km`` of ``place``'s radius (none without a registry),
        nearest first with their distances; asked once per point, distance and kind."""
        assert place.lat is not None and place.lon is not None
        key = (place.lat, place.lon, place.radius_km + extra_km, category)
        if key not in self._near:
            if len(self._near) > 50_000:
                self._near.clear()
            self._near[key] = (
                tuple(self.facilities.nearest(place.lat, place.lon, max_km=key[2], categories=[category]))
                if self.facilities is not None
                else ()
            )
        return self._near[key]

    def _districts_of_one_city(
        self, resolved: list[tuple[_places.PlaceMention, Place]]
    ) -> list[tuple[_places.PlaceMention, Place]]:
        """A city's district named beside another district the span reads as a city ("у Дарницькому, Дніпровському та
        Голосіївському районах", "В Оболонському районі ..., у Деснянському – ..."): a district of that city too, when
        the city has a district of the name (Kyiv's Dniprovskyi, not Zaporizhzhia's; Kyiv's Desnianskyi, not
        Chernihiv's), however the geocoder reads the name alone."""
        # (each city once, however many of its districts the report names: a long report names them again and again)
        cities = list(
            {
                (p.name, p.lat, p.lon): p
                for m, p in resolved
                if p.precision == "settlement" and p.has_point and _DISTRICT_ADJECTIVE.match(m.query) and p.name
            }.values()
        )
        if not cities:
            return resolved
        out = list(resolved)
        for n, (m, p) in enumerate(resolved):
            word = _DISTRICT_ADJECTIVE.match(m.query)
            if word is None or _NAMES_ITS_CITY.match(m.query, word.end()):
                continue  # (not "у Шевченківському районі Харкова", "the Dniprovskyi district of Zaporizhzhia")
            unit = "району" if not word.group(0).isascii() else "district"
            for city in cities:
                if _km(p, city) <= 1.0:
                    continue  # (the city itself, or a district already in it: nothing to move; spares a geocoder ask)
                # the geocoder asked for the district in a report that names that city only: the city if it has one
                asked = self.places.resolve(
                    replace(
                        m, query=f"{word.group(0)} {unit}", level="district", strong=True, bare=False, strict=False
                    ),
                    None,
                    city.name,
                )
                if asked is not None and asked.has_point and _km(asked, city) <= 1.0:
                    out[n] = (m, city)
                    break
        return out

    def _borrowed_place(self, text: str, sentence: _Sentence, state: _ReportState, country: str | None) -> Place | None:
        """The place of a sentence that names none (``country``: the country it names, if any): the report's only
        place, the place just named, the scene the sentence before set, or the one place of the sentence before."""
        s, e = sentence.start, sentence.end
        found: list[str | None] = []

        def target_country() -> str | None:
            """The country the sentence says its target is in, found once, when first needed (it needs the sides
            the sentence names, which are dear to find)."""
            if not found:
                found.append(_places.country_of_target(text, s, e, exclude=_named_sides(text, s, e)))
            return found[0]

        if (_country_tally(text, s, e) and (country or target_country())) or _count_since(text, s, e):
            # a count of a country's attacks over a period it names, or a sum of the truce's, is of the whole country,
            # not of a place of the report: "війська РФ вже понад 30 разів завдали ударів по українських енергетичних
            # обʼєктах" below a site hit in the Dnipropetrovsk region
            return None
        if state.only_place is not None:
            only = state.only_place[1]
            named = country or target_country()
            # (not where the sentence just before gave its claims a place in another region, which the report's count
            # missed: "Москву атакували десятки безпілотників. Пошкоджено кілька багатоповерхівок" in a report on
            # Tuapse; a cape in Crimea below "на території Криму" is no other region)
            elsewhere = state.previous is not None and state.previous.admin1 not in (None, only.admin1)
            if (named is None or (named == only.country and state.only_place[0] < s)) and not elsewhere:
                return only  # the report's only place (a sentence before it: if it names no country)
        if (
            state.last_place is not None
            and _ANAPHORA.search(text, s, e)
            and (country is None or country == state.last_place.country)
        ):
            return state.last_place  # "an ammunition depot at the base was hit": the place just named
        if (
            state.setting is not None
            and country is None
            and not any(
                # (a plan word in a clause of its own plans nothing the sentence tells: "Ворог, який готує наступ,
                # вночі атакував Харків")
                not (_is_plan(h) and _CLAUSE_BREAK.search(text, h.end(), _before_stop(text, *state.setting)))
                for h in _lexicon.HYPOTHETICAL.finditer(text, *state.setting)
            )
            and not _WIDER_SCOPE.search(text, s, e)  # "обстреляла 30 населённых пунктов": more than that scene
        ):
            # "На Красноармейском направлении был выявлен тягач. Прямым попаданием FPV-дрона тягач уничтожен":
            # the place of the sentence just before, which set the scene and gave no claim
            setting = _one_place([p for _, p in self._resolve_places(text, *state.setting, state.memo) if p.has_point])
            if setting is not None:
                return setting
        if state.previous is not None and sentence.targets and country is None and not target_country():
            # "A Russian missile attack on Kharkiv killed a man ... The mayor said 21 apartment buildings, two
            # schools and a factory were damaged": the place of the sentence just before, where all its claims are
            return state.previous
        return None

    def _claims(
        self,
        report: Report,
        text: str,
        sentence: _Sentence,
        zone: str,
        claimant: str | None,
        head_time: _time.TimeFound | None,
        head_actors: list[_actors.Actor],
        state: _ReportState,
    ) -> list[Claim]:
        s, e = sentence.start, sentence.end
        places = self._resolve_places(text, s, e, state.memo)
        if len(places) > 1:
            # a place in a speaker's title ("губернатор Брянской области ... в поселке Климово") is no place of its own
            places = [p for p in places if not _places.title_place(text, p[0])] or places
        titled = state.last_place
        if (
            titled is not None
            and titled.has_point
            and titled.precision != "admin1"
            and places
            # (or a regional centre that names it, not its mayor's: "Governor of Krasnodar", "authorities in the
            # region of Krasnodar"; not "the mayor of Krasnodar", the city's own)
            and all(
                p.admin1 == titled.admin1
                and (
                    p.precision == "admin1"
                    or (
                        _names_its_region(p, p.admin1)
                        and not _CITY_OFFICE.search(text, max(s, m.start - 40), min(e, m.end + 30))
                        # ("the city" after a governor's title is the town before: the governor's is the region;
                        # the governor's title of this mention, not the word near it: "Authorities in Kharkiv and the
                        # governor said ... in the city" is Kharkiv)
                        and (_governor_of(text, m) or not _CITY_ITSELF.search(text, m.end, e))
                    )
                )
                for m, p in places
            )
            and all(_places.title_place(text, m) for m, _ in places)
        ):
            # "... атаковали НПЗ в Саратове. Губернатор Саратовской области заявил о повреждении": the region in the
            # speaker's title says who speaks; the town of the claim before, which lies in it, is where
            places = [(m, titled) for m, _ in places]
        places = _located(text, places)
        best_overall = _best_target(sentence.targets)
        back: Place | None = None  # the place a sentence of no place or target points back at
        country: str | None = None  # the country the sentence names: asked only when it names no place
        campaign = False
        if not places and best_overall is None:
            pointer = _POINTS_BACK.search(text, s, e)
            # "Этой ночью враг нанес удар по объектам газовой инфраструктуры ... Это уже седьмая атака с начала
            # октября": the count of the campaign the attack just told is part of, on its kind of target, in the
            # country hit (its place is left to the country, below)
            campaign = pointer is None and state.last_hit is not None and _count_since(text, s, e)
            if pointer is None and not campaign:
                return []  # no place and nothing named as hit
            country = _country_named(text, s, e)
            # "Влітку станція вже зазнала атаки, а три дні тому росіяни знову вдарили по ній": the site and place of
            # the claim before; "росіяни нанесли по місту ракетний удар": the town just named, of no target said
            if campaign and state.last_hit is not None:
                sentence = replace(sentence, targets=[state.last_hit])
            elif pointer is not None and pointer.group("site") and state.last_hit is not None and state.last_place:
                sentence = replace(sentence, targets=[state.last_hit])
                back = state.last_place
            else:
                back = self._borrowed_place(text, sentence, state, country)
            if back is None and not campaign:
                return []
        elif not places:
            country = _country_named(text, s, e)
        clauses = _segment.split_at_places(text, s, e, [(m.start, m.end) for m, _ in places])
        # (with a listed namesake elsewhere that no claim reads, a link of the list all the same: "Сумщину,
        # Миколаївку і Полтавщину")
        mentions = sorted(
            [m for m, _ in places]
            + [m for m in _places.find_places(text, s, e) if m.bare and m.start not in {p.start for p, _ in places}],
            key=lambda m: m.start,
        )
        out: list[Claim] = []
        listed_own: list[tuple[int, int, _lexicon.Entry]] = []  # the targets of the clause before, when it named any
        # a sentence that names no place (and so is one clause) borrows one from the report
        borrowed = None if places else back or self._borrowed_place(text, sentence, state, country)
        # "Это уже седьмая атака с начала октября" with no side named: the campaign of the side whose attack the
        # report just told
        campaign_side = (
            [_actors.Actor(s, s, state.last_side)]
            if borrowed is None and not head_actors and state.last_side in ("RUS", "UKR") and _count_since(text, s, e)
            else []
        )
        accuser = _actors.accuser_in(text, s, e, claimant)  # the side the sentence says accuses the other, if any
        named_at: _places.PlaceMention | None
        place: Place | None
        # whether the sentence tells an attack, and damage of its own, for a list's common kind: the sentence's,
        # read once for all its clauses (and only where a clause lists several kinds)
        attack_told = functools.cache(lambda: _attack_told(text, sentence.triggers))
        damage_told = functools.cache(lambda: _told_damage(text, s, e))
        for n, (cs, ce) in enumerate(clauses):
            if places:
                named_at, place = places[n] if len(places) >= 2 else places[0]
            else:
                named_at, place = None, borrowed
            own = [t for t in sentence.targets if cs <= t[0] < ce]
            if (
                not own
                and place is not None
                and len(places) >= 2
                and any(
                    _inside(p, place, later=k > n and not _siblings(named_at, m))
                    for k, (m, p) in enumerate(places)
                    if k != n and named_at is not None
                )
            ):
                # "Authorities in Krasnodar Krai said ... the Kavkazskaya station": a named place's region;
                # "обстрілювали Нікопольщину, ... били по Марганецькій громаді": the district the finer place lies in
                continue
            if not own and listed_own:
                # "пошкоджені підстанції та обʼєкти генерації в Одеській, Харківській ... областях": the places of a
                # list share the objects named with the first of them
                own = _listed_targets(listed_own, mentions)
            elif not own:
                before = [t for t in sentence.targets if t[0] < cs]
                # not a target of a clause set against this one ("в Кашарском районе возгорание травы, а в
                # Тарасовском пожар на ГРС"): each side of "а", "тоді як", "whereas" tells its own
                # nor one told of another town named with its own preposition after ("Ворог атакував Харків та Суми: у
                # Харкові пошкоджено школу": Sumy attacked, nothing said hit there)
                own = (
                    before[-1:]
                    if before
                    else [
                        t
                        for t in sentence.targets[:1]
                        if not _CONTRAST.search(text, ce, t[0])
                        and not _told_at_another_town(text, t, named_at, place, places, clauses)
                    ]
                )
            else:
                listed_own = own
            if (
                not own
                and state.last_hit is not None
                and (_THE_ATTACK.search(text, s, e) or _BARE_OBJECTS.search(text, s, e))
            ):
                # "It said the strikes had caused damage in ...": the strikes named before; "ВСУ ударили по объектам в
                # Белгородской ... областях" after "удары по объектам энергетики": the objects of the kind named before
                own = [state.last_hit]
            # (not a target told in a country of its own before another target named ahead of the place)
            away = _of_the_country(text, own, named_at.start) if named_at is not None else set()
            own = [t for t in own if t not in away]
            if (
                state.named_sites is not None
                and (not own or own == [state.last_hit])
                and (state.last_hit is None or state.named_sites[0][0] >= state.last_hit[0])
                and _BARE_SITES.search(text, s, e)
                and (state.named_sites[1] is None or place is None or place.country in (None, state.named_sites[1]))
            ):
                # "... the largest strike on its gas production facilities. Facilities in Kharkiv and Poltava regions
                # were hit": the sites of the kind named last before, even in a sentence that gave no claim
                own = [state.named_sites[0]]
            target_hit = _best_target(own)
            if target_hit is not None:
                # a site's own building of no kind said beside it is part of it, as in a sentence that names no place
                # of its own ("в порту Рені: постраждали адміністративні будівлі й портова інфраструктура": the port);
                # a building with no own-part word right before it ("other buildings" among them) is another one
                # ("a school and several buildings", "в лікарню та будівлі поруч", "пошкоджено склади та інші
                # будівлі": `civilian`), and beside homes it is another building ("повреждены административное здание
                # и жилые дома")
                parts = [
                    t
                    for t in own
                    if t is target_hit
                    or target_hit[2].value == "civilian.residential"
                    or not _BUILDING.fullmatch(text, t[0], t[1])
                    or not _OWN_PART_BEFORE.search(text, max(0, t[0] - 24), t[0])
                ]
                target_hit = _common_target(
                    *_port_stores(text, target_hit, parts),
                    text,
                    attack=attack_told(),
                    damage=damage_told(),
                    sentence_cuts=_cuts_beside(text, e, target_hit, [t for t in sentence.targets if t[2].outcome])
                    # (read only by _cut_kind, for the generic energy target)
                    if place is not None
                    and target_hit[2].value == "energy"
                    and _one_place([place, *(p for _, p in places)]) is not None
                    else (),
                )
                state.last_hit = target_hit
            weapons = [w for w in sentence.weapons if cs <= w[0] < ce] or sentence.weapons
            # a weapon word that is also a target ("гаубицу ... уничтожили дроном") or part of the target's phrase
            # ("склад ракет", "самоходную артиллерийскую установку") is what was hit, not what struck
            arms = _striking(text, weapons, sentence.targets)
            if not arms:
                # no weapon in the sentence: those of the raid's lead before it ("14 атак с использованием беспилотников
                # и артиллерии. Повреждения получили энергообъекты в ..."), else the one kind of weapon the report
                # names elsewhere ("Дрони атакували ... Уражено нафтобазу")
                # ("подразделения ВСУ взорвали станцию": a sabotage of its own, nothing inherited)
                sabotage = _SABOTAGE.search(text, s, e) is not None
                # ("ВСУ совершили пять атак на объекты энергетики" with no place: a count of many attacks, by means it
                # does not say, takes none of one attack's weapon)
                many = place is None and _counts_many(text, cs, ce)
                # (an attack the sentence tells of its own, not only damage, in a region other than all those the
                # weapon's sentence names, is another attack: "... its forces attacked an oil terminal in Crimea")
                # (not a bare attack word in a phrase of consequence, "в результате атаки повреждена подстанция":
                # the damage of the attack told before; "В результате удара по энергетической инфраструктуре" names
                # an attack with its own object)
                # (worked out only where it can matter: a place, and weapons to inherit)
                elsewhere = (
                    place
                    if place is not None
                    and not (sabotage or many)
                    and _attack_told(
                        text,
                        [
                            t
                            for t in sentence.triggers
                            if not _CONSEQUENCE.search(text, max(s, t[0] - 40), t[0])
                            or _ATTACK_OBJECT.match(text, t[1], e)
                        ],
                    )
                    else None
                )
                # (a weapon named after the sentence carries only when no place is named between: "over this time,
                # strikes ... in the Belgorod, Bryansk ... regions. Thus, on March 31 in the Zaporozhye Region, a drone
                # attack on a substation" tells another attack's means; "Внаслідок удару балістичної ракети" the same)
                # (nor one told at a time that does not meet the time the sentence names: "Ранее 17 февраля ...
                # семи БПЛА ... А 19 марта была осуществлена атака на НПС": another attack, its means untold)
                # (and an earlier story, "Раніше Mind писав, що Україна атакувала нафтобазу", takes none of the
                # report's: they are of the story the report tells)
                arms = (
                    []
                    if sabotage or many
                    else [
                        w
                        for w in _lead_arms(sentence.lead)
                        if not self._told_at_another_time(text, s, e, w[0], state)
                        and not self._told_of_another_region(text, w[0], elsewhere, state)
                    ]
                    or [
                        w
                        for w in ([] if _REMINDER.match(text, s, e) else self._report_arms(text, state))
                        if not self._told_at_another_time(text, s, e, w[0], state)
                        and not self._told_of_another_region(text, w[0], elsewhere, state)
                        and (w[0] < s or self._same_attack_after(text, e, w[0], place, state))
                    ]
                )
            # drones and artillery: no one weapon; nor one class of weapon of an attack the report calls combined
            mixed = _mixed(arms, text) or self._combined(text, s, e, arms, state)
            weapon = None if mixed else _best_weapon(arms)
            # one claim per kind of target: a specific target of another kind named in the clause ("the airfield
            # caught fire and about 30 houses were damaged") is a claim of its own
            hits = [
                target_hit,
                *_other_kinds(target_hit, [t for t in sentence.targets if cs <= t[0] < ce and t not in away], text),
            ]
            hits += _paired_site(text, cs, target_hit)
            # a target told in a country of its own ("Новокуйбишевського НПЗ у Росії та складу ... у Бєлгородській
            # області"): a claim of its own, at the site it names or the country, not at the later target's place
            told = [(hit, place, named_at) for hit in hits] + [(hit, None, None) for hit in sorted(away)]
            for hit, where, named in told:
                claim = self._claim(
                    report,
                    text,
                    (cs, ce),
                    sentence,
                    where,
                    hit,
                    weapon,
                    zone,
                    claimant,
                    head_time,
                    campaign_side or head_actors,
                    mixed=mixed,
                    named_at=named,
                    mentions=mentions,
                    accuser=accuser,
                    report_country=state.country,
                )
                if claim is not None:
                    out.append(claim)
        if campaign and state.last_place is not None and state.last_place.country:
            # the campaign's count of a specific kind of site names no country: the country of the attack just told
            country_hit = Place(name=None, country=state.last_place.country, precision="country")
            out = [c.model_copy(update={"place": country_hit}) if c.place.precision == "unknown" else c for c in out]
        return out

    def _claim(
        self,
        report: Report,
        text: str,
        span: tuple[int, int],
        sentence: _Sentence,
        place: Place | None,
        target_hit: tuple[int, int, _lexicon.Entry] | None,
        weapon: str | None,
        zone: str,
        claimant: str | None,
        head_time: _time.TimeFound | None,
        head_actors: list[_actors.Actor],
        *,
        mixed: bool = False,
        named_at: _places.PlaceMention | None = None,
        mentions: list[_places.PlaceMention],  # the place mentions of the sentence
        accuser: str | None,  # the side the sentence says accuses the other (_actors.accuser_in of the sentence)
        report_country: str | None = None,  # the one country all the report's located places lie in, if one
    ) -> Claim | None:
        cs, ce = span
        s, e = sentence.start, sentence.end
        party = report.source.party
        category = target_hit[2].value if target_hit else "unknown"
        if category == "unknown" and (
            place is None
            or _military_hint(text, s, e, report.source.party)
            or (named_at is not None and not _attacked_place(text, sentence, named_at, mentions))
        ):
            # nothing named as hit, soldiers and their equipment (a combat report), or a place that is not the one
            # attacked ("пуски — з Міллерово", "urging pressure on Moscow")
            return None
        # the facility: named next to the target word, or the only one of its kind near the place
        facility: Facility | None = None
        by_name = False  # the facility found by the name the text gives it, not as the only one of its kind near by
        target_name: str | None = None
        if target_hit is not None:
            target_name, facility, by_name = self._facility(text, target_hit, category, place)
            if (
                place is not None
                and place.precision == "facility"
                and facility is not None
                and place.name != facility.name
            ):
                # the site the clause names by its own name ("атаковали Саратовский| и Волгоградский НПЗ"), not the
                # one the shared word's other name gives
                own_site = [f for f in self.places.sites(place.name or "") if f.name == place.name]
                if len(own_site) == 1 and (
                    own_site[0].category.startswith(category) or category.startswith(own_site[0].category)
                ):
                    facility = own_site[0]
            if facility is not None:
                category = facility.category if facility.category.startswith(category) else category
        if facility is not None and (
            place is None
            or place.precision in {"admin1", "district", "unknown"}
            or (by_name and place.precision == "settlement" and _km(place, facility) <= place.radius_km + 25.0)
            or (by_name and place.precision == "settlement" and _names_its_region(place, facility.admin1))
        ):
            place = Place(
                name=facility.name,
                lat=facility.lat,
                lon=facility.lon,
                radius_km=2.0,
                precision="facility",
                admin1=facility.admin1,
                country=facility.country,
            )
        elif (
            facility is not None
            and by_name
            and place is not None
            and place.precision == "settlement"
            and named_at is not None
            and target_hit is not None
            and any(m is not named_at and target_hit[1] <= m.start < named_at.start for m in mentions)
        ):
            # a later town of a list the target word heads ("по портах «Ізмаїл» і «Рені»"): the site named after the
            # word is the first town's, not this one's
            facility = None
        phrase = target_hit[0] if target_hit is not None else None  # the target's own phrase starts at its word
        store = target_hit is not None and target_hit[2] is _lexicon.WAREHOUSE and category == "civilian.other"
        if (category == "civilian.industry" or store) and any(
            not _lexicon.ARMY_USE.match(text, m.start()) or _army_use_on(text, m, phrase)
            for m in _lexicon.MILITARY_PURPOSE.finditer(
                text, s if named_at is not None or sentence.before < 0 else sentence.before, sentence.next_end
            )
        ):
            # a plant that makes explosives, drones or parts for the army; said in the sentence before when this one
            # names no place ("завод «Х», який виробляє вибухівку. На підприємстві зафіксували вибухи"); a warehouse
            # the army uses ("складу, который ВСУ использовали"): an army's store, a depot in all languages
            category = "military.depot" if store else "military.industry"
        elif category in ("unknown", "civilian.transport") and any(
            not _ARMY_USE_DENIED.search(text, max(s, m.start() - 60), m.start()) and _army_use_on(text, m, phrase)
            for m in _lexicon.ARMY_USE.finditer(text, s if phrase is None else phrase, e)
        ):
            # a train, a runway or sites of no kind that the sentence says serve the army ("составу, который перевозил
            # оружие для ВСУ", "смузі, яку українські сили використовували", "об'єкти, які використовують загарбники")
            category = "military"
        # "противник обстріляв", "наші сили": the other side or the own side of the source, else of the speaker an
        # outlet quotes (an independent outlet relaying the General Staff)
        voice = party if _actors.opponent(party) else claimant
        agents = _actors.find_actors(text, cs, ce, voice) or _actors.find_actors(text, s, e, voice)
        if not agents and claimant in ("RUS", "UKR"):
            # "the General Staff said its forces had hit ...", "the ministry said its strike had targeted ..."
            agents = _actors.own_forces(text, s, e, claimant)
        if not agents and claimant in ("RUS", "UKR") and _actors.denies(text, s, e):
            agents = [_actors.Actor(s, s, claimant)]  # "Ukraine denied ..., saying it had not attacked ..."
        if not agents and place is None and not _MUTUAL.search(text, s, e):
            # "Вночі ворог атакував Одещину. Пошкоджено об'єкт енергетичної інфраструктури" (not "Both sides accused
            # each other of targeting energy sites": no one side)
            agents = head_actors
            owner = _places.country_of_target(text, s, e, exclude=_named_sides(text, s, e)) if agents else None
            if owner is not None and owner == agents[0].party:
                agents = []  # "... удары по энергетической инфраструктуре РФ": the lead's side is the one struck
        if place is None:
            country = _country_named(text, s, e)
            if country is None and claimant in ("RUS", "UKR") and _OUR_TARGET.search(text, s, e):
                country = claimant  # "попытки ударов по нашей энергетической инфраструктуре": the speaker's country
            specific = target_hit is not None and target_hit[2].specific and category.startswith("energy")
            if specific:
                # whose site it was when no country is named as where ("targeting Ukrainian gas production
                # facilities", "объекты энергетической инфраструктуры Украины"): that country, not no place at all
                country = country or _places.country_of_target(text, s, e, exclude=_named_sides(text, s, e))
                if not agents and country is None and report_country in ("RUS", "UKR"):
                    # no side, no owner and no country said ("Зараз на НПЗ вирує пожежа після атаки безпілотників"
                    # in a report on Novoshakhtinsk): the country all the report's places lie in, not the source's
                    # own; the side that struck follows from it
                    country = report_country
            else:
                # a summary with no place ("ВСУ совершили четыре атаки на энергетическую инфраструктуру", "поражены
                # аэродромы ... Украины"): one claim for the country hit, when the text says who struck or where
                if category == "unknown":
                    return None
                named = _named_sides(text, s, e)
                if (
                    not agents
                    and not country
                    and claimant in ("RUS", "UKR")
                    and _actors.admits(text, s, e)
                    and _actors.claimant_in(text, s, e) == claimant  # the sentence names its speaker
                ):
                    # "В России заявили, что при атаке поразили инфраструктуру военного аэродрома": the side of the
                    # speaker the sentence names struck, in the other country
                    agents = [_actors.Actor(s, s, claimant)]
                if not agents:
                    # no side named, but whose target it was ("по объектам инфраструктуры военных аэродромов
                    # Украины"): that country; the side that struck follows from it
                    # ("склады с боеприпасами Вооружённых сил Украины"): the side whose sites the sentence lists
                    country = country or _places.country_of_target(text, s, e, exclude=named)
                    if not is_military_target(category):  # (not the combat report: "пикап ВСУ был уничтожен")
                        country = country or _actors.owner_of_sites(text, s, e)
                    striker = _actors.opponent(country)
                    if striker is None or (
                        (claimant not in ("RUS", "UKR") or category == "civilian")
                        and not _one_dated_strike_on(text, sentence, report.published_at, zone)
                    ):
                        # (a tally or a plan: "З початку року внаслідок ударів по Україні загинули ...")
                        return None
                    agents = [_actors.Actor(s, s, striker)]
                if agents[0].start == agents[0].end:
                    country = country or _actors.opponent(agents[0].party)  # a side denying its own attack
                else:
                    # whose target it was first ("удары по объектам российской энергоинфраструктуры ... на Украине")
                    country = _places.country_of_target(text, s, e, exclude=named) or country
                country = country or _actors.opponent(agents[0].party)
                if country is None:
                    return None
            place = (
                Place(name=None, country=country, precision="country")
                if country
                else Place(name="unspecified", precision="unknown")
            )
        # time
        found = (
            _time.find_time(text, cs, ce, report.published_at, zone)
            or _time.find_time(text, s, e, report.published_at, zone)
            or sentence.month
            or self._time_before(text, sentence, report, zone, head_time)
            or head_time
        )
        interval: TimeInterval = found.interval if found else _time.default_time(report.published_at, zone)
        # actors and stance
        if not agents and place.country != "RUS":
            agents = head_actors
        denial = _actors.denies(text, cs, ce) or _actors.denies(text, s, e)
        if accuser is not None and not denial:
            # "Росія звинуватила Сили оборони в обстрілі станції": the accuser's claim (the denial after it is the
            # accused side's own claim)
            claimant = accuser
        elif not denial and claimant is not None and _ACCUSED.search(text, s, e):
            # "Росія звинуватила Сили оборони України в обстрілі станції. Ці звинувачення безпідставні": the
            # accusation, reported to be denied in the sentence after it
            denial = _actors.denies(text, e, sentence.next_end)
        perpetrator: str | None
        patients = _actors.find_patients(text, cs, ce) or _actors.find_patients(text, s, e)
        if (
            weapon == "naval_drone"
            and category == "maritime.vessel.civilian"
            and (not agents or agents[0].start == agents[0].end)
            and not denial
            and not (place.country == "UKR" and place.precision not in ("admin1", "country"))
        ):
            # "атака безэкипажными катерами на танкер", "Kiev's naval drones struck the tanker": a merchant ship hit by
            # sea drones with no striker named is Ukraine's strike, whoever tells it; not one in a Ukrainian port or
            # town ("В порту Ізмаїла цивільне судно ... пошкоджено ударом морського дрона"), where the rules of place
            # below hold, though one off a Ukrainian region is ("Біля берегів Одеської області танкер атакували")
            perpetrator = "UKR"
        elif agents:
            perpetrator = agents[0].party
        elif denial:
            perpetrator = claimant
        elif patients:
            perpetrator = _actors.opponent(patients[0].party)  # "удар по формированиям ВСУ": the other side struck
        elif (
            sentence.other_side
            and place.country == "UKR"
            and not _russia_run(place.admin1, interval.latest, text, s, sentence.next_end)
            and not _OCCUPIED.search(text, s, e)
        ):
            # "Согласно данным Минобороны РФ, удар был нанесен по энергообъекту в Житомире" on a Ukrainian site: the
            # other side quoted on a strike in Ukraine that names no striker tells its own strike (in Russia, the
            # rules below already give Ukraine)
            perpetrator = "RUS"
        elif place.country == "RUS" and claimant == "RUS":
            perpetrator = "UKR"  # a Russian source on a strike inside Russia ("на военном аэродроме Энгельса")
        elif (
            place.country == "UKR"
            and _rear_oblast(place.admin1, interval.latest)
            and not _OCCUPIED.search(text, s, e)
            and not (claimant == "RUS" and _BLAMES_AIR_DEFENCE.search(text, s, e))
        ):
            # a region of Ukraine Russia holds no part of, whoever tells of it: "an ammunition depot in the Kiev Region
            # was destroyed", citing Ukrainian military sources (Russia's hit on Ukraine's depot, not Ukraine's own hit
            # on the other's forces), as a place in Russia is Ukraine's; but not damage Russia's side blames on
            # Ukraine's air defence ("обломки ракеты украинской ПВО упали на жилой дом", "поврежден в результате
            # работы ПВО"), which it does not admit
            perpetrator = "RUS"
        elif is_military_target(category) and claimant in ("RUS", "UKR"):
            # a side reports its own hits on the other's forces, not the other's hits on its own
            perpetrator = claimant
        elif place.country == "RUS":
            perpetrator = "UKR"
        elif place.country == "UKR" and (
            _russia_run(place.admin1, interval.latest, text, s, sentence.next_end) or _OCCUPIED.search(text, s, e)
        ):
            # a strike in occupied territory ("окупованого Криму", Crimea whether or not the sentence says so, Luhansk
            # Oblast from the fall of Lysychansk unless Ukraine's regional administration tells it) is by the side
            # that lost it
            perpetrator = "UKR"
        elif place.country == "UKR" and claimant != "RUS":
            perpetrator = "RUS"
        elif claimant in ("RUS", "UKR") and place.country is None and _actors.admits(text, s, e):
            perpetrator = claimant  # "Уражено НПЗ" with no place: the word a side uses for its own hits
        else:
            perpetrator = _actors.opponent(claimant)
        if claimant is None and agents and _actors.own_official(text, s, e):
            claimant = perpetrator  # "Ukraine struck the airbase, its General Staff said"
        elif claimant is None and agents and _actors.unnamed_official(text, s, e):
            # "the ministry said Russian drones hit ...": Ukraine's ministry; "... did not launch strikes, the General
            # Staff said": the side that denies its own attack
            claimant = perpetrator if denial else _actors.opponent(perpetrator)
        if (
            not denial
            and agents
            and claimant == perpetrator
            and _OUR_TARGET.search(text, agents[0].end, _clause_end(text, agents[0].end, min(ce, agents[0].end + 80)))
        ):
            # "росіяни неодноразово атакували наші енергетичні об'єкти": whoever calls the sites hit "ours" speaks for
            # the side that was hit, not for the one named as striking them
            claimant = _actors.opponent(perpetrator)
        stance = _actors.stance_of(perpetrator, claimant, denial)
        if place.precision == "unknown" and claimant in ("RUS", "UKR") and perpetrator in ("RUS", "UKR"):
            # no place: a side accuses the other of hitting its own sites, and admits hitting the other's
            country = claimant if perpetrator != claimant else _actors.opponent(claimant)
            place = Place(name=None, country=country, precision="country")
        # act
        if weapon is not None:
            # several kinds of weapon together ("авиацией, беспилотниками, ракетными войсками и артиллерией"): a strike
            act = "strike" if mixed else _lexicon.ACT_OF_WEAPON.get(weapon, "strike")
        elif _SABOTAGE.search(text, s, e):
            act = "sabotage"
        else:
            act = "strike"
        ev_start, ev_end = _segment.trim(text, cs, ce)
        return Claim(
            id=f"{report.id}/x",
            report_id=report.id,
            time=interval,
            place=place,
            target=Target(category=category, facility_id=facility.id if facility else None, name=target_name),
            act=act,
            weapon=weapon,
            perpetrator=perpetrator,
            claimant=claimant,
            stance=stance,
            evidence=Evidence(start=ev_start, end=ev_end),
        )

    def _facility(
        self, text: str, hit: tuple[int, int, _lexicon.Entry], category: str, place: Place | None
    ) -> tuple[str | None, Facility | None, bool]:
        start, end, _entry = hit
        phrase = text[start:end]
        name: str | None = None
        paired = _PAIRED_NAMES.match(text, start, end)
        if paired is not None:
            phrase = text[paired.end() : end]  # the pair's noun, named by the pair's first name (below)
        after = _QUOTED_AFTER.match(text, end, min(len(text), end + 70))
        before = _NAME_BEFORE.search(text, max(0, start - 40), start) or _QUOTED_ADJECTIVE_BEFORE.search(
            text, max(0, start - 40), start
        )
        if before is not None and not before.group("n").isascii() and " " in before.group("n"):
            first = before.group("n").split()[0]
            if not _places.is_adjective(first):  # "Уражено Саратовський НПЗ": the adjective alone
                before = _NAME_BEFORE.search(text, before.start("n") + len(first), start)
        adjective = (
            before.group("n")
            if before is not None
            and before.group("n") not in _NOT_NAMES
            # a Cyrillic name before the target is its adjective ("Саратовский НПЗ"), not a word that begins the
            # sentence ("Уражено аеродром", "Уничтожение автоколонны")
            and (before.group("n").isascii() or _places.is_adjective(before.group("n")))
            else None
        )
        if paired is not None:
            before, adjective = None, paired.group("a")
        names: list[str] = []  # every name the text gives the site, the one for its label first
        if after is not None and after.group("q"):
            name = after.group("q").strip()
            names = [name] + ([adjective] if adjective else [])  # "Сизранський НПЗ «Роснєфті»": the owner in quotes
        elif adjective is not None:
            name = adjective
        elif category.startswith("military.airbase") and (airfield := _places.airfield_name(text, start)):
            name = airfield  # "аеродром Енгельс-2", "аеродрому ... авіації Шайковка"
        label = f"{phrase} «{name}»" if name and name not in phrase else phrase
        if self.facilities is None:
            return label, None, False
        tried: list[str] = []
        term = CATEGORIES.get(category)
        nominatives = [term.ru, term.uk, term.en] if term else []
        for one in names or ([name] if name else []):
            tried += [
                f"{phrase} «{one}»",
                f"{one} {phrase}",
                one,
                *(f"{n} «{one}»" for n in nominatives),
                *(f"{a} «{one}»" for a in _ABBREVIATIONS.get(category, ())),
            ]
        if phrase[:1].isupper() and not phrase.isupper() and " " not in phrase:
            tried.append(phrase)  # a target word that is a name of its own ("ДніпроГЕС")
        for query in tried:
            if not query:
                continue
            for facility in self.facilities.find(query):
                if facility.category.startswith(category) or category.startswith(facility.category):
                    return label, facility, True
        if (
            place is not None
            and place.has_point
            and place.precision in {"settlement", "facility"}
            and category.startswith(_NEAREST_CATEGORIES)
        ):
            near = self._sites_near(place, category, 5.0)
            if len(near) == 1:
                return label, near[0][0], False
        if (
            place is not None
            and place.precision == "admin1"
            and place.has_point
            and place.admin1 is not None
            and category in _ONE_PER_REGION
            and _one_site_hit(text, start, end, category)
        ):
            found = self._one_in_region(place, place.admin1, category)
            if found is not None:
                return label, found, False
        return label, None, False

    def _one_in_region(self, place: Place, admin1: str, category: str) -> Facility | None:
        """The one site of ``category`` the registry holds in the region ``place`` (of ``admin1``), if it holds one
        (two records of one site within 10 km, "Novovoronezh" and "Novovoronezh 2", are one); read once per region."""
        assert place.lat is not None and place.lon is not None and self.facilities is not None
        key = (place.lat, place.lon, category)
        if key not in self._in_region:
            if len(self._in_region) > 50_000:
                self._in_region.clear()
            region = admin1.casefold()
            sites = [
                f
                for f, _d in self.facilities.nearest(place.lat, place.lon, max_km=1500.0, categories=[category])
                if (f.admin1 or "").casefold() == region
            ]
            single = bool(sites) and all(geodesic_km(sites[0].lat, sites[0].lon, f.lat, f.lon) <= 10.0 for f in sites)
            self._in_region[key] = sites[0] if single else None
        return self._in_region[key]


_SMALL_BEFORE = re.compile(
    r"(?:\b(?:mini|мини|міні)[-‑\s]?|\b(?:small|private|малы\w*|мал\w*|небольш\w*|невелик\w*|кустарн\w*|частн\w*|"
    r"приватн\w*)\s+(?:[\w'’ʼ-]+\s+)?)$",
    re.I,
)  # "мини-НПЗ", "a mini-refinery", "a small private plant", "кустарный НПЗ": a plant the registry does not hold


def _names_sites(text: str, t: tuple[int, int, _lexicon.Entry]) -> bool:
    """Whether a target is named as sites of its kind: "gas production facilities", "gas infrastructure", "объекты
    энергетики" (not one site, "the refinery"), which bare "facilities in ..." after it stand for."""
    return bool(_SITES_KIND.search(text, t[0], t[1]) or _SITES_WORD.match(text, t[1]))


_ATTACK_SAID = re.compile(
    r"\b(?:strikes?|struck|blows?|attack\w*|hit|shell\w*)\b|(?<![\w'’ʼ-])(?:удар|атак|обстр[еі]л|ураж|вдар|поразил|поражен)",
    re.I,
)  # a sentence that tells an attack on the sites it names: "the largest strike on", "удары по объектам энергетики"
_SITES_OWNER = re.compile(
    r"(?P<rus>\bRussia(?:n|['’]s)|российск|російськ|(?<![\w'’ʼ-])(?:России|Росії|РФ)\b)|"
    r"(?P<ukr>\bUkrain(?:ian|e['’]s)|украинск|українськ|(?<![\w'’ʼ-])(?:Украины|України)\b)",
    re.I,
)  # the owner of sites of a kind: "Russian oil infrastructure", "объектам энергетики Украины"


def _one_country(places: Sequence[Place]) -> str | None:
    """The one country all ``places`` lie in, if they are any and lie in one."""
    countries = {p.country for p in places}
    return countries.pop() if len(countries) == 1 else None


def _sites_country(text: str, s: int, e: int, t: tuple[int, int, _lexicon.Entry]) -> str | None:
    """The country sites of a kind named at ``t`` lie in: their owner said beside them ("Russian oil infrastructure",
    "объекты энергетики Украины"), else the country the sentence names ("в Украине")."""
    near = [m for m in _SITES_OWNER.finditer(text, max(s, t[0] - 25), min(e, t[1] + 30))]
    if near:
        return "RUS" if near[-1].group("rus") else "UKR"
    return _country_named(text, s, e)


def _one_site_hit(text: str, start: int, end: int, category: str) -> bool:
    """Whether the plant word at ``text[start:end]`` is the thing hit in its clause, so that the one plant of its kind
    in a region may be named: an attack or damage word in the clause that is not negated ("АЭС не пострадала"), not
    a plant only located ("the nuclear plant is located there", "вблизи ЗАЭС") nor a small one ("мини-НПЗ")."""
    if _SMALL_BEFORE.search(text, max(0, start - 30), start):
        return False
    if category.endswith("nuclear") and _NEAR_BEFORE.search(text, max(0, start - 40), start):
        return False
    before = [m.end() for m in _CLAUSE_BREAK.finditer(text, max(0, start - 200), start)]
    a = before[-1] if before else max(0, start - 200)
    after = _CLAUSE_BREAK.search(text, end, min(len(text), end + 200))
    b = after.start() if after else min(len(text), end + 200)
    return any(
        not _NOT_JUST_BEFORE.search(text, max(a, m.start() - 20), m.start())
        for pattern in (_lexicon.TRIGGERS, _lexicon.DAMAGE, _lexicon.FIRE)
        for m in pattern.finditer(text, a, b)
    )


_BACKGROUND = re.compile(
    r"\((?=[^()]{0,120}\b(?:находит|находят|расположен|размещ|дислоцир|знаходит|розташован|розміщен|where|home\s+to)\w*)"
    r"[^()]{0,160}\)",
    re.I,
)  # "(в этом районе находится военный аэродром)": what is there, not what was hit


def _outside_background(
    text: str, s: int, e: int, targets: list[tuple[int, int, _lexicon.Entry]]
) -> list[tuple[int, int, _lexicon.Entry]]:
    """The targets not named inside a parenthesis that says what is at a place ("атакован город Энгельс (в этом
    районе находится военный аэродром)")."""
    spans = [
        (m.start(), m.end()) for m in _BACKGROUND.finditer(text, s, min(len(text), e + 2))
    ]  # (the sentence may end before ")")
    if not spans:
        return targets
    return [t for t in targets if not any(a <= t[0] < b for a, b in spans)]


# outages by a schedule ("графики почасовых отключений", "графіки погодинних відключень", "scheduled outages",
# "outage schedules", "відключення за графіком"): a grid rationing its supply, the same wherever it is felt
_SCHEDULE_BEFORE = re.compile(
    r"\b(?:графік|график|scheduled|rolling|планов|стабілізаційн|стабилизационн)\w*\s+(?:[\w'’ʼ-]+\s+)?$", re.I
)
_SCHEDULE_AFTER = re.compile(
    r"\s+(?:(?:[\w'’ʼ-]+\s+)?(?:за|по|according\s+to)\s+(?:the\s+)?(?:графік|график|schedule)|schedules?\b)", re.I
)


# a sentence that asks, opening on a word of asking and ending on its question mark ("Что известно об атаке на
# Саратовский НПЗ?", "Що відомо про вибухи на Київщині?", "What do we know about the attack on ...?"): an outlet's
# subheading, which asserts nothing (not a question put as a figure of speech, "Ви думали, що ... лише завод?")
_QUESTION = re.compile(
    r"\s*(?:[-–—•*]\s*)?(?:что|що|чем|чим|как|як|какие|какой|какая|каким|які|який|яка|яким|кто|хто|где|де|куда|куди|"
    r"почему|чому|зачем|навіщо|чи|what|how|why|where|who|which)\b[^?!.,\n]*\?[»\"”)]?\s*",
    re.I,
)
_LINE_REST = re.compile(r"[ \t]*(?:\n|\Z)")


def _subheading(text: str, s: int, e: int) -> bool:
    """Whether the sentence is a question put as a subheading: ``_QUESTION``, alone on its line (not a question a
    paragraph asks, "Зачем ВСУ атаковали нефтебазу ...? Ответа Киев не дал.")."""
    return (
        _QUESTION.fullmatch(text, s, e) is not None
        and not text[text.rfind("\n", 0, s) + 1 : s].strip(" \t-–—•*")
        and _LINE_REST.match(text, e) is not None
    )


# a word of what befell a site, not of what a side did: after "not", the site was spared ("did not attack": a denial)
_UNHARMED = re.compile(rf"(?:{_HARM_STEMS}|вибухн|взорва|explod)", re.I)
_NOT_JUST_BEFORE = re.compile(
    r"(?:\bне|\bні|\bnot|n['’]t)\s+(?:(?:been|be|был[аио]?|бул[аио]?|був)\s+)?\Z", re.I
)  # a plain "not" right before a damage word: nothing damaged ("не пострадали", "were not damaged"; not "не только")


_REPAIR = re.compile(
    r"(?<![\w'’ʼ-])(?:repair\w*|restor\w*|ремонт\w*|отремонт\w*|відремонт\w*|восстановлени\w*|восстанавлива\w*|"
    r"відновленн\w*|відновлю\w*)(?:\s+(?!(?:after|following|після|после|from|від|от|by)\b)[\w'’ʼ-]+){0,4}?\s+\Z",
    re.I,
)  # a repair word that governs the damage word right after it ("ремонта поврежденных", "ремонту пошкоджених", "Repair
# work has started on damaged"; not "restored after the damage", where the damage is a cause told)
_HARM_ONLY = re.compile(
    r"(?:поврежд|повред|пошкод|damag|разруш|зруйн|outage|blackout|отключ|відключ|обесточ|знеструм)[\w'’ʼ-]*", re.I
)  # damage or an outage, which a repair may follow with no attack
_HARM_CAUSE = re.compile(
    r"(?<![\w'’ʼ-])(?:by|caused|внаслідок|унаслідок|в\s+результате|в\s+результаті|вследствие|через|из-за)(?![\w'’ʼ-])",
    re.I,
)  # a cause of the damage said ("damaged by", "пошкоджені внаслідок"): what the damage came from may be an attack
_HARM_AT_NIGHT_AFTER = re.compile(
    r"\s+(?:ночью|вночі|уночі|overnight)(?![\w'’ʼ-])", re.I
)  # the damage of a night right after its word ("поврежденную ночью", "пошкоджену вночі", "damaged overnight"): a raid
_HARM_AT_NIGHT_BEFORE = re.compile(r"(?<![\w'’ʼ-])(?:ночью|вночі|уночі|overnight)\s+\Z", re.I)  # "вночі пошкоджену"


def _repair_only(
    text: str,
    s: int,
    e: int,
    words: Sequence[tuple[int, int]],
    arms: Callable[[], Sequence[tuple[int, int, _lexicon.Entry]]],
    party: str | None,
) -> bool:
    """Whether the sentence tells only a repair of damage: its first attack word is a damage word governed by a repair
    word ("Россия и Украина договорились о локальном прекращении огня ... для ремонта поврежденных линий
    электропередачи", "Repair work has started on damaged off-site power lines ... following a four-week outage"),
    every attack word is damage or an outage, and no cause of the damage, no side that did it (``_actors.find_actors``
    with the report's ``party``: "пошкоджену ворогом", "поврежденные ВСУ"), no weapon (``arms()``, the sentence's,
    read only once every cheaper test has passed) and no night of the damage ("поврежденную ночью") is said ("ремонт
    линий, поврежденных в результате обстрела" tells an attack)."""
    if not words:
        return False
    first = words[0][0]
    if not _REPAIR.search(text, max(s, first - 60), first):
        return False
    if not all(_HARM_ONLY.fullmatch(text, a, b) for a, b in words):
        return False
    if any(
        _HARM_AT_NIGHT_AFTER.match(text, b, e) or _HARM_AT_NIGHT_BEFORE.search(text, max(s, a - 20), a)
        for a, b in words
    ):
        return False
    return not _HARM_CAUSE.search(text, s, e) and not arms() and not _actors.find_actors(text, s, e, party)


def _scheduled(text: str, s: int, e: int, a: int, b: int) -> bool:
    """Whether the word at ``text[a:b]`` (of the sentence ``text[s:e]``) is an outage by a schedule (an outage word
    only: not "Russia's rolling attacks damaged ...")."""
    if not (_OUTAGE.search(text, a, b) or _CUT.fullmatch(text, a, b)):
        return False
    return bool(_SCHEDULE_BEFORE.search(text, max(s, a - 50), a) or _SCHEDULE_AFTER.match(text, b, e))


_OUTAGE = re.compile(
    r"outages?|blackouts?|power\s+cuts?|shutoffs?|(?:от|від)ключ\w*|виключ(?!но\b)\w*|вимкн\w*|обесточ\w*|знеструм\w*",
    re.I,
)  # an outage word, in the three languages (not "виключно", "exclusively"): one list for the schedule, the cut alone,
# the quiet word and the cut told next


_CUT = re.compile(
    f"{_lexicon.CUT_TRIGGER}|{_lexicon.CUT_PASSIVE}", re.I
)  # the attack words that are only a cut of supply
_RAION_WORD = r"(?:район\w*|district|raion)"  # a raion's word, not a hromada's
_DISTRICT_NAMED = re.compile(
    r"(?-i:(?P<w>[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’ʼ-]*(?:ий|ій|ый|ой|ого|ому|ім|ом|им|ым|yi|yy|iy|al)))"
    rf"\s+(?:{_RAION_WORD}|округ)",
    re.I,
)  # a capitalised adjective that names a district ("Корабельний район", "Заводском районе", "the Industrial district")
_THE_CITY = re.compile(
    r"(?<![\w'’ʼ-])(?:місто|місті|місту|містом|город|городе|городу|городом)(?![\w'’ʼ-])(?!\s+(?:і|и|й|та|and)\s+сел)|"
    r"\bthe\s+city(?:'s|’s)?\b(?!\s+(?:of|and)\b)",
    re.I,
)  # "the city", "місто", "городе" of no name (not "the city of X", "города и села", "cities")
_ONE_CITY = re.compile(r"(?<![\w'’ʼ-])(?:один|одне|одно|одном|one|a)\s+$", re.I)  # "один город", "one city"
_CITY_AND_REGION = re.compile(r"\s+(?:і|и|й|та|and)\s+(?:област|регион|регіон|район|region|oblast|district)", re.I)
_CITY_NOT_HIT = re.compile(
    r"(?:тревог|тривог|alert|air\s+defen[cs]e|ПВО|ППО|last\s+week|last\s+month|earlier\s+this|"
    r"прошл\w+\s+(?:недел|месяц)|минул\w+\s+(?:тиж|місяц)|heard|слыш|чут[ноиь]|пролуна|прогремел|раздал)",
    re.I,
)  # an alert, air defence, a sound or a past event: no hit on the city in this sentence
_SUPPLY = re.compile(
    r"\b(?:suppl\w*|provid\w*|powers?)\b|(?:снабжа|забезпечу|постача|обеспечива|без\s+св[еі]тла|знеструм|обесточ)\w*",
    re.I,
)  # the city as supplied ("supplies electricity to the city", "забезпечує місто світлом", "город без света")


def _city_hit(text: str, spans: Sequence[tuple[int, int]], m: re.Match[str]) -> bool:
    """Whether "the city" of a match is told hit, damaged or supplied in its sentence, with no negation; not "one
    city", not "the city and the region", not an alert, air defence, a sound or a past attack."""
    s, e = _span_at(spans, m.start(), (m.start(), m.end()))
    if _NOT_SAID.search(text, s, e) or _CITY_NOT_HIT.search(text, s, e):
        return False
    if _ONE_CITY.search(text[max(s, m.start() - 12) : m.start()]) or _CITY_AND_REGION.match(text, m.end()):
        return False
    return bool(
        _lexicon.TRIGGERS.search(text, s, e) or _lexicon.DAMAGE.search(text, s, e) or _SUPPLY.search(text, s, e)
    )


_NOT_SAID = re.compile(r"(?<![\w'’ʼ-])(?:не|нет|ні|немає|нема|not|no|never)(?![\w'’ʼ-])", re.I)  # a negated sentence


_BLAST = re.compile(r"(?:взрыв|вибух)\w*|explosions?|blasts?", re.I)
_HEARD = re.compile(
    r"\b(?:пролуна\w*|луна\w*|прогремел\w*|гремел\w*|раздал\w*|раздава\w*|чут[ноиь]\w*|слыш\w*|heard|rang\s+out|"
    r"rocked|sounded)",
    re.I,
)  # explosions heard ("пролунали вибухи", "прогремели взрывы", "explosions were heard"): a sound, not a hit


def _quiet(text: str, a: int, b: int) -> bool:
    """Whether an attack word is only a fire or a power cut, which alone assert no attack."""
    return bool(_lexicon.FIRE.fullmatch(text, a, b) or _OUTAGE.fullmatch(text, a, b))


_COUNTRY_SPEAKS = re.compile(
    r"\b[ВвУу]\s+(?:России|Росії|Украине|Україні)\s+(?:(?:уже|вже|также|також|официально|офіційно)\s+)?"
    r"(?:заяв|сообщ|утвержда|подтверд|повідом|стверджу|підтверд|призна|визна)\w*"
)


_COUNTRY_BODY = re.compile(
    r"(?<![\w'’ʼ-])(?:Минобороны|Министерств\w*\s+обороны|Міноборони|Міністерств\w*\s+оборони)\s+"
    r"(?:России|РФ|рф|Росії|Российской\s+Федерации|Російської\s+Федерації|Украины|України)\b",
    re.I,
)  # a ministry of defence named with its country ("Минобороны РФ", "Міноборони Росії"): a side's body that speaks,
# not the country a target belongs to (not an army's name, "позиции ВС России", which may be the side hit)


_COUNTRYS_BODY = re.compile(
    r"\b(?:Russia|Ukraine)['’]s\s+(?:[\w-]+\s+){0,3}?(?:(?:security|intelligence)\s+(?:agency|service)|"
    r"security\s+council|general\s+staff|military\s+intelligence|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e)\b|"
    r"(?<![\w'’ʼ-])(?:СНБО|РНБО|СБУ|ГУР|Генштаб\w*|Генеральн\w+\s+штаб\w*|Служб\w+\s+(?:безпеки|безопасности)|"
    r"Совет\w*\s+национальной\s+безопасности\s+и\s+обороны|Рад\w+\s+національної\s+безпеки\s+і\s+оборони|"
    r"(?:Главн|Головн)\w+\s+управлени\w+\s+разведки|Головн\w+\s+управлінн\w+\s+розвідки)\s+"
    r"(?:Украины|України|России|Росії|РФ)(?![\w'’ʼ-])",
    re.I,
)  # a country's body of war or security, of which a speaker is ("Ukraine's domestic security agency, the SBU, said",
# "по словам главы Центра противодействия дезинформации при СНБО Украины"): the speaker's side, not where the attack
# was (not a ministry of energy or an emergency service, which speak of their own country's sites: "Міністерство
# енергетики України повідомило про удар по газовидобувних об'єктах"; not "Ukraine's energy security", no body)


_RUSSIAN = re.compile(r"Russia|Росси|Росії|РФ", re.I)


def _one_dated_strike_on(text: str, sentence: _Sentence, published: datetime, zone: str) -> bool:
    """Whether the sentence names a country as where it happened and dates what it tells to one night or day of its
    own ("масованого удару по Україні в ніч на 20 вересня, унаслідок якого ... є загиблі", "масована нічна атака ...
    атаки України по цивільних об'єктах на території Росії"): one attack on the country, a claim with no side named
    and no speaker's side; not a tally ("з початку року", "минулого тижня", "за неделю"), which gives no such day,
    nor one to come ("Росія готує масований удар по Україні цієї ночі"); nor a day that dates a statement or a
    judgement rather than a strike ("19 березня Зеленський заявив, що з початку року ...", "The UN Secretary-General on
    Tuesday condemned strikes ..."), nor a day a strike is remembered on ("Сьогодні минає рік від масованого удару")."""
    s, e = sentence.start, sentence.end
    if (_country_named(text, s, e) is None and not _STRIKE_ON_COUNTRY.search(text, s, e)) or any(
        _hypothetical(text, s, a) for a, _ in sentence.triggers
    ):
        return False
    found = _time.find_time(text, s, e, published, zone)
    return (
        found is not None
        and found.interval.latest - found.interval.earliest <= timedelta(days=1)
        and not _SAID_AFTER_TIME.match(text, found.end, e)
        and not _JUDGED_AFTER_TIME.match(text, found.end, e)
        and not _TALLY.search(text, s, e)
        and not _SINCE_START.search(text, s, e)
        and not _REMEMBERED.search(text, s, e)
    )


_STRIKE_ON_COUNTRY = re.compile(
    r"\b(?:attacks?|strikes?|assaults?|bombardments?|shelling)\s+on\s+(?:Russia|Ukraine)\b(?!['’])", re.I
)  # the English form of "удар по Україні": "The massive strike on Ukraine on the night of March 18 killed ..."
_JUDGED_AFTER_TIME = re.compile(
    r"\s+(?:[\w'’ʼ.-]+\s+){0,3}?(?:condemn|denounc|засуд|осуд)", re.I
)  # right after a time, a verb of judging: the day of a judgement ("on Tuesday condemned strikes on ... Ukraine")
_REMEMBERED = re.compile(
    r"минає\s+рік|минуло\s+\w+\s+(?:рік|роки|років)|исполн\w*\s+год|"
    r"річниц|годовщин|anniversary|\bрік\s+тому|\bгод\s+назад|years?\s+ago|вшанов\w*|почти\w*\s+памят\w*|"
    r"commemorat\w*",
    re.I,
)  # a strike remembered ("Сьогодні минає рік від масованого удару по Україні", "Сьогодні
# Україна вшановує пам'ять загиблих унаслідок удару по Україні 8 липня 2024 року"): not one night's strike


def _body_country(body: str) -> str:
    """The side a body of :data:`_COUNTRY_BODY` or :data:`_COUNTRYS_BODY` belongs to (each names Russia or Ukraine)."""
    return "RUS" if _RUSSIAN.search(body) else "UKR"


def _country_named(text: str, s: int, e: int) -> str | None:
    """The country a sentence names as where it happened, leaving out a country that speaks ("В России заявили, что
    ... поразили инфраструктуру военного аэродрома": not a place in Russia)."""
    m = _COUNTRY_SPEAKS.search(text, s, e)
    if m is None:
        return _places.country_in(text, s, e)
    before, after = _places.country_in(text, s, m.start()), _places.country_in(text, m.end(), e)
    return None if before and after and before != after else before or after


_POSITIONS = re.compile(r"(?:позици|позиці|positions?)\w*", re.I)
_COMBINED = re.compile(
    r"\b(?:combined\s+(?:missile[\s-]+and[\s-]+drone\s+)?(?:attacks?|strikes?|assaults?)|"
    r"комбінован\w*\s+(?:ракетно-дронов\w*\s+)?(?:удар\w*|атак\w*|обстріл\w*)|"
    r"комбинированн\w*\s+(?:удар\w*|атак\w*|обстрел\w*))",
    re.I,
)
"""An attack called combined: of missiles and drones together, whichever one a sentence names."""
_COMBINED_ELSEWHEN = re.compile(
    r"\b(?:регулярно|постійно|систематично|неодноразово|неоднократно|часто|частіше|чаще|"
    r"increasingly|often|regularly|repeatedly|routinely|frequently|"
    r"минулого\s+(?:тижня|місяця|року)|на\s+прошлой\s+неделе|в\s+прошлом\s+(?:месяце|году)|"
    r"last\s+(?:week|month|year))\b",
    re.I,
)  # a combined attack told as a habit or of another week ("росіяни регулярно завдають комбінованих ударів",
# "Russia has increasingly relied on combined ... attacks", "Минулого тижня ... комбінованого удару"): not the one told
_COUNTRY_BEFORE = re.compile(r"\b(?:(?P<rus>Russia|Росія|Россия)|Ukraine|Україна|Украина)\b(?!['’]s)")
# the outlet reminding its readers in its own voice ("Нагадаємо, ...", "Напомним, ..."); one list for both patterns
_OUR_REMINDER_WORDS = (
    r"нагадаємо|нагадуємо|напомним|напоминаем|як\s+(?:раніше\s+)?повідомлялося|как\s+(?:ранее\s+)?сообщалось"
)
# the heading of the outlet's background section, opening a line, alone on it or before a colon ("Що передувало: ...")
_BACKGROUND_HEADING = re.compile(
    r"^[ \t*_«\"-]*(?:контекст|context|background|передісторія|предыстория|що\s+передувало|что\s+предшествовало)"
    r"[ \t]*(?::|$)",
    re.I | re.M,
)
# the lines of the paragraph that opens after the blank lines at a point, up to the next blank line
_PARAGRAPH = re.compile(r"\s*\S[^\n]*(?:\n(?![ \t]*(?:\n|\Z))[^\n]*)*")


def _paragraph_end(text: str, at: int) -> int:
    """The end of the paragraph that opens at or after ``at`` (the end of the text where none does)."""
    m = _PARAGRAPH.match(text, at)
    return m.end() if m else len(text)


_GOES_ON = re.compile(
    r"[\s*_«\"]*(?:additionally|in\s+addition|moreover|furthermore|кроме\s+того|крім\s+того|окрім\s+того|також|также)\b",
    re.I,
)  # a sentence that goes on with the one before it: its time too
_REMINDER = re.compile(rf"[\s*_«\"]*(?:{_OUR_REMINDER_WORDS}|раніше|ранее)\b", re.I)
# the outlet's own voice also in English ("As previously reported, ..."), not "Раніше"/"Ранее", which a quoted speaker
# also says
_OUR_REMINDER = re.compile(
    rf"[\s*_«\"]*(?:{_OUR_REMINDER_WORDS}|as\s+(?:previously|earlier)\s+reported(?!\s+by\b)|(?:we\s+)?recall\s+that)\b",
    re.I,
)
_CITED_BEFORE = re.compile(rf"(?:{_lexicon.SOURCE_CUE})\s*(?:the\s+)?(?:[\w'’ʼ-]+\s+){{0,2}}$", re.I)


def _authority_quoted(text: str, spans: Sequence[tuple[int, int]], at: tuple[int, int]) -> bool:
    """Whether a local authority named at ``at`` is quoted: its sentence has it speak ("губернатор заявил", "the
    mayor said"), or it is the source cited ("по данным местных властей", "according to local authorities"); not an
    authority named only as acting ("местные власти пытаются справиться с ЧС")."""
    span = _span_at(spans, at[0], None)
    if span is None:
        return True
    s, e = span
    return _actors.local_authority_speaks(text, s, e) or bool(_CITED_BEFORE.search(text, max(s, at[0] - 40), at[0]))


_ACCUSED = re.compile(rf"\b{_actors.ACCUSING}", re.I)
_OUR_TARGET = re.compile(
    r"\b(?:наш|нам|нас)\w*\s+(?:[\w'’ʼ-]+\s+)?(?:энерг|енерг|объект|об['’ʼ]?єкт|инфраструктур|інфраструктур|"
    r"нефт|нафт|газ)\w*",
    re.I,
)  # "по нашей энергетической инфраструктуре", "наші енергооб'єкти": the speaker's own country
_RELATIVE_BREAK = re.compile(
    r",|\b(?:як(?:ий|а|е|і|ого|ому|ій|их|им)|що|котор\w+|что|which|who|that)\b", re.I
)  # a comma or a relative word: "уразили НПЗ у Рязані, який забезпечує паливом армію, що атакує наші ... об'єкти"


def _clause_end(text: str, start: int, end: int) -> int:
    """Where the clause that begins at ``start`` ends, by ``end`` at the latest: at a comma or a relative word."""
    m = _RELATIVE_BREAK.search(text, start, end)
    return m.start() if m else end


# a local authority's title that names its region only as "the region" ("губернатор региона", "глава области",
# "голова ОВА", "the regional governor"): the region named before it
_OF_THE_REGION = re.compile(
    r"\b(?:губернатор\w*|глав[аыеуо]й?|голов[аиіу]|очільник\w*|керівник\w*|начальник\w*)\s+(?:региона|области|"
    r"регіону|області|республики|края|краю|(?-i:ОВА|ОГА|ОДА))\b|\b(?:region's|regional|oblast's|oblast)\s+governor\b|"
    r"\bgovernor\s+of\s+the\s+region\b",
    re.I,
)
# the name after an authority's title, its first word taken ("Губернатор Александр Хинштейн", "Governor Alexander
# Khinshtein"): a named official, who is the one named before only when that word is near that one's title too
_NAME_AFTER = re.compile(r"(?-i:\s+(?:[A-ZА-ЯЁІЇЄҐ][\w'’ʼ-]+\s+){0,2}?([A-ZА-ЯЁІЇЄҐ][\w'’ʼ-]+))(?![\w'’ʼ-])")
# a sentence that opens with a pronoun and a verb of saying ("It also said that ...", "He noted", "Он добавил, что ...",
# "Він зазначив"; the verbs of the one Russian and Ukrainian list, and adding): the speaker of the sentence before it
# speaks on
_PRONOUN_SAYS = re.compile(
    r"\s*(?:it|he|she|they|він|вона|вони|он|она|они)\s+"
    rf"(?:(?:also|further|then|later|again|{_lexicon.SAYING_ADVERB}|тоже|ещё|ще)\s+)?"
    r"(?:said|says|stated|added|claimed|reported|announced|noted|told|stressed|warned|"
    rf"{_lexicon.SAYING_RU_UK}\w*|додав\w*|добави\w*)\b",
    re.I,
)
# a speaker who confirms what was told before ("Governor Bogomaz confirmed the attack", "губернатор подтвердил",
# "голова ОВА підтвердив"): the line before is his
# (a speaker's own verb, not an impersonal or a participle: "поранень не підтверджено", "is being confirmed")
_CONFIRMED = re.compile(
    r"\b(?:confirm(?:s|ed)|подтвердил[аи]?|подтверждает|подтверждают|підтвердив|підтвердила|підтвердили|"
    r"підтверджує|підтверджують)\b",
    re.I,
)


def _confirmed(text: str, start: int, end: int) -> bool:
    """Whether the span has a speaker confirm, not deny having confirmed ("he has not confirmed any casualties",
    "губернатор не подтвердил": the negation of ``_actors.local_authority_speaks``)."""
    return _actors.said_unnegated(_CONFIRMED, text, start, end)


# a line that opens with a quote and the attribution after it: "«...», — сказал городской голова", '"...", - he said',
# and the English form with the comma (or "!", "?") inside the quote, '"...," Governor Lysak wrote'; the attribution
# ("said") is one clause, up to its full stop or the line's end, so a line that only starts with a quoted name names
# no speaker for its first sentence ('"Азот", одно из крупнейших предприятий региона, атаковали дроны ... . Повреждено
# оборудование, сообщил губернатор': the attribution read is the clause up to the first full stop, with no speaker),
# and a sentence after the attribution on its line is not in the quote ("«...», — сказав мер Терехов. На складі в
# Харкові триває пожежа": the caller takes only the sentences that start before "said")
_QUOTE_TOLD_AFTER = re.compile(r"\s*[«“\"„][^\n]*(?:[»”\"]\s*[,—–-]|[,!?][»”\"])(?P<said>[^«»“”\"\n.!?]*(?:[.!?]|$))")


# a quote introduced by a colon: the colon, the opening mark ("...сообщил: «", 'wrote: "')
_QUOTE_INTRODUCED = re.compile(r":\s*(?P<open>[«“\"„])")
# the marks that may close a quote, whatever mark opened it (scraped text mixes them: '"...”', '„..."')
_QUOTE_CLOSES = '»”“"'


def _introduced_speaker(
    text: str, spans: Sequence[tuple[int, int]], i: int, names: _actors.TitledNames | None
) -> frozenset[str]:
    """The speaker of sentence i where it is part of a quote introduced before it in its line, or in it ("Губернатор
    сообщил: «...»", "Кличко: «...»"): the roles the introduction names (``_actors.introduced_roles``) in the
    sentence of the colon, before the colon; empty where the sentence is not inside such a quote (it closed before
    the sentence)."""
    a, b = spans[i]
    line = text.rfind("\n", 0, a) + 1
    opened = None
    for m in _QUOTE_INTRODUCED.finditer(text, line, b):
        if m.end() <= a and any(c in text[m.end() : a] for c in _QUOTE_CLOSES):
            continue  # closed before the sentence
        opened = m
    if opened is None:
        return frozenset()
    colon = opened.start()
    j = max(bisect.bisect_right(spans, (colon, math.inf)) - 1, 0)  # the colon's sentence (as in ``_span_index``)
    start = max(spans[j][0], line)
    # (after a quote closed earlier in the sentence, by any closing mark: only the words after it introduce this one)
    closed = max(text.rfind(c, start, colon) for c in _QUOTE_CLOSES)
    return _actors.introduced_roles(text, max(start, closed + 1), colon, names)


_ABOUT_THIS = re.compile(r"\b(?:про\s+це|об\s+этом|йдеться\s+(?:у|в)|говорится\s+в)\b", re.I)


def _speaks_only_to_deny(text: str, spans: Sequence[tuple[int, int]], party: str | None) -> bool:
    """Whether every sentence in which ``party`` speaks is a denial."""
    speaking = [(s, e) for s, e in spans if party is not None and _actors.claimant_in(text, s, e) == party]
    return bool(speaking) and all(_actors.denies(text, s, e) for s, e in speaking)


_D = TypeVar("_D")


def _span_index(spans: Sequence[tuple[int, int]], at: int) -> int:
    """The index of the span of ``spans`` (a report's sentences, in order, not overlapping) holding ``at``, else -1."""
    k = bisect.bisect_right(spans, (at, math.inf)) - 1  # the last span that begins at or before it
    return k if k >= 0 and at < spans[k][1] else -1


def _span_at(spans: Sequence[tuple[int, int]], at: int, default: _D) -> tuple[int, int] | _D:
    """The span of ``spans`` (see :func:`_span_index`) that holds ``at``, else ``default``."""
    k = _span_index(spans, at)
    return spans[k] if k >= 0 else default


def _end_from(spans: Sequence[tuple[int, int]], at: int, default: int) -> int:
    """The end of the sentence (of the segmenter's ``spans``) that holds ``at``, else of the first one after it, else
    ``default``: at a sentence's end, the end of the sentence after it (a plant's purpose is often said next: "Вночі
    БПЛА атакували завод у Брянську. Підприємство, яке виробляє електроніку для військових потреб")."""
    return next((b for _, b in spans if at < b), default)


# the kind of a town said before its name ("в городе", "у селі", "в посёлке", "in the village of")
_TOWN_KIND = r"(?:місті|селі|селищі|городе|селе|поселке|посёлке|станице|the\s+(?:city|town|village)\s+of)"
_LOCATED_IN = re.compile(
    rf"(?:^|\s)(?:в|во|у|на|під|под|біля|около|поблизу|вблизи|in|near|of)\s+(?:{_TOWN_KIND}\s+)?$", re.I
)  # the words just before a place that locates what was named before it ("НПЗ у", "region of", "в городе")
_FINENESS = {"exact": 0, "facility": 0, "settlement": 1, "district": 2, "admin1": 3}


def _one_place(places: Sequence[Place]) -> Place | None:
    """The one place claims are at, if they are at one: a region and a town of it are one place, the town ("В
    Одесской области удар был нанесён по Черноморску": the next sentence that names no place is in Chornomorsk)."""
    finest = min(places, key=lambda p: _FINENESS.get(p.precision, 9), default=None)
    if finest is None or not finest.has_point:
        return None
    same = all((p.name, p.lat) == (finest.name, finest.lat) or _inside(finest, p, later=True) for p in places)
    return finest if same else None


def _siblings(a: _places.PlaceMention, b: _places.PlaceMention) -> bool:
    """Whether two mentions are units of one kind ("the Bucha, Vyshhorod and Brovary districts", "Бучанском,
    Вышгородском районах"): items of a list, neither inside the other."""
    return a.level == b.level and a.query.rsplit(maxsplit=1)[-1].lower() == b.query.rsplit(maxsplit=1)[-1].lower()


def _located(text: str, places: list[tuple[_places.PlaceMention, Place]]) -> list[tuple[_places.PlaceMention, Place]]:
    """One place for two named with no separator between them where the second locates the first ("удар по
    Новошахтинському НПЗ у Ростовській області", "в Шебекинском округе в городе Шебекино", "the region of Kherson"):
    the finer of the two (the region, when the finer lies outside it), not two clauses cut mid-phrase."""
    out: list[tuple[_places.PlaceMention, Place]] = []
    for mention, place in places:
        if out:
            before, had = out[-1]
            gap = text[before.end : mention.start]
            if (
                not _segment.separated(text, before.end, mention.start)
                and _LOCATED_IN.search(gap)
                and {had.precision, place.precision} & {"admin1", "district"}
            ):
                fine, coarse = (out[-1], (mention, place))
                if _FINENESS.get(place.precision, 9) < _FINENESS.get(had.precision, 9):
                    fine, coarse = coarse, fine
                # the geocoder's reading of the finer name lies outside the region that locates it
                outside = (
                    coarse[1].precision == "admin1"
                    and None not in (fine[1].admin1, coarse[1].admin1)
                    and fine[1].admin1 != coarse[1].admin1
                )
                out[-1] = coarse if outside else fine
                continue
        out.append((mention, place))
    return out


_ARMY_USE_DENIED = re.compile(
    r"(?<![\w'’ʼ-])(?:не|ні|not|never)\s+(?:[\w'’ʼ-]+\s+){0,3}$", re.I
)  # "потяг, який не перевозив зброї для ЗСУ": the army's use denied, a civilian train


_ARMY_USE_WEAPON = re.compile(rf"(?<![\w'’ʼ-]){_lexicon.WEAPON_STEM}", re.I)
_ARMY_USE_FUNDS = re.compile(
    r"(?<![\w'’ʼ-])(?:кошт|грош|допомог|збір|збор|збира|собира|средств|помощ|донат|money|aid\b|funds?\b|"
    r"donat|raise)[\w'’ʼ-]*\s+(?:[\w'’ʼ-]+\s+){0,2}$",
    re.I,
)


def _army_use_on(text: str, m: re.Match[str], phrase: int | None) -> bool:
    """Whether the army's use `m` is said of the target's own phrase (from `phrase`, its word, on; with no target word,
    the words right before `m`), not of the weapon ("автобус ... FPV-дронами, которые войска используют", "which
    forces used Shahed drones to hit", "снарядами, поставленными для ВСУ") or of money raised for the army ("збирали
    кошти для ЗСУ")."""
    if phrase is None:  # the noun the clause hangs on: the words right before its comma, or right before `m`
        comma = text.rfind(",", max(0, m.start() - 60), m.start())
        start = max(0, comma - 20) if comma >= 0 else max(0, m.start() - 25)
    else:
        start = min(phrase, m.start())
    if _ARMY_USE_WEAPON.search(text, start, m.start()):
        return False
    if _actors.weapon_follows(text, m.end()):
        return False  # "which Russian forces used Shahed drones to hit": the weapon (the actors' test of a site's user)
    return not _ARMY_USE_FUNDS.search(text, max(0, m.start() - 40), m.start())


def _military_hint(text: str, s: int, e: int, party: str | None) -> bool:
    """Whether the sentence speaks of soldiers and their equipment, other than as the side that struck ("російські
    окупанти атакували Добропілля" speaks of a town)."""
    actors = _actors.find_actors(text, s, e, party)
    if any(
        not _lexicon.SABOTAGE_GROUP_STRIKES.match(text, m.end(), e)  # "ДРГ обстреляла село": the side that struck
        for m in _lexicon.SABOTAGE_GROUP.finditer(text, s, e)
    ):
        return True  # soldiers, with their side's adjective too ("знищення російських диверсійних груп")
    hints = _lexicon.MILITARY_HINT.finditer(text, s, e)
    return any(not any(a.start <= m.start() < a.end for a in actors) for m in hints)


_THIS_SITE = (
    r"(?:цей|цього|цьому|цим|ця|цю|цієї|цій|этот|этого|этому|этим|эта|эту|этой|зазначен\w*|указанн\w*)\s+"
    r"(?:об['’ʼ]єкт\w*|объект\w*|станці\w*|станци\w*|завод\w*|підприєм\w*|предприяти\w*|нафтобаз\w*|нефтебаз\w*|"
    r"підстанці\w*|подстанци\w*|НПЗ|баз[аеиуыі]|аеродром\w*|аэродром\w*)|"
    r"(?:the\s+same|this|that)\s+(?:facility|plant|station|refinery|depot|substation|base|airfield)"
)  # "по этой базе", "цей НПЗ", "the same refinery": the site just named (_ANAPHORA and _POINTS_BACK share it)


_ANAPHORA = re.compile(
    r"\bof\s+the\s+(?:city|town)\b|"
    r"\b(?:at|on|near|inside|struck|hit|attacked|targeted|damaged)\s+the\s+(?:base|site|facility|plant|airfield|"
    r"airbase|depot|station|refinery|city|town|"
    r"village|port|scene)\b|"
    # "Також дрони били по цьому НПЗ уночі 7 серпня": the site just named, and so its place
    rf"\b(?:{_THIS_SITE})(?!\w)|"
    r"\b(?:there|там|тут|на\s+(?:объекте|объект|об['’ʼ]єкті|підприємстві|предприятии|месте|місці)|в\s+городе|"
    r"у\s+місті|(?:в|у)\s+порту)\b|"
    # "на территории порта", "на території підприємства": the grounds of a site of no name, the one just named
    r"\bна\s+(?:территории|території)\s+(?-i:[а-яёіїєґ])|"
    # "инфраструктура местного нефтеналивного терминала", "the local railway station": one site of the place just
    # named (not "local time", "по местному времени", nor "local facilities" of regions named in the sentence)
    r"\b(?:the\s+local|местн(?:ый|ого|ому|ом|ая|ой|ую|ое)|місцев(?:ий|ого|ому|ім|а|ої|ій|у|е))\s+"
    r"(?!(?:time|времени|часом|часу|час)\b)[a-zа-яёіїєґ]",
    re.I,
)  # words that point back at the place just named
_FACILITY_IN = re.compile(
    r"[»\"”']?(?:\s+(?!(?:and|or|also|plus|as|one|another|others|і|й|та|також|и|а|также|или|або|ещё|еще|ще)\b)"
    r"[\w-]+){0,3}?,?\s+(?:in|near|в|у|под|під|біля|возле|около|поблизу)\s+"
    r"(?:(?:самом|самому|the\s+(?:city|town)\s+of|городе|місті|г\.|м\.)\s*)?",
    re.I,
)  # what follows a facility's name up to the town it is in: "» в самом ", " substation, in ", "\" у місті " (no
# word of a list between: "a Kharkiv substation and one in Sumy", "the Odesa port and another in Mykolaiv")
_NAMESAKE_KM = 150.0  # a facility's name read as a town this far from the town it is in or near is a namesake elsewhere
_POINTS_BACK = re.compile(
    r"\b(?P<site>по\s+(?:ній|ньому|ней|нему)\b|(?:вона|воно|він|она|оно|он)\s+(?:\w+\s+)?(?:піддал|піддав|зазнал|"
    rf"зазнав|подверг)\w*|{_THIS_SITE})|"
    r"\bпо\s+(?:місту|городу|селу|селищу|поселку)\b",
    re.I,
)  # words of a sentence with no place or target of its own that point back at the site (or town) just named
_THE_ATTACK = re.compile(
    r"\b(?:(?:the|these|those)\s+(?:[\w-]+\s+)?(?:strikes?|attacks?)|(?:the|these|those|this|that)\s+(?:[\w-]+\s+)?"
    r"(?:strike|attack|shelling|bombardment))\b(?!\s+(?:on|against)\b)",
    re.I,
)  # an attack spoken of as one already named ("the strikes had caused damage in ..."), not one named here ("the
# attack on the depot"); "this" and "that" only with one ("reported that Russian attacks affected ...": a conjunction)
_BARE_OBJECTS = re.compile(
    r"\b(?:по|на)\s+(?:объект|об['’ʼ]?єкт)\w*\s+(?:[ву]|на)\b|\b(?:on|at)\s+(?:the\s+)?(?:facilities|sites)\s+in\b",
    re.I,
)  # "по объектам в ...", "на об'єкти у ...", "on facilities in ...": objects of no kind said, at the places named next
_BARE_SITES = re.compile(
    rf"{_BARE_OBJECTS.pattern}|\bfacilities\s+in\b", re.I
)  # and "(struck) facilities in ...", "Facilities in ... hit" with no "on" before
_SITES_STEMS = r"facilit|asset|infrastructur|\bsites?\b|объект|инфраструктур|об['’ʼ]?єкт|інфраструктур"
_SITES_WORD = re.compile(
    rf"(?:\s+[\w-]+)?\s+(?:{_SITES_STEMS})", re.I
)  # "gas production| facilities", "gas| infrastructure facilities": a kind named as sites of its kind
_SITES_KIND = re.compile(_SITES_STEMS, re.I)


_RAION = re.compile(rf"\b{_RAION_WORD}\b", re.I)
_RAION_OF = re.compile(rf"(?:the\s+)?([\w'’ʼ-]+)\s+{_RAION_WORD}|{_RAION_WORD}\s+([\w'’ʼ-]+)", re.I)
_RAION_NOUN = re.compile(rf"(?:the\s+)?((?-i:[A-Z])[\w'’ʼ-]+)\s+{_RAION_WORD}", re.I)
_ONE_OF = re.compile(
    r"(?<![\w'’ʼ-])(?:a|an|one|one\s+of\s+the|(?:в|у)\s+(?:одном|одному|одній)\s+(?:из|з)\s+(?:район\w*))\s+$", re.I
)  # "a Kharkiv district", "в одном из районов Запорожья": one of a city's districts
_CITY_ITSELF = re.compile(
    r"\b(?:in|of)\s+the\s+city\b|(?<![\w'’ʼ-])(?:у|в)\s+(?:місті|городе)(?![\w'’ʼ-])", re.I
)  # "Authorities in Kharkiv said ... a residential building in the city": the city named is where, not the town before
# a governor's title that names the place: "governor of Kharkiv", "губернатор Саратовской области", "Stavropol
# Governor", "Kharkiv regional governor" (a region's office, never a city's)
_GOVERNOR_BEFORE = re.compile(
    r"(?<![\w'’ʼ-])(?:governor|губернатор\w*)\s+(?:of\s+)?(?:(?:the|[a-z]+)\s+){0,3}(?:region\s+of\s+)?$", re.I
)
_GOVERNOR_AFTER = re.compile(r"\s+(?:region(?:al)?\s+|oblast\s+)?governor\b", re.I)


def _governor_of(text: str, mention: _places.PlaceMention) -> bool:
    """Whether the title ``mention`` is named in is a governor's, next to it (not a governor named elsewhere near)."""
    return (
        _GOVERNOR_BEFORE.search(text, max(0, mention.start - 50), mention.start) is not None
        or _GOVERNOR_AFTER.match(text, mention.end) is not None
    )


_CITY_OFFICE = re.compile(
    r"\bmayor\b|\bcity\s+(?:council|hall|administration)\b|(?<![\w'’ʼ-])(?:міськ\w*|городск\w*|мэр\w*|мер(?:а|у|ом|ії|ія)?(?![\w'’ʼ-]))",
    re.I,
)


def _a_city_s_district(text: str, s: int, e: int, at: int) -> bool:
    """Whether a "<centre> district" is one of the city's districts, which is the city, not the raion: "a Kharkiv
    district", "в одном из районов Запорожья", or a sentence of the city's mayor or council."""
    return bool(_ONE_OF.search(text[max(s, at - 30) : at]) or _CITY_OFFICE.search(text, s, e))


_DISPLAY = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "yo", "є": "ye", "ж": "zh",
        "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
        "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "'": "", "’": "", "ʼ": "",
    }
)  # fmt: skip
_ADJ_STEM = re.compile(r"(.+?(?:ськ|цьк|ск|цк))[а-яёіїєґ]*", re.I)
_UKRAINIAN_SPELLING = re.compile(r"[іїєґ'’ʼ]|ьк", re.I)  # a Ukrainian adjective's letters: its raion ends in "-yi"


def _raion_name(query: str, centre: str, district: bool) -> str | None:
    """The name of the raion a district mention names, or ``None`` when it names none: "<centre> raion" for a raion
    named after its centre ("Запорізькому районі", "Запорожском районе", "the Zaporizhzhia district" → "Zaporizhzhya
    raion"), else the raion's own adjective ("Myasnikovsky district" → "Myasnikovsky raion", not "Chaltyr raion";
    "Белгородском районе" → "Belgorodsky raion", not the centre Maysky's). A settlement only by its own name before
    "district / raion" ("the Zaporizhzhia district"), not a city's district ("Kyiv's Shevchenkivskyi district")."""
    if _RAION.search(centre):
        return None  # the geocoder's own raion ("Kharkiv Raion")
    m = _RAION_OF.search(query) if district else _RAION_NOUN.fullmatch(query.strip())
    if m is None:
        return None
    word = m.group(1) or m.group(2)
    kw, kc = district_key(word), district_key(centre)
    common = next((i for i, (a, b) in enumerate(zip(kw, kc, strict=False)) if a != b), min(len(kw), len(kc)))
    if kw and kc and common >= 4 and common >= min(len(kw), len(kc)) - 1:
        return f"{centre} raion"  # named after its centre (Запорізький, Одеський, Криворізький, Беловский)
    if not district:
        return None
    if word.isascii():
        return f"{word[:1].upper()}{word[1:]} raion"
    stem = _ADJ_STEM.fullmatch(word)
    latin = (stem.group(1) if stem else word).lower().translate(_DISPLAY)
    if stem:
        latin += "yi" if _UKRAINIAN_SPELLING.search(word) else "y"
    return f"{latin[:1].upper()}{latin[1:]} raion"


def _as_raion(place: Place, query: str, text: str, s: int, e: int, at: int) -> Place:
    """``place``, a district or town the mention ``query`` at ``at`` (of the sentence ``text[s:e]``) names, as the
    raion ``_raion_name`` reads in it, unless it is a city's district (``_a_city_s_district``)."""
    raion = _raion_name(query, place.name or "", place.precision == "district")
    if raion is None or _a_city_s_district(text, s, e, at):
        return place
    return place.model_copy(update={"name": raion, "precision": "district"})


_DISTRICT_ADJECTIVE = re.compile(
    r"[А-ЯІЇЄҐ][а-яіїєґ'’ʼ]+(?:ськ|цьк|зьк|ск|цк|зк)(?:ий|ому|ого|ім|ій|ой|ом)\b|[A-Z][a-z'’]+(?:skyi|skyy|skiy|sky)\b"
)  # a district's adjective opening a place mention ("Деснянському", "Дарницькому району", "Desnianskyi")
_NAMES_ITS_CITY = re.compile(
    rf"(?i:\s+{_RAION_WORD})\s+(?:of\s+)?[A-ZА-ЯІЇЄҐ]"
)  # a name after a district's adjective and word: the district's own city ("Шевченківському районі Харкова")
_OF_THE_CITY = re.compile(rf"(?:\s+{_RAION_WORD})?\s+of\s+the\s+(?:city|town)\b", re.I)
_INCLUDING = re.compile(
    r",?\s*(?:including|in\s+particular|particularly|namely)\s+(?:in\s+)?(?:the\s+)?|\s*\(\s*(?:the\s+)?", re.I
)
_LIST_HEADER = re.compile(r"[\s*_]*:")  # a sentence that introduces a list
_ATTACKED_GAP = re.compile(
    r"(?:[^,.;:!?—–()]|,\s*(?:в\s+том\s+числе|у\s+тому\s+числі|зокрема|в\s+частности|including)\s"
    r"|(?:област|регіон|регион|region|oblast)\w*\s*:\s"  # "торкнулася семи областей: Полтавської, ..."
    r"|(?-i:(?<=[A-ZА-ЯЁІЇЄҐ])\s*[—–]\s*(?=[a-zа-яёіїєґ]))){0,80}",
    re.I,
)  # no clause break between, but "нанес 900 ударов дронами, в том числе по ..."; "FPV — дронов" is a hyphen


_AT_TOWN = re.compile(r"(?:^|(?<=[\s,:;(]))(?:у|в|во)\s+$", re.I)  # a town named with its preposition of place


def _told_at_another_town(
    text: str,
    target: tuple[int, int, _lexicon.Entry],
    named_at: _places.PlaceMention | None,
    place: Place | None,
    places: Sequence[tuple[_places.PlaceMention, Place]],
    clauses: Sequence[tuple[int, int]],
) -> bool:
    """Whether a target told in a later clause is placed there by a town of its own, named with "у/в" and other than
    ``place``, a town named as the object of an attack ("атакував Харків та Суми: у Харкові пошкоджено школу": the
    school is Kharkiv's, not Sumy's); not a place itself named with "у/в" ("В Брянской области, а также в Курской
    области повреждены объекты энергетики": one damage told of both)."""
    if (
        place is None
        or named_at is None
        or not named_at.strict
        or _AT_TOWN.search(text, max(0, named_at.start - 4), named_at.start) is not None
        or len(places) != len(clauses)
    ):
        return False
    k = next((k for k, (a, b) in enumerate(clauses) if a <= target[0] < b), None)
    if k is None:
        return False
    mention, there = places[k]
    return (
        _AT_TOWN.search(text, max(0, mention.start - 4), mention.start) is not None
        and there.has_point
        and (there.name, there.lat, there.lon) != (place.name, place.lat, place.lon)
    )


def _attacked_place(
    text: str, sentence: _Sentence, mention: _places.PlaceMention, mentions: list[_places.PlaceMention]
) -> bool:
    """Whether a place is where an attack word of the sentence points, when nothing is named as hit: the place
    follows the attack word in the same clause ("атака на Кавказский район", "атакували Харків шістьма шахедами",
    "strike on Kyiv"), or the attack word follows the place ("Энгельс подвергся атаке", "Kharkiv and Dnipropetrovsk
    oblasts came under attack"); not a launch site ("пуски — з Міллерово") nor a place spoken of otherwise ("urging
    pressure on Moscow")."""
    memo = sentence.attacked.setdefault(id(mentions), {})
    return _attacked_among(text, sentence, mention, mentions, -1, len(text) + 1, memo)


def _attacked_among(
    text: str,
    sentence: _Sentence,
    mention: _places.PlaceMention,
    mentions: list[_places.PlaceMention],
    lo: int,
    hi: int,
    memo: dict[tuple[int, int, int, int], bool],
) -> bool:
    """`_attacked_place` over the mentions that lie within ``[lo, hi)``, remembered in ``memo``: a list is walked from
    its attacked end, each item once (each town walking it again made 360 towns 3.6 times slower: bench_lists.py)."""
    key = (mention.start, mention.end, lo, hi)
    if key in memo:
        return memo[key]
    found = any(
        (me <= mention.start and _ATTACKED_GAP.fullmatch(text, me, mention.start))
        or (me <= mention.start and _fronted_result(text, sentence.start, sentence.end, ms, me, mention))
        or (ms >= mention.end and _ATTACKED_GAP.fullmatch(text, mention.end, ms))
        for ms, me in sentence.triggers
    )
    # one of a list of places ("постраждали Сумська, Одеська та Київська області"): where the list is attacked
    for other in mentions if not found else ():
        if other.start < lo or other.end > hi:
            continue
        # (either way: the attack word may stand before the list or after it, "the Bucha, Vyshhorod and Brovary
        # districts were affected"; each step reads only the places beyond the one it came from)
        if (
            other.end <= mention.start
            and _LIST_GAP.fullmatch(text, other.end, mention.start)
            and _attacked_among(text, sentence, other, mentions, lo, min(hi, other.start), memo)
        ):
            found = True
            break
        if other.start >= mention.end and _LIST_GAP.fullmatch(text, mention.end, other.start):
            found = _attacked_among(text, sentence, other, mentions, max(lo, other.end), hi, memo)
            break
    memo[key] = found
    return found


# the words of an attack as the cause of what follows, shared by _FRONTED_CAUSE and _CAUSED_BY (each adds its own)
_CAUSE_WORDS = r"після|после|внаслідок|вследствие|after|following"
_FRONTED_CAUSE = re.compile(
    rf"[\s\"«“]*(?:{_CAUSE_WORDS}|as\s+a\s+result\s+of|у\s+результаті|в\s+результаті|в\s+результате)"
    r"\s+(?:[\w'’ʼ-]+\s+){0,3}",
    re.I,
)  # a sentence that opens with the attack as the cause: "As a result of the enemy attack, ...", "Внаслідок атаки, ..."
_STOP = re.compile(r"[.;:!?—–()]")  # a break in a sentence other than a comma


def _fronted_result(text: str, s: int, e: int, ms: int, me: int, mention: _places.PlaceMention) -> bool:
    """Whether a place is what suffered from an attack the sentence opens with as its cause: "As a result of the
    enemy attack, Odesa and Kharkiv regions suffered", "Внаслідок атаки, у Сумах пошкоджено будинки" (the comma that
    ends the opening clause is no break; a damage word in the clause after it says the place was hit)."""
    if not _FRONTED_CAUSE.fullmatch(text, s, ms):
        return False
    comma = text.find(",", me, mention.start)
    if comma == -1 or _STOP.search(text, me, comma) or not _ATTACKED_GAP.fullmatch(text, comma + 1, mention.start):
        return False
    brk = _STOP.search(text, mention.end, e)  # (within the sentence: not the damage of the next bullet)
    return _lexicon.DAMAGE.search(text, comma, brk.start() if brk else e) is not None


_LIST_GAP = re.compile(
    # (a town's own oblast said with it is part of its item: "Київ і область, Житомирщина")
    r"(?:\s+(?:regions|oblasts|provinces)|\s+(?:і|й|та|и)\s+област[ьиі])?"
    # (a preposition may be said again after "and": "на Харківщині, Донеччині та в Київській області"; not after a
    # bare comma, where a new clause begins: "атаковали Курск, в Белгороде объявлена тревога")
    r"(?:\s*[,;]\s*|,?\s+(?:та|і|й|и|and|or)\s+(?:(?:по|на|в|у|во|on|in|at)\s+)?"
    # "по прикордонню Сумської області, а також по Запорізькій та Донецькій областях"
    r"|,?\s+(?:а\s+також|а\s+также|також|также|та\s+й|и\s+по|і\s+по|та\s+по|as\s+well\s+as)\s+(?:(?:по|на|в|у|on|in|at)\s+)?)"
    r"(?:(?:in\s+)?the\s+(?:[\w-]+\s+)?(?:regions|oblasts|provinces)\s+of\s+)?",
    re.I,
)  # between the places of a list ("Bryansk and Belgorod regions, as well as the Ukrainian regions of Luhansk")


_NAME = (
    r"(?!(?:Минобороны|Міноборони|Генштаб|Минэнерго|Міненерго|ВСУ|ЗСУ|МЧС|ДСНС|Кремл|Укрэнерго|Укренерго|Russia|"
    r"Ukrain|Telegram|Телеграм|канал|издани|видання|агентств|ТАСС|РИА|Интерфакс|Інтерфакс|Reuters|AP\b|AFP|Baza|"
    r"Mash|Shot|Суспільн|Укринформ|Укрінформ|УНИАН|УНІАН))"
)  # (a name, not a side's body nor a medium: "сообщил Telegram-канал Baza")
_SAID_BY_NAME = re.compile(
    rf"[,—–]\s*(?:(?:сообщил|заявил|написал|рассказал|уточнил|добавил|повідомив|заявив|написав|розповів|додав|"
    rf"уточнив|said|wrote|added)[аи]?\s+{_NAME}(?-i:[A-ZА-ЯЁІЇЄҐ][\w'’ʼ-]+)(?:\s+(?-i:[A-ZА-ЯЁІЇЄҐ][\w'’ʼ-]+)){{0,2}}|"
    rf"{_NAME}(?-i:[A-ZА-ЯЁІЇЄҐ][\w'’ʼ-]+)(?:\s+(?-i:[A-ZА-ЯЁІЇЄҐ][\w'’ʼ-]+))?\s+(?:said|wrote|added))\s*[.!?]?\s*$",
    re.I,
)
"""A sentence that ends with its speaker named by name only ("..., сообщил Гладков.", "..., Gladkov said."): an
official whose region no title says, who relays its claim wherever it is."""


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_PAST_STRIKE = re.compile(
    r"\b(?:вчерашн|вчорашн|ночн|нічн|сегодняшн|сьогоднішн)\w*|\b(?:в\s+ночь|[ву]\s+ніч)\s+на\b|"
    # a date, not a count ("на 3 НПЗ") nor an hour ("в течение 24 часов")
    r"\b\d{1,2}\s+(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|січн|лют|березн|"
    r"квітн|травн|червн|липн|серпн|вересн|жовтн|листопад|грудн)\w*|\b\d{1,2}\.\d{1,2}\b|"
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b|"
    # "удар, который вчера ВСУ нанесли", "удар по Одесі, який стався вночі": a past verb of its own
    r"\b(?:котор|як)(?:ый|ая|ое|ые|ий|а|е|і)\s+(?P<rel>(?:[\w'’ʼ-]+\s+){0,4}?[\w'’ʼ-]+(?:ли|лся|лась|лось|лись|вся|лася|"
    r"лося|лися))\b",
    re.I,
)
_NOT_DONE = re.compile(
    r"\b(?:бы|би|б|мог\w*|смог\w*|змог\w*|хот[еі]л\w*|решил\w*|вирішил\w*|планировал\w*|планувал\w*)\b", re.I
)  # "которые могли бы последовать": a strike that may come, not one done
_RESPONSE_CLAUSE_END = re.compile(
    r",\s*(?:заяв|сказа|сообщ|повідом|написа|добав|додав|уточни|уточн|said|told|added|wrote)\w*|"
    r"\b(?:в\s+течение|протягом|впродовж|within|in\s+the\s+coming)\b",
    re.I,
)  # "..., заявил Песков 19 марта", "в течение 24 часов": the speaker's or the response's time, not the strike's


def _told_strike(text: str, at: int) -> bool:
    """Whether the strike that a response word at ``at`` answers is told: the clause of that strike after the word
    places it (TREND_TIME's places), dates it by a past time ("вчера", "вчерашний", "в ночь на", a date), or gives it
    a past verb of its own ("который ... нанесли", not "которые могли бы"). "Україна реагуватиме дзеркально на удари
    рф" tells none, nor does a time of the response or of its speaker ("уже сегодня", ", заявил Песков 19 марта")."""
    stop = _SENTENCE_END.search(text, at, at + 250)
    end = stop.start() if stop else min(len(text), at + 250)
    said = _RESPONSE_CLAUSE_END.search(text, at, end)
    end = said.start() if said else end
    for m in _lexicon.TREND_TIME.finditer(text, at, end):
        if m.group("past") or not m.group("time"):
            return True  # a past time, or a place
    return any(not (m.group("rel") and _NOT_DONE.search(m.group("rel"))) for m in _PAST_STRIKE.finditer(text, at, end))


_ATTACK_VERB = re.compile(
    r"[\w'’ʼ-]*?(?:[аяиоуі]л[аио]?|сл[аио]|ав|яв|ив|ують|ют|ed|struck|hit)\b", re.I
)  # the attack word as a past or present verb ("ударила", "обстріляв", "атаковали", "struck"), not a noun ("обстрілів",
# "ударов", "атак", "обстрела", "shelling", "strikes")


_PAST_ATTACK = re.compile(
    r"[\w'’ʼ-]*?(?:[аяиоу]л(?:[аои]|ся|ась|ось|ись|сь)?|[аяиу]в(?:ся)?)\b", re.I
)  # the attack word as a past verb ("атаковал", "ударили", "обстрелял", "вдарив"), not a noun ("обстрел", "обстріл",
# "ударов", "ударів")
_CAUSE_BETWEEN = re.compile(
    rf"\b(?:{_CAUSE_WORDS}|через|из-за|унаслідок|в\s+результате|в\s+ходе|під\s+час|во\s+время)\b", re.I
)  # the attack is what caused what the modal speaks of ("будет восстановлено после атаки")
_INFINITIVE = re.compile(r"[\w'’ʼ-]*?(?:ть|ти|тись|тися|ться)\b", re.I)  # "атаковать", "атакувати": an attack to come


def _is_plan(m: re.Match[str]) -> bool:
    """Whether a match of HYPOTHETICAL is a plan word ("готовит", "готує", "готуються")."""
    return m.group().lower().startswith("гот")


def _before_stop(text: str, start: int, end: int) -> int:
    """The end of the span ``start``..``end`` before its closing punctuation (the sentence's end is no clause break)."""
    return start + len(text[start:end].rstrip(" .!?…"))


def _hypothetical(text: str, start: int, end: int) -> bool:
    """Whether a conditional or a plan governs the attack word at ``end``: a word of one ("если", "якщо", "if",
    "will") within 30 characters before it, or further back in the same clause ("Если киевский режим не будет
    соблюдать мораторий на удары")."""
    for m in _lexicon.HYPOTHETICAL.finditer(text, start, end):
        if m.group("response") and _told_strike(text, m.end()):
            continue  # "Россия ответит на вчерашний удар ВСУ по НПЗ в Рязани": the strike answered was reported
        if _lexicon.SLAV_MODAL.fullmatch(m.group()) and (
            _PAST_ATTACK.match(text, end)
            or (_CAUSE_BETWEEN.search(text, m.end(), end) and not _INFINITIVE.match(text, end))
        ):
            continue  # "не может успокоиться и снова атаковал", "будет восстановлено после атаки": the attack is told
            # (not "может через неделю атаковать")
        if (end - m.start() <= 30 and not _is_plan(m)) or not _CLAUSE_BREAK.search(text, m.end(), end):
            return True  # (a plan word, however near, only in the attack's clause: "Враг, который готовит
            # наступление, ночью атаковал")
    if _lexicon.THREAT_OF.search(text, max(start, end - 40), end):
        return True  # "об угрозе атаки БПЛА": a warning of this attack
    if _lexicon.FRAME_OF.search(text, max(start, end - 60), end) and not _ATTACK_VERB.match(text, end):
        return True  # "in the context of Russian shelling": the background, no attack told (not "В условиях войны
        # Россия ударила по Киеву", "in the context of talks Russia struck Kyiv": a verb, an attack told)
    # "будь-які удари москви ... спричинять відплату", "от любых ударов", "any strike will": attacks of any kind, none
    # reported ("did not carry out any strikes" is a denial of one)
    for m in _ANY.finditer(text, max(start, end - 25), end):
        if not _NOT_ANY.search(text, max(start, m.start() - 30), m.start()):
            return True
    return False


def _beside_charge_denial(found: list[Claim], denial: Claim) -> list[Claim]:
    """A sentence's claims with the denial of the charge told before it first: the sentence's own denials of that
    side's act at the charge's place, or of another kind of target, give way to it (they are the charge's denial:
    "... and said its forces were striking only military targets" denies no strike on the army)."""
    return [
        denial,
        *(
            c
            for c in found
            if not (
                c.stance == "denial"
                and c.claimant == denial.claimant
                and c.perpetrator == denial.perpetrator
                and (c.place == denial.place or _top(c.target.category) != _top(denial.target.category))
            )
        ),
    ]


def _talk_word(text: str, s: int, e: int, ms: int, me: int) -> bool:
    """Whether the attack word at ``ms``-``me`` of the sentence ``s``-``e`` is talk, not an attack told: a truce's or a
    proposal's ("мораторий на удары"), a purpose, an aim, a conditional or a plan, a forecast with a modal after it
    ("после массированных обстрелов объемы отключений могут временно расти"): the test :meth:`Extractor._sentence`
    applies to its words (beside an aim and a halt, which it reads with the sentence's places), and the one a
    report's power cut is held to; a word of none before it is no talk ("без атак не обошлось": there were attacks)."""
    return bool(_lexicon.PURPOSE.search(text, max(s, ms - 200), ms)) or _talk_of_what(text, s, e, ms, me)


def _talk_of_what(text: str, s: int, e: int, ms: int, me: int) -> bool:
    """The part of :func:`_talk_word` after the purpose (which :meth:`Extractor._sentence` reads first, on its own):
    a truce or a proposal, a conditional or a plan, a modal after the word."""
    return bool(
        _cessation(text[max(s, ms - 45) : ms], text, me, e)
        or _hypothetical(text, max(s, ms - 80), ms)
        or _lexicon.MODAL_AFTER.match(text, me, e)
    )


def _talked_of(text: str, at: int, talk: Sequence[int], triggers: Sequence[tuple[int, int]]) -> bool:
    """Whether a target word at ``at`` is what an attack word of talk speaks of ("предложение не наносить удары по
    гражданской инфраструктуре, ... российские атаки продолжаются"): it follows that word in the same clause, with no
    attack word that reports between, so it was not hit."""
    return any(
        end <= at and not _CLAUSE_BREAK.search(text, end, at) and not any(end <= a < at for a, _ in triggers)
        for end in talk
    )


_ANY = re.compile(r"\b(?:будь-як\w*|люб(?:ые|ых|ой|ого|ому|ую|ыми)|any)\s+(?:[\w'’ʼ-]+\s+)?$", re.I)
_NOT_ANY = re.compile(r"\b(?:not|no|never|without|n't|не|ни|ні)\b[^.;:!?]*$|n't\b[^.;:!?]*$", re.I)


_OVER = re.compile(
    r"\b(?:над|over|в\s+пределах|в\s+межах|у\s+межах|within)\s+(?:the\s+)?(?:[\w'’ʼ-]+\s+){0,2}?(?:(?-i:[А-ЯІЇЄҐA-Z])|территор|територ|регион|регіон|област|"
    r"region|oblast|parts?\b)",
    re.I,
)
_EN_ROUTE = re.compile(
    r"(?:шли|шел|шёл|летели|летел|летевш\w*|направлялись|летіли|летів|прямували|йшли|йшов|направлен\w*|"
    r"(?:flew|headed|flying|heading)\s+(?:[\w-]+\s+){0,3}?)\s*(?:против|проти|на|toward|towards|for)\b",
    re.I,
)  # drones on their way ("летів на Москву"): the attack words a tally's drones may be told with
_AIRBORNE_WEAPONS = frozenset(
    {"drone", "shahed", "missile", "cruise_missile", "ballistic_missile", "kh-101", "kalibr", "iskander"}
)


# a clause that counts part of the attackers just told ("of which six were shot down", "из которых шесть сбиты")
_OF_WHICH = re.compile(
    r"[,;]\s*(?:(?:[\w-]+\s+){0,2}?(?:of\s+which|из\s+которых|з\s+яких|із\s+яких)|"
    r"of\s+them|из\s+них|з\s+них|із\s+них)\b",
    re.I,
)  # (a number may come first: "шесть из которых сбиты", "six of which were shot down"; after a semicolon too,
# "беспилотников; из них шесть сбиты")


def _downed_part(text: str, s: int, e: int, triggers: Sequence[tuple[int, int]]) -> int:
    """Where the sentence's own account of the attack ends: before a clause of part ("of which", "из которых", "з
    яких") that follows an attack word, so that drones downed there do not make the attack told before it a tally
    ("the villages of A and B came under attacks by nine drones, of which six were shot down"); else the sentence's
    end (not "launched 450 drones, of which 412 were shot down": no attack word before the clause; nor where the
    sentence says where they were downed, "из них 35 уничтожены над Брянской областью": a tally, its region no place
    hit)."""
    m = _OF_WHICH.search(text, s, e)
    if m is None or not any(b <= m.start() for _, b in triggers) or _OVER.search(text, s, e):
        return e
    return m.start()


def _tally(text: str, s: int, e: int, arms: Callable[[], list[tuple[int, int, _lexicon.Entry]]]) -> bool:
    """An interception tally that names no air defence ("по два БПЛА уничтожили над Липецкой областью", "drones were
    destroyed over the Kursk region"): drones or missiles destroyed or shot down over a region. ``arms`` gives the
    sentence's weapons (the caller's, read once)."""
    if _OVER.search(text, s, e) is None:  # (the rarest word first)
        return False
    if _lexicon.DESTROYED.search(text, s, e) is None and _lexicon.INTERCEPTION.search(text, s, e) is None:
        return False
    return any(w[2].value in _AIRBORNE_WEAPONS for w in arms())


_SUFFERED_CAUSE = re.compile(
    r"\b(?:от|від|через|из-за|from)\s+(?P<cause>(?:[\w'’ʼ-]+\s+){0,2}[\w'’ʼ-]+)", re.I
)  # "От непогоды пострадали ...", "від ураганного вітру постраждала ...": the cause said (its word, two before it)
_SUFFERED_WHEN = re.compile(
    r"\b(?:(?:19|20)\d\d|минул\w*|прошл\w*|ранее|раніше|зим\w*|взимку|летом|влітку|весн\w*|навесні|осен\w*|восени)\b",
    re.I,
)  # another time than the attack's: "В 2022 году сильнее всего пострадали ...", "Минулої зими ..."
_SUFFERED_ASKED = re.compile(r"\?|\bЧи\b|,\s+чи\b|\bли\b")  # "Чи постраждали ...", "Пострадали ли ..."
# the opening of a sentence that only says where the attack before it was: "Пострадали ...", "Зокрема – у ...",
# "В том числе в ...", "Among them ..."
_PLACES_NEXT = re.compile(
    rf"\s*(?:{_lexicon.SUFFERED_VERB}\w*|(?:зокрема|в\s+частности|в\s+том\s+числе|у\s+тому\s+числі|серед\s+них|"
    r"среди\s+них|in\s+particular|including|among\s+them)\b)",
    re.I,
)
_SUFFERED = re.compile(_lexicon.SUFFERED_VERB + r"\b", re.I)
_SUFFERED_OPENING = re.compile(r"\s*" + _lexicon.SUFFERED_VERB, re.I)
# after "In particular / Зокрема", the place itself ("Зокрема – у Сумській та Запорізькій областях", "in particular,
# in Kharkiv"), and no verb but of damage or outage: not "officials in Kharkiv said nothing", "в Харькове прошла
# пресс-конференция", "Zelensky spoke in Kyiv"
_PARTICULAR_PLACE = re.compile(
    r"\s*[–—:,-]?\s*(?:(?:у|в|во|на|під|под|in|at|near)\s+)?(?:the\s+)?(?-i:[A-ZА-ЯЁІЇЄҐ])", re.I
)
_OTHER_VERB = re.compile(
    r"(?<![\w'’ʼ-])(?!(?:повре|пошко|постра|обест|знест|знеструм|пострада|постражда|зазна|понес|damag|hit|"
    r"affect|cut|knock|lost|left|remain|de-?energi|disconnect|record)\w*)"
    r"(?:[а-яёіїєґ'’ʼ-]+(?:л|ла|ли|ло|лась|лись|лося)|said|says|spoke|speaks|told|met|held|[a-z]+ed)(?![\w'’ʼ-])",
    re.I,
)


def _particular_places(text: str, at: int, e: int) -> bool:
    """Whether a sentence opened by a word that particularises names the places themselves right after it, and no
    other event than the damage (see ``_placed_next``)."""
    return _PARTICULAR_PLACE.match(text, at, e) is not None and _OTHER_VERB.search(text, at, e) is None


# a place or a region that suffered (with _NOT_PEOPLE_AFTER: regions, not people)
_KILLED = re.compile(
    r"\b(?:вбит[оаі]?|убит[оаы]?|вбил[аи]?|убил[аи]?|вбив|убив|вбиваю\w*|убива\w*|killed|kills|killing)\b", re.I
)  # a transitive killing: with a weapon, an attack


_TAKEN_TO = re.compile(
    r"\b(?:доставл|доставят|достав|госпитализ|госпіталізу|госпіталізов|відвез|отвез|перевез|розвез|развез|забрал|забрали|направлен|"
    r"taken|transported|rushed|admitted|brought|hospitali[sz]ed)\w*(?:\s+[\w'’ʼ-]+){0,4}?\s+(?:в|во|у|до|to|in|at)\s+"
    r"(?:[\w'’ʼ-]+\s+){0,3}$",
    re.I,
)  # "их доставляют в областную клиническую больницу": where the wounded were taken, not what was hit


_DIED = (
    r"(?:помер|померл|умер|скончал|died|(?:being|are|is|were|was)\s+treated|receiv\w*\s+treatment|лікуют|лечат|лечение|"
    r"лікуванн)\w*"
)  # not a bare "treated": "doctors treated patients in the hospital" the drone struck
_DIED_BEFORE = re.compile(
    rf"\b(?:{_DIED}|(?:перебува|находя|находит)\w*)(?:\s+[\w'’ʼ-]+){{0,4}}?\s+(?:в|во|у|in|at)\s+"
    r"(?:[\w'’ʼ-]+\s+){0,2}$",
    re.I,
)  # "помер у лікарні", "died in hospital", "проходит лечение в больнице", "перебувають у стаціонарах міських лікарень"
# (staying there only before the hospital: "у лікарні перебували пацієнти" is of the hospital hit)
_IN_IT = re.compile(r"(?<![\w'’ʼ-])(?:в|во|у|in)\s+$", re.I)
_DIED_AFTER = re.compile(
    rf"(?:\s+(?!(?:і|й|и|та|and)(?![\w'’ʼ-]))[\w'’ʼ-]+){{0,10}}?\s+{_DIED}", re.I
)  # "в больнице (от ран) умер": not across "і/и/and" into a clause of its own ("влучив у лікарню ... і там помер")


def _died_in(text: str, s: int, e: int, t: tuple[int, int, _lexicon.Entry]) -> bool:
    """Whether a hospital is where one of the hurt died or is treated ("У лікарні помер постраждалий", "died in
    hospital"), not a site hit (not "в лікарні загинули": killed there)."""
    return bool(
        _DIED_BEFORE.search(text, max(s, t[0] - 60), t[0])
        or (_IN_IT.search(text, max(s, t[0] - 5), t[0]) and _DIED_AFTER.match(text, t[1], e))
    )


_HURT_NOUN = re.compile(r"injur(?:y|ies)|hospitali[sz]", re.I)
_HURT_ONLY = re.compile(
    rf"(?:{'|'.join(_lexicon.HURT_RU_UK)}|killed|killing|injur|wound|hospitali[sz])\w*",
    re.I,
)  # the name of a target told only by the killed or hurt (not "мирных жителей", "civilians", "children")
# (the lexicon's casualty stems; the English ones are stems here, where the `civilian` entry lists whole forms)
_CIVILIANS = re.compile(
    # children and the bare "мирных" by whole words (the lexicon's `civilian` forms), not "детали уточняются",
    # "детонация", "дитячий садок" or "мирные переговоры" (audit S12-A 1)
    r"\b(?:діт(?:ей|и|ьми|ям|ях)|дит(?:ина|ину|ини|ині|иною)|дет(?:ей|и|ьми|ям|ях)|children|"
    r"мирн(?:их|ых|і|ые)(?=\s*(?:[,.;:!?)]|$)))\b|"
    r"\b(?:цивільн|гражданск|жител|мешкан|реб[её]н|civilian|resident|child|people|люд|"
    # passers-by, women, pensioners, drivers, teenagers (review 26 MED-4)
    r"перехож|прохож|passers?-by|жінк|жінок|женщин|wom[ae]n|пенсіонер|пенсионер|pensioner|воді[йяїю]|"
    r"водител|driver|підліт|подрост|teen)\w*",
    re.I,
)  # the killed or hurt said to be civilians
_AT_THE_SITE = re.compile(
    r"\b(?:працівник|співробітник|сотрудник|работник|енергетик|энергетик|персонал|employee|worker|staff|об['’ʼ]єкт|"
    r"объект)\w*|\b(?:на (?:підприємстві|предприятии)|at the (?:site|plant|facility)|facilities)\b",
    re.I,
)  # the killed or hurt said to be the people of a struck site, or told with the attack on its objects ("атаки БПЛА
# на объекты в Астраханской области. Один человек пострадал") (review 29 H1)


def _civilians_beside(text: str, s: int, e: int, latest: list[Claim]) -> list[Claim]:
    """A sentence with no attack word of its own that names civilians killed or hurt ("Загинула жінка, поранено
    пенсіонера", "Two passers-by were killed") right after a strike on the army: a civilian claim at its place."""
    before = latest[-1]
    hurt = _HURT_ONLY.search(text, s, e)
    if hurt is None or not is_military_target(before.target.category) or not _CIVILIANS.search(text, s, e):
        return []
    ev_start, ev_end = _segment.trim(text, s, e)
    target = Target(category="civilian", name=hurt.group())
    return [before.model_copy(update={"target": target, "evidence": Evidence(start=ev_start, end=ev_end)})]


_SOLDIERS = (
    r"(?:soldiers|troops|servicem[ae]n|(?:military|army)\s+personnel|fighters|crew\s+members|"
    r"(?:military|army)\s+officers)\b"
)  # (not bare "officers", "personnel": "two police officers", "rescue personnel" are civilians)
_SOLDIERS_BEFORE = re.compile(
    rf"\b{_SOLDIERS}(?:\s+[\w'’ʼ-]+){{0,3}}\s+$", re.I
)  # "three soldiers were hospitalized", "soldiers sustained injuries"
_SOLDIERS_AFTER = re.compile(
    rf"\s+(?:to|among|of)\s+(?:the\s+)?(?:[\w'’ʼ-]+\s+)?{_SOLDIERS}", re.I
)  # "causing injuries to servicemen", "injuries among military personnel"


_HURT_VERB = re.compile(r"(?:killed|killing|injured|injuring|wounded|wounding)\b", re.I)
_IN_FRONT = r"(?:(?!(?:and|or|та|і|и)\b)[\w'’ʼ-]+\s+)"  # a number or an adjective, not "residents and"
_SOLDIERS_WERE = re.compile(
    rf"\b{_SOLDIERS}(?:\s+[\w'’ʼ-]+){{0,2}}?\s+(?:were|was|are|is|have\s+been|had\s+been)\s+$"
    rf"|\b(?:killing|injuring|wounding)\s+{_IN_FRONT}{{0,3}}?{_SOLDIERS}\s+and\s+$",
    re.I,
)  # "60 Ukrainian soldiers were killed", "killing seven soldiers and injuring four more"
_SOLDIERS_OBJECT = re.compile(rf"\s+{_IN_FRONT}{{0,3}}?{_SOLDIERS}", re.I)
# "killing seven Russian soldiers", "wounding two servicemen" (the hurt as the verb's object)


def _soldiers_hurt(text: str, s: int, e: int, t: tuple[int, int, _lexicon.Entry]) -> bool:
    """Whether an English noun of the hurt ("injuries", "hospitalized") is said of soldiers, or an English verb of
    the killed or hurt has soldiers as its object or passive subject ("killing seven Russian soldiers", "60 Ukrainian
    soldiers were killed"; not "Russian soldiers killed three civilians"): no civilian target."""
    if _HURT_VERB.match(text, t[0], t[1]):
        return bool(
            _SOLDIERS_WERE.search(text, max(s, t[0] - 80), t[0])
            or (text[t[0] : t[1]].lower().endswith("ing") and _SOLDIERS_OBJECT.match(text, t[1], e))
        )
    return bool(
        _HURT_NOUN.match(text, t[0], t[1])
        and (_SOLDIERS_BEFORE.search(text, max(s, t[0] - 50), t[0]) or _SOLDIERS_AFTER.match(text, t[1], e))
    )


_BOUND_FOR = re.compile(
    r"\b(?:sail(?:s|ed|ing)?|head(?:ed|ing)|bound|en\s+route|следовавш\w*|следующ\w*(?=\s+(?:в|во|к)\s)|направля\w*|"
    r"двигал\w*|двигавш\w*|шедш\w*|ш[её]л|прямув\w*|"
    r"прямую\w*|прямує|йшов|рухал\w*|рухаю\w*|рухає\w*)\s+(?:[\w'’ʼ-]+\s+){0,10}?"
    r"(?:to|for|towards?|в\s+сторону|в|во|к|до|у\s+напрямку)\s+(?:the\s+)?(?:[\w'’ʼ-]+\s+)?"
    r"(?P<port>(?:port|порт\w*)\s+(?:of\s+)?(?-i:[A-ZА-ЯЁІЇЄҐ])[\w'’ʼ-]*)",
    re.I,
)  # a ship on its way to a port: "sailed ... to the Russian port of Novorossiysk", "двигался в сторону порта ..."


_VESSEL = (
    r"\b(?:tankers?|ships?|vessels?|freighters?|carriers?|танкер\w*|судн\w*|суда|сухогруз\w*|корабл\w*|корабел\w*|"
    r"теплоход\w*|теплохід\w*)\b"
)
_VESSEL_BEFORE = re.compile(
    _VESSEL + r"[^.;!?]{0,60}$"  # "a tanker sailing to", "Сухогруз, що прямував до"
    r"|"
    + _VESSEL
    + r"[^;!?]{0,200}?[.!?]\s+(?:It|He|She|They|Он|Она|Оно|Они|Він|Вона|Вони)\s+$",  # "... танкер ... Он двигался"
    re.I,
)  # a ship the verb of _BOUND_FOR is told of (not a drone nor a missile)
_VESSEL_AFTER = re.compile(
    r"[^.;!?,]{0,30}?" + _VESSEL, re.I
)  # "Следующий в российский порт Новороссийск пустой танкер"


_PIPELINE_NAME = re.compile(
    r"\b(?:Druzhba|Friendship)\s+(?:oil\s+)?pipelines?|\bpipelines?\s+[«\"“]?(?:Druzhba|Friendship)\b|"
    r"(?:нефтепровод|нафтопровод|нафтопровід|трубопровод|трубопровід)\w*\s+[«\"“]?Дружб\w*",
    re.I,
)  # the name of the oil trunk line (the lexicon's `energy.oil.pipeline`), which is also a village's


def _outside(mentions: list[_places.PlaceMention], spans: list[tuple[int, int]]) -> list[_places.PlaceMention]:
    """The mentions that start in none of the spans."""
    return [m for m in mentions if not any(a <= m.start < b for a, b in spans)]


def _bound_for(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The spans of the ports a ship in ``text[s:e]`` is said to be bound for (the port word and its name): where it
    was going, not a port hit nor the place of the strike."""
    return [
        m.span("port")
        for m in _BOUND_FOR.finditer(text, s, e)
        if _VESSEL_BEFORE.search(text, max(s, m.start() - 260), m.start()) or _VESSEL_AFTER.match(text, m.end(), e)
    ]


_LAUNCHED = re.compile(
    r"\b(?:запуст\w*|запуска\w*|запуск(?:и|ів)|запущен\w*|випущен\w*|выпущен\w*|launch(?:ed|es|ing)?|fired|took\s+off"
    r"|вилет\w*|вилітал\w*|вылетал\w*|взлет\w*|злет\w*|злітал\w*)"
    r"(?:\s+[\w'’ʼ-]+){0,4}?\s+(?:из|с|со|з|із|from)\s"
    r"|\b(?:из|с|со|з|із|зі|from)\s+(?:the\s+)?(?:повітряного\s+простору|воздушного\s+пространства|airspace)\s"
    r"|\b(?:drones?|UAVs?|missiles?|rockets?|Shaheds?|Iskanders?(?:-M)?|bombs?)(?:\s+[\w'’ʼ-]+){0,2}?\s+from\s",
    re.I,
)  # a launch word and "from", "from the airspace of" with no launch word, or a weapon "from" a place ("decoy drones
# from the areas of Kursk, Orel", "missiles from the Belgorod region"): the launch site follows
_LAUNCH_END = re.compile(
    r"[.;!?—]|\sна\s(?!территори|територі|полуостр|півостр)|\s(?:по|в\s+сторону|в\s+направлении|у\s+напрямку|в\s+напрямку|towards?|at|on|against|into)\s"
    r"|\s(?:hit|struck|attacked|targeted|damaged|destroyed|fell|crashed|were|was|did|have|has|had)\s",
    re.I,
)


def _launch_end(text: str, start: int, end: int) -> int:
    """Where the launch site that begins at ``start`` ends: at the clause's end, or at the word of the target ("по
    Одесі", "at Kyiv")."""
    m = _LAUNCH_END.search(text, start, end)
    return m.start() if m else end


# missiles "from" one platform and then another, right before the second ("ракетами з бомбардувальників Ту-95 та
# підводного човна", "ракетами с самолетов и кораблей"): the second is a platform too
_FROM_PLATFORMS_BEFORE = re.compile(
    r"\b(?:ракет|missile|калібр|калибр|kalibr)\w*\s+(?:з|із|с|со|from)\s+[^,.;:!?\n]{1,40}?\s(?:та|і|й|и|and)\s+$",
    re.I,
)


def _launch_spans(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The spans in ``text[s:e]`` that tell where weapons were launched from: a launch word and "from" to the end of
    the launch site (`_launch_end`)."""
    return [(m.start(), _launch_end(text, m.end(), e)) for m in _LAUNCHED.finditer(text, s, e)]


_SPEAKS_FOR = re.compile(
    r"['’]s\s+(?:press\s+(?:service|office)|director|management|spokes\w+|operator|owner|administration|head)\b", re.I
)  # "the plant's press service said": the plant speaks


def _beside_impact(text: str, s: int, e: int, t: tuple[int, int, _lexicon.Entry]) -> bool:
    """Whether a target is named as what stood beside the point of impact, with no damage or fire said of it."""
    m = _BESIDE_IMPACT.search(text, max(s, t[0] - 80), t[0])
    if m is None:
        return False
    after = _STRONG_END.search(text, t[1], e)
    a, b = m.start("between"), after.start() if after else e
    return not _tells_hit(text, a, b, fire=True)


_NEAR_WORD = (
    r"(?:\b[ву]\s+район[еі]|\bнеподал[еі]к[уі]?(?:\s+(?:от|від))?|\bнедалеко\s+(?:от|від)|\bбіля|\bпоблизу|\bвозле|"
    r"\bвблизи|\bоколо(?!\s+\d)|\bрядом\s+с|\bпоруч\s+(?:з|із)|\bnear(?:by)?|\bclose\s+to|\bnext\s+to|"
    r"\bin\s+the\s+(?:area|vicinity)\s+of)"
)  # a word that places a thing beside another: one list for _NEAR and _BESIDE_IMPACT
_NEAR_BEFORE = re.compile(rf"{_NEAR_WORD}\s+(?:the\s+)?(?:[\w'’ʼ-]+\s+)?$", re.I)  # "вблизи ЗАЭС"
_BESIDE_IMPACT = re.compile(
    rf"{_NEAR_WORD}\s+(?:the\s+)?"
    r"(?:мест\w*\s+(?:попадани|удар|падени|прил[её]т|взрыв)|місц\w*\s+(?:влучанн|удар|падінн|прильот|вибух)|"
    r"(?:impact|strike|blast)\s+(?:site|point)|(?:site|point)\s+of\s+(?:the\s+)?(?:impact|strike|blast))\w*"
    r"(?P<between>[^.!?;]*)$",
    re.I,
)  # "Рядом с местом попадания находились ресторан и детская площадка", "поруч з місцем влучання був дитячий
# майданчик", "near the impact site was a playground": what stood beside the site hit, not the site
_PRESS_OF = re.compile(
    r"(?:пресс-служб\w*|прес-служб\w*|руководств\w*|керівництв\w*|директор\w*|press\s+service\s+of\s+the)\s+$", re.I
)  # "сообщили в пресс-службе завода"
# the one who speaks is named by a site word ("повідомили в місцевому обленерго", "по данным «Россетей»", "В Укренерго
# повідомили", "Ukrenergo said"): the company speaks, its kind does not narrow a site of no kind hit ("енергетичний
# об'єкт" stays `energy`)
_SAID_IN = re.compile(
    rf"(?:\b(?:повідом|сообщ|заяв|уточн|поясн|інформу|информир)\w*\s+(?:в|у|во)\s|{_lexicon.SOURCE_CUE})\s*"
    r"(?:the\s+)?(?:[\w'’ʼ-]+\s+){0,2}[«\"“]?$",
    re.I,
)
_IN_BEFORE = re.compile(r"(?:^|[.!?:;,—–\n]\s*|\s(?:а|и|і|та)\s+)[ВвУу]о?\s+(?:[\w'’ʼ-]+\s+){0,2}[«\"“]?$")
_SAID_NEXT = re.compile(
    r"[»\"”]?\s+(?:(?:також|также|уже|вже|ранее|раніше)\s+)?(?:повідом|сообщ|заяв|уточн|поясн|підтверд|подтверд|"
    r"інформу|информир|зазнач|отмет|відзнач)\w*",
    re.I,
)  # "В Укренерго | повідомили"
_EN_SAID_NEXT = re.compile(
    r"[»\"”]?\s+(?:(?:has|have|had|also|later)\s+)?(?:said|says|reported|reports|stated|states|announced|added|told|"
    r"wrote|confirmed)\b",
    re.I,
)  # "Ukrenergo said"
_NOT_PEOPLE_BEFORE = re.compile(
    r"(?:регион|регіон|област|район|объект|об['’ʼ]?єкт|город|міст|населенн|предприяти|підприємств|region|facilit|"
    r"site|areas?|cit(?:y|ies)|towns?|villages?)\w*(?:,?\s+(?:которы\w+|які|що|that|which)|(?P<bare>,))?\s+$",
    re.I,
)  # "число регионов, пострадавших от ударов": places affected, not people hurt
_PARTICIPLE = re.compile(r"\w+(?:вш(?:ий|ая|ее|ие|их|им|ими|его|ему|ей|ую)|л(?:их|і|им|ими|ого|ому))", re.I)
_NOT_PEOPLE_AFTER = re.compile(
    r"\s+(?:[А-ЯІЇЄҐЁA-Z][\w'’ʼ-]*(?:,?\s+(?:та|і|и|й|and)\s+|,\s+)){0,12}[А-ЯІЇЄҐЁA-Z][\w'’ʼ-]*\s+"
    r"(?:област|регион|регіон|район|край|краї|oblast|region|district)\w*"
    # "постраждала Донеччина", "також постраждали Сумщина і Полтавщина": a region by its "-щина" name
    r"|\s+(?:також\s+|также\s+)?(?-i:[А-ЯІЇЄҐ])[\w'’ʼ-]*(?:щин|ччин)[аиі]\b"
)  # "постраждали Сумська, Одеська та Київська області": regions affected, not people hurt
_CLAUSE_BREAK = re.compile(r"[,.:;!?—–]")
# a supply cut, said as what a place suffers ("обесточены", "нарушено электроснабжение", "lost power"): the words of
# _LEFT_AFTER and _CUT_BEFORE
_CUT_VERB = (
    rf"(?:(?:нарушен|порушен|прекращен|припинен|отключен|відключен|перерван)\w*\s+{_lexicon.CUT_SUPPLY}|"
    r"(?:обесточ|знеструмл)\w*|(?:lost|losing)\s+(?:power|electricity|heat(?:ing)?|gas|water)|"
    r"(?:power|electricity|heat(?:ing)?|gas|water)(?:\s+supplies?)?\s+(?:(?:was|were|had\s+been)\s+)?(?:cut|disrupted|lost))"
)
# a word between that opens no clause of its own ("homes that lost power were hit", "disrupted when homes were hit")
_NOT_AND = (
    r"(?!(?:and|but|that|which|who|where|when|after|as|while|и|і|та|й|а|но|але|что|що|которы\w*|котор\w*|як\w*|где|"
    r"де|когда|коли|после|після)\s)"
)
_LEFT_AFTER = re.compile(
    rf"\s+(?:[\w,'’ʼ-]+\s+){{0,2}}?(?:without\s+(?:power|electricity|heat(?:ing)?|gas|water)|без\s+{_lexicon.CUT_SUPPLY})\b|"
    # (the cut right after the homes, or after "было", "were": "в 90 домах было нарушено электроснабжение")
    rf"\s+(?:(?:было|была|были|було|була|були|was|were|have|has|had|also|также|також|тоже|еще|ещё)\s+){{0,2}}"
    rf"{_CUT_VERB}\b|"
    # (no power in them, or a supply given back, or their people evacuated: "в домах нет света", "свет в дома вернули",
    # "жителей соседних домов эвакуировали")
    r"\s+(?:(?:нет|немає|не\s+было|не\s+було)\s+(?:свет|світл|тепл|газ|вод|электр|електр|отоплен|опален)|"
    r"(?:свет|світл|тепл|газ|электричеств|електрик)\w*\s+(?:нет|немає)|"
    r"(?:[\w'’ʼ-]+\s+)?(?:вернули|повернули|восстановили|відновили|подали|эвакуировали|евакуювали|эвакуированы|"
    r"евакуйовано|евакуйовані)\b)",
    re.I,
)  # "left 1,500 homes without power", "в 90 домах было нарушено электроснабжение", "homes lost power": the homes lost
# power, they were not hit
# the words of a list or phrase the civilian word heads, up to the cut that ends it (no clause opened between)
_CUT_AT_LIST_END = re.compile(
    r"(?:\s*,?\s+(?!(?:that|which|who|whose|where|when|after|as|while|but|что|що|которы\w*|котор\w*|як\w*|где|де|"
    r"когда|коли|после|після|но|але)\b)[\w'’ʼ-]+){0,8}?\s+"
    r"(?P<cut>without\s+(?:power|electricity|light|heat(?:ing)?|gas|water)|"
    rf"без\s+{_lexicon.CUT_SUPPLY}|amid\s+(?:the\s+)?(?:\w+\s+)?(?:blackouts?|outages?|power\s+cuts?)|"
    r"switched\s+to\s+(?:backup|reserve|emergency)\s+(?:power|generators?))\b",
    re.I,
)
# the attack words (``_lexicon.TRIGGERS``) and the words of damage, with what TRIGGERS lacks: the verbs of destroying
# in ru and uk ("знищив школу", "уничтожил больницу") and the forms of "влучити" it does not list ("влучення", "влучає")
_HARM = (_lexicon.TRIGGERS, _lexicon.DAMAGE, re.compile(r"\b(?:знищ|уничтож|влуч)", re.I))
# a comma with a word that opens a clause against the one before ("Пострадавших ... не зарегистрировано, но около
# полутора тысяч домов ... остались без электроснабжения"; not "а", "and": "дома, а также школы", "homes, schools, and
# hospitals")
_BUT_CLAUSE = re.compile(r",\s+(?:but|while|whereas|но|однако|але|проте|однак)\b", re.I)
_LEAVE_VERB = re.compile(r"\b(?:leav\w*|left|остав\w*|залиш\w*)", re.I)  # "threatens to leave": the cut's own verb


def _cut_at_list_end(text: str, s: int, e: int, t: tuple[int, int, _lexicon.Entry]) -> bool:
    """Whether the civilian word ``t`` heads a list or phrase that a cut of supply closes, with no word of harm or
    attack between ("leave countless homes, hospitals, kindergartens, and schools without light and heat", "около
    полутора тысяч домов и более ста предприятий остались без электроснабжения", "school operations amid the ongoing
    outages", "Hospitals in Belgorod switched to backup power"): what lost supply, not a site hit. Not a word that a
    word of harm or attack before it in its own clause governs, unless a verb of leaving comes between ("drones struck
    homes in Kharkiv amid the outages" keeps the homes; "This attack threatens to leave countless homes ... without
    light" does not), nor a cut with such a word after it in its sentence ("Houses were left without power after a
    drone attack damaged them")."""
    m = _CUT_AT_LIST_END.match(text, t[1], e)
    if m is None:
        return False
    gap, after = text[t[1] : m.start("cut")], text[m.end() : e]
    if _harm(gap) or _harm(after):
        return False
    # (the clause back to a semicolon, a colon or a comma with a "but": a bare comma may part the list's own words,
    # "damaged homes, a school and a hospital ... without power")
    start = max([s] + [i + 1 for i in (text.rfind(c, s, t[0]) for c in ";:") if i >= 0])
    start = max([start] + [c.end() for c in _BUT_CLAUSE.finditer(text, start, t[0])])
    before = text[start : t[0]]
    harm = _harm(before)
    return not harm or _LEAVE_VERB.search(before, max(harm)) is not None


def _harm(text: str) -> list[int]:
    """The ends of the words of harm or attack in ``text``, less those that tell only a cut ("amid the blackout",
    "was left without power"; ``_is_cut``: "Kharkiv was left without power, and hospitals switched to backup power",
    "Hospitals ... switched to backup power, while ... amid the blackout")."""
    return [h.end() for p in _HARM for h in p.finditer(text) if not _is_cut(text, *h.span())]


_CUT_BEFORE = re.compile(
    rf"\b{_CUT_VERB}\s+(?:(?:в|во|у|in|to|for|at)\s+)?(?:{_NOT_AND}[\w'’ʼ-]+\s+){{0,2}}$",
    re.I,
)  # "Обесточены 90 домов", "порушено електропостачання у 40 будинках", "power was cut to 300 homes": the same, before
_HIT_AFTER = re.compile(
    r",?\s+(?:(?:that|which|who)\s+(?:were|was|had\s+been|have\s+been)\s+)?(?:hit|struck|damaged|destroyed|shelled)\s+"
    r"(?:by|in)\b(?!\s+(?:the\s+)?(?:blackouts?|outages?|power\s+cuts?))|"
    # (a participle with its cause, not the verb of another subject: "обесточена больница, повреждены пять домов")
    r",?\s+(?:пострадавш|поврежденн|повреждённ|разрушенн|пошкоджен|постраждал|зруйнован)\w*\s+(?:от|від|внаслідок|"
    r"вследствие|в\s+результат\w+|під\s+час|во\s+время|при|через|из-за|ударом|ударами|атакою|атакой|атаками)\b"
    # (not the cut itself: "пострадавшие от отключений", as "hit by blackouts")
    r"(?!\s+(?:\w+\s+)?(?:отключени|відключен|обесточ|знеструм|блэкаут|блекаут))",
    re.I,
)  # "power was cut to homes hit by the drone", "обесточены жилые дома, пострадавшие от атаки": homes hit and cut (not
# "hit by blackouts"), so _LEFT_AFTER and _CUT_BEFORE keep them
_LEFT_WITHOUT = re.compile(
    rf"(?:\b(?:{_lexicon.CUT_LEFT})|(?:остал|залиш|оставал)\w*\s+без\s+\w+|"
    r"\bleft\s+without\s+\w+|"
    r"\b(?:cut|cuts|cutting)\s+(?:off\s+)?(?:power|electricity|gas|heat(?:ing)?|water)(?:\s+supplies?)?\s+(?:to|for))\s+"
    r"(?:[\w'’ʼ-]+\s+){0,3}(?:\w+-)?$",
    re.I,
)  # "без электроэнергии осталось предприятие", "cut power to a hospital", "cutting electricity to homes", "осталась без
# электроснабжения мини-котельная" (the site word after a prefix): what lost a supply was not hit


_IN_THE_COUNTRY = re.compile(
    r"\s+(?:[«\"“]?[\w'’ʼ-]+[»\"”]?\s+)?(?:в|во|у|in)\s+(?:(?-i:РФ|рф)|Росси[иі]|Росії|Україні|Украине|Russia|Ukraine)"
    r"(?![\w'’ʼ-])",
    re.I,
)  # "два НПЗ в России", "Саратовського НПЗ в Росії", "a refinery in Russia": a target told in the country it lies in


_RANKED = re.compile(
    r"\b(?:largest|biggest|one\s+of|крупнейш\w*|найбільш\w*|один\s+из|одн\w*\s+з)\b[^,.;]{0,40}$", re.I
)  # "one of the largest oil refineries| in Russia", "один из крупнейших| НПЗ в России": ranked in the country


def _of_the_country(
    text: str, own: list[tuple[int, int, _lexicon.Entry]], at: int
) -> set[tuple[int, int, _lexicon.Entry]]:
    """The targets of a clause that do not lie at its place named at ``at``: one told in a country of its own before
    another target (of another kind) named ahead of the place ("атаковали два НПЗ в России и железнодорожный узел в
    Волгоградской области", "ураження Саратовського НПЗ в Росії, місця зберігання БпЛА на аеродромі «Саки»"): that
    target is elsewhere in the country, the place is the later target's (the target told before is a claim of its own).
    Not one told as ranked in the country ("one of the largest oil refineries in Russia and a railway station in the
    Ryazan region", "один из крупнейших НПЗ в России"): the country ranks it, the place is its own."""
    return {
        t
        for t in own
        if t[1] <= at
        and _IN_THE_COUNTRY.match(text, t[1])
        and not _RANKED.search(text, max(0, t[0] - 60), t[0])
        and any(t[1] < u[0] < at and _top(u[2].value) != _top(t[2].value) for u in own)
    }


def _listed_targets(
    listed: list[tuple[int, int, _lexicon.Entry]], mentions: Sequence[_places.PlaceMention]
) -> list[tuple[int, int, _lexicon.Entry]]:
    """The targets of the clause before that a listed place shares: not one whose own place is named before a later
    target of that clause ("атакувала нафтобазу в Енгельсі та два аеродроми у Саратовській та Рязанській областях":
    Ryazan's are the airfields, the oil depot is Engels's). The last of them always stays."""
    return [
        t
        for t in listed
        if not any(t[1] <= m.start and any(m.end <= u[0] for u in listed if u[0] > t[1]) for m in mentions)
    ]


def _cessation(before: str, text: str, after: int, end: int) -> bool:
    """Whether the words before an attack word make it talk about not attacking ("прекращение ударов", "moratorium
    on strikes"), not a time ("за время моратория нанес удары", "despite the truce, drones struck"); ``text[after:end]``
    is the rest of the sentence after the attack word, which a halt's clause of its own asks of (read in place: no
    copy per attack word)."""
    return any(
        not _lexicon.DURING.search(before, 0, m.start())
        and not _STRONG_END.search(before, m.end())
        and not _CAUSED_BY.search(before, m.end())
        # "Россия обещала прекратить удары, но ночью дроны атаковали Харьков": the clause after "но" is an attack of
        # its own, as DENIAL's guard reads it
        and not _CONTRAST.search(before, m.end())
        # "Украина отказалась от переговоров, и ночью дроны атаковали подстанцию": the halt's clause, ended by a
        # comma and "и" with no attack word in it, halted something else; the clause after it is an attack of its
        # own (not "прекратить удары по энергетике, и атаки на порты", whose halt is of attacks; not a halt word
        # that is the truce itself, "объявили мораторий, и удары ... запрещены", "agreed to a ceasefire, and attacks
        # ... are banned"; nor an attack after it banned or to come, "приостановила поставки газа, и удары ...
        # продолжатся": talk all the same)
        and not (
            (not _TRUCE_WORD.match(m.group(0)) or _halted_truce(before, m.start()))
            and not _BANNED_OR_TO_COME.match(text, after, end)
            and _own_object_clause(before, m.end())
        )
        for m in _lexicon.CESSATION.finditer(before)
    )


def _halted_truce(before: str, at: int) -> bool:
    """Whether the truce word at ``at`` is the object of a halt word of stopping right before it ("отказался от
    моратория", "приостановила мораторий"): the truce is what was refused, not what the clause after it is of."""
    return any(
        not _TRUCE_WORD.match(h.group(0)) and _OBJECT_GAP.fullmatch(before, h.end(), at)
        for h in _lexicon.CESSATION.finditer(before, 0, at)
    )


_OBJECT_GAP = re.compile(r"\s+(?:[\w'’ʼ-]+\s+){0,2}")


_JOINED_CLAUSE = re.compile(r"[,;—–]\s*(?:и|і|й|та|and)\s", re.I)
_HOSTILITIES = re.compile(
    r"\b(?:огня|огонь|вогню|вогонь|fire|боев\w*|бойов\w*|военн\w*\s+действ\w*|hostilities|fighting|war)\b", re.I
)  # "прекращение огня", "припинення вогню", "боевых действий": a halt of attacks all the same


_TRUCE_WORD = re.compile(r"(?:моратори|мораторі|moratori|truce|cease-?fire)", re.I)
# a halt word that is the truce itself ("мораторий", "мораторій", "moratorium", "truce", "ceasefire"), not a verb or
# noun of stopping something ("отказался", "приостановила"): its ", и" clause is what the truce is of (matched only
# against ``_lexicon.CESSATION``'s words, which hold no "перемирие")
_BANNED_OR_TO_COME = re.compile(
    r"[^.;!?]{0,80}?\b(?:запрещ\w*|заборон\w*|banned|prohibited|forbidden|продолжатся|продолжат|продовжаться|"
    r"продовжуватимуться|возобновятся|відновляться|будут|будуть|буде|будет|will|shall|(?:is|are)\s+to)\b",
    re.I,
)  # "удары ... запрещены", "attacks ... are banned", "удары ... продолжатся", "strikes ... will resume": no attack told


def _own_object_clause(before: str, at: int) -> bool:
    """Whether the halt word ending at ``at`` has a clause of its own with no attack word in it, ended by a comma and
    a conjunction before the attack word ("отказалась от переговоров, и ночью дроны ")."""
    joined = _JOINED_CLAUSE.search(before, at)
    return (
        joined is not None
        and not _lexicon.TRIGGERS.search(before, at, joined.start())
        and not _HOSTILITIES.search(before, at, joined.start())
    )


def _sums_up_truce(text: str, claim: Claim) -> bool:
    """Whether a claim's clause speaks of the attacks of the whole truce ("с начала моратория удары ВСУ по
    энергетике", "с момента объявленного прекращения ударов ВСУ ни на сутки не прекращали атаки", "нарушил
    мораторий"): a claim of its own beside the day's strikes at named places."""
    if claim.evidence is None:
        return False
    return _truce_summed(text, claim.evidence.start, claim.evidence.end)


def _truce_summed(text: str, s: int, e: int) -> bool:
    """Whether a cessation word in a span is a time the span sums up ("с начала моратория", "нарушил мораторий",
    "despite the truce"): DURING asked of the 120 characters before each such word only, its longest reach, so a
    sentence of many cessation words stays linear. (The cessation words that govern the attack word right after
    them, "freeze", "not to", "откажутся от", "деескалацію", "de-escalation of", "prevented from", match only where
    the text read ends at that word, so they are read in ``_cessation``'s window, never here.)"""
    return any(
        _lexicon.DURING.search(text, max(s, m.start() - 120), m.start())
        for m in _lexicon.CESSATION.finditer(text, s, e)
    )


_MANY_ATTACKS = re.compile(
    r"\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|hundreds\s+of|"
    # "более двадцати ударов", "понад тридцять атак", "десятки ударов"
    rf"{_lexicon.NUMBER_WORDS})\s+"
    r"(?:(?!(?:days?|weeks?|months?|hours?|дн|недел|тиж|месяц|місяц|час|годин|сут|діб)\w*\s)[\w'’ʼ-]+\s+)?"
    r"(?P<unit>strikes|attacks|times|violations|shellings|удар(?:ов|а|ів|и)|атак|атаки|раз|раза|рази|разів|"
    r"обстрел(?:ов|а)|обстріл(?:ів|и)|нарушени\w*|порушен\w*)\b",
    re.I,
)  # "more than 30 strikes", "at least eight attacks", "32 times", "более 20 ударов", "понад 30 атак", "более
# двадцати ударов", "десятки атак", "55 обстрілів" (not "на 30 дней ударов", the truce's length)
_ONE_DAY = re.compile(
    r"\b(?:24\s+hours|(?:past|last)\s+(?:day|night)|overnight|today|tonight|сутки|суток|добу|доби|ночь|ночи|ночью|"
    r"ніч|ночі|вночі|уночі|сегодня|сьогодні|утром|вранці|зранку|днем|днём|вдень|вечером|ввечері|увечері|вчера|вчора|"
    r"yesterday|this\s+(?:morning|evening))\b",
    re.I,
)  # "14 times in the last 24 hours", "10 раз за сутки", "этой ночью нанесли 12 ударов": the day's count, told again
# by the places that follow


_SCENE_SPAN = 6
"""How many sentences after the last one that told an attack a sentence of people hurt at a place of its own still
tells that attack (``_hurt_elsewhere``)."""
# (the noun of an accident only, "погиб в аварии", not "аварийно-спасательные службы", "аварійні бригади")
_OTHER_CAUSE = re.compile(
    r"\b(?:heart\s+attack|natural\s+causes|of\s+(?:a\s+)?(?:illness|disease|stroke)|"
    r"сердечн\w*|інфаркт\w*|инфаркт\w*|ДТП|аварі(?:я|ї|ю|єю|й)\b|авари(?:я|и|ю|ей|й|ях)\b|accident|"
    # "injured while detaining a suspect", "hurt in a fall", "a bus crash", "при падении с высоты", "під час затримання"
    r"while\s+\w+ing|in\s+a\s+fall|fell\s+from|crash\w*|drown\w*|"
    r"при\s+падении(?!\s+(?:обломк|фрагмент|беспилот|дрон|ракет|БПЛА))|(?:упал|впав|падінн\w*)\s+з?\s*(?:высот|висот|с\s+высот)|"
    r"(?:при|во\s+время|під\s+час)\s+(?:задержани|затриманн)\w*|утонул\w*|потонул\w*|потонув)",
    re.I,
)  # deaths or injuries of another cause than the attack ("died of a heart attack", "погиб в ДТП", "hurt in a fall")
_OWN_DAY = re.compile(
    r"\b(?:накануне|напередодні|позавчера|позавчора|вчера|вчора|учора|(?:the\s+day\s+before\s+)?yesterday|"
    r"last\s+week|на\s+(?:прошлой|минувшей)\s+неделе|минулого\s+тижня|на\s+минулому\s+тижні)\b",
    re.I,
)  # a casualty sentence's day of its own, before the attack told ("В Херсоне накануне днем ранены два человека")
_IN_COUNTRY = re.compile(
    r"\b(?:in|across)\s+(?:Ukraine|Russia)\b|(?<![\w'’ʼ-])(?:в|у|по)\s+(?:Україні|Украине|России|Росії)(?![\w'’ʼ-])",
    re.I,
)  # a count for the whole country ("3 people were killed and 12 injured in Ukraine, including in Dnipro")
_MILITARY_HURT = re.compile(
    rf"\b(?:військов\w*|военн\w*|бійц\w*|бойц\w*|боец|soldier|serviceman|{_SOLDIERS})", re.I
)  # casualties who are soldiers, not civilians ("загинули двоє військових", "two soldiers were wounded")


_TALLY = re.compile(
    r"\b(?:in\s+total|a\s+total\s+of|since|(?:this|last|past)\s+(?:week|month)|continu\w*|всего|в\s+общей\s+сложности|"
    r"загалом|усього|всього|продолжа\w*|продовжу\w*|трива\w*|за\s+(?:неделю|месяц|тиждень|місяць))\b",
    re.I,
)  # a count of more than one attack or a campaign that goes on ("In total, Russian attacks damaged 40 houses this
# week", "Since March, ...", "удары по энергетике продолжаются"): not what the one attack told before hit


def _same_attack(claim: Claim) -> tuple[object, ...]:
    """What makes two claims tell the same attack, but for target and place: who did it, who says so, how, when."""
    return (claim.perpetrator, claim.claimant, claim.stance, claim.act, claim.weapon, claim.time)


_SINCE_START = re.compile(
    r"(?:\b(?:з|від|с|со)\s+початку|\bс\s+начала|\bsince\s+the\s+(?:start|beginning)\s+of)\s+(?:\w+\s+)?"
    r"(?:січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|року|місяця|тижня|"
    r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|года|месяца|недели|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|the\s+year|the\s+month|"
    r"the\s+week)\b",
    re.I,
)  # "від початку жовтня", "с начала октября", "since the start of October": a period of more than a day, up to now
_ORDINAL_ATTACK = re.compile(
    r"\b(?:друг|втор|трет|четверт|п[ʼ'’]?ят|шест|шост|седьм|сьом|восьм|дев[ʼ'’]?ят|десят|\w+надцат|\w+надцят)"
    r"(?:ая|ой|ую|а|ий|ій|у|е|є|ья|ьей|ьою)\s+(?:[\w'’ʼ-]+\s+)?(?:атак|удар|обстр[еі]л)\w*|"
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+)?"
    r"(?:attack|strike)s?\b",
    re.I,
)  # "седьмая целенаправленная атака", "сьома атака", "the seventh attack": the count of a campaign, told by one


_AREA_WORD = re.compile(
    r"\b(?:region|regional|oblast|province|city|town|village|district|област[ьіи]|регіон\w*|регион\w*|міст[аоі]|"
    r"город\w*|громад\w*|район\w*|сел[аоі])\b",
    re.I,
)  # "the fifth attack on the region's grid since December", "по громадах області": a region's count, not the country's


def _count_since(text: str, s: int, e: int) -> bool:
    """Whether a sentence that names no place counts the attacks of a period that began weeks or days ago and runs to
    now ("це вже сьома атака ворога на газову інфраструктуру від початку жовтня", "Это уже седьмая атака с начала
    октября", "more than 30 strikes since the start of March"): the count of the whole campaign, a claim of the
    country hit (the country of the report's last place), not of the place the report's last attack was at (not one
    of a region, a town or a district: "the fifth attack on the region's grid since the start of December"; nor of one
    site, named or pointed back at: "the third attack on this substation since the start of October", "третий удар
    по нефтебазе с начала года", review 29 M5)."""
    if _ONE_DAY.search(text, s, e) or not _SINCE_START.search(text, s, e) or _AREA_WORD.search(text, s, e):
        return False
    if not (_ORDINAL_ATTACK.search(text, s, e) is not None or _counts_many(text, s, e)):
        return False
    return not (
        _ONE_SITE.search(text, s, e) or any(entry.specific for _, _, entry in _lexicon.find_targets(text, s, e))
    )


_ONE_SITE = re.compile(
    rf"\b(?:{_THIS_SITE})|\bthe\s+(?:facility|plant|station|refinery|depot|substation|base|airfield)\b", re.I
)
# a site pointed back at ("this substation", "цю підстанцію", "the plant")


def _counts_attacks(text: str, claim: Claim) -> bool:
    """Whether a claim's clause counts the attacks of a period longer than a day ("more than 30 strikes on Ukrainian
    energy infrastructure since 25 March", "at least eight attacks between March 18 and March 25"): a tally of its
    own beside the day's strikes at named places, not their lead."""
    if claim.evidence is None:
        return False
    return _ONE_DAY.search(text, claim.evidence.start, claim.evidence.end) is None and (
        _counted(text, claim) or _count_since(text, claim.evidence.start, claim.evidence.end)
    )


def _counts_many(text: str, s: int, e: int) -> bool:
    """Whether a span counts attacks ("пять атак", "понад 30 разів"), not a comparison ("у два рази більше")."""
    return any(
        not (m.group("unit").lower() in ("рази", "раза") and _TIMES_MORE.search(text, max(s, m.start() - 2), m.start()))
        for m in _MANY_ATTACKS.finditer(text, s, e)
    )


_LONG_PERIOD = re.compile(
    r"\b(?:с\s+начала|с\s+момента|от\s+момента|з\s+початку|від\s+початку|з\s+моменту|від\s+моменту|since|"
    r"за\s+время|за\s+час|в\s+период|у\s+період|в\s+течение|протягом|впродовж|throughout|"
    r"(?:уже|вже)\s+(?:более|больше|свыше|понад|більше)|already\s+(?:more\s+than|over)|"
    # "за неделю", "за первую неделю марта", "за останній місяць", "за 10 дней", "over the past week", "in the last
    # month", "с 15 по 21 марта", "between March 18 and March 25"
    r"за\s+(?:[\w'’ʼ-]+\s+)?(?:недел|месяц|тижд|тиждень|місяц|\d+\s+(?:дн|дні|сут|діб))\w*|"
    r"(?:over|in|during)\s+the\s+(?:past|last)\s+(?:week|month|\w+\s+(?:days|weeks|months))|"
    r"(?:с|з)\s+\d{1,2}(?:\s+\w+)?\s+по\s+\d{1,2}|between\s+\w+\s+\d{1,2}\s+and)\b",
    re.I,
)  # a period the clause names, longer than the day's strikes
_IN_THE_REGION = re.compile(
    r"\b(?:в|у|по)\s+(?:этой\s+|цій\s+|той\s+)?(?:области|регионе|області|регіоні)\b|"
    r"\b(?:in|across)\s+the\s+(?:region|oblast|province)\b",
    re.I,
)  # a sentence pointing back at the region just named ("12 ударов ... в области", "in the region")


def _country_tally(text: str, s: int, e: int) -> bool:
    """Whether a sentence that names a country counts its attacks over a period the sentence names ("з початку
    перемир'я ... вже понад 30 разів завдали ударів по українських енергетичних обʼєктах", "more than 30 strikes on
    Ukrainian energy since 25 March") or sums up the truce's ("с начала моратория удары ВСУ по российской
    энергетике"): a claim of the country, not of the report's only place. A count with no period ("Всего враг нанес
    12 ударов по украинским энергообъектам"), of one day ("за сутки"), or pointing back at the region ("в области",
    "in the region") is not."""
    if _ONE_DAY.search(text, s, e) or _IN_THE_REGION.search(text, s, e):
        return False
    return _truce_summed(text, s, e) or (_LONG_PERIOD.search(text, s, e) is not None and _counts_many(text, s, e))


def _told_before(text: str, claim: Claim, claims: Sequence[Claim]) -> bool:
    """Whether a claim with no place tells of attacks before those the report places ("Ранее, 12 апреля, сообщалось,
    что ВСУ совершили пять атак на объекты российской энергетической инфраструктуры за прошедшие сутки" beside a
    substation hit on 13 April): its clause points at an earlier time ("ранее", "раніше", "earlier") and its time
    ends before that of every placed claim of its kind begins, so it is not their lead but a claim of its own."""
    if claim.evidence is None or not _ANOTHER_TIME.search(text, claim.evidence.start, claim.evidence.end):
        return False
    placed = [
        c
        for c in claims
        if c.place.precision not in ("country", "unknown") and _top(c.target.category) == _top(claim.target.category)
    ]
    return bool(placed) and all(claim.time.latest <= c.time.earliest for c in placed)


def _counted(text: str, claim: Claim) -> bool:
    """Whether a claim's clause counts attacks ("55 обстрілів", "атаковал 53 раза", "70 strikes"), not a comparison
    ("у два рази більше ударів")."""
    if claim.evidence is None:
        return False
    return _counts_many(text, claim.evidence.start, claim.evidence.end)


def _region_tally(text: str, claim: Claim, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a claim is a region's own count of attacks on no site named ("За добу росіяни здійснили 55 обстрілів
    Чернігівщини", "атаковал Брянщину 53 раза", "70 strikes across the Sumy region"): the day's tally of the whole
    region says more than the few towns told beside it, and stays a claim of its own; not "In the Rostov region, two
    drone strikes disrupted high-voltage lines", a site struck in it, nor a count of a country's attacks "в том числе"
    on two regions ("совершили восемь атак на энергообъекты, ударам подверглись ЛНР и Запорожская область")."""
    if claim.evidence is None or claim.place.precision != "admin1" or _strength(claim) == 2:
        return False
    if not _counted(text, claim):
        return False
    at = claim.evidence.start
    s, e = _span_at(spans, at, (at, claim.evidence.end))
    return sum(m.level == "admin1" for m in _places.find_places(text, s, e)) <= 1


def _region_listed(claim: Claim, fine: Claim, claims: Sequence[Claim], spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a region's claim on no site named is claimed in the same sentence as another region, by the same side
    ("Zhytomyr, Dnipro, Odesa, Donetsk, Sumy, and Cherkasy regions were affected", "влучання ... у Донецькій,
    Дніпропетровській і Сумській областях"; no attack word is looked for: the other region's claim is the sentence's
    own), and so stays a claim of its own beside ``fine``, a town of it told in another sentence ("У Конотопі
    пошкоджено будинки"); not a region named alone ("атакували Сумщину. У Конотопі ..."), nor beside its own centre
    (:func:`is_centre`: "Belgorod governor ... said" beside "the Kursk and Belgorod regions": Belgorod's claim; "In
    Lutsk" beside "the Volyn and Rivne regions") or a claim on the whole region that names a site."""
    if (
        claim.evidence is None
        or claim.place.precision != "admin1"
        or claim.target.category != "unknown"
        or fine.place.precision == "admin1"
        or is_centre(fine.place.name or "", claim.place.admin1 or claim.place.name or "")
    ):
        return False
    s, e = _span_at(spans, claim.evidence.start, (claim.evidence.start, claim.evidence.end))
    return any(
        other is not claim
        and other.evidence is not None
        and s <= other.evidence.start < e
        and other.place.precision == "admin1"
        and other.place.admin1 != claim.place.admin1
        and other.perpetrator == claim.perpetrator
        for other in claims
    )


_TIMES_MORE = re.compile(r"\b[ув]\s$", re.I)  # "у два рази більше ударів", "в три раза больше": a comparison


_STRONG_END = re.compile(r"[.:;!?]")  # not a comma: "мораторий не соблюдал: попытки ударов": a clause of its own
_CAUSED_BY = re.compile(
    rf"\b(?:{_CAUSE_WORDS}|из-за|через|due\s+to|because\s+of)\b", re.I
)  # "постачання призупинено після атаки", "supplies were halted after a drone strike": what the attack stopped
_CAUSED_JUST_BEFORE = re.compile(rf"{_CAUSED_BY.pattern}\s+(?:[\w'’ʼ-]+\s+)?$", re.I)
# "Через атаку на підстанцію ... буде припинено", "после ночного удара ... будет приостановлена": the attack halted a
# supply, it is not the strikes that are to halt


_WEAPON_CLASSES = frozenset(
    {"drone", "missile", "artillery", "aviation", "mlrs", "mortar", "ballistic_missile", "cruise_missile",
     "precision_weapon", "fpv_drone", "shahed", "glide_bomb"}
)  # fmt: skip
# (kinds of drone and bomb count as classes: "FPV-дроны и РСЗО «Град»" is a strike of two means; a named system that
# another word describes, "ракетами HIMARS", is not)


_CLAUSE_VERB = (
    r"was|were|is|are|has|had|came|suffered|sustained|caught|зазна\w*|подверг\w*|оказал\w*|опинил\w*|опинив\w*|"
    r"потрапи\w*|попал\w*|получил\w*|отримал\w*|отримав\w*|загор\w*|[\w'’ʼ-]+(?:ся|сь|ав|ив|яв)"
)  # a verb right after a comma: the clause of a plant's product has closed ("що виробляє добрива, зазнав ...")
_LIST_COMMA = (
    r"(?:,(?!\s+(?:" + _CLAUSE_VERB + r")\b))?"
)  # a comma of a list of products, not one that closes the clause
_MAKES = re.compile(
    r"\b(?:produc(?:es?|ing|tion\s+of)|manufactur(?:es?|ing)|assembl(?:es|ing|y\s+of)|"
    r"производ(?:ит|ят|ящ\w*|ств[оауе]\b)|выпуска(?:ет|ют|ющ\w*)|по\s+выпуску|сборк[аиеу]|"
    r"виробля(?:є|ють|в|ли|юч\w*)|виробництв[оауі]\b|випуска(?:є|ють|юч\w*)|з\s+випуску|складанн\w*|збиранн\w*)"
    + _LIST_COMMA
    + r"(?:\s+(?!(?:by|was|were|is|are|been|hit|struck|attacked|with|using|був|була|було|були|был|была|было|были|"
    r"атакова\w*|атакува\w*|удари\w*|вдари\w*|поражен\w*|уражен\w*|атак\w*|удар(?!н)\w*|обстр[еі]л\w*|"
    r"(?:attack|strike)s?\b(?!\s+(?:drones?|UAVs?|missiles?)))\b)[\w'’ʼ«»\"-]+" + _LIST_COMMA + r"){0,12}\s+[«\"“]?$",
    re.I,
)  # a verb or noun of making, then up to twelve words of what is made (a list: "компоненты ракетного оружия, ...,
# ракетное топливо и ударные дроны"), right before a weapon word: it is the product ("which produces microelectronics
# for missile systems", "цеха сборки ударных дронов"), not what struck ("Iranian-made Shaheds" is no verb of making;
# "a plant that makes fertiliser was hit by missiles": the chain of the product stops at a verb or noun of the attack,
# "що виробляє добрива, зазнав атаки дронів", and at the comma that closes the clause before a verb, "производящий
# топливо, подвергся ..."; no bare "making", "making it the third drone attack", nor the noun "выпуск", "в выпуске
# новостей")


_PLANES_HIT = re.compile(
    r"\b(?:уразив\w*|уразил\w*|уражен\w*|знищ\w*|уничтож\w*|поражен\w*|поразив\w*|поразил\w*|пошкодж\w*|"
    r"поврежд\w*|hit(?:ting)?|destroy\w*|damag\w*|struck)\s+"
    r"(?:(?!(?:by|with|using|from|помощью|допомогою)\b)[\w'’ʼ-]+\s+){0,4}$",
    re.I,
)  # a verb of hitting, then up to four words ("понад 40", "десятки стратегічних", "several"), right before a plane:
# the plane is what was hit; not across "by", "with", "using", "from", "за допомогою" ("was hit by Russian aircraft",
# "hit the depot with aircraft and drones": the planes struck; English has no instrumental ending for _INSTRUMENTAL)


_HELD_WORD = (
    r"[\w'’ʼ./-]*\d[\w'’ʼ./-]*|more|than|over|about|up|to|some|several|dozens|hundreds|of|its|their|all|type|"
    r"понад|більше|близько|майже|до|десятки|сотні|свої|усі|всі|более|свыше|около|почти|сотни|свои|все|тип[уа]|"
    r"ракет\w*|missiles?|rockets?|drones?|UAVs?|дрон\w*|БпЛА|БПЛА|Shahed\w*|Шахед\w*|"
    r"\w+(?:al|ic|ed|ian|ive|ary)|[\w-]*range|cruise|attack|combat|kamikaze|"
    r"[а-яёіїєґ'’ʼ-]+(?:[иіыо]й|ая|яя|[оеє]е|[ыи]е|[иыі]х|ую|юю|[ое]го|ої|ні|ті|чі|кі)"
)  # the words between a verb of keeping or losing and its weapon: a number, a quantity, an adjective, the weapon's
# own words ("96 крилатих", "ракети типу", "several Shahed"); no noun, preposition nor conjunction, so never across
# "after" ("lost power after Russian missiles", "потеряли электроснабжение после ракетного удара")
_HELD = re.compile(
    r"(?:\b(?:зберіга\w*|зберігал\w*|хранил\w*|хранящ\w*|хранени\w*|stored|storing|втратив|втратила|втратили|"
    r"потерял\w*|lost)|\b(?:що|які|который|которые|that|which)\s+(?:запуска\w*|launch(?:es|ed)?))"
    r"(?:\s+(?:" + _HELD_WORD + r")){0,3}\s+$",
    re.I,
)  # weapons kept, lost or fired by the site (missiles, drones, any): the verb and up to three words right before the
# weapon, each a number, a quantity, an adjective or the weapon's own word ("втратив 96 крилатих ракет", "зберігались
# ракети типу Х-101"), never across "after" ("Odesa lost power after a missile strike"), nor a noun ("lost power in")
_BASE_OF = re.compile(
    r"\b(?:аеродром|аэродром|авіабаз|авиабаз|airfield|air\s*base)\w*\s+(?:[\w'’ʼ-]+\s+)?$", re.I
)  # "аеродром стратегічної авіації", "аэродром дальней авиации": the base's kind, not the means


_LINK = re.compile(r"[\s«»\"“”'/,-]*|\s+(?:до|для|of|for)\s+\w+\s+")
_INSTRUMENTAL = re.compile(r"(?:ами|ями|ом|ем|ой|ою|ею|ым|им)$", re.I)
_SURE_WEAPONS = frozenset(
    {"drone", "shahed", "fpv_drone", "naval_drone", "glide_bomb", "ballistic_missile", "cruise_missile", "iskander",
     "kalibr", "kinzhal", "kh-101", "atacms", "storm_shadow", "neptune", "himars", "mlrs"}
)  # fmt: skip


def _striking(
    text: str, weapons: Sequence[tuple[int, int, _lexicon.Entry]], targets: Sequence[tuple[int, int, _lexicon.Entry]]
) -> list[tuple[int, int, _lexicon.Entry]]:
    """The weapons that struck: not a target themselves ("уничтожил гаубицу"), nor a word of the target's phrase
    right after it ("склад ракет до комплексів С-300", "самоходную артиллерийскую установку"), unless in the
    instrumental case ("уничтожил танк дроном")."""
    out = []
    hit = list(targets)
    for w in weapons:
        if _SCOUTING.search(text, max(0, w[0] - 24), w[0]):
            continue  # "розвідувальний БПЛА" spotted the fire: it did not strike
        if (
            w[2].value == "aviation"
            and not _INSTRUMENTAL.search(text, w[0], w[1])
            and _PLANES_HIT.search(text, max(0, w[0] - 80), w[0])
        ):
            continue  # "уразивши десятки стратегічних літаків", "damaged several aircraft": the planes were hit
        if not _INSTRUMENTAL.search(text, w[0], w[1]) and (
            _HELD.search(text, max(0, w[0] - 80), w[0])
            or (w[2].value == "aviation" and _BASE_OF.search(text, max(0, w[0] - 50), w[0]))
        ):
            continue  # "там зберігались ракети Х-101", "втратив 96 крилатих ракет", "Ту-22М3, що запускають ракети",
            # "аеродром стратегічної авіації": missiles kept, lost or fired by the site hit, or the kind of a base
        if not _INSTRUMENTAL.search(text, w[0], w[1]) and _MAKES.search(text, max(0, w[0] - 160), w[0]):
            continue  # "a plant which produces ... Iskander missiles", "цеха сборки ударных дронов": what a plant makes
        if _ANTI_AIRCRAFT.search(text, max(0, w[0] - 40), w[0]) and _DEFENDERS_AFTER.match(text, w[0]):
            continue  # "anti-aircraft missile units", "зенітні ракетні війська": air defence, which struck nothing
        if any(t[0] < w[1] and w[0] < t[1] for t in targets) or (
            not _INSTRUMENTAL.search(text, w[0], w[1])
            and any(t[1] <= w[0] and _LINK.fullmatch(text, t[1], w[0]) for t in hit)
        ):
            hit.append(w)  # "склад ракет до комплексів С-300/С-400": the next one is of the target's phrase too
            continue
        out.append(w)
    return out


_DEFENCE_INDUSTRY = _lexicon.Entry(re.compile("$^"), "military.industry")


_NEAR = re.compile(rf"{_NEAR_WORD}\s+(?:(?:the|an?)\s+)?(?:[\w'’ʼ-]+\s+)?$", re.I)
# a locating phrase right before a target word: "в районе железнодорожной станции", "рядом с детской площадкой"


_WIDER_SCOPE = re.compile(
    r"\bпо\s+(?:всей|всій)\s+(?:стран|країн)|\bacross\s+the\s+country|населённ\w*\s+пункт|населенн\w*\s+пункт|"
    r"населен\w*\s+пункт|\bsettlements\b|\bсосед\w*\s+(?:регион|област)|сусідн\w*\s+(?:регіон|област)|\bregions\b",
    re.I,
)  # a sentence that speaks of more than the scene: a tally of places, the whole country, a neighbouring region


def _off_scene(text: str, s: int, e: int, scene: Claim, published: datetime, zone: str) -> bool:
    """Whether the sentence ``text[s:e]``, with no claim of its own after the sentence of the claim ``scene``, speaks
    of more than that scene's attack: a tally (``_TALLY``), a campaign (``_SINCE_START``), a wider scope
    (``_WIDER_SCOPE``), or a time of its own (``_time.find_time``, from the report's ``published`` and ``zone``) that
    lies outside the scene's ("killed on August 20"; a day that ends as the scene begins, "17 марта" before "18 марта",
    is outside: the intervals meet only at their bounds)."""
    if _TALLY.search(text, s, e) or _SINCE_START.search(text, s, e) or _WIDER_SCOPE.search(text, s, e):
        return True
    found = _time.find_time(text, s, e, published, zone)
    return found is not None and (
        found.interval.latest <= scene.time.earliest or found.interval.earliest > scene.time.latest
    )


_ELSEWHERE = re.compile(
    r"\b(?:elsewhere|separately|meanwhile|in\s+another)\b|"
    r"(?<![\w'’ʼ-])(?:окремо|отдельно|тем\s+временем|тим\s+часом|(?:в|во|у)\s+(?:другом|другой|іншому|іншій)\b)",
    re.I,
)  # a sentence that turns to another scene: "Separately, ...", "Elsewhere, ...", "Окремо ...", "В другом районе ..."
_BORDERLAND = re.compile(
    r"(?<![\w'’ʼ-])(?:приграни|прикордон)\w*|\b(?:border\s+(?:areas?|villages?|communit)|near\s+the\s+border)",
    re.I,
)  # the borderland, another scene than a town: "в приграничье", "прикордонні громади", "a village near the border"


_CONTRAST = re.compile(
    r"(?:^|[,;—–]\s*)(?:а(?!\s+(?:также|також|и|й|і)\b)|но|але|проте|однак|(?:однако|however),?|тогда\s+как|"
    r"тоді\s+як|в\s+то\s+время\s+как|whereas|while|but)\s",
    re.I,
)  # a conjunction that sets the clause after it against the one before: ", а в Тарасовском ..." (not "а также", which
# adds an item)


_SITE_AT = re.compile(
    rf"\s+(?:{_lexicon.RATING})?"
    r"(?:(?:[\w'’ʼ-]+\s+)?(?:at|of|on\s+the\s+(?:territory|premises|grounds)\s+of|на\s+территории|на\s+території|на|при)\s+"
    r"(?:the\s+)?(?:[\w'’ʼ«»\"-]+\s+){0,2}?)?",
    re.I,
)  # what lies between a site word and the plant it lies at: "at the Kristal", "на территории", nothing (a genitive),
# or a rating ("лінії 10 кВ підприємства «Россети»": the line's owner)


_IN_PORT = re.compile(
    r"(?:\b(?:in|inside|within)\s+(?:(?!(?:on|of|at|to|by|against|hit|struck|\w+ing|\w+ed|attacks?|strikes?)\s)"
    r"[\w'’ʼ-]+\s+){0,4}?|(?P<ru>(?<![\w'’ʼ-])(?:в|у|на\s+территории|на\s+території)\s+(?:[\w'’ʼ-]+\s+){0,2}?))$",
    re.I,
)  # a port said as where ("In the port of Tuapse, ... fell on a tanker", "в Одесском порту ... повредила судно",
# "energy infrastructure in Ukraine's Odesa port"), not as what was hit ("a strike on the port", "удар по порту",
# "drones in Odesa damaged the port")
_PORT_LOCATIVE = re.compile(r"(?i:порт[уі])(?![\w'’ʼ-])")
_TOWARD_PORT = re.compile(
    r"\b(?:движени[яеи]|двига\w*|рух(?:у|ом|ал[оаи]?|ав(?:ся)?|ається|аються)|направля\w*|направил\w*|"
    r"следова\w*|следу\w*|шл[оаи]|йшл[оаи]|прямува\w*|прямує|на\s+(?:шляху|пути)|heading|headed|bound|sailing|sailed|"
    r"en\s+route|on\s+(?:its|their|the)\s+way)"
    r"\s+(?:[\w'’ʼ-]+\s+){0,2}?(?:к|в|у|до|to|for|towards?|into)\s+(?:(?:the|a)\s+)?(?:[\w'’ʼ-]+\s+)?$",
    re.I,
)  # a vessel's way to a port right before the port word: "во время движения к порту", "рухалось до порту", "bound for",
# "на шляху до порту", "en route to the port"


def _told_hit(text: str, spans: Sequence[tuple[int, int]], at: int) -> bool:
    """Whether the sentence of a place mention says something was hit or damaged there (an attack word, damage or a
    site, with no negation), not only that someone there spoke ("Officials in Krasnodar said ...", "Губернатор в
    Краснодаре заявил о попытке атаки"), nor a consequence ("из-за атаки отменили рейсы"), nor explosions heard, nor
    a ship's name ("a ship named Bryansk")."""
    s, e = _span_at(spans, at, (at, at))
    if _NOT_SAID.search(text, s, e):
        return False  # "No damage was reported in Novominskaya"
    if _NAMED_BEFORE.search(text[max(s, at - 20) : at]):
        return False  # "A ship named Bryansk": a namesake, not the town
    heard = _HEARD.search(text, s, e) is not None
    spoke = _SPOKE.search(text, s, e) is not None
    words = [(m.start(), m.end(), True) for m in _lexicon.TRIGGERS.finditer(text, s, e)]
    words += [(m.start(), m.end(), False) for m in _lexicon.DAMAGE.finditer(text, s, e)]
    words += [(a, b, True) for a, b, _ in _lexicon.find_targets(text, s, e)]
    for a, b, strong in words:
        if not strong and spoke:
            continue  # damage said by a speaker of the town
        if heard and _BLAST.fullmatch(text, a, b):
            continue  # "У Новоросійську пролунали вибухи": a sound
        if _ONLY_TOLD.search(text[max(s, a - 30) : a]):
            continue  # "заявил о попытке атаки", "из-за атаки", "because of the attack"
        return True
    return False


_NAMED_BEFORE = re.compile(
    r"(?:\bnamed|\bcalled|под\s+названием|під\s+назвою|на\s+ім['’ʼ]я|имени|імені)\s+(?:the\s+)?[«\"“]?$"
    r"|(?:судн\w*|корабл\w*|танкер\w*|ship|vessel|tanker)\s+[«\"“]$",
    re.I,
)  # a name given to a ship ("a ship named Bryansk", "судно «Брянск»"), not a site's own name (НПС "Кропоткинская")
_SPOKE = re.compile(
    r"(?<![\w'’ʼ-])(?:заяви\w*|сообщи\w*|повідоми\w*|сказа\w*|said|says|told|stated|announced)(?![\w'’ʼ-])", re.I
)  # a speech verb in the sentence
_ONLY_TOLD = re.compile(
    r"(?:(?<![\w'’ʼ-])(?:заяви\w*|сообщи\w*|повідоми\w*|сказа\w*|said|spoke|warned|told)\s+(?:о|об|про|of|about|on)"
    r"(?:\s+[\w'’ʼ-]+)?|(?<![\w'’ʼ-])(?:из-за|через|вследствие|внаслідок|because\s+of|due\s+to|following)"
    r"(?:\s+[\w'’ʼ-]+)?)\s+$",
    re.I,
)  # an attack word only spoken of ("заявил о попытке атаки") or a cause ("из-за атаки", "because of the attack")


def _at_the_one_site(
    claims: list[Claim], places: list[tuple[int, Place]], told_hit: Callable[[int], bool]
) -> list[Claim]:
    """A region's claim on a site of one kind (a depot, a vessel, a plant; not a grid, nor of no kind) moves to the
    one town or site of that region the report tells something hit at (all within 25 km), when no claim is there
    already: "Ukrainian drones targeted an oil depot in the Krasnodar region ... In the village of Novominskaya
    fragments fell on a tank"; not a town where someone only spoke, nor two towns of the region, nor one with a site
    of its own (a substation in Izmail beside port facilities in the Odesa region may be another attack; a depot
    there is the relay's claim, which the region's gives way to in ``_consolidate``). ``places`` are the report's
    places by where they are first named; ``told_hit`` reads whether the sentence there tells something hit, asked only
    of a town or site in the region of such a claim (the dearest test, last)."""
    out = []
    for claim in claims:
        kind = claim.target.category
        if (
            claim.place.precision == "admin1"
            and claim.place.admin1
            and "." in kind
            and not kind.startswith(("energy.electricity", "energy.heat"))
        ):
            fine = [
                p
                for at, p in places
                if p.precision in ("settlement", "facility") and p.admin1 == claim.place.admin1 and told_hit(at)
            ]
            if (
                fine
                and all(_km(fine[0], p) <= 25.0 for p in fine)
                and not any(_a_site(c) and _km(c.place, fine[0]) <= 25.0 for c in claims)
            ):
                claim = claim.model_copy(update={"place": fine[0]})
        out.append(claim)
    return out


def _a_site(claim: Claim) -> bool:
    """Whether a claim names a site of its own (not one of no kind, nor a plant of no name that may be the region's
    site: "обломки упали на территорию предприятия")."""
    return claim.target.category not in ("unknown", "civilian.industry")


def _names_a_district(text: str, target: tuple[int, int, _lexicon.Entry]) -> bool:
    """Whether a target word is the capitalised adjective of a district's name ("Корабельний район", "Заводском
    районе", "the Industrial district"): where it happened, not a ship or a plant hit (not "НПЗ района", "нафтобазу
    Заводського району")."""
    m = _DISTRICT_NAMED.match(text, target[0])
    return m is not None and m.end("w") >= target[1]


def _not_landmarks(
    text: str, s: int, targets: list[tuple[int, int, _lexicon.Entry]]
) -> list[tuple[int, int, _lexicon.Entry]]:
    """The targets but those that only locate what happened ("обломки упали в районе железнодорожной станции",
    "ракета попала в жилой массив рядом с детской площадкой"), when the sentence names another target: a landmark
    says where, the other word what was hit. Alone, the landmark is the site ("explosions near the refinery")."""
    near = [t for t in targets if _NEAR.search(text, max(s, t[0] - 40), t[0])]
    # a port in the locative beside a target of another kind: where the vessel or the site was hit
    near += [
        t
        for t in targets
        if t[2].value == "civilian.port"
        and (m := _IN_PORT.search(text, max(s, t[0] - 60), t[0])) is not None
        # in Russian and Ukrainian the port word itself in the locative ("в Одесском порту", "у порті"), not "В Одессе
        # повреждены порт"
        and (m.group("ru") is None or _PORT_LOCATIVE.search(text, t[0], min(len(text), t[1] + 3)) is not None)
        and any(o[2].value != "civilian.port" for o in targets)
    ]
    # a port a vessel was sailing to, beside the vessel hit: where it was going, not what was hit ("во время движения к
    # порту «Черноморск» дрон попал в гражданское судно", "судно ... рухалось до порту Чорноморськ", "a ship bound
    # for the port")
    near += [
        t
        for t in targets
        if t[2].value == "civilian.port"
        and _TOWARD_PORT.search(text, max(s, t[0] - 60), t[0])
        and any(o[2].value.startswith("maritime.vessel") for o in targets)
    ]
    # a plant right after an energy or military site, or linked to it by "at", "на территории": where the site lies
    # ("the oil depot at the Kristal plant", "нефтебаза завода", "нафтобаза на території заводу")
    near += [
        t
        for t in targets
        if t[2].value == "civilian.industry"
        and any(
            _top(o[2].value) in ("energy", "military") and o[1] <= t[0] and _SITE_AT.fullmatch(text, o[1], t[0])
            for o in targets
        )
    ]
    if not near or all(t in near for t in targets):
        return targets
    return [t for t in targets if t not in near]


def _army_car(text: str, target: tuple[int, int, _lexicon.Entry], end: int, *, armour: bool) -> bool:
    """Whether a car (``civilian.transport``) counted in a tally is an army's: said to be ("три автомобиля противника",
    "enemy cars"), or counted with the army's arms (``armour``: "уничтожены два бронетранспортера, ... три автомобиля")
    and not said to be civilian ("civilian vehicles", "гражданских автомобилей")."""
    if target[2].value != "civilian.transport":
        return False
    if _lexicon.ARMY_OWNED_AFTER.match(text, target[1], end) or _lexicon.ARMY_OWNED_BEFORE.search(
        text, max(0, target[0] - 20), target[0]
    ):
        return True
    before = _TWO_WORDS_BEFORE.search(text, max(0, target[0] - 40), target[0])
    return armour and _CIVILIAN_CAR.search(text, before.start() if before else target[0], target[1]) is None


_CIVILIAN_CAR = re.compile(r"\b(?:civilian|private|легков|цивільн|гражданск|мирн|приватн|частн)", re.I)
# (a car said to be a civilian's, in its phrase or up to two words before it: "civilian vehicles", "private cars",
# "легковых автомобиля", "цивільних автомобілів")
_TWO_WORDS_BEFORE = re.compile(r"(?:[\w'’ʼ-]+\s+){1,2}$")


def _defence_plants(text: str, targets: list[tuple[int, int, _lexicon.Entry]]) -> list[tuple[int, int, _lexicon.Entry]]:
    """A plant whose own phrase says it belongs to the defence industry ("предприятия военно-промышленного
    комплекса", "підприємство ВПК", "предприятие ракетно-космической промышленности") is ``military.industry``."""
    out = []
    for t in targets:
        if t[2].value == "civilian.industry" and _lexicon.DEFENCE_INDUSTRY_AFTER.match(text, t[1], t[1] + 60):
            t = (t[0], t[1], _DEFENCE_INDUSTRY)
        out.append(t)
    return out


_TRUCE_NOUN = _lexicon.TRUCE_NOUN
_COMPLIANCE = re.compile(
    # past or present ("Россия соблюдает условия соглашения", "Moscow abides by it strictly", "despite Moscow's
    # compliance with the moratorium"), not an order or a plan ("ordered the military to comply with")
    rf"(?<!\bto\s)(?:{_lexicon.KEEPING}|(?:выполня|виконув|виконує|виконують)\w*|compliance\s+with|adherence\s+to)\s+"
    rf"(?:[\w'’ʼ()-]+\s+){{0,3}}?(?:{_TRUCE_NOUN}|it\b)",
    re.I,
)
_KEPT_BY = re.compile(
    rf"(?:{_TRUCE_NOUN})\w*,?\s+(?:which|that|который|которого|которому|которой|якого|якому|якої|якій)\s+"
    r"(?P<side>(?:[\w'’ʼ-]+\s+){1,2}?)"
    r"(?P<neg>(?:не|ни\s+разу\s+не|жодного\s+разу\s+не|not|never|(?:has|have|had|did|does)(?:\s+not|n't|n’t))\s+)?"
    rf"(?:{_lexicon.KEEPING})",
    re.I,
)  # the truce first, then the side that kept it ("the moratorium, which Russia upheld", "мораторий, который Россия
# соблюдала", "мораторій, якого Україна дотримується") or did not (``neg``: "который Россия не соблюдала", "which
# Russia never upheld": no compliance read)
_MORATORIUM = re.compile(r"моратори|мораторі|moratorium|режим\w*\s+(?:прекращени|припиненн)", re.I)
_ENERGY_TRUCE = re.compile(r"энерг|енерг|energy", re.I)
_NOT_BEFORE = re.compile(r"(?:\b(?:не|not)|n't)\s+$", re.I)  # "n't" has no word boundary before it ("didn't")
_NOT_SO_OF = re.compile(
    r"(?:чего|чого)\s+(?:нельзя|не\s+можна|не)\s+(?:сказать|скажешь|сказати)\s+(?:об?|про)\s+|"
    r"\b(?:which|that)\s+(?:cannot|can\s*not|can't|could\s+not)\s+be\s+said\s+(?:about|of)\s+|"
    r"\b(?:unlike|в\s+отличие\s+от|на\s+відміну\s+від)\s+",
    re.I,
)  # "..., чего нельзя сказать об Украине", "which cannot be said about the Ukrainian side", "unlike Kiev": the other
# side did not comply
_RUS_NAME = re.compile(r"\b(?:Росси|Российск|Москв|Кремл|Росі|Російськ|Kremlin|Russia|Moscow)", re.I)
_UKR_NAME = re.compile(r"\b(?:Украин|Киев|Україн|Київ|украинск|українськ|Ukrain|Kyiv|Kiev|(?-i:ВСУ|ЗСУ))", re.I)


def _side_named(text: str, start: int, end: int, *, last: bool = False) -> str | None:
    """The one side of this war a short span names ("Россия", "киевский режим", "украинской стороне"); with
    ``last``, the side named last in the span: the subject nearest a verb ("claiming that Russia had complied with it
    and accusing Ukraine of violating": Ukraine)."""
    if last:
        named = None
        for m in _SIDE.finditer(text, start, end):
            named = m
        if named is None:
            return None
        start, end = named.start(), named.end()
    rus = _RUS_NAME.search(text, start, end) is not None
    ukr = _UKR_NAME.search(text, start, end) is not None
    return None if rus == ukr else ("RUS" if rus else "UKR")


_VIOLATION = re.compile(
    # "accusing Ukraine of violating the agreement", "Moscow has violated the ceasefire", "was breaking the energy
    # truce", "Киев нарушил договоренность", "Росія порушила обіцянку", "never violated the commitment"
    r"(?<!\bto\s)\b(?:violat(?:e|es|ed|ing)|breach(?:es|ed|ing)?|break(?:s|ing)?|broke|flout(?:s|ed|ing)?|"
    r"наруш(?:ил|ила|или|ал|ала|али|ает|ают|ать|ив)|поруш(?:ив|ила|или|ує|ують|ував|увала|ували|увати|уючи))\s+"
    rf"(?:[\w'’ʼ«»\"“”-]+\s+){{0,3}}?(?:{_TRUCE_NOUN})"
    # "despite Kiev's numerous violations" (of the moratorium the sentence names)
    r"|\b(?:Kyiv|Kiev|Moscow|Russia|Ukraine)(?:'|’)s\s+(?:\w+\s+)?violations\b",
    re.I,
)
_NEVER_BEFORE = re.compile(
    r"(?:\b(?:не(?!\s+раз\b)|ни\s+разу\s+не|жодного\s+разу\s+не|not|never)|n't)\s+(?:\w+\s+)?$", re.I
)  # "не раз" is "more than once", no denial
_COULD_HAVE = re.compile(r"\b(?:могл[аио]?|мог|міг)\s+(?:\w+\s+)?$", re.I)
_MODAL_JUST_BEFORE = re.compile(
    rf"\b(?:would|could|may|might|will|{_lexicon.SLAV_MODAL_WORDS})\s+(?:not\s+)?(?:\w+\s+){{0,2}}$", re.I
)
_REASON_BETWEEN = re.compile(
    r"\b(?:after|because|as|since|після|после|потому|бо|так\s+как|оскільки|поскольку)\b|,\s*(?:and|but|і|и|а|но|але)\b",
    re.I,
)


def _conditional_violation(text: str, start: int, end: int) -> bool:
    """Whether a truce violation at ``end`` is only conditional or planned: a modal right before the verb ("Russia
    could break it"), or a conditional or plan word with no "after/because/since" or conjunction between it and the
    verb ("would respond if Kyiv violated the truce"), not "will respond after Kyiv violated the truce"."""
    for h in _lexicon.HYPOTHETICAL.finditer(text, start, end):
        if h.group().lower() in ("would", "could", "will", "may", "might") or _lexicon.SLAV_MODAL.fullmatch(h.group()):
            if _MODAL_JUST_BEFORE.search(text, h.start(), end):
                return True
        elif not _REASON_BETWEEN.search(text, h.end(), end) and not (
            _is_plan(h) and _CLAUSE_BREAK.search(text, h.end(), end)
        ):
            return True
    if _lexicon.THREAT_OF.search(text, max(start, end - 40), end):
        return True
    return any(
        not _NOT_ANY.search(text, max(start, a.start() - 30), a.start())
        for a in _ANY.finditer(text, max(start, end - 25), end)
    )


_MUTUAL = re.compile(r"\beach\s+other\b|\bone\s+another\b|друг\s+друга|один\s+одного|взаимн|взаємн", re.I)
_SAID_FALSE = re.compile(r"\b(?:was|were|is|are)\s+(?:false|untrue|a\s+lie)\b", re.I)
_SIDE = re.compile(f"{_RUS_NAME.pattern}|{_UKR_NAME.pattern}", re.I)


def _compliance(
    report: Report, text: str, s: int, e: int, claimant: str, zone: str, told: Sequence[Claim] = ()
) -> list[Claim]:
    """The claims of a sentence on a side's compliance with the moratorium: "X придерживался моратория" is X's
    denial of strikes on the other's energy (when X speaks), "X не придерживался" and "..., чего нельзя сказать об
    Y" accuse X or Y of strikes on the speaker's own energy; "X violated the truce" accuses X, "X never violated it"
    is X's denial, unless the sentence tells the attack that broke it (``told``: "нарушил мораторий, атаковав
    нефтебазу"). Country places; the time of the sentence, else the default."""
    m = _COMPLIANCE.search(text, s, e) or _KEPT_BY.search(text, s, e)
    broke = m is None
    if broke:
        m = _VIOLATION.search(text, s, e)
    if m is None:
        return []
    if not _MORATORIUM.search(text, m.start(), m.end()) and not _ENERGY_TRUCE.search(text):
        return []  # a truce, a deal or "it" in a report that never speaks of energy: not the energy moratorium
    found = _time.find_time(text, s, e, report.published_at, zone)
    interval = found.interval if found else _time.default_time(report.published_at, zone)
    ev_start, ev_end = _segment.trim(text, s, e)
    readings: list[tuple[str, bool]] = []  # (the side that struck or not, whether it is denied)
    if broke:
        subject = _side_named(text, max(s, m.start() - 60), m.end(), last=True)
        if _conditional_violation(text, max(s, m.start() - 40), m.start()) or _COULD_HAVE.search(
            text, max(s, m.start() - 20), m.start()
        ):
            subject = None  # "would respond if Kyiv violated the truce", "Russia could break it", "может нарушить",
            # "мог нарушить"
        if subject is not None and not _MUTUAL.search(text, s, e):  # "accuse each other of breaching": background
            # "never violated", "the statement accusing Kyiv of breaking the ceasefire was false": denied
            denied = _NEVER_BEFORE.search(text, max(s, m.start() - 24), m.start()) is not None
            denied = denied or _actors.denies(text, s, e) or _SAID_FALSE.search(text, s, e) is not None
            if subject == claimant and not denied:
                claimant = _actors.opponent(subject) or claimant  # a side is accused of breaking it, by the other
            if denied or all(c.perpetrator != subject for c in told):
                readings.append((subject, denied))
    else:
        subject = (
            _side_named(text, m.start("side"), m.end("side"))
            if m.re is _KEPT_BY
            else _side_named(text, max(s, m.start() - 60), m.start())
        )
        if m.re is _KEPT_BY and m.group("neg") is not None:
            pass  # "мораторий, который Россия не соблюдала", "which Russia never upheld": no compliance, no reading
        elif subject is not None:
            readings.append((subject, _NOT_BEFORE.search(text, max(s, m.start() - 6), m.start()) is None))
        other = _NOT_SO_OF.search(text, m.end(), e)
        if other is not None and (whom := _side_named(text, other.end(), min(e, other.end() + 30))) is not None:
            readings.append((whom, False))
        # the other side's breach the same sentence tells after the compliance ("claiming that Russia had complied
        # with it and accusing Ukraine of violating the agreement") or before it ("Украина нарушает мораторий,
        # который Россия соблюдает"): an accusation of its own
        broken = _VIOLATION.search(text, m.end(), e)
        if broken is not None:
            lo = m.end()  # its subject is said between the compliance and the breach
        else:
            broken = next((v for v in _VIOLATION.finditer(text, s, m.end()) if v.start() < m.start()), None)
            lo = s
        if (
            broken is not None
            and not _MUTUAL.search(text, s, e)
            and not _conditional_violation(text, max(lo, broken.start() - 40), broken.start())
            and _NEVER_BEFORE.search(text, max(s, broken.start() - 24), broken.start()) is None
            and (
                whom := _side_named(text, lo, broken.end(), last=True)
                if lo == m.end()
                else _side_named(text, max(s, broken.start() - 60), broken.start(), last=True)
            )
            not in (None, subject)
            and (whom, False) not in readings
        ):
            readings.append((whom, False))
    out = []
    for striker, denied in readings:
        if denied and striker != claimant:
            continue  # a side vouches only for its own compliance
        country = _actors.opponent(striker)
        out.append(
            Claim(
                id=f"{report.id}/x",
                report_id=report.id,
                time=interval,
                place=Place(name=None, country=country, precision="country"),
                target=Target(category="energy", name=text[m.start() : m.end()]),
                act="strike",
                weapon=None,
                perpetrator=striker,
                claimant=claimant,
                stance=_actors.stance_of(striker, claimant, denied),
                evidence=Evidence(start=ev_start, end=ev_end),
            )
        )
    return out


def _lend_means(claims: list[Claim], i: int, other: Claim) -> None:
    """Give ``claims[i]``, which names no means, those of another mention of the same claim ("обстріляли об'єкти
    енергетики в Херсоні ... атакували з артилерії об'єкти енергетики у Херсоні")."""
    first = claims[i]
    if (
        first.weapon is None
        and first.act == "strike"
        and other.weapon is not None
        # (not a system that is as often what was hit: "уражено ... С-300ВМ")
        and (other.weapon in _WEAPON_CLASSES or other.weapon in _SURE_WEAPONS)
    ):
        claims[i] = first.model_copy(update={"act": other.act, "weapon": other.weapon})


def _lead_arms(lead: Sequence[tuple[int, int, _lexicon.Entry]]) -> list[tuple[int, int, _lexicon.Entry]]:
    """The weapons of a raid's lead that carry to a damage sentence after it: all of them when they are classes of
    more than one act ("беспилотников и артиллерии": a strike), else those that surely strike, when of one act."""
    if _mixed(lead):
        return list(lead)
    sure = [w for w in lead if w[2].value in _SURE_WEAPONS]
    return sure if len({_lexicon.ACT_OF_WEAPON.get(w[2].value, "strike") for w in sure}) == 1 else []


def _mixed(weapons: Sequence[tuple[int, int, _lexicon.Entry]], text: str = "") -> bool:
    """Whether the weapons named are of more than one kind of act ("авиацией, беспилотниками и артиллерией"). A named
    system says which act it was, and a class word that names it ("ракетами HIMARS") or that only says what it is
    ("высокоточным оружием ... Кинжалами") is its; a class of another act beside it is a means of its own
    ("ракети «Кинжал» та ударні безпілотники": a strike of two means), but not one that a system's munition was
    launched from, nor the munition launched from a system (in ``text``: "Kinzhal missiles launched from MiG-31K
    aircraft", "missiles fired from HIMARS launchers", "ракетами, выпущенными из HIMARS")."""
    systems = [w for w in weapons if w[2].value not in _WEAPON_CLASSES]
    if not systems:
        return len({_lexicon.ACT_OF_WEAPON.get(w[2].value, "strike") for w in weapons}) > 1
    # the system and the class words that name it: a class launched from (or launching) one of these is its carrier
    # (or its munition)
    own = systems + [w for w in weapons if w[2].value in _WEAPON_CLASSES and any(_names_system(w, x) for x in systems)]
    acts = {_lexicon.ACT_OF_WEAPON.get(w[2].value, "strike") for w in systems}
    for w in weapons:
        if w[2].value in _WEAPON_CLASSES and not any(
            _names_system(w, x) or (text and _launched_from(text, w, x)) for x in own
        ):
            acts.add(_lexicon.ACT_OF_WEAPON.get(w[2].value, "strike"))
    return len(acts - {"strike"}) > 1


_LAUNCHED_FROM = re.compile(
    r"[\s,]*(?:запущен\w*|випущен\w*|выпущен\w*|launched|fired)\s+(?:з|із|зі|зо|с|со|из|from)\s+"
    r"(?:the\s+)?(?:[\w'’ʼ-]+\s+){0,2}",
    re.I,
)  # between a munition and what it was launched from ("missiles launched from MiG-31K aircraft")


def _launched_from(text: str, a: tuple[int, int, _lexicon.Entry], b: tuple[int, int, _lexicon.Entry]) -> bool:
    """Whether one of two weapons was launched from the other, the carrier after the munition ("Kinzhal missiles
    launched from MiG-31K aircraft", "ракетами, выпущенными из HIMARS"): one means."""
    first, second = sorted((a, b))
    return first[1] <= second[0] and _LAUNCHED_FROM.fullmatch(text, first[1], second[0]) is not None


def _names_system(a: tuple[int, int, _lexicon.Entry], b: tuple[int, int, _lexicon.Entry]) -> bool:
    """Whether a class word stands right beside a named system, as its name ("ракетами HIMARS", "ракети «Кинжал»"):
    no more than a blank and quotes between them."""
    return max(a[0], b[0]) - min(a[1], b[1]) <= 3


def _named_sides(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The spans of the sides a sentence names, as actors or as the ones hit ("ВС РФ", "позиции ВСУ", "РЛС зс рф"):
    the country in such a name is not the country a target belongs to."""
    actors = _actors.find_actors(text, s, e, None)
    sides = actors + _actors.find_patients(text, s, e)
    # and a country that speaks ("В России заявили, что ... поразили"): not whose target it was
    # and a ministry of defence named with its country ("Согласно данным Минобороны РФ, удар был нанесен по ресторану"),
    # not the owner of a site right before it ("Поражены склады Минобороны Украины": whose the depots were)
    # and the country of another body a speaker is of ("Ukraine's domestic security agency, the SBU, said", "по словам
    # главы Центра ... при СНБО Украины"), with the same proviso
    # (a body's country only while the sentence names no attacker of the other side: "Ukraine's General Staff said
    # Russian drones hit an oil depot" is a depot in Ukraine)
    found = [
        m
        for m in itertools.chain(_COUNTRY_BODY.finditer(text, s, e), _COUNTRYS_BODY.finditer(text, s, e))
        if not _owns_site_before(text, s, m.start())
    ]
    attackers = {a.party for a in actors if _lexicon.TRIGGERS.search(text, a.end, e)} if found else set()
    bodies = [m for m in found if not attackers - {_body_country(m.group())}]
    speakers = [*_COUNTRY_SPEAKS.finditer(text, s, e), *bodies]
    return [(a.start, a.end) for a in sides] + [(m.start(), m.end()) for m in speakers]


def _owns_site_before(text: str, s: int, at: int) -> bool:
    """Whether a target's word ends right before ``at`` (a name in the genitive after it is its owner: "склады
    Минобороны Украины")."""
    found = _lexicon.find_targets(text, max(s, at - 60), at)
    return any(not text[t[1] : at].strip() for t in found)


def _top(category: str) -> str:
    return category.split(".")[0]


def _ancestor(a: str, b: str, *, narrow: bool = False) -> str:
    """The most specific category that covers both (a refinery and an oil depot: ``energy.oil``). With ``narrow``,
    where one is a kind of the other, the narrower: both words speak of one site ("energy infrastructure ... the
    substation", "подстанция ... электроснабжение"): ``energy.electricity.substation``."""
    if narrow and (b.startswith(a + ".") or a == "unknown"):
        return b
    if narrow and (a.startswith(b + ".") or b == "unknown"):
        return a
    common: list[str] = []
    for x, y in zip(a.split("."), b.split("."), strict=False):
        if x != y:
            break
        common.append(x)
    return ".".join(common) or a


def _common_target(
    best: tuple[int, int, _lexicon.Entry],
    targets: Sequence[tuple[int, int, _lexicon.Entry]],
    text: str | None = None,
    *,
    attack: bool = False,
    damage: bool = False,
    sentence_cuts: Sequence[tuple[int, int, _lexicon.Entry]] = (),
) -> tuple[int, int, _lexicon.Entry]:
    """The best target, widened to the category that covers every specific target of the same kind (energy, military,
    civilian, maritime) named with it: airfields, depots and troops at one place are ``military``; with ``attack`` (the
    sentence tells the attack), also the lesser things of its kind listed with it; with ``damage`` (it tells damage of
    its own, ``_told_damage``), those that are not a building of no kind said (a site's own, "пошкоджено будівлі та
    портову інфраструктуру")."""
    if best[2] is _lexicon.LINE_OFF and all(t[2].outcome for t in targets):
        # a line switched off with no site beside it ("после атаки отключена линия 10 кВ"): the line hit
        return best[0], best[1], _lexicon.Entry(best[2].pattern, "energy.electricity.line", True)
    if not best[2].specific:
        best = _cut_kind(best, targets, sentence_cuts)
        if best[2].value.startswith("civilian.") and not best[2].outcome:
            # people, cars and a shop at one place ("по центру міста ... загиблі ... машини"): the civilian place as a
            # whole, not the one kind of thing that happens to be named
            # (people hurt name no kind of place: "вбито дитину у храмі" stays the church)
            others = {
                t[2].value
                for t in targets
                if not t[2].specific
                and (t[2].value.startswith("civilian.") or t[2] is _lexicon.CITY_CENTRE)
                and not _lone_only(t[2])  # the zone or the fence the thing named stood in or by
            }
            if others - {best[2].value}:
                return best[0], best[1], _lexicon.Entry(best[2].pattern, "civilian", False)
        return best
    if best[2].value == "civilian.residential" and any(t[2] is _lexicon.CIVIL_SITES for t in targets):
        # homes are no infrastructure: "civilian infrastructure" beside them names more sites ("damaged civilian
        # infrastructure and windows in homes", "пошкоджені житлові будинки, постраждав об'єкт цивільної
        # інфраструктури"): the civilian place as a whole
        return best[0], best[1], _lexicon.Entry(best[2].pattern, "civilian", best[2].specific)
    kinds = {
        entry.value
        for _, _, entry in targets
        if entry.specific and not entry.outcome and _top(entry.value) == _top(best[2].value)
    }
    kinds.add(best[2].value)
    coordinated = _coordinated(text, targets) if text is not None else []
    if "energy.oil.pumping_station" in kinds and "energy.oil.pipeline" in kinds and text is not None:
        # the trunk line named with its pumping station is the line the station pumps ("a facility that pumps oil from
        # the Druzhba pipeline"): the station; not a line listed beside the station as another target ("the Druzhba oil
        # pipeline and a pumping station", "a pumping station and the Druzhba oil pipeline"): right after the station,
        # further after it as its own ("an oil pumping station ... – it was a station of the Transneft Druzhba oil
        # pipeline") or before it as stopped by its hit ("припинення роботи нафтопроводу «Дружба» внаслідок удару по
        # НПС «Унеча»"); not joined to it by "and", a comma alone or "також"/"also" (see `_line_of_station`)
        stations = [t for t in targets if t[2].value == "energy.oil.pumping_station"]
        if any(
            t[2].value == "energy.oil.pipeline" and any(_line_of_station(text, st, t) for st in stations)
            for t in targets
        ):
            kinds.discard("energy.oil.pipeline")
    # a word and a narrower one for the same site ("подстанция ... электроснабжение") count as the narrower; not two
    # sites of a list ("об'єкти генерації та системи передачі": power plants and the grid, `energy.electricity`)
    listed = {entry.value for _, _, entry in coordinated}
    # a wider word joined by "and" to a site of its kind names more sites than that one ("power facilities and
    # electrical substations", "industrial sites and other buildings"): the category is the wider word's
    # (not a building of no kind said, but "other buildings": "адміністративні будівлі та портова інфраструктура"
    # are parts of the port)
    kinds |= {
        e.value
        for a, b, e in coordinated
        if best[2].value.startswith(e.value)
        and not (_BUILDING.fullmatch(text or "", a, b) and not _OTHER_BEFORE.search(text or "", max(0, a - 12), a))
    }
    if attack or damage:
        # a lesser thing of another kind listed with the site an attack hit ("атака ... повредила жилой дом и
        # автозаправочную станцию", "shelled ..., damaging homes and cars"), or in the damage a sentence tells of its
        # own ("Во время инцидента повреждены жилые дома и автомобили", "Пошкоджено вісім багатоповерхівок і 30
        # автомобілів"): things of more than one kind were hit, so their common category (not more damage told on,
        # "Пошкоджено також дитсадок і кафе", nor a total: see ``_told_damage``)
        kinds |= {
            e.value
            for a, b, e in coordinated
            if _top(e.value) == _top(best[2].value)
            and not e.value.startswith(best[2].value)
            and (attack or not _BUILDING.fullmatch(text or "", a, b))
            and not (e.value == "civilian.transport" and _ITS_OWN_AFTER.match(text or "", b))
        }
    kinds = {k for k in kinds if k in listed or not any(other.startswith(k + ".") for other in kinds)}
    category = best[2].value if best[2].value in kinds else min(kinds, key=lambda k: (-_depth(k), k))
    for kind in sorted(kinds):
        category = _ancestor(category, kind)
    if category == best[2].value:
        return best
    return best[0], best[1], _lexicon.Entry(best[2].pattern, category, best[2].specific)


_STATION_AND_LINE = frozenset(("energy.oil.pumping_station", "energy.oil.pipeline"))
_STATION_LINE_AFTER = 40  # characters from a pumping station to the pipeline right after it, its line
_STATION_LINE_GAP = 80  # characters between a pumping station and its line, when the words between them say so
_QUOTED_NAME = re.compile(r"\s*[«\"“][^»\"”\n]{1,40}[»\"”]")  # a name in quotes right after a site's word
# a comma list, "також", "also", "separate" between a station and a pipeline: the pipeline is another target
_COMMA_ITEM = re.compile(r"[\w'’ʼ]*\s*,\s*(?:(?:the|an?)\s+)?(?:[\w'’ʼ-]+\s+)?", re.I)
_ANOTHER_TARGET = re.compile(r"(?<![\w'’ʼ-])(?:також|также|also|separate|another)(?![\w'’ʼ-])", re.I)
# the line said as the station's own after it ("it was a station of the Transneft Druzhba oil pipeline", "which
# pumps oil into the Druzhba pipeline")
_STATION_OF = re.compile(
    r"(?<![\w'’ʼ-])(?:(?:station|facility|node|part)\s+of|pumps\s+(?:oil\s+)?(?:into|from|through))\s+(?:the\s+)?"
    r"(?:[\w'’ʼ-]+\s+){0,2}$",
    re.I,
)
# the line before the station, stopped by its hit ("роботи нафтопроводу «Дружба» внаслідок удару по НПС «Унеча»")
_LINE_BY_STATION = re.compile(
    rf"^(?:{_QUOTED_NAME.pattern})?\s*(?:{_CAUSE_WORDS}|через|due\s+to|as\s+a\s+result\s+of|"
    r"у\s+результаті|в\s+результаті|в\s+результате)\s+(?:[\w'’ʼ-]+\s+){0,3}$",
    re.I,
)


def _line_of_station(
    text: str, station: tuple[int, int, _lexicon.Entry], line: tuple[int, int, _lexicon.Entry]
) -> bool:
    """Whether a pipeline named near a pumping station (in one line of text) is the line the station pumps: right
    after the station (within 40 characters, "an oil pumping station of the Druzhba pipeline") unless listed beside it
    as another target (joined to it by "and", by a comma alone, or with "також"/"также"/"also"/"separate"/"another"
    between them); further after it (within 80) only when said as the station's own ("it was a station of the
    Transneft Druzhba oil pipeline", "which pumps oil into the Druzhba pipeline"); before it (within 80) only as the
    line the station's hit stopped, a causal word between them ("нафтопроводу «Дружба» внаслідок удару по НПС
    «Унеча»"), not a station named as a landmark ("the Druzhba oil pipeline near Unecha, 30 km from the Unecha
    pumping station")."""
    if station[0] <= line[0]:
        a, b = station[1], line[0]
        if not 0 <= b - a <= _STATION_LINE_GAP or "\n" in text[a:b]:
            return False
        if _STATION_OF.search(text[a:b]):
            return True
        named = _QUOTED_NAME.match(text, a, b)  # the name after the station ("НПС «Унеча», нефтепровод ...")
        start = named.end() if named else a
        return (
            b - a <= _STATION_LINE_AFTER
            and not _AND_WORD.fullmatch(text, start, b)
            and not _COMMA_ITEM.fullmatch(text, start, b)
            and not _ANOTHER_TARGET.search(text, a, b)
        )
    a, b = line[1], station[0]
    return 0 <= b - a <= _STATION_LINE_GAP and _LINE_BY_STATION.match(text[a:b]) is not None


def _port_stores(
    text: str, best: tuple[int, int, _lexicon.Entry], targets: Sequence[tuple[int, int, _lexicon.Entry]]
) -> tuple[tuple[int, int, _lexicon.Entry], list[tuple[int, int, _lexicon.Entry]]]:
    """The best target and the others, the stores of a port named with it ("причалы, склады для хранения зерна",
    "berths, and grain storage warehouses") left out: a port's warehouses and elevators are the port's own, so they
    leave its category the port's, not the civilian place as a whole."""
    port = next((t for t in targets if t[2].value == "civilian.port" and not t[2].outcome), None)
    if port is None:
        return best, list(targets)
    stores = [t for t in targets if t[2].value != "civilian.port" and _PORT_STORE.fullmatch(text, t[0], t[1])]
    return (port if best in stores else best), [t for t in targets if t not in stores]


_PORT_STORE = re.compile(
    r"(?:склад|сховищ|хранилищ|элеватор|елеватор)\w*|warehouses?|(?:grain\s+)?(?:silo|terminal)s?", re.I
)  # a store a port keeps its cargo in: a warehouse, a grain elevator or terminal
_OTHER_BEFORE = re.compile(r"\b(?:other|інш\w*|друг\w*)\s+$", re.I)  # "and other buildings": more sites than the one
# the word of a site's own building right before it ("адміністративні будівлі", "служебные здания", "office buildings"):
# a part of the site named beside it, not another building
_OWN_PART_BEFORE = re.compile(
    r"\b(?:адміністративн\w*|административн\w*|службов\w*|виробнич\w*|производственн\w*|administrative|office|"
    r"production)\s+$",
    re.I,
)
_ITS_OWN_AFTER = re.compile(
    r"\s*,?\s*(?:(?:на|у|в|во|біля|возле|около|поруч\s+з|рядом\s+с)\s+(?:її|ее|её|його|его|їх|их|нього|него|неї|нее|"
    r"них)\b|(?:у|в|во)\s+(?:дворі|дворе|двор)\b|(?:що|які|який|яка|который|которая|которые|that|which)\s+"
    r"(?:стоя|припарков|припаркув|пар?кув|was\s+parked|were\s+parked|stood)|"
    r"(?:parked\s+)?(?:in|at|outside|near(?:by)?)\s+(?:its|their|it|them)\b|parked\s+nearby)",
    re.I,
)  # a car the listed site keeps ("лікарню та автомобілі на її парковці", "жилой дом и автомобиль, который стоял
# возле него", "a hospital and cars in its car park"): the site's own, no other kind hit
_AND = re.compile(r"\s*(?:,|;)?\s*(?:та|і|й|и|and|а\s+також|а\s+также|as\s+well\s+as)?\s*", re.I)
_AND_WORD = re.compile(
    r"[\w'’ʼ]*\s*,?\s*(?:та|і|й|и|and|or|або|или|а\s+також|а\s+также|as\s+well\s+as)\s+"
    r"(?:(?:the|an?|other|інш\w*|друг\w*)\s+)?(?:[\w'’ʼ-]+\s+)?",
    re.I,
)  # "power facilities and electrical substations", "sites and other buildings": the rest of a plural target word, a
# conjunction, and one word of the next site's own


def _attack_told(text: str, triggers: Sequence[tuple[int, int]]) -> bool:
    """Whether a sentence's attack words (found once, by ``_sentence``) tell an attack ("атака БПЛА", "удар дронами",
    "shelled"), not only the damage it left ("повреждены дома", "damaged"): a list in an attack's sentence names what
    it hit, a tally may count more."""
    return any(_HIT.fullmatch(text, a, b) or not _lexicon.DAMAGE.fullmatch(text, a, b) for a, b in triggers)


_ALSO_DAMAGE = re.compile(
    r"(?<![\w'’ʼ-])(?:також|также|тоже|теж|also|too)(?![\w'’ʼ-])|\bas\s+well\b|"
    r"(?<![\w'’ʼ-])(?:ще|еще|ещё)\s+(?:бул[аио]?\s+|был[аио]?\s+)?(?:пошкодж|поврежд|зруйнов|разруш|знищ|уничтож)",
    re.I,
)  # "Пошкоджено також ...", "Also damaged were ...", "Ещё повреждены ...": more of the damage told before (not "ще
# троє поранені", people; not "також" of another clause, "губернатор, который также посетил место")


def _told_damage(text: str, s: int, e: int) -> bool:
    """Whether a sentence tells damage of its own, so that the things of several kinds it lists are what was hit there
    (the category that covers them all, README "How many claims": "Во время инцидента повреждены жилые дома и
    автомобили", "Пошкоджено вісім багатоповерхівок і 30 автомобілів" are `civilian`): a damage word, whose comma or
    semicolon clause does not tell more damage on with "також"/"also"/"ще пошкоджено" ("Пошкоджено також дитсадок і
    кафе": the scene's before it, which ``_listed_damage`` widens), and no total (``_TALLY``) before it or in its
    clause ("Всего повреждены шесть домов и 15 автомобилей", "In total, five houses ...": what the one hit named
    before counts)."""
    told = False
    for m in _lexicon.DAMAGE.finditer(text, s, e):
        a = max(s, text.rfind(",", s, m.start()) + 1, text.rfind(";", s, m.start()) + 1)
        b = min(i for i in (text.find(",", m.end(), e), text.find(";", m.end(), e), e) if i >= 0)
        if _ALSO_DAMAGE.search(text, a, b) or _TALLY.search(text, s, b):
            return False
        told = True
    return told


_CONSEQUENCE = re.compile(
    rf"(?<![\w'’ʼ-])(?:{_CAUSE_WORDS}|в\s+результате|у\s+результаті)\s+"
    r"(?:(?:the|an?)\s+)?(?:[\w'’ʼ-]+\s+){0,2}$",
    re.I,
)  # "в результате атаки", "внаслідок атаки", "after the drone attack": an attack word of which damage is the result
_ATTACK_OBJECT = re.compile(r"\s+(?:по|на|on|against)\s", re.I)  # "удара по ...", "attack on ...": its own object
_HIT = re.compile(r"hit|struck", re.I)  # the English verbs of a strike, which DAMAGE also takes for a hit seen after


_COMMA = re.compile(r"\s*,\s*(?:(?:the|an?)\s+)?", re.I)  # items of a list: a comma and an article
_ITEM_COUNT = re.compile(
    rf"(?<![\w'’ʼ-])(?:{_lexicon.COUNT}|кілька|декілька|несколько|several)\s+$", re.I
)  # the count that opens a list's next item ("дві господарчі споруди", "шість автомобілів", "three cars")
_LIST_CLOSES = re.compile(
    r"(?:[\w'’ʼ-]*\s*,\s*(?:[\w'’ʼ-]+\s+){0,2}?[\w'’ʼ-]+)*[\w'’ʼ-]*\s*,?\s+(?:and|и|і|та|й)\s", re.I
)  # the rest of a list up to the "and" before its last item


def _coordinated(
    text: str, targets: Sequence[tuple[int, int, _lexicon.Entry]]
) -> list[tuple[int, int, _lexicon.Entry]]:
    """The specific targets joined to the next or the one before by a comma or "and" alone: the items of a list; and a
    generic word joined to a specific one by "and" ("power facilities and electrical substations"; not by a comma
    alone, which may add what the site is: "енергооб'єкт, підстанцію")."""
    # (not a fence or a zone, which count only alone: "фасад частного дома, забор и автомобиль" is the house)
    ordered = sorted((t for t in targets if not t[2].outcome and not _lone_only(t[2])), key=lambda t: (t[0], t[1]))
    out: list[tuple[int, int, _lexicon.Entry]] = []
    on_list: set[tuple[int, int]] = set()  # the items in ``out``, by their end and their entry

    def add(*items: tuple[int, int, _lexicon.Entry]) -> None:
        out.extend(items)
        on_list.update((t[1], id(t[2])) for t in items)

    def listed(a: tuple[int, int, _lexicon.Entry]) -> bool:
        return (a[1], id(a[2])) in on_list

    def gap(a: tuple[int, int, _lexicon.Entry], b: tuple[int, int, _lexicon.Entry]) -> int:
        # the count of the next item is no word between two items ("два приватні будинки, дві господарчі споруди,
        # гараж, два автомобілі"): the gap ends where its count begins (`_ITEM_COUNT` ends at ``b``)
        count = _ITEM_COUNT.search(text, a[1], b[0])
        return b[0] if count is None else count.start()

    pairs = list(itertools.pairwise(ordered))
    starts = [gap(a, b) for a, b in pairs]

    def third(i: int) -> bool:
        # the item after the pair follows by a comma: a list of three ("житлові будинки, гараж, автомобілі")
        return i + 1 < len(starts) and bool(_COMMA.fullmatch(text, ordered[i + 1][1], starts[i + 1]))

    for i, (a, b) in enumerate(pairs):
        start = starts[i]
        if start - a[1] > 20:
            continue
        if not (a[2].specific or b[2].specific):
            # two lesser things go on a list that already holds a site ("два приватні будинки, дві господарчі
            # споруди, гараж, два автомобілі": the cars are of the homes' tally too)
            if listed(a) and _COMMA.fullmatch(text, a[1], start):
                add(b)
            continue
        # a comma alone joins a specific site and a lesser thing of a sibling kind as items of a list ("житлові
        # будинки, дитячий майданчик", "homes, an ambulance"); a wider word after a comma names the same site
        sibling = a[2].specific != b[2].specific and _ancestor(a[2].value, b[2].value) not in (a[2].value, b[2].value)
        joins = _AND if a[2].specific and b[2].specific else _COMMA if sibling else _AND_WORD
        if (
            joins is _COMMA
            and not _LIST_CLOSES.match(text, b[1])
            and not _AND_WORD.fullmatch(text, a[1], b[0])
            and not listed(a)
            and not third(i)
        ):
            # a comma alone only inside a list that an "and" closes ("homes, an ambulance, and cars") or that holds
            # two items before it ("два приватні будинки, дві господарчі споруди, гараж")
            continue
        joined = (
            joins.fullmatch(text, a[1], start)
            or (joins is _COMMA and _AND_WORD.fullmatch(text, a[1], start))
            or ((listed(a) or third(i)) and _COMMA.fullmatch(text, a[1], start))
        )
        if joined and not _tells_hit(text, a[1], start):
            add(a, b)  # not two clauses ("атакували енергетичну інфраструктуру та пошкодили підстанцію")
    return out


_COORDINATED = re.compile(
    r"(?P<word>[\w'’ʼ-]+)\s*(?:,|\s(?:and|or|и|і|й|та|или|або))\s+$", re.I
)  # "civilian and " before "energy infrastructure", "энергетической и " before "гражданской инфраструктуры"


_HEAD_AFTER = re.compile(
    r"\s+(?P<head>(?:інфраструктур|инфраструктур|об['’ʼ]?єкт|объект)\w*|infrastructure|facilities|sites)\b", re.I
)


def _shared_head(
    text: str, s: int, targets: list[tuple[int, int, _lexicon.Entry]]
) -> list[tuple[int, int, _lexicon.Entry]]:
    """Add the generic target of another kind that a coordinated adjective names with the head of the one found
    ("both civilian and energy infrastructure", "объекты энергетической и гражданской инфраструктуры"): a kind named
    as hit in its own right: each of the two a claim of its own (so both taken as specific). Two kinds of one sort
    ("энергетической и газовой инфраструктуры") are one claim of the sort that covers both."""
    out = list(targets)
    for ts, te, entry in targets:
        if entry.outcome:
            continue
        coordinated = _COORDINATED.search(text, max(s, ts - 40), ts)
        if coordinated is None or any(a < ts and b > coordinated.start() for a, b, _ in targets):
            continue
        words = text[ts:te].split(maxsplit=1)
        # the head noun is in the target found ("energy infrastructure") or right after it ("портової | інфраструктури")
        after = _HEAD_AFTER.match(text, te) if len(words) < 2 else None
        head = words[1] if len(words) == 2 else after.group("head") if after else None
        if head is None:
            continue
        phrase = f"{coordinated.group('word')} {head}"
        found = _lexicon.find_targets(phrase, 0, len(phrase))
        if len(found) != 1 or found[0][1] - found[0][0] != len(phrase):
            continue
        if _top(found[0][2].value) != _top(entry.value):
            out.remove((ts, te, entry))
            out.append((ts, te, replace(entry, specific=True)))
            out.append((coordinated.start("word"), coordinated.end("word"), replace(found[0][2], specific=True)))
        elif found[0][2].value != entry.value:
            # two kinds of one sort under one head ("энергетическая и газовая инфраструктура", "нафтових і газових
            # родовищ"): the sort that covers both, not the kind named last
            out.remove((ts, te, entry))
            out.append((ts, te, replace(entry, value=_ancestor(entry.value, found[0][2].value))))
    return sorted(out, key=lambda t: t[0])


def _paired_site(
    text: str, cs: int, hit: tuple[int, int, _lexicon.Entry] | None
) -> list[tuple[int, int, _lexicon.Entry]]:
    """The site of the first of two names before the target's plural noun ("Зуевской и Старобешевской ТЭС",
    "Краснодарский и Сызранский НПЗ"): a second site of the kind, its hit spanning the pair (named by `_facility`)."""
    if hit is None or hit[2].outcome or "." not in hit[2].value:
        return []
    paired = _PAIRED_NAMES.search(text, max(cs, hit[0] - 60), hit[0])
    if paired is None or paired.end() != hit[0] or not all(map(_places.is_adjective, paired.group("a", "b"))):
        return []
    return [(paired.start(), hit[1], hit[2])]


_CUT_NOUN = re.compile(
    r"power\s+(?:outages?|cuts?)|blackouts?|(?:блэкаут|блекаут|отключени|відключенн|вимкненн|перебо|проблем)\w*",
    re.I,
)  # a cut named as a thing of its own ("caused power cuts", "отключения света"), not said of a subject
_CONSUMERS = re.compile(
    r"(?<![\w'’ʼ-])(?:абонент|потребител|споживач|жител|мешканц|customers|households|residents|homes|тысяч|тисяч|"
    r"thousands?\b|hundreds?\b)|\d",
    re.I,
)  # those a cut leaves without ("70 тысяч потребителей", "left 5,000 residents without electricity")
_CUT_PART_EDGE = re.compile(r"[.;:,!?—–]")


def _cut_of_the_site(text: str, cut: tuple[int, int, _lexicon.Entry]) -> bool:
    """Whether a cut of supply is said of the site beside it ("Жилые дома ... остались без света", "the school was
    left without power", "будинки знеструмлені"): a cut told as a state, naming no consumers or count in its own part
    of the clause (not "без света остались 70 тысяч потребителей", "leaving 3,000 homes without power", nor a cut
    named as a thing of its own, "caused power cuts")."""
    a, b = cut[0], cut[1]
    if _CUT_NOUN.match(text, a, b):
        return False
    before = text[max(0, a - 50) : a]
    edges = list(_CUT_PART_EDGE.finditer(before))
    before = before[edges[-1].end() :] if edges else before
    after = text[b : b + 50]
    edge = _CUT_PART_EDGE.search(after)
    after = after[: edge.start()] if edge else after
    return not _CONSUMERS.search(before + " " + after)


# a ship only told of beside a port: after a relative word or "for" ("which handles vessels", "hub for vessels",
# "куди заходять судна", "where a ship was being loaded"), unless harm is said of it from there on ("where a ship
# caught fire", "said that a ship was damaged"); or spared after a clause of its own or a pronoun ("судна, що стояли в
# порту, не постраждали", "два судна, они не пострадали"; not "судно, никто не пострадал"): no ship hit
_VESSEL_TOLD_OF = re.compile(
    r"\b(?:which|where|that|куди|де|що|які|где|куда|котор\w*)\b|\b(?:for|для)\s+(?:\w+\s+)?$", re.I
)
_VESSEL_HARMED = re.compile(
    rf"(?:{_HARM_STEMS}|fire|burn|blaze|\bhit\b|struck|sank|sunk|destroy|загор|пожар|пожеж|гор[іе]л|уражен|поражен|"
    r"затону|знищ|уничтож)",
    re.I,
)
_VESSEL_SPARED = re.compile(
    r"(?:\s*,\s*(?:(?:що|які|котор\w*|which|that)\b[^,.;!?]{0,60},|(?:они|вони|they)\b))?" + _SPARED_AFTER.pattern,
    re.I,
)


def _vessel_told_of(text: str, port: tuple[int, int, _lexicon.Entry], ship: tuple[int, int, _lexicon.Entry]) -> bool:
    """A ship beside a port hit that the text only tells of or says was spared, not one hit."""
    told = _VESSEL_TOLD_OF.search(text, min(port[1], ship[0]), ship[0])
    if told is not None:
        end = _CLAUSE_BREAK.search(text, ship[1])
        if not _VESSEL_HARMED.search(text, told.start(), end.start() if end else len(text)):
            return True
    return _VESSEL_SPARED.match(text, ship[1]) is not None


def _other_kinds(
    best: tuple[int, int, _lexicon.Entry] | None, own: Sequence[tuple[int, int, _lexicon.Entry]], text: str
) -> list[tuple[int, int, _lexicon.Entry]]:
    """The best specific target of each other kind (energy, military, civilian, maritime) named in a clause, soldiers
    and their equipment aside (they come with other targets as the ones who hold them)."""
    if best is None:
        return []
    out = []
    kinds = {_top(best[2].value)}
    for t in own:
        kind = _top(t[2].value)
        # a generic energy word counts too ("damaged energy infrastructure and set a residential building on fire"),
        # and so does a cut of supply where no energy site is named ("the attacks caused power cuts and damaged
        # elevators and civilian warehouses": `energy.electricity` beside `civilian`), but not beside the railway,
        # whose own power it is ("an attack on its power supply ... caused outages, though trains kept running"), nor
        # beside a plant, which may be the site cut ("a fire at a local utility plant, temporarily cutting
        # electricity"), nor said of the site itself ("обесточены жилые дома, пострадавшие от атаки": the homes)
        energy = kind == "energy" and not (
            t[2].outcome
            and (
                best[2].value.startswith("civilian.transport")
                or _PLANT_WORD.search(text, best[0], best[1])
                or _cut_of_the_site(text, t)
            )
        )
        # a ship of no kind said beside the port it lay in ("повреждения получили два причала и два судна"): a vessel
        # hit, a claim of its own beside the port's
        vessel = (
            t[2].value == "maritime.vessel" and best[2].value == "civilian.port" and not _vessel_told_of(text, best, t)
        )
        if kind in kinds or not (t[2].specific or energy or vessel):
            continue
        if t[2].value == "military.unit" and not _PERSONNEL.search(text, t[0], t[1]):
            continue
        group = [u for u in own if _top(u[2].value) == kind and (u[2].specific or energy or vessel)]
        group = [u for u in group if not u[2].outcome] or group  # the cut only where no site of its kind is named
        chosen = _best_target(group)
        if chosen is not None:
            out.append(_common_target(*_port_stores(text, chosen, group)))
            kinds.add(kind)
    return out


_PEOPLE_HURT = re.compile(
    rf"{_lexicon.HURT_STEMS}|hurt|suffered\s+(?:\w+\s+)?(?:burns|injur|wounds|shrapnel|concussion)|пострадавш|потерпіл|"
    r"постраждал(?:і|их|им|ими|ий|ого|ому)\b",
    re.I,
)  # the damage words said of people: the hurt ("пострадавшие", "постраждалих", "who suffered burns"), not the verb a
# block or a school suffers ("пострадала многоэтажка", "постраждали будинки", "a school nearby also suffered")
_HOSPITALISED = re.compile(r"госпіталіз|госпитализ|hospitali[sz]", re.I)
_INFRASTRUCTURE = re.compile(
    r"(?<![\w'’ʼ-])(?:объект\w*\s+инфраструктур\w*|об['’ʼ]?єкт\w*\s+інфраструктур\w*|"
    r"(?<!energy\s)(?<!power\s)(?<!electricity\s)(?<!port\s)(?<!critical\s)(?<!transport\s)(?<!railway\s)"
    r"(?<!rail\s)(?<!military\s)(?<!gas\s)(?<!oil\s)(?<!industrial\s)(?<!water\s)"
    r"infrastructure\s+(?:objects?|facilit(?:y|ies)))"
    r"(?!\s+(?:порт|морск|аэропорт|аеропорт|энерг|енерг|предприяти|підприєм|завод|НПЗ|of\s+the\s+port)\w*)",
    re.I,
)  # an infrastructure object of no kind said ("объект инфраструктуры", "об'єкти інфраструктури", "infrastructure
# objects"; not a kind's, "объекты критической инфраструктуры", "energy infrastructure facilities", "об'єкт
# інфраструктури порту"): alone the gold leaves it `unknown`, beside homes it names more sites than they
_WITHOUT = re.compile(r"(?<![\w'’ʼ-])(?:без|without)(?![\w'’ʼ-])", re.I)  # "без пошкоджень", "without damage"
_WORKING = re.compile(
    r"(?<![\w'’ʼ-])(?:штатн\w*|в\s+порядк[еу]|цел[аыо]?|уцелел\w*|вціліл\w*|цілі|неушкоджен\w*|неповрежден\w*|"
    r"работают|працюють|функционир\w*|функціону\w*)(?![\w'’ʼ-])|"
    r"\b(?:operat\w*|work\w*|function\w*)\s+(?:as\s+)?normal(?:ly)?\b|\b(?:unaffected|intact|undamaged|functioning)\b",
    re.I,
)  # an object said working or whole: "работают штатно", "працюють у штатному режимі", "в порядке", "остались целы",
# "вціліли", "функционируют", "operating normally", "unaffected", "intact"
_LIST_OPEN = re.compile(r"\s*(?:(?:and|та|і|й|и|а\s+также|а\s+також|also|также|також)\s+)?")
# what may open a list item before the infrastructure word: ", об'єктах інфраструктури", "та об'єкти інфраструктури"


def _infrastructure_hit(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The clause of the first infrastructure object of no kind the sentence ``text[s:e]`` tells hit or damaged, else
    None (``_INFRASTRUCTURE`` with an attack or damage word in its own clause, ``_infrastructure_clause``; no
    negation, ``_NOT_SAID`` or
    ``_WITHOUT``, in the 30 characters before it nor after it up to its clause end, nor a word of it working or
    whole, ``_WORKING``, in its clause: "пошкоджено один з об’єктів інфраструктури", "россияне также нанесли удар по
    объекту инфраструктуры"; not "Объекты инфраструктуры не пострадали", "no damage to infrastructure facilities",
    "Пострадавших и повреждений объектов инфраструктуры нет", "Объекты инфраструктуры работают штатно, несмотря на
    атаку", "Infrastructure facilities were unaffected by the attack"; a negation in a later clause, "..., постраждалих
    немає", is not of it)."""
    for m in _INFRASTRUCTURE.finditer(text, s, e):
        a, b = _infrastructure_clause(text, s, e, m)
        if any(
            x.search(text, max(s, m.start() - 30), m.start()) or x.search(text, m.end(), b)
            for x in (_NOT_SAID, _WITHOUT)
        ):
            continue
        if _WORKING.search(text, a, b):
            continue
        if _lexicon.DAMAGE.search(text, a, b) or _lexicon.TRIGGERS.search(text, a, b):
            return a, b
    return None


def _infrastructure_clause(text: str, s: int, e: int, m: re.Match[str]) -> tuple[int, int]:
    """The clause of the sentence ``text[s:e]`` that holds the infrastructure word ``m``: from the clause edge
    (``_CLAUSE_EDGE``) before it to the one after it, and, where it opens an item of a list after a comma
    ("поцілили по приватних будинках, багатоповерхівках, обʼєктах інфраструктури"), the items before it back to the
    clause that opens the list (up to five items, each of five words at most)."""
    edges = [x.end() for x in _CLAUSE_EDGE.finditer(text, s, m.start())]
    after = _CLAUSE_EDGE.search(text, m.end(), e)
    a, b = (edges[-1] if edges else s), (after.start() if after else e)
    if _LIST_OPEN.fullmatch(text, a, m.start()):
        k = len(edges) - 1
        while k >= 0 and text[edges[k] - 1] == "," and len(edges) - k <= 5:
            before = edges[k - 1] if k > 0 else s
            if _lexicon.DAMAGE.search(text, before, edges[k]) or _lexicon.TRIGGERS.search(text, before, edges[k]):
                return before, b  # the clause that opens the list
            if len(text[before : edges[k] - 1].split()) > 5:
                break  # (a clause of its own, not an item)
            k -= 1
    return a, b


def _beside_infrastructure(claims: list[Claim], scenes: list[Claim]) -> list[Claim]:
    """The homes (`civilian.residential`) at a scene's place, attack and time widened to `civilian` where an
    infrastructure object of no kind was hit there too (README "How many claims": the most specific node that covers
    everything listed; "поврежден многоэтажный жилой дом ... удар по объекту инфраструктуры", "получили повреждения дома
    и объекты инфраструктуры" are `civilian`, as the gold of b25-ru-22, b21-uk-08, b15-ru-14 and b25-ru-29 has them);
    not another kind (a hospital, a port, cars keep theirs: the gold shows only homes widened), nor a whole oblast's
    (a headline's "в Белгородской области дроны повредили дома и объекты инфраструктуры" names no site beside the cars
    the governor then tells of in one village; ``scenes`` are placed claims, never at a country or nowhere). One pass
    over ``claims`` for all the scenes of a sentence."""
    keys = {((s.place.name, s.place.lat), s.perpetrator, s.time) for s in scenes if s.place.precision != "admin1"}
    if not keys:
        return claims
    return [
        c.model_copy(update={"target": c.target.model_copy(update={"category": "civilian"})})
        if c.target.category == "civilian.residential" and ((c.place.name, c.place.lat), c.perpetrator, c.time) in keys
        else c
        for c in claims
    ]


_NO_JUST_BEFORE = re.compile(r"(?:\bno|\bбез|\bwithout)\s+\Z", re.I)  # "no damage to", "без пошкоджень"
_ASSESSED_AFTER = re.compile(r"\s+(?:(?:is|are)\s+)?being\s+assessed\b", re.I)  # "with damage being assessed"
_DEBRIS = re.compile(r"debris|обломк|уламк", re.I)


_PERSONNEL = re.compile(
    r"на[её]мник|найман|mercenar|инструктор|інструктор|instructor", re.I
)  # foreign fighters and an army's instructors (the lexicon's `military.unit` forms): the ones struck where they stay
# ("по квартирі ..., де перебували іноземні військові інструктори": the flat and the instructors), not the holders of a
# site named with them


_FLAMES = re.compile(r"(?:вогонь|огонь)\s+(?:охопи|охвати)\w*|flames\b", re.I)  # a fire told by its flames


# what goes before a place that opens a sentence, with the kind of the town before its name ("В поселке Майский", "У
# селі Липці", "In the village of")
_SCENE_HEAD = re.compile(rf"\s*(?:(?:в|во|у|на|in|at)\s+(?:{_TOWN_KIND}\s+)?)?", re.I)
_REGION_AROUND = {"Moscow": "Moscow Oblast", "Kyiv": "Kyiv Oblast", "Sevastopol": "Crimea"}
"""The region around a city that is a region of its own."""


_RUINED = re.compile(
    r"\bin\s+ruins\b|\brazed\b|\bburn(?:ed|t)\s+out\b|(?<![\w'’ʼ-])(?:руїн|руин)\w*", re.I
)  # harm the damage words do not hold: "Three houses were left in ruins", "лишилися руїни"


def _what_was_hit(
    text: str,
    s: int,
    e: int,
    claims: list[Claim],
    unnamed: Sequence[int],
    where: Callable[[str, int, int], list[tuple[_places.PlaceMention, Place]]],
    *,
    far: bool = False,
    attack: bool = False,
    damage: bool = False,
) -> bool:
    """Give the claims of the sentence before that name no target (``unnamed``, indices in ``claims``) the target
    this sentence names, when it names one and no attack of its own ("Загинули п'ятеро людей, ще 34 поранені":
    `civilian`; "Пошкоджено підстанцію"); where it names places (``where`` resolves them), only to the claims in
    their regions ("Под удар попали Одесская, Сумская и Херсонская области. В Одесской области пострадал
    Черноморск": what Odesa region suffered, not Sumy's); a city that is a region of its own is read in the region
    around it, and where the regions named hold no claim and none opens the sentence as its scene ("В Киеве ...
    гибель"), all the claims take it ("Ночью ВСУ атаковали Шебекино. Пострадавших доставили в больницу в Москве":
    Shebekino's wounded). ``far``: the sentence is two sentences on from the claims, past one that said nothing was
    hit; it gives them a target only when it tells damage, a fire, a cut or people hurt, and never when a town,
    district or site none of them is at opens it as its scene ("ВСУ атаковали Белгород. В Белгороде пострадавших нет.
    В Шебекино ранены двое": Shebekino's own, ``_hurt_elsewhere``). ``attack``: the sentence tells an attack, not
    only the damage (``_attack_told``); ``damage``: it tells damage of its own (``_told_damage``)."""
    if not unnamed:
        return False
    # "обстреливали наши позиции": the fighting at the line
    present = [t for t in _present_targets(text, s, e) if not _POSITIONS.fullmatch(text, t[0], t[1])]
    best = _best_target(present)
    if best is None or (best[2].outcome and _places.find_places(text, s, e)):
        return False  # "без света остались сёла А и Б": where a cut is felt, not what the attack hit
    # the things of more than one kind it lists, as in a sentence of its own ("The enemy attacks damaged 2 private
    # houses, a petrol station and a car": `civilian`; damage alone too, "Two houses and a car were damaged", as at one
    # place, but not more damage told on or a total, ``_told_damage``); a building of no kind said beside a site is part
    # of it
    # ("В порту постраждали адміністративні будівлі та портова інфраструктура": the port)
    kinds = [t for t in present if t is best or not _BUILDING.fullmatch(text, t[0], t[1])]
    best = _common_target(best, kinds, text, attack=attack, damage=damage)
    if far and not (
        best[2].outcome
        or best[2].value == "civilian"
        or _tells_hit(text, s, e, fire=True)
        or _FLAMES.search(text, s, e)
        or _RUINED.search(text, s, e)
    ):
        # two sentences on, only a sentence that tells the damage, a fire, a cut or people hurt: not one that names a
        # thing and no harm ("... the Kursk regions. [background] ... loading missiles onto surface vessels", "світло
        # повернули ... заживили всі будинки")
        return False
    named = where(text, s, e)
    if far and any(
        _FINENESS.get(p.precision, 9) <= _FINENESS["district"]  # a place finer than a region
        and _SCENE_HEAD.fullmatch(text, s, m.start)
        and all(p.name != claims[i].place.name for i in unnamed)
        for m, p in named
    ):
        # two sentences on, not one at a town or site of its own, which opens it as its scene: "ВСУ атаковали
        # Белгород. В Белгороде пострадавших нет. В Шебекино ранены двое" are Shebekino's wounded (``_hurt_elsewhere``),
        # not what the attack on Belgorod hit; the sentence between, which said no one was hurt, closed that attack's
        # scene (not a town named further on: "Двое раненых доставлены в больницу Белгорода", the hospital's city)
        return False
    regions = {p.admin1 for _, p in named if p.admin1}
    regions |= {_REGION_AROUND[r] for r in regions if r in _REGION_AROUND}
    if not any(c.place.admin1 in regions for c in claims) and not any(
        _SCENE_HEAD.fullmatch(text, s, m.start) for m, _ in named
    ):
        regions = set()  # places where no claim lies, not the scene that opens it: a city the wounded went to
    for i in unnamed:
        if regions and claims[i].place.admin1 and claims[i].place.admin1 not in regions:
            continue
        if claims[i].target.category == "unknown":
            target = claims[i].target.model_copy(update={"category": best[2].value, "name": text[best[0] : best[1]]})
            claims[i] = claims[i].model_copy(update={"target": target})
    return True


def _denial(text: str, s: int, e: int, claims: Sequence[Claim], denier: str | None) -> Claim | None:
    """The claim before a sentence that denies it, asserted as a denial by the side that denies it ``denier``; none
    where the sentence denies nothing, or the claim is already the denier's or a denial."""
    if not claims or denier is None or not _actors.denies(text, s, e):
        return None
    last = claims[-1]
    if last.claimant == denier or last.stance == "denial":
        return None
    ev_start, ev_end = _segment.trim(text, s, e)
    return last.model_copy(
        update={
            "claimant": denier,
            "stance": "denial",
            "evidence": Evidence(start=ev_start, end=ev_end),
        }
    )


def _denial_of(text: str, s: int, e: int, claims: Sequence[Claim], denier: str | None) -> list[Claim]:
    """A sentence with no claim of its own that denies the claim before it ("Ukraine's General Staff called the claim
    groundless", "Це не ми"): the same claim, asserted as a denial by the side that denies it (``_denial``); and, when
    it blames the other side with an attack word ("... and said Russian forces had shelled the station themselves"),
    the same target accused of that side."""
    denial = _denial(text, s, e, claims, denier)
    if denial is None or denier is None:
        return []
    last = claims[-1]
    out = [denial]
    for actor in _actors.find_actors(text, s, e, denier):
        trigger = _lexicon.TRIGGERS.search(text, actor.end, e)
        if actor.party == last.perpetrator or trigger is None:
            continue
        arms = _lexicon.find_all(_lexicon.WEAPONS, text, actor.start, e)
        weapon = _best_weapon(arms)
        act = _lexicon.ACT_OF_WEAPON.get(weapon, "strike") if weapon else "strike"
        a_start, a_end = _segment.trim(text, actor.start, e)
        out.append(
            last.model_copy(
                update={
                    "perpetrator": actor.party,
                    "claimant": denier,
                    "stance": _actors.stance_of(actor.party, denier, False),
                    "act": act,
                    "weapon": weapon,
                    "evidence": Evidence(start=a_start, end=a_end),
                }
            )
        )
        break
    return out


_CHARGE = re.compile(
    r"\b(?:the|this|that|these|those|such|a|an)\s+(?:[\w'’-]+\s+)?(?:charges?|claims?|reports?|accusations?|"
    r"allegations?)\b|(?<![\w-])(?:обвинени|звинувачен|утверждени|твердженн)\w*",
    re.I,
)  # what a denial calls the other side's words: "the reports", "a charge", "the claim", "ці звинувачення"
_CHARGE_CLAUSE = re.compile(
    r"[,;—–]\s*(?:(?:a|an|the)\s+(?:charges?|claims?|accusations?|allegations?|reports?)\b|which\b|что\s|що\s)", re.I
)  # a clause that opens on the charge just told: ", a charge Ukraine's military called fake", ", which Kyiv denied"


def _denies_charge(text: str, s: int, e: int, denial: re.Match[str] | None) -> bool:
    """Whether a sentence denies the other side's charge by name ("called the reports fake", "denied the claim"),
    with the charge word in the clause of the sentence's first denial word ``denial`` (before or after it)."""
    if denial is None:
        return False
    a, b = _clause_bounds(text, s, e, denial.start())
    return _CHARGE.search(text, a, b) is not None


def _clause_bounds(text: str, s: int, e: int, at: int) -> tuple[int, int]:
    """The clause of a sentence around ``at``: from the comma, semicolon or dash before it to the one after it."""
    before = max(text.rfind(",", s, at), text.rfind(";", s, at), text.rfind("—", s, at), text.rfind("–", s, at))
    after = [i for i in (text.find(",", at, e), text.find(";", at, e)) if i >= 0]
    return (before + 1 if before >= 0 else s), (min(after) if after else e)


_WORDS_OF = re.compile(
    r"(?<![\w-])(?:заявлени|утверждени|твердженн|брехн)\w*|(?<![\w-])заяв(?:а|и|у|і|ою|ам|ами|ах)?(?![\w-])|"
    r"(?<![\w-])(?:ложь|лжи|ложью)(?![\w-])|\b(?:claims?|statements?|lies)\s+of\b",
    re.I,
)  # the words of a side the clause goes on to name: "заявления Кремля", "брехню Кремля", "the claims of Moscow"


def _charge_and_denial(text: str, s: int, e: int, found: list[Claim], denial: re.Match[str] | None) -> list[Claim]:
    """The claims of a sentence that tells a side's charge and, in a clause after it, the other side's denial of it
    ("Russia's defence ministry said Ukraine had increased its attacks on Russian energy infrastructure, a charge
    Ukraine's military called "fake""): each claim twice, as the accuser's and as the denier's (the denial's
    perpetrator is the side whose act is denied); the claims as they were where the clause denies nothing, the charge
    has no side's speaker, or both clauses name the same side. The denier is the side the clause names up to the end
    of the denial word ``denial`` (the sentence's first), and not one named after the words of a side: "..., что
    опровергает заявления Минобороны РФ", "..., что заявления Кремля — фейк" deny nothing Russia said."""
    if denial is None:
        return found
    # (the clause that opens last before the denial word: "заявило, что ВСУ атаковали ..., что Генштаб ВСУ назвал
    # фейком" opens the charge itself with the first "что")
    clauses = [m.start() for m in _CHARGE_CLAUSE.finditer(text, s, denial.start())]
    if not clauses:
        return found
    at = clauses[-1]
    words_of = _WORDS_OF.search(text, at, denial.start())
    accuser = _actors.claimant_in(text, s, at)
    denier = _actors.claimant_in(text, at, words_of.start() if words_of else denial.end())
    if accuser not in ("RUS", "UKR") or denier != _actors.opponent(accuser):
        return found
    d_start, d_end = _segment.trim(text, at + 1, e)
    out = []
    for c in found:
        if c.evidence is None or c.evidence.start >= at:  # (a claim always has evidence)
            out.append(c)
            continue
        a_start, a_end = _segment.trim(text, c.evidence.start, min(c.evidence.end, at))
        out.append(
            c.model_copy(
                update={
                    "claimant": accuser,
                    "stance": _actors.stance_of(c.perpetrator, accuser, False),
                    "evidence": Evidence(start=a_start, end=a_end),
                }
            )
        )
        if c.perpetrator == denier:
            out.append(
                c.model_copy(
                    update={"claimant": denier, "stance": "denial", "evidence": Evidence(start=d_start, end=d_end)}
                )
            )
    return out


def _own_words_first(claims: list[Claim], first: int) -> list[Claim]:
    """``claims`` without the local authority's claims relayed from an outlet's own line before he is quoted (those
    beside the outlet's observation of the same line) where a claim told from the sentence that first names him (at
    ``first``) on is his own at that place, at its region or at a place of the region: what he says of the place is
    his claim ("Drones hit a depot in Engels. The governor said a drone damaged a house in Engels": the house, not
    the depot, is the governor's; the outlet's line stays its own observation)."""
    lines = {
        (c.evidence.start, c.place.name, c.target.category)
        for c in claims
        if c.claimant is None and c.stance == "observation" and c.evidence is not None and c.evidence.end <= first
    }
    relays = [
        c.claimant is not None
        and c.evidence is not None
        and (c.evidence.start, c.place.name, c.target.category) in lines
        for c in claims
    ]
    own = [
        c.place
        for c, relay in zip(claims, relays, strict=True)
        if not relay and c.stance != "observation" and c.evidence is not None and c.evidence.start >= first
    ]

    def told(place: Place) -> bool:
        return any(
            (p.name or p.admin1) == (place.name or place.admin1)
            or (p.admin1 is not None and p.admin1 == place.admin1 and "admin1" in (p.precision, place.precision))
            for p in own
        )

    return [c for c, relay in zip(claims, relays, strict=True) if not relay or not told(c.place)]


def _local_claimant(claim: Claim, claimant: str | None, local: bool) -> Claim:
    """A post quoting a governor, a mayor or "the authorities" relays the side that runs the place."""
    if (
        not local
        or claim.place.country not in ("RUS", "UKR")
        or claim.place.country == claimant
        or claim.stance == "denial"  # the authorities of a place report the strikes on it; a side denies its own
    ):
        return claim
    # Crimea and Sevastopol are run by Russia-installed authorities ("глава республики Сергей Аксенов"); Luhansk
    # Oblast has authorities of both sides (Ukraine's regional military administration reports on it), so its
    # governor is the country's, and the one who tells Ukraine's strike there is Russia's (below)
    claimant = "RUS" if claim.place.admin1 in _RUSSIA_RUN else claim.place.country
    if claimant == claim.perpetrator:
        # the authorities of a place report the other side's strikes on it: a strike by Ukraine in occupied Kherson
        # Oblast, told by its governor, is told by the side that holds it ("губернатор Владимир Сальдо")
        claimant = _actors.opponent(claimant) or claimant
    if claimant == claim.claimant:
        return claim
    return claim.model_copy(
        update={
            "claimant": claimant,
            "stance": _actors.stance_of(claim.perpetrator, claimant, False),
        }
    )


# the roles of a place's own authorities (``_actors.speaker_roles``): they tell the strikes on their place, not a side's
# own strikes (not "operational hq" nor "prosecutor": "The regional operational headquarters said a Ukrainian drone hit
# ..." after a side is already the place's accusation, as ``_actors.local_authority_speaks`` reads it, and adding either
# role changed no output in the cases tried; a prosecutor is a side's national office too, "Ukraine's Prosecutor
# General's Office")
_LOCAL_ROLES = frozenset({"region", "city", "city military administration", "emergency service", "police"})


_RUSSIA_RUN = frozenset({"Crimea", "Sevastopol"})  # run by Russia-installed authorities, all of it, in every year
_RUSSIA_RUN_FROM = {"Luhansk Oblast": datetime(2022, 7, 3, tzinfo=UTC)}
"""The regions of Ukraine run by Russia all but a few villages from a day (Luhansk Oblast from the fall of Lysychansk,
3 July 2022; Sievierodonetsk, Lysychansk and Shchastia were Ukraine's before it)."""
_RUSSIA_HELD = _RUSSIA_RUN | {
    "Donetsk Oblast",
    "Luhansk Oblast",
    "Zaporizhzhia Oblast",
    "Kherson Oblast",
    "Kharkiv Oblast",
    "Sumy Oblast",
    "Mykolaiv Oblast",  # the Kinburn Spit
}
_RUSSIA_HELD_FROM = {"Dnipropetrovsk Oblast": datetime(2025, 6, 8, tzinfo=UTC)}
"""The regions of Ukraine where Russia held ground in 2025, and those it entered that year, from the day (Russia's
advance into Dnipropetrovsk Oblast, told from 8 June 2025): a coarse list for the extractor's guess of a striker, not a
map (resolve weighs the control map of the day, `geo.control`)."""


_BLAMES_AIR_DEFENCE = re.compile(
    r"(?-i:\bПВО\b|\bППО\b)|\bair\s+defen[cs]e|противовоздушн|протиповітрян|\b(?:обломк|уламк|debris\b|fragments\b)",
    re.I,
)  # air defence at work or the debris it leaves: where a Russian source tells of damage in Ukraine, its cause


_UA_REGION_HEAD = re.compile(
    r"(?-i:\b[А-ЯІЇЄ]?ОВА\b|\b[А-ЯІЇЄ]?ОДА\b)|обласн\w*\s+(?:військов|державн)\w*\s+адміністрац|"
    r"областн\w*\s+военн\w*\s+администрац|military\s+administration|гайда[йяюєе]\w*|haidai|лисогор\w*|lysoh?or",
    re.I,
)  # Ukraine's regional administration of Luhansk Oblast, or its heads: "голова Луганської ОВА Артем Лисогор", "Luhansk
# governor Serhiy Haidai" (the heads Russia installed are a "глава ЛНР")


def _russia_run(admin1: str | None, when: datetime, text: str, start: int, end: int) -> bool:
    """Whether ``admin1`` is run by Russia at ``when`` (`_RUSSIA_RUN`, `_RUSSIA_RUN_FROM`), so a strike there naming no
    striker is Ukraine's: not in Luhansk Oblast when the sentence or the one after it quotes Ukraine's regional
    administration ("повідомив голова ОВА Артем Лисогор": a village Ukraine still held, shelled by Russia)."""
    if admin1 in _RUSSIA_RUN:
        return True
    since = _RUSSIA_RUN_FROM.get(admin1) if admin1 is not None else None
    return since is not None and when >= since and _UA_REGION_HEAD.search(text, start, end) is None


def _rear_oblast(admin1: str | None, when: datetime) -> bool:
    """Whether ``admin1`` is a region of Ukraine where Russia held no ground at ``when`` (`_RUSSIA_HELD`): a strike
    there with no striker named is Russia's, where one in a region Russia holds ground in may be either side's."""
    if admin1 is None or admin1 in _RUSSIA_HELD:
        return False
    since = _RUSSIA_HELD_FROM.get(admin1)
    return since is None or when < since


_BECAME_KNOWN = r"стало\s+(?:известно|відомо)|сообщалось|повідомлял[ио]с[ья]"  # "стало известно", "повідомлялося"
_EARLIER_STORY = re.compile(
    rf"[\s*_«\"—–-]*(?:{_OUR_REMINDER_WORDS}|recall|as\s+a\s+reminder|as\s+(?:previously|earlier)\s+reported|"
    rf"previously|(?:раніше|ранее|earlier)[\s,]+(?:it\s+was\s+reported|{_BECAME_KNOWN}))\b",
    re.I,
)  # a sentence that opens an earlier story: "Recall\n\nOn July 25, ...", "Ранее стало известно, что ...", "Нагадаємо"
_EARLIER = re.compile(r"[\s*_«\"—–-]*(?:раніше|ранее|earlier)\b", re.I)
# "Earlier on Friday", "Раніше мер повідомив": of an earlier story only with an earlier time (`_only_earlier`)
_DAY_BEFORE_STORY = re.compile(
    rf"[\s*_«\"—–-]*(?:накануне|напередодні)[\s,]+(?:{_BECAME_KNOWN})\b", re.I
)  # "Накануне стало известно, что ...": a story of the day before the report's


def _only_past(text: str, s: int, e: int, published: datetime, zone: str) -> bool:
    """Whether a sentence names no time, or one that ends before the day of publication: it may go on with a reminder
    of an earlier day ("... Повреждено пять домов"), where one of today tells the report's own attack ("Этой ночью
    дроны также атаковали Харьков")."""
    found = _time.find_time(text, s, e, published, zone)
    if found is None:
        return True
    return _time.local_day(found.interval.latest, zone) < _time.local_day(published, zone)


def _dated_reminder(text: str, s: int, e: int, published: datetime, zone: str) -> bool:
    """Whether a sentence is the outlet reminding of an attack on an earlier day: it opens with a word of an earlier
    story ("Ранее", "Раніше", "Earlier", "Нагадаємо", "Напомним", "As previously reported") and names a date, every
    one before the day of publication ("Ранее, 2 апреля, российские войска атаковали ..." in a report of 4 April), or
    it says the story became known the day before ("Накануне стало известно, что ..."). Not a reminder of this
    night's or day's attack ("Нагадаємо, вночі ворог атакував Запоріжжя"), nor one with no date ("Ранее стало
    известно, что ...")."""
    if _DAY_BEFORE_STORY.match(text, s, e):
        return True
    if _EARLIER_STORY.match(text, s, e) is None and _EARLIER.match(text, s, e) is None:
        return False
    opener = _OUR_REMINDER.match(text, s, e)
    if _reminder_quotes(text, s if opener is None else opener.end(), e):
        return False  # "Ранее ведомство сообщало, что 1 апреля ...": the speaker's words, not the outlet's
    today = _time.local_day(published, zone)
    dates = _time.dates_in(text, s, e, today)
    return bool(dates) and all(day < today for day in dates)


_IMPERSONAL_SAYING = re.compile(r"(?:ось|ося|ся|ись)$|^(?:it|was|were)\s", re.I)
# "Ранее, 12 апреля, сообщалось", "як повідомлялося", "it was reported": no one's words, the outlet's line


_SOME_DAYS_AGO = re.compile(
    r"\b(?:несколько|пару|кілька|декілька)\s+(?:дней|днів|недель|тижнів)\s+(?:назад|тому)\b|"
    r"\bна\s+прошлой\s+неделе\b|\bминулого\s+тижня\b|\bearlier\s+this\s+week\b",
    re.I,
)  # an earlier day said with no date ("несколько дней назад", "кілька днів тому", "на прошлой неделе"); in English
# only what `_time` dates ("earlier this week"): an undated English reminder ("a few days ago") would take the time of
# tonight's attack, as "As previously reported" resets no time
_SPEAKS_IN_REMINDER = re.compile(
    rf"(?:\b(?:it|was|were)\s+)?\b(?:{_lexicon.SAYING_RU_UK}|писа|написа|said|says|told|wrote|stated|announced|"
    r"reported|звіт|отчит|наголош|подчерк|визнав|визнал|признал|признав|confirm|acknowledg|admitt?|stress(?:ed|es)?\b|"
    r"emphasi[sz]|noted|added|додав|добав)\w*",
    re.I,
)  # any verb of a speaker named in a reminder: someone's words ("Ранее ведомство сообщало", "Генштаб ЗСУ звітував",
# "Зеленський наголошував", "the General Staff confirmed"); not an impersonal one (`_IMPERSONAL_SAYING`: "як
# повідомлялося", "it was confirmed")


_SOURCE_CUE = re.compile(_lexicon.SOURCE_CUE, re.I)  # a source cited ("за даними Генштабу"): the lexicon's


def _reminder_quotes(text: str, start: int, e: int) -> bool:
    """Whether a reminder has someone speak after its opener, from ``start``, the opener's end (whose own verb is the
    outlet's: "As previously reported"), on any verb of saying: the side it names is its speaker ("Нагадаємо, у
    жовтні Генштаб ЗСУ звітував про ураження ...", "Ранее ведомство сообщало", "the General Staff confirmed"), not
    the owner of what was hit."""
    return any(not _IMPERSONAL_SAYING.search(m.group(0)) for m in _SPEAKS_IN_REMINDER.finditer(text, start, e))


def _outlet_reminder(text: str, s: int, e: int) -> bool:
    """Whether a sentence is the outlet's own reminder: it opens with the outlet's reminder word ("Напомним",
    "Нагадаємо", "Як повідомлялося", "As previously reported") and names no one saying it (not "Напомним, ранее
    Малков сообщил, что ...", "Recall that ..., the governor said"; an impersonal "сообщалось" is the outlet's)."""
    opener = _OUR_REMINDER.match(text, s, e)
    if (
        opener is None
        or _actors.local_authority_speaks(text, s, e)
        or _SOURCE_CUE.search(text, s, e)  # "Нагадаємо, за даними Генштабу, ..."
    ):
        return False
    return not _reminder_quotes(text, opener.end(), e)


def _opens_earlier(
    text: str, claim: Claim, spans: Sequence[tuple[int, int]], opener: re.Pattern[str] = _EARLIER_STORY
) -> bool:
    """Whether a claim's sentence opens an earlier story: a reminder word first ("Ранее стало известно, что"), or a
    heading of a reminder alone before it ("Recall", "Нагадаємо:"); ``opener``: the words that open it."""
    if claim.evidence is None:
        return False
    at = claim.evidence.start
    n = _span_index(spans, at)
    if n < 0:
        return opener.match(text, at) is not None
    if opener.match(text, spans[n][0]) is not None:
        return True
    if n == 0:
        return False
    heading = opener.match(text, *spans[n - 1])
    return heading is not None and not text[heading.end() : spans[n - 1][1]].strip(" \t\n:.—–-")


def _only_earlier(fine: Claim, coarse: Claim, text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``fine`` is told in an earlier story the report recalls and ``coarse`` in the story it tells ("enemy
    launched a drone strike on the Shevchenkivskyi district ... Recall: On July 25, a guided bomb hit a medical
    facility in Kharkiv"; "отключение электроснабжения в Запорожской области из-за атаки ВСУ ... Ранее стало
    известно, что ... атаковали ... Запорожской АЭС"): two attacks, the coarser not the finer told less precisely.
    Not a reminder of this night's or day's attack ("Нагадаємо, вночі ворог атакував Запоріжжя ... пошкоджено
    підстанцію"): the attack told again; nor a sentence of live reporting that opens with "earlier" alone ("Earlier on
    Friday", "Earlier in the day", "Раніше мер Терехов повідомив, що дрон влучив у підстанцію"), unless it names a
    time before the coarse claim's ("Раніше, 8 жовтня, ...") (review 29 M6)."""
    if fine.evidence is None or _ONE_DAY.search(text, fine.evidence.start, fine.evidence.end):
        return False
    if _opens_earlier(text, coarse, spans) or _opens_earlier(text, coarse, spans, _EARLIER):
        return False
    return _opens_earlier(text, fine, spans) or (
        _opens_earlier(text, fine, spans, _EARLIER) and fine.time.latest <= coarse.time.earliest
    )


def _same_branch(a: str, b: str) -> bool:
    """Whether two categories are of one branch ("energy.electricity.substation" and
    "energy.electricity.generation.thermal"), or one is a whole sort ("energy")."""
    return a.split(".")[:2] == b.split(".")[:2] or "." not in a or "." not in b


def _within(coarse: Claim, fine: Claim) -> bool:
    """Whether ``coarse`` says less than ``fine`` of the same attack: a claim on a whole region by the same side and
    claimant, of the same kind of target, beside one at a finer place in that region; or a claim on no target named
    beside one with a target in the same region, at the same or a finer place within its own. A finer claim told with
    no speaker (a relay) is the same attack as a region's claim on a target by a speaker ("Дрони атакували нафтобазу у
    Краснодарському краї, - ЗМІ" above the depot in Kropotkin): the headline's place said less precisely, and its
    speaker goes on the relay (`_consolidate`); a denial never gives way to one, nor a town's claim (as precise as its
    site's: "Drones hit a refinery in Kirishi, officials said" beside the witnesses' fire at the refinery is two)."""
    if coarse.perpetrator != fine.perpetrator or (
        (coarse.claimant, coarse.stance) != (fine.claimant, fine.stance)
        and not (
            coarse.perpetrator is not None
            and fine.claimant is None
            and coarse.stance != "denial"
            and coarse.target.category != "unknown"
            and coarse.place.precision == "admin1"
        )
    ):
        return False
    if _far_apart(coarse, fine):
        return False  # "Зокрема, 1 липня Генштаб підтвердив ..." beside today's strike: another attack
    if (
        coarse.place.precision == "settlement"
        and fine.place.precision == "facility"
        and (
            coarse.target.category in ("unknown", _top(fine.target.category))
            or coarse.target.category.split(".")[:2] == fine.target.category.split(".")[:2]
        )
        and _km(coarse.place, fine.place) <= (coarse.place.radius_km or 0.0) + 25.0
    ):
        # "уразили аеродром «Енгельс» ... У районі аеродрому": the town of the site named; not a site of another
        # kind near it ("уражено Сімферопольську ТЕЦ ... у Сімферополі горить нафтобаза")
        return True
    if (
        coarse.place.precision == "district"
        and fine.place.precision in ("settlement", "facility")
        and coarse.place.admin1 == fine.place.admin1
        and coarse.target.name is not None
        and _strength(coarse) == 0
        and _top(coarse.target.category) == _top(fine.target.category)
        and _km(coarse.place, fine.place) <= (coarse.place.radius_km or 0.0)
    ):
        return True  # "снаряды на подстанцию в Новогорьевке. Два населенных пункта района остались без света": its cut
    if coarse.place.admin1 is None or coarse.place.admin1 != fine.place.admin1:
        return False
    if coarse.target.category == "unknown":
        # (not to a target said of the whole region: "атакувала Дніпропетровщину, зокрема енергетику ... У Павлограді
        # виникли пожежі" names another attack site, not the region's energy site; nor to another town of the region)
        return (
            fine.target.category != "unknown"
            and _FINENESS.get(fine.place.precision, 9) <= _FINENESS.get(coarse.place.precision, 9)
            and (coarse.place.precision == "admin1" or _km(coarse.place, fine.place) <= (coarse.place.radius_km or 0.0))
        )
    return (
        coarse.place.precision == "admin1"
        and fine.place.precision != "admin1"
        and _top(coarse.target.category) == _top(fine.target.category)
        and not _another_site(coarse, fine)
    )


def _another_site(coarse: Claim, fine: Claim) -> bool:
    """Whether a region's claim names a civilian or energy site of another kind than a finer claim's, neither covering
    the other: a second site hit in the region ("в Одеській області також пошкоджено резервуари підприємства" beside
    the port of Chornomorsk; "the complete transformer substation in the Bryansk Region was disabled" beside a line cut
    in the Klimovo district), not the same site said less precisely (a generic "цивільна інфраструктура", "energy
    facilities", or a port beside a port's terminal)."""
    a, b = coarse.target.category, fine.target.category
    return _top(a) in ("civilian", "energy") and _strength(coarse) == 2 and _ancestor(a, b) not in (a, b)


def _cut_area(raion: Claim, centre: Claim, text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a raion's claim is where the cut of a site at its centre was felt: the raion named after its centre
    (at the centre's point), the same kind of site by the same sides, in a sentence that tells a cut of supply
    ("подстанции в слободе Белой ... энергоснабжение пропало в семи населенных пунктах Беловского района"), in any
    word order; not a raion hit on its own ("У Запорізькому районі влучання в домоволодіння" beside the city's
    homes, "у районі дрон уразив підстанцію, без світла ...": a site named between the raion and the cut)."""
    if (
        raion.place.precision != "district"
        or not (raion.place.name or "").endswith(" raion")
        or centre.place.precision != "settlement"
        or (raion.place.lat, raion.place.lon) != (centre.place.lat, centre.place.lon)
        or raion.target.category != centre.target.category
        or (raion.perpetrator, raion.claimant, raion.stance) != (centre.perpetrator, centre.claimant, centre.stance)
        or raion.evidence is None
    ):
        return False
    at = raion.evidence.start
    s, e = _span_at(spans, at, (raion.evidence.start, raion.evidence.end))
    found = _lexicon.find_targets(text, s, max(e, raion.evidence.end))
    sites = [t for t in found if not t[2].outcome]
    for r in _RAION.finditer(text, s, max(e, raion.evidence.end)):
        for cut in (t for t in found if t[2].outcome):
            a, b = (cut[1], r.start()) if cut[1] <= r.start() else (r.end(), cut[0])
            # the cut and the raion in one clause, no site named between them nor after them in that clause
            # ("пропало в ... Беловского района", "в Беловском районе пропал свет"; not "в районе дрон поразил
            # подстанцию, без света ...", "Power went out in the Belgorod district after a strike on another
            # substation")
            after = max(r.end(), cut[1])
            stop = _STOP.search(text, after, max(e, raion.evidence.end))
            end = stop.start() if stop is not None else max(e, raion.evidence.end)
            if a <= b and not _STOP.search(text, a, b) and not any(a <= t[0] < b or after <= t[0] < end for t in sites):
                return True
    return False


def _lend_speaker(
    kept: list[Claim], coarse: Sequence[Claim], text: str, spans: Sequence[tuple[int, int]]
) -> list[Claim]:
    """The claims of ``kept`` told with no speaker (a relay), each with the claimant and stance of the one speaker of
    the same attack whose coarser claim (of a region or the country, ``coarse``) gave way to it, when that claim's
    sentence names its speaker: "Russian drones damaged energy facilities in the Odesa region, Ukraine said. Local
    media reported ... a substation in Izmail" is Ukraine's accusation at Izmail; not a claimant the report's
    sources lend a headline ("Невідомі дрони атакували нафтобазу у Краснодарському краї РФ, - ЗМІ" in a report that
    quotes the local authorities). Two speakers of it (an accusation and an admission) leave the relay as it is."""

    def named(c: Claim) -> bool:
        if c.evidence is None:
            return False
        at = c.evidence.start
        start, end = _span_at(spans, at, (c.evidence.start, c.evidence.end))
        return _actors.claimant_in(text, start, max(end, c.evidence.end)) == c.claimant

    coarse = [c for c in coarse if c.claimant is not None and c.stance != "denial" and named(c)]
    out = []
    for fine in kept:
        speakers = {
            (c.claimant, c.stance)
            for c in coarse
            if fine.claimant is None
            and fine.perpetrator is not None
            and c.perpetrator == fine.perpetrator
            and _top(c.target.category) == _top(fine.target.category)
            and not _earlier_in_month(fine, c, text, spans)
            and (
                _within(c, fine)
                if c.place.precision not in ("country", "unknown")
                else fine.place.precision not in ("country", "unknown")
                and c.place.country in (None, fine.place.country)
            )
        }
        if len(speakers) == 1:
            ((claimant, stance),) = speakers
            fine = fine.model_copy(update={"claimant": claimant, "stance": stance})
        out.append(fine)
    return out


def _restates(told: Claim, full: Claim) -> bool:
    """Whether ``told`` says nothing ``full`` does not, with no side that struck or no speaker where ``full`` has
    one: a headline or a confirmation ("Влада підтвердила пожежу на НПЗ", "Факт пошкодження НПЗ підтвердили") of the
    attack the report tells in full, of the same or a broader kind of target, at the same place, a place that holds
    it, or none."""
    if told.perpetrator not in (None, full.perpetrator) or told.claimant not in (None, full.claimant):
        return False
    if (told.perpetrator, told.claimant) == (full.perpetrator, full.claimant):
        return False  # the same sides: the rules of _within and the merge of one place's claims
    category = told.target.category
    if category != "unknown" and not (
        category == full.target.category or full.target.category.startswith(category + ".")
    ):
        return False
    if told.place.precision in ("country", "unknown"):
        return told.place.country in (None, full.place.country)
    if (told.place.name, told.place.lat) == (full.place.name, full.place.lat):
        # the same site at the same place, told by a relay and by a side, is two claims; with no side, one
        return told.claimant == full.claimant
    sides = {"perpetrator": full.perpetrator, "claimant": full.claimant, "stance": full.stance}
    return _within(told.model_copy(update=sides), full)


def _plants(claims: list[Claim], *, same_claimant: bool = False) -> list[Claim]:
    """The claims on an enterprise or plant of no name ("обломки упали на территорию предприятия", "роботу
    підприємства зупинено") that may be an energy site the report names: at the same place as an energy claim, or in
    the same region as, or with no place beside, a claim on a site named ("НПЗ", "нафтобаза"). With ``same_claimant``,
    only those told by the claimant (the side) of the energy claim: another claimant who says only "an industrial
    facility" where one names the refinery (Ukraine's General Staff "уразили НПЗ у Сизрані" beside a Russian
    governor's "промислове підприємство") makes a claim of his own; two speakers of one side stay one claim."""

    def key(c: Claim) -> tuple[object, ...]:
        return (c.place.name, c.place.lat) + ((c.claimant,) if same_claimant else ())

    # (an energy claim of a cut alone names no site the enterprise could be: "the attacks caused power cuts and
    # damaged elevators and civilian warehouses" is two claims)
    energy_at = {key(c) for c in claims if _top(c.target.category) == "energy" and _strength(c) > 0}
    sites = [c for c in claims if _top(c.target.category) == "energy" and _strength(c) == 2]
    return [
        c
        for c in claims
        if c.target.category == "civilian.industry"
        and "«" not in (c.target.name or "")
        and (
            (key(c) in energy_at and c.place.precision not in ("country", "unknown"))
            or any(_same_site_area(c, site) and (not same_claimant or site.claimant == c.claimant) for site in sites)
        )
    ]


def _sites_at_plants(claims: list[Claim]) -> list[Claim]:
    """A site named with no place takes the place of the enterprise that is that site ("A drone attack set fire to an
    oil refinery in Russia ... the governor said an enterprise caught fire"), so that the lead gives way to it."""
    out = list(claims)
    for plant in _plants(claims):
        if plant.place.precision in ("country", "unknown"):
            continue  # no place to lend
        for n, site in enumerate(out):
            if (
                _top(site.target.category) == "energy"
                and _strength(site) == 2
                and site.place.precision in ("country", "unknown")
                and _same_site_area(plant, site)
            ):
                out[n] = site.model_copy(update={"place": plant.place})
                break
    return out


def _same_site_area(plant: Claim, site: Claim) -> bool:
    """Whether an enterprise or plant of no name ("підприємство", "завод", "enterprise") may be the energy site
    another claim names ("НПЗ", "нафтобаза"): the same side struck both, and one of them names no place, or both lie in
    one region, in one country."""
    if plant.perpetrator not in (None, site.perpetrator) or plant.place.country not in (None, site.place.country):
        return False
    if {plant.place.precision, site.place.precision} & {"country", "unknown"}:
        return True
    return plant.place.admin1 is not None and plant.place.admin1 == site.place.admin1


def _km(a: Place, b: Place | Facility) -> float:
    """The ground distance between a place and another place or a facility (infinite when either has no point): a
    facility named within a town's radius + 25 km is the point of that town ("the Sudzha gas metering station")."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return math.inf
    return float(geodesic_km(a.lat, a.lon, b.lat, b.lon))


# a later item of a list of villages begun beside a raion, read outside the raion's oblast this far from the raion, is
# a namesake far off, and the raion stands for it (Komsomolsk-on-Amur, Bashkortostan, Saratov; not Vovchansk or Lyptsi
# across the border, under 100 km)
_FAR_NAMESAKE_KM = 300.0


# only words of being in ("the Tyazhino settlement in the", "районе — в поселке"): not a list ("по Сумах, а також по
# Запорізькій області"), nor where a strike came from or a neighbour ("in Shostka from the Kursk region", "in Mezhova
# near the border with the Donetsk region", "в Октябрьском районе беспилотник атаковал поселок")
_BESIDE_GAP = re.compile(
    r"\s*(?:[—–-]\s*|,\s*(?=(?:(?:the|in|в|во|у)\s+)*(?:settlements?|villages?|towns?|hamlets?|поселк|посёлк|"
    r"сел[оеаіи]|селищ|хутор)))?"
    r"(?:(?:the|in|of|в|во|у|settlements?|villages?|towns?|hamlets?|поселк\w*|посёлк\w*|сел[оеаіи]\w*|селищ\w*|"
    r"деревн\w*|хутор\w*|міст[оіа]|город\w*)\s+)*",
    re.I,
)  # (a comma after the raion, and the plural of a list: "In the Belgorodsky district, the villages of Komsomolsky")


def _beside(
    text: str, mentions: Sequence[_places.PlaceMention], mention: _places.PlaceMention, unit: tuple[int, int]
) -> bool:
    """Whether a place mention and a region's or raion's (``unit``, its span) are named side by side: within a few
    words of one clause, with no other place between them ("the Tyazhino settlement in the Kursk Region")."""
    lo, hi = (mention.end, unit[0]) if mention.end <= unit[0] else (unit[1], mention.start)
    if hi < lo or _BESIDE_GAP.fullmatch(text, lo, hi) is None:
        return False
    return not any(lo <= m.start < hi for m in mentions)


def _list_head(
    text: str, mentions: Sequence[_places.PlaceMention], mention: _places.PlaceMention
) -> _places.PlaceMention:
    """The first item of the list of settlements a mention ends ("the settlements of Dubovoye, Komsomolsky and
    Oktyabrsky": Dubovoye), the mention itself if it begins one or stands alone; a raion or region ends the list."""
    k = next((n for n, m in enumerate(mentions) if m.start == mention.start), None)
    while (
        k
        and mentions[k - 1].level not in {"admin1", "district"}
        and _LIST_GAP.fullmatch(text, mentions[k - 1].end, mentions[k].start)
    ):
        k -= 1
    return mention if k is None else mentions[k]


def _names_its_region(place: Place, admin1: str | None) -> bool:
    """Whether a settlement is the centre that names the region a facility lies in ("the Svatovo gas distribution
    station in Lugansk": Luhansk for Luhansk Oblast), which the text may name for the whole region."""
    if place.name is None or admin1 is None or place.admin1 != admin1:
        return False
    return names_region(place.name, admin1)


def _inside(fine: Place, coarse: Place, *, later: bool) -> bool:
    """Whether a place lies in a coarser one the same sentence names: a region and a place of it, or a district (a
    town's area, "Нікопольщина") and a settlement or site within its radius, or a district named after it and not of
    one list with it (``later``: "Нікопольщину, ... Марганецькій громаді"; not "the Okhtyrka, Shostka and Konotop
    districts")."""
    if coarse.precision == "admin1":
        return fine.admin1 == coarse.admin1 and fine.precision != "admin1"
    if coarse.precision != "district" or _km(fine, coarse) > (coarse.radius_km or 0.0):
        return False
    return fine.precision in ("settlement", "facility") or (later and fine.precision == "district")


def _other_voice(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sentences are said by two speakers: each names its own, and they hold no role in common."""
    return bool(a) and bool(b) and not a & b


# what is really at sea: a ship, and oil or gas produced offshore (a platform); a claim on anything else ("power
# facilities", "an oil refinery") is on land whatever sea its sentence names ("missiles from submarines in the Black
# Sea, hitting power facilities": where the missiles came from)
_AT_SEA_KINDS = ("maritime", "energy.oil.production", "energy.gas.production")


def _at_sea(claims: list[Claim], text: str, spans: Sequence[tuple[int, int]]) -> list[Claim]:
    """Claims on a thing at sea (a ship, an offshore platform) placed no finer than a country whose evidence, else
    sentence, names the sea they happened in ("танкер ... у Чорному морі"): at the sea (after consolidation, so that
    no claim is kept apart by it)."""
    out = []
    for c in claims:
        if c.place.lat is None and c.evidence is not None and c.target.category.startswith(_AT_SEA_KINDS):
            a, b = c.evidence.start, c.evidence.end
            sea = _places.sea_in(text, a, b, c.place.country)
            if sea is None and (span := _span_at(spans, a, None)) is not None:
                sea = _places.sea_in(text, *span, c.place.country)
            if sea is not None:
                c = c.model_copy(update={"place": sea})
        out.append(c)
    return out


def _consolidate(
    claims: list[Claim],
    text: str,
    spans: Sequence[tuple[int, int]],
    voices: Mapping[str, frozenset[str]],
    own_background: Set[str],
) -> list[Claim]:
    """One claim per place and kind of target: a lead sentence with no place gives way to the claims that name
    places (unless it sums up the whole truce), and claims at one place of one kind (by the same side, from the same
    claimant) become one, with the category that covers them."""
    # (a country-level claim gives way only to places said by the same claimant and struck by the same side or in the
    # same country: "Zelensky said Russian drones targeted Ukrainian energy sites ... Russian officials claimed
    # Ukraine targeted an oil depot in Krasnodar region" keeps both, and so does "Россия атаковала украинские объекты
    # энергетики" beside Moscow's accusation of a strike on a Russian oil depot); a place told with no speaker (a relay)
    # takes the claim of any speaker but a denier on the same side's strike, and the speaker with it: "Russian drones
    # damage vessels in ports, Ukraine says" above "Local media reported that Russian drones damaged two vessels in
    # the port of Izmail" is one attack, Ukraine's accusation at Izmail
    claims = _sites_at_plants(claims)
    placed = {
        (c.target.category, c.claimant, c.perpetrator, c.place.country)
        for c in claims
        if c.place.precision not in ("country", "unknown")
    }

    def gives_way(c: Claim, relay: bool) -> bool:
        return any(
            _top(category) == _top(c.target.category)
            # (a site of one branch with no place, "one of Naftogaz's CHPs", stays beside places of another branch,
            # "gas production sites in Kharkiv region": a site of its own, not the lead of theirs)
            and (_same_branch(category, c.target.category) or "." not in c.target.category.partition(".")[2])
            and (
                (claimant is None and side is not None and side == c.perpetrator and c.stance != "denial")
                if relay
                else claimant == c.claimant
            )
            and (c.perpetrator is None or side in (None, c.perpetrator) or country in (None, c.place.country))
            for category, claimant, side, country in placed
        )

    kept: list[Claim] = []
    told: list[Claim] = []  # a speaker's claim that gave way to a relay only: it lends the relay its speaker
    for c in claims:
        general = c.place.precision in ("country", "unknown")
        own = general and gives_way(c, False)
        if (
            not general
            or not (own or gives_way(c, True))
            or _sums_up_truce(text, c)
            or _counts_attacks(text, c)
            or _told_before(text, c, claims)
        ):
            kept.append(c)
        elif c.claimant is not None and not own:
            told.append(c)
    kept = _lend_speaker(kept, told, text, spans)
    plants = _plants(kept, same_claimant=True)  # an enterprise of no name beside an energy site is that site
    kept = [c for c in kept if not any(c is plant for plant in plants)]
    # a region gives way to the places named in it ("энергетическая инфраструктура Брянской области подверглась
    # атакам ... энергообъект «Погар» ... Случевск"), and an attack on nothing named to the targets named near it
    # "пошкоджено виробничий об'єкт ДТЕК ... Серйозно зруйновані будівлі": a building where a site was hit is part of it
    sites_at = {
        (c.place.name, c.place.lat)
        for c in kept
        if c.target.category != "unknown" and not _BUILDING.fullmatch(c.target.name or "")
    }
    kept = [
        c
        for c in kept
        if not (
            _BUILDING.fullmatch(c.target.name or "")
            and (c.place.name, c.place.lat) in sites_at
            and c.place.precision not in ("country", "unknown")
        )
    ]
    # a generic civilian word at a site already named by its kind is that site ("ТЭЦ ... Полностью гражданский
    # объект ... подвергся разрушениям"): one site, not a civilian one beside the plant (a vessel at a terminal is not)
    named_sites = {
        (c.place.name, c.place.lat, c.perpetrator)
        for c in kept
        if c.place.precision == "facility" and _strength(c) == 2 and _top(c.target.category) != "civilian"
    }
    kept = [
        c
        for c in kept
        if not (
            c.target.category == "civilian"
            and _strength(c) == 1
            and c.place.precision == "facility"
            and (c.place.name, c.place.lat, c.perpetrator) in named_sites
        )
    ]
    # the killed and hurt at the place of a strike on the army, by the same side and told by the same speaker, are its
    # soldiers ("ворог атакував військову частину ... є загиблі і поранені"), not a civilian place beside it (civilians
    # or children named as such stay); at the place of a strike on energy, its workers ("атаки ... на объекты ... ТЭК.
    # ... Один человек пострадал", "struck energy infrastructure ... two employees were injured"), but only where the
    # site is a facility, or the sentence of the hurt names the workers or the site, or names no place of its own: a
    # town's dead told with the attack on the town stay ("атаки на Запоріжжя загинули двоє. Також пошкоджено об'єкт
    # енергетики в місті", review 29 H1)
    army_at = {
        (c.place.name, c.place.lat, c.perpetrator, c.claimant)
        for c in kept
        if is_military_target(c.target.category) and c.place.precision not in ("country", "unknown")
    }
    workers_at = {
        (c.place.name, c.place.lat, c.perpetrator, c.claimant): c.place.precision == "facility"
        for c in sorted(kept, key=lambda c: c.place.precision == "facility")
        if _top(c.target.category) == "energy" and c.place.precision not in ("country", "unknown")
    }

    def soldiers_or_workers(c: Claim) -> bool:
        key = (c.place.name, c.place.lat, c.perpetrator, c.claimant)
        if key in army_at:
            return True
        if key not in workers_at:
            return False
        if workers_at[key] or c.evidence is None:
            return True
        s, e = c.evidence.start, c.evidence.end
        return bool(_AT_THE_SITE.search(text, s, e)) or not _places.find_places(text, s, e)

    kept = [
        c
        for c in kept
        if not (
            c.target.category == "civilian"
            and _HURT_ONLY.fullmatch(c.target.name or "")
            and not (c.evidence and _CIVILIANS.search(text, c.evidence.start, c.evidence.end))
            and soldiers_or_workers(c)
        )
    ]
    # a plant the report says elsewhere makes arms ("the Silicon plant, which produces microelectronics for missile
    # systems ... The “Kremniy” plant in Bryansk came under attack"), struck at the same place by the same side, is
    # that defence plant, not a civilian one beside it
    # (at a town or a site, not a region: a region holds other plants; not a plant of a civilian trade, nor "another
    # plant", in its own phrase)
    defence_at = {
        (c.place.name, c.place.lat, c.perpetrator)
        for c in kept
        if c.target.category == "military.industry" and c.place.precision in _FINE_PLACE
    }
    kept = [
        c.model_copy(update={"target": c.target.model_copy(update={"category": "military.industry"})})
        if c.target.category == "civilian.industry"
        and (c.place.name, c.place.lat, c.perpetrator) in defence_at
        and _PLANT_WORD.search(c.target.name or "")
        and not _another_plant(text, c)
        else c
        for c in kept
    ]
    # a headline or a confirmation with no side or speaker gives way to the attack told in full (not the outlet's
    # own line in its background section: a claim of its own; nor another attack, a day or more away and told as
    # earlier, "Ранее, 28 ноября, украинские морские дроны атаковали танкеры" beside yesterday's attack on a tanker)
    kept = [
        c
        for c in kept
        if (c.claimant is None and c.id in own_background)
        or not any(_restates(c, other) and not _apart(c, other, text, spans) for other in kept if other is not c)
    ]
    coarse = [
        c
        for c in kept
        if not _region_tally(text, c, spans)
        and any(
            (
                _within(c, other)
                and not _only_earlier(other, c, text, spans)
                and not _region_listed(c, other, kept, spans)
            )
            or _cut_area(c, other, text, spans)
            for other in kept
            if other is not c
        )
    ]
    kept = _lend_speaker([c for c in kept if not any(c is other for other in coarse)], coarse, text, spans)
    for region in coarse:
        # the site the region's claim names, where the finer claim names only a power cut ("обстрел объекта ...
        # отключилась высоковольтная линия, без света остались потребители Суземского района")
        for n, fine in enumerate(kept):
            if _within(region, fine) and _strength(fine) < _strength(region) and region.target.category != "unknown":
                kept[n] = fine.model_copy(update={"target": region.target})
    out: list[Claim] = []
    groups: dict[tuple[object, ...], list[int]] = {}  # a place, kind and sides -> the indices of its claims in out
    # how the claims merged into each of out were named, at best: the first may be a casualty or a generic word that a
    # site of the group has replaced ("погибших", then "автобус", then "университет": two sites, `civilian`)
    strength: dict[int, int] = {}
    heard: dict[int, frozenset[str]] = {}  # the speaker of each of out, as its claims name it
    for c in kept:
        where = (c.place.name, c.place.lat) if c.place.precision not in ("country", "unknown") else (None, None)
        key = (*where, c.place.country, _top(c.target.category), c.perpetrator, c.claimant, c.stance)
        # "В прошлый раз БПЛА атаковали Энгельс ночью на 8 января": another attack on the same site, a day or more
        # away from the one told, is a claim of its own
        # (and two speakers of one side, each naming the attack, are two claims: "Кобзар повідомив ... по Сумах",
        # "по місту Суми, — написав Єрмак", even of two kinds of one branch, a hospital from the mayor and a house
        # from the KMVA; a sentence that names no speaker of its own joins either)
        said = voices.get(c.id, frozenset())
        at = next(
            (n for n in groups.get(key, []) if not _apart(out[n], c, text, spans) and not _other_voice(heard[n], said)),
            None,
        )
        if at is not None:
            heard[at] = heard[at] or said
            first = out[at]
            # a power cut gives way to the site named, a generic word ("энергетическая инфраструктура", "резервуар с
            # бензином") to the site named with it
            # (a second site widens the group even where a casualty or a generic word opened it: "погибших ...
            # жилые дома ... школа" is `civilian`)
            now = _strength(c)
            was = strength[at] if now == 2 else _strength(first)
            if was != now:
                category = first.target.category if was > now else c.target.category
            elif {first.target.category, c.target.category} == _STATION_AND_LINE and _line_stopped(
                first if first.target.category == "energy.oil.pipeline" else c, text, spans
            ):
                # an oil pipeline told at the place of a pumping station as stopped is the line the station pumps
                # ("the oil pumping station in the city of Unecha was damaged ... the pumping of oil through the
                # Druzhba main oil pipeline was also completely stopped"): the station, not `energy.oil`; not a line
                # told hit ("A separate drone hit the oil pipeline near Unecha")
                category = "energy.oil.pumping_station"
            elif strength[at] == 2 and now < 2 and c.target.category.startswith(first.target.category + "."):
                # a lesser thing merged into a group that already holds a site, under whose category (wider than
                # the thing's: a list widened it, or the site is of that kind) it falls, keeps the group's category
                # ("Загинули 11 людей. Пошкоджено вісім багатоповерхівок і 30 автомобілів. ... пошкоджено пожежний
                # автомобіль": `civilian`, not the car)
                category = first.target.category
            else:
                category = _ancestor(first.target.category, c.target.category, narrow=was < 2)
            strength[at] = max(strength[at], now)
            if category != first.target.category:
                first = out[at] = first.model_copy(
                    update={"target": first.target.model_copy(update={"category": category, "facility_id": None})}
                )
            _lend_means(out, at, c)
            continue
        groups.setdefault(key, []).append(len(out))
        heard[len(out)] = said
        strength[len(out)] = _strength(c)
        out.append(c)
    return out


_CIVIL_PRODUCT = re.compile(
    r"\b(?:chemical|fertili[sz]er|food|bread|bakery|steel|metallurg|cement|glass|brewery|sugar|textile|furniture|"
    r"meat|dairy|milk|brick|paper|timber|wood|tobacco|confection|"
    r"хім|хим|добрив|удобрен|хліб|хлеб|харч|пищев|металург|сталь|цемент|скля|стекол|пив|цукр|сахар|текстил|"
    r"мебл|м['’ʼ]?яс|молоч|(?:сир|сыр)(?:ов|н|зав|одел)|кирпич|цегл|бумаж|паперов|картон|деревообр|тютюн|табач|"
    r"кондитер|олійн|масложир)\w*",
    re.I,
)  # a plant of a civilian trade ("a fertiliser plant", "a meat processing plant", "хлібозавод"): another plant than
# the defence one (read in the plant's own phrase, not the sentence: "в Химках" is no chemical plant)
_ANOTHER = re.compile(
    r"\b(?:another|other|second|ещ[её]\s+(?:один|одно|одна)|друг(?:ой|ое|ая|ом|ого|ому|ую)|ще\s+(?:один|одне|одна)|"
    r"інш(?:ий|е|а|ого|ому|ім|у|ій)|друг(?:ий|е|а|ого|ому|ім|у))\b",
    re.I,
)  # a plant said to be another one ("another plant", "еще один завод", "ще одне підприємство", "інший завод")
_PLANT_WORD = re.compile(
    r"\b(?:plants?|factor(?:y|ies)|works|enterprises?|завод\w*|фабрик\w*|підприємств\w*|предприяти\w*|комбинат\w*|"
    r"комбінат\w*)",
    re.I,
)
_FINE_PLACE = ("exact", "facility", "settlement")  # a town's or a site's place: one plant there is the one told
_PHRASE_BEFORE = re.compile(r"(?:[\w'’ʼ-]+\s+){0,3}$")
_PHRASE_AFTER = re.compile(
    r"(?:\s+(?!(?:in|at|near|of|on|в|во|у|на|под|під|біля|возле|около|поблизу)\b)[\w'’ʼ«»\"-]+){0,4}", re.I
)


def _another_plant(text: str, claim: Claim) -> bool:
    """Whether a plant's own phrase (up to three words before its word and four after, up to the place) says it is
    another plant than the defence plant at its place ("Another plant in Bryansk", "еще один завод") or one of a
    civilian trade ("A meat processing plant", "молочный завод", "завод по производству кирпича")."""
    name = (claim.target.name or "").split("«")[0].strip()
    if claim.evidence is None or not name:
        return False
    s, e = claim.evidence.start, claim.evidence.end
    word = re.compile(re.escape(name), re.I).search(text, s, e)
    if word is None:
        return _CIVIL_PRODUCT.search(name) is not None
    before = _PHRASE_BEFORE.search(text, max(s, word.start() - 60), word.start())
    after = _PHRASE_AFTER.match(text, word.end(), e)
    start = before.start() if before else word.start()
    end = after.end() if after else word.end()
    return _ANOTHER.search(text, start, end) is not None or _CIVIL_PRODUCT.search(text, start, end) is not None


_DIGIT = re.compile(
    r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d"
)  # a digit (a date, a clock time, a count, but also "Лютый-2"): a told attack, not a history; not a year alone
# ("since February 2022", "ще в 2022-му"), which dates the history
_CLAUSE_EDGE = re.compile(r"[,;:—–()]")
_LIST_ITEM_NEXT = re.compile(
    r"\s*(?:(?:and|и|і|та|й)\s+(?:[\w'’ʼ-]+\s+){0,2}?(?:strikes?|attacks?|shelling|удар\w*|атак\w*|обстр[еі]л\w*)\b"
    # not the subject of a new clause with its own verb of hitting: ", and drone attacks hit ...", ", и ночью удары
    # дронов повредили ...", ", і вночі атака дронів пошкодила ..."
    r"(?!(?:\s+[\w'’ʼ-]+){0,3}?\s+(?:hit|hits|struck|damaged|destroyed|knocked|targeted|set|sparked|caused|"
    r"(?:повредил|ударил|поразил|уничтожил|разрушил|атаковал|попал|задел|обесточил|вызвал|"
    r"пошкодил|уразил|знищил|зруйнувал|атакувал|влучил|зачепил|знеструмил|спричинил)\w*)\b)|"
    r"[\w'’ʼ-]+(?:,|\s+(?:and|и|і|та|й)\s))",
    re.I,
)
"""After a comma, the next item of a list ("drone, artillery, and missile strikes", "Белгород, Курск и Брянск"). A
bare conjunction only as the last modifier before an attack noun: "..., и сегодня ночью дроны ударили" opens a new
clause, the report told after the history."""
_GERUND_NEXT = re.compile(
    r"\s*(?!(?:during|according|including|following|morning|evening|(?:no|some|every|any)thing)\b)\w+(?:ючи|учи|ачи|ячи|ивая|ывая|авая|уя|юя|вши|вшись|ing)\b",
    re.I,
)
"""A gerund that opens the clause after a comma ("обстрілюючи житлові квартали", "shelling residential areas"): it
goes on the clause before it."""


def _history_only(text: str, s: int, e: int, triggers: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The clauses of a site's history ("нефтебаза неоднократно подвергалась атакам") in ``text[s:e]``, from the comma
    before a word of many times over to the comma after it, when every attack word stands in one; else none: not
    "Ночью дроны атаковали нефтебазу, которая уже неоднократно подвергалась ударам", a fresh report with its
    history."""
    clauses = []
    found = [(m, False) for m in _lexicon.ITERATIVE.finditer(text, s, e)]
    found += [(m, True) for m in _lexicon.TREND.finditer(text, s, e)]
    for m, trend in found:
        before = [c.end() for c in _CLAUSE_EDGE.finditer(text, s, m.start())]
        after = _CLAUSE_EDGE.search(text, m.end(), e)
        while (
            after is not None
            and text[after.start()] == ","
            and (_GERUND_NEXT.match(text, after.end(), e) or _LIST_ITEM_NEXT.match(text, after.end(), e))
        ):
            # "неодноразово атакував Херсон, обстрілюючи ...", "regularly launched drone, artillery, and missile
            # strikes": a gerund or the next item of a list goes on with the clause
            after = _CLAUSE_EDGE.search(text, after.end(), e)
        clause = (before[-1] if before else s, after.start() if after else e)
        if trend and _lexicon.TREND_TIME.search(text, *clause):
            continue  # "Вночі посилили атаки на НПЗ у Рязані", "stepped up strikes on Monday": a report
        clauses.append(clause)
    if clauses and all(any(a <= t0 and t1 <= b for a, b in clauses) for t0, t1 in triggers):
        return clauses
    return []


_BUILDING = re.compile(r"(?:здани|будівл)\w*|buildings?", re.I)  # a building of no kind said
_EPISODE_GAP = timedelta(days=1)
_FAR_GAP = timedelta(days=7)
_POINTER_BACK = (
    r"в\s+(?:прошлый|предыдущий|последний)\s+раз|(?:минулого|попереднього|останнього)\s+разу|востаннє|previously|"
    r"раніше|ранее|earlier"
)  # the words that point back from the attack told at an earlier one, in ``_ANOTHER_TIME`` and ``_EARLIER_POINTER``
_ANOTHER_TIME = re.compile(
    rf"\b(?:{_POINTER_BACK}|"
    r"(?:прошл|минул)\w*\s+(?:года|году|року|месяц\w*|місяц\w*)|в\s+прошлом|у\s+минулому|"
    r"last\s+(?:time|year|month)|the\s+previous\s+(?:time|attack|strike)|in\s+the\s+past|"
    # "A previous drone assault on August 18"
    r"(?:a|the)\s+previous\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|assaults?|raids?)|"
    # "Раніше ця база вже палала", "Під час попередньої атаки", "earlier this month"
    r"(?:попередн|предыдущ)\w*\s+(?:атак|удар|нал[іеё]т|нальот)\w*|the\s+previous\s+raid)\b",
    re.I,
)  # a word that points at an earlier attack (not "again", "знову", "неодноразово": they are said of the
# attack told and of a summary of many)


_INFRASTRUCTURE_DAY = re.compile(
    rf"{_OWN_DAY.pattern}|{_ANOTHER_TIME.pattern}|\b(?:в|на)\s+минувшем\s+месяце\b", re.I
)  # a time word of its own that ``_time.find_time`` may not read, for ``_infrastructure_hit``'s widening: a day
# (``_OWN_DAY``: "вчера", "last week") or another time (``_ANOTHER_TIME``: "ранее", "в прошлом месяце", "в прошлом
# году", "last year", "in the past"), or "в минувшем месяце"


_LINE_STOPPED = re.compile(
    r"(?<![\w'’ʼ-])(?:stopp\w*|halt\w*|suspend\w*|shut\s+down|interrupt\w*|припин\w*|зупин\w*|останов\w*|"
    r"приостанов\w*|прекра\w*|вуз(?:ол|л\w*)|уз(?:ел|л\w*)|nodes?|hubs?)(?![\w'’ʼ-])",
    re.I,
)  # the work of a line told stopped ("was completely stopped", "припинення роботи", "остановлена прокачка"), or the
# station told as a node of it ("в районі ключового вузла магістрального нафтопроводу Дружба")


def _in_sentence(pattern: re.Pattern[str], claim: Claim, text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``pattern`` is found in the sentence of ``spans`` that holds the start of the claim's evidence (to the
    evidence's end at least; the evidence alone where no sentence holds it); False for a claim with no evidence."""
    if claim.evidence is None:
        return False
    start, end = _span_at(spans, claim.evidence.start, (claim.evidence.start, claim.evidence.end))
    return pattern.search(text, start, max(end, claim.evidence.end)) is not None


def _line_stopped(claim: Claim, text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the sentence of a pipeline's claim tells the line stopped ("the pumping of oil through the Druzhba main
    oil pipeline was also completely stopped") or names the station as its node ("вузла магістрального нафтопроводу
    Дружба"), not a hit on the line of its own ("A separate drone hit the oil pipeline near Unecha")."""
    return _in_sentence(_LINE_STOPPED, claim, text, spans)


def _earlier_in_month(month: Claim, other: Claim, text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``month``, dated to a month begun a day or more before ``other``'s time, is told in a sentence of
    another attack ("was set ablaze earlier this month", "most recently in November"): an earlier attack, though its
    month holds the other's night, not the same one told less precisely."""
    if month.time.precision != "month" or other.time.earliest - month.time.earliest < _EPISODE_GAP:
        return False
    return _in_sentence(_ANOTHER_TIME, month, text, spans)


def _apart(a: Claim, b: Claim, text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether two claims at one place tell two attacks: their times lie a day or more apart and the sentence of one
    of them tells of another attack ("В прошлый раз БПЛА атаковали Энгельс ночью на 8 января", "Востаннє ... в ніч
    на 19 лютого"), they name sites of two kinds (a refinery, then gas production) or one is a sabotage and the other
    a strike. Times alone are not enough:
    a lead's date and a body sentence's clock time of one attack can disagree, and a truce's start date is read as the
    time of the talk that names it."""
    if b.time.earliest - a.time.latest < _EPISODE_GAP and a.time.earliest - b.time.latest < _EPISODE_GAP:
        return _earlier_in_month(a, b, text, spans) or _earlier_in_month(b, a, text, spans)
    if _far_apart(a, b):
        return True  # "Також дрони били по цьому НПЗ уночі 7 серпня" in a report of 26 September
    if _two_sites(a, b) and not (_one_branch(a, b) and any(_told_later(c, text, spans) for c in (a, b))):
        return True  # "refinery ... destroyed on the night of 17 March" beside gas production hit on the 21st
    if (a.act == "sabotage") != (b.act == "sabotage"):
        return True  # "в подрыве ГИС «Суджа»" on the 21st beside "удар ... РСЗО HIMARS" on the 28th: two acts
    return any(_in_sentence(_ANOTHER_TIME, c, text, spans) for c in (a, b))


_EARLIER_POINTER = re.compile(
    rf"\b(?:{_POINTER_BACK}|{_time.LAST_POINTER}|previous|попередн\w*|предыдущ\w*|"
    r"до\s+(?:цього|этого)|перед\s+(?:цим|этим))\b",
    re.I,
)  # a word that points back from the attack told at an earlier one ("A previous drone assault", "До цього"); not a
# bare date of another year ("У жовтні минулого року Сили оборони ...": the speaker before speaks on)


def _target_in_country(claim: Claim, text: str, start: int, end: int) -> bool:
    """Whether the sentence names a country right after the claim's target word, as where it is ("Сили оборони
    уразили НПЗ у Росії", "struck a refinery in Russia"), not elsewhere in the sentence ("The Feodosia oil terminal,
    located ... from the front line in Ukraine, was set ablaze")."""
    name = (claim.target.name or "").lower()
    return bool(name) and any(
        text[max(start, m.start() - len(name) - 3) : m.start()].lower().rstrip().endswith(name)
        for m in _IN_COUNTRY.finditer(text, start, end)
    )


def _earlier_at_the_site(
    claims: list[Claim], text: str, spans: Sequence[tuple[int, int]], voices: dict[str, frozenset[str]]
) -> list[Claim]:
    """A claim whose sentence points at an earlier attack ("A previous drone assault on August 18 destroyed several
    pumping stations", "До цього українські воїни атакували нафтобазу в Ровеньках у травні минулого року") and whose
    own time ends before that of a site of its branch named before it (the Unecha station struck on 21 August) is the
    earlier attack on that site: with no place of its own it takes the site's (the last one named, a facility before a
    town), and, told by no one the sentence has speak or cites, it is the outlet's own line (one claim per speaker,
    claimant null). Not a history line of no time of its own ("Russia has repeatedly targeted energy"), nor one of a
    branch no site before it is of, nor a speaker's ("Ранее глава округа сообщил", "the governor clarified")."""
    out: list[Claim] = []
    for claim in claims:
        # (the pointer first: few sentences have one, and the sites before are a scan of all claims)
        if (
            claim.evidence is not None
            and not voices.get(claim.id)
            and _in_sentence(_EARLIER_POINTER, claim, text, spans)
        ):
            start, end = _span_at(spans, claim.evidence.start, (claim.evidence.start, claim.evidence.end))
            branch = claim.target.category.split(".")[:2]
            # (no place of its own: none, or a country the sentence does not name as the target's, "НПЗ у Росії" is
            # some refinery; "The Feodosia oil terminal, ... from the front line in Ukraine, was set ablaze" is not)
            general = claim.place.precision == "unknown" or (
                claim.place.precision == "country" and not _target_in_country(claim, text, start, end)
            )
            before = [
                c
                for c in out
                if c.place.precision in ("facility", "settlement")
                and c.evidence is not None
                and c.evidence.start < start
                and c.target.category.split(".")[:2] == branch
                and (
                    claim.time.latest <= c.time.earliest
                    # ("earlier this month": from the month's first day to publication, begun before the site's)
                    or (claim.time.precision == "month" and claim.time.earliest < c.time.earliest)
                )
                and (general or (claim.place.has_point and _km(claim.place, c.place) <= 25.0))
            ]
            # (a site named as a facility before a town: "the Unecha oil pumping station" before "Moscow's routes")
            before.sort(key=lambda c: c.place.precision == "facility")
            site = before[-1] if before else None
            if (
                site is not None
                and claim.place.country in (None, site.place.country)
                and not _reminder_quotes(text, start, end)
                and not _SOURCE_CUE.search(text, start, end)
                and not _actors.local_authority_speaks(text, start, end)
            ):
                update: dict[str, object] = {"claimant": None, "stance": "observation"}
                if general:
                    update["place"] = site.place
                claim = claim.model_copy(update=update)
        out.append(claim)
    return out


def _two_sites(a: Claim, b: Claim) -> bool:
    """Whether two claims at one town name two sites of other kinds, neither a kind of the other (a refinery on the
    17th, gas production on the 21st): on days apart, two attacks, not one site named twice. Two kinds of one branch
    (a refinery and its tank farm, ``energy.oil``) only when no sentence dates a statement (``_told_later``)."""
    x, y = a.target.category.split("."), b.target.category.split(".")
    return _strength(a) == 2 and _strength(b) == 2 and x[: len(y)] != y and y[: len(x)] != x


def _one_branch(a: Claim, b: Claim) -> bool:
    """Whether two kinds of site are of one branch (a refinery and its tank farm, ``energy.oil``)."""
    return a.target.category.split(".")[:2] == b.target.category.split(".")[:2]


_DAY = timedelta(days=1)  # a lead's date and a body sentence's time of one attack may differ by a day
_SAID_AFTER_TIME = re.compile(
    r"\s+(?:[\w'’ʼ.-]+\s+){0,3}?(?:сообщ|заяв|повідом|уточн|показал|показали|said|told|reported|announced|showed)", re.I
)  # right after a time, a verb of saying within three words: the time is the statement's ("в 10:00 губернатор сообщил")
_STATEMENT_DATE = re.compile(
    r"(?<![0-9])[0-9]{1,2}\s+[а-яёіїєґa-z]+" + _SAID_AFTER_TIME.pattern, re.I
)  # a date said of a statement, not of a strike ("22 марта губернатор сообщил", "On 22 March the governor said")


def _told_later(claim: Claim, text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a claim's sentence dates a statement about the strike rather than the strike: its day may be a day
    or two after the attack told in the lead (two parts of one plant are then one attack)."""
    return _in_sentence(_STATEMENT_DATE, claim, text, spans)


def _far_apart(a: Claim, b: Claim) -> bool:
    """Whether two claims at named places have times a week or more apart: two attacks with no word to say so, since
    a lead's date and a body sentence's time of one attack differ by a day at most (not of a whole country, where a
    truce's start date is read as the time of the talk that names it)."""
    return (
        a.place.has_point
        and b.place.has_point
        and (b.time.earliest - a.time.latest >= _FAR_GAP or a.time.earliest - b.time.latest >= _FAR_GAP)
    )


_OUTCOME = tuple(entry.pattern for entry in _lexicon.TARGETS if entry.outcome)
_GENERIC = tuple(entry.pattern for entry in _lexicon.TARGETS if not entry.specific and not entry.outcome)


def _strength(claim: Claim) -> int:
    """How a claim's target was named: 0 only by a cut of power, gas or heat ("без света"), 1 by a generic word
    ("energy infrastructure", "объекты энергетики"), 2 by a site."""
    name = claim.target.name
    if name is None or any(p.match(name) for p in _OUTCOME):
        return 0
    return 1 if any(p.match(name) for p in _GENERIC) else 2


def _bundled_facilities() -> FacilityLookup | None:
    try:
        from ceasewatch.geo.facilities import FacilityRegistry
    except ImportError:  # pragma: no cover - the registry is part of the package
        return None
    registry: FacilityLookup = FacilityRegistry.bundled()
    return registry


def _month_of_run(text: str, clauses: Sequence[tuple[int, int]], state: _ReportState) -> _time.TimeFound | None:
    """The month of this year a clause of a run of attacks is dated to (``_time.recent_month``), but a month word right
    after a weapon's ("дрони Лютий", "дрони 'Лютий'": a drone's name, with the quotes ``recent_month`` reads)."""
    for a, b in clauses:
        month = _time.recent_month(text, a, b, state.published, state.zone)
        if month is None:
            continue
        named = _lexicon.find_all(_lexicon.WEAPONS, text, max(a, month.start - 40), month.start)
        if not any(not text[w_end : month.start].strip(" " + _time._QUOTES) for _, w_end, _ in named):
            return month
    return None


# every pattern above behind a look-ahead for the characters its matches begin with: the same matches, found faster
# (see _guard; the patterns run over every sentence of every report)
guard_patterns(globals())
