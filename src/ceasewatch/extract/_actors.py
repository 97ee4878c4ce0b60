"""Who acted, who claims it, and how: perpetrator and claimant from the source and the text, and the stance.

Actors are named in many ways: "киевский режим", "ВСУ", "украинские боевики", "ЗСУ", "Сили оборони", "наші
дрони", "російські окупанти", "рашисти", "ворог", "Russian forces". "Противник"/"ворог"/"enemy" is the other side
of the source's party, "наши"/"наші"/"our" the source's own. A name right after a target word or a preposition of
direction ("по позициям ВСУ", "формирований ВСУ", "аеродрому ... зс рф") is the side that was hit, not the one that
struck, and is left out.

Stance: a denial word makes a denial (of the party that denies, or of the actor named); the claimant's own side
acting is an admission; the other side acting is an accusation; a source that speaks for no party, quoting nobody,
makes an observation.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ceasewatch.extract import _lexicon
from ceasewatch.extract._guard import guard_patterns
from ceasewatch.geo.gazetteer import ADMIN_WORDS
from ceasewatch.model.claim import Stance

__all__ = [
    "Actor",
    "accuser_in",
    "admits",
    "attributed_to",
    "body_speaks",
    "cites_independent",
    "claimant_in",
    "denies",
    "find_actors",
    "find_patients",
    "first_person_party",
    "local_authorities",
    "local_authority_speaks",
    "opponent",
    "own_forces",
    "own_official",
    "owner_of_sites",
    "quotes_a_side",
    "quotes_local_authority",
    "stance_of",
    "unnamed_official",
]

_I = re.IGNORECASE
_W = r"[\w'’ʼ-]*"

# a word of time or repetition between a country and its attack verb ("Россия ночью атаковала", "Україна знову вдарила")
_WHEN = (
    r"(?:(?:ночью|вночі|уночі|снова|вновь|опять|знову|сегодня|сьогодні|вчера|вчора|утром|вранці|уранці|вечером|"
    r"ввечері|again|overnight)\s+)?"
)
# a side going on with or stepping up its attacks ("Ukraine continues attacks on ...", "Russia has intensified drone
# strikes", "Россия усилила удары", "Україна продовжує атаки"): the subject of a verb of carrying on, with the attacks
# as its object, with only a weapon or an adjective between (not "Ukraine continues to face attacks", "continued
# repairs after attacks", "continues repelling Russian attacks", "stepped up defences against attacks", "посилила
# протидію атакам")
_KEEPS_ON = (
    rf"(?:(?:has|have|had)\s+)?(?:continues|continued|{_lexicon.STEP_UP_EN})\s+(?:to\s+(?:launch|strike|attack|target|hit|shell|pound|bomb|damage|destroy)\b|(?:launch|strik|attack|"
    r"target|shell|pound|bomb)ing\b|(?:its\s+|their\s+)?"
    r"(?:(?:drone|missile|rocket|air|artillery|massive|new|fresh|heavy|deadly|long-range|cross-border|[\w-]+ed)\s+){0,2}"
    r"(?:attacks|strikes|shelling|raids)\b)"
)
_KEEPS_ON_RU_UK = (
    rf"(?:продолжа{_W}|продолжил{_W}|продовжу{_W}|продовжил{_W}|{_lexicon.STEP_UP_RU_UK})\s+(?:(?![\w'’ʼ-]+(?:ть|ти|ться|тись)\s)"
    r"(?!(?:отражени|протиді|противодейств|захист|защит|відбитт|оборон)\w*\s)"
    r"(?:[\w'’ʼ-]+(?:ые|ие|ых|их|ыми|ими|і)|свои|свої|дрон\w*|ракет\w*|(?-i:БПЛА)|артил+ер\w*)\s+)?"
    r"(?:удар|атак|обстр[еі]л)"
)  # only an adjective or a weapon between, as in English ("усилила ракетные удары"; not "усилила мониторинг атак")
# a country carrying out or trying to make attacks ("Россия совершила атаку на ...", "Росія здійснила щонайменше 30
# атак", "Россия пытается нанести боль ..., обстреливая энергетику"): the verb's subject is the attacker (an attack
# noun a few words on, or an infinitive of striking; not "провела переговоры", "пытается отразить атаки", "провела
# ремонт после атаки")
_CARRIES_OUT_RU_UK = (
    r"(?:(?:совершил|осуществил|провел|соверша|осуществля|проводи|здійснил|здійсню|провод)\w*\s+"
    r"(?:(?!(?:расследова|розслідува|проверк|перевірк|попытк|спроб)\w*\s)"
    r"(?:понад|более|свыше|около|близько|щонайменше|не\s+менее|\d+|[\w'’ʼ-]+(?:ые|ие|ых|их|ую|ый|ий|ій|і|у))\s+){0,3}"
    r"(?:удар(?:ы|и|ов|ів)?|атак(?:у|и)?|обстр[еі]л(?:ы|и|ов|ів)?)(?![\w'’ʼ-])|"
    r"(?:пыта|намага)\w*\s+(?:(?:снова|вновь|знову|ещё|ще)\s+)?"
    r"(?:нанести|атаковать|ударить|обстрелять|завдати|атакувати|вдарити|обстріляти|"
    r"(?:уничтожить|знищити)(?!\s+(?:[\w'’ʼ-]+\s+){0,2}(?:беспилот|безпілот|дрон|ракет|БПЛА|БпЛА))))"
)  # only numerals or adjectives before the attack noun in its object case (not "провела расследование удара"), and
# not the other side's drones as what is destroyed ("пытается уничтожить украинские дроны, атакующие ...")
# a country's bare name opening a headline or clause as the attacker, in one pattern with one set of checks: the
# attribute of an attack noun ("Ukraine drone attack sets ablaze a tanker", "a Russia missile strike on Sumy", as
# "Ukrainian drone attack") or the subject of a present-tense verb in its attack sense ("Ukraine Launches Drone Attack
# on Russian Oil Facilities", "Russia strikes Ukrainian training ground"). Only a country: a city before an attack
# noun is where it was ("Kyiv drone attack", "Moscow attacks disrupt flights"), save as the subject of "launches ...
# attack". Not after a determiner or preposition ("the Ukraine attack", "strikes on Ukraine"); not before its agent
# ("Ukraine attacks by Russian drones"); not a topic ("Ukraine attack: ...", "Ukraine drone attack survivors", "After
# Ukraine attack, ..."); not a verb of another sense ("Ukraine strikes deal", "launches investigation", "targets
# repairs"). A side named later in the sentence wins over it (find_actors).
_NAME_FIRST = (
    r"(?:(?<![^\n.!?:;\"“«(]\s)(?<![^\n.!?:;\"“«(\s])|"
    r"(?<=\bas\s)|(?<=\bafter\s)|(?<=\bamid\s)|(?<=\bwhile\s)|(?<=\bwhen\s)|(?<=\ba\s)|(?<=\ban\s))"
)
_HEAD_ADJ = r"(?:(?:massive|new|large|overnight|major|fresh)\s+)?"
_HEAD_WEAPON = r"(?:(?:naval|sea|ballistic)\s+)?(?:(?:drone|missile|rocket|uav|artillery)s?\s+)?"
# the noun: the phrase ends, or a verb of what the attack did follows ("sets", "hits", "knocked"; not a plural noun,
# "Ukraine attacks news"), or its preposition
_HEAD_NOUN = (
    rf"\s+{_HEAD_ADJ}{_HEAD_WEAPON}(?:attacks?|strikes?|raids?|barrage)\b(?!\s+by\b)"
    r"(?!\s+(?:survivors|victims|aftermath|damages?|deals?|plans?|threats?|fears|risks|talks|warnings?|alerts?)\b)"
    r"(?=\s*[.!?\n]|\s*$|\s+(?:on|against|at|in|near|across|overnight|targeting|was|is|has|had|were|are|"
    r"hits|kills|sets|sparks|causes|damages|knocks|leaves|cuts|triggers|destroys|ignites|disrupts|[a-z]+ed|hit|set|"
    r"cut|left|shut)\b)"
)
_HEAD_LAUNCH = r"\s+(?:again\s+)?launches\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|raids?|barrage|offensive)\b"
# the sites and the places a headline's verb strikes, bare or owned by a country
_HEAD_SITE = (
    r"refiner\w*|depots?|oil|fuel|gas|power|energy|grid|substations?|facilit\w*|plants?|ports?|terminals?|"
    r"airfields?|air\s*bases?|bases?|military|positions|infrastructure"
)
_HEAD_PLACE = r"cit(?:y|ies)|towns?|villages?|regions?"
_HEAD_OBJECT = (
    rf"(?:{_HEAD_SITE}|training|targets?|"
    rf"(?:ukrainian|russian|ukraine['’]s|russia['’]s)\s+(?:[\w-]+\s+)?(?:{_HEAD_SITE}|{_HEAD_PLACE}|territory|forces|troops)|"
    rf"{_HEAD_PLACE})\b"
)  # a country only as the owner of a site ("Russia strikes Ukrainian energy"; not "Ukraine's position in talks",
# "Russia with new sanctions")
_HEAD_VERB = (
    rf"\s+(?:again\s+)?(?:strikes|attacks|hits|shells|targets|pounds)\s+"
    rf"(?:(?!(?:as|after|amid|while|with|following)\b)[\w'’-]+\s+){{0,3}}?{_HEAD_OBJECT}"
)


def _headline_side(country: str, capital: str) -> re.Pattern[str]:
    return re.compile(
        rf"{_NAME_FIRST}(?:{country}(?:{_HEAD_NOUN}|{_HEAD_VERB}|{_HEAD_LAUNCH})|{capital}{_HEAD_LAUNCH})", _I
    )


# the marker of an agent ("со стороны", "з боку") and the countries or capitals named after it as the side that acted
# ("атак со стороны России", "порушення з боку Києва"): one list for _UKR, _RUS and _FROM_COUNTRY
_FROM_SIDE_WORDS = r"(?:з\s+боку|со\s+стороны)"
_FROM_UKR = r"України|Украины|Києва|Киева"
_FROM_RUS = r"Росії|России|РФ|рф|Москви|Москвы"

# the attack verbs after an English name of Ukraine's services ("Security Service of Ukraine", "SBU", "HUR"): one
# list for both; "launched" only with what is launched ("launched drones", "launched a strike"), not "launched an
# investigation / a criminal case" (review 44 E H2)
_LAUNCHED_WEAPONS = r"(?:drones?|attacks?|strikes?|missiles?)"
_SERVICE_ATTACKS = (
    rf"(?:launched\s+(?:(?:a|an|its|new|the)\s+)?{_LAUNCHED_WEAPONS}|struck|attacked|hit|targeted|"
    r"carried\s+out)"
)
# a site the English drone-arm names own, said with a possessive: they are the side hit ("the Unmanned Systems Forces'
# command post", "Madyar's Birds' base", review 44 E H3)
_OWNED_SITE = r"['’]s?\s+(?:command\s+posts?|bases?|positions?|headquarters|hangars?)\b"
# the drone arm's names, one list for _UKR (Ukraine's arm) and _DRONE_ARM (a Russian one, when a Russian word is before
# it): the Russian and Ukrainian "... of unmanned systems" after "сил"/"полк", and the English names
_DRONE_SYSTEMS = rf"(?:безпілотн|беспилотн){_W}\s+систем"
_DRONE_ARM_EN = r"regiment\s+of\s+unmanned\s+systems|unmanned\s+(?:systems\s+)?forces"


# a capital in its English news spelling as the subject of a verb of launching or striking ("Moscow launched 116 drones
# at its territory", "Kiev fired missiles at ...": the side, as "Russia launched"); "launched/fired" only before what is
# launched, as after "SBU" (not "launched an investigation / a diplomatic offensive / its air defences", "fired its top
# general", "fired air-defence missiles"), a strike verb only before a thing that can be hit: a capitalised place
# ("attacked Kharkiv", not "attacked Sunday"), a place's or country's target ("struck Kyiv's energy grid") or a target
# word ("struck a substation", "attacked energy facilities"; not "struck a deal", "attacked the West's hypocrisy", nor
# the city hit: "Moscow attacked last night", "Moscow struck twice"); never after a preposition ("Drones flying toward
# Moscow struck ..."), nor when the sentence names the other side's actor (find_actors, review 45 A H2). "Kyiv" has
# its verb in the Ukraine list.
def _capital(name: str) -> str:
    """The capital ``name`` as a side, never right after a preposition: the name first, then the lookbehinds (so that
    ``re`` tries them only where the name is, not at every position), "moscow(?<!\\btoward\\smoscow)..."."""
    return rf"\b{name}" + "".join(
        rf"(?<!\b{prep}\s{name})"
        for prep in ("toward", "towards", "for", "over", "near", "in", "from", "on", "at", "of", "to", "into", "above")
    )


_CAPITAL_TARGET = (
    r"(?:energy|power|electricity|gas|oil|fuel|infrastructure|facilit(?:y|ies)|substations?|refiner(?:y|ies)|plants?|"
    r"stations?|grid|depots?|terminals?|ports?|airfields?|air\s*bases?|bases?|positions?|targets?|cities|city|towns?|"
    r"villages?|regions?|territory|homes?|houses?|buildings?|hospitals?|bridges?|railways?|dams?|pipelines?|"
    r"warehouses?|military|civilian|residential|industrial|nuclear|thermal|hydroelectric)\b"
)
# up to two words between a verb and what it takes, none a preposition or a conjunction ("launched an investigation
# into drones" launches no drones)
_CAPITAL_FILLER = (
    r"(?:(?!(?:into|after|over|against|on|at|about|of|as|while|when|and|to|for|from|in|with|amid)\b)[\w-]+\s+){0,2}?"
)
_CAPITAL_ATTACKS = (
    r"\s+(?:(?:has|had|have)\s+)?(?:again\s+)?(?:"
    r"(?:launched|fired)\s+(?:(?:a|an|another|its|the|new|massive|massed|large-scale|"
    r"(?:wave|barrage|salvo|volley|swarm)\s+of|\d[\d,]*|(?:dozens|hundreds|scores|thousands)\s+of|over|more\s+than|"
    rf"nearly|almost|some|about|around|at\s+least|up\s+to)\s+)*(?!air[\s-]*defen|interceptor|anti-aircraft){_CAPITAL_FILLER}"
    rf"(?:{_LAUNCHED_WEAPONS}|rockets?|shells?|shaheds?|bombs?|uavs?)\b|"
    r"(?:struck|attacked|shelled|targeted|pounded)\s+(?:(?:at|on)\s+)?(?:"
    r"(?-i:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)[A-Z][\w-]*)(?![\w'’-])|"
    rf"(?-i:[A-Z][\w-]*)['’]s\s+(?:[\w-]+\s+)?{_CAPITAL_TARGET}|"
    rf"(?:(?:the|a|an|its|their|several|many|\d[\d,]*|two|three|four|five|dozens\s+of)\s+)?{_CAPITAL_FILLER}"
    rf"{_CAPITAL_TARGET}))"
)
# each capital's alternative, one string for its side's list and for _CAPITAL_SIDE (find_actors)
_KIEV_ATTACKS = f"{_capital('kiev')}{_CAPITAL_ATTACKS}"
_MOSCOW_ATTACKS = f"{_capital('moscow')}{_CAPITAL_ATTACKS}"
_UKR = re.compile(
    rf"(?<![\w'’ʼ-])(?:(?:киевск|київськ){_W}\s+режим{_W}|киевск{_W}\s+(?:хунт|власт){_W}|(?-i:\bВСУ\b|\bВФУ\b|\bЗСУ\b|\bСБУ\b|\bГУР\b|\bССО\b|\bСБС\b)|"
    rf"вооруж[её]нн{_W}\s+сил{_W}\s+украин{_W}|збройн{_W}\s+сил{_W}\s+україн{_W}|\bсил{_W}\s+оборони|"
    rf"украинск{_W}\s+(?:{_W}\s+)?(?:боевик|террорист|неонацист|нацист|военн|войск|формировани|бпла|беспилот|дрон|ракет|"
    rf"артиллер|вооруж|диверс|дрг|сил|подразделени|удар|атак|(?-i:БПЛА|БпЛА)){_W}|"
    rf"українськ{_W}\s+(?:{_W}\s+)?(?:військ|армі|сил|дрон|бпла|безпілот|ракет|захисник|воїн|підрозділ|удар|диверс|дрг|"
    rf"(?-i:БПЛА|БпЛА)){_W}|"
    rf"Украина\s+{_WHEN}(?:атаковала|нанесла|ударила|ответила|обстреляла)|"
    rf"Україна\s+{_WHEN}(?:атакувала|завдала|вдарила|відповіла|обстріляла)|"
    rf"\bсил{_W}\s+(?:{_DRONE_SYSTEMS}|спеціальн{_W}\s+операці){_W}|"
    # Ukraine's Security Service named in full, as "СБУ" is ("Служба безпеки України провела спецоперацію", "The
    # Ukraine Security Service (SBU) has claimed responsibility for ... strike"); in English, as "SBU" is, only with an
    # attack or a claim of one after it (not "Security Service of Ukraine officers detained an agent", "The Ukraine
    # Security Service building in Sumy was hit", review 29 L1)
    rf"служб{_W}\s+безпеки\s+україни|служб{_W}\s+безопасности\s+украины|"
    rf"(?:security\s+service\s+of\s+ukraine|ukraine\s+security\s+service)(?:\s+\((?-i:SBU)\))?"
    rf"(?=\s+(?:(?:has|had|have|also|again|reportedly|then)\s+)*(?:{_SERVICE_ATTACKS}|fired|shelled|"
    rf"claimed\s+responsibility|{_KEEPS_ON})\b)|"
    rf"ukrainian\s+(?:{_W}\s+)?(?:forces|troops|military(?!-|\s+administration)|army|drones?|missiles?|strikes?|attacks?|units?|navy|saboteurs?|"
    rf"sabotage\s+groups?|"
    rf"special\s+forces|defen[cs]e\s+forces|sbu|uavs?|shelling|artillery)|(?:defen[cs]e|armed)\s+forces\s+of\s+ukraine|"
    rf"ukraine's\s+(?:forces|military(?!-|\s+administration)|army|drones?|"
    rf"armed\s+forces|defen[cs]e\s+forces|sbu|navy)|kyiv's\s+(?:forces|drones|military(?!\s+administration)|troops)|\b(?:ukraine|kyiv)\s+(?:(?:has|had|have)\s+)?"
    rf"(?:again\s+)?(?:launched|struck|attacked|hit|fired|shelled|targeted|carried\s+out)|"
    rf"\b(?:ukraine|kyiv)\s+{_KEEPS_ON}|"
    rf"{_KIEV_ATTACKS}|"
    rf"(?-i:Украина|Україна|Киев|Київ)\s+{_WHEN}(?:{_KEEPS_ON_RU_UK}|{_CARRIES_OUT_RU_UK})|"
    rf"accus{_W}\s+(?:ukraine|kyiv|ukrainian\s+forces)\s+of|"
    rf"(?-i:Киев|Київ)\s+(?:[\w'’ʼ]+\s+){{0,3}}?(?:нан[её]с|атаковал|ударил|обстрелял|продолжа{_W}\s+(?:удар|атак|обстрел)|"
    rf"завда|атакува|вдари|обстріля|продовжу{_W}\s+(?:удар|атак|обстріл)){_W}|"
    rf"{_FROM_SIDE_WORDS}\s+(?-i:{_FROM_UKR})\b|"
    # the navy named by its country, a drone arm or a unit by its name, in any case ("ВМС Украины", "Силы
    # беспилотных систем", "Ukraine's Unmanned Systems Forces", "Птахи Мадяра", "Madyar's Birds", "the Kyiv regime")
    rf"(?-i:ВМС)\s+(?-i:Украины|України)\b|"
    rf"\bполк{_W}\s+{_DRONE_SYSTEMS}{_W}|(?:{_DRONE_ARM_EN})\b(?!{_OWNED_SITE})|(?-i:\b[Пп]тах{_W}\s+Мадяр)|"
    rf"madyar['’]s\s+birds\b(?!{_OWNED_SITE})|"
    rf"\b(?:kyiv|kiev)\s+regime\b(?:['’]s\s+(?:attacks?|strikes?)\b|(?!['’]s\b))|(?-i:\b(?:SBU|HUR)\b)(?=\s+(?:drones?\b|(?:(?:has|had|have|also|again)\s+)*"
    rf"{_SERVICE_ATTACKS}\b))|"
    rf"обвини{_W}\s+(?:Украину|Киев|ВСУ)|звинувати{_W}\s+(?:Україну|Київ|ЗСУ))",
    _I,
)
_RUS = re.compile(
    rf"(?<![\w'’ʼ-])(?:(?-i:\bВС\s+РФ\b|\bВКС\b|\bЗС\s+РФ\b|\bзс\s+рф\b|\bрф\b|\bРФ\b)|вооруж[её]нн{_W}\s+сил{_W}\s+(?:российской\s+федерации|"
    rf"россии)|российск{_W}\s+(?:{_W}\s+)?(?:войск|военн|армия|армии|сил|ракет|дрон|беспилот|удар|атак|ВКС|авиаци|"
    rf"артиллер|подразделени|захватчик|оккупант|диверс|дрг){_W}|"
    rf"російськ{_W}\s+(?:{_W}\s+)?(?:військ|армі|сил|окупант|дрон|ракет|шахед|бпла|безпілот|удар|атак|авіаці|бомб|"
    rf"артилері|загарбник|диверс|дрг|(?-i:БПЛА|БпЛА|КАБ)){_W}|окупант{_W}|оккупант{_W}|окупаці{_W}\s+(?:військ|армі){_W}|рашист{_W}|рускі{_W}|"
    rf"(?-i:\b[Рр]осіяни\b|\b[Рр]оссияне\b)|"
    # the agent of a passive ("обстрілювалась самими росіянами", "з боку самих росіян", "by the Russians")
    rf"(?-i:\b[Рр]осіянами\b|\b[Рр]оссиянами\b)|{_FROM_SIDE_WORDS}\s+(?:сам{_W}\s+)?(?-i:[Рр]осіян|[Рр]оссиян)\b|"
    # the country or its capital as the agent of an attack or a violation ("атак на энергосистему со стороны России",
    # "порушення з боку Москви")
    rf"{_FROM_SIDE_WORDS}\s+(?-i:{_FROM_RUS})\b|"
    rf"\bby\s+(?:the\s+)?(?-i:Russians)\b|"
    rf"\bрос(?:ія|ії|ією)\s+{_WHEN}(?:атакувала|завдала|вдарила|випустила|запустила|обстріляла|відповіла)|"
    rf"Россия\s+{_WHEN}(?:атаковала|нанесла|ответила|ударила|обстреляла)|"
    rf"\bорк(?:и|ів|ами)\b|кацап{_W}|"
    rf"russian\s+(?:{_W}\s+)?(?:forces|troops|military(?!-|\s+administration)|army|drones?|missiles?|strikes?|attacks?|shelling|artillery|"
    rf"aviation|air\s+force|shaheds?|glide\s+bombs?|occupiers|invaders|units?|navy|uavs?|saboteurs?|sabotage\s+groups?)|"
    rf"armed\s+forces\s+of\s+(?:the\s+)?(?:russian\s+federation|russia)|russia's\s+(?:forces|military(?!-|\s+administration)|army|"
    rf"drones?|missiles?|armed\s+forces|attacks?|strikes?)|\brussia\s+(?:launched|struck|attacked|hit|fired|shelled|"
    rf"targeted|pounded)|\b(?:russia|moscow)\s+{_KEEPS_ON}|"
    rf"{_MOSCOW_ATTACKS}|"
    rf"(?-i:Россия|Росія|Москва)\s+{_WHEN}(?:{_KEEPS_ON_RU_UK}|{_CARRIES_OUT_RU_UK})|\bmoscow's\s+(?:forces|troops|drones|missiles)|"
    # "the Russians attacked", as "россияне атаковали", "росіяни атакували" (not "two Russians were hurt", nor the
    # participle of "Russians hit by shrapnel")
    rf"(?-i:\bRussians)\s+(?:(?:have|had|again|also|then)\s+)*(?:launched|struck|attacked|hit|fired|shelled|targeted|"
    rf"pounded|dropped|carried\s+out)(?!\s+by\b)|"
    rf"\b(?:russia|moscow)\s+(?:has|had|have)\s+(?:again\s+)?(?:launched|struck|attacked|hit|fired|shelled|targeted|"
    rf"carried\s+out)|accus{_W}\s+(?:russia|moscow|russian\s+forces)\s+of|"
    rf"(?-i:Москва)\s+(?:[\w'’ʼ]+\s+){{0,3}}?(?:нанесла|атаковала|ударила|обстреляла|завдала|атакувала|вдарила){_W}|"
    rf"обвини{_W}\s+(?:Россию|Москву)|звинувати{_W}\s+(?:Росію|росію|Москву))",
    _I,
)
_ONE_SENTENCE = re.compile(r"[^.!?\n]*")
_CAPITAL_SIDE = re.compile(rf"{_MOSCOW_ATTACKS}|{_KIEV_ATTACKS}", _I)
_HEAD_UKR = _headline_side("ukraine", "kyiv")
_HEAD_RUS = _headline_side("russia", "moscow")
_ENEMY = re.compile(r"\b(?:противник\w*|враг\w*|вражеск\w*|ворог\w*|ворож\w*|enemy|enemy's)\b", _I)
_OWN = re.compile(
    r"\b(?:наш[аеиуі]?\w*|our)\s+(?:\w+\s+)?(?:сил|войск|військ|дрон|бпла|воїн|захисник|підрозділ|"
    r"forces|troops|drones|military|units|ракет)\w*",
    _I,
)
_WE = re.compile(
    rf"\b(?:ми|мы|we)\s+(?:[\w'’ʼ]+\s+)?(?:уразил|вразил|вдарил|атакувал|знищил|спалил|накрил|поцілил|влучил|"
    rf"поразил|ударил|атаковал|уничтожил|сожгл|struck|hit|attacked|destroyed|targeted){_W}|"
    rf"\bнаш[іи]\s+(?:(?:вже|знову|таки|все\s+таки|сьогодні|вночі|уже|снова)\s+)?"
    rf"(?:уразил|вразил|вдарил|атакувал|знищил|спалил|накрил|поцілил|влучил|долетіл|прилетіл|"
    rf"поразил|ударил|атаковал|уничтожил|сожгл|долетел|прилетел){_W}",
    _I,
)
"""The first person of the source's side: "ми уразили", "наші вже долетіли", "we struck"."""
_ADMISSION_VERB = re.compile(
    rf"\b(?:уразил{_W}|уражен{_W}|ураженн{_W}|уразит{_W}|вразил{_W}|поражен{_W}|поразил{_W}|"
    rf"нанес[а-яё]*\s+(?:\w+\s+)?поражени{_W}|завдал{_W}\s+(?:\w+\s+)?ураженн{_W})",
    _I,
)
# "said on Thursday Russian artillery ...": a time, not the side hit (one word: the cue allows one between the
# preposition and the side, and is searched up to the side only, so a look-ahead sees no further)
_A_DATE = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|"
    r"september|october|november|december)"
)
_AT = r"\b(?:по|на|против|проти|on|against|at)\s+"  # a preposition of the side hit: "по позициям", "on Ukrainian"
# (not "по данным украинских военных", "по словам ВСУ", "на думку росіян": the source of what is said, not the side
# hit)
_PATIENT_CUE = re.compile(
    rf"(?:{_AT}(?!{_A_DATE}\b|{_lexicon.SOURCE_NOUN})(?:[а-яёіїєґa-z'’ʼ-]+\s+)?|"
    rf"\b(?:формировани{_W}|подразделени{_W}|позици{_W}|позиці{_W}|пункт{_W}|объект{_W}|об[ʼ'’]?єкт{_W}|склад{_W}|техник{_W}|"
    rf"аэродром{_W}|аеродром{_W}|сосредоточени{_W}|скупчен{_W}|живой\s+сил{_W}|живої\s+сил{_W}|личн{_W}\s+состав{_W}|"
    rf"арсенал{_W}|штаб{_W}|частин{_W}|военнослужащ{_W}|(?:positions?|bases?|depots?|airfields?|units?|troops|personnel)\b|"
    # "a command post of the Unmanned Systems Forces", "headquarters of ..." (review 44 E H3)
    rf"command\s+posts?\s+of\b|headquarters\s+of\b|"
    rf"танк{_W}|пикап{_W}|пікап{_W}|тягач{_W}|самоход{_W}|самохідн{_W}|гаубиц{_W}|бронемашин{_W}|бронетехн{_W}|"
    rf"бронированн{_W}|установк{_W}|станци{_W}|станці{_W}|расч[её]т{_W}|точк{_W}|автоколонн{_W}|машин{_W}|"
    rf"в/ч|бригад{_W}|рбр|полк{_W}|скоплени{_W}|пехот{_W}|піхот{_W}|инфраструктур{_W}|інфраструктур{_W}|"
    rf"угрупован{_W}|группировк{_W}|забезпеченн{_W}|обеспечени{_W}|потреб{_W}|нужд{_W}|"
    rf"обеспечивающ{_W}|снабжающ{_W}|забезпечу{_W}|постачаю{_W}|(?:supplying|supplies|supplied|serving|fuell?ing)\b|"
    # the side a strike is to weaken: "наступальні спроможності російської армії" (the side a site serves or uses is
    # `_SERVED_CUE`'s)
    rf"(?:наступальн|наступательн){_W}\s+(?:потенціал|спроможност|потенциал|возможност){_W}|"
    rf"offensive\s+(?:potential|capabilit{_W})|"
    rf"арми[июей]|армі[їю]|цел(?:и|ей|ь|ям|ями|ях)\b|ціл(?:і|ей|ь|ям|ями|ях)\b|миномет{_W}|миномёт{_W}|міномет{_W}|"
    rf"(?-i:РЛС|ЗРК|БМП|БТР|МТЛБ))"
    rf"(?:\s*(?:[\w'’ʼ-]+|«[^»]{{1,40}}»|\([^)]{{1,60}}\))){{0,3}}\s+)$",
    _I,
)
_SERVED_CUE = re.compile(
    rf"\b(?:постачанн|снабжени|використову|использу|использова){_W}"
    rf"(?:\s*(?:[\w'’ʼ-]+|«[^»]{{1,40}}»|\([^)]{{1,60}}\))){{0,3}}\s+$",
    _I,
)  # the side fuel goes to or that uses a site: "постачання пального окупантам", "нефтебазу, которую используют
# российские захватчики", "об'єкт, що використовувався противником" (`_serves` says when it is the one hit)
_WEAPON_USED = re.compile(
    rf"(?<![\w'’ʼ-]){_lexicon.WEAPON_STEM}{_W}"
    r"(?:\s+(?:«[^»]{1,40}»|тип[уа]\b|[\w-]*\d[\w-]*|(?-i:[A-ZА-ЯІЇЄҐ][\w'’ʼ-]*))){0,2}\s*,?\s*"
    r"(?:[\w'’ʼ-]+\s+){0,3}$",
    _I,
)  # a weapon right before the clause of its use: "дронами «Шахед», які використовують", "Беспилотники, которые
# используют", "ударними БпЛА типу «Шахед», які використовує" (its name or type only between: not a site after the
# weapon, "Дронами уражено нафтобазу, яку використовують")
_WORD = re.compile(r"[\w'’ʼ-]+")
_WEAPON_NEXT = re.compile(rf"\s*(?:[\w'’ʼ-]+\s+)?(?:«\s*)?(?<![\w'’ʼ-]){_lexicon.WEAPON_STEM}", _I)


def weapon_follows(text: str, end: int) -> bool:
    """Whether a weapon's word comes right after a use or supply word ending at ``end``, or one word later, or in
    quotes: what is used is the weapon, not the site ("використовують дрони", "which forces used Shahed drones to
    hit", "используют «Шахеды»"); ``end`` may fall inside the verb, whose rest is then the word skipped."""
    return _WEAPON_NEXT.match(text, end) is not None


def _serves(text: str, m: re.Match[str], start: int) -> bool:
    """Whether a supply or use word names the side after it as the one a site serves ("постачання пального російським
    окупантам", "нефтебазу, которую используют российские захватчики"): not a weapon's user ("дронами «Шахед», які
    використовують російські окупанти", "Беспилотники, которые используют ВСУ", "використовують дрони"), whose side
    is the striker, nor the word opening its clause, whose side is the inverted subject ("Постачання світла російські
    окупанти порушили ударом")."""
    before = text[start : m.start()].rstrip()
    if not before or before[-1] in ",:;.!?—–":
        return False  # the word opens its clause (in any sentence, not only the text's first)
    if _WEAPON_USED.search(text, max(start, m.start() - 80), m.start()):
        return False
    verb = _WORD.match(text, m.start())
    return verb is None or not weapon_follows(text, verb.end())


# a verb of saying or accusing in Russian and Ukrainian, and an adverb between a speaker and it (the lexicon's)
_SAYING_RU_UK = _lexicon.SAYING_RU_UK
_SAYING_ADVERB = _lexicon.SAYING_ADVERB
# a verb of saying or accusing: a title's field ends before it ("министр заявил об атаке Украины" names no Ukrainian)
_SAYING = rf"(?:{_SAYING_RU_UK}|said|says|accus|told)"
# a word of a title's field ("министра энергетики Украины", "віцепрем'єр-міністра з відновлення України"): not a verb
# (of saying, or any past form: "МИД России назвал удары Украины"), not Russia or its proxies, not a preposition of
# topic or stance ("Министерство обороны России против Украины", "посол ... о действиях Украины"; but "по" of a
# portfolio is the title's: "вице-премьер-министр по восстановлению Украины", "министр по делам ветеранов Украины")
_FIELD_WORD = (
    rf"(?!{_SAYING}|назва|назыв|нарік|поскарж|пожалова|виступ|выступ|"
    r"(?:России|Росії|РФ|ЛНР|ДНР|против|проти|о|об|про)\b|по\b(?!\s+(?:делам|вопросам|[\w'’ʼ-]+нию)\b)|[\w'’ʼ-]{2,}(?:[аяиыу]л[аио]?|ив)\b)[\w'’ʼ-]+"
)
_FIELD_WORD_EN = rf"(?!{_SAYING}|complain|spoke|speak|russia|[\w'’-]+ed\b)[\w'’-]+"
# Ukraine's ministers of the war years, by the stem of the surname: a name after a minister's title is Ukraine's only
# when it is one of them ("міністр енергетики Герман Галущенко"), as any capitalised word may be a country
# ("Прем'єр-міністр Великої Британії", "Міністр оборони Російської Федерації") or a foreign minister's name ("Міністр
# оборони Андрій Білоусов")
_UA_MINISTER_NAME = (
    r"(?:Галущенк|Гринчук|Шмигал|Свириденк|Кулеб|Кубраков|Умєров|Федоров|Клименк|Сибіг|Стефанишин|Соболев|Марченк|"
    r"Бережн|Камишін|Смєтанін|Резніков)[а-яіїєґ'’ʼ]*\b"
)
# a minister's title in Ukrainian spelling, its field in lower case ("міністр розвитку громад і територій",
# "віцепрем'єр-міністр з відновлення"), then Ukraine, a verb of saying or one of Ukraine's ministers by name: not a
# country's name after it ("міністр закордонних справ Угорщини", "прем'єр-міністр Словаччини Фіцо"), nor Russia in
# the field ("міністр оборони рф"), nor a side's adjective before it ("російський міністр")
_UA_MINISTER = (
    r"(?<![\w'’ʼ-])(?<!ський\s)(?<!ського\s)(?<!ському\s)(?<!ським\s)"
    r"(?:віце-?прем['’ʼ]?єр(?:-?міністр)?|прем['’ʼ]?єр-?міністр|міністр)(?:а|ом|ові|у|ка|ки)?"
    r"(?-i:(?:\s+(?!(?:рф|росії|росія|російськ\w*)\b)[а-яіїєґ'’ʼ-]+){0,4}?"
    rf"\s+(?:України\b|(?:[А-ЯІЇЄҐ][а-яіїєґ'’ʼ-]+\s+)?{_UA_MINISTER_NAME}|(?:{_SAYING_RU_UK})))"
)
# Russia named as "the aggressor country" or "state" in Ukrainian media ("країни-агресора", "держави-агресорки",
# "країни агресора"), and its ministry of defence so named
_AGGRESSOR = r"(?:країни|держави|страны|государства)[\s‑–-]+агрес+ор\w*"
_AGGRESSOR_MOD = (
    rf"(?:міноборони|міністерств\w*\s+оборони|минобороны|министерств\w*\s+обороны)\s+{_AGGRESSOR}|"
    r"(?:ministry\s+of\s+defen[cs]e|defen[cs]e\s+ministry)\s+of\s+the\s+aggressor\s+(?:country|state)|"
    r"aggressor(?:\s+(?:country|state))?['’]s\s+(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e)"
)


def _figures_cited(adjective: str, english: str) -> str:
    """A side's own figures cited as the source ("По украинским данным", "по официальным украинским данным", "Згідно з
    українськими даними", "according to Ukrainian data"), not the figures of its monitors, journalists or media ("По
    украинским данным мониторинговых каналов"): a claimant, below a speaker named in the same sentence."""
    return (
        r"(?:\b(?:по|за|согласно)|\bзгідно\s+(?:з|із))\s+(?:[\w-]+(?:ым|им|ім|ыми|ими|іми)\s+)?"
        rf"(?:{adjective})\w*\s+дан\w*\b(?!\s+(?:мониторинг|моніторинг|журналист|журналіст|СМИ|ЗМІ))|"
        rf"\baccording\s+to\s+(?:(?:official|preliminary)\s+)?(?:{english})\s+(?:data|figures)\b"
    )


_CLAIMANT_RUS = re.compile(
    r"(?:russia's|russian)\s+(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|mod|foreign\s+ministry|officials|"
    r"emergencies\s+ministry|investigative\s+committee)|(?:moscow|russia|kremlin|russian)-(?:installed|appointed|backed)|\b(?:aksyonov|aksenov|razvozhayev|pushilin|"
    r"pasechnik|balitsky|saldo)\b|аксенов\w*|аксьонов\w*|развожаев\w*|пушилин\w*|пушилін\w*|пасечник\w*|балицк\w*|"
    r"сальдо\b|(?-i:\bМинобороны\b(?!\s+Украин)|\bМЧС\b|\bСК\s+России)|"
    # a capital or the country for its government, as a speaker: "Москва обвинила", "В России заявили"
    rf"(?-i:\bМосква|\bКремль|\b[Вв]\s+России|\b[Вв]\s+Москве|\bРоссия)\s+(?:(?:{_lexicon.SAYING_ADVERB_RU})\s+)?"
    r"(?:обвини|заяви|сообщи|утвержда|подтверди|опроверг)\w*|"
    r"according\s+to\s+(?:russia|moscow|the\s+kremlin)\b|"
    r"(?-i:\bTASS\b|\bRIA\s+Novosti\b|\bInterfax\b(?!-Ukraine)|ТАСС|РИА\s+Новости)|"
    r"\bkremlin\b|\bpeskov\b|\bzakharova\b|\bmoscow\s+(?:said|says|claimed|accused)|\brussia\s+(?:said|says|claimed|"
    r"accused|denied|denies|reported)|минобороны\s+росси\w*|\bМО\s+РФ\b|кремл\w*|пескова?\b|захаров\w*|"
    r"міноборони\s+рф|мінобороні\s+рф|\bмо\s+рф\b|\bМЗС\s+рф|\bМИД\s+Росси\w*|"
    # Ukrainian for the same: "Росія звинувачує", "У РФ заявили", "У Міноборони росії заявили"
    rf"(?-i:\b[УуВв]\s+(?:Росії|росії|РФ|рф)|\bРосія|\bросія|\bМосква|\bКремль)\s+(?:(?:{_lexicon.SAYING_ADVERB_UK})\s+)?"
    r"(?:заяви|повідоми|повідомля|звинувати|звинувачу|стверджу|підтверди|спростов|спростува|заявля)\w*|"
    r"міноборони\s+росії|міністерств\w*\s+оборони\s+(?:рф|росії)|генштаб\w*\s+(?:(?:вс|зс)\s+)?(?:рф|росси\w*|росії)|"
    r"ministry\s+of\s+defen[cs]e\s+of\s+(?:the\s+)?(?:russian\s+federation|russia)|(?-i:\bMO\s+RF\b)|"
    # the authorities Russia installed in occupied land speak for Russia
    r"окупаційн\w*\s+(?:влад|адміністраці|голов|глав|губернатор|керівни|очільни)\w*|гауляйтер\w*|"
    r"оккупационн\w*\s+(?:власт|администраци|глав|губернатор|руководств)\w*|occupation\s+authorities|"
    + _figures_cited("российск|російськ", "russian"),
    _I,
)
_CLAIMANT_UKR = re.compile(
    r"(?:ukraine's|ukrainian)\s+(?:(?:first\s+)?(?:deputy|vice)[\s-]+)?(?:general\s+staff|military(?!-|\s+administration)|air\s+force|officials?|president|foreign\s+ministry|"
    r"energy\s+ministry|navy|sbu|defen[cs]e\s+ministry|(?:state\s+)?emergency\s+service|prosecutor|police|"
    rf"interior\s+ministry|prime\s+minister|(?:[\w-]+\s+)?minister)|(?-i:\bДСНС\b|\bМіноборони\b(?!\s+(?:рф|РФ|Росії|росії|(?i:{_AGGRESSOR}))))|\bzelensk(?:yy|iy|yi|y|i)\b|\bukrenergo\b|\bkyiv\s+(?:said|says|claimed|"
    r"accused)|\bukraine\s+(?:said|says|claimed|accused|denied|denies|reported)|генштаб\w*\s+зсу|генеральн\w+\s+штаб\w*|"
    r"повітрян\w+\s+сил\w*|зеленськ\w*|сибіг\w*|"
    # the President's Office and its advisers ("советник главы Офиса президента Украины Подоляк")
    r"офис\w*\s+президента\s+украины|офіс\w*\s+президента|office\s+of\s+the\s+president\s+of\s+ukraine|"
    r"(?:ukraine's|ukrainian)\s+presidential\s+office|подоляк\w*|podol(?:y|i)ak|"
    # Russian-language pages: the president as the speaker ("— сообщил Зеленский", "Зеленский заявил")
    r"(?:заяви|сообщи|отмети|сказа|рассказа|написа|подчеркну|добави)\w*\s+(?:президент\w*\s+)?(?:Украины\s+)?"
    r"(?:Владимир\s+)?Зеленск\w*|Зеленск\w*\s+(?:заяви|сообщи|отмети|сказа|утвержда|обвини|подчеркну)\w*|"
    # titles and bodies: "керівник ЦПД при РНБО", "в.о. міського голови", "в ЗСУ підтвердили", "пресслужба Сил
    # безпілотних систем"
    r"(?-i:\bЦПД\b|\bЦПИ\b|\bРНБО\b|\bСБС\b)|міськ\w*\s+голов\w*|"
    r"\b[Вву]\s+(?-i:ЗСУ|ВСУ|СБУ|ГУР|ССО)\s+(?:заяви|повідоми|підтверди|зазначи|сообщи|подтверди|відзначи)\w*|"
    # Ukraine's security and intelligence services as speakers, not as strikers ("джерела в українській розвідці",
    # "источник в СБУ", "a source in Ukraine's SBU told", "ГУР повідомило")
    r"(?:джерел\w*|источник\w*)\s+(?:[\w'’ʼ-]+\s+)?(?:в|у|из|з)\s+(?:(?:українськ|украинск)\w*\s+)?"
    r"(?:розвідц\w*|разведк\w*|спецслужб\w*|(?-i:СБУ|ГУР|ССО)\b(?!\s+(?:России|Росії|РФ)))|(?-i:\bСБУ|\bГУР)\s+(?:повідоми|заяви|сообщи|підтверди|"
    r"подтверди)\w*|\bsources?\s+(?:in|at|with|from)\s+(?:ukraine['’]s\s+|the\s+(?:ukrainian\s+)?)?(?-i:SBU|HUR)\b|"
    r"\bsources?\s+(?:in|at|with|from)\s+(?:ukraine['’]s|the\s+ukrainian)\s+(?:military\s+intelligence|security\s+service)|"
    r"сил\w*\s+безпілотн\w*\s+систем\w*|укренерго|укрэнерго|генштаб\w*\s+всу|(?-i:ДТЭК)|міненерго|міненергетики|міністерств\w*\s+енергетики(?!\s+(?:рф|росії))|минэнерго\s+украины|"
    r"министерств\w*\s+энергетики\s+украины|ministry\s+of\s+energy\s+of\s+ukraine|(?-i:ОВА\b|\bОГА\b|\b[Гг]олов[аи]\b)|\bОДА\b|\bnaftogaz\b|(?-i:\bНафтогаз(?:[уіа]|ом|ові|і)?\b)|"
    # a minister in Ukrainian spelling with no country (or Ukraine) in the title: Ukraine's own ("міністр енергетики
    # Герман Галущенко", "Віцепрем'єр-міністр з відновлення Олексій Кулеба повідомив"), not a foreign or Russian one
    # ("міністр закордонних справ Угорщини", "прем'єр-міністр Словаччини Фіцо", "російський міністр", "міністр РФ")
    rf"{_UA_MINISTER}|"
    r"(?<!civil\s)(?<!civilian\s)(?<!-)\b(?:regional|oblast|city|district)\s+(?:state|military)\s+administration|"
    r"\bdtek\b|\bДТЕК\b|ukrainian\s+(?:war\s+)?(?:correspondent|journalist)s?|according\s+to\s+(?:ukraine|kyiv)\b|(?-i:\bUkrinform\b|Укрінформ)|"
    # the General Staff with no country, the Air Force and the regional commands in Russian and Ukrainian ("заявили у
    # Генштабі", "уточнили в Воздушных силах", "Силы обороны юга"); Russia's staff has its country or its chief named
    # (the whole word before each look-ahead, so that "Генштаба РФ" does not match as "Генштаб" + "а РФ")
    r"\bгенштаб\w*\b(?!\s+(?:(?:вс|зс|збройних\s+сил|вооруж[её]нных\s+сил)\s+)?(?:рф|росі|росси|армі\w*\s+росі|армии\s+росси))"
    r"(?![^.\n]{0,60}(?-i:Герасимов))|воздушн\w+\s+сил\w*\b(?!\s+(?:рф|росси))|"
    r"сил\w*\s+оборони\s+(?:півдня|півночі|сходу|заходу)|сил\w*\s+обороны\s+(?:юга|севера|востока|запада)|"
    # a title or body with the country after its field ("министра энергетики Украины", "віцепрем'єр-міністра з
    # відновлення України", "minister of energy of Ukraine"), not a verb of saying before a country hit
    rf"(?:\b(?:министр|міністр|віце-?прем|вице-?премьер|прем['’ʼ]?єр|премьер|посол|посл[аоу]|омбудсмен|уповноважен|"
    rf"уполномоченн|прокурор|прокуратур|минист|мініст|(?-i:МВД|МВС|МЗС|МИД))[\w'’ʼ-]*"
    rf"(?:\s+{_FIELD_WORD}){{0,3}}?\s+(?-i:Украины|України)\b|"
    rf"\b(?:minister|ministry|prosecutor|ombudsman|ambassador)\s+(?:{_FIELD_WORD_EN}\s+){{0,3}}?of\s+ukraine\b(?!['’]s))|"
    # the bodies only Ukraine has: regional power distributors ("Сумиобленерго", "Черниговоблэнерго") and the military
    # administrations of its oblasts and towns, named in full ("областной военной администрации", "міської військової
    # адміністрації"; Russia's occupation bodies are "военно-гражданские")
    r"обл[еэ]нерго\w*|(?<![\w-])військов\w*\s+адміністраці\w*|(?<![\w-])военн\w*\s+администраци\w*|"
    r"обласн\w*\s+прокуратур\w*|" + _figures_cited("украинск|українськ", "ukrainian"),
    _I,
)
# the words a speaker and its verb may have between them: an aside, a day, an adverb ("Kyiv additionally claimed",
# "Ukraine in turn has accused", "Russia, the world's second biggest oil exporter, said on Wednesday")
# (not an aside that makes the name a city, "Kyiv, the capital, reported no attacks"; not a war that claimed lives,
# "Russia's war on Ukraine has claimed thousands of lives"; not an outlet after the verb, "reported the BBC")
_SPEECH_VERB = (
    r"(?:,\s+(?:the|a|an|which|who)\s(?![^,.;\n]*\b(?:capital|city)\b)[^,.;\n]{2,60},)?"
    r"(?:\s+(?:on\s+\w+|in\s+turn|also|again|additionally|too|earlier|has|have|had|officially|later|further|"
    r"repeatedly))*\s+(?!claim\w*\s+(?:the\s+)?(?:lives\b|\d|[\w-]+\s+(?:of\s+)?(?:lives|people|civilians)\b))"
    r"(?:said|says|say|claimed|"
    r"claims|claim|reported|reports|report|stated|states|announced|added|denied|denies|deny|accused|accuses|"
    r"emphasi[sz]ed|emphasi[sz]es?|stressed|stresses|noted|notes|wrote|confirmed|insisted|alleged|alleges|"
    r"rejected|rejects|refuted|refutes|dismissed|dismisses|told)\b"
    r"(?!(?<!told)\s+(?:the\s+)?(?-i:BBC|AFP|AP|Reuters|CNN|Bloomberg|Interfax|TASS|RIA|Ukrinform)\b)"
)
# the words of an official's body after the side's adjective, not another side ("officials from Ukrainian and Russian
# delegations said" are no one side)
_BODY_WORDS = r"(?:\s+(?!(?:and|or|russian|ukrainian|russia's|ukraine's)\b)[\w'’-]+){1,3}?"
# a name after a preposition is a place, not the speaker ("a woman in Kyiv told AFP", "residents of Moscow told")
_NOT_AFTER_PREPOSITION = r"(?<!\b(?:on|in|of|at|to)\s)(?<!\b(?:from|over)\s)(?<!\bacross\s)(?<!\bagainst\s)"
# a body of a side's state or army named by the side's adjective ("українські військові повідомили", "российская
# сторона заявила", "Украинское Минэнерго пишет", "по данным украинских военных"): the side speaks, not its
# journalists ("по данным украинских журналистов" is no side's word)
_BODY_RU_UK = (
    r"\s+(?:сторон|военн|військов|власт|влад|командован|командуван|министерств\w*\s+\w+|міністерств\w*\s+\w+|"
    r"минэнерго|міненерго|официальн\w*\s+лиц|офіційн\w*\s+особ|чиновник|посадовц|спецслужб|генштаб)\w*"
)
# the same bodies in the nominative, for the side as the subject of a verb of saying: not the side accused or told
# ("российских военных обвинили", "российской стороне сообщили" have an unnamed speaker)
_BODY_RU_UK_NOM = (
    r"\s+(?:сторона|военн(?:ый|ые)|військов(?:ий|і)|власти|влада|командование|командування|министерство\s+\w+|"
    r"міністерство\s+\w+|минэнерго|міненерго|официальн(?:ое|ые)\s+лиц[оа]|офіційн[аі]\s+особ[аи]|чиновники?|"
    r"посадов(?:ець|ці)|спецслужб[аыи]|генштаб)\b"
)
_SAYS_RU_UK = rf"(?:\s+{_SAYING_ADVERB})?\s+{_SAYING_RU_UK}\w*"
_BODY_EN = r"(?:military|army|armed\s+forces|general\s+staff|navy|authorities|officials?|side)"
# a body's bloggers, experts or sources are no side ("according to Russian military bloggers", "по данным украинских
# военных экспертов")
_NOT_THE_BODY = (
    r"\b(?!\s+(?:блогер|военкор|эксперт|експерт|аналитик|аналітик|корреспондент|кореспондент|источник|джерел|журналист|"
    r"журналіст|(?:bloggers?|experts?|analysts?|sources?|correspondents?|journalists?|commentators?)\b))"
)


def _side_speaks(adjective: str, country: str, capital: str) -> str:
    """The forms of a side named as a speaker in Russian and Ukrainian (by its adjective and a body, by its name or
    capital with a verb of saying, or as the source cited) and of its body cited in English."""
    return (
        rf"(?<![\w-])(?:{adjective})(?:ий|ый|ая|ое|ие|ые|а|е|і){_BODY_RU_UK_NOM}{_SAYS_RU_UK}|"
        rf"(?-i:\b(?:{country}|{capital}))(?:\s+{_SAYING_ADVERB})?\s+"
        rf"(?:заяви|сообщи|повідоми|стверди|утвержда|стверджу)\w*|"
        rf"(?:{_lexicon.SOURCE_CUE})\s*(?:the\s+)?(?:{adjective})\w*(?:['’]s)?(?:{_BODY_RU_UK}|\s+{_BODY_EN}){_NOT_THE_BODY}"
    )


def _side_speaks_en(owner: str, adjective: str, country: str, names: str, *, own_forces: bool = False) -> str:
    """The forms of a side named as a speaker in English, with the verb of saying after them: by its owner's word and a
    body ("Ukraine's military claimed"), as a body of the country ("The General Staff of the Armed Forces of Ukraine
    said"), as an official in one of its bodies ("an official in Ukraine's Security Service told"), or by its name alone
    ("Ukraine on Friday said", "Kyiv additionally claimed"). `own_forces`: its defence forces and air force are bodies
    too, and its navy one of the country."""
    defence, air, navy = (r"defen[cs]e\s+forces|", r"air\s+force|", r"navy|") if own_forces else ("", "", "")
    return (
        rf"(?:\b(?:{owner})\s+(?:senior\s+)?(?:military|army|armed\s+forces|{defence}general\s+staff|navy|{air}"
        rf"authorities|officials?|side)|\b(?:general\s+staff|armed\s+forces|{defence}{air}{navy}"
        rf"(?:defen[cs]e\s+)?ministry(?:\s+of\s+defen[cs]e)?)\s+of\s+(?:the\s+)?{country}|"
        rf"\b(?:officials?|spokes(?:man|woman|person)|representatives?)\s+(?:in|at|of|for|from|with)\s+(?:the\s+)?"
        rf"(?:{adjective}){_BODY_WORDS}|\b{_NOT_AFTER_PREPOSITION}(?:{names})(?!['’-])){_SPEECH_VERB}"
    )


# a verb of saying, denying or boasting, for the aggressor's ministry (after it, or before it with "в"/"у")
_SAYING_AGGRESSOR = rf"(?:{_SAYING_RU_UK}|{_lexicon.DENY_RU_UK}|спростува|(?:по)?хвал|вихваля)\w*"
_SAYS_AGGRESSOR = rf"(?:\s+{_SAYING_ADVERB})?\s+{_SAYING_AGGRESSOR}"
_SPEAKER_UKR = re.compile(
    _side_speaks_en(
        r"ukraine's|ukrainians?|kyiv",
        "ukraine's|ukrainian",
        r"(?:armed\s+forces\s+of\s+)?ukraine",
        "ukraine|kyiv",
        own_forces=True,
    )
    + f"|{_side_speaks('украинск|українськ|ukrainian|ukraine', 'Украина|Україна', 'Киев|Київ')}",
    _I,
)  # "The General Staff of the Armed Forces of Ukraine said", "Ukraine's military claimed"
_SPEAKER_RUS = re.compile(
    _side_speaks_en(
        "russia's|russian|moscow",
        "russia's|russian",
        r"(?:russian\s+federation|russia)",
        r"russia|moscow|the\s+kremlin",
    )
    + f"|{_side_speaks('российск|російськ|russian|russia', 'Россия|Росія', 'Москва|Кремль')}|"
    # Russia's ministry of defence named as the aggressor country's, with a verb of saying next to it ("У Міноборони
    # країни-агресора заявили", "заявили в Міноборони держави-агресора", "the aggressor country's defence ministry
    # said") or as the source cited; not named in another's words ("Міноборони України спростувало заяву Міноборони
    # країни-агресора", "Міноборони країни-агресора бреше")
    + rf"(?:{_AGGRESSOR_MOD})(?:{_SAYS_AGGRESSOR}|{_SPEECH_VERB}|\s+(?:boasted|boasts|bragged)\b)|"
    + rf"(?<![\w-]){_SAYING_AGGRESSOR}\s+(?:в|у)\s+(?:{_AGGRESSOR_MOD})|"
    + rf"(?:{_lexicon.SOURCE_CUE})\s*(?:the\s+)?(?:{_AGGRESSOR_MOD})",
    _I,
)  # "Russia's military claimed", "the Defence Ministry of Russia said"
_CLAIMANT_USA = re.compile(
    r"\b(?:kellogg|witkoff|rubio|white\s+house|state\s+department|trump)\b|келлог\w*|віткофф\w*|уиткофф\w*|рубіо|рубио|"
    r"білий\s+дім|білого\s+дому|белый\s+дом|белого\s+дома|держдеп\w*|госдеп\w*",
    _I,
)
_INDEPENDENT = re.compile(
    r"(?-i:\bASTRA\b|(?<!Opel\s)\bAstra\b(?!\s+Linux)|Астра\b|\bVOA\b|Reuters|\bBBC\b|Meduza|Медуза|«?Проект»?|Проєкт|\bAP\b|Bloomberg|"
    r"Financial\s+Times|New\s+York\s+Times|Washington\s+Post|Верстка|\bОВД-Инфо|Agentstvo|Агентство)"
)
_LEAD_LABEL = re.compile(r"[^\w«\"]{0,12}(?P<who>[^:\n.!?—–]{2,40}?)\s*:")  # "❗️Проект «Система»: ..."
_ATTRIBUTION = re.compile(r"(?:[,.!»\"”]\s*|\s)[—–]\s*(?P<who>[^—–\n]{2,90}?)\s*(?:[.;]|\n|$)")
_LOCATIVE_RF = re.compile(
    r"(?:област\w*|обл\.|кра[йюїея]\w*|район\w*|округ\w*|територі\w*|территори\w*|регион\w*|регіон\w*|"
    r"(?!(?:Удар[иыа]?|Атак[аиу]|Арми[яи]|Армі[яї]|Войск[аи]?|Військ[аи]?|Обстр[еі]л[иыа]?|Сил[аиы])\s*,?\s*$)"
    r"[А-ЯЁІЇЄҐ][\w'’ʼ-]+|"
    r"(?<![\w'’ʼ-])[увУВ]|"
    r"\b(?:зон[аеиуіы]|зоною|зоной|вод(?:ах|ам|ами|ы|и)|(?:теневого|тіньового)\s+флот[ауі]?)[»\"“”]?)\s*,?\s*$"
)  # "у Ростовській області рф", "в Краснодарском крае РФ", "станції «Суджа» у РФ": where, not who; but a strike's
# or a force's noun is no place: "Удари РФ по газових об'єктах", "Армія РФ атакувала ..." name the striker; whose
# sea or ships ("в экономической зоне РФ", "у територіальних водах РФ", "танкер \"тіньового флоту\" РФ"): the side
# hit, not the one that struck
# "постачання нафти з рф до Угорщини", "oil from Russia to Hungary": where goods flow from, not who acted
_ROUTE_FROM = re.compile(
    r"\b(?:постача|поставк|транзит|експорт|экспорт|імпорт|импорт|прокач|нафт|нефт|газ|oil|gas|suppl|export|import|"
    r"transit|deliver)[\w'’ʼ-]*(?:\s+[\w'’ʼ-]+){0,2}\s+(?:з|із|зі|из|from)\s+$",
    _I,
)
_ROUTE_TO = re.compile(r"\s+(?:до|в|во|у|на|to|into)\s", _I)
_LOCAL_AUTHORITY = re.compile(
    rf"\b(?:governor|mayor|local\s+(?:officials|authorities)|authorities|regional\s+(?:administration|government)|"
    rf"city\s+council|military\s+administration|emergency\s+(?:headquarters|services)|operational\s+headquarters|"
    rf"губернатор{_W}|мэр{_W}|мер\b|мера\b|власт{_W}|влад[аиіу]\b|владою|администраци{_W}|адміністраці{_W}|"
    rf"уряд{_W}\s+\w+\s+област{_W}|правительств{_W}\s+\w+\s+област{_W}|міськ{_W}\s+рад{_W}|міськрад{_W}|"
    rf"оперштаб{_W}|оперативн{_W}\s+штаб{_W}|глав[аыеу]\s+(?:региона|республики|области|города|округа|района|"
    rf"[А-ЯЁ]\w+\s+(?:области|района|округа))|(?-i:ОВА|ОДА|МВА))",
    _I,
)
_OTHER = {"RUS": "UKR", "UKR": "RUS"}


@dataclass(frozen=True)
class Actor:
    """A side named in the text as having acted."""

    start: int
    end: int
    party: str


def opponent(party: str | None) -> str | None:
    """The other side of a party of this war (``None`` for others)."""
    return _OTHER.get(party or "")


# a drone arm's name that is no proof of Ukraine: Russia has its own drone troops ("Russia's new Unmanned Systems
# Forces", "A Russian regiment of unmanned systems", "Российские силы беспилотных систем"), so such a name with a
# Russian word up to ~30 characters before it in its clause is no Ukrainian actor (review 44 E M2, audit S20 A item 8)
_DRONE_ARM = re.compile(rf"{_DRONE_ARM_EN}|(?:полк|сил){_W}\s+{_DRONE_SYSTEMS}", _I)
_RUS_BEFORE = re.compile(r"\b(?:russian|russia['’]s|российск\w*|рф)\b(?:(?!\bby\b)[^.,;!?]){0,30}$", _I)


def find_actors(text: str, start: int, end: int, source_party: str | None) -> list[Actor]:
    """The sides named as actors in ``text[start:end]``, in order. Left out: sides named as the ones hit (unless the
    attack verb right after them makes them its subject: "подразделения ВСУ нанесли удар"), "рф" as a place ("у
    Ростовській області рф"), a side where goods flow from ("постачання нафти з рф до Угорщини") and sides named as
    speakers."""
    found: list[Actor] = []
    for pattern, party in ((_UKR, "UKR"), (_RUS, "RUS")):
        for m in pattern.finditer(text, start, end):
            if (
                party == "UKR"
                and _DRONE_ARM.match(text, m.start())
                and _RUS_BEFORE.search(text, max(start, m.start() - 40), m.start())
            ):
                continue
            found.append(Actor(m.start(), m.end(), party))
    headline = [
        Actor(m.start(), m.end(), p)
        for pat, p in ((_HEAD_UKR, "UKR"), (_HEAD_RUS, "RUS"))
        for m in pat.finditer(text, start, end)
        if not any(a.start < m.end() and m.start() < a.end for a in found)
    ]
    found += headline
    enemy = opponent(source_party)
    if enemy is not None:
        for m in _ENEMY.finditer(text, start, end):
            found.append(Actor(m.start(), m.end(), enemy))
    if source_party in _OTHER:
        for pattern in (_OWN, _WE):
            for m in pattern.finditer(text, start, end):
                found.append(Actor(m.start(), m.end(), str(source_party)))
    # "Вооружённых сил Украины (ВСУ)": an abbreviation in brackets after the name is that name again, hit or acting
    again = [
        a
        for a in found
        if text[a.start - 1 : a.start] == "(" and any(b.end in (a.start - 1, a.start - 2) for b in found)
    ]
    agents = [
        a
        for a in found
        if a not in again
        and not (_hit_cue(text, a, start) and not _unit_acts(text, a, start))
        and not (text[a.start : a.end].lower() == "рф" and _LOCATIVE_RF.search(text, max(start, a.start - 40), a.start))
        and not (_ROUTE_FROM.search(text, max(start, a.start - 60), a.start) and _ROUTE_TO.match(text, a.end))
        and not _speaks(text, a, start)
        and not (_FROM_COUNTRY.match(text, a.start) and not _from_side_acts(text, a, start))
        and not _DEFENDS.match(text, a.end)
        and not _KEEPS_TRUCE.match(text, a.end)
        and not _lexicon.FIGURATIVE_AFTER.match(text, a.end, end)  # "hits Russia with new sanctions"
        and not _HELD_BY.search(text, max(start, a.start - 40), a.start)
        and not (
            _AGENT_ONLY.match(text, a.start)
            and (
                _WITH_BEFORE.search(text, max(start, a.start - 12), a.start)
                or (
                    text[a.start : a.start + 2].lower() == "by"
                    and not _PASSIVE_BEFORE.search(text, max(start, a.start - 50), a.start)
                )
            )
        )
    ]

    def other_side_in_sentence(a: Actor, agents: list[Actor]) -> bool:
        """Whether one of ``agents`` of the other side is named in the sentence of ``a``."""
        return any(
            b.party != a.party and _ONE_SENTENCE.fullmatch(text, min(a.end, b.end), max(a.start, b.start))
            for b in agents
        )

    # a side's adjective on an attack noun after "after" names an earlier attack when another side is named in the
    # sentence ("After Russian strikes, Ukrainian drones hit ..."; _hit_cue takes "в ответ на", "despite")
    agents = [
        a
        for a in agents
        if not (
            _ATTACK_OF_SIDE.search(text[a.start : a.end])
            and _AFTER_BEFORE.search(text, max(start, a.start - 30), a.start)
            and other_side_in_sentence(a, agents)
        )
    ]
    # a capital as the subject of a launch or strike verb ("Moscow launched 116 drones") is no side when its sentence
    # names the other side's actor outright ("Moscow ... after Ukrainian drones hit", review 45 A H2) (an actor that
    # starts where _CAPITAL_SIDE matches is always that capital alternative of _RUS or _UKR, ending where it ends: no
    # earlier alternative of either list starts with "moscow" or "kiev" and goes on as it does)
    agents = [
        a for a in agents if not (_CAPITAL_SIDE.match(text, a.start) is not None and other_side_in_sentence(a, agents))
    ]
    # a side named later in the sentence wins over a headline's name ("Ukraine strikes: Russian drones hit ...")
    agents = [
        a
        for a in agents
        if a not in headline
        or not any(
            b.start >= a.end and b not in headline and _ONE_SENTENCE.fullmatch(text, a.end, b.start) for b in agents
        )
    ]
    agents.sort(key=lambda a: a.start)
    return agents


_HELD_BY = re.compile(
    rf"\b(?:окупован{_W}|оккупирован{_W}|захоплен{_W}|захвачен{_W}|контрольован{_W}|контролируем{_W}|"
    rf"occupied|controlled|held|seized)\s+(?:(?:by|the|самими|самыми)\s+)*$",
    _I,
)
"""A side after "occupied (by)" ("Криму, тимчасово окупованого росіянами", "occupied by Russian forces") holds the
place: it is not named as acting."""
_AGENT_ONLY = re.compile(r"(?:[Рр]осіянами|[Рр]оссиянами|by\s+(?:the\s+)?Russians)\b")
"""The bare instrumental "росіянами/россиянами" and "by (the) Russians": the striker only as a passive's agent."""
_PASSIVE_BEFORE = re.compile(
    rf"(?<![\w'’ʼ-])(?:{_W}[нт](?:ий|ая|ое|ые|ый|а|е|о|і|ою|ую|ого|ої|их|ых)?|{_W}(?:ся|сь)|сам(?:ими|ыми)|"
    rf"attacked|struck|hit|shelled|fired|launched|targeted|bombed|pounded|carried\s+out)\s+"
    rf"(?:(?!(?:з|із|зі|с|со|над|між|между)\s){_W}\s+)?$",
    _I,
)
"""A passive participle or a "-ся/-сь" verb up to two words before that agent ("обстріляна росіянами",
"обстрілювалась самими росіянами", "shelled by the Russians"); not "з росіянами" ("with the Russians")."""
_WITH_BEFORE = re.compile(r"(?<![\w'’ʼ-])(?:з|із|зі|с|со|над|між|между|with)\s+(?:the\s+)?$", _I)
"""A "with" word right before "росіянами" ("з росіянами", "после встречи с россиянами"): no striker. Any other
"росіянами" is a passive's agent, before its verb too ("Росіянами було обстріляно", "обстрел россиянами");
"by the Russians" only after an attack participle ("shelled by the Russians", not "condemned by the Russians")."""
_ADVERBS = r"(?:(?:вже|уже|знову|вновь|снова|також|также|успішно|успешно|again|also|successfully|have|has|had)\s+)*"
# ("уже", "also", "had") between a side and its verb, for _DEFENDS and _ACTS_AFTER
_FIGHTS_OFF = (
    rf"(?:відбива{_W}|відбитт{_W}|отража{_W}|отражени{_W}|(?-i:боро[лт]|бори(?!с)){_W}|захища{_W}|защища{_W}|"
    rf"(?:чтобы|щоб)\s+(?:відбити|отразить)|repel{_W}|fought\s+off|fend{_W}\s+off)"
)  # a side fighting attacks off, a few words on or in a clause of its own (for _DEFENDS)
# a side keeping the truce ("ВС РФ строго соблюдали Пасхальное прекращение огня, в то время как Украина ... наносила
# удары", "Сили оборони неухильно дотримуються домовленостей"): it is said not to strike, so it is no striker; not
# kept for a while only, then broken ("соблюдали перемирие лишь до полуночи, а затем атаковали", "соблюдала мораторий
# всего сутки, после чего нанесла удар", "complied with it only until Friday"): a limit in its clause, or what came
# after at its end
_KEPT_A_WHILE = (
    r"[^,.;!?\n]{0,60}?(?:\b(?:лишь|только|всего|лише|тільки|всього|усього|only|until|till)\b|"
    r",?\s*\b(?:после\s+чего|після\s+чого|а\s+затем|а\s+потом|а\s+потім|затем|потім|and\s+then|but\s+then|then)\b)"
)
_KEEPS_TRUCE = re.compile(
    rf"\s+{_ADVERBS}(?:(?:строго|неукоснительно|полностью|неухильно|чітко|повністю|strictly|fully)\s+)?"
    rf"(?:{_lexicon.KEEPING})(?!{_KEPT_A_WHILE})",
    _I,
)
_DEFENDS = re.compile(
    # "ЗСУ вночі боролися за відбиття ворожих ударів", "Наши военные всю ночь боролись, чтобы отразить удары",
    # "військових, яким довелося відбивати удари", "forces fought off the attack"
    rf"(?:\s+(?:[\w'’ʼ-]+\s+){{0,3}}?{_FIGHTS_OFF}|"
    rf",\s+(?:яким|которым|які|которые|who)\s+(?:[\w'’ʼ-]+\s+)?{_FIGHTS_OFF})|"
    rf"\s+{_ADVERBS}"
    rf"(?:збил{_W}|збив|сбил{_W}|перехопи{_W}|перехвати{_W}|відби{_W}|отби{_W}|отрази{_W}|подави{_W}|"
    # the drones or missiles downed, not a strike made with them ("знищили дронами нафтобазу", "ракетный комплекс")
    rf"(?:знищил{_W}|знищив|уничтожил{_W})\s+(?:\d+\s+)?[\"«„]?(?:шахед(?:ы|и|ів|а|ов)?|дрон(?:ы|и|ів|а|ов)?|"
    rf"(?-i:бпла|БПЛА|БпЛА)|безпілотник(?:и|ів|а)?|беспилотник(?:и|ов|а)?|ракет(?:у|и|ы|а)?)\b|"
    rf"shot\s+down|downed|intercepted|repelled|repulsed|destroyed\s+(?:\d+\s+)?(?:drones|uavs|missiles))",
    _I,
)
"""A side's verb of defence right after it ("наші захисники знищили 10 шахедів", "its forces had repelled a drone
attack", "ЗСУ збили шахед"): the side that defended, not the one that struck."""


_ACTS_AFTER = re.compile(
    rf"\s+{_ADVERBS}"
    rf"(?:завда{_W}|нан[её]с{_W}|атакува{_W}|атаковал{_W}|вдари{_W}|ударил{_W}|уразил{_W}|вразил{_W}|"
    rf"уразив|вразив|поразил{_W}|struck|attacked|hit|targeted|launched)\b",
    _I,
)
# the subject's list of units and bodies runs on to its verb ("подразделения СБС ВСУ, ГУР МО Украины, во
# взаимодействии с ... Сил обороны, нанесли поражение"): commas and words, no sentence end nor preposition of direction
# (an aside that cites a source is an item too: "Подразделения ВСУ, по данным Минобороны, атаковали нефтебазу")
_ACTS_AFTER_LIST = re.compile(
    # a joined item only when a side or unit word follows the conjunction ("units of the Ukrainian Unmanned Forces and
    # Special Operations Forces struck"), not another thing hit ("Позиції ЗСУ та підстанцію ... атакували дрони", review
    # 44 E H1); this also keeps the split into items unambiguous (no backtracking over many "и")
    rf"(?:(?:,\s+|\s+(?:and|і|й|та|и)\s+(?=(?:the\s+)?(?:[\w'’ʼ-]+\s+){{0,3}}?(?:forces|сил{_W}|підрозділ{_W}|"
    rf"подразделени{_W}|units?|(?-i:ССО|ГУР|СБУ|СБС|SBU|HUR))(?![\w'’ʼ-])))(?!(?!{_lexicon.SOURCE_CUE})(?:по|на|on|against)\s)[^.,;:!?\n]{{1,120}}){{1,4}},?"
    rf"{_ACTS_AFTER.pattern}",
    _I,
)
_TOWARD = re.compile(rf"{_AT}(?:[\w'’ʼ«»\"-]+\s+){{0,4}}$", _I)
# the subject's partners between it and its verb, with or without commas ("подразделения ССО ВСУ во взаимодействии с
# другими составляющими Сил обороны нанесли удар", "units ... in cooperation with other components ... struck")
_ACTS_AFTER_PARTNERS = re.compile(
    rf",?\s+(?:во?\s+взаимодействии\s+с|совместно\s+с|[ув]\s+взаємодії\s+з|спільно\s+з|"
    rf"in\s+(?:cooperation|coordination|conjunction)\s+with|together\s+with|jointly\s+with)\s+"
    rf"[^.,;:!?\n]{{1,120}}?,?{_ACTS_AFTER.pattern}",
    _I,
)


_DONE_BY = re.compile(
    rf"(?<![\w'’ʼ-])(?:здійснил{_W}|здійснив|нанесл{_W}|нан[её]с|завдал{_W}|завдав|провел{_W}|провів|осуществил{_W}|"
    rf"(?:was|were)\s+carried\s+out\s+by|(?:was|were)\s+conducted\s+by)\s+"
    rf"(?:(?:військов{_W}|военн{_W}|бійц{_W}|бойц{_W}|воїн{_W}|воин{_W})\s+)?"
    rf"(?:(?:\d+[‑–-]?(?:го|й|ї|ой|ый)?\s+)?(?:полк{_W}|бригад{_W}|батальйон{_W}|батальон{_W})\s+)?"
    rf"(?:(?:підрозділ{_W}|подразделени{_W}|units\s+of|(?:the\s+)?forces\s+of)\s+)?$",
    _I,
)
"""A verb of doing right before a side ("Ураження об'єкта здійснили підрозділи Сил безпілотних систем", "удар
нанесли подразделения ВСУ"): the side is its subject, whatever word of a site comes before the verb."""
_FROM_SIDE = re.compile(rf"{_FROM_SIDE_WORDS}\s", _I)
"""The marker of an agent ("ударов по энергосистеме со стороны России"): the side after it acted, whatever was hit
before it."""
_FROM_COUNTRY = re.compile(rf"{_FROM_SIDE_WORDS}\s+(?-i:{_FROM_UKR}|{_FROM_RUS})\b", _I)
# an attack noun in Russian and Ukrainian, in any case (not "ударн-", "ударные дроны": drones of a kind), for the three
# places a side beside one acted: _FROM_SIDE_ATTACK, _ATTACK_OF, _ATTACK_OF_SIDE
_ATTACK_NOUN = (
    rf"(?:атак{_W}|удар(?:а|у|ом|ы|и|ів|ов|ам|ами|ах)?|обстр[еі]л{_W}|нал[её]т{_W}|наліт{_W}|нальот{_W}|подрыв{_W}|"
    rf"підрив{_W})"
)
_FROM_SIDE_ATTACK = re.compile(
    rf"(?<![\w'’ʼ-])(?:{_ATTACK_NOUN}|(?:нарушени|порушен|агресси|агресі|провокаци|провокаці|нападени|напад){_W})"
    rf"(?:\s+(?!(?:потер|пострадавш|постраждал|жертв|загибл|поранен|ранен)){_W}){{0,4}}\s+$",
    _I,
)
_NOT_THERE = re.compile(
    r"[^.;:!?\n]{0,60}?\b(?:нет|немає|не\s+(?:было|було|бул[аио]|был[аио]?|зафиксирова\w*|зафіксова\w*|отмеч\w*|"
    r"відміч\w*|выявл\w*|виявл\w*|поступа\w*|поступил\w*|надходил\w*|допущ\w*|фиксир\w*|фіксу\w*|зарегистр\w*|"
    r"зареєстр\w*))\b",
    _I,
)  # "атак со стороны Украины не было / не отмечено / нет", "порушень з боку України не виявлено"


def _from_side_acts(text: str, a: Actor, start: int) -> bool:
    """Whether a country after "со стороны / з боку" is the agent of an attack or a violation named right before it
    ("ударов по энергосистеме со стороны России", "порушення з боку Москви"), not the side of losses ("Пострадавших
    со стороны Украины нет"), a direction ("залетел со стороны Киева") or attacks said not to have been ("атак со
    стороны Украины ... не было")."""
    return _FROM_SIDE_ATTACK.search(text, max(start, a.start - 50), a.start) is not None and not _NOT_THERE.match(
        text, a.end
    )


_ATTACK_OF = re.compile(
    rf"(?<![\w'’ʼ-]){_ATTACK_NOUN}\s+(?:[\w'’ʼ-]+(?:ого|ої|ой|их|ых)\s+)?$",
    _I,
)
"""An attack noun right before a side in the genitive ("после подрыва ВСУ", "визнали атаку ЗСУ на НПЗ", "удара
РФ"): the side that attacked, though a site's word comes a few words before ("на газоизмерительной станции «Суджа»
после подрыва ВСУ"); the side hit has a preposition ("удар по позициям ВСУ")."""


def _unit_acts(text: str, actor: Actor, start: int) -> bool:
    """Whether a side named after a unit word is the subject of an attack verb right after it ("14 полк Сил
    безпілотних систем завдав удару", "подразделения ВСУ нанесли удар"), not the side hit ("удар по подразделениям
    ВСУ")."""
    acts = _ACTS_AFTER.match(text, actor.end) or _ACTS_AFTER_PARTNERS.match(text, actor.end)
    if acts is None:
        acts = _ACTS_AFTER_LIST.match(text, actor.end)
        # not when another side in the list is the verb's subject ("Склады ВСУ, расположенные у Сум, российские дроны
        # атаковали"); a speaker or a participle there is an aside ("Подразделения ВСУ, как сообщили в штабе,
        # атаковали подстанцию"), the other side's body as the source too ("Подразделения ВСУ, по данным Минобороны,
        # атаковали нефтебазу")
        other = _RUS if actor.party == "UKR" else _UKR
        other_party = "RUS" if actor.party == "UKR" else "UKR"  # (the party of ``other``'s matches and the enemy's)
        between = (m for p in (other, _ENEMY) for m in p.finditer(text, actor.end, acts.end())) if acts else ()
        if any(not _speaks(text, Actor(m.start(), m.end(), other_party), actor.end) for m in between):
            acts = None
    return acts is not None and not _TOWARD.search(text, max(start, actor.start - 60), actor.start)


_SITE_OF = re.compile(rf"(?:нефтебаз{_W}|нафтобаз{_W}|завод{_W}|підприємств{_W}|предприяти{_W}|(?-i:НПЗ))\s+$", _I)
_OF_SIDE = re.compile(
    r"(?:российск|російськ|украинск|українськ)(?:их|ого|ої)\b|(?:окупант|оккупант)(?:ів|ов)\b|(?-i:ВСУ|ЗСУ|РФ|рф)\b"
    r"|(?:ворога|врага|противника)\b",
    _I,
)  # a side in the genitive right after an energy site or a plant: its owner ("НПЗ російських окупантів", "нафтобаза
# ворога"), not the subject of an inverted clause ("Завод российские войска обстреляли")


_ATTACK_OF_SIDE = re.compile(rf"(?:{_ATTACK_NOUN}|strikes?|attacks?|shelling)\Z", _I)
"""The attack noun a side's adjective names at the end of the side's words ("украинской атаки", "російські удари",
"Russian strikes"; not "украинскими ударными дронами", drones of a kind)."""


_REASON_BEFORE = re.compile(
    r"(?<![\w'’ʼ-])(?:в\s+ответ\s+на|у\s+відповідь\s+на|несмотря\s+на|незважаючи\s+на|попри|in\s+response\s+to|"
    r"despite|in\s+retaliation\s+for|retaliat\w*\s+for)\s+(?:the\s+)?(?:[\w'’ʼ-]+\s+)?$",
    _I,
)
"""A reason or a concession right before a side's attack noun ("в ответ на украинские атаки", "despite Russian
strikes"): an earlier attack, not the one reported, so no agent of it."""
_AFTER_BEFORE = re.compile(r"(?<![\w'’ʼ-])(?:after|following)\s+(?:the\s+)?(?:[\w'’ʼ-]+\s+)?$", _I)


def _hit_cue(text: str, a: Actor, start: int) -> bool:
    """Whether a side is named as the one hit or the owner of what was hit: after a preposition of the side hit or a
    target word ("по позициям ВСУ"), or in the genitive right after an energy site or a plant ("НПЗ окупантів"); not
    a side that names an attack by its adjective ("на месте украинской атаки", "відповів на російський удар"): the
    attack is that side's, whatever preposition is before it; nor the agent after a verb of doing, an attack noun or
    "со стороны / з боку" ("удары по энергосистеме со стороны России" names Russia as the striker only)."""
    attack_of_side = _ATTACK_OF_SIDE.search(text[a.start : a.end]) is not None
    if attack_of_side and _REASON_BEFORE.search(text, max(start, a.start - 40), a.start):
        return True  # "в ответ на украинские атаки", "despite Russian strikes": an earlier attack, not this one's agent
    if (
        attack_of_side
        or _DONE_BY.search(text, max(start, a.start - 60), a.start)
        or _ATTACK_OF.search(text, max(start, a.start - 50), a.start)
        or _FROM_SIDE.match(text, a.start)
    ):
        return False
    if _PATIENT_CUE.search(text, max(start, a.start - 90), a.start) is not None:
        return True
    served = _SERVED_CUE.search(text, max(start, a.start - 90), a.start)
    if served is not None and _serves(text, served, start):
        return True
    return _SITE_OF.search(text, max(start, a.start - 40), a.start) is not None and bool(_OF_SIDE.match(text, a.start))


def find_patients(text: str, start: int, end: int) -> list[Actor]:
    """The sides named as the ones hit in ``text[start:end]`` ("по позициям ВСУ", "формирований ВСУ")."""
    found = [
        Actor(m.start(), m.end(), party)
        for pattern, party in ((_UKR, "UKR"), (_RUS, "RUS"))
        for m in pattern.finditer(text, start, end)
    ]
    hit = [a for a in found if _hit_cue(text, a, start)]
    return sorted((a for a in hit if not _speaks(text, a, start)), key=lambda a: a.start)


def owner_of_sites(text: str, start: int, end: int) -> str | None:
    """The side whose sites a span lists by a target word ("склады с боеприпасами ВСУ", "позиции противника"), not
    after a preposition of direction ("удари рф по енергооб'єктах" names the striker): ``None`` if there is none."""
    for a in find_patients(text, start, end):
        if not _TOWARD.search(text, max(start, a.start - 60), a.start):
            return a.party
    return None


# a verb of saying after its speaker ("the ministry said", "ЗСУ повідомили", "МИД опроверг"); the accuser speaks too
# ("ворог звинуватив наші Сили оборони у обстрілі": the accused acted)
_SAID_VERB = (
    r"(?:said|says|say|reported|reports|claimed|claims|stated|announced|added|told|denied|denies|accused|confirmed|wrote|"
    rf"emphasi[sz]e[sd]?|stressed|(?:{_lexicon.SAY_RU_UK}){_W}|підтверд{_W}|подтверд{_W}|(?:{_lexicon.DENY_RU_UK}){_W}|"
    rf"информир{_W}|інформу{_W}|звинуват{_W}|звинувач{_W}|обвини{_W}|обвиня{_W}|accus{_W})"
)
_SPEECH_AFTER = re.compile(
    # (not "claimed responsibility for the strike": the side that claims it struck)
    r"\s+(?:(?:has|have|had|also|again|on\s+\w+day|ведомство|відомство)\s+)?(?!claim\w*\s+responsibility\b)"
    rf"{_SAID_VERB}\b",
    _I,
)
_STAFF_BEFORE = re.compile(
    rf"(?:\bгенштаб{_W}|\bгенеральн{_W}\s+штаб{_W}|\bgeneral\s+staff\s+of\s+(?:the\s+)?|\bштаб{_W}\s+(?:{_W}\s+)?"
    rf"(?:командувача|командующего)|\bпресс-служб{_W}|\bпрес-служб{_W}|\bкомандуван{_W}|\bкомандовани{_W}|"
    rf"\bspokes(?:man|woman|person)\s+(?:for|of)\s+(?:the\s+)?|\bміністерств{_W}\s+оборони|\bміноборони|"
    rf"\bминистерств{_W}\s+обороны|\bминобороны|\bминистр{_W}\s+обороны|\bміністр{_W}\s+оборони|"
    rf"\bdefen[cs]e\s+minist(?:er|ry)\s+of|\bпрезидент{_W}|\bpresident\s+of|\bглав{_W}\s+МИД|\bМИД|\bМЗС)\s*$",
    _I,
)


def _speaks(text: str, actor: Actor, start: int) -> bool:
    """Whether a side is named as the speaker ("Ukraine's military said", "Генштаб ЗСУ", "ВСУ сообщили", "как
    заявили российские военные"), not as the one that acted or was hit."""
    return (
        _SPEECH_AFTER.match(text, actor.end) is not None
        or _STAFF_BEFORE.search(text, max(start, actor.start - 40), actor.start) is not None
        or (
            (cue := _SOURCE_BEFORE.search(text, max(start, actor.start - 40), actor.start)) is not None
            and _lexicon.CITING_A_REASON.match(text, cue.start()) is None  # "citing Ukrainian troops attacking"
        )
        or _AS_SAID_BEFORE.search(text, max(start, actor.start - 40), actor.start) is not None
    )


# "как заявили российские военные", "як повідомили в ЗСУ": an aside that names who says it
_AS_SAID_BEFORE = re.compile(
    rf"(?<![\w'’ʼ-])(?:как|як)\s+(?:{_SAYING_ADVERB}\s+)?{_SAYING_RU_UK}\w*\s+(?:(?:в|у|во)\s+)?$", _I
)


# "по данным ВСУ", "по словам украинских военных", "за даними росіян", "according to the Ukrainian military": the
# side is the source of what is said
_SOURCE_BEFORE = re.compile(rf"(?:{_lexicon.SOURCE_CUE})\s*(?:the\s+)?(?:[а-яёіїєґa-z'’ʼ-]+\s+)?$", _I)


_UNOFFICIAL = re.compile(
    r"\b(?:(?:russian|ukrainian|local)\s+(?:sources|media|outlets|(?:telegram\s+)?channels|(?:war\s+)?bloggers|"
    r"social\s+media|publics|residents)|(?:eye)?witnesses|according\s+to\s+(?:residents|locals))\b|"
    r"(?:российск|местн|російськ|місцев)\w*\s+(?:(?-i:СМИ|ЗМІ)|(?:телеграм|telegram)-?канал\w*|паблик\w*|паблік\w*|"
    r"источник\w*|джерел\w*)|\bочевидц\w*|\bсвідк\w*",
    _I,
)


def cites_independent(text: str, start: int, end: int) -> bool:
    """Whether the span cites independent media ("The Russian Telegram channel ASTRA ... reported", "за даними
    «Проекту»") or other unofficial sources that speak for no side ("according to Russian sources", "local Telegram
    channels", "witnesses reported"); not a wire agency's own dateline (``_dateline``: "KYIV, Dec 22 (Reuters) -
    ...")."""
    return (
        any(not _dateline(text, m.start(), m.end()) for m in _INDEPENDENT.finditer(text, start, end))
        or _UNOFFICIAL.search(text, start, end) is not None
    )


# a wire agency's dateline ("KYIV, Dec 22 (Reuters) - Russian forces struck ..."): the report's own byline, not a
# source it cites (the speaker the sentence names tells it: "..., the regional governor said")
_DATELINE = re.compile(r"\)\s*[-–—]")
# and only at the head of the text or of a line, after at most a place in capitals, a country and a date ("KYIV, Dec
# 22 (", "\nDec 22 (", "UPDATE 1-KYIV, Dec. 22 (", "KYIV, Ukraine (", "LONDON ("): not "Drones hit the Tuapse
# refinery (Reuters) - a fire broke out", the agency cited mid-text
_DATELINE_HEAD = re.compile(
    r"(?:^|\n)\s*(?:[A-Z][A-Z0-9' ./-]+(?:,\s*[A-Z][a-z]+)?,?\s*)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*)?\($"
)


def _dateline(text: str, start: int, end: int) -> bool:
    """Whether the agency named at ``start``-``end`` is a wire dateline's: in brackets and a dash after them, at the
    head of the text or of a line ("KYIV, Dec 22 (Reuters) - ...")."""
    return bool(_DATELINE.match(text, end)) and _DATELINE_HEAD.search(text, max(0, start - 40), start) is not None


def quotes_a_side(text: str) -> bool:
    """Whether the text quotes Russia or Ukraine anywhere (else no span of it names a claimant)."""
    return any(p.search(text) is not None for p in (_CLAIMANT_RUS, _CLAIMANT_UKR, _SPEAKER_RUS, _SPEAKER_UKR))


def claimant_in(text: str, start: int, end: int) -> str | None:
    """The party a text quotes, if it quotes exactly one of Russia and Ukraine; where it names both, the one named
    with a verb of saying ("the General Staff of the Armed Forces of Ukraine said the Russian Defence Ministry
    spreads fakes")."""
    says_rus = _SPEAKER_RUS.search(text, start, end) is not None
    says_ukr = _SPEAKER_UKR.search(text, start, end) is not None
    if says_rus != says_ukr:
        return "RUS" if says_rus else "UKR"
    rus = _CLAIMANT_RUS.search(text, start, end) is not None
    ukr = _CLAIMANT_UKR.search(text, start, end) is not None
    if rus == ukr:
        return None
    return "RUS" if rus else "UKR"


# the roles of a speaker, each with every spelling and case of its titles and bodies (a closed table: two sentences
# whose speakers hold no role in common are two speakers; a word of no role, "the authorities", "Гладков", names none)
_ROLES: dict[str, str] = {
    # Kyiv's city military administration ("Kyiv City Military Administration", "КМВА", "глава военной администрации
    # столицы"): a speaker apart from the mayor and the council (Tkachenko beside Klitschko); another city's military
    # administration is headed by the city's head ("Начальник Одеської МВА Сергій Лисак", "глава городской военной
    # администрации Херсона"), the city's role
    "city military administration": r"\bkyiv\s+(?:city\s+)?military\s+administration|"
    r"київськ\w*\s+(?:міськ\w*\s+)?військов\w*\s+адміністрац\w*|киевск\w*\s+(?:городск\w*\s+)?военн\w*\s+администрац\w*|"
    r"військов\w*\s+адміністрац\w*\s+(?:столиці|Києва)|военн\w*\s+администрац\w*\s+(?:столицы|Киева)|"
    r"(?-i:\bКМВА\b|\bКГВА\b)",
    # a city's head or council ("мэр", "мера", "міський голова", "глава города", "Kyiv City State Administration"), and
    # its military administration where it is not Kyiv's ("Одеська МВА", "городская военная администрация")
    "city": r"\bmayor|\bcity\s+(?:state\s+|military\s+)?(?:administration|council|hall|head)|\bмэр\w*|"
    r"\bмер(?:а|у|ом|ові|і)?\b|\bмері[їяю]\w*|міськ\w*\s+(?:військов\w*\s+)?(?:голов|рад|адміністрац)\w*|"
    r"міськрад\w*|городск\w*\s+(?:военн\w*\s+)?(?:глав|голов|администрац|совет|дум)\w*|\bглав\w*\s+города|"
    r"військов\w*\s+адміністрац\w*\s+міста|военн\w*\s+администрац\w*\s+города|(?-i:\bКМДА\b|\b[А-ЯІЇЄ]?МВА\b)",
    # a region's head or administration ("губернатор", "глава региона", "голова ОВА", "обласна військова
    # адміністрація", "head of the regional military administration"), and the heads Russia installed
    "region": r"\bgovernor|\bregional\s+(?:military\s+|state\s+)?(?:administration|government|head)|"
    r"\bhead\s+of\s+the\s+(?:\w+\s+)?region|\boblast\s+(?:military\s+|state\s+)?administration|губернатор\w*|"
    r"\bглав\w*\s+(?:региона|регіону|области|республики|края|[А-ЯЁ]\w+\s+(?:области|края))|"
    r"областн\w*\s+(?:администрац|правительств)\w*|правительств\w*\s+\w+\s+области|уряд\w*\s+\w+\s+област\w*|"
    r"обласн\w*\s+(?:військов\w*\s+|державн\w*\s+)?адміністрац\w*|облдержадм\w*|обладм\w*|"
    r"(?-i:\b[А-ЯІЇЄ]?ОВА\b|\b[А-ЯІЇЄ]?ОДА\b)|\b(?:aksyonov|aksenov|razvozhayev|pushilin|pasechnik|balitsky|saldo)\b|"
    r"аксенов\w*|аксьонов\w*|развожаев\w*|пушилин\w*|пушилін\w*|пасечник\w*|балицк\w*|сальдо\b",
    "mod": r"міноборони|минобороны|міністерств\w*\s+оборони|министерств\w*\s+обороны|defen[cs]e\s+ministry|"
    r"ministry\s+of\s+defen[cs]e|(?-i:\bMoD\b|\bMOD\b|\bМО\s+РФ\b|\bMO\s+RF\b)",
    "general staff": r"генштаб\w*|генеральн\w*\s+штаб\w*|general\s+staff",
    "air force": r"повітрян\w*\s+сил\w*|воздушн\w*\s+сил\w*|air\s+force|(?-i:\bПС\s+ЗСУ\b)",
    "navy": r"\bnavy\b|військово-морськ\w*|военно-морск\w*|(?-i:\bВМС\b)",
    "emergency service": r"(?-i:\bДСНС\b|\bМЧС\b|\bГСЧС\b)|emergenc\w*\s+(?:service|ministry|situations)\w*|"
    r"рятувальник\w*|спасател\w*|надзвичайн\w*\s+ситуац\w*|чрезвычайн\w*\s+ситуац\w*",
    # (and the interior minister: "міністр внутрішніх справ Ігор Клименко", "Interior Minister Igor Klimenko")
    "police": r"поліц\w*|полиц\w*|\bpolice\b|(?-i:\bМВС\b|\bМВД\b)|interior\s+minist\w*|"
    r"міністр\w*\s+внутрішніх\s+справ|министр\w*\s+внутренних\s+дел",
    "operational hq": r"оперштаб\w*|оперативн\w*\s+штаб\w*|"
    r"(?:operational|emergency|crisis)\s+(?:headquarters|cent(?:er|re))",
    "prosecutor": r"прокурор\w*|прокуратур\w*|prosecutor\w*",
    "president": r"президент\w*|\bpresident|presidential|зеленськ\w*|зеленск\w*|zelensk\w*|єрмак\w*|ермак\w*|"
    r"\byermak\b|подоляк\w*|podol[yi]ak|кремл\w*|\bkremlin\b|пескова?\b|\bpeskov\b",
    "government": r"prime\s+minister|прем.[єе]р\w*|премьер\w*|кабмін\w*|кабінет\w*\s+міністрів|\bcabinet\b",
    "foreign ministry": r"міністерств\w*\s+закордонних|министерств\w*\s+иностранных|foreign\s+(?:ministry|minister)|"
    r"(?-i:\bМЗС\b|\bМИД\b)|сибіг\w*|\bsybiha\b|захаров\w*|\bzakharova\b|лавров\w*|\blavrov\b",
    "energy ministry": r"міненерго|минэнерго|energy\s+ministry|ministry\s+of\s+energy|міністерств\w*\s+енергетики|"
    r"министерств\w*\s+энергетики",
    "security service": r"(?-i:\bСБУ\b|\bSBU\b|\bФСБ\b|\bFSB\b)|security\s+service",
    "intelligence": r"(?-i:\bГУР\b|\bHUR\b)|military\s+intelligence|розвідк\w*|разведк\w*",
    "drone forces": r"(?-i:\bСБС\b)|сил\w*\s+безпілотних\s+систем|unmanned\s+systems\s+forces",
    "disinformation centre": r"(?-i:\bЦПД\b|\bЦПИ\b)|центр\w*\s+протидії\s+дезінформації",
    # a company by its name: two companies are two speakers, "the company" is one of them
    "dtek": r"\bdtek\b|дтек",
    "ukrenergo": r"ukrenergo|укренерго|укрэнерго",
    "naftogaz": r"naftogaz|нафтогаз",
    "ukrzaliznytsia": r"ukrzaliznytsia|укрзалізниц\w*|укрзализныц\w*",
}
_ROLE = re.compile("|".join(f"(?P<r{n}>{p})" for n, p in enumerate(_ROLES.values())), _I)
_ROLE_NAMES = list(_ROLES)


def _role_of(m: re.Match[str]) -> str:
    """The role (a key of ``_ROLES``) of a match of ``_ROLE``."""
    return _ROLE_NAMES[int((m.lastgroup or "r0")[1:])]


# a verb of saying or a source cited, near a speaker's title (the actors' and the lexicon's, and "написав", "додав")
_SAYS_NEAR = re.compile(rf"{_SAYING}|{_lexicon.SOURCE_CUE}|напис|додав|добав|{_SPEECH_VERB}", _I)
_THAT = re.compile(r"\b(?:що|что|that)\b", _I)  # the clause told begins


# the words between two titles named together for one assertion ("Голова Одеської ОВА Олег Кіпер та мер Одеси
# Геннадій Труханов повідомили", "the governor and the mayor said"): a name, a place, an "and" or a comma, no verb
_TOGETHER_GAP = re.compile(r"[\w\s'’ʼ.,-]{0,60}")
_AND = re.compile(r",|\b(?:та|і|й|и|and)\b", _I)


def _first_named(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The titles of a span (in order) without those named together after another ("Кіпер та мер Одеси Труханов
    повідомили": one assertion, the first named speaker's, README **One claim per speaker**): of titles joined by
    "and" or a comma with no verb of saying between, those after the first "and" or comma whose roles the first do not
    hold."""
    kept: list[tuple[int, int, str]] = []
    head: set[str] = set()  # the roles of the first titles of the run of titles named together
    joined = False  # whether an "and" or a comma came in the run
    last = None
    for at, to, role in found:
        gap = None if last is None else text[last:at]  # ("" where two titles overlap)
        if gap is None or not _TOGETHER_GAP.fullmatch(gap) or _SAYS_NEAR.search(gap):
            head, joined = set(), False
        elif _AND.search(gap):
            joined = True
        if not joined:
            head.add(role)
        if not joined or role in head:
            kept.append((at, to, role))
        last = max(to, last or 0)
    return kept


def _titles(text: str, start: int, end: int, names: TitledNames | None) -> list[tuple[int, int, str]]:
    """The titles of ``_ROLES`` a span names, and the surnames ``names`` give a title's role, as (start, end, role),
    in order, without those named together after the first (``_first_named``): the speakers a span can have."""
    found = [(m.start(), m.end(), _role_of(m)) for m in _ROLE.finditer(text, start, end)]
    if names is not None:
        found += [(m.start(), m.end(), names.roles[m.group(1)]) for m in names.pattern.finditer(text, start, end)]
    return _first_named(text, sorted(found))


def speaker_roles(text: str, start: int, end: int, names: TitledNames | None = None) -> frozenset[str]:
    """Who speaks in a span, as the roles (``_ROLES``) of the titles it names near a verb of saying or a source cited
    ("В.о. міського голови Сум Артем Кобзар повідомив" -> city; "По словам мэра" -> city; "написав керівник Офісу
    президента" -> president; "the head of the regional military administration said" -> region): two spans whose
    speakers hold no role in common are two speakers (one claim each); empty where it names no title of the table (a
    name alone, "the authorities"), or names one only as the striker ("підрозділи Сил безпілотних систем уразили").
    ``names`` (``titled_names`` of the report) give a person named with a title elsewhere in the report the title's
    role where the span names him by his surname alone ("Также Ткаченко сообщил", "According to Klymenko")."""
    roles: set[str] = set()
    told: list[int] | None = None  # the ends of "що", "что", "that" in the span, found at the first title
    for at, to, role in _titles(text, start, end, names):
        # (a title in the clause told, after "що", "что", "that", speaks only with a verb of saying of its own:
        # "Клименко повідомив, що рятувальники ДСНС деблокували ..." is no word of the emergency service)
        if told is None:
            told = [t.end() for t in _THAT.finditer(text, start, end)]
        last = bisect.bisect_right(told, at)  # the clause told the title is in, if any
        clause = told[last - 1] if last else start
        if _SAYS_NEAR.search(text[max(start, at - 50, clause) : min(end, to + 50)]):
            roles.add(role)
    return frozenset(roles)


# a person's first name and surname after a title and the words of its field ("Губернатор Белгородской области
# Вячеслав Гладков", "начальник Київської міської військової адміністрації Тимур Ткаченко", "Interior Minister Igor
# Klymenko": the surname is the last of two capitalised words that no third follows, "Мэр Киева Виталий Кличко"; from
# the end of the title's last word, "head of the regional military administration Oleh Kiper"). The
# words between are a title's field (``_FIELD_WORD``, ``_FIELD_WORD_EN``): no verb of saying ("Police said Russian
# Shahed drones"), nor a preposition of place ("police in Kharkiv Oblast reported"), so a name is the title's own
_CAP = r"(?-i:[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’ʼ]+)"
_NAME_FIELD_WORD = (
    rf"(?!{_SPEECH_VERB})\s+(?!(?:in|at|near|on|from|в|во|у|на|під|под|біля|около|возле)\b)(?={_FIELD_WORD_EN})"
    rf"{_FIELD_WORD}"
)
_TITLED_NAME = re.compile(
    rf"[\w'’ʼ-]*(?:{_NAME_FIELD_WORD}){{0,4}}?\s+(?P<first>{_CAP})\s+(?P<surname>{_CAP}(?:-{_CAP})?)(?![\w'’ʼ-]|\s+{_CAP})",
    _I,
)
# the state a name of two words may end with ("Российской Федерации", "Russian Federation"): no surname
_STATE_WORD = re.compile(r"(?:федерац|federation)", _I)


def _a_name(first: str, word: str) -> bool:
    """Whether two capitalised words after a title may be a first name and a surname: neither a unit of a place (the
    gazetteer's ``ADMIN_WORDS``: "Belgorod Region", "Kharkiv Oblast", "Belgorod Regional Duma"), nor a state
    ("Федерации"), nor the surname a weapon of the lexicon ("Russian Shahed drones", "«Калибр»")."""
    if first.lower() in ADMIN_WORDS or word.lower() in ADMIN_WORDS or _STATE_WORD.match(word):
        return False
    return not any(e - s == len(word) for s, e, _ in _lexicon.find_all(_lexicon.WEAPONS, word, 0, len(word)))


@dataclass(frozen=True, slots=True)
class TitledNames:
    """The surnames a report names with a title (``titled_names``): one pattern of all their stems, the stem its
    first group, and each stem's role."""

    pattern: re.Pattern[str]
    roles: dict[str, str]


def introduced_roles(text: str, start: int, end: int, names: TitledNames | None = None) -> frozenset[str]:
    """The roles (``_ROLES``) a quote's introduction names, the words before its colon ("Губернатор сообщил: «...»",
    "Klitschko wrote on Telegram: \"...\"", "Кличко: «...»"): the colon stands for the verb of saying, so every title
    or titled surname of the span is the speaker's, but titles named together speak as the first named
    (``_first_named``: "Голова ОВА Кіпер та мер Труханов повідомили: «...»" -> region); empty where it names none
    ("Жители рассказали: «...»")."""
    return frozenset(role for *_, role in _titles(text, start, end, names))


def titled_names(text: str) -> TitledNames | None:
    """The surnames of the persons a text names with a title of ``_ROLES`` ("Губернатор Белгородской области Вячеслав
    Гладков" -> Гладков, region), as one pattern of the surnames in any case ending ("Гладкова", "Ткаченка") and each
    one's role: ``speaker_roles`` reads the surname alone as that speaker. ``None`` where the text names none."""
    names: dict[str, str] = {}
    for m in _ROLE.finditer(text):
        name = _TITLED_NAME.match(text, m.end())
        if name is None or not _a_name(name.group("first"), surname := name.group("surname")):
            continue
        names.setdefault(surname[:-1] if len(surname) > 4 else surname, _role_of(m))
    if not names:
        return None
    stems = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    return TitledNames(re.compile(rf"\b({stems})\w{{0,3}}\b"), names)


def attributed_to(text: str, start: int, end: int) -> tuple[bool, str | None]:
    """Whom a post attributes what it says to, by a dash after the statement ("…, — мо рф.", "… — ASTRA."):
    ``(True, party)`` for an official of a party, ``(True, None)`` for independent media, ``(False, None)`` when
    there is no such attribution (or it names no one known); or by a label that opens the post ("Проект «Система»:
    ...", "ASTRA: ...")."""
    label = _LEAD_LABEL.match(text, start, end)
    spans = [(m.start("who"), m.end("who")) for m in _ATTRIBUTION.finditer(text, start, end)]
    for who_start, who_end in spans + ([(label.start("who"), label.end("who"))] if label else []):
        if _INDEPENDENT.search(text, who_start, who_end):
            return True, None
        if _CLAIMANT_USA.search(text, who_start, who_end):
            return True, "USA"
        party = claimant_in(text, who_start, who_end)
        if party is not None:
            return True, party
    return False, None


_FIRST_PERSON = re.compile(
    r"\b(?:(?:це|это|it\s+was)\s+не\s+(?:ми|мы)|(?:ми|мы)\s+не\b|not\s+us|we\s+(?:did\s+not|didn't))", _I
)


_UNNAMED_OFFICIAL = re.compile(
    r"\b(?:the|a)\s+(?:defen[cs]e\s+)?(?:ministry|general\s+staff|air\s+force|military|army|officials?|"
    r"spokes(?:man|woman|person))(?:'s)?\s+(?:said|says|reported|stated|claimed|accused|added|list)|"
    r"according\s+to\s+the\s+(?:defen[cs]e\s+)?(?:ministry|general\s+staff|air\s+force|military)",
    _I,
)


# the plural past of a verb of saying ("заявили", "повідомили": an unnamed body spoke)
_SAID_PLURAL = (
    r"(?:отметили|сообщили|рассказали|заявили|уточнили|подтвердили|"
    r"повідомили|зазначили|розповіли|підтвердили)"
)
# only an energy body, and a company left unnamed: a ministry of defence or foreign affairs speaks for its side, not
# for the country of the site ("заявили в министерстве обороны"), and a named firm ("в компании Maxar") is no side's
_BODY = (
    r"(?:Минэнерго|Міненерго|министерств\w*\s+энергетики|міністерств\w*\s+енергетики|"
    r"(?:национальн\w*\s+\w+\s+)?компани[ия]|(?:національн\w*\s+\w+\s+)?компані[їя])"
)
# "в Министерстве энергетики России": named; "в компании Maxar", "в компании «Роснефть»": a firm named
_NO_COUNTRY = r"(?![\w'’ʼ-]|\s+(?:России|Росії|РФ|Украины|України)\b|\s+(?-i:[A-ZА-ЯЁІЇЄҐ«\"„]))"
_BODY_SPEAKS = re.compile(
    rf"{_SAID_PLURAL}\s+(?:в|у)\s+{_BODY}{_NO_COUNTRY}|(?<![\w-])(?-i:[ВУ])\s+{_BODY}{_NO_COUNTRY}\s+{_SAID_PLURAL}",
    _I,
)
_OWN_OFFICIAL = re.compile(
    r"\b(?:its|their)\s+(?:own\s+)?(?:defen[cs]e\s+)?(?:ministry|general\s+staff|air\s+force|military|army|navy|"
    r"officials?|spokes(?:man|woman|person)|governor)\b",
    _I,
)
# a time, an adverb or the channel beside a verb of saying ("late on Friday", "in a statement", "on Telegram", "also")
_SAID_ASIDE = (
    r"(?:(?:on\s+\w+day|(?:late|early)\s+(?:on\s+)?\w+|earlier|later|also|again|additionally|overnight|"
    r"in\s+a\s+(?:statement|(?:telegram\s+)?post)|on\s+(?:telegram|its\s+(?:website|telegram\s+channel))),?\s+)*"
)
_OWN_FORCES = re.compile(
    r"\b(?:its|their)\s+(?:own\s+)?(?:armed\s+)?(?:forces|troops|drones|military|army|units|navy|missiles|artillery|"
    r"special\s+forces|uavs)\b|\b(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:strikes?|attacks?)\b|"
    # a side or its body that says "it" struck ("Russia said it had fired a missile at ...", "the military said on
    # Friday that it hit ..."): itself, not a drone or a shell the sentence told of ("the governor said it hit a house",
    # "Russian authorities said it hit a fuel depot": the regional speaker's "it" is the drone)
    # (a time or the channel may stand on either side of the verb: "said late on Friday it hit", "said in a statement
    # that it had hit"); in Russian and Ukrainian the pronoun is usually dropped ("Россия заявила, что нанесла удар"),
    # but a passive has no subject and is no side's own act ("заявила, что нанесен удар по ...")
    rf"\b(?:Russia|Ukraine|Kyiv|Kiev|Moscow|ministry|general\s+staff|military|army|navy|fleet)\s+"
    rf"{_SAID_ASIDE}(?:said|says|stated|announced|claimed|confirmed)\s+{_SAID_ASIDE}"
    r"(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:successfully\s+)?(?:struck|hit|attacked|targeted|fired|"
    r"launched|carried\s+out|conducted|delivered|bombed|shelled)\b|"
    r"\b(?:Росси[яи]|Украин[аы]|Україн[аи]|Минобороны|Міноборони|Генштаб\w*)\s+(?:(?:также|уже|також|вже)\s+)?"
    r"(?:заяви\w*|сообщи\w*|повідоми\w*|подтверди\w*|підтверди\w*)\s*,?\s+(?:что|що)\s+"
    r"(?:(?:она|оно|они|вона|воно|вони)\s+)?(?:(?:успешно|успішно|ночью|вночі|уночі)\s+)?"
    r"(?:нанесл[аои]|нан[её]с\b|завдал[аои]?|завдав|атаковал[аои]?|атакувал[аои]?|поразил[аои]?|уразил[аои]?|"
    r"вразил[аои]?|ударил[аои]?|вдарил[аои]?)(?![\w'’ʼ-])",
    _I,
)


def own_official(text: str, start: int, end: int) -> bool:
    """Whether the span quotes the acting side's own body with "its"/"their" ("Ukraine struck ..., its General Staff
    said")."""
    return _OWN_OFFICIAL.search(text, start, end) is not None


def own_forces(text: str, start: int, end: int, claimant: str) -> list[Actor]:
    """The speaker's side acting as "its forces", "their drones", "its strike" ("The General Staff said its forces
    had hit the refinery")."""
    m = _OWN_FORCES.search(text, start, end)
    return [Actor(m.start(), m.end(), claimant)] if m and not _DEFENDS.match(text, m.end()) else []


def unnamed_official(text: str, start: int, end: int) -> bool:
    """Whether the span quotes an official body without saying whose ("the ministry said", "according to the
    military"): such a body speaks of the other side's attacks."""
    return _UNNAMED_OFFICIAL.search(text, start, end) is not None


def body_speaks(text: str) -> bool:
    """Whether a Russian or Ukrainian text quotes a ministry or company without its country ("отметили в Минэнерго",
    "В Министерстве энергетики рассказали", "повідомили в компанії"): like a local authority, such a body is of
    the country whose sites it reports on."""
    return _BODY_SPEAKS.search(text) is not None


def first_person_party(text: str, start: int, end: int, source_party: str | None) -> str | None:
    """The source's own side when the span speaks in the first person ("це не ми", "we did not"), else ``None``."""
    if source_party in _OTHER and _FIRST_PERSON.search(text, start, end):
        return source_party
    return None


def admits(text: str, start: int, end: int) -> bool:
    """Whether the span speaks in the words a side uses for its own hits ("уражено", "уразили", "поражены",
    "нанесено поражение"): with no side named, the side that says so struck."""
    return _ADMISSION_VERB.search(text, start, end) is not None


_NOT_SAID = re.compile(
    r"\s+(?:(?:have|has|had|did)\s+(?:not|yet\s+to)|haven't|hasn't|didn't|(?:have|has)\s+(?:yet\s+)?to)\b", _I
)  # "the authorities have not yet confirmed the attack": they are not quoted


def quotes_local_authority(text: str, start: int, end: int) -> bool:
    """Whether the span quotes a local or regional authority (a governor, a mayor, "authorities", "ОВА"), not one
    said to have said nothing ("the authorities have not confirmed")."""
    return any(_NOT_SAID.match(text, m.end()) is None for m in _LOCAL_AUTHORITY.finditer(text, start, end))


def local_authorities(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where the span names a local or regional authority quoted (see :func:`quotes_local_authority`)."""
    return [m.span() for m in _LOCAL_AUTHORITY.finditer(text, start, end) if _NOT_SAID.match(text, m.end()) is None]


ACCUSING = r"(?:звинуват|звинувач|обвини|обвиня|accus)\w*"
"""Verbs and nouns of accusing ("звинуватили", "звинувачують", "обвинения", "accused"), as a pattern to build on."""
_ACCUSE = rf"(?:(?:також|уже|вже|знову|вновь|снова|также|again|also|has|have|had)\s+)?{ACCUSING}"


def _body_accuses(adjective: str, country: str) -> str:
    """A side's ministry, department or staff accusing, in Russian or Ukrainian, with up to two words before the verb:
    by the side's adjective ("российское военное ведомство обвинило", "Российское МЗС звинуватило") or by the side's
    name after the body ("Министерство обороны Российской Федерации сегодня обвинило", "Генштаб ЗСУ звинуватив")."""
    body = (
        r"(?:министерств\w*\s+(?:обороны|иностранных\s+дел)|міністерств\w*\s+(?:оборони|закордонних\s+справ)|"
        r"(?-i:Минобороны|Міноборони|МИД|МЗС|МО)|генштаб\w*|генеральн\w*\s+штаб\w*)"
    )
    between = rf"(?:[\w'’ʼ-]+\s+){{0,2}}?{_ACCUSE}"
    return (
        rf"(?<![\w-])(?:{adjective})(?:ое|е|ий|ая|а)\s+(?:(?:военное|військове)\s+)?"
        rf"(?:ведомство|відомство|министерство\s+\w+|міністерство\s+\w+|(?-i:МИД|МЗС)|сторона)\s+{between}|"
        rf"(?<![\w-]){body}\s+(?:(?:вс|зс)\s+)?(?:{country})\s+{between}"
    )


_ACCUSER_RUS = re.compile(
    rf"(?-i:\b(?:[Рр]осія|[Рр]оссия|РФ|рф|Москва|Кремль|[Рр]осіяни|[Рр]оссияне|[Оо]купанти|[Оо]ккупанты|Kremlin|"
    rf"Russians))\s+{_ACCUSE}|"
    rf"(?:russia|moscow|russian\s+(?:officials|authorities))\s+{_ACCUSE}|"
    rf"(?-i:\b[Рр]осіяни|\b[Рр]оссияне|\b[Оо]купанти)\s+(?:заяви|стверджу|утвержда)\w*,?\s+(?:що|что)\s+(?:нібито|якобы)|"
    + _body_accuses("российск|російськ", r"Российской\s+Федерации|России|Росії|РФ|рф"),
    _I,
)
_ACCUSER_UKR = re.compile(
    rf"(?-i:\b(?:Україна|Украина|Київ|Киев|ЗСУ|ВСУ))\s+{_ACCUSE}|(?:ukraine|kyiv|ukrainian\s+officials)\s+{_ACCUSE}|"
    + _body_accuses("украинск|українськ", r"Украины|України|(?-i:ЗСУ|ВСУ)"),
    _I,
)
_ACCUSER_ENEMY = re.compile(rf"\b(?:ворог|противник|враг|enemy)\s+{_ACCUSE}", _I)


def accuser_in(text: str, start: int, end: int, speaker: str | None) -> str | None:
    """The side that accuses the other in the span ("Росія звинуватила Сили оборони в обстрілі", "ворог звинуватив
    наші Сили оборони", "россияне утверждают, что якобы ..."): the attack it tells of is that side's claim, and the
    denial said after it is the other side's; ``None`` when the span names no accuser."""
    if _ACCUSER_ENEMY.search(text, start, end):
        return opponent(speaker)
    rus = _ACCUSER_RUS.search(text, start, end) is not None
    ukr = _ACCUSER_UKR.search(text, start, end) is not None
    if rus == ukr:
        return None
    return "RUS" if rus else "UKR"


# a verb of saying anywhere in a sentence: those after a speaker, those of _SAYING_RU_UK ("Об этом рассказал
# губернатор", "пишет губернатор", "информирует оперштаб"), a few more of adding and stressing, and a post on a channel
# ("Governor Bogomaz posted on Telegram")
_SAYS = re.compile(
    rf"\b(?:{_SAID_VERB}\b|(?:{_SAYING_RU_UK}|додав|додала|добави|написа|наголоси|підкресли|подчеркну){_W}|"
    r"posted\s+(?:on|in|to|that)\b)|"
    rf"\b(?:за|по)\s+(?:його|її|их|їх|его|ее|её)\s+(?:словами|словам|данными|даними)|\baccording\s+to\s+(?:him|her)\b",
    _I,
)


# a negation up to three words before a verb of saying: "has not confirmed", "did not say", "не подтвердил", "не
# сообщил", "ще не повідомив" (not "не раз сообщал": many times)
_NEGATED_SAYING = re.compile(
    r"(?:(?<![\w'’ʼ-])(?:not|never|не(?!\s+раз)|ні|ни|нe)|n[’']t)\s+(?:[\w'’ʼ-]+\s+){0,2}$",
    _I,
)


def local_authority_speaks(text: str, start: int, end: int) -> bool:
    """Whether the span quotes a local authority speaking ("Також губернатор заявив", "the mayor said", "Об этом
    рассказал губернатор", "posted on Telegram"), not one
    named as acting ("Місцева влада запровадила режим НС") nor one that has not said it ("Governor Busargin has not
    confirmed", "губернатор не подтвердил"): a relay of independent media ends there."""
    return quotes_local_authority(text, start, end) and said_unnegated(_SAYS, text, start, end)


def said_unnegated(saying: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` has a word of ``saying`` not negated just before it ("said", not "has not
    confirmed", "не подтвердил")."""
    return any(
        not _NEGATED_SAYING.search(text, max(start, m.start() - 40), m.start())
        for m in saying.finditer(text, start, end)
    )


def denies(text: str, start: int, end: int) -> bool:
    """Whether the span denies something."""
    return _lexicon.DENIAL.search(text, start, end) is not None


def stance_of(perpetrator: str | None, claimant: str | None, denial: bool) -> Stance:
    """The stance of a claim from who acted, who says so, and whether it is denied."""
    if denial:
        return "denial"
    if claimant is None or perpetrator is None:
        return "observation"
    return "admission" if perpetrator == claimant else "accusation"


# every pattern above behind a look-ahead for the characters its matches begin with: the same matches, found faster
# (see _guard; the patterns run over every sentence of every report)
guard_patterns(globals())
