"""The lexicons: words for targets, acts, weapons and attack triggers, in English, Ukrainian and Russian.

Entries are regular expressions over stems, so that one entry covers the inflected forms (``подстанц`` matches
подстанция, подстанции, подстанцию ...). Every pattern is matched case-insensitively unless it is an acronym, which
is matched as written (``НПЗ``, ``ТЭС``) so that it does not fire inside ordinary words. The lexicons of the three
languages are used together: posts mix languages, and a Russian word in a Ukrainian post is still a target.

Where two target entries overlap, the longer match wins, then the earlier entry (the more specific one).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ceasewatch.extract._guard import RE_PARSER as _sre
from ceasewatch.extract._guard import guard_patterns, guarded, parse
from ceasewatch.geo.geocode import find_mentions

# ``_sre``, the private parser of ``re``, reads the lexicon's own patterns for the pre-filter of ``find_all``: should a
# Python drop it, no entry gets beginnings (``starts`` is None) and every entry is tried everywhere, as before the
# pre-filter: slower, the same matches

__all__ = [
    "ACCIDENT",
    "ACT_OF_WEAPON",
    "AIR_DEFENCE",
    "ARMY_OWNED_AFTER",
    "ARMY_OWNED_BEFORE",
    "ARMY_USE",
    "CESSATION",
    "CITING_A_REASON",
    "CITY_CENTRE",
    "COUNT",
    "CUT_LEFT",
    "CUT_PASSIVE",
    "CUT_SUPPLY",
    "CUT_TRIGGER",
    "DAMAGE",
    "DEFENCE_INDUSTRY_AFTER",
    "DENIAL",
    "DENY_RU_UK",
    "DESTROYED",
    "DISCRETE_STRIKE",
    "DURING",
    "ENERGY_FIRMS_EN",
    "EXERCISE",
    "FENCE",
    "FIGURATIVE_AFTER",
    "FIGURATIVE_WORD",
    "FIRE",
    "HABITUAL",
    "HALTED_AFTER",
    "HURT_RU_UK",
    "HYPOTHETICAL",
    "INDUSTRIAL_ZONE",
    "INTERCEPTION",
    "ITERATIVE",
    "KEEPING",
    "LONE_ONLY",
    "LOSS",
    "LOSS_TALLY",
    "MILITARY_HINT",
    "MILITARY_PURPOSE",
    "MODAL_AFTER",
    "NEGATED",
    "NONE_AFTER",
    "NONE_BEFORE",
    "NOT_A_TRIGGER_AFTER",
    "NOT_A_TRIGGER_BEFORE",
    "NOW",
    "NUMBER_WORDS",
    "POLICY",
    "PURPOSE",
    "RATING",
    "SABOTAGE_GROUP",
    "SABOTAGE_GROUP_STRIKES",
    "SAYING_ADVERB",
    "SAYING_ADVERB_RU",
    "SAYING_ADVERB_UK",
    "SAYING_RU_UK",
    "SAY_OR_ACCUSE_RU_UK",
    "SAY_RU_UK",
    "SOURCE_CUE",
    "SOURCE_NOUN",
    "STEP_UP_EN",
    "STEP_UP_RU_UK",
    "SUFFERED_VERB",
    "TARGETS",
    "THREAT_OF",
    "TREND",
    "TREND_TIME",
    "TRIGGERS",
    "TRUCE_NOUN",
    "TRYING",
    "UNCLEAR_AFTER",
    "UNCLEAR_BEFORE",
    "WEAPONS",
    "Entry",
    "find_all",
    "find_targets",
    "front_line",
]

_I = re.IGNORECASE
_W = r"[\w'’ʼ-]*"  # the rest of a word: any inflection
# Russian energy companies that own sea terminals, by branch: a terminal named by its owner is a site of the owner's
# branch ("терминал компании «Новатэк» в порту Усть-Луга" is a gas site, not the port)
_GAS_FIRMS_EN = r"Novatek|NOVATEK|Gazprom(?!\s+Neft)"
_OIL_FIRMS_EN = r"Transneft|Rosneft|Lukoil|LUKOIL|Gazprom\s+Neft"
ENERGY_FIRMS_EN = rf"{_OIL_FIRMS_EN}|{_GAS_FIRMS_EN}"
"""The Latin names of both branches, one list: the terminals' owners here, a facility's owner in `_places._OWNER`."""
_GAS_FIRMS = rf"(?:{_GAS_FIRMS_EN}|Новатэк\w*|НОВАТЭК\w*|Новатек\w*|Газпром(?![Нн]ефт)\w*(?!\s+[Нн]ефт))"
_OIL_FIRMS = (
    rf"(?:{_OIL_FIRMS_EN}|"
    r"Газпромнефт\w*|Транснефт\w*|Роснефт\w*|Лукойл\w*|ЛУКОЙЛ\w*|Газпром\w*\s+[Нн]ефт\w*)"
)
# "a terminal belonging to the (natural gas company) X", "terminal operated by X"
_OWNED_TERMINAL = r"terminals?\s+(?:belonging\s+to|owned\s+by|operated\s+by|of)\s+(?:the\s+|an?\s+)?(?:Russian\s+)?"
# "терминал(е) компании «X»", "термінал компанії X", "терминал «X»"
_ORG_TERMINAL = r"(?:терминал|термінал)[\w'’ʼ-]*\s+(?:(?:компани|компані|предприяти|підприємств)[\w'’ʼ-]*\s+)?[«\"“]?"


@dataclass(frozen=True)
class Entry:
    """One lexicon entry: a compiled pattern and the value it stands for (a category id, an act id, a weapon)."""

    pattern: re.Pattern[str]
    value: str
    specific: bool = True
    outcome: bool = False  # a cut of power, gas or heat: the kind of site hit, only where no site is named
    # the lower-case beginnings (up to three letters) of the words a match can begin with; None: any word
    starts: frozenset[str] | None = field(default=None, compare=False)


_KEY = 3  # letters of a word's beginning that the pre-filter compares
_WORD_START = re.compile(rf"\b\w{{1,{_KEY}}}")


def _starts(tree: Any) -> frozenset[str] | None:
    """The lower-case beginnings (1 to ``_KEY`` word characters) that every match of the pattern parsed as ``tree``
    begins with, or None when some match may begin otherwise (with a character class, a non-word character ...), or
    the pattern could not be parsed. Read from the parse tree: literals, small classes, groups, alternations and
    optional parts."""
    if tree is None:
        return None  # no parser: the pre-filter is off
    # a state: (letters so far, whether more may follow)
    states = _walk(list(tree), {("", True)})
    if states is None or any(not letters for letters, _ in states):
        return None
    return frozenset(letters for letters, _ in states)


def _walk(items: list[Any], states: set[tuple[str, bool]]) -> set[tuple[str, bool]] | None:
    c = _sre  # the op codes: re._constants, re-exported by re._parser
    for op, av in items:
        if not any(more and len(letters) < _KEY for letters, more in states):
            return states
        done = {st for st in states if not st[1] or len(st[0]) >= _KEY}
        live = states - done
        if op is c.AT or op is c.ASSERT or op is c.ASSERT_NOT:
            continue  # zero-width: a boundary or a look-around
        if op is c.LITERAL or op is c.IN:
            chars: list[str] = []
            if op is c.LITERAL:
                chars = [chr(av).lower()]
            else:
                for iop, iav in av:
                    if iop is not c.LITERAL:
                        chars = []
                        break
                    chars.append(chr(iav).lower())
            if not chars or len(chars) > 6 or not all(ch.isalnum() or ch == "_" for ch in chars):
                states = done | {(letters, False) for letters, _ in live}
            else:
                states = done | {(letters + ch, True) for letters, _ in live for ch in chars}
        elif op is c.SUBPATTERN:
            inner = _walk(list(av[3]), live)
            if inner is None:
                return None
            states = done | inner
        elif op is c.BRANCH:
            union: set[tuple[str, bool]] = set()
            for branch in av[1]:
                inner = _walk(list(branch), live)
                if inner is None:
                    return None
                union |= inner
            states = done | union
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            low, _high, body = av
            inner = _walk(list(body), live)
            if inner is None:
                return None
            taken = {(letters, False) for letters, _ in inner}  # once, then stop reading
            states = done | taken | (live if low == 0 else set())
        else:
            states = done | {(letters, False) for letters, _ in live}
        if len(states) > 256:
            return None
    return states


def _e(
    value: str, *alternatives: str, acronyms: tuple[str, ...] = (), specific: bool = True, outcome: bool = False
) -> Entry:
    parts = [rf"\b(?:{a})" for a in alternatives]
    parts += [rf"(?-i:\b{a}\b)" for a in acronyms]
    pattern = "|".join(parts)
    tree = parse(pattern, _I)  # read once, for the guard and the pre-filter
    return Entry(guarded(re.compile(pattern, _I), tree), value, specific, outcome, _starts(tree))


_NOT_HOUSEHOLD = (
    "".join(rf"(?<!{a}[а-яіїє]{{{n}}}\s)" for a in ("побутов", "бытов", "домашн") for n in (1, 2, 3))
    + r"(?<!consumer\s)(?<!household\s)(?<!home\s)"
)
_DEFENCE_ELECTRONICS = (
    rf"(?:(?:військов|военн|оборонн){_W}\s+(?:мікро|микро)?|(?:military|defen[cs]e)\s+(?:micro-?)?|"
    rf"{_NOT_HOUSEHOLD}(?:мікро|микро|micro-?))(?:електронік{_W}|электроник{_W}|electronics\b)"
)
"""Electronics that make a plant a defence plant: microelectronics (the chips of arms: "завод мікроелектроніки",
"microelectronics plant"; not a household or consumer one), or electronics said to be military ("військової
електроніки", "military electronics"). Plain electronics does not ("a plant that makes household electronics", "завод
електроніки"): the plant's use for the army must be said (`_ARMY_USE`)."""

_NOT_ARMY_CAR = "".join(rf"(?<!{a}[а-яіїє]{{{n}}}\s)" for a in ("военн", "військов") for n in (2, 3))
_NO_ARMY_AFTER = r"(?!\s+(?-i:ВСУ|ЗСУ|ВС\s+РФ|ЗС\s+РФ|армии|армії|военных|військових))"
# (a car of an army: "военного автомобиля", "військовий автомобіль", "автомобиль ВСУ")
_NOT_ITS_PEOPLE = "".join(
    rf"(?<!{w}{end}\s)" for w in ("работник", "сотрудник", "працівник") for end in ("", "а", "и", "ов", "ів")
) + "".join(rf"(?<!{w}\s)" for w in ("власник", "владелец"))
# (a farm's people, not the farm: "работник фермы", "працівники ферми", "двое работников фермы", "власник ферми"; so
# too a theatre's or a museum's, "працівники театру", "Сотрудники театра")

# what a strike leaves people without, after "без" ("без света остались", "залишилися без газу"): one list for the
# outcome entries, the cut triggers and the extractor's "left without" filters
_POWER_CUT = (
    r"(?:свет(?!офор)|світл(?!офор)|электричеств|електрик|электроснабжени|електропостачанн|енергопостачанн|"
    rf"электроэнерги|електроенергі){_W}"
)  # (not "светофор": traffic lights)
_LINE = (
    rf"(?:(?:высоковольтн|високовольтн){_W}\s+(?:лини|ліні){_W}|(?:лини|ліні){_W}\s+(?:электропередач|електропередач){_W}|"
    r"(?:лини|ліні)\w*\s+\d+\s*кВ|(?-i:ЛЭП|ЛЕП|ВЛ)\b)"
)  # a power line's words in the outcome of a line switched off (below): not "линия фронта"
_SWITCHED_OFF = r"(?:отключен|відключен|вимкнен)(?:а|ы|о|і)?\b"  # "отключена", "відключені" (not "отключение")
_GRID_WORK = r"(?:передач|распределени|розподіл)"  # carrying power to homes: transmission, distribution
_GAS_CUT = rf"(?:газ|газоснабжени|газопостачанн){_W}"
_HEAT_CUT = rf"(?:тепла|отоплени|опаленн|теплоснабжени|теплопостачанн){_W}"
_EN_SUPPLIES = (r"(?:power|electricity)", r"gas", r"heat(?:ing)?")
_EN_CUT_VERB = r"(?:cut|cutting|cuts|knocked\s+out|knocking\s+out|knocks\s+out)(?:\s+off)?(?:\s+the)?"
# (the English verbs of a cut: "knocked out power and heating", "cutting electricity and heating")
_AND_WITHOUT = r"(?:\s*,\s*|\s+(?:и|і|та|й|а\s+также|а\s+також)\s+)(?:без\s+)?"
_TWO_CUTS = tuple(
    rf"без\s+{a}(?:{_AND_WITHOUT}(?:{_POWER_CUT}|{_GAS_CUT}|{_HEAT_CUT}))*?{_AND_WITHOUT}{b}"
    for a, b in itertools.permutations((_POWER_CUT, _GAS_CUT, _HEAT_CUT), 2)
) + tuple(
    rf"(?:without|{_EN_CUT_VERB})\s+{a}(?:\s*,\s*|\s+(?:and|or)\s+)(?:without\s+)?{b}\b"
    for a, b in itertools.permutations(_EN_SUPPLIES, 2)
)
# (two supplies of different kinds cut, "без газа и электроэнергии", "без світла, газу та тепла", "without gas and
# electricity": the outcome entry of `energy` below)
SOURCE_NOUN = (
    r"(?:дан[ніи]|слов|сообщени|информаци|інформаці|сведени|оценк|оцінк|мнени|верси|утверждени|заявлени|думк)\w*\s"
)
"""The noun of a source that is cited ("данным", "даними", "словам", "думку")."""
_CITED_REASON = (
    r"(?:[\w'’ʼ-]+\s+){0,3}?(?:strikes?|striking|attacks?|attacking|shelling|bombing|bombardments?|raids?|hits|hitting|"
    r"targeting|firing)\b"
)  # an attack noun or gerund within four words: "citing Ukrainian military strikes", "... troops attacking"
SOURCE_CUE = (
    rf"\b(?:по|за|на)\s+{SOURCE_NOUN}|\b(?:со|зі|із)\s+сл[оі]в\w*\s|\baccording\s+to\s|\bper\s|"
    rf"\bciting\s(?!{_CITED_REASON})"
)
"""A source cited ("по данным", "за даними", "на думку", "со слов", "зі слів", "according to", "per", "citing"): what
follows is who says it, for the speaker rule of the actors, the local authority that relays and the rule of a site
that names the speaker. Not "citing" a reason, an attack told within four words after it ("citing Ukrainian
military strikes on a gas metering station", "citing Ukrainian troops attacking energy infrastructure":
`CITING_A_REASON`), which names the striker, not who says it."""

WEAPON_STEM = (
    r"(?:дрон|ракет|снаряд|бомб|бпла|беспилотник|безпілотник|fpv|shahed|шахед|геран|(?-i:КАБ)|drones?\b|missiles?\b|"
    r"shells?\b|bombs?\b|rockets?\b)"
)
"""The beginning of a weapon's word ("дронами", "ракети", "БпЛА", "«Шахед»", "КАБами", "missiles"): one list for the
army's use of a target (a weapon the army uses is no target of its) and for the side that uses a site (a weapon's
user is the striker, not the side hit)."""

# the verbs of saying in Russian and Ukrainian, as stems (a pattern puts its endings after them), in layers: each list
# below is the one before it and more words (the lists that differ from these are written where they are used)
SAY_RU_UK = r"заяв|сообщ|повідом"
"""The verbs of saying that every list of them has ("заявил", "сообщили", "повідомив")."""
SAY_OR_ACCUSE_RU_UK = rf"{SAY_RU_UK}|обвин|звинув|утвержда|стверджу"
"""A side's own verbs as a speaker: saying, accusing, asserting ("Москва обвинила", "Росія стверджує"); after a
country's or capital's name they make it the subject of a clause of its own, not the owner of a target."""
SAYING_RU_UK = rf"(?:{SAY_OR_ACCUSE_RU_UK}|сказа|говор|рассказ|розпов|отмет|отмеча|зазнач|пиш|подтверд|підтверд|уточн)"
"""Any verb of saying or accusing, also of telling, noting, writing, confirming ("рассказал", "зазначив", "пишет")."""
DENY_RU_UK = r"опроверг|спростов|отрица|заперечу"
"""The verbs of denying ("опроверг", "спростовує", "отрицает", "заперечує")."""
SAYING_ADVERB_RU = r"также|уже|вновь|официально"
SAYING_ADVERB_UK = r"також|вже|знову|офіційно"
SAYING_ADVERB = rf"(?:{SAYING_ADVERB_RU}|{SAYING_ADVERB_UK})"
"""An adverb between a speaker and its verb of saying ("также заявили", "вже повідомили", "официально подтвердил")."""

RATING = r"\d+(?:[.,]\d+)?[^\S\n]*(?-i:kV|кВ|MW|МВт|МВ)[^\S\n]+"
"""A voltage or a capacity before a site's name or after its word ("150 kV", "110 кВ"): one pattern for the facility
finder and the owner rule."""

TRUCE_NOUN = (
    r"моратори|мораторі|режим\w*\s+(?:прекращени|припиненн)|перемири|перемир|услови\w*\s+(?:соглашени|договор|моратори)|"
    r"умов\w*\s+(?:угод|домовленост|мораторі)|договоренност|домовленост|соглашени|угод|обязательств|зобов|обещани|"
    r"обіцянк|moratorium|truce|ceasefire|agreement|deal\b|commitment|pledge|ban\b"
)
"""The truce or a pledge of it, kept or broken: one list for the compliance and violation rules and for the dates
that say when a truce began."""

KEEPING = (
    r"(?:соблюда|соблюл|придержива|дотриму|дотримал)\w*|abid(?:e|es|ed|ing)\s+by|compl(?:y|ies|ied|ying)\s+with|"
    r"adher(?:e|es|ed|ing)\s+to|uph(?:old|olds|eld|olding)\b"
)
"""The verbs of keeping the truce ("соблюдали", "дотримуються", "abides by", "complied with", "upheld"): one list for
the compliance rules of the claims and the rule of a side that keeps the truce and is no striker."""

CUT_SUPPLY = rf"(?:{_POWER_CUT}|{_GAS_CUT}|{_HEAT_CUT})"
"""Power, gas or heat as what a place is left without ("без света", "без газу", "без опалення")."""
CUT_LEFT = rf"без\s+{CUT_SUPPLY}\s+(?:остал|залиш|оставал){_W}|(?:остал|залиш|оставал){_W}\s+без\s+{CUT_SUPPLY}"
CUT_TRIGGER = rf"{CUT_LEFT}|cut\s+(?:off\s+)?(?:power|electricity|gas)|without\s+(?:power|electricity)"
"""The attack words that are only a cut of supply ("без света остались", "left without power"): one pattern for
``TRIGGERS`` and the extractor's cut rules."""
CUT_PASSIVE = (
    r"(?:power|electricity|energy|gas)\s+supply\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+cut\b|"
    r"cut\s+off\s+from\s+(?:the\s+)?(?:power|electricity|energy|gas)\b"
)
"""The supply said cut in the English passive ("Power supply was cut off to consumers", "consumers ... were cut off
from the energy supply"): a cut for the extractor's cut rules only (``_claims._CUT``), not an attack word of
``TRIGGERS`` ("The plant was cut off from the power grid, the IAEA said", "Power supply has been cut ... for scheduled
maintenance" tell no strike)."""


CITY_CENTRE: Entry = _e(
    "civilian",
    r"(?:city|town)\s+cent(?:re|er)\b",
    r"downtown\b",
    r"центр(?:у|і|е|ом|а)?\s+(?:міста|города|селища|поселка|посёлка|села)\b",
    r"(?<=по\s)центр(?:у|і)\s+(?!Україн|Украин|Росі|Росси|Європ|Европ)(?-i:[А-ЯІЇЄҐЁ])\w+",
    r"(?<=[ув]\s)центр(?:і|е)\s+(?!Україн|Украин|Росі|Росси|Європ|Европ)(?-i:[А-ЯІЇЄҐЁ])\w+",
    specific=False,
)
"""The centre of a town: a civilian place of many kinds of thing (with a car or a shop named there: `civilian`)."""

INDUSTRIAL_ZONE: Entry = _e(
    "civilian.industry",
    r"industrial\s+(?:zones?|estates?|parks?)",
    rf"промзон{_W}",
    rf"(?:промышленн|промислов|индустриальн|індустріальн){_W}\s+(?:зон|парк){_W}",
    specific=False,
)
"""An industrial zone, estate or park ("fires erupted in the industrial zone", "у промзоні міста", "промышленная
зона"): where the hit was, the target only when nothing else of a kind is named in its sentence ("падіння уламків у
промзоні"; "a drone hit a car in the industrial zone" is the car, ``LONE_ONLY``)."""

FENCE: Entry = _e(
    "civilian.other",
    # not "забор воды", an intake of water, nor the Ukrainian ban, "заборона", nor a border's fence
    rf"(?<!border\s)(?:fences?\b|забор(?:а|у|ом|е|ы|ов|ами|ах)?\b(?!\s+(?:воды|проб|крови|газа))|паркан{_W}|"
    rf"огорож(?:а|і|у|ею|ей|е|и|ами)?\b)",
    specific=False,
)
"""A fence ("damaged a fence", "пробит забор", "пошкоджено паркан"): the target only when nothing else of a kind is
named in its sentence ("повреждены забор и легковой автомобиль" is the car; "фасад частного дома, забор" the house;
``LONE_ONLY``)."""

LONE_ONLY: tuple[Entry, ...] = (INDUSTRIAL_ZONE, FENCE)
"""Target words that count only where no other target of a kind is named with them: they rank after every other
target of their depth (``_claims._best_target``) and do not widen another civilian kind to `civilian`."""


# -- targets ---------------------------------------------------------------------------------------------------------

_FUEL_GOODS = (
    rf"(?:(?-i:ГСМ|ПММ)\b|горюче-?смазочн{_W}(?:\s+материал{_W})?|паливно-?мастильн{_W}(?:\s+матеріал{_W})?|"
    rf"горюче{_W}|горюч(?:им|ее|его)\b|пальн(?:ого|им|е)\b|палив(?:ом|о|а)\b)"
)  # fuels and lubricants, the army's and the trade's word for what a fuel depot holds ("ГСМ", "горюче-смазочные")
_ARMY_OWNER = (
    rf"(?:(?-i:ВСУ|ЗСУ|ВФУ)|вооруж[её]нн{_W}\s+сил|збройн{_W}\s+сил|арми[иі]|армії|противника|врага|ворога|"
    rf"окупант{_W}|оккупант{_W})"
)  # an army that owns a site named after it: "склады ВСУ", "логістичний центр ворога"

# a store said to be an army's, its unit's or one the army used: "хранилище ГСМ ВСУ", "база ГСМ 93-й бригады ВСУ",
# "хранилище ГСМ, предназначавшихся для Вооруженных сил Украины", "хранилище ГСМ, которое использовали ВСУ"
_FOR_ARMY = (
    rf"[\w'’ʼ-]*,?\s+(?:[\w'’ʼ-]+,?\s+){{0,3}}?(?:(?:для|of)\s+(?:нужд\s+)?)?"
    rf"(?:{_ARMY_OWNER}|(?:бригад|полк|батальон|частин){_W})"
)
# what a military store holds ("склад зберігання БпЛА", "склад дронів", "склад авиабомб")
_STORED = (
    rf"(?:БпЛА|БПЛА|дронів|дронов|безпілотник(?:ів|ов)|беспилотник(?:ов|ів)|шахед(?:ів|ов)|Shahed|катер(?:ів|ов)|"
    rf"авиабомб|авіабомб){_W}"
)
# a store or base of fuels and lubricants ("склад ГСМ", "хранилище горюче-смазочных материалов"): the trade's
# (`energy.oil.storage`) or, said to be an army's (`_FOR_ARMY` after it), `military.depot`
_FUEL_STORE = rf"(?:склад|хранилищ|сховищ|баз){_W}\s+(?:(?:с|з|із|для)\s+)?{_FUEL_GOODS}"

WAREHOUSE: Entry = _e(
    "civilian.other",
    # not "складовими" (parts), "складається"; nor a make-up: "підрозділ зі складу полку", "входить до складу
    # ЗСУ", "зі складу 1435 мотострілецького полку" (a body after it, maybe after a number and adjectives;
    # "долетіли до складу у Харкові", "зі складу": the warehouse)
    r"(?:(?<!особового\s)складу(?!\s+(?:\d[\w-]*\s+)?(?:[\w'’ʼ-]+(?:ого|ої|их|ей|ой|ых)\s+){0,2}(?:ЗСУ|ВСУ|армі\w*|полку|бригад\w*|підрозділ\w*|батальйон\w*|угруповання|"
    r"сил\b|військ\w*|(?:у|в)війш\w*|входи\w*|входя\w*|делегаці\w*|комісі\w*|уряду|ради\b|груп\w*|команди|"
    r"екіпажу|громади|област\w*))|"
    r"склад(?:а|ом|е|і|и|ы|ов|ам|ами|ах|ів)?)\b"
    # (not a plant's own warehouse, "склад підприємства", "склад завода": the plant's entry keeps it an industry)
    r"(?!\s+(?:(?:агро)?підприємств|предприяти|завод|фабрик|комбінат|комбинат)\w*)",
    r"(?<!factory\s)(?<!plant\s)warehouses?(?!\s+of\s+(?:an?\s+|the\s+)?(?:enterprise|factory|plant))",
)
"""Warehouses of no army ("цивільні склади", "склади з продуктами", "civilian warehouses"): places where goods are
kept, not made, so a civilian site of no listed kind, not a plant (beside an elevator, a plant's, the civilian place as
a whole: "elevators and civilian warehouses"). One the text says serves an army is a military site
(``_claims``)."""

CIVIL_SITES: Entry = _e(
    "civilian",
    rf"гражданск{_W}\s+(?:объект|инфраструктур){_W}",
    rf"цивільн{_W}\s+(?:об|інфраструктур){_W}",
    r"civilian\s+(?:infrastructure|objects?|facilit(?:y|ies))",
    specific=False,
)
"""Civilian infrastructure named as such: sites of a town's life, beside which homes are more sites, not the same one
("damaged civilian infrastructure and windows in homes": `civilian`)."""

LINE_OFF: Entry = _e(
    "energy.electricity",
    rf"(?:(?:отключил|отключал|відключил|відключал|вимкнул|вимикал){_W}|{_SWITCHED_OFF})\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{_LINE}",
    rf"{_LINE}(?:\s+(?!не\b)[\w«»\"-]+){{0,4}}?\s+(?:(?:был|бул){_W}\s+)?(?:(?:отключил|відключил|вимкнул){_W}|"
    rf"{_SWITCHED_OFF})",
    r"(?:high[- ]voltage|power|transmission)\s+lines?\s+(?:was|were|had\s+been|has\s+been)\s+"
    r"(?:disconnected|switched\s+off|de-energi[sz]ed|tripped)",
    specific=False,
    outcome=True,
)
"""A power line told as switched off ("отключилась высоковольтная линия 10 кВ", "ВЛ 110 кВ была отключена", "a
high-voltage line was disconnected"): beside the site an attack hit, the outage it caused, not the line hit (the gold's
"объект «Брянскэнерго» ... отключилась ВЛ 10 кВ": `energy.electricity`); alone, the line (``_claims._common_target``).
Not the noun ("произошло отключение ВЛ", which the labels read as the line), nor a line damaged or broken
("повреждена линия", "обрыв провода")."""

_NOT_FROM = r"(?<!\bfrom\s)(?<!\bfrom\sa\s)(?<!\bfrom\sthe\s)(?<!\bз\s)(?<!\bіз\s)(?<!\bс\s)(?<!\bсо\s)"
"""Not right after "from" ("fired from a submarine", "from the missile base", "з підводного човна", "с подводной
лодки"): the place or ship a weapon left."""

_TROOPS_STRIKE = (
    r"\b(?:(?:[^\S\n]+(?!(?:was|were|been|being|is|are|be|get|got|был\w*|бул\w*)\b)[\w'’ʼ-]+){0,4}?[^\S\n]+"
    r"(?:обстрел(?:ял|ива)\w*|обстріл(?:ял|юва)\w*|атаков(?:ал|ыва)\w*|атаку(?:ют|ет|ють|є)\b|атакува(?:в|ла|ли|ло)\b|"
    r"(?:ударил|ударя|вдарил|вдаря|нанесл|напал|поразил|уразил|вразил|завдал|наносил)\w*|(?:нанес|вдарив|напав|завдав)\b|"
    r"(?:открыл|відкрил)\w*\s+(?:огонь|вогонь)|"
    r"shelled|attacked|struck|fired|launched|raided|targeted|bombed|stormed)|"
    r"[^\S\n]+(?:shell|attack|strike|hit)s?\b(?![^\S\n]+(?:in|on|at|near|by|during)\b))"
)
"""An attack verb within four words after troops, not across a comma nor after a verb of the passive ("Наемники
обстреляли жилой дом", "Російські найманці обстріляли", "operators trained by NATO instructors struck"; not
"Mercenaries were hit"), or an English present that may be a noun right after them ("mercenaries attack a village";
not "mercenaries in a strike", "mercenaries hit in Kharkiv"): the troops are the ones who struck (after the
nominative in Russian and Ukrainian: "по наемникам нанесли удар" is the strike on them)."""
_NOT_BY = r"(?<!\bby\s)" + "".join(rf"(?<!\bby\s[A-Za-z]{{{n}}}\s)" for n in range(2, 13))
"""Not right after "by", nor after "by" and one word ("shelled by foreign mercenaries", "trained by the NATO
instructors"): the agent of the passive or the ones who trained the strikers, not the troops struck."""

_PS = (
    r"(?<!сили\s\()(?<!сил\s\()(?<!силы\s\()(?<!сили\s)(?<!силы\s)ПС"
    r"(?!\)?\s+(?:ЗСУ|ВСУ|ЗС\s+України|ВС\s+Украины)\b)"
)
"""ПС, a substation; not the Air Force, "Повітряні сили" ("ПС ЗСУ", "у ПС ВСУ", "Повітряних сил (ПС) ЗСУ")."""

# a house that is an institution, by the genitive after it ("Дом культуры", "Будинок профспілок", "дом престарелых",
# "Будинок звукозапису"), or no word at all ("домашний", "домой")
_INSTITUTION_OF = (
    r"культур|творчеств|творчост|офицер|офіцер|правительств|уряд|профсоюз|профспіл|престарел|престаріл|ребенк|ребёнк|"
    r"дитин|малютк|мод|книг|кино|кіно|быт|побут|пионер|піонер|учител|вчител|учен|звукозапис|отдых|відпочин|торгов|"
    r"торгівл|печат|друку|молод|ветеран|милосерд|природ|техни|технік|художник|архитектор|архітектор|журналист|"
    r"журналіст|актер|актёр|актор|композитор|писател|письменник|союз|совет|рад\b|юстиц|связи|зв['’ʼ]язку"
)
"""The genitives that make a house an institution ("Дом культуры", "Будинок профспілок", "дом престарелых", "дом
связи"): one list for the bare houses and the storey-told ones."""
_NOT_AN_INSTITUTION = rf"(?!\s+(?:{_INSTITUTION_OF})\w*)"
_NOT_A_HOME_AFTER = rf"\b{_NOT_AN_INSTITUTION}"
_NOT_WHITE = r"(?<!белый\s)(?<!белого\s)(?<!белому\s)(?<!белым\s)(?<!белом\s)(?<!білого\s)(?<!білому\s)(?<!білим\s)"
# what makes "дома" a noun: a preposition, an adjective's or participle's ending, a word of damage, or the colon that
# opens a list ("по обычной жизни: дома, школы") before it
_NOUN_BEFORE = "|".join(
    rf"(?<={w}\s)"
    for w in (
        r"\bв",
        r"\bво",
        r"\bна",
        r"\bу",
        r"\bпо",
        "возле",
        "около",
        "из-под",
        "[ыи]е",
        "[ыи]х",
        "ого",
        "его",
        "повреждены",
        "повреждения",
        "повредил",
        "повредили",
        "разрушены",
        "разрушил",
        "разрушили",
        "пострадали",
        "уничтожены",
        "уничтожил",
        "уничтожили",
        "горели",
        "горят",
        "загорелись",
        "сгорели",
    )
)
_NOT_ORPHANAGE = "".join(
    rf"(?<!{a}[а-яіїє]{{{n}}}\s)"
    for a in ("торгов", "модн", "издательск", "видавнич", "детск", "дитяч")
    for n in (1, 2, 3)
)  # an orphanage ("детский дом", "дитячий будинок"), a trading, publishing or fashion house, in any case ("в торговом
# доме «Русь»", "в модном доме", "у дитячому будинку"): no home
_NOT_HIS = r"(?<!\bего\s)(?<!\bнего\s)(?<!\bних\s)(?<!\bих\s)"  # "его дома не было", "у них дома": at home
# "Соседи рассказали: дома никого не было" is the adverb; a colon opens a list of sites only when one follows
_LIST_COLON = r"(?<=:\s)(?=дома(?:,|\s+(?:и|та|і|а\s+также)\s))"
_HOME_GOING = "".join(
    rf"(?<!{w}\sпо\s)"
    for w in (
        "разошлись",
        "разойтись",
        "расходятся",
        "расходиться",
        "разъехались",
        "разъехаться",
        "разбрелись",
        "разбежались",
        "вернулись",
        "отпустили",
        "распустили",
        "развезли",
        "отправили",
        "отправились",
        "сидят",
        "сидели",
        "сидеть",
    )
)  # "жители разошлись по домам": home, not homes hit ("удар пришелся по домам" is)
_NOT_SAID_ONLY = (
    r"(?<!не\s)(?<!рядом\s)(?<!поблизу\s)(?<!поруч\s)(?<!расположен\s)(?<!розташований\s)"
    r"(?<!розташовано\s)"
)  # a site only said to be there or not the one hit ("а не жилой район", "рядом расположен жилой район")
# inside a unit ("на территории воинской части"), not near one ("возле воинской части", "поблизу військової частини")
_IN_A_UNIT = (
    r"(?![^.,;:!?\n]*\b(?:на\s+территории|на\s+території|внутри|всередині|в|у)\s+(?:воинск|військов)\w*\s+"
    r"частин?)"
)
_NOT_A_HOME_EN = (
    r"(?!\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:plant|factory|hospital|school|university|clinic|"
    r"military|unit|base|enterprise))" + _IN_A_UNIT
)
_NOT_A_HOME_RU_UK = _NOT_AN_INSTITUTION + _IN_A_UNIT
"""What a storey-told "дом"/"будинок"/"building" is when a kind follows it ("дом культуры", "дом офицеров", "будинок
культури", "a block of the hospital") or when it stands in a military unit: no home."""

_OTHER_WIRES = r"(?:связи|зв['’ʼ]язку|телефон|интернет|інтернет|контактн|тролл?ейбус|тролейбус|трамва|оптоволок|оптичн)"
"""Wires that are no power line: of communications, of a trolleybus or tram network."""

_INJURIES_OF_PEOPLE = (
    r"(?<!\w)(?:(?:получ|отрима)\w*|с|з)\s+(?!психолог)(?:[\w'’ʼ-]+\s+)?травм(?:ы|и|ами)\b|"
    r"(?<!психологические\s)(?<!психологічні\s)травм(?:ы|и)\s+(?:получ|отрима)\w*"
)
"""Injuries said as "травмы"/"травми"/"травмами" of people: after the verb of getting them or "с"/"з" as whole words
("мужчина получил травмы", "Троє людей отримали травми", "с травмами", "Травмы получили три человека"), not trauma of
the mind ("дети получили психологические травмы", "с психологическими травмами", "психологические травмы получили
дети"), nor the word with no one hurt ("обошлось без серьезной травмы"), nor the end of another word ("через
травми")."""

_HURT_BY_INJURY = ("травмован", "травмирован", _INJURIES_OF_PEOPLE)
"""The injured said by the injury ("по одній травмованій особі", "травмирован мужчина", "получил травмы"): in
``HURT_RU_UK`` and in ``HURT_STEMS``."""

_HURT_PASSIVE = r"(?:(?<=were\s)|(?<=was\s)|(?<=been\s))hurt"
"""People hurt in English ("More were hurt in Odesa"), not "sanctions hurt the economy": in the `civilian` entry of
``TARGETS`` and in ``HURT_STEMS``."""

HURT_RU_UK = (
    "загибл",
    "загинул",
    "загинув",
    "постраждал",
    "поранен",
    "погибш",
    "погибл",
    "пострадавш",
    "пострадал",
    "ранен",  # "ранен", "получил ранения", "раненых"
    "госпитализ",
    "госпіталізов",
    *_HURT_BY_INJURY,
)
"""The stems of people killed or hurt in Russian and Ukrainian: the casualties of the `civilian` entry of ``TARGETS``
(each with its ending, but "загинув" whole) and the target ``_claims`` names by them alone."""

TARGETS: tuple[Entry, ...] = (
    # energy: oil
    _e(
        "energy.oil.refinery",
        rf"нефтеперерабатывающ{_W}(?:\s+завод{_W})?",
        rf"нефтеперераб{_W}",
        rf"нафтопереробн{_W}(?:\s+завод{_W})?",
        r"(?:oil\s+)?refinery\s+plant",
        rf"нафтопереробк{_W}",
        rf"refiner{_W}",
        rf"oil[- ]processing plant{_W}",
        # a plant named by what it makes ("завод нафтопродуктів"): the refinery, not a factory of no kind
        rf"завод{_W}\s+(?:нефтепродукт|нафтопродукт){_W}",
        r"(?:oil|petroleum)\s+products\s+plants?",
        acronyms=("НПЗ", "НПЗі", "ННПЗ", "НПЗs", "NPZ"),
    ),
    _e(
        "energy.oil.pumping_station",
        rf"нефтеперекачивающ{_W}\s+станц{_W}",
        rf"нафтоперекачувальн{_W}\s+станц{_W}",
        rf"нафтоперекачуюч{_W}\s+станц{_W}",
        rf"(?:oil\s+)?pumping\s+station{_W}",
        rf"нефтеперекачивающ{_W}",
        rf"нафтоперекачувальн{_W}",
        # "насосно-компресорна станція", "насосно-компрессорная станция": the pumps of a pumping station (not a gas
        # compressor station, which pumps nothing, nor one of a gas pipeline: "насосно-компресорна станція газопроводу")
        rf"насосно-(?:компресорн|компрессорн){_W}\s+станц{_W}\b(?!\s+(?:[\w-]+\s+)?газопровод)",
        # ЛПДС, ЛВДС spelt out ("лінійна виробничо-диспетчерська станція", "линейная производственно-диспетчерская
        # станция"): a pumping station of a trunk pipeline (not any station of it: "вимірювальна станція нафтопроводу")
        rf"(?:виробничо-диспетчерськ|производственно-диспетчерск){_W}\s+станц{_W}(?:\s+(?:нефтепровод|нафтопровод){_W})?",
        # a site said by what it does on a trunk line: "a facility that pumps oil from the Druzhba pipeline", "станции,
        # которая является частью трубопровода Дружба" (not the pipeline itself, named in the same words); of an oil
        # line only, not of a gas one ("частью трубопровода «Турецкий поток»": TurkStream carries gas)
        r"(?:facility|station|site|plant)\s+that\s+pumps\s+(?:crude\s+)?oil",
        rf"станц{_W},?\s+(?:котор|як){_W}\s+(?:является|є)\s+(?:частью|частиною)\s+"
        rf"(?:(?:нефте|нафто)(?:трубопровод|трубопровід|провод|провід){_W}|(?:трубопровод|трубопровід){_W}\s+[«\"]?Дружб{_W})",
        acronyms=("НПС", "ЛПДС", "ЛВДС"),
    ),
    _e(
        "energy.oil.storage",
        rf"нефтебаз{_W}",
        rf"нафтобаз{_W}",
        rf"нефтехранилищ{_W}",
        rf"нафтосховищ{_W}",
        r"oil\s+(?:depot|storage)s?",
        r"fuel\s+(?:depot|storage|terminal)s?",
        # a store or base of fuels and lubricants, spelt out or not ("хранилище горюче-смазочных материалов", "склад
        # паливно-мастильних матеріалів", "склад ГСМ"; not one said to be an army's: `military.depot`)
        rf"{_FUEL_STORE}(?!{_FOR_ARMY})",
        rf"резервуар{_W}\s+(?:с|з)\s+(?:нефт|нафт|топлив|пальн){_W}",
        rf"топливн{_W}\s+(?:резервуар|склад){_W}",
    ),
    # a terminal that ships oil or gas out by sea ("sea oil terminal", "Морской терминал КТК", "газовий термінал"): a
    # site of that branch, more than a depot (berths, pipes, tanks); not any terminal of a port ("контейнерный
    # терминал", "terminal infrastructure")
    _e(
        "energy.oil",
        r"(?:(?:sea|marine|crude)\s+)?oil\s+(?:export\s+)?terminals?",
        r"CPC\s+terminals?",
        r"(?:CPC|Consortium)['’]s\s+(?:marine|sea)\s+terminals?",
        rf"(?:нефтян|нефтеналивн|нафтов|нафтоналивн){_W}\s+(?:терминал|термінал){_W}",
        rf"(?:(?:морск|морськ){_W}\s+)?(?:терминал|термінал){_W}\s+"
        rf"(?:КТК|Каспи{_W}\s+трубопровод{_W}|Каспі{_W}\s+трубопровід{_W})",
        # a terminal said by its cargo or its owner ("нафтотермінал", "терминал по перевалке нефтепродуктов", "a
        # terminal belonging to the oil company Lukoil", "терминал компании «Транснефть»"): the owner's branch is the
        # kind of the site, not the port it lies in
        rf"(?:нефтетерминал|нафтотермінал){_W}",
        rf"(?:терминал|термінал){_W}\s+(?:по|з|для)\s+(?:перевалк|перевалц){_W}\s+(?:нефт|нафт){_W}",
        _OWNED_TERMINAL
        + r"(?:(?:crude\s+)?oil\s+(?:company|producer|firm|giant|pipeline\s+operator)|"
        + _OIL_FIRMS
        + ")",
        _ORG_TERMINAL + _OIL_FIRMS,
        _OIL_FIRMS + r"(?:['’]s)?\s+(?-i:[A-Z][\w-]*\s+)?(?:(?:oil|export)\s+)?terminals?\b",
    ),
    _e(
        "energy.gas",
        r"(?:gas|LNG)\s+terminals?",
        rf"газов{_W}\s+(?:терминал|термінал){_W}",
        _OWNED_TERMINAL + r"(?:(?:natural\s+)?gas\s+(?:company|producer|firm|giant)|" + _GAS_FIRMS + ")",
        _ORG_TERMINAL + _GAS_FIRMS,
        _GAS_FIRMS + r"(?:['’]s)?\s+(?-i:[A-Z][\w-]*\s+)?(?:(?:gas|LNG|export)\s+)?terminals?\b",
    ),
    # tanks are part of a depot, a refinery or a pumping station: they say what was hit there, not which site it is
    _e(
        "energy.oil.storage",
        r"(?:storage|oil|fuel|petrol|diesel)\s+tanks?\b",  # not "oil tanker", a ship
        rf"(?:нафтов|нефтян|паливн|топливн){_W}\s+(?:резервуар|цистерн){_W}",
        # (and a tank of fuels and lubricants: "попадание в емкость с горюче-смазочными материалами", "емкость с
        # горючим", "ємність з ПММ", "ємність з пальним")
        rf"(?:резервуар|цистерн|емкост|ёмкост|ємніст|ємност){_W}\s+(?:с|з|із|для)\s+"
        rf"(?:(?:нефт|нафт|топлив|пальн|бензин|дизел){_W}|{_FUEL_GOODS})",
        specific=False,
    ),
    _e(
        "energy.oil.pipeline",
        rf"нефтепровод{_W}",
        rf"нафтопровод{_W}",
        rf"нафтопровід{_W}",
        r"oil\s+pipelines?",
        # a pipeline of oil products (diesel, petrol): "нефтепродуктопровод", "нафтопродуктопровід", "product pipeline"
        rf"нефтепродуктопровод{_W}",
        rf"нафтопродуктопровод{_W}",
        rf"нафтопродуктопровід{_W}",
        r"(?:(?:oil|petroleum)[- ])?products?\s+pipelines?",
        # the oil trunk line named with no product said ("the Druzhba pipeline", "трубопровода Дружба"): its name
        # tells the oil
        r"(?:Druzhba|Friendship)\s+pipelines?",
        r"pipelines?\s+[«\"“]?(?:Druzhba|Friendship)\b",
        rf"(?:трубопровод|трубопровід){_W}\s+[«\"“]?Дружб{_W}",
    ),
    _e(
        "energy.oil.production",
        rf"нефтедобы{_W}",
        rf"нафтовидоб{_W}",
        r"oil\s+(?:field|well|rig)s?",
        rf"(?:видобут{_W}|добыч{_W}|видобування)\s+нафт{_W}",
        rf"(?:видобут{_W}|добыч{_W})\s+нефт{_W}",
        rf"нефтян{_W}\s+(?:месторожд|скважин){_W}",
        rf"нафтов{_W}\s+(?:родовищ|свердловин){_W}",
        # the platforms of an offshore field ("oil production platforms", "a drilling platform", "нефтяная платформа",
        # "бурова платформа"; not a platform of media or launch: "a social media platform", "launch platforms"; not an
        # offshore platform of no product said, a radar post as often, nor "oil and gas platforms", which are `energy`)
        r"(?:(?:offshore\s+)?oil(?:\s+production)?|drilling)\s+platforms?",
        rf"(?:нефтян|нафтов|буров|бурильн|нефтедобывающ|нафтовидобувн){_W}\s+платформ{_W}",
    ),
    # energy: gas
    _e(
        "energy.gas.metering_station",
        rf"газоизмерительн{_W}",
        rf"газовимірювальн{_W}",
        rf"газовимірюв{_W}",
        r"(?:gas\s+)?metering\s+station",
        acronyms=("ГИС", "ГВС"),
    ),
    _e(
        "energy.gas.compressor_station",
        rf"компрессорн{_W}",
        rf"компресорн{_W}",
        # the compound of gas with it ("газокомпрессорная станция", "газокомпресорна станція") and the station that
        # pumps gas along a pipeline ("газоперекачивающая станция", "газоперекачувальна станція", "gas-pumping
        # station"; not an enterprise of the trade, "газоперекачивающее предприятие"): the same site
        rf"газокомпрессорн{_W}",
        rf"газокомпресорн{_W}",
        rf"газоперекачивающ{_W}\s+станц{_W}",
        rf"газоперекачувальн{_W}\s+станц{_W}",
        r"gas[\s-]+pumping\s+station",
        r"compressor\s+station",
        # a station said as part of a gas trunk line ("станцию, которая является частью трубопровода «Турецкий
        # поток»", "частиною газопроводу"): the station that pumps its gas (the oil line's is a pumping station)
        rf"станц{_W},?\s+(?:котор|як){_W}\s+(?:является|є)\s+(?:частью|частиною)\s+"
        rf"(?:газопровод{_W}|газопровід{_W}|(?:трубопровод|трубопровід){_W}\s+[«\"“]?(?:Турецк|Турецьк|Голуб|Блакитн|Північн|Северн){_W}\s+пот[оі]к)",
        acronyms=("КС",),
    ),
    _e(
        "energy.gas.distribution_station",
        rf"газораспредел{_W}",
        rf"газорозподіл{_W}",
        r"gas\s+distribution\s+(?:station|point|facility)",
        acronyms=("ГРС", "ГРП"),
    ),
    _e(
        "energy.gas.storage",
        rf"газохранилищ{_W}",
        rf"газосховищ{_W}",
        r"gas\s+storage",
        # "газовое хранилище", "газове сховище", "хранилище природного газа" (not a shelter: "бомбосховище", "сховище"
        # alone)
        rf"газов{_W}\s+(?:хранилищ|сховищ){_W}",
        rf"(?:хранилищ|сховищ){_W}\s+(?:природного\s+)?газ(?:а|у|ом)?\b",
        rf"(?:подземн|підземн){_W}\s+(?:хранилищ|сховищ){_W}",
        # the facilities that store it ("объекты хранения газа", "об'єкти зберігання газу", "gas storage facilities")
        # (not "потужності зберігання газу", storage capacity)
        rf"(?:объект|об['’ʼ]?єкт|пункт){_W}\s+(?:хранени|зберіганн){_W}\s+(?:природного\s+)?газ(?:а|у)\b",
        acronyms=("ПХГ", "ПСГ"),
    ),
    _e(
        "energy.gas.production",
        rf"газодобы{_W}",
        rf"газовидоб{_W}",
        r"gas\s+(?:field|production|well)s?",
        r"gas(?:\s+and|\s+condensate|-condensate)*\s+(?:field|deposit)s?",
        rf"газоконденсатн{_W}\s+(?:месторожд|родовищ){_W}",
        rf"(?:видобут{_W}|добыч{_W}|видобування)\s+(?:природного\s+)?газ{_W}",
        rf"газов{_W}\s+(?:месторожд|родовищ|скважин|свердловин){_W}",
        # the production sites of the gas company ("виробничі потужності «Нафтогазу»", "Naftogaz's production
        # facilities"): its gas fields, not energy of no kind
        rf"(?:виробнич|производствен){_W}\s+(?:потужност|об['’ʼ]?єкт|объект|мощност|площадк|майданчик){_W}\s+"
        rf"(?:(?:групи|группы|компанії|компании)\s+)?[«\"]?(?:Нафтогаз|Укргазвидобуван){_W}",
        r"(?:Naftogaz|Ukrgasvydobuvannya)(?:\s+Group)?(?:['’]s)?\s+(?:gas\s+)?production\s+(?:facilities|sites|assets)",
        r"production\s+(?:facilities|sites|assets)\s+of\s+(?:the\s+)?(?:Naftogaz|Ukrgasvydobuvannya)",
    ),
    # a gas processing plant: gas, not a factory of no kind ("газопереробний завод", "ГПЗ")
    _e(
        "energy.gas",
        rf"газоперерабатывающ{_W}(?:\s+(?:завод|комплекс|предприяти){_W})?",
        rf"газопереробн{_W}(?:\s+(?:завод|комплекс|підприєм){_W})?",
        r"gas[- ]processing\s+(?:plant|facility|complex)s?",
        acronyms=("ГПЗ",),
    ),
    _e(
        "energy.gas.pipeline",
        rf"газопровод{_W}",
        rf"газопровід{_W}",
        rf"газог[оі]н{_W}",
        r"gas\s+pipelines?",
        rf"газов{_W}\s+мереж{_W}",
        # a gas pipe ("повредили электроподстанцию и газовую трубу", "damaged a gas pipe")
        rf"газов{_W}\s+труб{_W}",
        r"gas\s+pipes?\b",
    ),
    # energy: electricity
    _e(
        "energy.electricity.traction",
        rf"тягов{_W}\s+(?:под|під)станц{_W}",
        r"traction\s+substations?",
        rf"(?:енерго|електро|энерго|электро)(?:постачан|снабжени){_W}\s+(?:залізниц|железн{_W}\s+дорог){_W}",
        r"railway(?:'s)?\s+(?:power|electricity|energy)\s+(?:supply|infrastructure|facilities|substations?|grid)",
        r"(?:power|electricity)\s+(?:supply\s+)?(?:for|of|to)\s+the\s+railways?",
    ),
    _e(
        "energy.electricity.substation",
        rf"(?:электро|електро|энерго|енерго)?подстанц{_W}",
        rf"(?:электро|електро|энерго|енерго)?підстанц{_W}",
        rf"substation{_W}",
        rf"распределительн{_W}\s+пункт{_W}",
        rf"розподільч{_W}\s+пункт{_W}",
        acronyms=(_PS, "РП"),
    ),
    # transformers stand in substations, but also in power plants, pumping stations and plants: alone they are a
    # substation; with the site named they say what was hit there ("станція ... пошкоджені ... два трансформатори")
    _e("energy.electricity.substation", rf"трансформатор{_W}", rf"transformer{_W}", specific=False),
    _e(
        "energy.electricity.line",
        rf"лини{_W}\s+электропередач{_W}",
        rf"ліні{_W}\s+електропередач{_W}",
        rf"высоковольтн{_W}\s+лини{_W}",
        rf"високовольтн{_W}\s+ліні{_W}",
        r"power\s+lines?",
        r"transmission\s+lines?",
        r"high[- ]voltage\s+lines?",
        # an overhead line, and a line told by its voltage ("повітряні лінії напругою 750 кВ", "воздушная линия",
        # "overhead lines", "линии напряжением 110 кВ"); not one of other wires ("воздушная линия связи", "повітряна
        # лінія тролейбусної мережі", "the overhead line of the railway", "лінія напругою 27,5 кВ контактної мережі":
        # communications, transport, traction)
        rf"(?:повітрян|воздушн){_W}\s+(?:ліні|лини){_W}\b(?!\s+(?:[\w'’ʼ-]+\s+)?{_OTHER_WIRES})",
        r"overhead\s+(?:power\s+)?lines?\b(?!\s+(?:of\s+(?:the\s+|a\s+)?)?(?:railway|rail|tram|trolleybus|contact))",
        rf"(?:ліні|лини){_W}\s+(?:напругою|напряжением)\s+\d(?![\d,.]*\s*кВ\s+(?:[\w'’ʼ-]+\s+)?{_OTHER_WIRES})",
        rf"электросет{_W}",
        rf"електромереж{_W}",
        acronyms=("ЛЭП", "ЛЕП", "ВЛ"),
    ),
    # wires broken ("из-за обрыва проводов отключались линии", "оборван провод на опоре", "оборвались провода"): the
    # line hit, if they are power wires (not "провода связи", "дроти тролейбусної мережі", "контактной сети трамвая";
    # an entry of its own, kept off most text by the pre-filter of ``find_all``)
    _e(
        "energy.electricity.line",
        rf"(?:обрыв|оборван|оборвал|обірван|обірвал|обрив){_W}\s+(?:(?!{_OTHER_WIRES})[\w-]+\s+)?"
        rf"(?:провод|провід|дрот|дріт){_W}\b(?!\s+(?:[\w-]+\s+)?{_OTHER_WIRES})",
    ),
    _e(
        "energy.electricity.generation.nuclear",
        rf"атомн{_W}\s+(?:электро|електро)станц{_W}",
        r"nuclear\s+(?:power\s+)?(?:plant|station)s?",
        acronyms=("АЭС", "АЕС", "ЗАЭС", "ЗАЕС", "NPP", "ЧАЭС", "ЧАЕС"),
    ),
    _e(
        "energy.electricity.generation.hydro",
        rf"гидроэлектростанц{_W}",
        rf"гідроелектростанц{_W}",
        r"hydro(?:electric|power)\s+(?:power\s+)?(?:plant|station|dam)s?",
        rf"плотин{_W}",
        rf"дамб{_W}",
        rf"гребл{_W}",
        # a dam said alone on its water ("a dam on a local reservoir was damaged"): the taxonomy's "hydroelectric
        # plant or dam"; not a dam of no water said, a background line's ("since Russia blew up the Kakhovka dam in
        # 2023"), a road or a district ("the dam road", "the Dam district")
        r"dams?\b(?=\s+(?:on|of|at)\s+(?:an?\s+|the\s+)?(?:local\s+)?(?:reservoir|river|pond|lake)\b)",
        acronyms=("ГЭС", "ГЕС", "ГАЭС", "ГАЕС", "HPP"),
    ),
    # (an entry of its own: any capital can begin the name, so it has no word beginnings for the pre-filter of
    # ``find_all``, which the entry above keeps)
    _e(
        "energy.electricity.generation.hydro",
        r"(?-i:[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+(?:ГЭС|ГЕС)\b)",  # one word with its name: "ДніпроГЕС", "ДнепроГЭС"
    ),
    _e(
        "energy.electricity.generation.thermal",
        rf"тепло(?:вая|вой|вую|в{_W})\s+(?:электро|електро)станц{_W}",
        rf"теплоелектро{_W}",
        rf"теплоэлектро{_W}",
        r"thermal\s+power\s+(?:plant|station)s?",
        r"combined\s+heat\s+and\s+power",
        r"coal[- ]fired\s+(?:power\s+)?plant",
        # power plants said by the kind of generation ("об'єкти теплової генерації", "thermal generation")
        rf"теплов{_W}\s+(?:генераці|генераци){_W}",
        r"thermal\s+(?:power\s+)?generation(?:\s+(?:facility|facilities|plants?|sites?|assets))?",
        acronyms=("ТЭС", "ТЕС", "ТЭЦ", "ТЕЦ", "ГРЭС", "ДРЕС", "ТПП", "CHP", "CHPs", "TPP", "TPPs"),
    ),
    _e(
        "energy.electricity.generation.renewable",
        rf"солнечн{_W}\s+электростанц{_W}",
        rf"сонячн{_W}\s+електростанц{_W}",
        r"solar\s+(?:power\s+)?(?:plant|farm|station)s?",
        r"wind\s+(?:power\s+)?(?:plant|farm)s?",
        rf"вітров{_W}\s+електростанц{_W}",
        rf"ветров{_W}\s+электростанц{_W}",
        acronyms=("СЭС", "СЕС", "ВЕС"),
    ),
    _e(
        "energy.electricity.generation",
        # "обʼєкти генерації", "генеруючі потужності", "generation facilities": power plants of no kind said
        rf"(?:об['’ʼ]?єкт|объект|потужност|мощност){_W}\s+(?:генерації|генерации)",
        rf"(?:генеруюч|генерирующ){_W}\s+(?:потужност|мощност|об['’ʼ]?єкт|объект){_W}",
        r"generation\s+(?:facilities|facility|capacity|capacities|assets|sites?)",
        r"generating\s+capacit(?:y|ies)",
        rf"электростанц{_W}",
        rf"електростанц{_W}",
        r"power\s+(?:plant|station)s?",
        rf"энергоблок{_W}",
        rf"енергоблок{_W}",
        r"енергоблоці\b",  # (the Ukrainian dative and locative: к -> ц)
        r"generating\s+(?:facility|facilities|plant)",
    ),
    # the grid as a whole ("энергосистема", "energy system": the energy sector as a whole)
    _e("energy", r"energy\s+(?:system|grid)s?", rf"энергосистем{_W}", rf"енергосистем{_W}", specific=False),
    # the transmission system (lines and substations together): electricity, named as one kind of site beside others
    # ("об'єкти генерації та системи передачі": `energy.electricity`)
    _e(
        "energy.electricity",
        rf"систем{_W}\s+(?:передачі|передачи)(?:\s+(?:електроенергії|электроэнергии))?",
        # what the grid does, said of electricity ("объекты генерации, распределения и передачи электроэнергии",
        # "об'єкти передачі та розподілу електроенергії"): its lines and substations, named as one kind of site
        rf"{_GRID_WORK}{_W}(?:(?:\s*,\s*|\s+(?:и|і|та|й)\s+){_GRID_WORK}{_W})*\s+(?:електроенергії|электроэнергии)",
        rf"(?:магістральн|магистральн){_W}\s+(?:електро|электро)?(?:мереж|сет){_W}",
        r"transmission\s+(?:system|network|grid|infrastructure|facilities)",
        # "разрушив распределительные сети", "розподільчі мережі", "distribution networks": the power lines to homes
        rf"распределительн{_W}\s+(?:электро)?сет{_W}",
        rf"розподільч{_W}\s+(?:електро)?мереж{_W}",
        # (not "gas/water/heat distribution networks")
        r"(?:power\s+|electricity\s+)?(?<!gas\s)(?<!water\s)(?<!heat\s)(?<!heating\s)distribution\s+(?:networks?|grids?)",
    ),
    _e(
        "energy.electricity",
        r"power\s+grid",
        r"electricity\s+(?:infrastructure|grid|network)",
        r"(?:power|electricity)\s+(?:system|grid)s?",
        r"(?:power|electricity|electric\s+power)\s+(?:facility|facilities|infrastructure|sites?|installations?)",
        rf"электроэнергетик{_W}",
        rf"електроенергетик{_W}",
        # "електроенергетичний об'єкт", "электроэнергетический объект": a site of the power sector
        rf"электроэнергетическ{_W}",
        rf"електроенергетичн{_W}",
        rf"электросет{_W}\s+(?:компани|организаци){_W}",
        specific=False,
    ),
    # outcomes: a power, gas or heat cut says what kind of site was hit only where no site is named ("без света
    # остались жители": `energy.electricity`; "атаковали объекты энергетики, без света остались": `energy`); cuts of
    # two kinds at once ("без газа и электроэнергии", "без світла та тепла", "without gas and electricity"): the
    # energy of no one kind (an entry of its own, longer than the cut of the first kind alone)
    _e(
        "energy",
        *_TWO_CUTS,
        specific=False,
        outcome=True,
    ),
    _e(
        "energy.electricity",
        rf"электроснабжени{_W}",
        rf"електропостачан{_W}",
        rf"энергоснабжени{_W}",
        rf"енергопостачан{_W}",
        rf"обесточ{_W}",
        rf"знеструмл{_W}",
        # "аварийные отключения света", "відключення електроенергії"
        rf"(?:отключени|відключенн|вимкненн){_W}\s+{_POWER_CUT}",
        rf"блэкаут{_W}",
        rf"блекаут{_W}",
        r"power\s+(?:outages?|supply|cuts?)",
        r"blackouts?",
        r"electricity\s+supply",
        r"(?:cut|cutting|cuts|knocked\s+out|knocking\s+out)\s+(?:off\s+)?(?:the\s+)?(?:power|electricity)",
        r"without\s+(?:power|electricity)",
        rf"без\s+{_POWER_CUT}",
        # "начались перебои с электричеством", "перебої зі світлом", "проблемы с подачей электричества", "пропал свет",
        # "зникло світло", "the power went out"
        rf"(?:перебо|проблем){_W}\s+(?:с|со|з|із|зі)\s+(?:(?:подач|постачанн){_W}\s+)?{_POWER_CUT}\b"
        r"(?!\s+(?:нет|немає|нема|не\s+(?:было|було|виникло|возникло))\b)",  # not "проблем со светом нет"
        rf"(?:пропал|исчез|зник){_W}\s+{_POWER_CUT}",
        rf"(?:свет|світло|электричество|електрика)\s+(?:пропал|исчез|зник){_W}",
        r"(?:power|electricity)\s+(?:went|was)\s+out",
        specific=False,
        outcome=True,
    ),
    LINE_OFF,
    _e(
        "energy.gas",
        rf"без\s+{_GAS_CUT}",
        r"without\s+gas",
        r"(?:cut|cutting|cuts)\s+(?:off\s+)?(?:the\s+)?gas",
        r"gas\s+supply",
        specific=False,
        outcome=True,
    ),
    _e(
        "energy.heat",
        rf"без\s+{_HEAT_CUT}",
        r"without\s+heat(?:ing)?",
        specific=False,
        outcome=True,
    ),
    # grid companies: the company's name says the kind, not what was hit ("объект Россетей": some grid asset)
    _e(
        "energy.electricity",
        rf"Россет{_W}",
        r"[А-ЯЁ][а-яё]+энерго\b",
        r"(?-i:[A-Z][a-z]+energo)\b",
        r"[А-ЯІЇЄҐ][а-яіїєґ'’ʼ]+обленерго\b",
        r"Укренерго",
        r"Ukrenergo",
        r"обленерго",
        r"облэнерго",
        r"ДТЕК\s+(?:Мережі|Мереж|Grids)",
        specific=False,
    ),
    _e("energy", r"DTEK", acronyms=("ДТЕК",), specific=False),
    _e(
        "energy.heat",
        rf"котельн{_W}",
        r"котелень\b",  # the Ukrainian genitive plural ("кілька котелень"), its vowel put back
        rf"теплосет{_W}",
        rf"тепломереж{_W}",
        rf"теплоснабжени{_W}",
        rf"теплопостачан{_W}",
        rf"теплотрас{_W}",
        rf"тепломагістрал{_W}",
        rf"тепломагистрал{_W}",
        # "объект теплогенерации", "теплогенеруюче обладнання": what makes heat
        rf"теплогенер{_W}",
        r"heat(?:ing)?\s+generation(?:\s+(?:facility|facilities|plants?|sites?|assets))?",
        r"heating\s+mains?",
        r"boiler\s+(?:house|room|plant|facility|facilities|station)s?",
        r"heating\s+(?:plant|network|station)s?",
    ),
    _e(
        "energy.oil",
        rf"нефтян{_W}\s+(?:объект|инфраструктур|промышленност|отрасл|предприяти|комплекс){_W}",
        rf"нафтов{_W}\s+(?:об'єкт|обʼєкт|об’єкт|інфраструктур|промисловост|галуз|підприєм|комплекс){_W}",
        r"oil\s+(?:facility|facilities|infrastructure|installations?|industry|sector|sites?)",
        specific=False,
    ),
    # the oil and gas industry as a whole ("объекты нефтегазовой промышленности", "oil and gas facilities"): energy of
    # no one kind (the Ukrainian "нафтогазова" is still read by "Нафтогаз", below, as gas: as energy it made an energy
    # claim that consolidation narrowed to a substation beside it on pages dev uk-p23)
    _e(
        "energy",
        rf"нефтегазов{_W}\s+(?:объект|инфраструктур|промышленност|отрасл|предприяти|комплекс|мощност){_W}",
        r"oil\s+and\s+gas\s+(?:facility|facilities|infrastructure|industry|sector|sites?|installations?|enterprises?)",
        specific=False,
    ),
    _e(
        "energy.gas",
        rf"газов{_W}\s+(?:объект|инфраструктур){_W}",
        rf"газов{_W}\s+(?:об'єкт|обʼєкт|об’єкт|інфраструктур){_W}",
        r"gas\s+(?:facility|facilities|infrastructure|installations?|industry|sector)",
        rf"газов{_W}\s+(?:промышленност|отрасл|промисловост|галуз){_W}",
        rf"газотранспорт{_W}",
        rf"Нафтогаз{_W}",
        rf"газоснабжени{_W}",
        rf"газопостачан{_W}",
        specific=False,
    ),
    _e(
        "energy",
        rf"энергообъект{_W}",
        rf"енергооб{_W}",
        rf"объект{_W}\s+(?:российской\s+|украинской\s+)?энергетик{_W}",
        rf"об[ʼ'’]?єкт{_W}\s+(?:української\s+)?енергетик{_W}",
        rf"энергетическ{_W}\s+(?:инфраструктур|объект){_W}",
        rf"енергетичн{_W}\s+(?:інфраструктур|об){_W}",
        rf"энергоинфраструктур{_W}",
        rf"енергоінфраструктур{_W}",
        # "об'єкт критичної інфраструктури": what Ukrainian officials call an energy site they do not name
        rf"критичн{_W}\s+інфраструктур{_W}",
        rf"критическ{_W}\s+(?:важн{_W}\s+)?инфраструктур{_W}",
        r"critical\s+infrastructure",
        rf"энергетическ{_W}\s+предприяти{_W}",
        rf"енергетичн{_W}\s+підприєм{_W}",
        r"energy\s+(?:company|companies|enterprise|plant)",
        r"energy\s+(?:infrastructure|facility|facilities|site|sites|installation|installations|objects?|targets?)",
        rf"энергетик{_W}",
        rf"енергетик{_W}",
        # the fuel and energy complex ("объекты ТЭК", "паливно-енергетичного комплексу", "a fuel and energy complex"):
        # the energy sector of no one kind
        rf"топливно-энергетическ{_W}(?:\s+комплекс{_W})?",
        rf"паливно-енергетичн{_W}(?:\s+комплекс{_W})?",
        r"fuel(?:\s+and\s+|-)energy\s+(?:complex|sector|facilit(?:y|ies))",
        acronyms=("ТЭК", "ПЕК"),
        specific=False,
    ),
    # military
    _e(
        "military.airbase",
        rf"аэродром{_W}",
        rf"аеродром{_W}",
        rf"авиабаз{_W}",
        rf"авіабаз{_W}",
        r"air\s*bases?",
        r"airfields?",
    ),
    _e(
        "military",
        rf"(?:военн|військов){_W}\s+(?:цел|ціл){_W}",
        rf"(?:военн|військов){_W}\s+инфраструктур{_W}",
        rf"військов{_W}\s+інфраструктур{_W}",
        # a train the text calls military or the army's ("a Russian military train", "военный эшелон", "військовий
        # потяг"): no civilian transport (`civilian.transport` inside it; not the verb, "the army trains recruits")
        r"(?:military|army)\s+(?:(?:supply|cargo|fuel|ammunition)\s+)?trains?\b"
        r"(?!\s+(?:its|their|the|recruits|soldiers|troops|personnel|operators|them)\b)",
        rf"(?:военн|військов){_W}\s+(?:эшелон|ешелон|поезд|поїзд|потяг){_W}",
        specific=False,
    ),
    _e("military.naval_base", rf"военно-морск{_W}\s+баз{_W}", rf"військово-морськ{_W}\s+баз{_W}", r"naval\s+bases?"),
    _e(
        "military.depot",
        rf"арсенал{_W}",
        # "склад боєприпасів", "склад авіаційних боєприпасів"
        rf"склад{_W}\s+(?:[\w'’ʼ-]+\s+)?(?:боеприпас|боєприпас|вооружени|озброєнн|ракет|БК){_W}",
        rf"склад{_W}\s+(?:с|з|із|для)\s+(?:боеприпас|боєприпас|вооружени|озброєнн|ракет|снаряд|БК){_W}",
        # a store of fuels and lubricants said to be an army's or its unit's ("база ГСМ 93-й бригады ВСУ",
        # "хранилище ГСМ, которое использовали ВСУ"; the trade's own: `energy.oil.storage`)
        rf"{_FUEL_STORE}(?={_FOR_ARMY})",
        # a store of drones, boats or bombs ("склад зберігання БпЛА", "склад хранения беспилотников", "склад
        # дронів"; not "склад дроны атаковали": the drones that struck it, nominative; nor the means it was struck
        # by: "склад с беспилотников", "склад з дронів", "склад с помощью беспилотников"). A bare genitive ends the
        # clause or comes before a place or an army ("склад дронів у Макіївці", "склад БпЛА ворога"), not before
        # a verb ("склад дронов атаковали")
        rf"склад{_W}\s+(?:(?:зберігання|хранения|для)\s+(?:[\w'’ʼ-]+\s+)?{_STORED}|{_STORED}(?=\s*(?:[,.;:!?»)]|$)|"
        rf"\s+(?:в|у|во|на|под|під|поблизу|вблизи|возле|около|біля|неподалік|неподалеку)\b|\s+{_ARMY_OWNER}))",
        r"(?:drone|UAV|bomb|missile)\s+(?:storage\s+)?(?:depot|warehouse)s?",  # (not "a drone store": a shop)
        # a site or base where drones are stored (and readied, launched): "місце зберігання, підготовки та пуску
        # ударних БпЛА", "бази зберігання ... «Шахедів»", "местам хранения и запуска беспилотников"
        # (only the words of readying or launching them in between, not the weapon that hit a store of grain or
        # aid: "місце зберігання зерна ударними БпЛА", "пункт зберігання гуманітарної допомоги після атаки дронів")
        rf"(?:місц|мест|баз|пункт){_W}\s+(?:зберігання|хранения)(?:,?\s+(?:(?:та|і|й|и|к|до)\s+)?(?:підготовк|"
        rf"подготовк|пуск|запуск|комплектуван|комплектовани|обслуговуван|обслуживани){_W})*\s+"
        rf"(?:(?:ударн|безэкипажн|безекіпажн){_W}\s+)?(?:{_STORED}|«(?:Шахед|Shahed|Герань|Geran){_W})",
        # stores listed with an army's command or field posts ("склади, логістичні пункти й командні центри",
        # "warehouses, logistics hubs and command posts"): an army's stores
        rf"(?:склад{_W}|warehouses?)(?=,\s+(?:[\w'’ʼ-]+,?\s+){{0,4}}?(?:командн{_W}\s+(?:центр|пункт)|"
        r"пункт\w*\s+(?:управління|управления)|command\s+(?:posts?|cent(?:re|er)s?)))",
        # (not "storing humanitarian aid and shell casings")
        r"(?:depot|warehouse)s?\s+storing\s+(?:[\w-]+\s+){0,5}?(?:bombs|missiles|drones|munitions|ammunition|shells)"
        r"\b(?!\s+casings?)",
        r"(?:ammunition|ammo|arms|weapons)\s+(?:depot|dump|warehouse|store)s?",
        r"arsenals?",
        rf"военн{_W}\s+склад{_W}",
        rf"військов{_W}\s+склад{_W}",
        # the English for them: "22 Ukrainian military warehouses", "an army storage site" (a warehouse of no army is
        # `civilian.other`)
        r"(?:military|army)\s+(?:storage\s+)?(?:depots?|warehouses?|stores|storage\s+(?:sites?|facilit(?:y|ies)))\b",
        # "артиллерийской базе вооружения", "базы хранения вооружения", "база зберігання озброєння"
        rf"баз{_W}\s+(?:хранения\s+|зберігання\s+)?(?:вооружени|озброєнн|боеприпас|боєприпас){_W}",
        rf"(?:артиллерийск|артилерійськ){_W}\s+баз{_W}",
        # an army's, the enemy's or a military site's warehouses: "склады и имущество ВСУ", "склади противника",
        # "склад військового аеродрому", "enemy warehouses" (not "у складі ЗСУ", "в составе", "особового складу":
        # "склад" of a make-up, "as part of the AFU")
        rf"(?<!\bу\s)(?<!\bв\s)(?<!\bзі\s)(?<!\bіз\s)(?<!особового\s)(?<!особового\sй\s)"
        # (up to two words before an army's name; a military site's right after "склад", not "склад возле военного
        # госпиталя", "склад військового одягу")
        rf"склад(?:а|у|ом|е|і|и|ы|ов|ам|ами|ах|ів)?\s+(?:(?:[\w'’ʼ-]+\s+){{0,2}}?{_ARMY_OWNER}|"
        rf"(?:военн|військов){_W}\s+(?:част|аэродром|аеродром|авиабаз|авіабаз|баз|ліце|лице|академи|академі|"
        # military goods ("склад військового майна", "склад военного имущества")
        r"майн|имуществ|техник|техніки|снаряжен|спорядж|боеприпас|боєприпас|пальн|горюч)|"
        rf"аэродром{_W}|аеродром{_W}|авиабаз{_W}|авіабаз{_W})",
        rf"(?:вражеск|ворож){_W}\s+склад{_W}",
        r"(?:enemy|army)\s+(?:depot|warehouse)s?",
        r"warehouses?\s+(?:of|used\s+by)\s+the\s+(?:[\w-]+\s+)?(?:army|armed\s+forces|military|enemy)",
        r"(?:depot|warehouse)s?\s+(?:of|at)\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:airfield|air\s?base)s?\b"
        r"(?!\s+(?:road|street|avenue|highway|district))",  # (not "at the airfield road")
    ),
    _e(
        "military.industry",
        rf"оборонн{_W}\s+(?:предприяти|завод|промышленн){_W}",
        rf"оборонн{_W}\s+(?:підприєм|завод|промисловост){_W}",
        r"defen[cs]e\s+(?:plant|factory|industry|enterprise)s?",
        r"(?:drone|missile|ammunition)\s+(?:plant|factory)",
        rf"{_DEFENCE_ELECTRONICS}\s+(?:plant|factory)",
        rf"предприяти{_W}\s+ВПК",
        rf"підприєм{_W}\s+ВПК",
        # the compound with its site noun first (one pattern's alternatives: the first that matches wins), longer than
        # the civilian "промышленные предприятия", "industrial facilities" inside it
        rf"военно-промышленн{_W}\s+(?:предприяти|объект|завод){_W}",
        rf"військово-промислов{_W}\s+(?:підприєм|об['’ʼ]?єкт|завод){_W}",
        r"military-industrial\s+(?:facilit(?:y|ies)|sites?|enterprises?|plants?|targets?)",
        rf"военно-промышленн{_W}",
        rf"військово-промислов{_W}",
        rf"(?:производствен|виробнич){_W}\s+(?:площадк|потужност|майданчик|цех){_W}\s+(?:выпуска|производства|"
        rf"виробництва|випуску)\s+(?:беспилот|безпілот|дрон|ракет|боеприпас|боєприпас|вооружени|озброєн){_W}",
        rf"цех{_W}\s+(?:сборки|складання)",
        rf"(?:об['’ʼ]?єкт|объект|підприєм|предприяти|завод|цех|майданчик|площадк|виробництв|производств){_W}\s+"
        rf"(?:з|по|для)\s+(?:виробництв|производств|випуску|выпуску|складанн|сборк|ремонт){_W}\s+(?:БПЛА|БпЛА|безпілот|"
        rf"беспилот|дрон|ракет|боєприпас|боеприпас|вибухівк|взрывчат|снаряд|військов|военн|бронетехн){_W}",
        r"military-industrial",
        acronyms=("ВПК", "ОПК"),
    ),
    _e(
        "military.unit",
        rf"пункт{_W}\s+(?:управлени|временн|дислокац|управлінн|тимчасов){_W}",
        rf"(?:командн|наблюдательн|огнев){_W}\s+пункт{_W}",
        # "командные центры", "логістичні пункти", "место подготовки к запуску БПЛА", "місця запуску дронів"
        rf"командн{_W}\s+(?:центр|пункт|хаб|вузл|узл){_W}",
        # logistics only of an army: "логістичний центр ЗСУ", "военный логистический узел" (not "логістичний центр
        # «Нової пошти»", a civilian site)
        rf"(?:логистическ|логістичн){_W}\s+(?:центр|пункт|хаб|вузл|узл){_W}\s+{_ARMY_OWNER}",
        rf"(?:военн|військов){_W}\s+(?:логистическ|логістичн){_W}\s+(?:центр|пункт|хаб|вузл|узл){_W}",
        rf"(?:мест|місц){_W}\s+(?:подготовки\s+к\s+|підготовки\s+до\s+)?(?:запуск|пуск){_W}",
        r"command\s+(?:centers?|centres?|hubs?|points?)",
        r"(?:military|army|enemy)\s+logistics?\s+(?:centers?|centres?|hubs?|points?)",
        r"launch\s+(?:sites?|positions?|pads?)",
        rf"позици{_W}",
        rf"позиці{_W}",
        rf"(?:военн|воинск){_W}\s+(?:объект|част|лагер){_W}",
        rf"військов{_W}\s+(?:об['’ʼ]?єкт|частин|табор){_W}",  # not "військові обстріляли": soldiers who fired
        rf"(?:место|районы?|района|районам)\s+сосредоточени{_W}",
        rf"мест{_W}\s+(?:дислокаци|проведени){_W}",
        rf"сосредоточени{_W}",
        rf"скупчен{_W}",
        rf"живой\s+сил{_W}",
        rf"живої\s+сил{_W}",
        rf"полигон{_W}",
        rf"полігон{_W}",
        r"military\s+(?:target|facility|facilities|base|unit|installation)s?",
        # English for "полигон", an army's school: "training ground", "live-fire range", "training units of the
        # Ground Forces", "a military institute"; not anyone's but an army's ("Dynamo Kyiv's", "the team's"), not a
        # club's, team's, school's, police, fire-brigade or sports ground ("of the Shakhtar football club", "for power
        # engineers"), nor a military school's dormitory or a former one housing families
        r"(?<!fire\s)(?:army|military|brigade|troops)['’]s?\s+training\s+(?:grounds?|ranges?|units?)",
        r"(?<!['’]s\s)(?<!football\s)(?<!sports\s)(?<!hockey\s)(?<!club\s)(?<!team\s)(?<!academy\s)(?<!school\s)"
        r"(?<!police\s)(?<!fire\sbrigade\s)(?<!fire\s)(?<!rescue\s)(?<!driving\s)"
        r"training\s+(?:grounds?|ranges?|units?)\b"
        r"(?!\s+(?:of|for)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?(?:club|team|academy|school|police|rescuers|"
        r"firefighters|engineers|students|children|athletes|footballers)\b)",
        r"(?:live-fire|firing)\s+(?:training\s+)?ranges?",
        r"(?<!former\s)military\s+(?:training\s+)?(?:cent(?:re|er)s?|camps?|institutes?|academ(?:y|ies)|schools?)\b"
        r"(?!['’]?s?\s+(?:dormitor|hostel|housing|residence)|\s+(?:now\s+)?(?:housing|used\s+as))",
        r"(?:troop|troops'?)\s+(?:position|concentration)s?",
        r"command\s+posts?",
        rf"ЗРК\s*{_W}",
        rf"радиолокационн{_W}",
        rf"радіолокаційн{_W}",
        r"radars?",
        rf"казарм{_W}",
        r"barracks",
        # equipment and crews: an attack on them at a named place is a strike on a military target
        r"танк(?:а|у|ом|и|ов|ів)?\b",
        rf"самоходн{_W}",
        rf"самоходк{_W}",
        rf"самохідн{_W}",
        rf"гаубиц{_W}",
        rf"бронемашин{_W}",
        rf"бронетехник{_W}",
        rf"бронетехнік{_W}",
        rf"бронированн{_W}\s+(?:машин|техник|автомобил){_W}",
        rf"тягач{_W}",
        rf"пикап{_W}",
        rf"пікап{_W}",
        rf"(?:станци|станці){_W}\s+(?:РЭБ|РЕБ|радиоэлектронн{_W}|радіоелектронн{_W}|радіолокаці{_W}|радиолокаци{_W})",
        rf"(?:пулем[её]тн|кулеметн|минометн|мінометн){_W}\s+(?:точк|расч[её]т|розрахун|гнезд){_W}",
        rf"личн{_W}\s+состав{_W}",
        rf"особов{_W}\s+склад{_W}",
        # foreign fighters and an army's instructors, struck where they stay ("обстріл іноземних найманців", "де
        # перебували іноземні військові інструктори", "foreign mercenaries"): troops, as "личный состав" is (not in
        # the instrumental, the users or company of a site or the ones who trained the strikers: "об'єкти, які
        # використовуються ... найманцями", "подготовленные западными инструкторами"; nor the strikers,
        # `_TROOPS_STRIKE`)
        rf"на[её]мник(?!ами|ом\b)(?!и?{_TROOPS_STRIKE}){_W}",
        rf"найман(?:ц(?!ями|ем\b)(?!і{_TROOPS_STRIKE})|ець(?!{_TROOPS_STRIKE})){_W}",
        rf"{_NOT_BY}mercenar(?:y|ies)\b(?!{_TROOPS_STRIKE})",
        rf"(?:военн|військов|западн|західн|иностранн|іноземн|натовськ){_W}\s+(?:(?:военн|військов){_W}\s+)?"
        rf"(?:инструктор|інструктор)(?!ами|ом\b)(?![ыи]?{_TROOPS_STRIKE}){_W}",
        rf"{_NOT_BY}(?:military|foreign|western|NATO)\s+(?:military\s+)?instructors?\b(?!{_TROOPS_STRIKE})",
        rf"(?:военн|бойов|військов|бронированн|легкобронированн){_W}\s+(?:техник|технік|машин){_W}",
        rf"единиц{_W}\s+(?:легкобронированн|бронированн|военн){_W}\s+техник{_W}",
        rf"автоколонн{_W}",
        # "боевики и их техника", "технику ВСУ", "техніку ворога": a side's equipment
        rf"(?:их|его|её|ее|їх|його|її)\s+техн[иі]к{_W}",
        rf"техник{_W}\s+(?:(?-i:ВСУ|ВФУ)|противника|врага|боевик{_W}|националист{_W}|украинск{_W})",
        rf"технік{_W}\s+(?:(?-i:ЗСУ)|ворога|противника|окупант{_W}|рашист{_W}|російськ{_W})",
        rf"военнослужащ{_W}",
        r"военнослужащих",
        r"в/ч",
        rf"ракетн{_W}\s+(?:бригад|комплекс){_W}",
        # the English for them, and a missile base or launcher struck ("hit a Russian missile base", "damaging Iskander
        # missile launchers", "the missile base being hit"; not "rocket launchers", often the weapon that fired, nor a
        # missile launcher or base that fired: "from a missile base near Kursk", "Iskander missile launchers struck",
        # "missile launchers near Kursk fired on Sumy")
        rf"{_NOT_FROM}missile\s+(?:bases?|launchers?)\b(?!{_TROOPS_STRIKE})"
        r"(?!\s+(?:near|in|at)\s+[\w-]+\s+(?:fired|launched|struck))",
        r"(?:tanks?|howitzers?|armou?red\s+vehicles?|self-propelled\s+guns?|military\s+equipment)",
        acronyms=("ЗРК", "РЛС", "БРЛС", "РЭБ", "РЕБ", "САУ", "БМП", "БТР", "МТЛБ", "ЗСУ-23", "ПЗРК"),
    ),
    # maritime
    _e(
        "maritime.vessel.military",
        rf"(?:военн{_W}|військов{_W}|десантн{_W}|патрульн{_W})\s+(?:корабл|катер|кораб){_W}",
        rf"корабл{_W}",
        rf"кораб{_W}",
        r"warships?",
        r"(?:patrol|landing)\s+(?:ship|boat|vessel)s?",
        # submarines and missile ships ("a Russian missile-carrying submarine", "підводний човен", "подводная лодка",
        # "a Buyan-M-class missile ship"): warships, as "корабль" is (not "missile carriers", bombers; nor the ship a
        # missile was fired from, "from a submarine", "з підводного човна", "a submarine-launched Kalibr", "missile
        # ships fired"; nor what is not a vessel, "the submarine cable", "a submarine museum", "the submarine base")
        rf"{_NOT_FROM}submarines?\b(?![\s-]+(?:cables?|museums?|bases?|launched|pipelines?)\b)(?!{_TROOPS_STRIKE})",
        rf"{_NOT_FROM}(?:підводн|подводн){_W}\s+(?:човн|човен|лодк|лодок){_W}",
        rf"{_NOT_FROM}missile\s+(?:ship|boat|vessel|cruiser)s?\b(?!{_TROOPS_STRIKE})",
        r"frigates?",
        r"corvettes?",
        rf"десантн{_W}\s+катер{_W}",
        # a navy's tanker ("нефтетанкер ВМФ России", "танкер Чорноморського флоту", "a Russian navy tanker"): a
        # warship's supply ship, not a merchant tanker (review 40 B, L3)
        rf"(?:нафто|нефте)?танкер{_W}\s+(?:(?-i:ВМФ|ВМС)\b|(?:Черноморск|Чорноморськ|Балтийск|Балтійськ|Северн|Північн|"
        rf"Тихоокеанск|Тихоокеанськ){_W}\s+флот{_W}|флот{_W})",
        # (not a "shadow fleet tanker", a merchant one)
        r"(?:navy|naval|(?<!shadow\s)(?<!dark\s)(?-i:Fleet))\s+tankers?\b",
    ),
    _e(
        "maritime.vessel",
        rf"морськ{_W}\s+суд(?:на|ен|нам|ах)",
        rf"морск{_W}\s+суд(?:а|ов|ам|ах)",
        rf"(?:буксирн|транспортн){_W}\s+суд{_W}",
        # "безпілотник вразив судно", "судна в порту": a ship of no kind said ("суд", a court, is not one)
        r"судн(?:о|а|у|ом|е|і|ам|ами|ах)\b",
        r"суден\b",
        r"vessels?",
        # a ship of no kind ("damaged port facilities and a ship"), a noun after "a" or a number; not "the ship", which
        # most often names again a ship told before ("the attack on the ship wounded ...")
        r"(?<=\ba\s)ship(?![\w-]|\s+(?:repair|building|yard)\b)|(?:(?<=\d\s)|(?<=\btwo\s)|(?<=\bthree\s))ships(?![\w-])",
        # a tug ("під удар потрапив буксир"): a vessel whose owner the text seldom says
        r"буксир(?:а|у|ом|і|е|и|ы|ів|ов|ам|ами|ах)?\b",
        r"tug(?:boat)?s?\b",
        specific=False,
    ),
    _e(
        "maritime.vessel.civilian",
        rf"(?:гражданск{_W}|торгов{_W}|цивільн{_W}|торговельн{_W}|грузов{_W}|вантажн{_W})\s+(?:суд|корабл|кораб){_W}",
        # a ship under a state's flag ("судно під прапором Панами", "Liberia-flagged vessels"): a merchant ship
        rf"суд{_W}\s+(?:[\w'’ʼ-]+\s+){{0,2}}?(?:под\s+флагом|під\s+прапором)",  # not a warship, "корабль"
        # the same in English, a name in quotes between ("a ship flying the flag of the Comoros", "the ship “MJ PINA”
        # under the flag of Barbados")
        # (not a naval one, whose flag is its navy's: "a patrol ship under the Russian flag", "a warship flying ...")
        r"(?<!naval\s)(?<!navy\s)(?<!military\s)(?<!patrol\s)(?<!landing\s)(?<!missile\s)(?<!Fleet\s)(?<!war\s)"
        r"\b(?:ship|vessel)s?\s+(?:[“\"«][^”\"»\n]{1,30}[”\"»]\s+)?(?:flying|under|sailing\s+under)\s+(?:the\s+|a\s+)?"
        r"(?:[\w-]+\s+)?flags?\b",
        # or a ship of a flag state or a foreign one said by its adjective ("турецкое судно", "a Turkish vessel")
        # (not a naval, war or patrol one: "иностранное военное судно", "a Turkish naval vessel")
        rf"(?:турецк|турецьк|иностранн|іноземн){_W}\s+(?:(?!(?:военн|військов|патрульн|пограничн|прикордонн))"
        rf"[\w'’ʼ-]+\s+)?суд(?:но|на|ну|ні|не|ном|ов|ам|ами|ах)\b",
        r"(?:Turkish|foreign)\s+(?:(?!(?:naval|navy|war|military|patrol)\b)[\w-]+\s+)?(?:ship|vessel)s?\b",
        r"flagged\s+(?!(?:naval|navy|war)\b)(?:[\w-]+\s+)?(?:ship|vessel)s?(?!\s+movements?)",
        rf"танкер{_W}",
        # a tanker named with its cargo in one word, a bulk carrier and a carrier of one cargo ("нафтотанкери",
        # "балкер", "контейнеровоз", "рудовоз", "a bulk carrier", "a container ship"); a gas carrier only beside a ship
        # word ("судно-газовоз", "танкер-газовоз"): "газовоз" alone is as often a gas truck, and "лесовоз", "лісовоз"
        # are timber trucks
        rf"(?:нафто|нефте)танкер{_W}",
        rf"балкер{_W}",
        rf"(?:контейнеро|рудо)воз{_W}",
        rf"(?:судн{_W}|танкер{_W})[\s-]+газовоз{_W}",
        r"bulk\s+carriers?\b",
        r"container\s+ships?\b",  # (not "container shipping")
        rf"сухогруз{_W}",
        rf"суховантаж{_W}",
        r"tankers?",
        # (and a ship said not to be a warship: "a non-military ship sustained damage", "невійськове судно")
        r"(?:cargo|civilian|merchant|grain|non-?military)\s+(?:ship|vessel)s?",
        rf"паром{_W}",
        rf"пором{_W}",  # the Ukrainian for it ("пошкоджено пором під прапором Туреччини")
        r"ferr(?:y|ies)",
    ),
    # civilian
    _e(
        "civilian.port",
        r"\bпорт(?:а|у|ом|е|і|ы|и|ов|ів|ах|ам|ами)?\b(?!\s+(?:город|міст))",  # "у портах Південний та ..."
        r"(?:sea)?ports?\b(?!\s+(?:city|town))",  # ("the Novorossiysk seaport")
        rf"портов{_W}",
        rf"портов{_W}\s+інфраструктур{_W}",
        rf"причал{_W}",
        r"harbou?rs?",
        r"piers?\b",  # (not "pierce")
        r"berths?\b",  # (as "причал"; not "berthed", a ship moored)
    ),
    _e(
        "civilian.medical",
        rf"больниц{_W}",
        rf"лікарн{_W}",
        # (the genitive plural; where the wounded were taken or stay is kept out in any form by _claims' _TAKEN_TO and
        # _DIED_BEFORE: "доставили до однієї з лікарень", "розвезли до лікарень", "перебувають у стаціонарах лікарень")
        r"лікарень\b",
        rf"госпитал(?!изир|изац){_W}",  # not "госпитализирован": a victim treated
        rf"шпитал{_W}",
        rf"поликлиник{_W}",
        rf"поліклінік{_W}",
        r"поліклініці\b",  # (the Ukrainian dative and locative: к -> ц)
        rf"амбулатори{_W}",
        r"hospitals?\b",  # not "hospitalized"
        r"clinics?\b",
        r"medical\s+(?:facility|facilities)",
        # a medical or perinatal centre (not "у медичних закладах лікують": where the wounded are treated)
        rf"(?:медичн|медицинск|перинатальн){_W}\s+центр{_W}",
        r"(?:medical|perinatal)\s+cent(?:er|re)s?",
        rf"пологов{_W}\s+будин{_W}",
        rf"роддом{_W}",
        r"maternity\s+(?:hospital|ward)s?",
    ),
    _e(
        "civilian.education",
        rf"школ{_W}",
        r"шкіл\b",  # the Ukrainian genitive plural ("кілька шкіл"; not "шкільний")
        rf"университет{_W}",
        rf"університет{_W}",
        rf"детск{_W}\s+сад{_W}",
        rf"дитяч{_W}\s+сад{_W}",
        rf"садоч{_W}",
        rf"ліце{_W}",
        rf"лице{_W}",
        r"schools?\b",
        r"universit(?:y|ies)",
        r"kindergartens?",
        r"lyce(?:um|ums|a)",
        rf"коледж{_W}",
        rf"колледж{_W}",
        r"colleges?\b",
        rf"гімназі{_W}",
        rf"гимнази{_W}",
        rf"дитсад{_W}",
        rf"детсад{_W}",
        # an educational institution said as such ("освітній заклад", "заклад освіти", "образовательное учреждение",
        # "an educational facility"): a school of some kind (not an army's: "військовий навчальний заклад")
        rf"{_NOT_ARMY_CAR}(?:освітн|навчальн){_W}\s+заклад{_W}",
        rf"заклад{_W}\s+(?:(?:загальної\s+середньої|дошкільної|вищої|професійної)\s+)?освіти",
        rf"{_NOT_ARMY_CAR}(?:образовательн|учебн){_W}\s+(?:учреждени|заведени){_W}",
        rf"учреждени{_W}\s+образования",
        r"(?<!military\s)educational\s+(?:institutions?|facilit(?:y|ies)|establishments?)",
    ),
    _e(
        "civilian.transport",
        rf"вокзал{_W}",
        rf"железнодорожн{_W}",
        rf"залізничн{_W}",
        rf"железн{_W}\s+дорог{_W}",
        r"railway\s+(?:station|infrastructure|line)s?",
        r"transport(?:ation)?\s+(?:systems?|infrastructure|facilities|hubs?|networks?)",
        # "объекты транспортной инфраструктуры", "транспортний вузол" (not "нефтетранспортный объект": oil)
        rf"транспортн{_W}\s+(?:инфраструктур|інфраструктур|объект|об['’ʼ]?єкт|узл|узел|вузл|вузол){_W}",
        r"railways?",
        r"bridges?",
        r"\bмост(?:а|у|ом|ы|ов|и|ів|ам|ами|ах)?\b",
        # (and its locative, "на мості"; not "прикордонних міст": cities)
        r"(?<!их\s)(?<!іх\s)(?<!ьох\s)\b(?:міст|мості)\b(?!\s+(?:і|та|й)\s+(?:сіл|селищ))",
        r"train\s+stations?",
        r"bus(?:es)?\b",
        rf"автобус{_W}",
        # "электричка", "електричка": a commuter train (not "электричество", "електричний": electricity)
        rf"электричк{_W}",
        rf"електричк{_W}",
        # (their other forms: "по електричці", "кілька електричок", "несколько электричек")
        r"електрич(?:ці|ок)\b",
        r"электричек\b",
        r"trains?\b",  # not "training"
        # a train, a tram, a trolleybus, a minibus (not "пожежний поїзд", the fire train sent to put a fire out)
        r"(?<!пожежний\s)(?<!пожежного\s)(?<!пожежні\s)(?<!пожарный\s)(?<!пожарного\s)(?<!пожарных\s)"
        # (not "поездка", a trip; the locative "у потязі": г -> з)
        r"(?:(?:поезд|поїзд|потяг)(?:а|у|ом|е|і|ы|и|ов|ів|ам|ами|ах)?|потязі)\b",
        rf"локомотив{_W}",
        rf"тепловоз{_W}",
        r"locomotives?",
        rf"автовокзал{_W}",
        rf"трамва{_W}",
        rf"тролейбус{_W}",
        rf"троллейбус{_W}",
        rf"маршрутк{_W}",
        r"маршрут(?:ці|ок)\b",  # "у маршрутці", "кілька маршруток" (not "маршрут", a route, nor "маршрутизатор")
        r"trams?\b",
        r"trolleybus(?:es)?",
        # a minibus (round 43). Not a truck, lorry or van (review 46 D: an army's as often, "грузовик с личным
        # составом ВСУ", "trucks carrying soldiers", "enemy trucks"), nor "машина", nor "vehicle"
        r"minibus(?:es)?\b",
    ),
    _e(
        "civilian.residential",
        rf"жил{_W}\s+(?:дом|дома|домов|домам|здани|квартал|сектор|массив|комплекс){_W}",
        # (a district only said, not hit: "а не жилой район", "рядом расположен жилой район")
        rf"{_NOT_SAID_ONLY}жил{_W}\s+район{_W}",
        rf"многоэтаж{_W}",
        rf"многоквартирн{_W}",
        rf"багатоквартирн{_W}",
        rf"житлов{_W}\s+(?:будин|будів|квартал|сектор|масив|комплекс|забудов|мікрорайон){_W}",
        rf"{_NOT_SAID_ONLY}житлов{_W}\s+район{_W}",
        rf"жил{_W}\s+микрорайон{_W}",
        r"apartment\s+(?:building|block|house)s?",
        rf"багатоповерх{_W}",
        rf"частн{_W}\s+(?:дом|домов|сектор|домовладени){_W}",
        rf"(?:частн|дачн|приватн|жил|житлов){_W}\s+(?:и|і|та|й)\s+[\w-]+\s+(?:дом|будин){_W}",
        rf"дачн{_W}\s+(?:дом|будин){_W}",
        rf"приватн{_W}\s+(?:будин|сектор|садиб){_W}",
        # the English of "приватний сектор", a town's quarter of private houses, as the object of a strike ("hit the
        # private sector", "one of the private sectors of the city of Sumy"); not the economy's ("private sector
        # companies", "the private sector and the state", "Ukraine's private sector", "hit the private sector hardest",
        # "the private sector reported losses", "the private sector in Ukraine", "damaged the private sector economy")
        r"(?:(?<=\bon\sthe\s)|(?<=\bhit\sthe\s)|(?<=\bhits\sthe\s)|(?<=\bhitting\sthe\s)|(?<=\bstruck\sthe\s)|"
        r"(?<=\bstriking\sthe\s)|(?<=\battacked\sthe\s)|(?<=\battacking\sthe\s)|(?<=\bshelled\sthe\s)|"
        r"(?<=\bshelling\sthe\s)|(?<=\btargeted\sthe\s)|(?<=\btargeting\sthe\s)|(?<=\bdamaged\sthe\s)|"
        r"(?<=\binto\sthe\s)|(?<=\bone\sof\sthe\s))"
        r"private\s+sectors?\b(?!\s+(?:hard|in\s+(?:Ukraine|Russia)|economy|reported|leaders?\b|compan|business|firm|employ|enterprise|investment|investor|"
        r"partner|participation|involvement|fund|financ|bank|lend|loan|credit|growth|job|wage|worker|organi[sz]ation|"
        r"entit|stakeholder|actor|player|debt|sales?|and\s+(?:the\s+)?(?:state|public|government))|[\w-]+\s+"
        r"(?:compan|business))",
        rf"домовладени{_W}",
        rf"домоволодін{_W}",  # the Ukrainian "домоволодіння"
        # (not "non-residential building": a building of no kind, in the entry of people and buildings below)
        r"(?<!non-)(?<!non\s)residential\s+(?:building|area|block|house|district|neighbou?rhood|quarter)s?",
        rf"(?:мирн|спальн){_W}\s+(?:квартал|район|мікрорайон|микрорайон){_W}",
        r"(?:private\s+)?houses?\b",
        r"homes?\b(?!\s+to\b)",  # not "home to 100,000 people"
        rf"квартир{_W}",
        r"high-rise",
        # everyday words for homes (round 43): apartments, a block of flats (not "flats" alone: salt flats, shoes), a
        # dacha, a cottage (not a cottage industry, cheese or hospital), the Ukrainian "хата"; дача, коттедж, котедж
        # (not "дача показаний", "дачі свідчень", "дача взятки": giving testimony or a bribe)
        r"apartments?\b",
        r"blocks?\s+of\s+flats\b",
        r"dachas?\b",
        r"cottages?\b(?!\s+(?:industr(?:y|ies)|cheese|hospitals?|pie)\b)",
        r"дач(?:а|и|е|у|ей|ею|і|ам|ами|ах)?\b(?!\s+(?:показани|показан|свидетельск|свідчен|взятк|хабар|согласи|згод|объяснени|пояснен))",
        rf"кот?тедж{_W}",  # коттедж, котедж
        r"хат(?:а|и|і|у|ою|ам|ами|ах)?\b(?!\s+скраю)",
        # the outbuildings of a home (a homestead's, as "домовладение"; the gold reads "частный дом и хозпостройка",
        # "будинок, господарські споруди" as homes): outbuildings, a shed (only after "a", not the verb, "shed light"),
        # хозпостройка, надворные/хозяйственные постройки, господарські/надвірні споруди, сарай
        r"outbuildings?\b",
        r"(?<=\ba\s)shed\b",
        rf"хозпостро{_W}",
        rf"(?:хозяйственн|надворн){_W}\s+постро(?:йк|ек){_W}",
        rf"(?:господарськ|господарч|надвірн){_W}\s+(?:спорудж|споруд){_W}",
        r"сара(?:й|я|ю|ем|е|и|ев|ям|ями|ях|ї|їв|єм)\b",
    ),
    # (an entry of its own: a numeral can begin it, so it has no word beginnings for the pre-filter of ``find_all``,
    # which the entry above keeps)
    _e(
        "civilian.residential",
        # houses counted, as in English ("сгорело 20 домов", "пошкоджено кілька будинків", "несколько окрестных домов")
        r"(?:\d+|несколько|нескольких|кілька|декілька|кількох|два|две|двух|три|трех|трёх|четыре|пять|шесть|десят\w*|"
        r"дві|двох|чотири|п['’ʼ]ять|шість|сотн\w*)\s+(?:(?!нежил|нежитл)[\w'’ʼ-]+\s+)?"
        r"(?:дом(?:а|ов|ами|ах)?|будинк(?:и|ів|ами|ах))\b",
        # a building told by its storeys ("a 5-story building", "9-этажный дом", "9-ти поверховий будинок", "38-этажка";
        # in words in the entry below): a block of flats or a house (not with another kind between: "a four-story
        # industrial building"; not "на пятом этаже", a floor)
        r"\d+[- ]?stor(?:e?y|ied)\s+(?:(?:residential|apartment)\s+)?(?:building|house|block)s?\b" + _NOT_A_HOME_EN,
        rf"\d+-?этаж(?:к{_W}|н{_W}\s+(?:жил{_W}\s+)?дом{_W})\b" + _NOT_A_HOME_RU_UK,
        rf"\d+(?:-(?:ти|ми))?[\s-]?поверх(?:івк{_W}|ов{_W}\s+(?:житлов{_W}\s+)?будин{_W})\b" + _NOT_A_HOME_RU_UK,
    ),
    # (the same told in words: an entry of its own, so that the pre-filter of ``find_all`` keeps it off most text)
    _e(
        "civilian.residential",
        r"(?:two|three|four|five|six|seven|eight|nine|ten|twelve|sixteen|multi)[- ]?stor(?:e?y|ied)\s+"
        r"(?:(?:residential|apartment)\s+)?(?:building|house|block)s?\b" + _NOT_A_HOME_EN,
        rf"(?:двух|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти|двенадцати|шестнадцати)этаж"
        rf"(?:к{_W}|н{_W}\s+(?:жил{_W}\s+)?дом{_W})\b" + _NOT_A_HOME_RU_UK,
        rf"(?:дво|три|чотири|п['’ʼ]яти|шести|семи|восьми|дев['’ʼ]яти|десяти|дванадцяти|шістнадцяти)поверх"
        rf"(?:івк{_W}|ов{_W}\s+(?:житлов{_W}\s+)?будин{_W})\b" + _NOT_A_HOME_RU_UK,
    ),
    # houses said bare, in the plural ("дрон влучив у будинки", "уничтожили десятки домов", "повредил соседние дома"):
    # homes. Not houses that are institutions ("будинки культури", "Дом культуры": see `_NOT_A_HOME_AFTER`), nor the
    # White House ("Белого дома"); the form "дома" only where it is a noun, after a preposition, an adjective, a word
    # of damage or a list's colon ("в дома", "соседние дома", "повреждения дома"), not the adverb ("были дома",
    # "залишались вдома"). The singular is left ("зруйновано будинок" beside the dead: the gold's `civilian`)
    _e(
        "civilian.residential",
        rf"(?:будинк(?:и|ів|ам|ами|ах)|дом(?:ов|ами|ах)){_NOT_A_HOME_AFTER}",
        rf"{_HOME_GOING}домам{_NOT_A_HOME_AFTER}",
        rf"(?:(?:{_NOUN_BEFORE}){_NOT_HIS}|{_LIST_COLON}){_NOT_WHITE}{_NOT_ORPHANAGE}дома{_NOT_A_HOME_AFTER}",
        # the Russian singular bare ("В Шебекино повреждён дом", "дрон попал в дом", "в доме выбиты окна"): a home, as
        # the plural is; not an institution's house, the White House, a trading or publishing house, an orphanage
        # ("детский дом"), nor "на дому" (at home); not a compound ("дом-интернат", a care home; "дом-музей") nor a
        # name with a dot ("ДОМ.РФ"; a sentence's full stop after "дом" is still a home). (The Ukrainian "будинок" is
        # any building: in the entry of buildings)
        rf"{_NOT_WHITE}{_NOT_ORPHANAGE}дом(?:у|ом|е)?(?<!\bна\sдому)(?!-|\.\w){_NOT_A_HOME_AFTER}",
    ),
    _e(
        "civilian.industry",
        rf"промышленн{_W}\s+(?:предприяти|объект){_W}",
        rf"промислов{_W}\s+(?:підприєм|об){_W}",
        rf"подприяти{_W}",
        rf"підприєм{_W}",
        rf"предприяти{_W}",
        r"(?:industrial\s+)?(?:factory|factories|enterprise)",
        r"industrial\s+(?:site|facility|facilities)",
        # a facility of industry's infrastructure ("damaging an industrial infrastructure facility")
        r"industrial\s+infrastructure\s+(?:facility|facilities|sites?)",
        rf"элеватор{_W}",
        rf"елеватор{_W}",
        rf"комбінат{_W}",
        rf"комбинат{_W}",
        rf"фабрик{_W}",
        r"фабриці\b",  # (the Ukrainian dative and locative: к -> ц)
        rf"завод{_W}",
        r"plants?\b",
        r"works\b",
        r"grain\s+(?:terminal|silo)s?",
    ),
    WAREHOUSE,
    CIVIL_SITES,
    # a business of no kind said ("hit a business in Izium", "civilian businesses"): a civilian site, of no one kind,
    # so beside homes the civilian place as a whole. Only a countable site: "businesses", or "business" after an
    # article, a number or "civilian / small / local / private" (not "Business Insider", "business as usual",
    # "disrupting business", "the business daily", "the business of restoring power"); not a sector ("energy
    # business(es)"), nor people or media of business ("business owners", "a business reporter"); a site of it, named
    # by what it is ("business premises", "a business centre"), is one
    _e(
        "civilian",
        r"(?<!energy\s)(?<!oil\s)(?<!gas\s)(?<!power\s)(?<!family\s)(?<!core\s)"
        r"(?:(?-i:businesses)|(?:(?<=\ba\s)|(?<=\ban\s)|(?<=\bone\s)|(?<=\d\s)|(?<=civilian\s)|(?<=small\s)|"
        r"(?<=local\s)|(?<=private\s))(?-i:business)|(?-i:business)(?=\s+(?:premises|cent(?:re|er)s?|buildings?|"
        r"propert(?:y|ies))\b))\b(?!\s+(?:as\s+usual|days?|hours|trips?|deals?|leaders?|"
        r"community|ties|interests|owners?|people|men|women|reporters?|editors?|daily|news|insider|correspondents?|"
        r"school|class|district)\b)",
    ),
    _e(
        "civilian",
        rf"гражданск{_W}\s+населени{_W}",
        rf"цивільн{_W}\s+населен{_W}",
        r"civilian\s+(?:targets?|areas?|population)",
        r"civilians",
        rf"мирн{_W}\s+(?:жител|житель|населени){_W}",
        rf"мирн{_W}\s+(?:мешкан|населен|квартал){_W}",
        # a building of no kind said ("повреждена кровля здания", "пошкоджено будівлю", "the roof of a building")
        r"здани[еяюйи]\w*",
        r"будівл[яіюею]\w*",
        # the Ukrainian singular bare "будинок" ("Пошкоджено будинок", "влучив у будинок"): any building, a home or
        # not, as "будівля" (the gold's `civilian` for "зруйновано будинок" beside the dead, written dev uk-23); not an
        # institution's ("будинок культури"), an orphanage ("дитячий будинок"), nor a trading or publishing house
        rf"{_NOT_ORPHANAGE}будин(?:ок|ку|ком){_NOT_A_HOME_AFTER}",
        r"buildings?",
        # garages ("зайнялися кілька гаражів", "загорелись ... гараж", "a garage caught fire"): an outbuilding of no
        # kind, as a building is (not one its owner follows in the genitive, "гараж швидкої допомоги", "гараж
        # пожарной части": the owner's, a part of what it serves; nor an army's, "гараж ЗСУ", "гаражу, где ВСУ хранили
        # технику", "a military garage", "a garage used by Ukrainian troops"; nor a parking garage, a car park)
        r"гараж(?:а|у|е|ем|ом|і|и|ей|ів|ам|ами|ах)?\b(?!\s+[а-яёіїєґ'’ʼ-]*(?:ої|ого|ой|ей|ых|их|ів|ов)\b)"
        rf"{_NO_ARMY_AFTER}(?!,?\s+(?:где|де|в\s+котором|в\s+якому)\b)",
        r"(?<!military\s)(?<!army\s)(?<!parking\s)garages?\b(?!\s+used\s+by\b)",
        # a barn or a greenhouse (round 43): a building of no kind, as a garage (not a greenhouse gas)
        r"barns?\b",
        r"greenhouses?\b(?!\s+gas)",
        rf"теплиц{_W}",
        # a building said not to be a home ("нежилое здание", "нежитловий будинок", "a non-residential building"): a
        # building of no kind, not a home ("несколько нежилых домов"); not premises ("non-residential premises and
        # infrastructure facilities": the gold of pages3 en-r02 keeps them `unknown`, a part of a building of no kind)
        rf"(?:нежил|нежитл){_W}\s+(?:дом|будин|здани|будівл|объект|об['’ʼ]?єкт){_W}",
        r"non-?residential\s+(?:buildings?|houses?|facilit(?:y|ies)|structures?|propert(?:y|ies))",
        rf"(?:адміністративн|административн){_W}\s+(?:приміщен|помещени){_W}",
        # the short compound ("адмінбудівля", "адмінприміщення", "админздание"): an administrative building, as above
        rf"(?:адмін|админ)(?:будівл|будинк|приміщен|здани|помещени|корпус){_W}",
        # casualties: people killed or hurt speak of a strike on a civilian place
        # (with their endings)
        *(rf"{w}{_W}" for w in HURT_RU_UK),
        # "атака забрала життя цілої родини", "унесла жизни"
        rf"(?:забрал|унесл|унес){_W}\s+(?:[\w'’ʼ-]+\s+)?(?:житт|жизн){_W}",
        # the hurt counted as children ("серед них дев'ять дітей"): people, as are the killed and wounded
        r"(?:діт(?:ей|и|ьми)|дит(?:ина|ину|ини|ині)|дет(?:ей|и|ьми)|ребен(?:ок|ка)|ребён(?:ок|ка)|children)\b",
        # "авіабомбою було вбито дитину", "убиты двое", "30 цивільних": people killed, civilians
        r"(?:вбит|убит|вбил|убил|вбив|убив)(?:а|о|і|ы|и|ий|ый|ая|ую|ли|ла|ши|ів)?\b",
        r"(?:цивільн|гражданск)(?:их|і|ие|ими)\b",
        r"killed",
        r"killing",
        r"injured",
        r"injuring",
        r"wounded",
        r"wounding",
        # "More were hurt in Odesa": people hurt (not "sanctions hurt the economy")
        _HURT_PASSIVE,
        # the English nouns, as "госпитализ" and "ранения" are ("sustained injuries", "hospitalized with injuries")
        r"injur(?:y|ies)",
        r"hospitali[sz](?:ed|ation)",
        specific=False,
    ),
    # the hurt told by their state ("в тяжелом состоянии", "in critical condition"): people, as above (an entry of its
    # own: it begins with "в", "у" or "in", which would let the entry above past the pre-filter of ``find_all`` in
    # almost every sentence)
    _e(
        "civilian",
        rf"(?:у|в)\s+(?:важкому|тяжелом|тяжёлом|критичному|критическом|стабільно\s+важкому)\s+(?:стан|состояни){_W}",
        r"in\s+(?:a\s+)?(?:serious|critical|grave)\s+condition",
        specific=False,
    ),
    # the middle of a town, where people live and shop ("two missiles struck the city centre", "по центру Сум", "в
    # центре города"): a civilian place named as such, beside which a car or a shop is part of it
    CITY_CENTRE,
    INDUSTRIAL_ZONE,
    FENCE,
    _e(
        "civilian.other",
        rf"торгов{_W}\s+центр{_W}",
        rf"ресторан{_W}",
        r"restaurants?",
        # places of worship (not "церква": "люди йшли до церков" is where people went, not what was hit)
        rf"храм{_W}",
        rf"собор{_W}",
        rf"монастир{_W}",
        rf"монастыр{_W}",
        rf"мечет{_W}",
        rf"синагог{_W}",
        r"синагозі\b",
        r"cathedrals?",
        r"monaster(?:y|ies)",
        r"mosques?",
        r"synagogues?",
        rf"дитяч{_W}\s+майданчик{_W}",
        rf"детск{_W}\s+(?:площадк{_W}|площадок\b)",
        r"playgrounds?",
        rf"торговельн{_W}\s+центр{_W}",
        r"shopping\s+(?:centre|center|mall)",
        rf"супермаркет{_W}",
        # shops, cafés, hotels, offices, markets, petrol stations: places of trade and work (not "магазин": beside
        # "об'єкт цивільної інфраструктури" the gold keeps `civilian`, pages dev uk-p47)
        r"shops?\b",
        r"кафе\b",
        r"caf[eé]s?\b",
        rf"готел{_W}",
        rf"гостиниц{_W}",
        r"отел(?:ь|я|ю|ем|е|и|ей|ям|ями|ях)\b",
        r"hotels?\b",
        rf"офісн{_W}\s+(?:будівл|центр|приміщен){_W}",
        rf"офисн{_W}\s+(?:здани|центр|помещени){_W}",
        r"office\s+(?:building|block|centre|center)s?",
        rf"бізнес-центр{_W}",
        rf"бизнес-центр{_W}",
        r"business\s+cent(?:re|er)s?",
        r"рын(?:ок|ка|ку|ком|ке|ки|ков|кам|ками|ках)\b",
        r"рин(?:ок|ку|ком|ки|ків|кам|ками|ках)\b",
        rf"автозаправ{_W}",
        rf"газозаправ{_W}",
        rf"заправк{_W}",
        r"заправ(?:ці|ок)\b",  # (автозаправка's own stem already reads them)
        r"(?:gas|petrol|filling)\s+stations?",
        # everyday public places and shops (round 43): a store (only "a store" or with its kind, not the verb, nor a
        # store of or for a thing, "a store of ammunition", "a store for drones"), a supermarket, a mall, a pharmacy, a
        # bakery, a stadium, a library (not "a library of footage"), a museum (a stadium or museum "used by" troops
        # stays the army's), a theatre (not of war or operations, nor a southern, European or Pacific theatre), a post
        # office or a Nova Poshta branch, a hostel, a church (lower case, not its leaders or officials; not "церковь":
        # "люди шли в церковь" is where people went); аптека, стадион, библиотека, музей, театр (not its staff,
        # "працівники театру"), пекарня, отделение почты. Not a dormitory (the gold gives a home and a school)
        r"(?<=\ba\s)store\b(?!\s+(?:of|for)\b)",
        r"(?:grocery|department|convenience|hardware|furniture|food|retail|clothing)\s+stores?\b",
        r"supermarkets?\b",
        r"(?<=\ba\s)mall\b|(?-i:malls)\b",
        r"pharmac(?:y|ies)\b",
        r"baker(?:y|ies)\b",
        r"stadiums?\b(?!\s+used\s+by\b)",
        r"librar(?:y|ies)\b(?!\s+of\b)",
        r"museums?\b(?!\s+used\s+by\b)",
        r"(?<!southern\s)(?<!northern\s)(?<!eastern\s)(?<!western\s)(?<!European\s)(?<!Pacific\s)"
        r"theat(?:re|er)s?\b(?!\s+(?:of\s+(?:war|operations|military)|commanders?|command|forces|level)\b)",
        r"post\s+offices?\b",
        r"Nova\s+Poshta\s+(?:branch|branches|office|offices|depot|terminal|warehouse)s?\b",
        r"hostels?\b",
        r"(?-i:church(?:es)?)\b(?!\s+(?:leaders?|officials?|hierarchs?|authorities|spokes\w*)\b)",
        r"апте(?:к(?:а|и|е|у|ой|ою|ам|ами|ах)?|ці)\b",  # аптека, аптеці
        rf"стад[иі]он{_W}",  # стадион, стадіон
        r"библиотек(?:а|и|е|у|ой|ам|ами|ах)?\b",
        r"бібліоте(?:к(?:а|и|у|ою|ам|ами|ах)?|ці)\b",  # бібліотека, бібліотеці
        rf"{_NOT_ITS_PEOPLE}музе(?:й|я|ю|ем|е|и|ев|ям|ями|ях|ї|їв|єм)\b",
        rf"{_NOT_ITS_PEOPLE}театр(?:а|у|ом|е|і|ы|и|ов|ів|ам|ами|ах)?\b(?!\s+(?:военных|воєнних|бойових|боевых)\s+(?:действий|дій))",
        rf"пекарн{_W}",
        rf"(?:отделени|відділенн){_W}\s+(?:[«\"“]?[\w'’ʼ-]+\s+)?(?:почт|пошт){_W}",
        rf"(?:почтов|поштов){_W}\s+(?:отделени|відділенн){_W}",
        rf"хостел{_W}",
        r"car\s+(?:wash|park|dealer\w*|market|showroom)s?\b",
        # farms and their machines ("в фермерском хозяйстве поврежден комбайн", "здание молочной фермы",
        # "агропідприємство", "a combine harvester"): a place of work of no listed kind (not the farmer, "фермер"; a
        # wind or solar farm is energy, the longer match; not a word about a farm's people or trade, "работник
        # фермы", "a farm worker", "farm exports", "a farm road"; nor a troll, bot, server, solar panel or tank farm;
        # nor a bridge's truss, "ферма пролёта")
        rf"(?:фермерск|фермерськ){_W}\s+(?:хозяйств|господарств){_W}",
        rf"{_NOT_ITS_PEOPLE}ферм(?:а|ы|е|у|ой|ою|и|і|ам|ами|ах)?\b(?!\s+(?:моста|мосту|пролета|пролёта|прольоту)\b)",
        rf"(?:сельхоз|агро)предприяти{_W}",
        rf"(?:сільгосп|агро)підприємств{_W}",
        rf"комбайн{_W}",
        r"(?<!troll\s)(?<!bot\s)(?<!panel\s)(?<!tank\s)(?<!server\s)farms?\b(?!\s+(?:workers?|hands?|labou?rers?|"
        r"exports?|roads?|products?|produce|output|sector|incomes?|prices?|animals)\b)",
        r"harvesters?\b",
        # the building of a court, a government or a town's council ("здание суда", "будівлю уряду Бєлгородської
        # області", "a court building", "the city hall building"): a public building, not a home (an administration's
        # building stays a building of no kind: "здание администрации", "administrative building")
        # (one adjective may come first: "здание Верховного суда", "будівлю апеляційного суду", "будівлю міської ради")
        rf"(?:здани|будівл|будинк|помещени|приміщен){_W}\s+(?:[\w-]+(?:ого|ої|ой)\s+)?"
        rf"(?:суд(?:а|у)\b|правительств{_W}|уряд(?:у)?\b|мэри{_W}|мері{_W}|горсовет{_W}|міськрад{_W})",
        rf"(?:здани|будівл|будинк|помещени|приміщен){_W}\s+(?:міськ|сільськ|селищн|районн|обласн)(?:ої|ой)\s+рад(?:и|ы)\b",
        r"(?:court|government|city\s+hall|town\s+hall|city\s+council|town\s+council)\s+buildings?",
        r"courthouses?",
        # a market, the English for "рынок" ("drone strikes on a market in Oleshky", "the Sokol market"; not a market
        # of trade: "oil markets", "the stock market", "market share")
        r"(?<!oil\s)(?<!stock\s)(?<!energy\s)(?<!gas\s)(?<!global\s)(?<!world\s)(?<!financial\s)(?<!labour\s)"
        r"(?<!labor\s)(?<!black\s)(?<!free\s)(?<!single\s)(?<!domestic\s)(?<!foreign\s)(?<!international\s)"
        r"(?<!grain\s)(?<!electricity\s)(?<!power\s)(?<!housing\s)(?<!bond\s)(?<!crude\s)(?<!fuel\s)(?<!car\s)"
        r"(?<!European\s)(?<!Russian\s)(?<!Ukrainian\s)(?<!export\s)(?<!emerging\s)"
        # ("the market" only where a place follows it: "hit the market in Kherson", not "the market reacted")
        r"(?:(?<!the\s)|(?=markets?\s+(?:in|at|near|of)\s+(?-i:[A-Z])))"
        r"markets?\b(?![\s-]+(?:share|prices?|value|economy|access|conditions|participants?|analysts?|reforms?|forces|"
        r"data|players|volatility|reaction|sentiment|regulators?|rates?|capitali[sz]ation|economies|watchers?|"
        r"observers?|traders?|vendors?|vendor's|outlook|turmoil|rally|jitters|"
        r"leaders?|demand|supply|opening|close|reopened|closed)\b)",
        # the standard shortenings of "торговый центр", "торгово-развлекательный центр" (not "ТЦК", the draft office,
        # nor its short form "ТЦ та СП", "ТЦ і СП", "ТЦ и СП")
        r"(?-i:\bТЦ\b)(?!\s+(?:та|і|и)\s+СП\b)",
        acronyms=("АЗС", "ТРЦ"),
        specific=False,
    ),
    # a house or palace of culture, a town's hall of clubs and shows ("Дом культуры", "Будинок культури", "ДК"; an
    # entry of its own, so that the pre-filter of ``find_all`` keeps the one above off sentences that say "house")
    _e(
        "civilian.other",
        rf"(?:дом|будин|палац|дворец|дворц){_W}\s+культур{_W}",
        r"(?:houses?|palaces?)\s+of\s+culture",
        acronyms=("ДК",),
        specific=False,
    ),
    # a civilian car or van is transport; beside other civilian things it is one of many and widens to `civilian`.
    # The noun only (not "автомобильный рынок", "car wash"), and not an army's ("военный автомобиль", "автомобиль
    # ВСУ", "a military car")
    _e(
        "civilian.transport",
        rf"{_NOT_ARMY_CAR}автомобил(?:ь|я|ю|ем|е|и|ей|ям|ями|ях)\b{_NO_ARMY_AFTER}",
        rf"{_NOT_ARMY_CAR}автомобіл(?:ь|я|ю|ем|і|ів|ям|ями|ях)\b{_NO_ARMY_AFTER}",
        rf"автівк{_W}",
        r"автів(?:ці|ок)\b",  # "в автівці", "кілька автівок"
        r"легков(?:ой|ая|ые|ого|ому|ую|ых|ий|а|і|их|ик|ика|ики|иков|ики|ик[іа]в|ику|иком|ушк\w*|ушек)\b",
        rf"(?-i:ГАЗел|Газел){_W}",  # the GAZelle van ("«Газели»", "«ГАЗель»"; not the animal, "газель")
        rf"(?:гражданск|цивільн){_W}\s+(?:машин|автомашин){_W}",
        r"(?<!military\s)cars?\b(?!\s+(?:wash|park|dealer\w*|market|plant|factory|showroom))",
        r"(?:civilian|private)\s+vehicles?\b",
        r"ambulances?\b(?!\s+(?:stations?|services?|base|depot|cent(?:re|er)|units?|dispatch|crews?|staff))",
        specific=False,
    ),
)

# -- weapons and the acts they imply --------------------------------------------------------------------------------

WEAPONS: tuple[Entry, ...] = (
    _e(
        "naval_drone",
        rf"безэкипажн{_W}\s+(?:катер|лодк){_W}",
        rf"морск{_W}\s+(?:дрон|беспилотник){_W}",
        rf"морськ{_W}\s+(?:дрон|безпілотник){_W}",
        r"(?:naval|sea|maritime)\s+drones?",
        r"unmanned\s+(?:surface\s+)?(?:boat|vessel)s?",
        acronyms=("БЭК", "БЕК", "USV"),
    ),
    _e("shahed", rf"шахед{_W}", rf"шахід{_W}", r"shaheds?", rf"геран[ьи]{_W}", r"gerans?", r"geran-2"),
    _e("fpv_drone", rf"FPV[-\s]?(?:дрон|дронов|дрона|дроны|drone|drones)?{_W}", rf"ФПВ{_W}", rf"фпв{_W}"),
    _e("iskander", rf"искандер{_W}", rf"іскандер{_W}", r"iskanders?(?:-m)?"),
    _e("kalibr", rf"калибр{_W}", rf"калібр{_W}", r"kalibrs?"),
    _e("kinzhal", rf"кинжал{_W}", rf"кинджал{_W}", r"kinzhals?"),
    _e("kh-101", r"[ХX]-?101", r"Kh-101", r"[ХX]-?555", r"Kh-555", r"[ХX]-?22", r"Kh-22", r"[ХX]-?59", r"Kh-59"),
    _e("s-300", r"[СC]-300", r"S-300", r"[СC]-400", r"S-400"),
    _e("atacms", r"ATACMS", rf"ATACMS{_W}"),
    _e("storm_shadow", r"storm\s+shadow", r"шторм\s+шэдоу", r"SCALP"),
    _e("neptune", rf"нептун{_W}", r"neptunes?"),
    _e("himars", rf"хаймарс{_W}", rf"HIMARS{_W}", rf"хімарс{_W}", rf"хаймерс{_W}"),
    _e(
        "glide_bomb",
        rf"управляем{_W}\s+авиа(?:ционн{_W}\s+)?бомб{_W}",
        rf"керован{_W}\s+авіа(?:ційн{_W}\s+)?бомб{_W}",
        rf"авиабомб{_W}",
        rf"авіабомб{_W}",
        r"glide\s+bombs?",
        r"guided\s+(?:aerial\s+)?bombs?",
        # "struck with aerial bombs": in news from Ukraine the bombs dropped from planes are glide bombs
        r"(?:aerial|air|aviation)\s+bombs?",
        # "УАБ": the universal glide bomb, a КАБ of another make ("атаковали ... FPV-дронами и УАБом")
        # (the Cyrillic acronyms take their case endings: "КАБом", "сбросили 5 КАБов", "УАБами")
        acronyms=("[КУ]АБ(?:а|ы|и|ів|ов|ом|ами)?", "УМПК", "ФАБ", "KAB", "KABs"),
    ),
    _e(
        "ballistic_missile",
        rf"баллистическ{_W}\s+ракет{_W}",
        rf"балістичн{_W}\s+ракет{_W}",
        r"ballistic\s+missiles?",
        rf"баллистик{_W}",
        rf"балістик{_W}",
        # a strike or arms said ballistic ("нанесла баллистический удар", "завдали балістичного удару",
        # "использовав баллистическое вооружение", "a ballistic strike"): a ballistic missile's (not the threat of one,
        # "загрозу балістичного удару", "угроза баллистической атаки", "a ballistic attack threat")
        r"(?<!загроз[аиуі]\s)(?<!угроз[аыуе]\s)"
        rf"(?:баллистическ|балістичн){_W}\s+(?:удар|атак|вооружени|озброєнн){_W}",
        r"(?<!threat\sof\sa\s)(?<!threat\sof\s)(?<!warned\sof\sa\s)ballistic\s+(?:strikes?|attacks?)\b"
        r"(?!\s+threats?\b)",
    ),
    _e("cruise_missile", rf"крылат{_W}\s+ракет{_W}", rf"крилат{_W}\s+ракет{_W}", r"cruise\s+missiles?"),
    _e(
        "mlrs",
        r"MLRS",
        rf"реактивн{_W}\s+(?:снаряд|систем){_W}",
        r"multiple\s+rocket\s+launchers?",
        r"rocket\s+artillery",
        acronyms=("РСЗО", "РСЗВ", "Град", "Гради", "Ураган", "Смерч", "Торнадо"),
    ),
    _e("missile", rf"ракет{_W}", r"missiles?", r"rockets?"),
    _e("mortar", rf"миномет{_W}", rf"міномет{_W}", rf"мінометн{_W}", r"mortars?"),
    _e(
        "artillery",
        rf"артиллери{_W}",
        rf"артилері{_W}",
        rf"артилерій{_W}",
        rf"артиллерийск{_W}",
        r"artillery",
        rf"гаубиц{_W}",
        r"howitzers?",
        rf"снаряд{_W}",
        r"shells?\b",
        r"shell(?:ed|ing)\b",
    ),
    _e(
        "drone",
        rf"беспилот{_W}",
        rf"безпілот{_W}",
        rf"дрон{_W}",
        r"drones?",
        r"UAVs?",
        r"unmanned\s+aerial",
        rf"барражирующ{_W}\s+боеприпас{_W}",
        rf"баражуюч{_W}\s+боєприпас{_W}",
        r"loitering\s+munitions?",
        rf"ланцет{_W}",
        r"lancets?",
        acronyms=("БпЛА", "БПЛА", "БпЛА-камикадзе", "БПЛА-камикадзе", "UAV", "UAVs", "БПЛА-камікадзе"),
    ),
    _e(
        "sabotage",
        rf"диверси{_W}",
        rf"диверсі{_W}",
        rf"подрыв{_W}",
        rf"підрив{_W}",
        rf"поджог{_W}",
        rf"підпал{_W}",
        r"sabotage",
        r"arson",
        r"saboteurs?",
    ),
    _e(
        "cruise_missile",
        rf"высокоточн{_W}\s+оружи{_W}\s+большой\s+дальности",
        rf"високоточн{_W}\s+(?:зброє|зброї|зброя){_W}\s+великої\s+дальності",
        r"long-range\s+precision(?:-guided)?\s+weapons?",
    ),
    _e(
        "precision_weapon",
        rf"высокоточн{_W}\s+оружи{_W}",
        rf"високоточн{_W}\s+(?:зброє|зброї|зброя){_W}",
        r"precision(?:-guided)?\s+weapons?",
    ),
    _e(
        "aviation",
        rf"авиаудар{_W}",
        rf"авіаудар{_W}",
        r"air\s*strikes?",
        r"airstrikes?",
        rf"авиаци{_W}",
        rf"авіаці{_W}",
        # aviation or an air force as what struck ("Russian air force hit Ukrainian forces", "Russian aviation struck
        # manpower"), only right before a strike verb: not the Air Force that reports ("Ukraine's Air Force said"), an
        # aviation institute, fuel or authority
        r"(?:aviation|air\s+force)(?=\s+(?:also\s+|again\s+)?(?:struck|hit|hits|attacked|attacks|targeted|bombed|pounded|"
        r"strikes|launched\s+(?:strikes|attacks)|carried\s+out\s+(?:strikes|attacks))\b)",
        # (not the kind of a drone: "aircraft-type UAV", "БПЛА самолетного типа", "безпілотники літакового типу")
        r"aircraft(?![\s-]+type\b)",
        r"warplanes?",
        rf"самол[её]т(?!ного\s+типа){_W}",
        rf"літак(?!ового\s+типу){_W}",
    ),
)

ACT_OF_WEAPON: dict[str, str] = {
    "naval_drone": "strike.naval",
    "shahed": "strike.drone",
    "fpv_drone": "strike.drone",
    "drone": "strike.drone",
    "iskander": "strike.missile",
    "kalibr": "strike.missile",
    "kinzhal": "strike.missile",
    "kh-101": "strike.missile",
    "s-300": "strike.missile",
    "atacms": "strike.missile",
    "storm_shadow": "strike.missile",
    "neptune": "strike.missile",
    "ballistic_missile": "strike.missile",
    "cruise_missile": "strike.missile",
    "missile": "strike.missile",
    "himars": "strike.artillery",
    "mlrs": "strike.artillery",
    "mortar": "strike.artillery",
    "artillery": "strike.artillery",
    "glide_bomb": "strike.air",
    "aviation": "strike.air",
    "sabotage": "sabotage",
    "precision_weapon": "strike",
}
"""The act a weapon implies."""

# -- triggers and context ---------------------------------------------------------------------------------------------

# "будинок згорів", "дом сгорел", "выгорел": burnt down; one list for the triggers and for ``FIRE``
_BURNT = rf"(?:згорі|сгоре|выгорел|вигорі){_W}"

# "загоряння", "загорание", "зайнялися гаражі", "зайнялася триповерхова будівля", "зайнялася пожежа", "будинок
# зайнявся.", "зайнявся вогнем", "занялся огнём": a fire catching; one list for the triggers and for ``FIRE``. Ukrainian
# "зайнялися" only before a thing that burns, fire or flame, or ending its clause; Russian "занялся" only with "огнём"
# or "пламенем": without them both are a task taken up ("зайнялися ремонтом", "Цим питанням зайнялися фахівці", "У Києві
# відновленням мережі зайнялися енергетики", "ликвидацией последствий занялись спасатели"). Not "загорелись"
# ("несколько единиц авиатехники загорелись" would give the regions of a tally their own claims)
# what catches fire after "зайнялися" (not in the instrumental, "зайнялися будинком", taken care of; fire and flame
# are: "зайнявся вогнем", "полум'ям")
_BURNING = (
    r"вогн|полум|(?![\w'’ʼ-]*(?:ом|ем|єм|ям|ою|ею|єю|ами|ями)\b)(?:гараж|будин|будівл|хат|дач|авт[оі]|легков|вантаж|фур|бус|машин|транспорт|тролейбус|трамва|вагон|склад|ангар|"
    r"сара|цех|корпус|дах|покрівл|горищ|балкон|квартир|приміщен|споруд|конструкц|об['’ʼ]?єкт|підприєм|лікарн|школ|"
    r"магазин|кіоск|павільйон|АЗС|заправ|нафто|резервуар|цистерн|підстанц|трансформатор|котельн|обладнан|техні|майн|"
    r"сміття|трав|сухост|ліс|поле|поля|стерн|зерн|пожеж)"
)
_CAUGHT_FIRE = (
    rf"(?:загорянн|загоранн|загорани){_W}|"
    r"(?:зайнял(?:ася|ися|ося|ась|ись|ось)|зайняв(?:ся|сь))\b(?=\s*(?:[.;!]|$)|\s+(?:(?:\d+|кілька|декілька|два|дві|три|"
    rf"чотири|п['’ʼ]ять|ще|одразу|відразу)\s+)?(?:[\w'’ʼ-]+(?:ий|ій|а|я|е|є|і|их|іх)\s+){{0,2}}(?:{_BURNING}))|"
    r"занял(?:ся|ась|ось|ись)\s+(?:огн[её]м|пламенем)\b"
)

_NOT_AIR = r"(?<!air\s)(?<!aerial\s)(?<!drone\s)(?<!missile\s)(?<!UAV\s)(?<!rocket\s)(?<!combined\s)"
_ASSAULT = (
    r"(?=assault)(?<!sexual\s)(?<!sexually\s)(?<!indecent\s)(?<!aggravated\s)(?<!physical\s)assault(?:s|ed|ing)?\b"
    r"(?![\s-]+(?:rifles?|weapons?|guns?|brigades?|regiments?|battalions?|divisions?|corps|troops|units?|"
    r"compan(?:y|ies)|detachments?|squads?|teams?|forces|infantry|vehicles?|craft|landing|engineers?)\b)"
)
"""English "assault" as an attack ("following the assault", "a drone assault on", "the assaults hit power facilities"):
one word for the triggers and, told as from the air, not ground fighting (`_FRONTLINE`). Not arms or units ("assault
rifle", "assault brigade", "assault troops"; "assault drones/groups" after every trigger, `NOT_A_TRIGGER_AFTER`), nor
"sexual assault"."""

TRIGGERS: re.Pattern[str] = re.compile(
    r"\b(?:"
    # ru
    rf"удар{_W}|атак{_W}|атаков{_W}|обстрел{_W}|обстрелял{_W}|поражен{_W}|поразил{_W}|пораж{_W}|прил[её]т{_W}|"
    rf"взрыв{_W}|пожар{_W}|возгорани{_W}|поврежд{_W}|повредил{_W}|попадани{_W}|разрушен{_W}|разрушил{_W}|"
    rf"отключени{_W}|обесточ{_W}|подрыв{_W}|поджог{_W}|диверси{_W}|горит|горят|задымлени{_W}|выведен{_W}\s+из\s+стро{_W}|"
    # uk
    rf"атакува{_W}|вдари{_W}|вдарил{_W}|скину{_W}|скинул{_W}|сбросил{_W}|сброс{_W}|dropped|обстріл{_W}|обстріля{_W}|уражен{_W}|уразил{_W}|уражено|вразил{_W}|вразив|уразив|вражен{_W}|приліт{_W}|прильот{_W}|"
    rf"вибух{_W}|пожеж{_W}|займанн{_W}|пошкод{_W}|влучанн{_W}|влучань|влучил{_W}|влучив|поцілил{_W}|поцілив|зруйн{_W}|знеструмл{_W}|відключенн{_W}|підпал{_W}|"
    rf"диверсі{_W}|палає|горить|бавовн{_W}|накрил{_W}|спалил{_W}|"
    # ru, more verbs
    rf"настигл{_W}|сожгл{_W}|сжег|сжёг|накрыл{_W}|нал[её]т{_W}|наліт|нальот{_W}|"
    # "нападающие попали в энергетический объект"
    rf"попал[аио]?\s+(?:в|во|по)\b|"
    # "її бомбили КАБами", "піддалась бомбардуванню", "бомбардировка Харькова" (not "бомбардувальники", bombers)
    rf"бомбил{_W}|бомбят|бомбит|бомбив|бомбардуванн{_W}|бомбардува(?:в|ла|ли|ло)\b|бомбардують|бомбардировк{_W}|"
    rf"бомбардирова(?:л|ли|ла|ть)\b|бомбардируют|"
    # "випустив по Миколаєву дві ракети", "випустила ракети по Харкову", "обломки упали на территорию предприятия"
    rf"(?:випуст|выпуст|запуст)\w*\s+(?:[\w'’ʼ-]+\s+){{0,3}}?(?:по|на)\b|(?:упал|упав|впал|впав|рухнул|fell|crashed)\w*\s+"
    rf"(?:на|в|у|on|onto|into)\b|"
    # "бив по", "били з артилерії", "бьют по"
    rf"(?:бив|били|била|бил|бьет|бьют|бьёт|б['’ʼ]є|б['’ʼ]ють)\s+(?:(?:и|і|й|также|також|тоже|теж|снова|знову)\s+)?"
    rf"(?:по|з|із|из|с)\b|"
    # "застосовувала планеруючі авіаційні бомби по Сумщині", "применили КАБы по Херсону"
    rf"(?:застосов|застосув|применя|примени)\w*\s+(?:[\w'’ʼ-]+\s+){{0,4}}?по\b|"
    # "росіяни вдаряють по", "ворог гатив по Херсону", "вели огонь по", "відкрили вогонь по", "дрон врізався в будинок",
    # "ракета угодила в дом", "дроны долетели до Москвы": an attack said with a verb of the news that the stems above
    # miss (not "огонь охватил": a fire, below)
    rf"вдаря{_W}|(?:гатив|гатила|гатили|гатить|гатять|гатит|гатят|гатило)\s+(?:[\w'’ʼ-]+\s+)?по\b|"
    rf"(?:в[её]л|вела|вели|ведут|вед[её]т|веде|ведуть|открыл|открыли|открыла|открыва{_W}|відкри(?:в|ла|ли|ває|вають)|"
    rf"відкривал{_W})\s+(?:[\w'’ʼ-]+\s+)?(?:огонь|вогонь)\b|(?:огонь|вогонь)\s+(?:[\w'’ʼ-]+\s+){{0,3}}?по\b|"
    rf"(?:врізав|врізал|врезал|врезав)\w*\s+(?:в|у|во)\b|угодил\w*\s+(?:в|во|по)\b|"
    rf"(?:долетел|долетіл|долетів|долетит|долетят)\w*\s+(?:до|к)\b|"
    # "будинок згорів", "дом сгорел": a fire (below), an attack only where the report tells of one
    rf"{_BURNT}|"
    # "внаслідок падіння уламків зайнялися гаражі", "в результате падения обломков беспилотника": debris of a drone or
    # missile said by the noun of its fall, an attack as "обломки упали на" is (not the place or area where it fell,
    # "на месте падения обломков", "місць падіння", "в районе падения"; nor a warning, "возможно падение обломков",
    # "загроза падіння уламків")
    r"(?<!мест[аое]\s)(?<!мест\s)(?<!местах\s)(?<!місц[яі]\s)(?<!місцях\s)(?<!місце\s)(?<!місць\s)(?<!районе\s)"
    r"(?<!районі\s)(?<!возможно\s)(?<!можливе\s)(?<!можливо\s)"
    rf"(?:падени|паденн|падінн){_W}\s+(?:[\w'’ʼ-]+\s+)?(?:обломк|уламк){_W}|"
    # "сталося загоряння", "зайнялися кілька гаражів", "дом занялся огнём": a fire catching (below), an attack only
    # where the report tells of one
    rf"{_CAUGHT_FIRE}|"
    # "ВСУ взорвали станцию", "підірвали міст": sabotage
    rf"взорвал{_W}|взорван{_W}|подорвал{_W}|подорван{_W}|підірвал{_W}|підірвав|підірван{_W}|"
    # "атака ... стосувалася дев'яти регіонів, зокрема Києва": the regions attacked
    rf"(?:стосувал|стосуєт|торкнул|зачепил|охопил|касал|касает|затронул|охватил){_W}\s+(?:[\w'’ʼ-]+\s+){{0,2}}?"
    rf"(?:регіон|област|регион|міст|город|населен){_W}|"
    # "Их целью была инфраструктура НПЗ", "ціллю були порти", "Their target was the gas storage": what the drones were
    # sent at, said as the target (not "целью переговоров", "the target of criticism": no site after them; not a goal,
    # "метою")
    rf"(?:целью|ціллю)\s+(?:(?:атак|удар|ударів|ударов|дронов|дронів|беспилотников|безпілотників)\w*\s+)?"
    # (not a goal said by a verbal noun or a verb: "Целью было восстановление ...", "The target was restoring ...")
    rf"(?:был|стал|являл|бул|був|стал|ставал){_W}(?![\w'’ʼ-])(?!\s+[а-яёіїєґ]+(?:ние|ння|ение|ення|ание|ання|тие|ття)\b)|"
    r"(?:their|its|the|the\s+(?:drones|missiles)['’]|the\s+(?:drone|missile|attack|strike)['’]s)\s+"
    r"(?:main\s+|primary\s+|intended\s+)?targets?\s+(?:of\s+the\s+(?:attack|strike|drones)\s+)?"
    r"(?:was|were)\b(?!\s+not\b)(?!\s+(?:to\s|[a-z]+ing\b))|"
    # en
    rf"strik{_W}|struck|attack{_W}|{_ASSAULT}|shell{_W}|hit|hits|bomb{_W}|explosion{_W}|blasts?|fire|fires|blaze|damag{_W}|"
    rf"destroy{_W}|targeted|targeting|(?:were|was|been)\s+affected|outages?|blackouts?|sabotag{_W}|arson|pounded|burning|blown\s+up|blew\s+up|went\s+for|aimed\s+at|(?:sent|launched|flew|headed|fired|unleashed)\s+(?:[\w-]+\s+){{0,3}}?(?:toward|towards|at|on)\b|unleash{_W}|pummel{_W}|"
    rf"slamm{_W}|(?:smash|crash|plow|plough)(?:ed|es|ing)?\s+into|tore\s+through|ripped\s+through|"
    # "шли на", "летели на": drones on their way to a target; "без света остались": a cut
    rf"(?:шли|шел|шёл|летели|летел|направлялись|летіли|летів|прямували|йшли|йшов|направлен{_W}|"
    rf"направили|направил|спрямован{_W}|спрямували)\s+(?:против|проти|на)\b|"
    rf"{CUT_TRIGGER}"
    r")",
    _I,
)
"""Words that say something was attacked or hit."""

NOT_A_TRIGGER_AFTER: re.Pattern[str] = re.compile(
    r"(?:\s+|-)(?:drones?|uavs?|helicopters?|aircraft|jets?|planes?|submarines?|boats?|groups?)\b|"
    # "возгорание травы", "пожежа сухої трави", "fire of dry grass": vegetation burning, no site
    r"\s+(?:of\s+)?(?:(?:сух\w*|dry)\s+)?(?:трав[ыиіа]?|сухостоя|сухостою|очерету|камыша|grass|vegetation)\b|"
    # "struck a deal with Kyiv", "strike a balance": an idiom, no attack
    r"\s+(?:(?:a|an|the|new|separate|two)\s+)*(?:deals?|agreements?|accords?|bargains?|compromises?|balance|chord)\b",
    _I,
)
"""Words right after "attack"/"strike" that make it a kind of weapon, not an attack ("145 attack drones"), or an idiom
("struck a deal")."""

NOT_A_TRIGGER_BEFORE: re.Pattern[str] = re.compile(
    r"\b(?:deals?|agreements?|accords?)\s+(?:(?!(?:when|after|as|before|and|but|while|then)\b)[\w.'’-]+\s+){0,5}$",
    _I,
)
"""Words before "struck"/"strike" that make it the idiom "strike a deal" ("the agreements it said the US struck with
Russia"): the deal is what was struck."""

# the economic measures that make a hit a figure of speech: one list for FIGURATIVE_AFTER and its pre-filter
_MEASURES_EN = r"sanctions|tariffs|duties|embargo(?:es)?|price\s+caps?"
_MEASURES_RU_UK = r"санкци|санкці|пошлин|тариф"
_MYTO = r"мит(?:ами|ом)\b"
FIGURATIVE_AFTER: re.Pattern[str] = re.compile(
    # (from the rest of the word, "Ukraine hit|s"; no comma nor conjunction between)
    rf"{_W}(?:"
    # "with new sanctions", "санкциями", "митами": an economic measure as the means, up to four words on
    rf"(?:\s+(?!(?:and|but|as|while|when|after|before|despite|а|і|и|но|але|та|після|после|несмотря|незважаючи|"
    rf"попри)\s){_W}){{0,4}}?\s+(?:(?:with|by)\s+(?:{_W}\s+){{0,2}}?(?:{_MEASURES_EN})\b|"
    rf"(?:{_MEASURES_RU_UK})(?:ями|ами)\b|{_MYTO})|"
    # "удару по російській економіці", "бьёт по экономике", "hits Russia's economy": an economy as the object, with no
    # weapon after it in the clause ("hit Russia's economy with drone strikes on refineries" is an attack)
    rf"(?:(?:\s+{_W})?\s+по\s+(?:{_W}\s+)?(?:экономик|економі[кц])|(?:\s+(?:{_W})){{0,2}}?\s+economy\b(?!['’]s\b))"
    # (a site of the economy itself is hit: "the economy's largest refinery"; a site later in the clause is another
    # subject's: "Sanctions hit the Russian economy and the Ryazan refinery cut output")
    rf"(?![^.,;:!?\n]*(?:дрон|ракет|drone|missile|(?-i:БПЛА|БпЛА))))",
    _I,
)
"""The means or the object of a hit right after its verb or its side that make it a figure of speech ("Ukraine hits
Russia with new sanctions", "Украина ударила санкциями по России", "Україна завдала удару по економіці Росії"): no
attack, and no side that struck."""
FIGURATIVE_WORD: re.Pattern[str] = re.compile(
    rf"{_MEASURES_EN}|{_MEASURES_RU_UK}|{_MYTO}|экономик|економі|economy",
    _I,
)
"""The words FIGURATIVE_AFTER needs, from the same lists: searched once per sentence, before that pattern is matched at
each attack word ("embargoes" is found as "embargo", so whether it is found is the same)."""

PURPOSE: re.Pattern[str] = re.compile(
    rf"\b(?:(?:is|are|was|were|being|be)\s+used|designed|intended|використову(?:єть|ють|вав|вал){_W}|"
    rf"используе?т{_W}|использовал(?:ся|ась|ись)|предназначен{_W}|призначен{_W})"
    rf"(?:[^.;:!?]{{0,60}}?)\s(?:for|для)\s+(?:launching\s+|carrying\s+out\s+|conducting\s+|нанесени{_W}\s+|"
    rf"нанесенн{_W}\s+|здійсненн{_W}\s+|осуществлени{_W}\s+)?[^.;:!?,]{{0,80}}$",
    _I,
)
"""What a thing is used or meant for, before an attack word in the same clause ("the airfield is used ... for launching
missile strikes and attacks on", "використовується для ударів по"): its purpose, not an attack."""

ACCIDENT: re.Pattern[str] = re.compile(
    rf"\b(?:техногенн{_W}|technogenic|short[\s-]+circuit{_W}|коротк{_W}\s+(?:замыкани|замиканн){_W}|"
    rf"неисправност{_W}|несправн{_W}|неосторожн{_W}\s+обращени{_W}|необережн{_W}\s+поводженн{_W}|"
    rf"(?:caused|started)\s+by\s+(?:an?\s+)?(?:accident|malfunction|equipment\s+failure|faulty)|"
    rf"(?:не\s+связан{_W}|не\s+пов['’ʼ]язан{_W})\s+(?:с|з|із)\s+(?:атак|удар|обстрел|обстріл){_W})",
    _I,
)
"""A cause other than an attack ("пожар техногенного характера", "коротке замикання", "a fire caused by a
malfunction"): with it a fire or a power cut alone is an accident, not a hit."""

FIRE: re.Pattern[str] = re.compile(
    rf"(?:пожар{_W}|возгорани{_W}|горит|горят|загорел{_W}|загоріл{_W}|{_CAUGHT_FIRE}|задымлени{_W}|пожеж{_W}|займанн{_W}|палає|горить|"
    rf"fire{_W}|blaze|burning|"
    rf"взрыв{_W}|вибух{_W}|explosions?|blasts?|детонаци{_W}|детонаці{_W}|"
    rf"{_BURNT})",
    _I,
)
"""Words of a fire or an explosion, which alone (with no attack word, weapon or side that struck in the report) assert
no attack: "a fire broke out at an oil depot ... witnesses heard explosions", "возгорание на территории воинской
части"."""

INTERCEPTION: re.Pattern[str] = re.compile(
    rf"\b(?:перехвач{_W}|перехват{_W}|сбит{_W}|сбил{_W}|сбиты|збит{_W}|збил{_W}|знешкодж{_W}|подавлен{_W}|"
    rf"приземлен{_W}|intercept{_W}|shot\s+down|downed|neutrali[sz]ed)",
    _I,
)
"""Words that say something was shot down."""

_SITE_OF_ARMS = (
    r"(?:мастерск|майстерн|цех|склад|завод|производ|виробн|пусков|установк|workshop|factor|plant|depot|warehouse|"
    r"storage|launcher|production|site|base|component)"
)  # "мастерские дронов", "drone factory", "missile launchers": a site that makes or holds them, not the weapon
_FEW = (
    rf"(?:(?!{_SITE_OF_ARMS})"
    r"(?:\d+|the|two|three|два|две|дві|три|четыре|чотири|[\w'’ʼ-]+(?:ых|их|ые|ие|ий|ого|і|ів|ьох|ох|ти|ух))\s+)"
    r"{0,2}"
)
"""Up to two numbers or adjectives before a noun ("трех украинских", "the two", "п'яти ворожих"), not a site's noun."""
_FLYING = (
    rf"(?:беспилот{_W}|безпілот{_W}|дрон(?:а|ы|ов|и|ів)?\b|ракет(?:а|ы|у|и)?\b|(?-i:БПЛА|БпЛА|UAVs?)\b|"
    rf"drones?\b|missiles?\b)(?!\s+{_SITE_OF_ARMS})"
)
"""A drone or a missile: what air defence destroys (not the first word of "drone factory", "missile launchers")."""

_DOWNED_AT = (
    r"(?:(?-i:[А-ЯЁІЇЄҐ])[\w'’ʼ-]*|(?:област|області|район|край|краї)[\w'’ʼ-]*)"
    r"(?:\s+(?:област|район|кра|регион|регіон|округ|республик|республіц)[\w'’ʼ-]*)?"
)
"""A place where drones were downed: a name with its region noun, or "области"/"області" alone as a list item."""

AIR_DEFENCE: re.Pattern[str] = re.compile(
    rf"(?-i:\bПВО\b|\bППО\b)|(?:средств|засоб){_W}\s+(?-i:РЭБ|РЕБ)|\bair\s+defen[cs]e|противовоздушн{_W}|протиповітрян{_W}|"
    rf"дежурн{_W}\s+средств{_W}|мобільн{_W}\s+вогнев{_W}|\bintercept{_W}|перехвач{_W}|\bзбито\b|shot\s+down|"
    # a drone or missile destroyed, said as a noun or a passive ("после уничтожения БПЛА", "знищення дронів",
    # "the destruction of two drones", "уничтожены три беспилотника"): it was the thing destroyed
    rf"\b(?:уничтожени{_W}|уничтожен[аоы]?|знищенн{_W}|знищен[оаі]?|destruction\s+of|destroyed)\s+{_FEW}{_FLYING}|"
    rf"{_FLYING}\s+(?:(?:были|было|был|була|було|були)\s+)?(?:уничтожен[аоы]?|знищен[оаі]?)\b|"
    # the drones as the object of an impersonal plural, a place and nothing else after ("БПЛА уничтожили в Таганроге и
    # ...", "27 дронов ликвидировали в Воронежской области,", "дрони збили у Києві."): where they were downed (not
    # "дроны уничтожили подстанцию в Курске", "БПЛА уничтожили в Курске склад": what they destroyed)
    # the place may be a list ("в Курске и Льговском районе", "у Києві та області"), but only the clause's end or a
    # new clause follows it (not "уничтожили в Харькове, Сумах и Полтаве энергообъекты": what they destroyed there),
    # and no side word stands before the drones ("Ворожі дрони знищили у Харкові": their subject)
    rf"(?<!ские\s)(?<!ські\s)(?<!жі\s)(?<!ьких\s)(?<!ских\s){_FLYING}\s+(?:(?:нібито|начебто|якобы|также|також)\s+)?"
    rf"(?:уничтожили|знищили|ликвидировали|ліквідували|сбили|збили)\s+(?:в|во|у|над|под|під|біля|возле|около)\s+"
    rf"{_DOWNED_AT}(?:(?:\s*,\s*|\s+(?:и|і|та|й)\s+)(?:(?:в|во|у|над|под|під)\s+)?{_DOWNED_AT})*"
    rf"\s*(?:[.;)»\"”]|$|,\s+(?:а|но|ещ[её]|еще|ще|сообщ|заяв|повідом|пиш|пише|переда|уточн|отмет|зазнач|"
    rf"{SOURCE_CUE}|\d+\s+(?:[–—-]|над|в|у)\s))|"
    # English "destroyed" after the drones is their own act ("Russian drones destroyed a substation") unless passive
    rf"{_FLYING}\s+(?:were|was|have\s+been|had\s+been)\s+destroyed\b",
    _I,
)
"""Air defence at work: with it, "уничтожен"/"знищено"/"destroyed" speak of drones shot down, not of targets hit."""

DESTROYED: re.Pattern[str] = re.compile(rf"\b(?:уничтож{_W}|знищ{_W}|destroy{_W})", _I)

SUFFERED_VERB = r"(?<![Нн]е )\b(?:пострадал[аио]?|постраждал[аио]?|постраждав)"
"""The verb of a place or a region that suffered ("пострадали ... области", "постраждала Одеса"), not "не
пострадал": shared by ``_claims`` (regions that suffered) and ``_places`` (the place named after it)."""

HURT_STEMS = rf"injur|wound|killed|{_HURT_PASSIVE}|поранен|загину|загибл|ранен|погиб|" + "|".join(_HURT_BY_INJURY)
"""The stems of people hurt or killed, the damage words said only of people, in the three languages: shared by
``DAMAGE`` and ``_claims`` (whether a damage word is said of people). ``HURT_RU_UK`` is the fuller Russian and
Ukrainian list the `civilian` target reads casualties by (with the hurt and the hospitalised)."""

DAMAGE: re.Pattern[str] = re.compile(
    rf"\b(?:поврежд{_W}|повредил{_W}|разрушен{_W}|пожар{_W}|возгорани{_W}|отключени{_W}|обесточ{_W}|обломк{_W}|"
    rf"пошкод{_W}|зруйн{_W}|пожеж{_W}|займанн{_W}|знеструмл{_W}|уламк{_W}|влучанн{_W}|"
    # "regions suffered", not "suffered from shortages", "suffered losses", "continue to suffer"
    rf"damag{_W}|suffered\b(?!\s+(?:from|losses|for|since|no)\b)|fire|blaze|outage{_W}|debris|hit|struck|"
    rf"(?:{HURT_STEMS}){_W}|постражда{_W}|пострада{_W})",
    _I,
)
"""Words that say a target was hit, even if the drones were shot down (debris, fire, outage)."""

CESSATION: re.Pattern[str] = re.compile(
    rf"\b(?:прекращ{_W}|прекрат{_W}|перестат{_W}|перестан{_W}|перестал{_W}|приостанов{_W}|отказ{_W}|моратори{_W}|воздерж{_W}|запрет{_W}|не\s+наносить|не\s+атаковать|"
    rf"припин{_W}|призупин{_W}|зупин{_W}|відмов{_W}|мораторі{_W}|утрим{_W}|заборон{_W}|не\s+завдавати|не\s+атакувати|"
    rf"halt{_W}|stop{_W}|ceas{_W}|cessation|pause{_W}|moratorium|refrain{_W}|ban\s+on|end\s+to|suspend{_W}|suspension{_W}|truce|"
    # strikes to freeze ("freeze strikes on energy", "заморозить удары", "заморожування ударів"), an offer or a pledge
    # not to strike ("its offer not to strike", "pledged not to attack"; "не наносить", "не завдавати" above)
    # (not "freezing weather", "заморозки": a frost; nor the frost as a noun, "amid a deep freeze": "freeze" only
    # before strikes or attacks, or at most a word before the attack word this is asked before: "freeze (the)
    # strikes", "a freeze on energy strikes")
    r"freez(?:e|es|ing)(?=\s+(?:(?:on|of)\s+)?(?:[\w'’ʼ-]+\s+)?(?:$|(?:strikes|attacks|hostilities)\b))|заморози(?:ть|ти|ли|ла|в)|заморозк[ау]|заморож(?:уванн|енн)\w*|not\s+to(?=\s+(?:[\w'’ʼ-]+\s+)?$)|"
    # "protected from attacks", "защищены от ударов": what should not be struck
    rf"protect{_W}|защищ{_W}|захищ{_W}|"
    # strikes given up or scaled down: "Москва и Киев на 30 дней откажутся от ударов" (the perfective's stem, beside
    # "отказ"), "деескалацію ударів по енергетиці", "de-escalation of strikes", "the month during which Russian troops
    # had been prevented from attacking" (not "prevented an attack", an attempt told); each only where it governs the
    # attack word this is asked before, as "freeze" and "not to" are: "откажутся (на месяц) от (взаимных) ударов",
    # "деескалацію" right before it, "de-escalation of/on (energy) strikes", "prevented from (ever)
    # attacking" (not "After talks on de-escalation failed, Russian drones struck", "Попри заяви про деескалацію,
    # росіяни атакували", "Несмотря на договоренность о деэскалации, ВСУ атаковали": an attack told; the ru/uk form
    # takes no word between, or the subject slips in, "деескалації росіяни вдарили")
    rf"откаж{_W}(?=\s+(?:[\w'’ʼ-]+\s+){{0,2}}от\s+(?:[\w'’ʼ-]+\s+)?$)|"
    rf"(?:деескалац|деэскалац)\w*(?=\s+$)|"
    rf"de-?escalat\w*(?=\s+(?:of|on)\s+(?:[\w'’ʼ-]+\s+)?$)|prevent(?:ed|s|ing)?\s+from(?=\s+(?:[\w'’ʼ-]+\s+)?$))",
    _I,
)
"""Words that, just before an attack word, turn it into talk about not attacking ("прекращение ударов", "a cessation
of attacks", "to be protected from attacks", "откажутся от ударов", "деескалацію ударів")."""

DURING: re.Pattern[str] = re.compile(
    rf"\b(?:не|not|never)\s+$|"
    # a moratorium broken: what follows is the attack that broke it ("Киев нарушил мораторий, атаковав нефтебазу")
    rf"\b(?:наруш{_W}|порушу{_W}|порушив{_W}|порушил{_W}|порушенн{_W}|violat{_W}|breach{_W}|breaking|broke|broken|"
    rf"flout{_W})\s+(?:(?:the|a|an|its|this|energy|энергетическ{_W}|енергетичн{_W}|30-day|\d+-day)\s+)*$|"
    rf"\b(?:за\s+время|во\s+время|в\s+период|в\s+течение|с\s+начала|с\s+момента|после\s+(?:начала|объявления)|"
    rf"несмотря\s+на|вопреки|під\s+час|за\s+час|з\s+початку|з\s+моменту|після\s+(?:початку|оголошення)|всупереч|"
    rf"попри|since|during|despite|throughout|in\s+spite\s+of)\s+(?:(?:the|a|its|действия|дії|energy|"
    rf"энергетическ{_W}|енергетичн{_W}|\d+-day|\d+-денн{_W}|30-дневн{_W}|тридцатидневн{_W})\s+)*$",
    _I,
)
"""Words that make a cessation word a time ("за время моратория нанес удары", "despite the moratorium"): the attack
word after it is an attack."""

RESPONSE_WORDS = (
    rf"(?:реагува|відповіда)тим(?:е|уть|емо|у)|відповіс(?:ть|те)|відповім(?:о)?|відповідять|відреагу(?:є|ють|ємо)|"
    rf"отве(?:тит|тят|тим)|отреагиру(?:ет|ют|ем)|(?:будет|будут|будем|буде|будуть|будемо)\s+(?:{_W}\s+)?"
    rf"(?:отвечать|реагировать|відповідати|реагувати)"
)
"""The words of a response to come ("ответит", "відповість", "реагуватиме"), one of HYPOTHETICAL's kinds: RESPONSE
tells them apart, as the strike they answer is talk only when nothing dates or places it."""
SLAV_MODAL_WORDS = r"может|могут|може|можуть|будет|будут|буде|будуть"
"""The Russian and Ukrainian modal and future ("may"/"could", "will"), one of HYPOTHETICAL's kinds; the claims code
tells them apart where a past attack verb or a cause word after them shows the attack told ("не может успокоиться и
снова атаковал", "будет восстановлено после атаки")."""
SLAV_MODAL: re.Pattern[str] = re.compile(rf"(?:{SLAV_MODAL_WORDS})", _I)
HYPOTHETICAL: re.Pattern[str] = re.compile(
    rf"\b(?:если|в\s+случае|якщо|у\s+разі|if|would|could|will|threat{_W}|угрож{_W}|погрож{_W}|"
    # a plan ("готовит", "готує", "готуються", "готуватиме"); the claims code takes it only with no clause break
    # before the attack word: not "Ворог, який готує наступ, вночі атакував Харків"
    rf"(?:готов{_W}|готу(?:є|ють|ється|ються|ватиме|ватимуть)\b)|"
    rf"планир{_W}|планує|плануют{_W}|намерен{_W}|мають\s+намір|(?-i:may)|might|whether|,\s*чи|"
    # a response to come, as "will respond": "реагуватиме на удари", "відповідатимуть", "відповість на атаки", "ответит
    # на удары", "будет зеркально отвечать" (not a repair to come, "відновлюватимуть живлення після атаки"; before the
    # modal words, whose "будет" would otherwise take the match)
    rf"(?P<response>{RESPONSE_WORDS})|"
    # the modal of "may"/"could" ("повреждение которых может привести к отключениям", "можуть спричинити удари")
    rf"{SLAV_MODAL_WORDS})\b",
    _I,
)
"""Words that make an attack conditional, planned, to come or asked about ("whether", "не уточнює, чи впали",
"Україна реагуватиме дзеркально на удари") rather than reported."""

TRYING: re.Pattern[str] = re.compile(
    r"\b(?:пытается|пытаются|намагається|намагаються|(?:продолжа|продовжу)\w*\s+(?:пытаться|намагатися)|"
    r"(?:is|are|keeps?|continues?)\s+(?:trying|to\s+try)\s+to|tries\s+to)\s+(?:[\w'’ʼ-]+\s+){0,2}$",
    _I,
)
"""The present of "to try" right before an attack word, with up to two words between ("киевский режим продолжает
пытаться нанести удары по объектам", "ворог вкотре намагається зруйнувати ... енергетичну стійкість України", "Russia
is trying to destroy"): an aim told of a side, not an attack (the caller asks it only of a sentence that names no
settlement, region or specific site: "ворог намагається атакувати Київ", "ВСУ пытаются атаковать Запорожскую АЭС" are
the attack going on; the past, "намагалися атакувати", is an attempt, an attack told)."""

THREAT_OF: re.Pattern[str] = re.compile(
    # the nouns of risk only, not "рискнули атаковать", an attack dared
    rf"\b(?:(?:угроз|загроз){_W}|риск(?:а|у|ом|е|и|ов)?|ризик(?:у|ом|и|ів)?|risks?\s+of)\s+(?:[\w'’ʼ-]+\s+)?$",
    _I,
)
"""A threat or risk noun that governs the attack word right after it ("об угрозе атаки БПЛА", "про загрозу атаки
дронів", "зменшити ризик ударів по критичній інфраструктурі", "the risk of further strikes"): a warning, not an
attack. It governs no later attack word ("після оголошення загрози атаки БПЛА дрон влучив")."""

FRAME_OF: re.Pattern[str] = re.compile(
    r"\b(?:in\s+the\s+context\s+of|в\s+контексте|у\s+контексті|в\s+контексті|при\s+условии(?:\s+отсутствия)?|"
    r"за\s+умови(?:\s+відсутності)?|в\s+условиях|в\s+умовах|у\s+умовах)\s+(?:[\w'’ʼ-]+\s+){0,2}$",
    _I,
)
"""A frame that governs the attack word right after it ("in the context of Russian shelling", "при условии отсутствия
системных атак", "в умовах обстрілів"): the background of what is said, not an attack told."""

MODAL_AFTER: re.Pattern[str] = re.compile(
    r"(?:\s+[\w'’ʼ-]+){0,5}?\s+(?:could|(?-i:may)|might|would|може|можуть|может|могут)\b", _I
)
"""A modal verb in the clause right after an attack word, whose subject the attack is ("a cessation of attacks could
give a respite", "пошкодження в одних регіонах можуть впливати на інші"): talk of what attacks may do, not a report
of one."""

HALTED_AFTER: re.Pattern[str] = re.compile(
    r"(?:\s+(?![\w'’ʼ-]*(?:постачан|подач|снабжен|виробництв|производств|suppl|production|service))[\w'’ʼ-]+){0,6}?\s+(?:буде|будуть|будет|будут|мають\s+бути|должны\s+быть|(?:will|would|should|must|to)"
    r"\s+be)\s+(?:[\w'’ʼ-]+\s+)?(?:припин|призупин|прекращ|приостановл|зупин|halted|stopped|suspended|ceased|paused)",
    _I,
)
"""A halt promised in the clause right after an attack word ("удари по енергетиці буде припинено", "удары по
энергетике будут прекращены", "strikes on energy would be halted"): talk of strikes to stop, not a report of one. Not
when a supply or production stands between ("attack on the refinery means production will be halted": what the attack
stopped); the caller also exempts an attack word right after "після/после/after"."""

DENIAL: re.Pattern[str] = re.compile(
    rf"\b(?:не\s+наносил{_W}|не\s+наносят|не\s+атаковал{_W}|не\s+обстреливал{_W}|не\s+причастн{_W}|"
    rf"опроверг{_W}|опровергает|не\s+соответству{_W}\s+действительности|фейк{_W}|ложн{_W}\s+(?:информац|заявлени){_W}|"
    rf"не\s+завдавал{_W}|не\s+атакувал{_W}|не\s+обстрілювал{_W}|не\s+причетн{_W}|спростов{_W}|не\s+завдава(?:л|в)\w*|"
    rf"не\s+били|не\s+атакуют|не\s+атакують|"
    # the perfective "не завдали ударів", "не нанесли ударов" (not "не завдали шкоди": no harm done; not "ще не завдали
    # удару у відповідь" nor "тиждень не завдали жодного удару ..., але атакували": a pause, an attack after all)
    rf"(?<!ще\s)(?<!еще\s)(?<!ещё\s)(?<!досі\s)(?<!тиждень\s)(?<!неделю\s)(?<!давно\s)(?=не\s)"
    rf"(?![^.;!?]*?(?:,|\s)\s*(?:але|однак|проте|но|однако|but|however)\s+(?:[\w'’ʼ-]+\s+){{0,3}}?"
    rf"(?:атакува|атакова|вдари|удари|обстріля|обстреля|завдал|нанесл|attacked|struck|hit)\w*)"
    rf"не\s+(?:завда(?:в|ла|ли|ло)|нан[её]с(?:ли|ла)?)\s+(?:[\w'’ʼ-]+\s+)?(?:удар|авіаудар|авиаудар){_W}|"
    rf"не\s+відповіда{_W}\s+дійсності|неправдив{_W}|не\s+ма(?:є|ють|ла|ли)\s+(?:жодного\s+)?стосунку|"
    rf"не\s+име(?:ет|ют|ла|ли)\s+(?:никакого\s+)?отношения|(?:has|had|have)\s+nothing\s+to\s+do\s+with|"
    rf"den(?:y|ies|ied|ial)|(?:did|had|have|has)\s+not\s+(?:strike|struck|attack|attacked|carry\s+out|carried\s+out|"
    rf"target|targeted|hit|launch|launched|fire|fired)|(?:didn't|hadn't|haven't|hasn't)\s+(?:strike|struck|attack|"
    rf"attacked|hit|target|launch|launched)|never\s+(?:struck|attacked|targeted|launched)|"
    rf"not\s+involved|false\s+(?:claim|report)s?|fabricat{_W}|fake|groundless|baseless|unfounded|"
    rf"безпідставн{_W}|безосновательн{_W}|абсурдн{_W}|заперечу(?:є|ють|вав|вала|вали)|заперечи(?:в|ла|ли)|"
    rf"отрица(?:ет|ют|л|ла|ли)|не\s+мають\s+(?:під\s+собою\s+)?підстав|не\s+имеют\s+(?:под\s+собой\s+)?(?:оснований|основания)|(?:це|это)\s+не\s+(?:ми|мы)|not\s+us)\b",
    _I,
)
"""Words of denial."""

# what firefighters put under control: a fire or the situation (not a fire as `FIRE` means it, a fire that broke out)
_UNDER_CONTROL = (
    r"(?:(?:пожар|пожеж|возгоран|загоран|загорян|ситуац)[\w'’ʼ-]*|вогонь|вогню|огонь|огня|fires?|blazes?|"
    r"flames?|situation)\b"
)

NUMBER_WORDS = (
    r"два|две|дві|двух|двох|три|трех|трёх|трьох|четыре|чотири|четырех|четырёх|чотирьох|"
    r"п[ʼ'’]?ять|п[ʼ'’]?яти|шесть|шість|шести|семь|сім|семи|восемь|вісім|восьми|дев[ʼ'’]?ять|дев[ʼ'’]?яти|десять|десяти|"
    r"двадцать|двадцять|двадцати|двадцяти|тридцать|тридцять|тридцати|тридцяти|сорок|сорока|сто|ста|десятки|десятков|"
    r"десятків|сотни|сотні|сотен|сотень|"
    # 11-19 ("двенадцать", "дванадцять"), 50-90 ("пятьдесят", "п'ятдесят", "шістдесят", "девяносто")
    r"\w+надцат[ьи]|\w+надцят[ьи]|(?:пять|п[ʼ'’]?ят|шест|шіст|сем|сім|восем|вісім)ь?десят\w*|девяност\w*|"
    r"дев[ʼ'’]?яност\w*"
)
"""The Russian and Ukrainian numerals from two up, in the cases a count takes ("два", "двух", "двох", "п'яти",
"двенадцать", "десятки"): shared by ``LOSS_TALLY`` and the extractor's count of many attacks."""

_FRONTLINE: re.Pattern[str] = re.compile(
    rf"\b(?:группировк{_W}\s+войск|угрупован{_W}\s+військ|направлени{_W}|напрямк{_W}|напрямку|освобожд{_W}|освобожден{_W}|"
    rf"звільн{_W}|продвинул{_W}|просунул{_W}|линии\s+боевого\s+соприкосновения|лінії\s+бойового\s+зіткнення|"
    rf"front\s*line|frontline|on\s+the\s+front|(?-i:[A-Z])[\w-]+\s+directions?\b(?!\s+of)|offensive\s+actions?|"
    # ground taken: "had taken control of the settlement", "взяли под контроль", "взяття під контроль" (not a fire
    # put under control: "взяли под контроль возгорание", "took control of the blaze"; nor "the town Russia took
    # control of in 2022"; a fire said before it, "пожежу взято під контроль", is left out by `front_line`)
    rf"(?P<control>(?:taken|took|take|taking|seiz{_W}|gain{_W})\s+(?:full\s+)?control\s+(?:of|over)"
    rf"(?!\s+(?:in|on|at|since|after|before|during|earlier|last)\b)|"
    rf"(?:взят{_W}|взял{_W}|взяти{_W}|взяття|взяли|взяв)\s+(?:{_W}\s+)?(?:под|під)\s+(?:полный\s+|повний\s+)?контроль)"
    rf"(?!\s+(?:the\s+|a\s+)?{_UNDER_CONTROL})|"
    # a breakthrough tried: "attempts to pierce Ukrainian defences", "пытались прорвать оборону", "прорив оборони"
    # (not air defences: "drones breached air defences and hit ...")
    rf"(?:pierc{_W}|break\s+through|breach{_W})\s+(?!air\b)(?:[\w-]+\s+)?defen[cs]es|"
    rf"(?:прорв|прорыв|прорив){_W}\s+(?!противовоздушн|протиповітрян)(?:{_W}\s+)?оборон{_W}|"
    rf"combat\s+(?:engagements?|clashes)|(?P<repel>отражен[аоы]\b|отбит[аоы]\b|відбит[оіа]\b|repelled|repulsed|"
    # ground assaults repelled, said with the verb and a count ("відбили 22 атаки окупантів", "отразили пять атак")
    # or as ground fighting ("отразили 5 контратак", "отбили наступление"; "отбили штурм" is `штурм` below); not
    # "отразили атаки в Ивановской и Амурской областях", drones on airfields (an air attack repelled is left out by
    # `front_line`) (``ground``: read in its own sentence only, see `front_line`)
    # (nor counted attacks of drones or missiles, within three words: "две атаки FPV-дронов", "3 атаки ворожих
    # «Шахедів»", "дві атаки ворожих ударних безпілотників": an air attack: `_AIR_ATTACK`)
    rf"(?P<ground>(?:відбил|відбива|отразил|отбил|отража)\w*\s+(?:(?:\d+|{NUMBER_WORDS})\s+(?:[\w'’ʼ-]+\s+)?атак\w*+|"
    rf"(?:[\w'’ʼ-]+\s+){{0,2}}?(?:контратак|наступ(?!н))\w*)))|"
    # attempts to push the line back: "спроб потіснити наші підрозділи", "пытался потеснить"
    rf"(?P<push>потісн{_W}|потесн{_W})|бо[её]в{_W}\s+(?:действи|зіткнен|дій){_W}|штурм{_W}|(?=assault){_NOT_AIR}assault{_W}|"
    rf"потер{_W}\s+(?:до|свыше|противника|ВСУ|составили)|втрати\s+(?:ворога|противника|склали)|losses|"
    # the units struck along the line, not a site: "поразили формирования трех бригад" (the formations as what was
    # struck, not "пункт формирования новых бригад", where brigades are formed), "живую силу и технику", "живої сили та
    # техніки", "manpower and equipment" (``units``: `front_line` leaves out a concentration of them and a strike from
    # afar)
    rf"(?P<units>(?:поразил|поражен|поражал|уразил|уражен|уражал|вразил|вражен|struck|hit|targeted){_W}\s+"
    rf"(?:(?:также|також|ещ[её]|ще|и|і|та|also|the)\s+)?(?:формировани[яйм]\w*|формуванн[яьі]\w*|formations)\s+(?:[\w'’ʼ-]+\s+){{0,3}}?"
    rf"(?:бригад|полк|brigade|regiment){_W}|"
    rf"жив(?:ой|ую|ая|ою|у|а|ій|им|ої)\s+сил{_W}\s+(?:и|і|та)\s+техн{_W}|manpower\s+and\s+(?:military\s+)?equipment|"
    # a side's troops as what was struck ("its forces had struck Ukrainian forces near the village of ...")
    # (``troops``: not with any weapon named, a strike of its own: "A drone struck Russian troops near Kursk")
    rf"(?P<troops>(?:struck|hit|targeted)\s+(?:the\s+)?(?:Ukrainian|Russian|enemy)\s+(?:forces|troops|units)\b)|"
    # search-and-strike actions of units along the line ("тривають пошуково-ударні дії наших підрозділів")
    rf"(?:пошуково|поисково)-ударн{_W}\s+(?:дії|дій|действи{_W})))\b",
    _I,
)
"""Words of a front-line summary (ground fighting, lines and directions, losses) or of an exercise: not a strike
on a site. Ask it through `front_line`, which leaves out a fire put under control, an air attack repelled, and troops
struck where they gather or from afar."""

# a fire said up to three words before the words of ground taken: "возгорание взято под контроль", "пожар был
# оперативно взят под контроль", "пожежу взято під контроль"
_FIRE_BEFORE: re.Pattern[str] = re.compile(rf"\b{_UNDER_CONTROL}(?:[\s,]+[\w'’ʼ-]+){{0,3}}\s+$", _I)


# the words just before troops struck that make them a concentration at one place, a strike's target ("скопления
# живой силы и техники", "місце зосередження живої сили", "concentrations of manpower and equipment")
_GATHERED_BEFORE: re.Pattern[str] = re.compile(
    rf"\b(?:скоплени|скупчен|сосредоточени|зосередженн|зосередж|мест|місц|concentrations?|clusters?){_W}"
    rf"(?:\s+(?:of|of\s+the|[\w'’ʼ-]+))?\s+$",
    _I,
)


def front_line(
    text: str,
    pos: int = 0,
    endpos: int | None = None,
    *,
    weapons: Sequence[tuple[int, int, Entry]] | None = None,
    shot_down: bool | None = None,
    report: bool = False,
) -> re.Match[str] | None:
    """The first words of a front-line summary (`_FRONTLINE`) in the sentence ``text[pos:endpos]``, leaving out ground
    taken whose subject is a fire ("возгорание взято под контроль": the firefighters' work after a strike), an attack
    repelled that came from the air, and troops struck where they gather or by a missile, aviation or a glide bomb
    ("поразили скопления живой силы и техники в районе Покровска", "Russian missiles struck Dnipro, hitting military
    manpower and equipment": one strike at a place). ``weapons`` (``find_all(WEAPONS, ...)``) and ``shot_down``
    (whether ``AIR_DEFENCE`` is found) of the same sentence, where the caller has them already. With ``report`` (the
    question whether a report speaks of the front anywhere), assaults repelled with a count and attempts to push the
    line back ("відбили 22 атаки", "пытаются потеснить") are left out: they tell of the fighting in their own sentence,
    not of town lists elsewhere in the report. These words are left out as well where the sentence names a missile,
    aviation, a glide bomb or a drone ("отразили пять контратак, а авиация нанесла удар по Краматорску": the strike
    stays)."""
    end = len(text) if endpos is None else endpos
    for m in _FRONTLINE.finditer(text, pos, end):
        if m.group("ground") or m.group("push"):
            if report:
                continue
            if weapons is None:
                weapons = find_all(WEAPONS, text, pos, end)
            if _from_afar(weapons) or any(ACT_OF_WEAPON.get(w.value) == "strike.drone" for _, _, w in weapons):
                continue  # a strike from afar or by a drone said with it: "відбили 22 атаки, ворог скинув 40 КАБів"
        if m.group("control") and _FIRE_BEFORE.search(text, max(0, m.start() - 80), m.start()):
            continue
        if m.group("repel"):
            if shot_down is None:  # found once per call, at the first word that needs it
                shot_down = AIR_DEFENCE.search(text, pos, end) is not None
            if _repelled_from_the_air(text, pos, end, shot_down):
                continue
        if m.group("units"):
            if _GATHERED_BEFORE.search(text, max(pos, m.start() - 40), m.start()):
                continue
            if weapons is None:
                weapons = find_all(WEAPONS, text, pos, end)
            if _from_afar(weapons) or (m.group("troops") and weapons):
                continue
        return m
    return None


# an attack that came from the air, as the thing repelled ("атака беспилотников была отражена", "повітряний напад
# відбито", "the drone attack was repelled"), or the air defence that repelled it ("repelled by aviation, anti-aircraft
# missile units", "зенітні ракетні війська"): not a ground assault supported by drones ("атакував ... за підтримки
# ударних дронів, атаку відбито")
_AIR_ATTACK: re.Pattern[str] = re.compile(
    # the noun, not the adjective of a kind of drone ("ударних дронів")
    rf"\b(?:(?:атак(?:а|и|у|ой|ою|е|і)?|напад(?:у|ом|и)?|удар(?:а|у|ом|ы|и|ов|ів)?|нал[её]т(?:а|у|ом|ы|и)?|нальот(?:у|ом|и)?)"
    rf"(?:\s+[«\"„]?[\w'’ʼ-]+){{0,3}}?\s+[«\"„]?(?:FPV-)?(?:беспилот|безпілот|дрон|ракет|шахед|(?-i:БПЛА|БпЛА)){_W}|(?:воздушн|повітрян|ракетн|дронов|комбинированн|комбінован){_W}\s+(?:атак|напад|удар|нал[её]т|нальот){_W}|"
    rf"(?:air|aerial|drone|missile|UAV|combined)\s+(?:attack|raid|strike|assault)s?|"
    rf"(?:attack|raid|strike|assault)s?\s+(?:by|of|with)\s+(?:[\w-]+\s+)?(?:drones|missiles|UAVs)|"
    rf"anti-aircraft|зенитн{_W}|зенітн{_W}|mobile\s+fire\s+groups?|мобильн{_W}\s+огнев{_W})",
    _I,
)


def _repelled_from_the_air(text: str, s: int, e: int, shot_down: bool) -> bool:
    """Whether an attack said to be repelled in the sentence ``text[s:e]`` came from the air: the sentence names an
    air attack or the air defence at work (``shot_down``: "The enemy attack was repelled by aviation, anti-aircraft
    missile units ...", "air defences repelled four drones", "атака БПЛА отражена"), not a ground assault that drones
    or aviation supported."""
    return shot_down or _AIR_ATTACK.search(text, s, e) is not None


def _from_afar(weapons: Sequence[tuple[int, int, Entry]]) -> bool:
    """Whether a sentence's ``weapons`` name a missile, aviation or a glide bomb: a strike from far behind the line."""
    return any(ACT_OF_WEAPON.get(w.value) in ("strike.missile", "strike.air") for _, _, w in weapons)


COUNT = (
    # digits, with thousands groups ("1 200"): a count starts only where a run of numbers starts (not after "1 " or
    # "1,"), and its groups are taken whole (possessive), so that a long run of numbers ("123 456 789 ...") is read
    # once, not again from each of its groups
    r"(?:(?<![\w-])(?<!\d\s)(?<!\d[.,])\d[\d.,]*+(?:\s\d{3}(?!\d))*+|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|"
    rf"одн[аиу]|один|{NUMBER_WORDS})"
)
"""A count, in digits or in words of the three languages ("1 200", "six", "п'ять", "двенадцать"): shared by
``LOSS_TALLY`` and the extractor's count that opens a list's next item."""
_COUNTED = (
    # the same arms, sites and men in the three languages
    r"(?:tanks?|(?:armou?red|combat|fighting)\s+vehicles|vehicles|armou?red\s+personnel\s+carriers|cars|guns|mortars|"
    r"howitzers|stations|depots|warehouses|soldiers|servicemen|militants|mercenaries|MLRS|"
    r"танк(?:а|ов|и|ів)?|бронетранспорт\w*|бронемашин\w*|(?:бронированн|броньован)\w*\s+машин\w*|БМП|БТР|"
    r"орудий|орудия|гармат\w*|мином[её]т\w*|міномет\w*|гаубиц\w*|автомобил\w*|автомобіл\w*|станц[иі]\w*|склад(?:а|ов|ы|и|ів)\b|"
    r"военнослужащ\w*|військовослужбовц\w*|солдат\w*|боевик\w*|бойовик\w*|наемник\w*|найманц\w*|"
    r"РСЗО|РСЗВ)\b"
)
_COUNTED_ARMS = rf"{COUNT}\s+(?:[\w'’ʼ-]+\s+){{0,4}}?{_COUNTED}"
LOSS_TALLY: re.Pattern[str] = re.compile(
    # two counts, up to 400 characters of the sentence apart
    rf"\b{_COUNTED_ARMS}[^\n]{{0,400}}?\b{_COUNTED_ARMS}|"
    rf"\b(?:тисяч|тысяч|thousand){_W}\s+(?:одиниц|единиц|units){_W}",
    _I,
)
"""A tally: two counts of arms or men in one sentence ("destroyed seven tanks and over 230 enemy combat vehicles",
"уничтожены два бронетранспортера, девять боевых бронированных машин, три автомобиля"), or thousands of units
("понад 2,1 тисячі одиниць техніки"). It is the enemy's losses, a front-line summary, only where the sentence says
they were lost (``LOSS``) and no site but the army's is named: the extractor asks both."""

LOSS: re.Pattern[str] = re.compile(
    rf"\b(?:уничтож|знищ|ликвидир|ліквідув|ліквідова|destroy|eliminat|потер|втрат|loss|противник|ворог|врага|врагу|"
    rf"вражеск|enemy|окупант|оккупант){_W}|\b(?-i:ВСУ|ЗСУ|ВФУ|AFU)\b",
    _I,
)
"""Words that make a tally one of losses: destroyed or lost ("уничтожены", "знищили", "losses"), or the enemy's
("противника", "ворога", "enemy", "ВСУ") — not "повреждены три легковых автомобиля", damage to a town."""

ARMY_OWNED_AFTER: re.Pattern[str] = re.compile(rf"\s+(?:[\w'’ʼ-]+\s+)?{_ARMY_OWNER}", _I)
"""The army that owns a thing named just before ("автомобиля противника", "машини ЗСУ"): with it, a car counted in a
tally is the army's loss."""
ARMY_OWNED_BEFORE: re.Pattern[str] = re.compile(r"\b(?:enemy|military|army)\s+$", _I)
"""The army named just before a thing ("enemy cars", "military cars")."""


POLICY: re.Pattern[str] = re.compile(
    rf"\b(?:exclusively|solely|only)\s+(?:on|at|against)\s+(?:legitimate\s+)?(?:military|enemy)\b|"
    rf"\bexclusively\s+(?:military|enemy)\b|\b(?:исключительно|только)\s+(?:по\s+)?(?:военн|объект{_W}\s+военн){_W}|"
    rf"\b(?:виключно|лише|тільки)\s+(?:по\s+)?(?:військов){_W}",
    _I,
)
"""A statement of how a side strikes in general ("strikes are carried out exclusively on military targets",
"уражають виключно військові цілі"): a policy, not an attack."""
HABITUAL: re.Pattern[str] = re.compile(
    # ru: "РФ бьет по энергетике", "отвечает ударами"; uk: "росія б'є по енергетиці", "відповідає ударами"; en: "Russia
    # is targeting civilian infrastructure", "responds with strikes"
    rf"\b(?:бь[её]т|бьют|атакует|атакуют|обстреливает|обстреливают|отвеча{_W}\s+(?:{_W}\s+)?ударами|"
    rf"б['’ʼ](?:є|ють)|атакує|атакують|обстрілює|обстрілюють|відповіда{_W}\s+(?:{_W}\s+)?ударами|"
    # "армія завдає цілеспрямованих ударів по ...", "наносит удары по ...": the habit, not "завдала удару"
    rf"(?:завда[єю]|завдають|нанос(?:ит|ят))\s+(?:{_W}\s+)?(?:удар|ударів|удары|ударов)\b|"
    rf"(?:is|are)\s+(?:deliberately\s+|systematically\s+)?(?:targeting|striking|attacking|shelling|bombing)|"
    rf"respond{_W}\s+with\s+(?:{_W}\s+)?(?:strikes|attacks))\b",
    _I,
)
"""An attack verb in the present ("РФ бьет по украинской энергетике", "Україна відповідає ударами по НПЗ", "Russia is
targeting civilian infrastructure"): with no place and no time named (``NOW``), how a side strikes in general, not
the report of a strike. ("continues to attack" is not here: it is how a side is accused of breaking a truce.)"""

ITERATIVE: re.Pattern[str] = re.compile(
    r"\b(?:неоднократн\w+|многократн\w+|не\s+раз|неодноразов\w+|багаторазов\w+|repeatedly|time\s+and\s+again|"
    r"(?:multiple|many|numerous)\s+times|"
    # a habit or a long spell: "has regularly launched strikes", "регулярно обстрілює", "after repeated strikes",
    # "for months a focal point of attacks", "місяцями обстрілюють"
    r"regularly|регулярно|systematically|систематически|систематично|"
    # not "launched repeated strikes on Kharkiv overnight" (or on Monday, this week, yesterday, today) nor "its
    # biggest attack on Kyiv for months": a report
    r"(?:after|amid|under|despite|following)\s+repeated(?=\s+(?:[\w-]+\s+){0,2}?(?:strikes|attacks|raids|shelling))"
    r"(?![^,.;:]*\b(?:overnight|tonight|last\s+night|this\s+morning|this\s+week|early\s+on|yesterday|today|"
    r"on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)|"
    r"(?:(?<=,\s)for|(?:has|have|had)\s+been\s+(?:[\w-]+\s+){0,6}?for)\s+(?:months|years)|месяцами|"
    r"місяцями|"
    # attacks told as recurring: "Це не перший випадок атак на НПЗ", "не впервые", "this is not the first time",
    # "почала атакувати ще в 2022-му" (a history dated by a year only); a trend is TREND
    r"не\s+перш\w*\s+(?:випадок|раз|атак\w*|удар\w*|обстріл\w*)|не\s+впервые|не\s+в\s+первый\s+раз|"
    r"не\s+перв\w+\s+(?:случай|раз|атак\w*|удар\w*|обстрел\w*)|not\s+the\s+first\s+(?:time|case|attack|strike)|"
    r"(?:ще|еще|ещё)\s+(?:в|у)\s+(?:19|20)\d\d|back\s+in\s+(?:19|20)\d\d)\b",
    _I,
)
"""Words of an attack told many times over ("нефтебаза неоднократно подвергалась атакам", "станція неодноразово
зазнавала обстрілів", "was repeatedly shelled") or of a habit ("has regularly launched strikes on Belgorod since
2022", "for months a focal point of Russian attacks") or of a recurrence ("не перший випадок атак"; a trend, "has
intensified drone attacks", is TREND): with no number but a year and no truce, the history of a site or a side, not a
report."""

STEP_UP_EN = (
    r"(?:intensif(?:y|ies|ied|ying)|(?:steps|stepped|stepping)\s+up|(?:ramps|ramped|ramping)\s+up|escalat(?:es|ed|ing))"
)
STEP_UP_RU_UK = rf"(?:усили(?!е|я|й\b|ям|ем)|посили|посилю|активизирова|активізува){_W}"
"""The verbs of a side stepping up its attacks, one list for TREND and the actors' "keeps on" ("intensified",
"stepped up", "усилила", "посилюють"; not "усилия", efforts)."""
TREND: re.Pattern[str] = re.compile(
    rf"\b(?:(?:{STEP_UP_EN}|{STEP_UP_RU_UK})\s+(?:(?!(?:after|despite|amid|against|on|by|to|of|the|its|their)\s)[\w'’ʼ-]+\s+)?"
    r"(?:(?:its|their|свои|свої)\s+)?(?:(?!(?:after|despite|amid|against|on|by|to|of|the)\s)[\w'’ʼ-]+\s+)?"
    r"(?:attacks|strikes|shelling|raids|bombardments?|удар[иы]|атак[иу]|обстр[еі]л(?:ы|и)?)|"
    r"intensity\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:attacks|strikes|shelling|raids))\b",
    _I,
)
"""A side stepping up its attacks ("Russia has intensified drone attacks", "the intensity of the attacks has
grown", "Росіяни посилюють удари"): the attack noun is the object, not "efforts", "defences", "давление ударами", nor
a fire's intensity. With no time (TREND_TIME) and no place named in its clause, a trend, not a report."""
TREND_TIME: re.Pattern[str] = re.compile(
    r"\b(?P<time>(?P<past>overnight|last\s+night|yesterday|вночі|уночі|ночью|этой\s+ночью|цієї\s+ночі|вчора|вчера)|"
    r"tonight|this\s+(?:morning|week|month)|today|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|сьогодні|сегодня|цього\s+тижня|на\s+этой\s+неделе|понеділ\w+|вівтор\w+|серед(?:а|у|и|ою|і)|четвер(?:а|у|ом|і)?|п['’ʼ]ятниц\w+|субот\w+|"
    r"неділ\w+|понедельник\w*|вторник\w*|сред[уы]|четверг\w*|пятниц\w+|воскресень\w+)\b|"
    # a place named: "on substations in Sumy", "по НПЗ в Рязани", "on the Ryazan refinery" (not a country, the
    # whole war's, nor a month: "удары по энергетике в Украине", "strikes on substations in March")
    r"(?<![\w'’ʼ-])(?:in|near|at|в|у|под|під|біля|возле)\s+(?!(?:Украин|Україн|Росси|Росі|Ukrain|Russia|January|"
    r"February|March|April|May|June|July|August|September|October|November|December|Январ|Феврал|Март|Апрел|Ма[йея]|"
    r"Июн|Июл|Август|Сентябр|Октябр|Ноябр|Декабр|Січ|Лют|Берез|Квіт|Травн|Червн|Липн|Серпн|Вересн|Жовтн|Листопад|"
    r"Грудн))(?-i:[A-ZА-ЯЁІЇЄҐ])|(?-i:\bthe\s+[A-Z][\w-]+\s+)"
    r"(?:refinery|depot|plant|port|substation)",
    _I,
)
"""A time or a place named beside a trend word ("вночі посилили атаки", "intensified attacks on substations in Sumy",
"this week"): the report of an attack. A country or a month is no place here ("усилила удары по энергетике в
Украине", "in March")."""


NOW: re.Pattern[str] = re.compile(
    r"\b(?:уже|вже|сейчас|зараз|наразі|в\s+данный\s+момент|сегодня|сьогодні|ночью|вночі|утром|вранці|сутки|суток|"
    r"добу|доби|already|now|currently|at\s+the\s+moment|today|tonight|this\s+morning)\b|(?<![\w-])\d",
    _I,
)
"""Words of a time in a sentence with a present attack verb ("уже больше суток бьют по", "зараз атакує"), or a number
that stands alone (a date or a clock time, not the model of "Х-101", "Shahed-136"): a strike going on, reported."""

EXERCISE: re.Pattern[str] = re.compile(
    rf"\b(?:учени[еяю]|учений|учения|тренировк{_W}|тренировал{_W}|навчан{_W}|тренуван{_W}|exercises?|drills?|"
    rf"испытани{_W}\s+(?:вооружени|техник){_W})\b",
    _I,
)
"""Words of an exercise or a trial: no attack."""

DISCRETE_STRIKE: re.Pattern[str] = re.compile(
    rf"\b(?:дроновод{_W}|(?:оператор|расч[её]т|экипаж){_W}\s+(?:{_W}\s+)?(?:FPV|ФПВ|БпЛА|БПЛА|ударн{_W}|дрон{_W}|"
    rf"беспилотн{_W}|барражир{_W})|"
    rf"(?:оператор|розрахун|екіпаж){_W}\s+(?:{_W}\s+)?(?:FPV|БпЛА|БПЛА|ударн{_W}|дрон{_W}|безпілотн{_W})|"
    rf"(?:танк|пикап|тягач|самоходк|гаубиц|бронемашин)(?:{_W})\s+(?:[\w-]+\s+)?(?-i:ВСУ|ЗСУ|противника))",
    _I,
)
"""A report of one strike on one target (a drone crew destroying a vehicle): with it, front-line words (the group of
forces, the direction) do not make the sentence a front-line summary."""

_ARMY_USE = (
    rf"для\s+(?:військов|военн|армі|арми|ЗСУ|ВСУ|фронт){_W}|військов{_W}\s+потреб{_W}|военн{_W}\s+нужд{_W}|"
    rf"for\s+the\s+(?:military|army)|"
    # used by an army ("used by the Ukrainian military", "используемых ВСУ", "які використовують окупанти")
    rf"used\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?(?:military|army|armed\s+forces|troops)|"
    rf"(?:использу|використову){_W}\s+(?:[\w'’ʼ-]+\s+)?(?:военн(?!оплен){_W}|арми(?!рова){_W}|військов(?!ополон){_W}|армі{_W}|окупант{_W}|"
    rf"загарбник{_W}|(?-i:ВСУ|ЗСУ|ВС\s+РФ|ЗС\s+РФ))|"
    # the army as the subject of a relative clause on the site ("смуга, яку українські сили використовували для
    # запуску дронів", "объект, который ВСУ использовали"): not "ВСУ использовали дроны", the weapon of a strike
    rf"\b(?:котор|яку\b|який\b|які\b|яких\b|which\b)\w*\s+(?:[\w'’ʼ-]+\s+)?(?:сил[иаы]|війська|войска|військові|"
    rf"военные|армі[яю]|арми[яю]|(?-i:ЗСУ|ВСУ)|forces|troops|military|army)\s+(?:[\w'’ʼ-]+\s+)?"
    rf"(?:використов|использ|used\b)\w*"
)
"""Words that say a site serves an army: it works for it ("для ВСУ", "for the military") or is used by it."""
ARMY_USE: re.Pattern[str] = re.compile(rf"\b(?:{_ARMY_USE})", _I)
"""`_ARMY_USE` alone: what makes a train, a runway or a site of no kind a military one (not "made missiles": the
weapon of the strike, "a North Korean-made ballistic missile")."""

MILITARY_PURPOSE: re.Pattern[str] = re.compile(
    rf"\b(?:(?:виробля|виробництв|виготовля|випуска|производ|изготавлива|выпуска|собира|збира|ремонтир|ремонту|постача|"
    rf"поставля|make|makes|made|making|produc|manufactur|assembl|suppl)\w*\s+(?:[\w'’ʼ-]+\s+){{0,4}}?"
    rf"(?:вибухівк{_W}|вибухов{_W}\s+речовин{_W}|взрывчат{_W}|боеприпас{_W}|боєприпас{_W}|ракет{_W}|дрон{_W}|"
    rf"безпілотник{_W}|беспилотник{_W}|БПЛА|БпЛА|пор[оі]х{_W}|explosives?|munitions?|ammunition|missiles?|drones?|"
    rf"shells?|gunpowder|propellant|{_DEFENCE_ELECTRONICS})|"
    rf"{_ARMY_USE}|оборонн{_W}|(?-i:ВПК|ОПК)|"
    # repairing its equipment ("to repair military equipment", "ремонт военной техники", "ремонту бронетехніки")
    rf"(?:repair{_W}|ремонт{_W})\s+(?:of\s+)?(?:[\w'’ʼ-]+\s+)?(?:military\s+(?:equipment|hardware|vehicles)|"
    rf"armou?red|военн{_W}\s+техник{_W}|військов{_W}\s+техні{_W}|бронетехні{_W}|бронетехник{_W}))",
    _I,
)
"""Words that make a plant a defence plant: it makes explosives, ammunition, missiles or drones ("завод, який
виробляє вибухівку"), works for the army, is used by it or repairs its equipment, or belongs to the defence
industry. A drone or a missile that struck the plant does not."""

DEFENCE_INDUSTRY_AFTER: re.Pattern[str] = re.compile(
    rf"\s+(?:[\w'’ʼ-]+,?\s+){{0,2}}?(?:военно-промышленн{_W}|військово-промислов{_W}|оборонн{_W}|"
    rf"ракетно-космическ{_W}|ракетно-космічн{_W}|(?-i:ВПК|ОПК)|defen[cs]e\s+(?:industry|sector)|military-industrial|"
    rf"{_DEFENCE_ELECTRONICS})",
    _I,
)
"""The words right after a plant that make it one of the defence industry ("предприятия ВПК", "предприятию
военно-промышленного комплекса", "предприятие ракетно-космической промышленности")."""

NONE_AFTER: re.Pattern[str] = re.compile(
    r"\s*(?:(?:и|і|та|та\s+й|or|and)\s+[\w'’ʼ-]+\s+)?"
    # (among whom, or "on the ground", between: "пострадавших и разрушений на земле нет", "Пострадавших среди мирных
    # жителей не зарегистрировано"; not a place named, "Пострадавших в Белгороде нет", which leaves the claim there)
    r"(?:(?:среди|серед)\s+[\w'’ʼ-]+\s+(?:[\w'’ʼ-]+\s+)?|на\s+(?:земле|землі)\s+)?"
    r"(?:нет|немає|нема|не\s+(?:было|було|выявлено|виявлено|"
    r"зафиксировано|зафіксовано|зарегистрировано|зареєстровано|имеется|має|допущено))\b|"
    # the English wire's "Injuries were not reported", "information on possible injuries is being clarified"
    r"\s+(?:were|was)\s+not\s+reported\b|[^.;:!?]{0,40}?\b(?:is|are)\s+being\s+clarified\b|"
    # no word of it came, later in the clause ("Сообщения о разрушениях на территории Крыма не поступали")
    r"[^.;:!?,]{0,60}?\bне\s+(?:поступал[аио]?|поступило|надходил[аои]?|надійшл[аои]?)\b",
    _I,
)
"""Words after a casualty or damage word that say there was none ("пострадавших и разрушений нет", "не
зарегистрировано"), also with "среди/серед" and one or two words (the people, "среди мирных жителей") or "на
земле/на землі" between, but not a place named ("в Белгороде", "на Салтівці"), or that no report of it came
("сообщения о разрушениях не поступали", "інформація про постраждалих не надходила")."""

UNCLEAR_BEFORE: re.Pattern[str] = re.compile(
    r"\b(?:информаци|інформаці|сведени|відомост|data|information|details)\w*\s+(?:о|об|про|щодо|относительно|on|about|"
    r"regarding|of)\s+(?:(?:возможн|можлив|possible|any|the)\w*\s+)?(?:[\w'’ʼ-]+\s+(?:и|і|та|й|and|or)\s+)?$",
    _I,
)
UNCLEAR_AFTER: re.Pattern[str] = re.compile(
    r"[^.;:!?]{0,40}?(?:\b(?:уточня|уточню|з['’ʼ]?ясову|выясня|встановлю|устанавлива)\w*|\b(?:is|are)\s+(?:still\s+)?being\s+"
    r"(?:clarified|established|determined|verified))",
    _I,
)
"""Information about the hurt said to be still being found out ("Сейчас информация о пострадавших уточняется",
"інформація щодо постраждалих з'ясовується", "information about the injured is being established"): no one said
hurt, only asked about (both: ``UNCLEAR_BEFORE`` right before the casualty word, ``UNCLEAR_AFTER`` after it; not "число
погибших уточняется", the dead whose number is not yet known)."""

_NONE_WORD = r"\bбез|\bno|\bне\s+(?:было|було)"
"""Words that say there was none of what follows ("без", "no", "не було"): shared by ``NONE_BEFORE`` and
``NEGATED``."""

NONE_BEFORE: re.Pattern[str] = re.compile(
    rf"(?:{_NONE_WORD}|\bnot\s+any|\bобошлось\s+без|\bобійшлося\s+без|\bне\s+(?:зафиксировано|зафіксовано))"
    r"\s+(?:[\w'’ʼ-]+\s+){0,1}$|\bне\s+$|\bnobody\s+(?:was\s+)?$|"
    # "no deaths or injuries", "no immediate reports of injuries", "without injuries", "no one was hospitalized"
    r"\bno\s+(?:(?:immediate\s+)?reports?\s+of\s+(?:any\s+)?|[\w'’ʼ-]+\s+(?:or|and)\s+)$|"
    r"\b(?:without(?:\s+any)?|no\s+one\s+was|nobody\s+was|(?:whether|if)\s+any(?:one|body)\s+was)\s+$",
    _I,
)
"""Words right before a casualty word that say there was none ("без пострадавших", "no injuries", "не
постраждали")."""

NEGATED: re.Pattern[str] = re.compile(rf"(?:{_NONE_WORD}|\bwithout)\s+(?:[\w'’ʼ-]+\s+){{0,2}}$", _I)
"""Words just before an attack word that say there was none ("без наших атак", "without any attack")."""

MILITARY_HINT: re.Pattern[str] = re.compile(
    rf"\b(?:техник{_W}|боевик{_W}|военнослужащ{_W}|танк{_W}|пикап{_W}|бронетранспорт{_W}|бронирован{_W}|расч[её]т{_W}|"
    rf"личн{_W}\s+состав{_W}|жив{_W}\s+сил{_W}|блиндаж{_W}|окоп{_W}|пехот{_W}|автоколонн{_W}|бойов{_W}|піхот{_W}|"
    rf"особов{_W}\s+склад{_W}|бліндаж{_W}|окупант{_W}|tanks?|troops|infantry|armou?red|personnel|soldiers)",
    _I,
)
"""Words of soldiers and their equipment: an attack on these with no site named is a combat report, not a claim."""

SABOTAGE_GROUP: re.Pattern[str] = re.compile(
    rf"\b(?:диверс{_W}\s+груп{_W}|(?-i:ДРГ)|диверсант{_W}|sabotage\s+groups?|saboteurs)", _I
)
"""Sabotage groups ("диверсійні групи", "ДРГ", "saboteurs"): soldiers as the ones hunted or hit, like
``MILITARY_HINT``, but not when they strike (``SABOTAGE_GROUP_STRIKES``)."""

SABOTAGE_GROUP_STRIKES: re.Pattern[str] = re.compile(
    r"(?:\s+[\w'’ʼ-]+){0,2}?\s+(?:обстрел|обстріл|атаков|атакув|ударил|вдарил|напал|напав|shell|attack|struck|"
    r"strik|hit|fired|raided)\w*",
    _I,
)
"""An attack verb right after a sabotage group ("ДРГ противника обстреляла", "sabotage groups shelled"): the group
is the side that struck, not soldiers hit."""


CITING_A_REASON: re.Pattern[str] = re.compile(rf"\bciting\s{_CITED_REASON}", _I)
""""citing" a reason, an attack (see ``SOURCE_CUE``): for the searches that end before what follows the cue, and so
cannot see it."""


def find_all(
    entries: tuple[Entry, ...], text: str, start: int, end: int, *, names: bool = False
) -> list[tuple[int, int, Entry]]:
    """Every non-overlapping match of ``entries`` in ``text[start:end]``: longer matches first, then entry order. With
    ``names``, leaving out a match that is a settlement's name (`_settlement_name`; see `find_targets`)."""
    found: list[tuple[int, int, int, Entry]] = []
    # the pre-filter: an entry can match only where a word begins as one of its beginnings
    words: set[str] = set()
    for w in _WORD_START.findall(text[start:end].lower()):
        words.update((w[:1], w[:2], w))
    for rank, entry in enumerate(entries):
        if entry.starts is not None and entry.starts.isdisjoint(words):
            continue
        for m in entry.pattern.finditer(text, start, end):
            if m.end() > m.start():
                found.append((m.start(), m.end(), rank, entry))
    found.sort(key=lambda f: (-(f[1] - f[0]), f[2], f[0]))
    taken: list[tuple[int, int, Entry]] = []
    for s, e, _rank, entry in found:
        if all(e <= ts or s >= te for ts, te, _ in taken):
            taken.append((s, e, entry))
    if names:
        taken = [t for t in taken if not _settlement_name(text, t[0], t[1], start)]
    taken.sort(key=lambda t: t[0])
    return taken


def find_targets(text: str, start: int, end: int) -> list[tuple[int, int, Entry]]:
    """Every target of ``TARGETS`` in ``text[start:end]`` (`find_all`), not one that is a settlement's name inside a
    sentence ("Ворог обстріляв Залізничне": the place, no railway hit)."""
    return find_all(TARGETS, text, start, end, names=True)


# a capitalised word inside a sentence, after a letter, a digit or a comma: a name (not the sentence's first word, which
# may be a target's adjective: "Залізничне депо пошкоджено")
_NAME_WORD = re.compile(r"[A-ZА-ЯЁІЇЄҐ][\w'’ʼ]*")
_MID_SENTENCE = re.compile(r"[\w,]\s+$")


def _settlement_name(text: str, at: int, end: int, start: int = 0) -> bool:
    """Whether a target word found at ``at`` is the whole of a capitalised settlement name the gazetteer knows, inside
    a sentence ("Ворог обстріляв Залізничне", "у бік Добропілля, Залізничне", "struck Nefteyugansk", "в Енергодарі"):
    the place, not a railway, a power plant or an oil site hit (not "залізничну станцію", nor "Залізничне депо" at a
    sentence's head; nor a match that goes on past the name: "the Unecha oil pumping station"). ``start``: where the
    sentence begins; nothing before it counts (the first word of a body line after a headline with no stop is a
    sentence's head)."""
    m = _NAME_WORD.match(text, at)
    if m is None or end > m.end():
        return False
    if not _MID_SENTENCE.search(text, max(start, at - 8), at) or text[m.end() : m.end() + 1] == "-":
        return False
    return _known_settlement(m.group())


@lru_cache(maxsize=4096)
def _known_settlement(word: str) -> bool:
    """Whether ``word`` whole is a settlement of the bundled gazetteer (in any of its word forms, "Енергодарі"). Always
    the bundled one, also under an ``Extractor`` given another geocoder: the lexicon reads words, not a report's
    places."""
    return any(
        m.start == 0 and m.end == len(word) and any(e.kind == "settlement" for e in m.entries)
        for m in find_mentions(word)
    )


# every pattern above behind a look-ahead for the characters its matches begin with: the same matches, found faster
# (see _guard; the patterns run over every sentence of every report)
guard_patterns(globals())
