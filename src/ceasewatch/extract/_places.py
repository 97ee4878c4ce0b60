"""Place names in the text, and their resolution to a :class:`~ceasewatch.model.Place` through the geocoder.

Finding: a name with its administrative word ("Брянской области", "Кореновского района", "Sumy region"), a name
after a settlement word ("населенном пункте Гай-Кодзор", "с. Іванівка", "village of ..."), or a capitalised word
after a preposition of place ("на Брянщине", "в Крыму", "у Сумах", "near Kupiansk"). The last kind is only kept when
the geocoder knows it, so that "в Вашингтон" or "на фоне" do not become places.

Resolving goes through one function, :meth:`PlaceResolver.resolve`, which calls
``ceasewatch.geo.geocode.geocode_answer`` when it can be imported (or any function of the shape of ``geocode`` given
to it) and caches the answers: by the mention alone where the geocoder says the report could not change its answer,
else by the mention and the report. Without a geocoder, a name found with its administrative or settlement word is
kept as a named place with no coordinates.
"""

from __future__ import annotations

import importlib
import inspect
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol, runtime_checkable

from ceasewatch.extract import _lexicon
from ceasewatch.extract._guard import guard_patterns
from ceasewatch.geo.gazetteer import RIVER_ADJECTIVE, is_community, port_adjective
from ceasewatch.geo.geocode import LOWER_PREPOSITIONS, lower_case_place, spelt_alike
from ceasewatch.model.place import Place, PlacePrecision

__all__ = [
    "Candidate",
    "Geocoder",
    "PlaceMention",
    "PlaceResolver",
    "airfield_name",
    "country_in",
    "country_of_target",
    "find_places",
    "is_adjective",
    "title_place",
]

_CAP = r"[А-ЯЁІЇЄҐA-Z](?:[а-яёіїєґa-z'’ʼ]|-(?=[а-яёіїєґa-z]))+"  # a hyphen only inside: "Каменка-Днепровская" whole
_NAME = rf"{_CAP}(?:(?:-|\s)(?:на-|he-)?{_CAP}){{0,2}}"
_COMPOUND_HALF = re.compile(r"-[^\W\d_]")  # a hyphen and a letter after a name: its compound goes on ("Russian-US")
_SITE_AFTER = re.compile(r"\s+(?:морск\w*\s+|морськ\w*\s+)?(?P<site>(?:аэро|аеро)?порт(?:а|у|ом|і)?)\b", re.I)
_FLAG_STATE = re.compile(
    r"(?:(?:под\s+флагом|під\s+прапором|(?:flying\s+)?the\s+flag\s+of)\s+(?:[\w'’ʼ-]+\s+(?:и|і|та|and)\s+)?|"
    # "registered in" only as a ship's registry, a vessel word before it: not "explosions were registered in
    # Kharkiv", nor "a company registered in Odesa"; and one state, not "registered in Malta and Odesa port"
    r"\b(?:ships?|vessels?|tankers?|carriers?|freighters?|судн\w*|сухогруз\w*|танкер\w*|корабл\w*|пароплав\w*)"
    # in the vessel's clause: no comma and no "and" on the way ("Атакован танкер, взрывы зарегистрированы в
    # Новороссийске", "a tanker and explosions were registered in ..."), but a comma right before the participle of
    # an appositive ("the tanker Sig, registered in Novorossiysk, in the Kerch Strait", "танкер, зарегистрированный в")
    r"(?:\s+(?!(?:and|и|і|та|а|but|while)\b)[\w'’ʼ-]+){0,4}?"
    r"(?:\s+(?:зарегистрированн?\w*\s+в|зареєстрован\w*\s+[ву]|registered\s+in)|"
    r",\s+(?:зарегистрированн\w*\s+в|зареєстрован(?!о\b)\w+\s+[ву]|registered\s+in))\s+)$",
    re.I,
)  # a ship's state, "судно под флагом Ливана", "під прапором Панами", "a tanker registered in Liberia": not where
# it was hit
# "Sumy Oblast" as well as "Sumy oblast"; not "Republic", which ends names of states ("the Czech Republic")
_UNIT_ADMIN1 = r"област[ьиіейяхям]*|обл\.|кра[йяюеї]|(?i:oblast|region|province|krai)|republic"
_UNIT_DISTRICT = r"район[ауеіовм]*|округ[ауеі]?|district|raion|municipality|громад[аиіу]|общин[аыеу]"
_ADMIN = re.compile(rf"(?P<name>{_NAME})\s+(?P<unit>{_UNIT_ADMIN1}|{_UNIT_DISTRICT})(?![\w])")
_AND = r"(?:и|і|й|та|and)"  # the conjunctions of a list of places
_PARTLY = r"(?:частково|частично|partly|partially)"  # "у Хомутівському та частково Рильському районах"
# a listed name after the first may be two English words ("the Ulyanovsk, Stavropol, and Mari El regions"); the first
# is one, so that a capital before the list ("In Kursk and Belgorod regions") is no part of it; not a demonym or a
# direction ("Kharkiv, Sumy, and Ukrainian territories", "Western Ukrainian territories", "Russian Kursk"), nor a
# unit's word ("Donetsk Oblast territories"), nor before "districts", which after towns are the towns' ("Kharkiv,
# Dnipro, and Kryvyi Rih districts")
_NOT_LISTED = (
    r"(?:Ukrainian|Russian|Ukraine's|Russia's|Ukraine’s|Russia’s|Western|Eastern|Northern|Southern|Occupied|"
    r"[A-Za-z]+-controlled)"
)
_LISTED_NAME = rf"(?!{_NOT_LISTED}\b){_CAP}(?:\s+(?!(?:Oblast|Krai)\b)[A-Z][a-z'’-]+(?!\s+districts\b))?"
# "territories" and "krais" share out only over krais ("the Krasnodar and Stavropol territories"; not "Pokrovsk,
# Kostiantynivka, and Donetsk Oblast territories")
_KRAI_STEM = re.compile(r"(?:Krasnodar|Stavropol|Khabarovsk|Primorsky|Altai|Perm|Krasnoyarsk|Zabaykalsky|Kamchatka)")
_ADMIN_PAIR = re.compile(
    rf"(?!{_NOT_LISTED}\b)(?P<a>{_CAP})(?:,\s+{_LISTED_NAME}){{0,4}}(?:,?\s+{_AND}|,)\s+(?:{_PARTLY}\s+)?(?P<b>{_LISTED_NAME})\s+(?P<unit>областях|"
    rf"областей|областями|області|области|regions|oblasts|territories|krais|districts|районах|районів|районов|райони|"
    rf"районы|громадах|громад|общинах|общин)\b"
)
_LISTED = r"(?:[А-ЯЁІЇЄҐ][а-яёіїєґ'’ʼ-]*(?:ськ|цьк|зьк|ск|цк|зк)[а-яёіїєґ]+|[A-Z][a-z'’ʼ-]+)"
_UNITS_LISTED = re.compile(
    rf"\b(?P<unit>(?i:областей|области|області|регионов|регіонів|regions|oblasts))\s*:\s*(?P<a>{_LISTED})"
    rf"(?:,\s+{_LISTED}){{0,8}}(?:,?\s+{_AND}|,)\s+(?P<b>{_LISTED})(?![\w'’-])"
)  # "Атака торкнулася семи областей: Полтавської, Харківської та Одеської": the unit before the list, one each (in
# Cyrillic adjectives only: "Губернатор области: Белгород, Шебекино и Грайворон" lists towns, not regions)
_REGIONS_OF = re.compile(
    rf"\b(?P<unit>regions|oblasts|provinces)\s+of\s+(?P<a>{_CAP})(?:,\s+{_CAP}){{0,4}},?\s+(?:and)\s+(?P<b>{_CAP})(?![\w'’-])"
)  # "the Ukrainian regions of Luhansk and Kherson": one region each
_COUNTRY_OWNER = r"(?:Russia|Ukraine)['’]s"
_POSSESSIVE_COUNTRY = re.compile(rf"{_COUNTRY_OWNER}\s+")  # "in Russia's Bryansk": the country is no part of it
# an owner's possessive before a facility's town ("Lukoil's Volgograd refinery", "Novatek's Ust-Luga terminal"): the
# company is no part of the site's name. Only these companies: a town's possessive ("Ryazan's Novoselki oil depot",
# "Odesa's Pivdennyi port") names the town, the district or village after it no place of its own (review 45 A H1)
_OWNER = (
    rf"(?:{_lexicon.ENERGY_FIRMS_EN}|Sibur|SIBUR|Tatneft|Bashneft|Slavneft|"
    r"Naftogaz|DTEK|Ukrenergo|Ukrnafta|Energoatom|Centrenergo|Ukrgasvydobuvannya|Rosseti|Rosatom|Inter\s+RAO)['’]s"
)
_POSSESSIVE_OWNER = re.compile(rf"{_OWNER}\s+(?=[A-Z])")


def _without_country(name: str, at: int, facility: bool = False) -> tuple[str, int]:
    """A name found at `at` without the country's possessive before it ("Russia's Bryansk" -> "Bryansk") and, before
    a facility (`facility`), without a listed company's too ("Lukoil's Volgograd refinery" -> "Volgograd"), and where
    what is left starts (a found name never ends in the space the pattern takes, so none is left empty)."""
    owner = _POSSESSIVE_COUNTRY.match(name)
    if owner is not None:
        name, at = name[owner.end() :], at + owner.end()
    if facility and (owner := _POSSESSIVE_OWNER.match(name)) is not None:
        name, at = name[owner.end() :], at + owner.end()
    return name, at


_CAPITAL = re.compile(
    r"(?P<ukr>\b(?:the\s+)?Ukrainian\s+capital|\bUkraine's\s+capital|\bукраинск\w+\s+столиц\w+|\bукраїнськ\w+\s+"
    r"столиц\w+)|(?P<rus>\b(?:the\s+)?Russian\s+capital|\bRussia's\s+capital|\bроссийск\w+\s+столиц\w+|\bросійськ\w+\s+"
    r"столиц\w+)",
    re.I,
)  # "the Ukrainian capital", "российскую столицу": Kyiv, Moscow
_CENTRE_OF = re.compile(
    rf"\b(?:центр[ауеі]?|окраин[аеуы]|околиц[яіюи]|передмісті|пригород[ауе]?|centre\s+of|center\s+of|"
    rf"outskirts\s+of|suburbs?\s+of|(?:in|of|near|across)\s+(?:central|southern|northern|eastern|western|downtown|"
    rf"north-?eastern|south-?eastern|north-?western|south-?western))\s+(?:(?:міста|города|the\s+city\s+of|the)\s+)?"
    rf"(?P<name>{_NAME})"
)  # "по центру Сум", "в центре Харькова", "the centre of Sumy": a short name the bare rule would not take
_REPUBLIC = re.compile(
    rf"(?P<unit>Республик[аиеу]|Республіц[іи]|Республік[аиу]|Republic\s+of)\s+(?P<name>{_CAP})|"
    rf"(?P<name2>(?:Донецк|Луганск|Донецьк|Луганськ)\w*\s+(?:Народн\w*\s+Республик\w*|народн\w*\s+республік\w*))|"
    r"(?P<acr>(?-i:ДНР|ЛНР))"
)
_SETTLEMENT = re.compile(
    rf"(?:\bн\.\s?п\.|\bнаселенн\w+\s+пункт\w*|\bнаселен\w+\s+пункт\w*|\bгород\w*|\bг\.|\bміст[оіау]|\bм\.|\bсел[аоеіу]?|"
    rf"\bс\.|\bселищ[еіау]\w*|\bсмт|\bпгт|\bпос[её]лк\w*|\bпос\.|\bхутор\w*|\bстаниц\w*|\bvillage\s+of|\btown\s+of|"
    rf"\bcity\s+of|\bsettlement\s+of|\b[пП]орт[ауі]?|\b[pP]ort\s+of)\s+(?P<name>{_NAME})"
)
_OPEN_QUOTE = '[«"“„]'  # the quotes that open a name: «», "", “” and the Russian inner „“
_CLOSE_QUOTE = '[»"”“]'  # and close it
# a name of a list, bare or quoted ("Южный", "“Південний”"), ending at the end of its word
_LISTED_NAME = rf"(?P<quote>{_OPEN_QUOTE})?(?P<name>{_NAME})(?(quote){_CLOSE_QUOTE})(?![\w'’ʼ-])"
# a plural settlement or port word before a list of names ("у містах Енгельс та Саратов", "в портах Південний та
# Чорноморськ", "the cities of Sumy and Konotop"): each name a settlement
_SETTLEMENTS = re.compile(
    rf"(?:\b(?:містах|селах|сёлах|селищах|городах|пос[её]лках|(?P<port>[пП]орт(?:ах|и|ів|ы|ов)))|"
    rf"\b(?:cities|towns|villages)\s+of)\s+{_LISTED_NAME}"
)  # (the names quoted too: "в портах "Южный" и "Черноморск"", "у портах “Південний” та “Чорноморськ”")
_REGION_ADJECTIVE = re.compile(
    r"(?:(?<![\w-])(?P<uk>[а-яіїєґ]{3,}(?:ськ|цьк|зьк))(?:ому|ого|ої|ій|ім|ий|е|а|у)|"
    r"(?<![\w-])(?P<ru>[а-яё]{3,}(?:ск|цк))(?:ом|ой|ому|ого|ая|ий|ый|ое|ую)|"
    r"(?<![\w-])(?P<en>[A-Z][a-z]{3,}))\s+$"
)  # "брянском селе", "харківському селі", "the Kursk village of": the region's adjective before a settlement word
_PREPOSITION = re.compile(
    rf"(?<![\w-])(?:[вВуУ]\s+(?:район[еі]|окрестностях|околицях)|[вВ]|[вВ]о|[нН]а|[уУ]|[нН]ад|[пП]од|[бБ]іля|[оО]коло|[вВ]озле|[пП]облизу|[пП]ід|[пП]облизости|[иИ]з|"
    rf"[іІ]з|[зЗ]|[пП]о|[iI]n|[nN]ear|at|outside|over|"
    rf"around|of|on)\s+(?:(?:the|г\.|м\.)\s+)?"
    # "в окупованому Криму", "по території тимчасово окупованого Криму", "у УКРАЇНСЬКОМУ Криму"
    rf"(?:(?:территори\w+|територі\w+|тимчасово|временно|temporarily|(?:Russian-|Ukrainian-)?(?:annexed|occupied|"
    # (with the occupier after the participle: "тимчасово окупованого росіянами Криму")
    rf"controlled|held)|[а-яёіїєґ'’ʼ-]+(?:ому|ого|ом|ой|ій|ем|им|ых|их)"
    rf"(?:\s+(?:росіянами|россиянами|[рР]осією|[рР]оссией|рф|РФ)(?=\s))?|"
    rf"[А-ЯЁІЇЄҐ]{{3,}}(?:ОМУ|ОГО|ОЙ|ІЙ))\s+){{0,3}}(?P<name>{_NAME})"
)
# a name in lower case after a preposition of place (the geocoder's list, the first letter in either case), with the
# admin word after a region's adjective (asked of the geocoder's lower_case_place: "у новокуйбишевську", "в
# краснодарському краї")
_LOWER_NAME = re.compile(
    r"(?<![\w'’ʼ-])(?:"
    + "|".join(f"[{p[0]}{p[0].upper()}]{p[1:]}" for p in sorted(LOWER_PREPOSITIONS, key=lambda p: (-len(p), p)))
    + r")\s+(?P<name>[а-яёіїєґ][а-яёіїєґ'’ʼ]{4,})(?![\w'’ʼ-])"
    r"(?:\s+(?P<unit>кра[йяюеї]|краєм|краем|област[ьиі]|областю))?(?![\w'’ʼ-])"
)
# the next name of a list, bare or quoted ("в портах «Южный», Черноморск и Одесса": a quoted name may be followed
# by bare ones, and a bare by quoted)
_LIST_NEXT = re.compile(rf"(?:\s*,\s*|\s+{_AND}\s+|,\s+{_AND}\s+){_LISTED_NAME}")
# so too after "а также", "а також" in a list of towns after an attack verb ("атаковали Белгород, Шебекино, а также
# Валуйки"), as _AFTER_REGIONS reads it after regions
_ALSO_WORDS = r"а\s+(?:также|також)"
_ALSO = rf"\s*,?\s+{_ALSO_WORDS}\s+"
# (``conj``: the item comes after a conjunction, not a bare comma)
_TOWN_LIST_NEXT = re.compile(rf"(?:\s*,\s*|(?P<conj>\s+{_AND}\s+|,\s+{_AND}\s+|{_ALSO})){_LISTED_NAME}")
# a town listed after a list of regions ("Полтавскую области, а также Харьков", "Сумская области и Запорожье", "the
# Sumy and Poltava regions, as well as Kharkiv"), or before its own region ("Киев и Киевская область", "Kharkiv and
# the Kharkiv region"): an item of the list, though it has no preposition of its own
_AFTER_REGIONS = re.compile(rf"\s*,?\s+(?:{_ALSO_WORDS}|as\s+well\s+as|{_AND})\s+(?P<name>{_NAME})(?![\w'’ʼ-])")
_BEFORE_OWN_REGION = re.compile(rf"(?<![\w'’ʼ-])(?P<name>{_CAP})\s+{_AND}\s+(?:the\s+)?$")
# a town before an item of a list of region nouns ("Києва, Харкова та Дніпропетровщини", "Київ і область,
# Житомирщина"): the town, then a comma or a conjunction (its own oblast may follow it as one item)
_BEFORE_LISTED = re.compile(
    rf"(?<![\w'’ʼ-])(?P<name>{_CAP})(?:\s+{_AND}\s+област[ьиі])?(?:\s*,\s*|\s+{_AND}\s+|,\s+{_AND}\s+)$"
)
_DIRECTION = re.compile(
    r"(?P<name>(?:[А-ЯЁІЇЄҐ][а-яёіїєґ'’ʼ-]+(?:ом|ем|ое|ий|ій|ому|ого|е)\s+(?:направлени|напрямк|напрям)\w*)|"
    r"(?:[А-ЯЁІЇЄҐа-яёіїєґ][а-яёіїєґ'’ʼ-]+(?:ом|ое|ого|ому|ому|ій|е)\s+(?:приграничь|прикордонн)\w*)|"
    r"(?:[A-Z][a-z'-]+\s+(?:direction|axis|border\s+area)))"
)
_BEFORE_REGION = re.compile(
    rf"(?P<name>{_NAME})\s*,\s*(?={_CAP}\s+(?:{_UNIT_ADMIN1}|{_UNIT_DISTRICT})(?![\w]))"
)  # "Графовка, Бєлгородська область", "(Чапаєвськ, Самарська область)": a settlement, then its region
_COMPASS = frozenset(["North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central"])
_CITY_AFTER = re.compile(
    rf"(?:\s+(?:міста|города|м\.|г\.)|(?P<of>\s+of(?:\s+the\s+city\s+of)?))?\s+(?P<city>{_CAP})(?![\w'’ʼ-])"
)  # the city a district belongs to: "районі Харкова", "районе города Донецка", "district of Kharkiv"
# a city's genitive ("Харкова", "Донецька", "Москвы", "Одеси", "Запоріжжя"), not an adjective or a person's name
_CITY_GENITIVE = re.compile(r"(?<![иіоыа])(?:а|я|ы|и|у)$")
_SETTLEMENT_BEFORE = re.compile(
    r"\b(?:станиц\w*|сел[аоеіу]?|селищ\w*|пос[её]лк\w*|поселени\w*|хутор\w*|город\w*|міст[оіау])\s+$", re.I
)
_UNIT_AFTER = re.compile(rf"\s+(?:{_UNIT_ADMIN1}|{_UNIT_DISTRICT})(?![\w])", re.I)
_REGION_WORD = re.compile(r"(?:ская|ской|скую|ська|ської|цкая|цкой|цька|цької|щин[аеиіу]|ина|ине|ини)$", re.I)
_BARE = re.compile(rf"(?<![\w'’ʼ.-])(?P<name>{_NAME})(?![\w'’ʼ-])")
_ADJECTIVE_END = re.compile(
    r"(?:ск|цк|ськ|цьк|зьк|ов|ев|ин)(?:ий|ій|ой|ая|ое|ые|ого|ому|ом|ую|ой|их|им|ими|а|у|е|і|ої|ої|их|ими)$|"
    r"(?:ий|ій|ый|ого|ому|ій|ої|ими|ых)$",
    re.I,
)
# the capitals whose name also stands for their government ("Киев продолжает удары", "обвинила Москву")
_CAPITAL_STEMS = r"(?:Киев|Київ|Києв|Москв|Вашингтон|Будапешт)"
# nominative, genitive and dative (a bare "Москве", "Києву" is no locative: "обещал Москве проблемы"), not the
# accusative: that is as often the place attacked ("Москву та область сьогодні атакували") as the government blamed
# ("обвинила Москву")
_CAPITAL_NAME = re.compile(rf"(?:{_CAPITAL_STEMS}[аыи]?|Москве|(?:Киев|Києв|Вашингтон|Будапешт)у)$", re.I)
_REGION_SUFFIX = r"(?:щин[аеиіуою]|щиной|ччин[аиіу]|ччиною|(?<=[а-яё]{3}[дтж])чин(?:[аеиуы]|ой))"
# Харківщина, Одещину, Донеччини; Russian Донетчину, Белгородчине, Воронежчины
_REGION_NOUN = re.compile(rf"{_REGION_SUFFIX}$", re.I)
_REGION_NOUN_NAME = re.compile(rf"(?<![\w'’ʼ-])(?P<name>[А-ЯЁІЇЄҐ][а-яёіїєґ'’ʼ]+{_REGION_SUFFIX})(?![\w'’ʼ-])")
_SENTENCE_LEAD = re.compile(r"(?:^|[.!?:;…\n*_#>|(\[\]\"«»“”„▫️•🔹⚡💥🔸▪️-]|[^\w\s,])\s*$")
_NOT_PLACES = frozenset(
    [
        "россия",
        "россии",
        "россию",
        "россией",
        # the Ukrainian forms as well ("..., Росія та Білорусь це заперечили": no town of a list)
        "росія",
        "росії",
        "росію",
        "росією",
        "рф",
        "российской",
        "российская",
        "російської",
        "російська",
        "украина",
        "украины",
        "украину",
        "украине",
        "украиной",
        "україна",
        "україни",
        "україну",
        "україні",
        "україною",
        "russia",
        "ukraine",
        "russian",
        "ukrainian",
        "europe",
        "европа",
        "європа",
        # other countries (a town of the gazetteer may share the name: Китай, a former name in Crimea)
        *(
            f"{stem}{end}"
            for stem, ends in (
                ("кита", ("й", "я", "ю", "ем", "ї", "є")),
                ("іран", ("", "у", "і", "ом")),
                ("иран", ("", "а", "у", "е", "ом")),
                ("корея", ("",)),
                ("коре", ("и", "ї", "ю", "ей", "єю")),
                ("кндр", ("",)),
                ("білорус", ("ь", "і", "сю")),
                ("беларус", ("ь", "и")),
                ("белорусси", ("я", "и", "ю")),
                ("польщ", ("а", "і", "у")),
                ("польш", ("а", "и", "у", "е")),
                ("туреччин", ("а", "и", "і", "у")),
                ("турци", ("я", "и", "ю")),
                ("німеччин", ("а", "и", "і", "у")),
                ("германи", ("я", "и", "ю")),
                ("угорщин", ("а", "и", "і", "у")),
                ("венгри", ("я", "и", "ю")),
                # foreign cities of talks and statements that a Russian village shares (Parizh, Berlin of
                # Chelyabinsk Oblast, Dzhida): where a leader speaks, not a place of the war
                ("париж", ("", "а", "е", "і", "у", "ем")),
                ("берлін", ("", "а", "і", "у", "ом")),
                ("берлин", ("", "а", "е", "у", "ом")),
                ("джидд", ("а", "е", "і", "у", "ы", "и", "ою", "ой")),
                ("аляск", ("а", "е", "і", "у", "и", "ою", "ой")),
                ("paris", ("",)),
                ("berlin", ("",)),
                ("jeddah", ("",)),
                ("alaska", ("",)),
                ("china", ("",)),
                ("iran", ("",)),
                ("belarus", ("",)),
                ("poland", ("",)),
                ("turkey", ("",)),
                ("hungary", ("",)),
            )
            for end in ends
        ),
        "сша",
        "usa",
        "америки",
        "washington",
        "вашингтон",
        "вашингтоне",
        "минобороны",
        "министерство",
        "міноборони",
        "генштаб",
        "зсу",
        "всу",
        "пво",
        "main",
        "march",
        "april",
        "may",
        "june",
        "february",
        "january",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "telegram",
        "телеграм",
        "the",
        "этот",
        "этой",
        "this",
        "that",
        "кремль",
        "кремле",
        "kremlin",
        "белый",
        "білий",
        "white",
    ]
)
_COUNTRY = re.compile(
    r"\b(?:в|во|на|по|у|in|across|over|inside|into)\s+(?:территори\w+\s+|територі\w+\s+|the\s+territory\s+of\s+)?(?:(?P<rus>Росси[июяей]|Російськ\w+\s+Федераці\w+|Российск\w+\s+Федераци\w+|Росі[їяю]|Russia|РФ|рф)|"
    r"(?P<ukr>Украин[аыеу]|Україн[аиіу]|Ukraine))\b"
)


# a finite verb after an English country's name ("Ukraine multiplied ...", "Ukraine has ...", "Ukraine continues"):
# the name is the subject, not the owner of a target
_VERB_AFTER = (
    r"\s+[\"“]?(?:(?:has|have|had|is|was|were|will|would|could|may|might|did|does|also|again|then|now)\b|"
    r"[a-z]+(?:ed|es)\b)"
)
# a finite verb after a town listed after regions, or a comma before its conjunction: the town is the subject of a
# clause of its own ("in the Sumy region, and Kyiv said ...", "и Москва обвинила Киев", "а также Киев заявил"), not an
# item of the list; a singular past verb only ("Харьков ответил"; not the plural of the whole list, "были атакованы",
# nor an adverb, "около полуночи")
_CLAUSE_VERB_AFTER = re.compile(
    rf"{_VERB_AFTER}|\s+(?:said|says|told|denied|denies)\b|"
    rf"\s+(?:[а-яёіїєґ'’ʼ-]+(?:л|ла)|(?:{_lexicon.SAY_OR_ACCUSE_RU_UK})[а-яёіїєґ]*)(?![\w'’ʼ-])"
)
_CLAUSE_AND = re.compile(rf"\s*,\s*{_AND}\s+$")
# a finite verb right after the nominative "Россия", "Росія" ("Россия пытается нанести боль", "Росія продовжує
# атакувати", "Россия ударила"): the country is the subject, not the owner of a target (a present's third person, a
# past, a reflexive; not the indeclinable "РФ", a speaker's country in "Минобороны РФ сообщило"; not a verb of saying
# or accusing, "Росія звинувачує Україну в атаках", whose attacks are on Russia's sites, nor of suffering, "Россия
# подверглась атаке", or of answering, "Россия ответит на удар по НПЗ", or of losing, "Росія втратила НПЗ"; also
# before punctuation, "Россия заявила, что ...")
_VERB_AFTER_RU_UK = (
    r"\s+(?:(?:не|вже|уже|снова|знову|вновь|опять|также|також)\s+)?"
    rf"(?!(?:{_lexicon.SAY_OR_ACCUSE_RU_UK}|подверг|зазна|пострада|піддал|оказал|опинил|ответ|відпов|"
    r"втрат|потеря|лиши|понес|понесл|остал|залиши|страда|стражда|получи|отрима)[а-яёіїєґ'’ʼ-]*(?![\w'’ʼ-]))"
    r"[а-яёіїєґ'’ʼ-]+(?:ет|ёт|ит|ят|ат|ут|ют|ає|ує|є|л|ла|ло|ли|ся|сь)(?![\w'’ʼ-])"
)
_COUNTRY_OF_TARGET = re.compile(
    r"(?:(?P<rus>(?:российск|русск)\w*\s+(?:энерг|нефт|газ|инфраструктур|объект|территор)\w*|"
    rf"(?:Россия|Росія)\b(?!{_VERB_AFTER_RU_UK})|(?:России|РФ|рф|Росії)\b|"
    r"Russian\s+(?:energy|infrastructure|oil|gas|power|facilit)\w*|Russia's\s+(?:energy|infrastructure|oil|gas|power|facilit)\w*|"
    r"Российской\s+Федерации|російськ\w*\s+(?:енерг|нафт|інфраструктур|об)\w*)|"
    r"(?P<ukr>(?:украинск|українськ)\w*\s+(?:энерг|енерг|инфраструктур|інфраструктур|объект|об)\w*|"
    r"(?<!\bна\s)(?<!\bв\s)(?<!\bу\s)(?:Украин[ыеу]|Україн[иі])\b|Ukraine\b(?!"
    rf"{_VERB_AFTER}"
    r")|"
    r"Ukrainian\s+(?:energy|infrastructure|oil|gas|power|facilit)))"
)  # (not "конфликта на Украине": where, not whose; not "the ministry said Ukraine multiplied its attacks": the subject)


def country_of_target(text: str, start: int, end: int, exclude: Sequence[tuple[int, int]] = ()) -> str | None:
    """The country a span says its target belongs to ("аэродромов Украины", "российской энергетической
    инфраструктуры"), if it names exactly one of Russia and Ukraine. Matches inside ``exclude`` (the spans of the
    actors named: "Вооруженными Силами Российской Федерации") do not count."""
    rus = ukr = False
    for m in _COUNTRY_OF_TARGET.finditer(text, start, end):
        if any(a < m.end() and m.start() < b for a, b in exclude):
            continue
        rus = rus or m.group("rus") is not None
        ukr = ukr or m.group("ukr") is not None
    if rus == ukr:
        return None
    return "RUS" if rus else "UKR"


class Candidate(Protocol):
    """What the geocoder answers for a name: the shape of ``ceasewatch.geo.geocode.Candidate``."""

    name: str
    lat: float
    lon: float
    radius_km: float
    admin1: str | None
    country: str | None
    score: float
    kind: str


class FacilityFinder(Protocol):
    """What the resolver needs of a facility registry: ``ceasewatch.geo.facilities.FacilityRegistry.find``."""

    def find(self, name: str) -> Sequence[Any]: ...


@runtime_checkable
class Answer(Protocol):
    """What the bundled geocoder answers (``ceasewatch.geo.geocode.GeocodeAnswer``): the candidates, and whether the
    document (the report) could change them."""

    @property
    def candidates(self) -> Sequence[Any]: ...

    @property
    def uses_document(self) -> bool: ...


Geocoder = Callable[..., Sequence[Any] | Answer]
"""``geocode(text, *, context=None, limit=5, document=None) -> list[Candidate]`` (any of the keywords may be left out),
or the same returning an :class:`Answer` (``geocode_answer``)."""


@dataclass(frozen=True)
class PlaceMention:
    """A place name in the text: its span, the name to look up, and the level the text gives it (if any)."""

    start: int
    end: int
    query: str
    level: PlacePrecision | None
    strong: bool  # found with an administrative or settlement word, not only after a preposition
    bare: bool = False  # a capitalised name with no preposition or administrative word before it
    strict: bool = False  # an English name placed by its role ("attacked Kryvyi Rih"): read as strictly as a bare one
    # the name a facility word gives ("подстанции «Севастополь»", "НПС «Кропоткинская»", "the "Engels" airfield"):
    # asked of the facility registry first; a quoted name the registry does not know is read as a town, strictly
    facility: str | None = None
    # the region an adjective before a settlement word gives it ("в брянском селе Кирилловка", "the Kursk village of
    # Ilek"), asked as the region: the settlement of that region, else the region
    region: str | None = None
    # a facility's name by its adjective before its kind word ("Ільський НПЗ"): asked of the facility registry only
    adjective: bool = False


def _role_mention(start: int, end: int, name: str, regional: bool, facility: str | None = None) -> PlaceMention:
    """An English name placed by its role, read strictly; a region's name when a list of regions introduces it; the
    name of the facility words after it ("the Afipsky oil refinery", "Glebovskoye underground gas storage facility")
    asked of the registry first, then read as a town (as a quoted name is)."""
    if regional:
        return PlaceMention(start, end, f"{name} region", "admin1", True)
    if facility is not None:
        facility = f"«{name}» {_GENERIC_TAIL.sub('', facility)}"
    return PlaceMention(start, end, name, None, False, strict=True, facility=facility)


def _before_region_adjective(text: str, name: str, end: int) -> str:
    """``name`` (a match ending at ``end``) without a last word that is its region's adjective, when a unit word follows
    ("в Сызрани Самарской области": the town, then the region, read by _ADMIN, not one name)."""
    words = name.split()
    if len(words) > 1 and _ADJECTIVE_END.search(words[-1]) and _UNIT_AFTER.match(text, end):
        return name[: name.rindex(words[-1])].rstrip()
    return name


_CYRILLIC_ADJECTIVE = re.compile(
    r"(?:ьк[аіу]|ой|ей|ий|ый|ій|ом|ем|ім|им|ым|ого|его|ому|ему|ої|ую|юю|ая|яя|ое|ее|ые|ие|их|ых|іх|ими|ыми)$",
    re.I,
)  # "Курской", "Сумська", "Восточном", "Центральному": an adjective's ending, not a noun's ("Рязані", "Брянске",
# "Губернатор")


_REGION_GENITIVE = re.compile(r"(?:ой|ей|ого|его|ої|ьої|ього)$", re.I)  # "Курской", "Краснодарского", "Сумської"
_UNIT_NOMINATIVE = frozenset(["область", "район", "край", "округ", "громада", "громаду"])  # (or the accusative)


def _noun_before_unit(word: str, unit: str) -> bool:
    """Whether a Cyrillic region or district word has a noun, not the adjective that names it, before it: a Russian or
    Ukrainian region or raion is always named by an adjective ("Курской области", "Синельниківському районі"), so that
    "Губернатор області" or the town in "у Рязані та Ленінградській області" names no region of its own."""
    return unit[:1].isalpha() and not unit[:1].isascii() and _CYRILLIC_ADJECTIVE.search(word) is None


def _port_query(word: str, name: str) -> str:
    """The query of a settlement ``name`` after ``word``: a port's adjectival name ("порт Південний") asked with the
    port word, whose gender the town's adjectival name takes (the town Південне), else the name."""
    return f"порт {name}" if port_adjective(word, name) else name


def find_places(
    text: str, start: int, end: int, *, one_site: Callable[[str], bool] | None = None
) -> list[PlaceMention]:
    """The place mentions in ``text[start:end]``, in order, without overlaps (the first, longest kept).
    ``one_site`` tells whether the facility registry knows exactly one site by a name ("Ільський НПЗ"): a facility's
    adjective it knows none by is not read as a facility, so the span keeps its other reading ("по Харківській ТЕЦ":
    the oblast)."""
    found: list[PlaceMention] = []
    for m in _ADMIN_PAIR.finditer(text, start, end):
        unit = m.group("unit").lower()
        admin = unit.startswith(("област", "region", "oblast", "territor", "krai"))
        # "the Krasnodar and Stavropol territories": each a krai, "Stavropol territory"
        word = (
            "области"
            if unit.startswith("област")
            else "району"
            if unit.startswith("район")
            else "territory"
            if unit == "territories"
            else unit.rstrip("s")
        )
        level: PlacePrecision = "admin1" if admin else "district"
        items = list(re.finditer(_LISTED_NAME, text[m.start("a") : m.start("b")]))
        names = [n.group(0) for n in items] + [m.group("b")]
        if unit in ("territories", "krais") and not all(_KRAI_STEM.fullmatch(name) for name in names):
            continue  # "Kharkiv, Sumy and Kherson territories": no krais, no share
        if unit == "districts" and any(" " in name for name in names):
            continue  # "Dnipro, Kryvyi Rih, Nikopol and Pokrov districts": the towns' districts (with the two-word
            # name first, "Kryvyi Rih, Nikopol and Pokrov districts", the pair starts after its space and Pokrov is
            # still read as a district)
        # "Курской и Белгородской областях", "the Kherson, Mykolaiv and Mari El regions": one mention each
        for n in items:
            a, b = m.start("a") + n.start(), m.start("a") + n.end()
            if is_community(text[a:b], unit):
                continue  # "Армянской и Еврейской общин": no hromada
            if not _noun_before_unit(text[a:b], unit):  # "у Рязані та Ленінградській області": the town stays a town
                found.append(PlaceMention(a, b, f"{text[a:b]} {word}", level, True))
        if not is_community(m.group("b"), unit):
            found.append(PlaceMention(m.start("b"), m.end(), f"{m.group('b')} {word}", level, True))
    for m in _UNITS_LISTED.finditer(text, start, end):
        word = "region" if m.group("unit").lower().startswith(("region", "oblast")) else "области"
        for n in re.finditer(_CAP, text[m.start("a") : m.end("b")]):
            a, b = m.start("a") + n.start(), m.start("a") + n.end()
            found.append(PlaceMention(a, b, f"{text[a:b]} {word}", "admin1", True))
    for m in _REGIONS_OF.finditer(text, start, end):
        for n in re.finditer(_CAP, text[m.start("a") : m.end("b")]):
            a, b = m.start("a") + n.start(), m.start("a") + n.end()
            found.append(PlaceMention(a, b, f"{text[a:b]} region", "admin1", True))
    for m in _CAPITAL.finditer(text, start, end):
        query = "Kyiv" if m.group("ukr") else "Moscow"
        found.append(PlaceMention(m.start(), m.end(), query, "settlement", True))
    for m in _CENTRE_OF.finditer(text, start, end):
        found.append(PlaceMention(m.start("name"), m.end("name"), m.group("name"), None, False))
    for m in _REPUBLIC.finditer(text, start, end):
        query = m.group("acr") if m.group("acr") else m.group(0)
        found.append(PlaceMention(m.start(), m.end(), query, "admin1", True))
    for m in _ADMIN.finditer(text, start, end):
        unit = m.group("unit").lower()
        district = re.match(_UNIT_DISTRICT, unit) is not None
        name = m.group("name")
        words = name.split()
        if _noun_before_unit(words[-1], unit):
            continue  # "Губернатор області", "Жителі району": no region's name
        if is_community(words[-1], unit):
            # "храм Армянской общины", "Єврейська громада": an ethnic or religious community, no hromada; the city's
            # genitive after it is the city ("Еврейская община Днепра"), a country's none ("Еврейская община Украины")
            city = _CITY_AFTER.match(text, m.end(), end)
            if (
                city is not None
                and not city.group("of")
                and city.group("city").lower() not in _NOT_PLACES
                and _CITY_GENITIVE.search(city.group("city"))
            ):
                found.append(PlaceMention(city.start("city"), city.end("city"), city.group("city"), None, False))
            continue
        at = m.start()
        if len(words) > 1 and words[0] in _COMPASS:  # "the South Zaporizhhia region", "West Bryansk region"
            name = name[len(words[0]) :].lstrip()
            at = m.end("name") - len(name)
            words = words[1:]
        if district and len(words) == 1 and (city := _CITY_AFTER.match(text, m.end(), end)) is not None:
            place = city.group("city")
            if (
                place.lower() not in _NOT_PLACES
                and not _REGION_WORD.search(place)
                and not _UNIT_AFTER.match(text, city.end())
                and (city.group("of") or _CITY_GENITIVE.search(place))
            ):
                # "Шевченківський район Харкова", "Kyivskyi district of Kharkiv": the city's district, asked whole
                found.append(PlaceMention(m.start(), city.end(), text[at : city.end()], None, True))
                continue
        if (
            len(words) > 1
            and _ADJECTIVE_END.search(words[-1])
            and (
                not _ADJECTIVE_END.search(words[-2])
                or _SETTLEMENT_BEFORE.search(text, max(start, at - 16), at)
                # an adjective's ending in another case than the region's genitive: no word of its name ("у
                # Новомосковську Тульської області", "Грабовское Сумской области": a town, then its region)
                or (_REGION_GENITIVE.search(words[-1]) and not _REGION_GENITIVE.search(words[-2]))
            )
        ):
            # "Суджа Курской области", "Іванівська Лисиця Бєлгородської області": a settlement, then its region
            # ("станице Кавказская Краснодарского края": an adjectival settlement after its settlement word); the
            # region of a settlement is in the genitive: a capitalised word before a region in another case opens the
            # sentence ("Атакували Харківську область", "Обстреляли Курскую область"), and is no settlement
            cut = at + name.rindex(words[-1])
            settlement = text[at:cut].rstrip()
            if (
                not _TITLE_WORD.fullmatch(settlement)
                and _REGION_GENITIVE.search(words[-1])
                and unit not in _UNIT_NOMINATIVE
            ):
                found.append(PlaceMention(at, at + len(settlement), settlement, "settlement", True))
            found.append(PlaceMention(cut, m.end(), text[cut : m.end()], "district" if district else "admin1", True))
            continue
        found.append(PlaceMention(m.start(), m.end(), text[at : m.end()], "district" if district else "admin1", True))
    for m in _BEFORE_REGION.finditer(text, start, end):
        name = m.group("name")
        if name.lower() in _NOT_PLACES or _REGION_WORD.search(name) or re.search(_UNIT_ADMIN1, name, re.I):
            continue
        found.append(PlaceMention(m.start(), m.end("name"), name, "settlement", True))
    adjectives: set[int] = set()
    for m in _SETTLEMENT.finditer(text, start, end):
        name = _before_region_adjective(text, m.group("name"), m.end("name"))  # its region follows
        stop = m.start("name") + len(name)
        adjective = _REGION_ADJECTIVE.search(text, max(start, m.start() - 30), m.start())
        region = None
        if adjective is not None:
            uk, ru, en = adjective.group("uk", "ru", "en")
            region = f"{uk}ої області" if uk else f"{ru}ой области" if ru else f"{en} region"
            if en:
                adjectives.add(adjective.start("en"))  # "in the Bryansk village of": no mention of its own
        query = _port_query(m.group(0).split()[0], name)
        found.append(PlaceMention(m.start("name"), stop, query, "settlement", True, region=region))
    for m in _SETTLEMENTS.finditer(text, start, end):
        more: re.Match[str] | None = m
        while more is not None and more.group("name").lower() not in _NOT_PLACES:
            name = more.group("name")
            if _REGION_WORD.search(name) or _UNIT_AFTER.match(text, more.end("name")):
                break  # "порти Одещини", "в селах Курской области": a region's, read as the region
            query = _port_query(m.group("port") or "", name)
            found.append(PlaceMention(more.start("name"), more.end("name"), query, "settlement", True))
            more = _LIST_NEXT.match(text, more.end(), end)
    for m in _DIRECTION.finditer(text, start, end):
        found.append(PlaceMention(m.start(), m.end(), m.group(0), "district", False))
    for m in _PREPOSITION.finditer(text, start, end):
        name, at = _without_country(m.group("name"), m.start("name"))  # "in Russia's Bryansk, Belgorod ... regions"
        if not name or name.lower() in _NOT_PLACES or name.split()[0].lower() in _NOT_PLACES:
            continue
        name = _before_region_adjective(text, name, m.end("name"))
        site = _SITE_AFTER.match(text, at + len(name)) if " " not in name and _ADJECTIVE_END.search(name) else None
        # "в Одесском порту": the town's port, asked with its word so that the adjective is read as the town's
        found.append(PlaceMention(at, at + len(name), f"{name} {site['site']}" if site else name, None, False))
        # a list after the preposition: "в Видном, Домодедове и Раменском", "in Vidnoye, Domodedovo and Ramenskoye"
        stop = m.end("name")
        while (more := _LIST_NEXT.match(text, stop, end)) is not None:
            name = more.group("name")
            if name.lower() in _NOT_PLACES or _UNIT_AFTER.match(text, more.end("name")):
                break
            found.append(PlaceMention(more.start("name"), more.end("name"), name, None, False))
            stop = more.end("name")
    for m in _LOWER_NAME.finditer(text, start, end):
        # a town or region written in lower case after a preposition ("у новокуйбишевську", "в краснодарському
        # краї"): only a name the gazetteer reads as a town's or a region's, never a common word ("у полі")
        unit = m.group("unit") or ""
        if lower_case_place(m.group("name"), unit):
            stop = m.end("unit") if unit else m.end("name")
            found.append(
                PlaceMention(m.start("name"), stop, text[m.start("name") : stop], "admin1" if unit else None, False)
            )
    for m in _BARE.finditer(text, start, end):
        # a bare city name ("рідного Херсону", "вночі Саранськ приймав"): not at the head of a sentence or bullet,
        # not an adjective (those name facilities: "Саратовський НПЗ"); kept only if the geocoder is sure of it
        name, at = m.group("name"), m.start()
        head = None
        if at - start < 2 or _SENTENCE_LEAD.search(text, max(start, at - 4), at):
            # "Власти Новороссийска ввели режим ЧС", "Мер Харкова повідомив": a title or people word that starts the
            # sentence is no part of the name; the city after it, in the genitive (not an adjective however it ends:
            # "Новороссийска", "Харкова"), is read as a bare name
            if (
                (head := _TITLE_OF_CITY.match(name)) is None
                or not _TITLE_WORD.fullmatch(head.group("title"))
                or not _CITY_GENITIVE.search(head.group("city"))
            ):
                continue
            name, at = head.group("city"), at + head.start("city")
        if (
            len(name) < 4
            or name.isascii()
            or _CAPITAL_NAME.match(name)  # "недоговороспособность Киева", "Москва заявила": the government
            or name.lower() in _NOT_PLACES
            or (
                _ADJECTIVE_END.search(name.split()[-1]) is not None
                if head is None
                else _UNIT_AFTER.match(text, at + len(name)) is not None  # "Губернатор Курской области"
            )
        ):
            continue
        found.append(PlaceMention(at, at + len(name), name, None, False, bare=True))
    latin = _LATIN_NAME.search(text, start, end) is not None
    for pattern in (
        (_ATTACK_OBJECT, _SUFFERED_SUBJECT, *_ENGLISH_ROLES) if latin else (_ATTACK_OBJECT, _SUFFERED_SUBJECT)
    ):
        # an English place name with no preposition, placed by its role: the object of an attack verb, the owner of
        # a target ("Sloviansk's energy infrastructure"), the name of a facility ("the Saratov refinery"), or the
        # subject of a passive attack ("Engels suffered", "Kherson was shelled")
        for m in pattern.finditer(text, start, end):
            facility = _EN_FACILITY_AFTER.match(text, m.end("name"))
            # "struck Russia's Ryazan refinery", "struck Lukoil's Volgograd refinery"
            name, at = _without_country(m.group("name"), m.start("name"), facility is not None)
            if name.lower() in _NOT_PLACES or name.split()[0].lower() in _NOT_PLACES:
                continue
            if not name.isascii() and _ADJECTIVE_END.search(name.split()[-1]) and not _REGION_NOUN.search(name):
                continue  # "атакували Рязанський НПЗ": the adjective names the facility
            # (a name after "regions, including" is a region's: "Sumy region", not the city; but not one after
            # "regions, including the city of")
            groups = m.groupdict()
            regional = groups.get("unit") is not None and groups.get("settlement") is None
            found.append(_role_mention(at, m.end("name"), name, regional, facility and facility.group("word")))
            # the rest of a list after an attack word ("struck Sumy, Kharkiv and Odesa", "regions, including Sumy,
            # Poltava and Lviv"): each name read as strictly as the first
            stop = m.end("name")
            if pattern is _ENGLISH_ROLES[0]:
                for more in _list_items(text, stop, end, _LIST_NEXT, _english_role_listed):
                    found.append(_role_mention(more.start("name"), more.end("name"), more.group("name"), regional))
            # so too after a Ukrainian or Russian attack verb ("обстріляв Нікополь, Марганець та Покров"): the
            # readers give each town of the list its claim, not only the first; a list opened by a region noun
            # ("атакували Сумщину, Миколаївку і Полтавщину") is left to the rules of listed regions
            elif pattern is _ATTACK_OBJECT and _REGION_NOUN.search(name) is None:
                for more in _list_items(text, stop, end, _TOWN_LIST_NEXT, _attacked_town_listed):
                    found.append(_role_mention(more.start("name"), more.end("name"), more.group("name"), False))
    for m in _PASSIVE_SUBJECT.finditer(text, start, end):
        name, at = m.group("name"), m.start("name")
        first = name.split()[0]
        if " " in name and first.lower() in _LEADING_ADVERBS:  # "Ночью Подмосковье подверглось атаке"
            name, at = name[len(first) :].lstrip(), m.end("name") - len(name[len(first) :].lstrip())
        if name.lower() not in _NOT_PLACES and not _CAPITAL_NAME.match(name) and not _ADJECTIVE_END.search(name):
            found.append(PlaceMention(at, m.end("name"), name, None, False))
    for m in _HEADLINE_REGION.finditer(text, start, end):
        # a region named alone at the head of a report or bullet, as a dateline
        if _REGION_NOUN.search(m.group("name")) and (
            m.start() - start < 2 or _SENTENCE_LEAD.search(text, max(start, m.start() - 4), m.start())
        ):
            found.append(PlaceMention(m.start("name"), m.end("name"), m.group("name"), "admin1", False))
    for m in _AIRFIELD_NAME.finditer(text, start, end):
        group = next(g for g in ("name", "quoted", "plain") if m.group(g))
        name = m.group(group)
        if name.lower() not in _NOT_PLACES and not _ADJECTIVE_END.search(name):
            found.append(PlaceMention(m.start(group), m.end(group), name, None, False, strict=True))
    for m in _FACILITY_NAMED.finditer(text, start, end):
        group = "q" if m.group("q") else "c"
        name = m.group(group)
        quoted_whole = m.start() > start and text[m.start() - 1] in '«"“„'
        if name.lower() in _NOT_PLACES or (
            group == "c" and not quoted_whole and not re.search(r"[а-яёіїєґ]", m.group("word")[1:] or "")
        ):
            # an unquoted name only after a spelt-out facility word ("станцію Кропоткінська", not "КС Суджа"), or
            # inside the quotes of the whole name ("уразили «НПЗ Краснодарський»")
            continue
        query = f"{m.group('word')} «{name}»" if group == "q" else f"{m.group('word')} {name}"
        found.append(PlaceMention(m.start(group), m.end(group), name, None, False, strict=True, facility=query))
        # a plural word with a list of names ("нафтопереробні заводи «Ільське» та «Слов'янське»"): each name
        more = _MORE_QUOTED.match(text, m.end(), end) if group == "q" else None
        while more is not None and more.group("q").lower() not in _NOT_PLACES:
            query = f"{m.group('word')} «{more.group('q')}»"
            found.append(
                PlaceMention(more.start("q"), more.end("q"), more.group("q"), None, False, strict=True, facility=query)
            )
            more = _MORE_QUOTED.match(text, more.end(), end)
    if latin:
        for m in _EN_FACILITY_QUOTED.finditer(text, start, end):
            name = m.group("q")
            if name.lower() not in _NOT_PLACES:
                query = f"«{name}» {m.group('word')}"
                found.append(PlaceMention(m.start("q"), m.end("q"), name, None, False, strict=True, facility=query))
    for m in _ADJECTIVE_FACILITY.finditer(text, start, end):
        # a Cyrillic adjective before a facility word ("атакували Ільський НПЗ", "у Курской атомной электростанции"),
        # as "the Ilsky refinery" is read in English: asked of the registry only, never read as a town
        # (and the first of two names before one word: "Саратовский и Волгоградский НПЗ")
        pair = _PAIRED_ADJECTIVE.search(text, max(start, m.start() - 40), m.start())
        for at, name in [*([(pair.start("a"), pair.group("a"))] if pair else []), (m.start("name"), m.group("name"))]:
            query = f"{name} {m.group('word')}"
            if (
                _ADJECTIVE_END.search(name)
                and name.lower() not in _NOT_PLACES
                and not _NOT_SITE_ADJECTIVE.match(name)
                and (one_site is None or one_site(query))
            ):
                found.append(
                    PlaceMention(at, at + len(name), query, None, False, strict=True, facility=query, adjective=True)
                )
    for m in _REGION_NOUN_NAME.finditer(text, start, end):
        # "постраждала Донеччина", "Сумщину атакували": a region by its own word, wherever it stands
        if m.group("name").lower() not in _NOT_PLACES:
            found.append(PlaceMention(m.start(), m.end(), m.group("name"), None, False, strict=True))
    # a capital named as its government ("Киев продолжает удары", "Kyiv denied", "the Defense Ministry in Moscow",
    # "impersonality of Kyiv", "Kiev regime"), or a capital or a country that speaks ("в Киеве заявили", "заявления
    # из Киева"), is not a place
    found = [p for p in found if not _government(text, p) and p.start not in adjectives and not _speaker_name(text, p)]
    # the first half of a compound adjective ("the Russian-US talks") is no name: the fuzzy geocoder reads "Russian"
    # as Ruzhyn
    found = [
        p
        for p in found
        if not _COMPOUND_HALF.match(text, p.end) and not _FLAG_STATE.search(text, max(start, p.start - 60), p.start)
    ]
    if len(found) > 1:
        # "in Ryazan, southeast of Moscow", "в 30 км от Харькова": a reference point that places the other name
        found = [p for p in found if not _REFERENCE.search(text, max(start, p.start - 40), p.start)] or found
    if any(not p.bare and not title_place(text, p) for p in found):
        # a bare name only where nothing else is named (a region in a speaker's title, "очільник Дніпропетровської
        # області", names no place of its own)
        found = [p for p in found if not p.bare]
    found.extend(_listed_towns(text, found, start, end))
    # of two readings of one span, a region of a list ("the regions of A, B and C were attacked") before a name read
    # by its role, and that before the rest
    found.sort(key=lambda p: (p.start, -(p.end - p.start), p.level != "admin1", not p.strict))
    kept: list[PlaceMention] = []
    for p in found:
        if kept and p.start < kept[-1].end:
            continue
        kept.append(p)
    return kept


def _listed_towns(text: str, found: Sequence[PlaceMention], start: int, end: int) -> list[PlaceMention]:
    """The towns named beside a region of ``found`` as items of one list (``_AFTER_REGIONS``, ``_BEFORE_OWN_REGION``):
    read as strictly as a bare name (the geocoder must be sure of it), but kept beside the regions, as a bare name is
    not. A town before a region only with the region's own stem ("Киев и Киевская", not "Курск и Белгородская")."""
    towns: list[PlaceMention] = []
    for region in found:
        if region.strict and _REGION_NOUN.search(region.query):
            towns.extend(_towns_among_region_nouns(text, region, start, end))
        if region.level != "admin1":
            continue
        after = _AFTER_REGIONS.match(text, region.end, end)
        before = _BEFORE_OWN_REGION.search(text, max(start, region.start - 40), region.start)
        if before is not None and before.group("name")[:4].lower() != text[region.start : region.start + 4].lower():
            before = None
        for m in (after, before):
            if m is None:
                continue
            name = m.group("name")
            if m is after and (
                _CLAUSE_VERB_AFTER.match(text, m.end("name")) or _CLAUSE_AND.match(text, region.end, m.start("name"))
            ):
                continue  # the subject of a clause of its own ("..., and Kyiv said", "и Москва обвинила Киев")
            if (
                len(name) < 4
                or name.lower() in _NOT_PLACES
                or name.split()[0].lower() in _NOT_PLACES
                or _ADJECTIVE_END.search(name.split()[-1])
                or _REGION_WORD.search(name)
                or _UNIT_AFTER.match(text, m.end("name"))
            ):
                continue
            towns.append(PlaceMention(m.start("name"), m.end("name"), name, None, False, bare=True))
    # an item between two region nouns is reached from both: each mention once, by its span
    return list({(t.start, t.end): t for t in towns}.values())


def _towns_among_region_nouns(text: str, region: PlaceMention, start: int, end: int) -> list[PlaceMention]:
    """The towns named as items of one list with a region noun ("під ударом були Київ і область, Житомирщина ...,
    Сумщина і Запоріжжя", "зокрема Києва, Харкова та Дніпропетровщини"), walked both ways from it up to the next
    region noun (which walks on itself): read as strictly as a bare name, as ``_listed_towns`` reads them beside an
    oblast; not the subject of a clause of its own ("..., а Київ заявив")."""
    towns: list[PlaceMention] = []
    at = region.start
    while (
        (m := _BEFORE_LISTED.search(text, max(start, at - 40), at)) is not None
        and _listed_name(m.group("name"))
        and not _UNIT_AFTER.match(text, m.end("name"))
        and not _CLAUSE_AND.match(text, m.end("name"), at)
        and not _SPEAKER_BEFORE.search(text, max(0, m.start("name") - 25), m.start("name"))
    ):
        towns.append(PlaceMention(m.start("name"), m.end("name"), m.group("name"), None, False, bare=True))
        at = m.start()
    for m in _list_items(text, region.end, end, _LIST_NEXT, _town_among_region_nouns):
        towns.append(PlaceMention(m.start("name"), m.end("name"), m.group("name"), None, False, bare=True))
    return towns


def _town_among_region_nouns(text: str, stop: int, more: re.Match[str]) -> bool:
    """Whether the next item ``more`` of a list with a region noun (the last item ending at ``stop``) is a town: a
    town's word whose item ends, before no unit word, not after ", і"."""
    return (
        _listed_name(more.group("name"))
        and not _UNIT_AFTER.match(text, more.end("name"))
        and _item_ends(text, more.end("name"))
        and not _CLAUSE_AND.match(text, stop, more.start("name"))
    )


def _english_role_listed(text: str, stop: int, more: re.Match[str]) -> bool:
    """Whether the next item ``more`` of a list after an English attack word is a place: not a word of no place, not a
    name before a unit word."""
    return more.group("name").lower() not in _NOT_PLACES and not _UNIT_AFTER.match(text, more.end("name"))


def _list_items(
    text: str, stop: int, end: int, next_item: re.Pattern[str], keeps: Callable[[str, int, re.Match[str]], bool]
) -> Iterator[re.Match[str]]:
    """The items of a list after the one ending at ``stop``, as ``next_item`` matches them, while ``keeps`` (given
    the text, the last item's end and the next item's match) takes each: one walk for the three kinds of list."""
    while (more := next_item.match(text, stop, end)) is not None and keeps(text, stop, more):
        yield more
        stop = more.end("name")


_ITEM_END = re.compile(
    rf"\s*(?:[,.;:!?)—–\n]|$)|\s+{_AND}\s|\s+[а-яёіїєґ'’ʼ]+(?:ли|лись|лися|ны|ні)(?![\w'’ʼ-])", re.I
)  # what ends an item of a list: a comma, a stop, a conjunction or the list's plural verb ("... і Запоріжжя
# постраждали"); not a word of a clause of its own ("атакували Сумщину та Одещину, Москва цього не визнає")


_OWN_REGION_AFTER = re.compile(rf"\s+{_AND}\s+област[ьиі]\b", re.I)


def _item_ends(text: str, at: int) -> bool:
    """Whether an item of a list ends at ``at``, or after its own region ("Київ і область, Житомирщина"; not "Москва і
    область не постраждали", "Київ і область без світла": a clause of its own)."""
    if (own := _OWN_REGION_AFTER.match(text, at)) is not None:
        at = own.end()
    return _ITEM_END.match(text, at) is not None


# a feminine town's nominative, whose accusative after an attack verb ends in "-у" ("атакував Покровськ,
# Костянтинівка, Краматорськ залишаються ...", "атаковали Белгород, Курск, Москва": the subject of a clause of its
# own, or of none); a masculine one's accusative is its nominative, and a neuter's ("Запоріжжя", "Шебекино") too
_FEMININE_NOMINATIVE = re.compile(r"[бвгґджзйклмнпрстфхцчшщ]а$", re.I)
# a present verb's third person plural after an item ("Краматорськ залишаються під загрозою", "остаются")
_PRESENT_PLURAL_AFTER = re.compile(r"\s+[а-яёіїєґ'’ʼ-]+(?:ють|ять|уют|ают|яют)(?:ся)?(?![\w'’ʼ-])", re.I)


def _attacked_town_listed(text: str, stop: int, more: re.Match[str]) -> bool:
    """Whether the next item ``more`` of a list after a Cyrillic attack verb (the last item ending at ``stop``) is a
    town attacked too: a town's one word (not an adjective, "атакували Харків і Сумську область", nor a name before a
    unit word, "Харків, Сумська область"), and not the subject of a clause of its own: after ", і", before a past or
    saying verb ("атакували Харків, Москва заявила ...") or a present plural one, a feminine nominative ("атаковали
    Белгород, Курск, Москва"), or after a bare comma and not ending an item ("атакував Нікополь, Енергодар
    використовують для запусків": the launch site)."""
    end = more.end("name")
    return (
        _listed_name(more.group("name"))
        and _UNIT_AFTER.match(text, end) is None
        and _CLAUSE_AND.match(text, stop, more.start("name")) is None
        and _CLAUSE_VERB_AFTER.match(text, end) is None
        and _FEMININE_NOMINATIVE.search(more.group("name")) is None
        and _PRESENT_PLURAL_AFTER.match(text, end) is None
        and (more.group("conj") is not None or _item_ends(text, end))
    )


def _listed_name(name: str) -> bool:
    """Whether a capitalised word of a list may be a town: one word, no region noun, adjective or word of no place."""
    return (
        " " not in name
        and len(name) >= 4
        and name.lower() not in _NOT_PLACES
        and not _LISTED_ADJECTIVE.search(name)
        and not _REGION_WORD.search(name)
    )


_LISTED_ADJECTIVE = re.compile(
    r"(?:ск|цк|ськ|цьк|зьк)(?:ий|ій|ой|ая|ое|ые|ого|ому|ом|ую|их|им|ими|а|у|е|і|ої)$|(?:ий|ій|ый|ого|ому|ої|ими|ых)$",
    re.I,
)  # an adjective ("Харківська, Полтавська"), not a town's genitive in "-ова", "-ева", "-ина" ("Харкова", "Києва")


# (the verbs that stand beside a speaker's surname, as forms, not the lexicon's SAYING_RU_UK stems: those also take
# the nouns "заявление", "сообщение" and the verbs of accusing)
_SAYING = (
    r"(?:заяви|сообщи|отмети|сказа|написа|подчеркну|добави|пояснил|уточни|повідоми|наголоси|зазначи|додав|пояснив|"
    # present tense, as bulletins write it ("пише Лисак", "повідомляє Лисак", "сообщает Песков")
    r"пише|пишет|каже|говори|повідомля|сообща|заявля|зазнача|отмеча|наголошу|подчеркива|підкреслю)"
)
_SAID_BEFORE = re.compile(
    rf"{_SAYING}\w*\s+$", re.I
)  # no English verbs: a bare name is never ASCII (_BARE), so "said Peskov" is no place mention to begin with
_SAID_AFTER = re.compile(rf"\s+(?:(?:також|также|вже|уже|ранее|раніше)\s+)?(?:{_SAYING}|писал|писав|писала)\w*", re.I)
"""The verb of saying right after a bare name: its speaker ("Пізніше Лисак повідомив", "Лисак писав")."""

_SPEAKER_BEFORE = re.compile(
    rf"(?:{_SAID_BEFORE.pattern}|(?:{_lexicon.SOURCE_CUE})\s*$|(?<![\w'’ʼ-])(?:як|как|з|із|из|від|от)\s+$)",
    re.I,
)  # a town walked back from a region noun is no item when it speaks ("Як повідомив Харків, Сумщина і ...")


_REFERENCE = re.compile(
    r"(?:(?<!\bthe\s)\b(?:(?:north|south)-?(?:east|west)?|east|west)\s+of|\b(?:km|kilomet(?:re|er)s?|miles)\)?\s+"
    r"(?:\w+\s+)?(?:of|from)|(?:северо-|юго-)?(?:восточнее|западнее|севернее|южнее)|\bкм\s+(?:от|від)|"
    r"на\s+(?:північ\w*|південь|південн\w*|схід|захід)(?:[\s-]+(?:схід|захід))?\s+від)\s+(?:the\s+)?$",
    re.I,
)  # the words before a place named only to locate another: a bearing or a distance


def _speaker_name(text: str, mention: PlaceMention) -> bool:
    """Whether a bare name right after or before a verb of saying is the speaker's surname, not a town ("заявил
    Песков" is not Pskov, "написав Лисак" and "Лисак повідомив" not Liski); not a city after a title word, whose
    holder speaks ("Мер Харкова повідомив")."""
    if not mention.bare:
        return False
    if _SAID_BEFORE.search(text, max(0, mention.start - 20), mention.start) is not None:
        return True
    before = text[max(0, mention.start - 30) : mention.start].split()
    return _SAID_AFTER.match(text, mention.end) is not None and not (before and _TITLE_WORD.fullmatch(before[-1]))


_CAPITAL_MENTION = re.compile(r"(?:Киев|Київ|Києв|Москв|Kyiv|Kiev|Moscow)\w*$", re.I)
_GOVERNMENT_BEFORE = re.compile(
    r"(?:\b(?:[mM]inistry|[mM]inistries|[oO]fficials|[aA]uthorities|[gG]overnment|[eE]mbassy|[sS]pokes(?:man|woman|person)|"
    r"[lL]eadership|Минобороны|Міноборони|МИД|МЗС|[вВ]ласти|[вВ]лада|[вВ]ластей|[пП]осольств\w*|[оО]фициальн\w+|"
    r"[оО]фіційн\w+)\s+(?:in|в|у)|\b(?:called\s+on|calls\s+on|calling\s+on|urged|urges|urging|join|joined|pressed|"
    r"pressure\s+on|demanded\s+of|told|warned|accused|blamed|(?:impersonality|position|actions|refusal|intentions|"
    r"obligations|leadership|regime|side|government|stance|policy|commitments?|statements?|claims?|"
    # a quality of a government ("the godlessness of Moscow", "readiness", "unwillingness"): a capital's is its
    # government's (a few named, not any "-ness": "the wilderness of Kyiv", "the darkness of Moscow night" are places)
    r"(?:godless|lawless|ruthless|heartless|reckless|readi|unwilling|willing|stubborn|brazen|callous|serious|"
    r"weak|helpless)ness|response|reply|consent)[”\"»]?\s+of))\s+(?:the\s+)?$"
)
_GOVERNMENT_AFTER = re.compile(
    r"(?:\s+regime\b|['’]s\s+(?:regime|government|leadership|position|authorities|refusal|claims?|accusations?|"
    r"statements?|side|response|stance|policy|decision|officials)\b|\s+(?:and|и|і|та)\s+(?:Moscow|Kyiv|Kiev|"
    r"Washington|Москв\w+|Киев\w*|Київ\w*|Вашингтон\w*)\b)"
)


# ("звинуват" and "подтверд" as found, not SAY_OR_ACCUSE_RU_UK's "звинув" nor "підтверд": one list would change it)
_SPEAKS_AFTER = re.compile(
    rf"\s+(?:{_lexicon.SAYING_ADVERB}\s+)?(?:{_lexicon.SAY_RU_UK}|обвин|звинуват|утвержда|стверджу|подтверд|"
    rf"{_lexicon.DENY_RU_UK})\w*"
)
# a capital or a country, which speaks for its government ("Москва обвинила", "в Украине заявили")
_SPEAKING_PLACE = re.compile(r"(?:Киев|Київ|Києв|Москв|Росси|Росі|Украин|Україн)", re.I)
_SPEAKS_FROM = re.compile(r"(?:заяв|обвинени|звинувачен|утверждени|твердженн)\w*\s+(?:из|з|із)\s+$", re.I)


def _government(text: str, mention: PlaceMention) -> bool:
    """Whether a name stands for a government, not a place. At any level, a capital or a country that speaks:
    followed by a verb of saying ("Москва обвинила", "в Киеве заявили") or after a statement "from" it ("заявления
    из Киева"). As a settlement or a bare name, a capital named as its government: the subject of a verb of saying
    or acting ("Kyiv denied"), the seat of a speaking body ("the Defense Ministry in Moscow", "Минобороны в
    Москве"), a party addressed or judged ("called on Moscow", "impersonality of Kyiv", "Kiev regime", "Moscow and
    Kyiv")."""
    if _SPEAKING_PLACE.match(text, mention.start, mention.end) and (
        _SPEAKS_AFTER.match(text, mention.end) or _SPEAKS_FROM.search(text, max(0, mention.start - 30), mention.start)
    ):
        return True
    if mention.level not in (None, "settlement"):
        return False
    if mention.level is None and _GOVERNMENT.match(text, mention.start):
        return True
    if not _CAPITAL_MENTION.match(mention.query):
        return False
    return (
        _GOVERNMENT_BEFORE.search(text, max(0, mention.start - 50), mention.start) is not None
        or _GOVERNMENT_AFTER.match(text, mention.end) is not None
    )


_GOVERNMENT = re.compile(
    rf"(?:{_CAPITAL_STEMS}а?|Kyiv|Kiev|Moscow|Washington|Budapest)\s+(?:(?:has|had|also|again|и|і|й|не|"
    r"вновь|знову|снова|опять|уже|вже|также|також)\s+)?(?:продолжа|продовжу|нан[её]с|завда|атакова|атакува|удари|"
    r"вдари|заяв|сообщ|повідом|обвин|звинува|отрица|заперечу|опроверг|спростову|признал|визна|отказ|відмов|"
    r"said|says|denied|denies|accused|accuses|claimed|claims|launched|struck|attacked|continued|insists|rejected|"
    r"blamed|responded|agreed|refused|отдава|отдал|приказ|віддав|наказ|ordered|does|did|is|was|will|would)",
    re.I,
)


def title_place(text: str, mention: PlaceMention) -> bool:
    """Whether a place is named in a speaker's title ("губернатор Белгородской области Вячеслав Гладков", "голова
    Сумської ОВА", "Kharkiv regional governor"), which says who speaks rather than where it happened."""
    before = _TITLE_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if (
        before is not None
        and before.group("staff")
        and _STAFF_STRUCK.search(text, max(0, before.start() - 40), before.start())
    ):
        before = None  # "ударил по зданию оперативного штаба Курской области": the staff's building is what was hit
    return before is not None or _TITLE_AFTER.match(text, mention.end) is not None


_STAFF_STRUCK = re.compile(
    r"(?:(?<![\w'’ʼ-])(?:здани|будівл|приміщен|помещени|офис|офіс)[\w'’ʼ-]*|\b(?:building|office|premises)|"
    r"(?<![\w'’ʼ-])(?:hit|struck|strikes?|targeted|attacked|удари|ударил|вдари|атакова|атакува|поврежд|пошкод)"
    r"[\w'’ʼ-]*(?:\s+(?:по|an?|the))?)\s+$",
    re.I,
)  # a building word or a strike verb right before the staff: the staff's own building struck, not the staff speaking


_TITLE_WORD = re.compile(
    r"(?:Губернатор|Глава|Голова|Мэр|Мер|Врио|Начальник|Керівник|Руководитель|Жители|Жителі|Мешканці|Власти|Влада|"
    r"Администрация|Адміністрація|Правительство|Уряд|Оперштаб|Губернатора|Главы|Голови|Очільник)\w*",
    re.I,
)
# "Власти Новороссийска", "Мер Харкова": a title word (``_TITLE_WORD``), then a city (in the genitive: the caller
# asks ``_CITY_GENITIVE``)
_TITLE_OF_CITY = re.compile(r"(?P<title>\S+)\s+(?P<city>[А-ЯЁІЇЄҐ][а-яёіїєґ'’ʼ-]+)(?![\w'’ʼ-])")
# one or two qualifiers of the region between a title and its name: "head of the partially occupied Kherson
# region", "the southern frontline Zaporizhzhia region", "глава частично оккупированной Херсонской области", "голова
# частково окупованої Херсонської області"; these words only, not any lower-case word ("the head of the damaged
# Kharkiv dam" is no title)
_TITLE_QUALIFIER = (
    r"(?:(?:partially|temporarily|fully|illegally|частично|частково|временно|тимчасово|незаконно)\s+)?"
    r"(?:(?:(?:(?:Russian|Russia|Ukrainian|Kyiv|Moscow)-)?(?:occupied|controlled|held|annexed)|de-occupied|liberated|"
    r"front-?line|border|bordering|neighbou?ring|embattled|(?:north|south)-?(?:east|west)ern|(?:north|south|east|"
    r"west)ern|central|(?:де)?оккупированн\w*|(?:де)?окупован\w*|аннексированн\w*|анексован\w*|освобожденн\w*|"
    r"звільнен\w*|прифронтов\w*|приграничн\w*|прикордонн\w*|соседн\w*|сусідн\w*)\s+){1,2}"
)
_TITLE_BEFORE = re.compile(
    r"(?:\b(?:губернатор\w*|врио\s+губернатора|глав[аыеуо]й?|голов[аиіу]|мэр\w*|мер[аиу]?|governor\s+of|head\s+of(?:\s+the)?|"
    r"mayor\s+of|начальник\w*|керівник\w*|руководител\w*|очільник\w*)\s+(?:(?:адміністрації|администрации|ОВА|ОДА|"
    rf"военной\s+администрации|військової\s+адміністрації)\s+|{_TITLE_QUALIFIER})?|"
    r"\b(?:authorities|officials|власти|влада|власть)\s+(?:in|of|в|у)\s+(?:the\s+)?(?:Russia's\s+|Ukraine's\s+)?"
    r"(?:(?:[a-z]+\s+)?(?:region|province)\s+of\s+)?|"
    # the staff that reports ("сообщили в оперативном штабе Краснодарского края", "the operational headquarters in
    # the Krasnodar Region"): whose region speaks, not where it happened
    r"(?P<staff>\b(?:оперштаб\w*|оперативн\w*\s+штаб\w*)\s+(?:(?:по|в|у)\s+)?|"
    r"\b(?:operational|emergency|crisis)\s+(?:headquarters|HQ|staff|cent(?:er|re))\s+(?:in|of|for)\s+(?:the\s+)?)|"
    r"\b(?:governor|mayor|head)\s+(?:[\w'’-]+\s+){1,3}of\s+(?:the\s+)?|"
    rf"\b(?:governor|mayor|head)\s+of\s+the\s+{_TITLE_QUALIFIER})$",
    re.I,
)
_TITLE_AFTER = re.compile(
    r"\s*(?:'s\s+)?(?:(?:regional|region's|oblast's|city's|acting)\s+)*(?:governor|mayor|(?:military\s+)?administration\s+"
    r"(?:head|chief)|ОВА|ОДА|МВА)\b",
    re.I,
)


_LATIN_NAME = re.compile(r"[A-Z][a-z]")  # the English roles are tried only where a Latin name can be
_EN_CAP = r"[A-Z][a-z'’-]+"
_EN_NAME = rf"{_EN_CAP}(?:[- ]{_EN_CAP}){{0,2}}"
_EN_FACILITY = (
    r"(?:(?:oil|gas|fuel|power|thermal|nuclear|hydroelectric|hydro|coal|heat|electricity|electrical|air|naval|military|underground|"
    r"ammunition|chemical|steel|metallurgical|pumping|compressor|metering|distribution|storage|energy|grain|sea|processing|"
    r"river|railway|rail|bus|condensate|gas\s+condensate)\s+)*(?:refinery|field|refineries|depot|terminal|airbase|airfield|air\s+base|airport|"
    r"substation|power\s+plant|power\s+station|plant|station|port|dam|factory|works|facility|pipeline|storage|"
    r"hospital|bridge|junction)\b"
)
# the facility words after a name ("Afipsky| oil refinery", "Saratov| refinery"), not a railway or bus station: the
# registry holds energy sites and airfields, and a "Kavkazskaya railway station" is not its Kavkazskaya oil depot
_EN_FACILITY_AFTER = re.compile(rf"\s+(?!(?:railway|rail|bus)\s)(?P<word>{_EN_FACILITY})")
_GENERIC_TAIL = re.compile(r"(?<=\w)\s+facilit(?:y|ies)$")  # "gas storage facility": the registry's "gas storage"
# the object of a Ukrainian or Russian attack verb ("атакували Добропілля на Донеччині"), whatever else is named
# a lower-case word between an attack verb and its object, not a preposition (whose name is a place of its own)
_BETWEEN = r"(?!(?:під|под|біля|около|возле|поблизу|вблизи|над|від|для|без|при|через)(?![\w'’ʼ-]))[а-яёіїєґ'’ʼ-]{3,}"
_ATTACK_OBJECT = re.compile(
    rf"\b(?:атакува\w*|атаковал\w*|атаковать|атакуют|атакує|атакует|обстріля\w*|обстреля\w*|обстрілю\w*|обстрелива\w*|"
    rf"бомбардува\w*|бомбил\w*|бомбит)(?:\s+|(?:[ \t\xa0]+{_BETWEEN}){{1,2}}?[ \t\xa0]+)"
    rf"(?P<name>{_NAME})(?![\w'’ʼ-])"
)  # (a weapon or an adjective between: "атакувала безпілотниками Кривий Ріг", "атаковали российский Энгельс")
# the place that suffered, named after the verb ("больше всего пострадал Черноморск", "постраждала Одеса")
_SUFFERED_SUBJECT = re.compile(
    _lexicon.SUFFERED_VERB + rf"\s+(?:больше\s+всего\s+|найбільше\s+)?"
    rf"(?P<name>{_NAME})(?![\w'’ʼ-])(?!\s+[А-ЯЁІЇЄҐ])(?!,?\s*\d+\s*(?:лет|года?|рок|річ))"
)  # (not "не пострадал": a bare name there is read, as any, only where nothing else is named; not a person with an age,
# "постраждав Олександр, 40 років")
# an English name placed by its role, sought only when the span has a Latin name
_ENGLISH_ROLES = (
    re.compile(
        rf"\b(?:attacked|attacking|struck|striking|hit|hitting|shelled|shelling|pounded|pounding|targeted|targeting|"
        rf"bombed|bombing|bombarded|raided|(?:(?P<unit>regions|oblasts|provinces)|areas|cities|towns|villages),\s+"
        rf"including)\s+(?:the\s+)?(?:(?:southern|northern|eastern|western|central|"
        rf"north-?eastern|south-?eastern|north-?western|south-?western|frontline|front-line|border|Russian|Ukrainian|"
        rf"industrial|regional|city|town|village)\s+)*(?:(?:(?P<settlement>city|town|village|port)|region)\s+of\s+)?"
        rf"(?P<name>{_EN_NAME})(?![\w'’-])"
    ),
    re.compile(
        rf"(?<![\w'’-])(?P<name>{_EN_NAME})['’]s\s+(?=(?:(?:acting|main|regional|central|key|largest|only|"
        rf"southern|northern|eastern|western|industrial|residential)\s+)*(?:mayor|governor|energy|power|electricity|"
        rf"gas|oil|infrastructure|{_EN_FACILITY}|city\s+cent|centre|center|district|outskirts|suburbs?|residents|"
        rf"residential|region|port|military\s+administration))"
    ),
    # (after an article, a preposition, or a country's or listed company's possessive: "Lukoil's Volgograd refinery",
    # "Russia's Orenburg gas processing plant"; not a town's, "Ryazan's Novoselki oil depot")
    re.compile(
        rf"(?:\b(?:the|a|an|at|near|outside|of)|(?<![\w'’-])(?:{_COUNTRY_OWNER}|{_OWNER}))\s+(?:{_lexicon.RATING})?"
        rf"(?P<name>{_EN_NAME})\s+(?={_EN_FACILITY})"
    ),
    # a speaker's title: "Kherson governor Oleksandr Prokudin", "Kharkiv regional governor", "Sumy mayor", "Voronezh
    # Governor Aleksandr Gusev" (the title capitalised before the person's name)
    re.compile(
        rf"(?<![\w'’-])(?!(?:Regional|Acting|Deputy|Former|City|Says|Said)\b)(?P<name>{_EN_NAME})\s+"
        rf"(?=(?:regional\s+|region's\s+|oblast\s+|city\s+|acting\s+)*(?:(?:governor|"
        rf"mayor|military\s+administration)\b|(?:Governor|Mayor)\s+[A-Z]))"
    ),
    # an apposition: "the regional capital, Saransk", "in the city, Kharkiv"
    re.compile(
        rf"\b(?:capital|city|town|village|port)(?:\s+of\s+[\w-]+)?,\s+(?P<name>{_EN_NAME})(?![\w'’-])(?!\s+(?:region|oblast|"
        rf"province|krai|said|says|and\s+the))"
    ),
    re.compile(
        rf"(?<![\w'’-])(?P<name>{_EN_NAME})\s+(?:(?:was|were|has\s+been|had\s+been|is|are)\s+(?:again\s+)?"
        rf"(?:hit|struck|attacked|shelled|targeted|bombed|pounded|under\s+(?:fire|attack|shelling))|"
        rf"came\s+under\s+(?:[\w-]+\s+){{0,3}}?(?:fire|attack|shelling)|suffered)\b"
    ),
)


_PASSIVE_SUBJECT = re.compile(
    rf"(?<![\w'’ʼ-])(?P<name>{_NAME})\s+(?:вновь\s+|знову\s+|снова\s+|again\s+)?(?:подверг\w*|зазнал\w*|зазна\w*|"
    rf"оказал\w*\s+под|опинил\w*\s+під)\s+(?:[\w-]+\s+){{0,2}}?(?:атак|удар|обстрел|обстріл|налет|наліт)\w*"
)  # "Подмосковье подверглось атаке беспилотников", "Харківщина зазнала ударів": the place attacked
# adverbs of time or sequence that may lead the subject of a passive attack ("Ночью Подмосковье подверглось атаке",
# "Також Харківщина зазнала ударів"): no part of the place's name
_LEADING_ADVERBS = frozenset(
    [
        "ночью",
        "вночі",
        "уночі",
        "сегодня",
        "сьогодні",
        "вчера",
        "вчора",
        "утром",
        "вранці",
        "днем",
        "вдень",
        "вечером",
        "увечері",
        "накануне",
        "напередодні",
        "также",
        "також",
        "затем",
        "потім",
    ]
)
_HEADLINE_REGION = re.compile(rf"(?P<name>{_CAP})(?=\s*[.:—–-](?:\s|$))")  # "Черкащина. Там тривають роботи ..."
_AIRFIELD_NAME = re.compile(
    rf"\b(?:[аА]эродром\w*|[аА]еродром\w*|[аА]виабаз\w*|[аА]віабаз\w*)\s+(?:{_OPEN_QUOTE}?(?P<name>{_CAP})(?:-\d+)?{_CLOSE_QUOTE}?|"
    rf"(?:[а-яёіїєґ'’ʼ-]+\s+|(?-i:ЗС|ВКС|ПКС|РФ)\s+){{1,5}}{_OPEN_QUOTE}(?P<quoted>{_CAP})(?:-\d+)?{_CLOSE_QUOTE}|"
    rf"(?:[а-яёіїєґ'’ʼ-]+\s+){{1,3}}(?P<plain>{_CAP})(?:-\d+)?)(?![\w'’ʼ])"
)  # named after its town: "аеродром Енгельс-2", "аэродром «Шайковка»", "аеродрому ... зс рф "Енгельс-2"",
# "аеродрому стратегічної авіації Шайковка"


_FACILITY_WORD = (
    r"(?:(?:[эЭеЕ]лектро)?[пП]одстанци\w*|(?:[еЕ]лектро)?[пП]ідстанці\w*|[нН]ефтебаз\w*|[нН]афтобаз\w*|(?-i:НПС|НПЗ|ГИС|ГВС|ГКС|КС|ТЭЦ|ТЕЦ|ТЭС|ТЕС|ГЭС|"
    r"ГЕС|АЭС|АЕС|ПС|ЛПДС)|(?:[нН]ефте|[нН]афто|[гГ]азо|[кК]омпрессорн|[кК]омпресорн|[еЭэЕ]лектро|[пП]еревалочн|"
    r"[пП]еревалювальн)[а-яёіїєґ'’ʼ-]*\s+(?:станци\w*|станці\w*|завод\w*|терминал\w*|термінал\w*|баз\w*))"
)
_FACILITY_NAMED = re.compile(
    rf"(?<![\w-])(?P<word>{_FACILITY_WORD})(?:[^\S\n]*\((?-i:[А-ЯЁІЇЄҐA-Z]{{2,6}})\))?[^\S\n]+(?:{_lexicon.RATING})?"
    rf"(?:{_OPEN_QUOTE}(?P<q>{_CAP}(?:[- ]{_CAP})?)(?:[- ]\d+)?{_CLOSE_QUOTE}|(?P<c>{_CAP})(?:-\d+)?(?![\w'’ʼ-]))"
)  # "подстанции «Севастополь»", "нефтеперекачивающую станцию (НПС) "Кропоткинская"", "станцію Кропоткінська"
_MORE_QUOTED = re.compile(
    rf"[^\S\n]*(?:,|та|і|й|и|а\s+также|а\s+також)[^\S\n]+"
    rf"{_OPEN_QUOTE}(?P<q>{_CAP}(?:[- ]{_CAP})?)(?:[- ]\d+)?{_CLOSE_QUOTE}"
)
_EN_FACILITY_QUOTED = re.compile(
    rf"{_OPEN_QUOTE}(?P<q>[A-Z][a-z'’-]+(?:[- ][A-Z][a-z'’-]+)?)(?:[- ]\d+)?{_CLOSE_QUOTE}\s+(?P<word>{_EN_FACILITY})"
)  # "the "Engels" airfield", "the "Kropotkinskaya" oil pumping station"


_ADJECTIVE_FACILITY = re.compile(
    rf"(?<![\w'’ʼ-])(?P<quote>{_OPEN_QUOTE})?(?P<name>[А-ЯЁІЇЄҐ][а-яёіїєґ'’ʼ]+(?:-[А-ЯЁІЇЄҐ]?[а-яёіїєґ'’ʼ]+)?)"
    rf"(?(quote){_CLOSE_QUOTE})[^\S\n]+"
    r"(?P<word>(?:НПЗ|ГПЗ|ТЭЦ|ТЕЦ|ТЭС|ТЕС|ГРЭС|ГРЕС|АЭС|АЕС|ГЭС|ГЕС|НПС|ЛПДС)(?:-\d+)?(?![\w-])|"
    r"(?:нефтеперерабатывающ|нафтопереробн|газоперерабатывающ|газопереробн)[а-яёіїєґ]*\s+завод[а-яёіїєґ]*|"
    r"(?:атомн|теплов)[а-яёіїєґ]*\s+(?:электро|електро)станц[а-яёіїєґ]*|"
    r"(?:теплоэлектроцентрал|теплоелектроцентрал|гидроэлектростанц|гідроелектростанц)[а-яёіїєґ]*|"
    r"(?:нефтебаз|нафтобаз)[а-яёіїєґ]*)"
)  # "Ільський НПЗ", "Курской атомной электростанцией", "Саратовського нафтопереробного заводу", "Київській ТЕЦ-5"
# (the adjective may stand in quotes: "«Новокуйбышевский» нефтеперерабатывающий завод", „Рязанский“ НПЗ; the first of
# a pair too: "«Афипский» и «Ильский» НПЗ"; its quotes closed, as the facility's own are: not "«Афипский и")
_PAIRED_ADJECTIVE = re.compile(
    rf"(?<![\w'’ʼ-])(?:(?P<quote>{_OPEN_QUOTE})|(?<!{_OPEN_QUOTE}))(?P<a>[А-ЯЁІЇЄҐ][а-яёіїєґ'’ʼ]+)(?(quote){_CLOSE_QUOTE})"
    rf"\s+(?:и|і|й|та)\s+{_OPEN_QUOTE}?$"
)
# a country's adjective ("Російський НПЗ") and a direction ("Северная ТЭЦ", "Південна ТЕЦ"), which many cities' plants
# share, name no one site
_NOT_SITE_ADJECTIVE = re.compile(
    r"(?:Росси|Росі|Русск|Украин|Україн|Крымск|Кримськ|Северн|Южн|Центральн|Восточн|Западн|Північн|Південн|"
    r"Східн|Західн)",
    re.I,
)


def airfield_name(text: str, start: int) -> str | None:
    """The town an airfield word at ``start`` is named after ("аеродрому стратегічної авіації Шайковка")."""
    m = _AIRFIELD_NAME.match(text, start)
    if m is None:
        return None
    return next(m.group(g) for g in ("name", "quoted", "plain") if m.group(g))


def is_adjective(name: str) -> bool:
    """Whether a name's last word is an adjective ("Саратовский", "Московського"), as facilities' names are."""
    return _ADJECTIVE_END.search(name.split()[-1]) is not None


def country_in(text: str, start: int, end: int) -> str | None:
    """The country a span names, if it names exactly one of Russia and Ukraine."""
    rus = ukr = False
    for m in _COUNTRY.finditer(text, start, end):
        rus = rus or m.group("rus") is not None
        ukr = ukr or m.group("ukr") is not None
    if rus == ukr:
        return None
    return "RUS" if rus else "UKR"


_KIND_PRECISION: dict[str, PlacePrecision] = {
    "admin1": "admin1",
    "oblast": "admin1",
    "region": "admin1",
    "admin2": "district",
    "district": "district",
    "raion": "district",
    "hromada": "district",
    "facility": "facility",
    "country": "country",
    "sea": "area",
    "zone": "area",
}


def _kind(candidate: object) -> PlacePrecision:
    """The precision a geocoder candidate's kind stands for (a settlement where it has none)."""
    return _precision(str(getattr(candidate, "kind", "")))


def _precision(kind: str) -> PlacePrecision:
    low = kind.lower()
    for key, precision in _KIND_PRECISION.items():
        if key in low:
            return precision
    return "settlement"


def _same_word(matched: str, query: str) -> bool:
    """Whether the geocoder read the whole word (not a part of it, nor a fuzzy neighbour)."""
    return matched.strip().lower()[:4] == query.strip().lower()[:4]


_LATIN_INITIAL: dict[str, str] = {
    "а": "a", "б": "b", "в": "vw", "г": "ghkh", "ґ": "g", "д": "d", "е": "ey", "є": "y", "ё": "y", "ж": "zj",
    "з": "z", "и": "iy", "і": "i", "ї": "y", "й": "y", "к": "kc", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "sc", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "tc", "ч": "c", "ш": "s", "щ": "s", "э": "e",
    "ю": "y", "я": "y",
}  # fmt: skip


def _same_initial(name: str, query: str) -> bool:
    """Whether a candidate's (Latin) name starts as the name asked for would in Latin letters ("Херсону" and
    "Kherson", not "Військові" and "Biysk")."""
    if not name or not query:
        return False
    first, got = query[0].lower(), name[0].lower()
    if first.isascii() or not got.isascii():
        return first == got
    return got in _LATIN_INITIAL.get(first, first)


def _default_geocoder() -> Geocoder | None:
    try:
        module = importlib.import_module("ceasewatch.geo.geocode")
    except ImportError:
        return None
    found = getattr(module, "geocode_answer", None)  # (it says when the report does not matter: a better cache)
    return found if callable(found) else None


def _bundled_facilities() -> FacilityFinder | None:
    try:
        from ceasewatch.geo.facilities import FacilityRegistry
    except ImportError:  # pragma: no cover - the registry is part of the package
        return None
    return FacilityRegistry.bundled()


def _keywords(geocoder: Geocoder) -> frozenset[str]:
    """The keywords among ``context``, ``limit`` and ``document`` that a geocoder takes (a simpler one given to the
    extractor may take only the name)."""
    wanted = frozenset({"context", "limit", "document"})
    try:
        parameters = inspect.signature(geocoder).parameters.values()
    except (TypeError, ValueError):
        return frozenset()
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters):
        return wanted
    return wanted & {p.name for p in parameters if p.kind in (p.KEYWORD_ONLY, p.POSITIONAL_OR_KEYWORD)}


_Key = tuple[str, str | None, str | None, bool, bool, bool, str | None]
"""A mention's cache key: its query, the context asked with it, its level and its flags."""


_TOWN_REGION = re.compile(rf"(?P<stem>[А-ЯЁІЇЄҐ][а-яёіїєґ'’ʼ]+?)(?P<suffix>{_REGION_SUFFIX})$")
# (not a nationality, a people's or compass adjective: "the southwestern Russian region", "the Crimean region", "the
# southern region", "the Baltic region")
_TOWN_REGION_EN = re.compile(r"(?P<stem>[A-Z][a-z'’-]+)(?<!ian)(?<!ean)(?<!ern)(?<!ic)\s+region$")


def _town_area(query: str) -> str | None:
    """The district a region word made of a town's name stands for ("Нікопольщину" → "Нікопольський район",
    "Никопольщина" → "Никопольский район", "Nikopol region" → "Nikopol district"), or ``None``."""
    match = _TOWN_REGION.fullmatch(query)
    if match is not None:
        stem, suffix = match["stem"], match["suffix"]
        soft = "ь" if re.search(r"[іїєґ]", query, re.I) else ""  # Ukrainian "-ський", Russian "-ский"
        return f"{stem}{'ц' if suffix.startswith('ччин') else 'с'}{soft}кий район"
    match = _TOWN_REGION_EN.fullmatch(query)
    return f"{match['stem']} district" if match is not None else None


class PlaceResolver:
    """Resolves place mentions with a geocoder, caching every answer (names repeat a great deal in bulletins)."""

    min_score: float = 0.5
    bare_score: float = 0.65

    def __init__(
        self, geocoder: Geocoder | None = None, *, use_default: bool = True, facilities: FacilityFinder | None = None
    ) -> None:
        self.geocoder = geocoder if geocoder is not None else (_default_geocoder() if use_default else None)
        # the registry asked for a facility's name ("НПС «Кропоткинская»"): the bundled one unless told otherwise
        self._facilities = facilities
        self._bundled = facilities is None and use_default
        self._takes = _keywords(self.geocoder) if self.geocoder is not None else frozenset()
        # keyed by all that the reading depends on: a bare "Криму" that is no settlement is still the region after "в";
        # the report only where the geocoder says it could change the answer (a city district, namesakes), so that an
        # archive of distinct reports does not ask again for every "Харькове"
        self._cache: dict[_Key, Place | None] = {}
        self._by_document: dict[tuple[_Key, str | None], Place | None] = {}
        self._sites: dict[str, tuple[Any, ...]] = {}  # the registry's distinct sites by each name asked

    def resolve(self, mention: PlaceMention, context: str | None = None, document: str | None = None) -> Place | None:
        """The place a mention names, or ``None`` if the geocoder does not know it (or, with no geocoder, if the
        mention was only a capitalised word after a preposition). ``document`` is the whole report, which tells
        a city district's city and which of two namesakes is meant."""
        key: _Key = (
            mention.query,
            context,
            mention.level,
            mention.strong,
            mention.bare,
            mention.strict,
            mention.facility,
        )
        if key in self._cache:
            return self._cache[key]
        if (key, document) in self._by_document:
            return self._by_document[key, document]
        place, uses_document = self._resolve(mention, context, document)
        cache: dict[Any, Place | None] = self._by_document if uses_document else self._cache
        if len(cache) > 50_000:
            cache.clear()
        cache[(key, document) if uses_document else key] = place
        return place

    def sites(self, name: str) -> tuple[Any, ...]:
        """The distinct sites (by id, in the registry's order) the facility registry knows by ``name``, none without a
        registry; asked once per name."""
        found = self._sites.get(name)
        if found is None:
            if self._facilities is None and self._bundled:
                self._bundled = False
                self._facilities = _bundled_facilities()
            registry = self._facilities
            found = tuple({f.id: f for f in registry.find(name)}.values()) if registry is not None else ()
            if len(self._sites) > 50_000:
                self._sites.clear()
            self._sites[name] = found
        return found

    def one_site(self, name: str) -> Any | None:
        """The one site the facility registry knows by ``name`` ("Ільський НПЗ"), or ``None`` (none, or several)."""
        found = self.sites(name)
        return found[0] if len(found) == 1 else None

    def _facility(self, mention: PlaceMention) -> Place | None:
        """The facility a facility's name names, when the registry knows exactly one by it (the facility's own name
        first, then the mention's query; a name the registry knows several sites by ends the search)."""
        if mention.facility is None:
            return None
        for query in (mention.facility, mention.query):
            found = self.sites(query)
            if len(found) == 1:
                from ceasewatch.geo.geocode import facility_radius

                (facility,) = found
                assert self._facilities is not None  # (it gave the site)
                return Place(
                    name=facility.name,
                    lat=facility.lat,
                    lon=facility.lon,
                    radius_km=facility_radius(self._facilities, facility),
                    precision="facility",
                    admin1=facility.admin1,
                    country=facility.country,
                )
            if found:
                return None
        return None

    def _resolve(self, mention: PlaceMention, context: str | None, document: str | None) -> tuple[Place | None, bool]:
        """The place, and whether the document could change it (a geocoder that does not say so and takes the
        document is taken to read it)."""
        if mention.facility is not None:
            facility = self._facility(mention)
            if facility is not None or "«" not in mention.facility:
                return facility, False  # an unquoted name after a facility word: only a facility the registry knows
        if self.geocoder is None:
            return self._named(mention), False
        place, uses_document = self._ask(mention, context, document)
        if place is None and mention.query.startswith("порт ") and not RIVER_ADJECTIVE.match(mention.query, 5):
            # "порт Таманський", "порт Высоцкий": no town of the port word's reading, the bare name as before
            place, bare_document = self._ask(replace(mention, query=mention.query[5:]), context, document)
            uses_document = uses_document or bare_document
        if (place is None or not place.has_point) and mention.facility is None:
            area = _town_area(mention.query)
            if area is not None:
                # "атакували Нікопольщину", "the Nikopol region": the area around a town that names no oblast is
                # the town's district ("Нікопольський район")
                town, town_document = self._ask(
                    replace(mention, query=area, level="district", strong=True, bare=False, strict=False),
                    context,
                    document,
                )
                if town is not None and town.has_point and (not area.isascii() or _same_initial(town.name or "", area)):
                    # (an English area only of a town of the word's initial, in any spelling: "the Kupiansk region" is
                    # Kupyansk's, "the Pokrovsk region" no fuzzy Kryvyy Rih)
                    return town, uses_document or town_document
        return place, uses_document

    def _ask(self, mention: PlaceMention, context: str | None, document: str | None) -> tuple[Place | None, bool]:
        """The geocoder's place for a mention, and whether the document could change it."""
        assert self.geocoder is not None
        asked = {"context": context, "limit": 5, "document": document}
        answer = self.geocoder(mention.query, **{k: v for k, v in asked.items() if k in self._takes})
        if isinstance(answer, Answer):
            return self._place(mention, list(answer.candidates)), answer.uses_document
        return self._place(mention, list(answer)), "document" in self._takes

    @staticmethod
    def _named(mention: PlaceMention) -> Place | None:
        """With no geocoder: a name found with its administrative or settlement word, with no coordinates."""
        if not mention.strong:
            return None
        return Place(name=mention.query, precision=mention.level or "unknown")

    def _place(self, mention: PlaceMention, candidates: list[Any]) -> Place | None:
        """The place the geocoder's candidates give for a mention, read as strictly as the mention asks."""
        candidates = [c for c in candidates if getattr(c, "score", 1.0) >= self.min_score]
        if mention.bare or mention.strict:
            # a bare name: a settlement the geocoder is sure of, and not a partial or fuzzy reading of the word; a name
            # placed by its role may be a region's own name ("атакував Одещину", "атаковали Татарстан", "hit Crimea"),
            # whose English name need not start as the word does (Миколаївщина, Mykolaiv Oblast; Франківщина)
            kinds = {"settlement", "admin1"} if mention.strict and mention.facility is None else {"settlement"}
            sure = [
                c
                for c in candidates
                if getattr(c, "score", 0.0) >= self.bare_score
                and _kind(c) in kinds
                and _same_word(str(getattr(c, "matched", "") or mention.query), mention.query)
            ]
            # another spelling the gazetteer holds for a place ("Алешки", Oleshky) keeps it only when no candidate
            # starts as the word does: a higher-scored Oleksiyivka is not the "Алексеевку" Alexeyevka is
            candidates = [
                c for c in sure if _same_initial(str(getattr(c, "name", "")), mention.query) or _kind(c) == "admin1"
            ] or [c for c in sure if spelt_alike(getattr(c, "geonameid", None), mention.query)]
        if not candidates:
            if mention.strong and mention.level in {"admin1", "district"}:
                return Place(name=mention.query, precision=mention.level)
            return None
        if mention.level == "admin1" and mention.strong:
            # a name the text calls an oblast is not a village of a like name ("Івановська область" is not
            # Ivanovskaya); a region the geocoder does not know stays a name
            candidates = [c for c in candidates if _kind(c) == "admin1"]
            if not candidates:
                return Place(name=mention.query, precision="admin1")
        if mention.level == "settlement":
            # a name the text calls a village or a town is not an oblast ("селі Іванівка" is not Ivanovo Oblast)
            candidates = [c for c in candidates if _kind(c) != "admin1"]
            if not candidates:
                return None
        best = candidates[0]
        if mention.level is not None:
            same = [c for c in candidates if _kind(c) == mention.level]
            if same and getattr(same[0], "score", 0) >= getattr(best, "score", 0) - 0.2:
                best = same[0]
        country = getattr(best, "country", None)
        return Place(
            name=str(best.name),
            lat=float(best.lat),
            lon=float(best.lon),
            radius_km=float(getattr(best, "radius_km", 0.0) or 0.0),
            precision=_kind(best),
            admin1=getattr(best, "admin1", None),
            country=country if isinstance(country, str) and re.fullmatch(r"[A-Z]{3}", country) else None,
        )


# a sea named as where something happened, where a claim at sea (a tanker, a platform) is placed at the sea's centre
# (the gold convention: "a tanker at sea is placed at the sea, centre and a radius of 50–400 km"): English after a
# preposition ("in the Black Sea", "off the Sea of Azov"), Russian and Ukrainian in the locative ("в Черном море", "у
# Чорному морі"), two seas in the plural ("в Черном и Азовском морях": the first) or after "акватория" ("в акватории
# Черного моря", "в акваторії Чорного моря"); not a sea that qualifies something on land, a land noun right after the
# sea or one word after it ("one of Russia's key Black Sea oil ports", "at the Black Sea terminal of the CPC", "at the
# Black Sea oil terminal", "the Black Sea resort area", "на побережье Черного моря", "Черноморский флот"). One capture,
# the sea's adjective, told apart by its stem (_SEAS).
# each sea: the stems its captured adjective starts with, the pattern of the adjective, and its name, centre and radius
# (one table, so that a sea is added in one place; not geo.geocode's _SEA_STEMS, the sea adjectives told from a village)
_SEAS: tuple[tuple[tuple[str, ...], str, tuple[str, float, float, float]], ...] = (
    (("black", "черн", "чёрн", "чорн"), r"black|ч[её]рн\w{0,3}|чорн\w{0,3}", ("Black Sea", 43.4, 34.0, 300.0)),
    (("azov", "азов"), r"azov|азовск\w{0,3}|азовськ\w{0,3}", ("Sea of Azov", 46.1, 36.6, 150.0)),
    (("caspian", "касп"), r"caspian|каспийск\w{0,3}|каспійськ\w{0,3}", ("Caspian Sea", 42.0, 50.5, 400.0)),
    (
        ("mediterranean", "средиз", "серед"),
        r"mediterranean|средиземн\w{0,3}|середземн\w{0,3}",
        ("Mediterranean Sea", 35.0, 18.0, 800.0),
    ),
)
_SEA_NAME = "(" + "|".join(rx for _, rx, _ in _SEAS) + ")"
_SEA = re.compile(
    r"(?<![\w-])(?:(?:in|into|on|across|over|off|at)\s+the\s+" + _SEA_NAME + r"\s+sea"
    r"(?!\s+(?:[\w-]+\s+)?(?:fleet|coast|port|terminal|cit(?:y|ies)|town|resort|region))"
    r"|(?:in|into|on|across|over|off|at)\s+the\s+sea\s+of\s+(azov)"
    r"|(?:в|у)\s+" + _SEA_NAME + r"\s+(?:море|морі)"
    r"|(?:в|у)\s+" + _SEA_NAME + r"\s+(?:и|і|й|та)\s+" + _SEA_NAME + r"\s+морях"
    r"|акватор[иі]\w{1,3}\s+" + _SEA_NAME + r"\s+моря)(?![\w-])",
    re.IGNORECASE,
)


def sea_in(text: str, start: int, end: int, country: str | None = None) -> Place | None:
    """The sea a span names as where something happened (the first, if it names more than one), at the sea's centre:
    "танкер ... у Чорному морі" → the Black Sea, keeping the ``country`` the claim had; ``None`` where it names none."""
    m = _SEA.search(text, start, end)
    if m is None:
        return None
    word = next(g for g in m.groups() if g).lower()
    name, lat, lon, radius = next(sea for stems, _, sea in _SEAS if word.startswith(stems))
    return Place(name=name, lat=lat, lon=lon, radius_km=radius, precision="area", country=country)


# every pattern above behind a look-ahead for the characters its matches begin with: the same matches, found faster
# (see _guard; the patterns run over every sentence of every report)
guard_patterns(globals())
