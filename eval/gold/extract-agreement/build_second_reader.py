"""Write second_reader.jsonl: the second reader's labels for the 60 sampled extraction-gold reports.

Every label is written out literally below; this script computes none. It only formats times and places, finds
each evidence quote in its post (an exact substring) to record the span, and writes one report a line in the
single-file gold shape of `ceasewatch eval extract`, the claims under `claims`. Reports whose text may not be copied
keep their `ref` (resolved by agreement.py the way read_gold_reports resolves a gold folder); the quotes are not
written to the JSON Lines file, only their spans.

The labels were made by reading each post, following the conventions of eval/gold/README.md ("Conventions" and
the time table), before eval/gold/extract/claims.jsonl was looked at. They were not changed after the agreement
was computed.

    .venv/bin/python eval/gold/extract-agreement/build_second_reader.py --data ../shared/data
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent / "extract" / "reports.jsonl"
SEED = 20251128
SIZE = 60

MSK = ("Europe/Moscow", timezone(timedelta(hours=3)))
KYIV_WINTER = ("Europe/Kyiv", timezone(timedelta(hours=2)))
KYIV_SUMMER = ("Europe/Kyiv", timezone(timedelta(hours=3)))


def sample_ids() -> list[str]:
    """The sampling rule: sorted ids of every report line, random.Random(20251128).sample(ids, 60)."""
    ids = sorted(json.loads(line)["id"] for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip())
    return random.Random(SEED).sample(ids, SIZE)


# ---- times -------------------------------------------------------------------------------------------------


def _iso(moment: datetime) -> str:
    return moment.isoformat()


def interval(start: datetime, end: datetime, precision: str, zone: tuple[str, timezone]) -> dict[str, str]:
    return {"earliest": _iso(start), "latest": _iso(end), "precision": precision, "tz": zone[0]}


def local(y: int, m: int, d: int, hh: int, mm: int, zone: tuple[str, timezone]) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=zone[1])


def night(y: int, m: int, d: int, zone: tuple[str, timezone]) -> dict[str, str]:
    """ "в ночь на D": D-1 21:00 to D 06:00."""
    end = local(y, m, d, 6, 0, zone)
    return interval(end - timedelta(hours=9), end, "night", zone)


def day(y: int, m: int, d: int, zone: tuple[str, timezone], cap: datetime | None = None) -> dict[str, str]:
    start = local(y, m, d, 0, 0, zone)
    end = start + timedelta(days=1)
    if cap is not None and cap < end:
        end = cap
    return interval(start, end, "day", zone)


def yesterday(pub: datetime, zone: tuple[str, timezone]) -> dict[str, str]:
    """The previous calendar day plus the night up to 06:00 today."""
    today = pub.astimezone(zone[1]).date()
    start = datetime(today.year, today.month, today.day, tzinfo=zone[1]) - timedelta(days=1)
    return interval(start, start + timedelta(days=1, hours=6), "day", zone)


def about(y: int, m: int, d: int, hh: int, mm: int, zone: tuple[str, timezone]) -> dict[str, str]:
    at = local(y, m, d, hh, mm, zone)
    return interval(at - timedelta(minutes=30), at + timedelta(minutes=30), "hour", zone)


def before(pub: datetime, hours: float, precision: str, zone: tuple[str, timezone]) -> dict[str, str]:
    return interval(pub - timedelta(hours=hours), pub, precision, zone)


def week(pub: datetime, zone: tuple[str, timezone]) -> dict[str, str]:
    return before(pub, 24 * 7, "week", zone)


def since(start: datetime, pub: datetime, zone: tuple[str, timezone]) -> dict[str, str]:
    return interval(start, pub, "month", zone)


# ---- places ------------------------------------------------------------------------------------------------


def point(
    name: str, lat: float, lon: float, radius: float, precision: str, admin1: str, country: str
) -> dict[str, Any]:
    return {
        "name": name,
        "lat": lat,
        "lon": lon,
        "radius_km": radius,
        "precision": precision,
        "admin1": admin1,
        "country": country,
    }


# ADM1 area centroids (src/ceasewatch/data/gazetteer/admin1_geo.tsv)
OBLAST = {
    "Belgorod Oblast": (50.6708, 37.4924, 155, "RUS"),
    "Bryansk Oblast": (52.9090, 33.4208, 146, "RUS"),
    "Kursk Oblast": (51.6795, 36.1043, 164, "RUS"),
    "Rostov Oblast": (47.7398, 41.3123, 275, "RUS"),
}


def oblast(name: str) -> dict[str, Any]:
    lat, lon, radius, country = OBLAST[name]
    return point(name, lat, lon, radius, "admin1", name, country)


def country(code: str) -> dict[str, Any]:
    return {"name": {"UKR": "Ukraine", "RUS": "Russia"}[code], "radius_km": 0, "precision": "country", "country": code}


OLESHKY = point("Олешки", 46.62553, 32.72426, 8, "settlement", "Kherson Oblast", "UKR")
PLEKHOVO = point("Плехово", 51.155, 35.325, 5, "settlement", "Kursk Oblast", "RUS")  # own knowledge
TUAPSE_REFINERY = point("НПЗ у Туапсе", 44.1008, 39.0833, 5, "facility", "Krasnodar Krai", "RUS")
ENGELS_AIRBASE = point("аеродром «Енгельс»", 51.48, 46.21, 5, "facility", "Saratov Oblast", "RUS")
ZAPORIZHZHIA = point("Запоріжжя", 47.85167, 35.11714, 10, "settlement", "Zaporizhzhia Oblast", "UKR")
GRAFOVKA = point("Графовка", 50.78, 35.60, 10, "settlement", "Belgorod Oblast", "RUS")  # own knowledge, rough
NADEZHEVKA = point("Надежівка", 50.78, 35.60, 20, "settlement", "Belgorod Oblast", "RUS")  # not found: near Grafovka?
SUMY = point("Суми", 50.91741, 34.79906, 10, "settlement", "Sumy Oblast", "UKR")
POGAR_CHECKPOINT = point(
    "АПП «Погар» (Случовськ)", 52.35, 33.27, 5, "facility", "Bryansk Oblast", "RUS"
)  # own knowledge
CHAPAYEVSK = point("Чапаєвськ, завод «Промсинтез»", 52.9771, 49.7086, 5, "facility", "Samara Oblast", "RUS")
KOLOMNA_DISTRICT = point("Коломенський район", 55.07108, 38.78399, 30, "district", "Moscow Oblast", "RUS")
GUEVO = point("Гуєво", 51.0918, 35.2688, 5, "settlement", "Kursk Oblast", "RUS")
SHUYA = point("Шуя", 56.8428169, 41.3821667, 5, "settlement", "Ivanovo Oblast", "RUS")  # coordinates in the post
ROSTOV_CENTRAL = point("аеродром «Ростов-на-Дону Центральный»", 47.258, 39.818, 5, "facility", "Rostov Oblast", "RUS")
SUDZHA_GMS = point("Sudzha gas metering station", 51.19, 35.27, 5, "facility", "Kursk Oblast", "RUS")
SARATOV_REFINERY = point("oil refinery in Saratov region", 51.47, 45.98, 10, "facility", "Saratov Oblast", "RUS")
ENGELS = point("Engels", 51.48389, 46.10528, 10, "settlement", "Saratov Oblast", "RUS")
SUDZHA_AREA = point("курское приграничье", 51.191, 35.271, 40, "district", "Kursk Oblast", "RUS")
CHASIV_YAR = point("район Часова Яра", 48.58768, 37.83409, 25, "district", "Donetsk Oblast", "UKR")
KROPOTKINSKAYA = point("НПС «Кропоткинская»", 45.45, 40.60, 5, "facility", "Krasnodar Krai", "RUS")  # near Kropotkin
KORENOVSKAYA = point("КС «Кореновская»", 45.47, 39.44, 5, "facility", "Krasnodar Krai", "RUS")  # near Korenovsk
KUPIANSK_DIR = point("Купянское направление", 49.71003, 37.61581, 30, "district", "Kharkiv Oblast", "UKR")
SUMY_RU = point("город Сумы", 50.91741, 34.79906, 10, "settlement", "Sumy Oblast", "UKR")
POKROVSK_DIR = point("перед Красноармейском", 48.28014, 37.17706, 25, "district", "Donetsk Oblast", "UKR")


def oblast_ru(name: str) -> dict[str, Any]:
    return oblast(name)


# ---- labels ------------------------------------------------------------------------------------------------


def pub_of(report: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(report["published_at"])


def claim(
    target: str,
    name: str | None,
    place: dict[str, Any],
    time: dict[str, str],
    act: str,
    weapon: str | None,
    perpetrator: str | None,
    claimant: str | None,
    stance: str,
    quote: str,
    note: str | None = None,
) -> dict[str, Any]:
    item: dict[str, Any] = {
        "target": {"category": target, "name": name},
        "place": place,
        "time": time,
        "act": act,
        "weapon": weapon,
        "perpetrator": perpetrator,
        "claimant": claimant,
        "stance": stance,
        "quote": quote,
    }
    if note:
        item["note"] = note
    return item


def labels(report: dict[str, Any]) -> list[dict[str, Any]]:
    """The second reader's claims for one report (empty: a negative)."""
    rid = report["id"]
    pub = pub_of(report)
    kyiv = KYIV_WINTER if pub < datetime(2025, 3, 30, 1, 0, tzinfo=UTC) else KYIV_SUMMER
    if rid == "dron-0019":
        t = day(2025, 3, 5, kyiv)
        return [
            claim(
                "military.unit",
                "пункт управління 17-го танкового полку",
                OLESHKY,
                t,
                "strike.air",
                None,
                "UKR",
                "UKR",
                "admission",
                "завдали високоточних ударів по пункту управління 17-го танкового полку 70-ї мотострілецької "
                "дивізії збройних сил рф в м. Олешки",
            ),
            claim(
                "military.unit",
                "опорний пункт 2-ї роти 177-го полку морської піхоти",
                PLEKHOVO,
                t,
                "strike.air",
                None,
                "UKR",
                "UKR",
                "admission",
                "по опорному пункту 2-ї роти 177-го окремого полку морської піхоти зс рф в с. Плєхово, Курська "
                "область рф",
            ),
        ]
    if rid == "dron-0030":
        return [
            claim(
                "energy",
                "українська енергетика",
                country("UKR"),
                week(pub, kyiv),
                "strike",
                None,
                "RUS",
                None,
                "observation",
                "останні масовані повітряні атаки рф на українську енергетику",
                note="relayed from VOA; background of a diplomatic item, but an attack on energy is asserted",
            )
        ]
    if rid == "dron-0044":
        return [
            claim(
                "energy.gas",
                "газова інфраструктура",
                oblast("Rostov Oblast"),
                week(pub, kyiv),
                "strike",
                None,
                "UKR",
                "UKR",
                "admission",
                "У Ростовській області також зазнала атаки газова інфраструктура та кілька інших підприємств",
                note="'кілька інших підприємств' left out: no category can be named",
            )
        ]
    if rid == "dron-0047":
        return [
            claim(
                "military.depot",
                "склад ракет до комплексів С-300/С-400",
                oblast("Belgorod Oblast"),
                week(pub, kyiv),
                "strike",
                None,
                "UKR",
                "UKR",
                "admission",
                "ЗСУ уразили склад ракет до комплексів С-300/С-400 на території Бєлгородської області рф",
            )
        ]
    if rid == "dron-0050":
        return [
            claim(
                "energy.oil.refinery",
                "НПЗ у Туапсе",
                TUAPSE_REFINERY,
                yesterday(pub, kyiv),
                "strike",
                None,
                "UKR",
                "UKR",
                "admission",
                "вчорашнє ураження НПЗ у Туапсе",
            )
        ]
    if rid == "dron-0080":
        return [
            claim(
                "military.airbase",
                "аеродром «Енгельс»",
                ENGELS_AIRBASE,
                night(2025, 3, 20, kyiv),
                "strike",
                None,
                "UKR",
                "UKR",
                "admission",
                "у ніч на 20 березня завдали удару по аеродрому «Енгельс» у Саратовській області рф",
            )
        ]
    if rid == "dron-0090":
        return [
            claim(
                "civilian",
                None,
                ZAPORIZHZHIA,
                night(2025, 3, 22, kyiv),
                "strike",
                None,
                "RUS",
                "UKR",
                "accusation",
                "Російська атака на Запоріжжя вночі забрала життя цілої родини",
            )
        ]
    if rid == "dron-0097":
        return [
            claim(
                "civilian.transport",
                "міст",
                GRAFOVKA,
                week(pub, kyiv),
                "strike",
                None,
                "UKR",
                "UKR",
                "admission",
                "Графовка, Бєлгородська область СОУ нанесли удар по мосту",
            ),
            claim(
                "civilian.transport",
                "міст",
                NADEZHEVKA,
                week(pub, kyiv),
                "strike",
                None,
                "UKR",
                "UKR",
                "admission",
                "про удар по мосту у н.п. Надежівка",
            ),
        ]
    if rid == "dron-0099":
        return [
            claim(
                "civilian",
                None,
                SUMY,
                week(pub, kyiv),
                "strike",
                None,
                "RUS",
                "UKR",
                "accusation",
                "У Сумах вже 88 постраждалих людей** **через удар рф",
            )
        ]
    if rid == "dron-0107":
        return [
            claim(
                "civilian",
                "мирні цілі, багатоповерхівки",
                country("UKR"),
                week(pub, kyiv),
                "strike.drone",
                "Шахеди",
                "RUS",
                "UKR",
                "accusation",
                '"Шахеди" тепер атакують хвилями',
                note="a general account of daily strikes, no discrete event: borderline",
            )
        ]
    if rid == "dron-0114":
        return [
            claim(
                "military.unit",
                "прикордонний пункт пропуску «Погар»",
                POGAR_CHECKPOINT,
                day(2025, 3, 27, kyiv),
                "strike.air",
                None,
                "UKR",
                "UKR",
                "admission",
                "27 березня 2025 року Повітряні Сили Збройних Сил України успішно завдали удару по "
                "прикордонному пункту пропуску «Погар», що в районі Случовська, Брянська область рф",
            )
        ]
    if rid == "dron-0140":
        return [
            claim(
                "military.industry",
                "завод «Промсинтез»",
                CHAPAYEVSK,
                night(2025, 4, 5, kyiv),
                "strike.drone",
                None,
                "UKR",
                "UKR",
                "admission",
                "Дрони СБУ вночі атакували в російському Чапаєвську, Самарська область, завод «Промсинтез», "
                "який виробляє вибухівку",
            )
        ]
    if rid == "dron-0143":
        return [
            claim(
                "military.unit",
                "1383-й запасний командний пункт СПРН (в/ч 17204)",
                KOLOMNA_DISTRICT,
                night(2025, 4, 5, kyiv),
                "strike",
                None,
                "UKR",
                "UKR",
                "admission",
                "вночі також було атаковано об’єкт №4580 — 1383-й запасний командний пункт системи "
                "попередження про ракетний напад (в/ч 17204), розташований у Коломенському районі "
                "Московської області рф",
            )
        ]
    if rid == "dron-0154":
        return [
            claim(
                "military.unit",
                "АПП «Погар»",
                POGAR_CHECKPOINT,
                week(pub, kyiv),
                "strike.air",
                "МіГ-29",
                "UKR",
                "UKR",
                "admission",
                "МіГ-29 знищує АПП «Погар» у Брянській області",
            )
        ]
    if rid == "dron-0171":
        return [
            claim(
                "military.unit",
                "передовий пункт управління 30 мсп",
                GUEVO,
                about(2025, 4, 11, 17, 15, kyiv),
                "strike.artillery",
                "HIMARS",
                "UKR",
                "UKR",
                "admission",
                "11 квітня 2025 року, близько 17:15, було завдано ракетного удару HIMARS по передовому пункту "
                "управління 30 мсп у н.п. Гуєво, Суджанський район, Курська область",
            )
        ]
    if rid == "dron-0183":
        return [
            claim(
                "military.unit",
                "в/ч 112 рбр",
                SHUYA,
                week(pub, kyiv),
                "strike.drone",
                None,
                "UKR",
                "UKR",
                "admission",
                "БПЛА атакували в/ч 112 рбр зс рф у н.п. Шуя, Івановська область",
            )
        ]
    if rid == "dron-0226":
        return [
            claim(
                "military.airbase",
                "винищувач Су-30СМ/Су-27 «35»",
                ROSTOV_CENTRAL,
                week(pub, kyiv),
                "sabotage",
                "підпал",
                "UKR",
                "UKR",
                "admission",
                "Підпал російського внищувача Су-30СМ/Су-27 із бортовим номером «35» на території аеродрому "
                "«Ростов-на-Дону Центральный»",
                note="a fighter on an airfield: airbase rather than military.unit (vehicle)? borderline",
            )
        ]
    if rid == "en-04":
        t = week(pub, MSK)
        return [
            claim(
                "energy.gas.metering_station",
                "Sudzha gas metering station",
                SUDZHA_GMS,
                t,
                "sabotage",
                "blown up",
                "UKR",
                "RUS",
                "accusation",
                "retreating Ukrainian troops had deliberately blown up the Sudzha gas metering station in Kursk region",
            ),
            claim(
                "energy.gas.metering_station",
                "Sudzha gas metering station",
                SUDZHA_GMS,
                t,
                "sabotage",
                None,
                "UKR",
                "UKR",
                "denial",
                "Ukraine's General Staff called the claim groundless",
            ),
            claim(
                "energy.gas.metering_station",
                "Sudzha gas metering station",
                SUDZHA_GMS,
                t,
                "strike.artillery",
                "shelling",
                "RUS",
                "UKR",
                "accusation",
                "said Russian forces had shelled the station themselves",
            ),
        ]
    if rid == "en-07":
        morning = interval(local(2025, 3, 28, 4, 0, MSK), local(2025, 3, 28, 12, 0, MSK), "hour", MSK)
        return [
            claim(
                "energy.gas.metering_station",
                "Sudzha gas metering station",
                SUDZHA_GMS,
                morning,
                "strike.artillery",
                "HIMARS",
                "UKR",
                "RUS",
                "accusation",
                "Ukraine fired HIMARS rockets at the Sudzha gas metering station on Friday morning",
            ),
            claim(
                "energy.oil.refinery",
                "oil refinery in Saratov region",
                SARATOV_REFINERY,
                before(pub, 24, "day", MSK),
                "strike.drone",
                "19 drones",
                "UKR",
                "RUS",
                "accusation",
                "sent 19 drones at an oil refinery in Saratov region over the past day",
            ),
            claim(
                "energy.gas.metering_station",
                "Sudzha gas metering station",
                SUDZHA_GMS,
                morning,
                "strike",
                None,
                "RUS",
                "UKR",
                "accusation",
                "Kyiv's Centre for Countering Disinformation blamed Russia for the Sudzha strike",
            ),
        ]
    if rid == "en-18":
        t = night(2025, 3, 20, MSK)
        return [
            claim(
                "military.airbase",
                "Engels airfield",
                ENGELS,
                t,
                "strike.drone",
                None,
                "UKR",
                "RUS",
                "accusation",
                "Engels suffered its biggest drone attack overnight: the airfield caught fire",
            ),
            claim(
                "civilian.residential",
                "about 30 houses",
                ENGELS,
                t,
                "strike.drone",
                None,
                "UKR",
                "RUS",
                "accusation",
                "about 30 houses were damaged",
            ),
        ]
    if rid == "en-21":
        return [
            claim(
                "military.industry",
                "Ukrainian defence-industry sites",
                country("UKR"),
                night(2025, 4, 24, MSK),
                "strike",
                "long-range precision weapons",
                "RUS",
                "RUS",
                "admission",
                "its overnight strike with long-range precision weapons hit Ukrainian defence-industry sites",
            )
        ]
    if rid == "en-28":
        return [
            claim(
                "energy",
                "Ukrainian energy facilities",
                country("UKR"),
                since(local(2025, 3, 18, 0, 0, KYIV_WINTER), pub, KYIV_WINTER),
                "strike",
                "bombs, attack drones and FPV drones",
                "RUS",
                "UKR",
                "accusation",
                "Russia had hit Ukrainian energy facilities with bombs, attack drones and FPV drones since 18 March",
            )
        ]
    if rid == "en-29":
        start = local(2025, 3, 18, 0, 0, MSK)
        return [
            claim(
                "energy",
                "Ukrainian energy sites",
                country("UKR"),
                since(start, pub, MSK),
                "strike",
                None,
                "RUS",
                "RUS",
                "denial",
                "Russia had kept to the moratorium and not struck Ukrainian energy sites",
            ),
            claim(
                "energy",
                "Russian energy facilities",
                country("RUS"),
                since(start, pub, MSK),
                "strike",
                None,
                "UKR",
                "RUS",
                "accusation",
                "had carried out more than 120 strikes on Russian energy facilities",
            ),
        ]
    if rid == "mod-0026":
        return [
            claim(
                "military.unit",
                "бронетехника, автомобили и личный состав ВСУ",
                SUDZHA_AREA,
                week(pub, MSK),
                "strike.drone",
                None,
                "RUS",
                "RUS",
                "admission",
                "Дроноводы Центра «Рубикон» продолжают уничтожение бронетехники, автомобилей и личного "
                "состава ВСУ в курском приграничье",
            )
        ]
    if rid == "mod-0087":
        return [
            claim(
                "military.unit",
                "пункт управления БпЛА и блиндажи",
                CHASIV_YAR,
                week(pub, MSK),
                "strike.artillery",
                "РСЗО «Град»",
                "RUS",
                "RUS",
                "admission",
                "Расчеты реактивных систем залпового огня «Град» 27-го артиллерийского полка «Южной» "
                "группировки войск наносят удары по позициям противника в районе Часова Яра",
            )
        ]
    if rid == "mod-0148":
        return [
            claim(
                "energy.oil.pumping_station",
                "НПС «Кропоткинская» КТК",
                KROPOTKINSKAYA,
                about(2025, 3, 24, 2, 0, MSK),
                "strike.drone",
                "ударный БпЛА",
                "UKR",
                "RUS",
                "accusation",
                "24 марта около двух часов ночи киевским режимом была совершена [атака]"
                "(https://t.me/mod_russia/50512) с применением БпЛА на нефтеперекачивающую станцию "
                "«Кропоткинская»",
            )
        ]
    if rid == "mod-0177":
        t = before(pub, 48, "day", MSK)
        quote = "ВСУ лишь нарастили количество атак по энергетической инфраструктуре в Курской и Белгородской областях"
        return [
            claim(
                "energy",
                "энергетическая инфраструктура",
                oblast("Kursk Oblast"),
                t,
                "strike",
                None,
                "UKR",
                "RUS",
                "accusation",
                quote,
            ),
            claim(
                "energy",
                "энергетическая инфраструктура",
                oblast("Belgorod Oblast"),
                t,
                "strike",
                None,
                "UKR",
                "RUS",
                "accusation",
                quote,
            ),
        ]
    if rid == "mod-0241":
        t = interval(local(2025, 4, 8, 23, 38, MSK), local(2025, 4, 9, 1, 26, MSK), "minute", MSK)
        return [
            claim(
                "energy.gas.compressor_station",
                "КС «Кореновская»",
                KORENOVSKAYA,
                t,
                "strike.drone",
                "8 БПЛА",
                "UKR",
                "RUS",
                "accusation",
                "С 23.38 минут восьмого апреля до 1.26 девятого апреля ВСУ совершена атака с применением 8 БПЛА "
                "по компрессорной станции «Кореновская» Кореновского района Краснодарского края",
            )
        ]
    if rid == "mod-0252":
        return [
            claim(
                "military.unit",
                "бронемашина",
                KUPIANSK_DIR,
                week(pub, MSK),
                "strike.drone",
                "дроны-минеры",
                "RUS",
                "RUS",
                "admission",
                "Операторы БпЛА штурмового отряда «Орел» группировки войск «Запад» **уничтожили бронемашину "
                "украинских войск**",
            )
        ]
    if rid == "mod-0284":
        return [
            claim(
                "military.unit",
                "совещание командного состава",
                SUMY_RU,
                yesterday(pub, MSK),
                "strike.missile",
                "Искандер-М",
                "RUS",
                "RUS",
                "admission",
                "Вчера Вооруженными Силами Российской Федерации в городе Сумы",
            )
        ]
    if rid == "mod-0287":
        return [
            claim(
                "military.unit",
                "совещание командного состава",
                SUMY_RU,
                day(2025, 4, 13, MSK),
                "strike.missile",
                "Искандер-М",
                "RUS",
                "RUS",
                "admission",
                "13.04.2025 г. Вооруженными Силами Российской Федерации в городе Сумы",
            )
        ]
    if rid == "mod-0336":
        return [
            claim(
                "military.unit",
                "огневые точки опорного пункта ВСУ",
                POKROVSK_DIR,
                week(pub, MSK),
                "strike.artillery",
                "танк Т-72",
                "RUS",
                "RUS",
                "admission",
                "сровнять с землей огневые точки крупного опорного пункта ВСУ",
                note="tank fire in support of an assault: borderline with front-line reports",
            )
        ]
    return []


NEGATIVE_REASONS = {
    "dron-0001": "counter-drone (ZALA dodging interceptors)",
    "dron-0009": "no attack",
    "dron-0028": "diplomatic (FT on a partial ceasefire)",
    "dron-0032": "a DDoS attack, no strike or sabotage at a place",
    "dron-0052": "intent only (forces massing against Sumy oblast)",
    "dron-0055": "flight-route map",
    "dron-0074": "diplomatic",
    "dron-0095": "Russian drone tally relayed, no target",
    "dron-0104": "diplomatic (White House)",
    "dron-0116": "speculation",
    "dron-0152": "flight-route map",
    "dron-0162": "flight-route map",
    "dron-0189": "flight-route map",
    "dron-0202": "front-line (assaults, artillery) and diplomatic",
    "dron-0206": "front-line (ambush, heavy weapons)",
    "dron-0220": "'after a massive Russian attack': no target, no place",
    "dron-0228": "51st GRAU arsenal destroyed, no attack asserted (the Vladimir arsenal convention)",
    "mod-0040": "front-line summary",
    "mod-0078": "air-defence tally",
    "mod-0106": "front-line summary",
    "mod-0108": "air-defence tally",
    "mod-0117": "front-line summary",
    "mod-0133": "air-defence tally",
    "mod-0192": "diplomatic",
    "mod-0197": "hero story (2024, ground combat)",
    "mod-0283": "air-defence tally",
    "mod-0302": "front-line summary",
    "mod-0332": "air-defence tally",
}


def main() -> None:
    from ceasewatch.evaluate._extract import _shared_text  # the same reader read_gold_reports uses for folders

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", default=str(HERE.parents[3] / "shared" / "data"))
    args = parser.parse_args()
    reports = {
        item["id"]: item
        for item in (json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip())
    }
    tables: dict[str, list[dict[str, str]]] = {}
    lines = []
    for rid in sorted(sample_ids()):
        report = reports[rid]
        text = report.get("text")
        if text is None:
            text = _shared_text(report["ref"], args.data, tables, GOLD, 0)
        out: dict[str, Any] = {k: report[k] for k in ("id", "published_at", "source", "language") if k in report}
        if "text" in report:
            out["text"] = report["text"]
        else:
            out["ref"] = report["ref"]
        claims = []
        for item in labels(report):
            quote = item.pop("quote")
            start = text.find(quote)
            if start < 0 or text.find(quote, start + 1) >= 0:
                raise SystemExit(f"{rid}: quote not found once: {quote!r}")
            item["evidence"] = {"start": start, "end": start + len(quote)}
            claims.append(item)
        if not claims and rid not in NEGATIVE_REASONS:
            raise SystemExit(f"{rid}: neither claims nor a reason for a negative")
        out["claims"] = claims
        if not claims:
            out["note"] = NEGATIVE_REASONS[rid]
        lines.append(json.dumps(out, ensure_ascii=False))
    (HERE / "second_reader.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(
        f"{len(lines)} reports, {sum(1 for x in lines if json.loads(x)['claims'])} with claims, "
        f"{sum(len(json.loads(x)['claims']) for x in lines)} claims"
    )


if __name__ == "__main__":
    main()
