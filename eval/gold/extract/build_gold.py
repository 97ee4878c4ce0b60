"""Writes reports.jsonl and claims.jsonl of the extraction gold set from labels written out by hand below.

Nothing here extracts anything: every label (category, place, time, act, weapon, parties, stance, quote) was
decided by reading the post and is typed literally in this file. The script only
  * formats the hand-made labels (local times with their UTC offsets, places from the small table below),
  * reads the shared-data posts to check that every evidence quote is an exact substring of the post and to
    record its character span, and to record each post's `datetime` and first 40 characters as its row key,
  * assigns the split by the rule fixed before labelling (see README: every third report by publication time,
    counted within each batch).
Run from the repository root:  python eval/gold/extract/build_gold.py [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from label_times import T, around, before, day, iso, night, yesterday  # noqa: E402

HERE = Path(__file__).resolve().parent
MOD_FILE = "mod_russia_telegram/mod_russia_2025-03-01_2025-04-30.csv"
DRON_FILE = "dronbomber_telegram/dronbomber_2025-03-01_2025-04-30.csv"

MSK = "+03:00"
KYIV_WINTER = "+02:00"  # Kyiv until 2025-03-30 03:00
KYIV_SUMMER = "+03:00"  # Kyiv from 2025-03-30


def kyiv(d: str) -> str:
    return KYIV_WINTER if d < "2025-03-30" else KYIV_SUMMER


# ---------------------------------------------------------------- places (coordinates: GeoNames / own knowledge;
# admin1 points are area centroids of the geoBoundaries ADM1 polygons in ../shared/data/admin_boundaries)
# key: (name, lat, lon, radius_km, precision, admin1, country)
PL = {
    # Russia, settlements and facilities
    "gai-kodzor": ("Гай-Кодзор (КС «Русская»)", 44.93, 37.37, 5, "facility", "Krasnodar Krai", "RUS"),
    "kropotkin": ("Кропоткин (НПС «Кропоткинская» КТК)", 45.44, 40.57, 10, "facility", "Krasnodar Krai", "RUS"),
    "kavkazskaya": ("станица Кавказская", 45.44, 40.67, 5, "facility", "Krasnodar Krai", "RUS"),
    "korenovsk": ("Кореновск (КС «Кореновская»)", 45.47, 39.45, 10, "facility", "Krasnodar Krai", "RUS"),
    "tikhoretsk": ("Tikhoretsk", 45.85, 40.12, 30, "district", "Krasnodar Krai", "RUS"),
    "tuapse": ("Туапсе", 44.10, 39.08, 5, "facility", "Krasnodar Krai", "RUS"),
    "novorossiysk": ("Новоросійськ", 44.72, 37.77, 10, "settlement", "Krasnodar Krai", "RUS"),
    "sudzha": ("Суджа", 51.19, 35.27, 5, "facility", "Kursk Oblast", "RUS"),
    "sudzha-area": ("Курское приграничье (Суджа)", 51.20, 35.30, 40, "district", "Kursk Oblast", "RUS"),
    "plekhovo": ("Плєхово", 51.14, 35.24, 5, "settlement", "Kursk Oblast", "RUS"),
    "kondratovka": ("Кондратівка", 51.13, 35.18, 10, "settlement", "Kursk Oblast", "RUS"),
    "guyevo": ("Гуєво", 51.09, 35.27, 5, "settlement", "Kursk Oblast", "RUS"),
    "kursk-city": ("Курськ", 51.73, 36.19, 10, "settlement", "Kursk Oblast", "RUS"),
    "aidar-bk": ("ЛЭП 35 кВ Айдар – Белый Колодезь", 50.12, 38.75, 25, "district", "Belgorod Oblast", "RUS"),
    "ivnya": ("Івня", 51.06, 36.15, 5, "settlement", "Belgorod Oblast", "RUS"),
    "grafovka": ("Графовка", 50.66, 35.63, 10, "settlement", "Belgorod Oblast", "RUS"),
    "iv-lisitsa": ("Іванівська Лисиця", 50.78, 35.80, 15, "settlement", "Belgorod Oblast", "RUS"),
    "karachev": ("Карачевский район (НПС «Аксинино»)", 53.12, 34.98, 20, "district", "Bryansk Oblast", "RUS"),
    "pogar-bcp": ("пункт пропуску «Погар» (Случовськ)", 52.40, 33.18, 15, "facility", "Bryansk Oblast", "RUS"),
    "bryansk-city": ("Брянськ", 53.25, 34.37, 10, "settlement", "Bryansk Oblast", "RUS"),
    "suzemka": ("Suzemka district", 52.32, 34.08, 20, "district", "Bryansk Oblast", "RUS"),
    "sevsk": ("Sevsk district", 52.15, 34.49, 20, "district", "Bryansk Oblast", "RUS"),
    "engels": ("аеродром «Енгельс»", 51.48, 46.21, 5, "facility", "Saratov Oblast", "RUS"),
    "engels-town": ("Engels", 51.48, 46.11, 8, "settlement", "Saratov Oblast", "RUS"),
    "saratov-ref": ("Саратовський НПЗ", 51.48, 46.05, 5, "facility", "Saratov Oblast", "RUS"),
    "petrovsk": ("Петровськ (ЛВУМГ)", 52.31, 45.39, 15, "settlement", "Saratov Oblast", "RUS"),
    "marinovka": ("аеродром «Мариновка»", 48.64, 43.79, 5, "facility", "Volgograd Oblast", "RUS"),
    "kirishi": ("Кириши (КІНЕФ)", 59.45, 32.02, 5, "facility", "Leningrad Oblast", "RUS"),
    "moscow": ("Москва/Підмосков'я", 55.75, 37.62, 50, "district", "Moscow", "RUS"),
    "moscow-ref": ("Московський НПЗ (Капотня)", 55.64, 37.80, 5, "facility", "Moscow", "RUS"),
    "serpukhov": ("Серпухов (нафтобаза «Ока-центр»)", 54.92, 37.42, 10, "settlement", "Moscow Oblast", "RUS"),
    "kolomna": ("Коломенський район", 55.07, 38.78, 20, "district", "Moscow Oblast", "RUS"),
    "shaykovka": ("аеродром Шайковка", 54.23, 34.37, 5, "facility", "Kaluga Oblast", "RUS"),
    "syzran": ("Сизрань", 53.16, 48.47, 10, "settlement", "Samara Oblast", "RUS"),
    "chapaevsk": ("Чапаєвськ («Промсинтез»)", 52.98, 49.71, 5, "facility", "Samara Oblast", "RUS"),
    "lipetsk": ("Липецьк (НЛМК)", 52.61, 39.59, 10, "settlement", "Lipetsk Oblast", "RUS"),
    "dzerzhinsk": ("Дзержинськ", 56.24, 43.46, 10, "settlement", "Nizhny Novgorod Oblast", "RUS"),
    "saransk": ("Саранськ", 54.18, 45.17, 10, "settlement", "Mordovia", "RUS"),
    "shuya": ("Шуя", 56.85, 41.39, 10, "settlement", "Ivanovo Oblast", "RUS"),
    "yelabuga": ("Єлабузький район (Алабуга)", 55.78, 52.05, 20, "district", "Tatarstan", "RUS"),
    "rostov-airfield": ("аеродром «Ростов-на-Дону Центральный»", 47.26, 39.82, 5, "facility", "Rostov Oblast", "RUS"),
    # Russia, admin1 (geoBoundaries centroids)
    "ru-kursk": ("Курская область", 51.68, 36.105, 120, "admin1", "Kursk Oblast", "RUS"),
    "ru-belgorod": ("Белгородская область", 50.67, 37.492, 110, "admin1", "Belgorod Oblast", "RUS"),
    "ru-bryansk": ("Брянская область", 52.91, 33.421, 120, "admin1", "Bryansk Oblast", "RUS"),
    "ru-rostov": ("Ростовська область", 47.74, 41.312, 200, "admin1", "Rostov Oblast", "RUS"),
    # Ukraine
    "kryvyi-rih": ("Кривий Ріг", 47.91, 33.39, 10, "settlement", "Dnipropetrovsk Oblast", "UKR"),
    "sumy": ("Суми", 50.91, 34.80, 5, "settlement", "Sumy Oblast", "UKR"),
    "kherson": ("Херсон", 46.64, 32.61, 8, "settlement", "Kherson Oblast", "UKR"),
    "kyiv": ("Київ", 50.45, 30.52, 15, "settlement", "Kyiv", "UKR"),
    "kharkiv": ("Kharkiv", 49.99, 36.23, 15, "settlement", "Kharkiv Oblast", "UKR"),
    "zaporizhzhia-city": ("Запоріжжя", 47.84, 35.14, 10, "settlement", "Zaporizhzhia Oblast", "UKR"),
    "sloviansk": ("Sloviansk", 48.85, 37.61, 8, "settlement", "Donetsk Oblast", "UKR"),
    "kramatorsk": ("Kramatorsk", 48.72, 37.56, 8, "settlement", "Donetsk Oblast", "UKR"),
    "pokrovsk-dir": ("Красноармейское (Покровское) направление", 48.28, 37.18, 30, "district", "Donetsk Oblast", "UKR"),
    "chasiv-yar": ("Часов Яр", 48.59, 37.83, 5, "settlement", "Donetsk Oblast", "UKR"),
    "siversk-dir": ("Северское направление", 48.86, 38.10, 25, "district", "Donetsk Oblast", "UKR"),
    "kupiansk-dir": ("Купянское направление", 49.71, 37.62, 25, "district", "Kharkiv Oblast", "UKR"),
    "robotyne": ("Работино", 47.45, 35.84, 8, "settlement", "Zaporizhzhia Oblast", "UKR"),
    "oleshky": ("Олешки", 46.63, 32.72, 5, "settlement", "Kherson Oblast", "UKR"),
    "stiyke": ("Стійке", 47.07, 33.21, 5, "settlement", "Kherson Oblast", "UKR"),
    "svatove": ("Svatove", 49.41, 38.16, 10, "settlement", "Luhansk Oblast", "UKR"),
    "saky": ("Саки", 45.13, 33.60, 8, "settlement", "Crimea", "UKR"),
    "tarkhankut": ("мис Тарханкут", 45.35, 32.50, 10, "area", "Crimea", "UKR"),
    "ua-kharkiv": ("Харьковская область", 49.615, 36.505, 110, "admin1", "Kharkiv Oblast", "UKR"),
    "ua-donetsk": ("Донецкая область (ДНР)", 47.955, 37.676, 120, "admin1", "Donetsk Oblast", "UKR"),
    "ua-sumy": ("Сумская область", 51.106, 34.124, 110, "admin1", "Sumy Oblast", "UKR"),
    "ua-zaporizhzhia": ("Запорожская область", 47.168, 35.773, 110, "admin1", "Zaporizhzhia Oblast", "UKR"),
    "ua-kherson": ("Херсонська область", 46.55, 33.465, 110, "admin1", "Kherson Oblast", "UKR"),
    "ua-dnipro": ("Дніпропетровська область", 48.301, 34.844, 130, "admin1", "Dnipropetrovsk Oblast", "UKR"),
    "ua-poltava": ("Poltava Oblast", 49.733, 33.778, 120, "admin1", "Poltava Oblast", "UKR"),
    "ua-mykolaiv": ("Mykolaiv Oblast", 47.394, 31.766, 110, "admin1", "Mykolaiv Oblast", "UKR"),
    "ua-crimea": ("Крим", 45.266, 34.427, 120, "admin1", "Crimea", "UKR"),
    # batch 2 (Russian admin1: geoBoundaries centroids as above; Engels depot: the coordinates printed in the post)
    "ru-samara": ("Самарська область", 53.276, 50.465, 150, "admin1", "Samara Oblast", "RUS"),
    "ru-moscow-obl": ("Московская область", 55.671, 37.659, 120, "admin1", "Moscow Oblast", "RUS"),
    "engels-depot": ("склад боєприпасів, Енгельс (51.4868, 46.2615)", 51.487, 46.262, 3, "facility", "Saratov Oblast",
                     "RUS"),
    # batch 3 (Kaluga, Odesa: geoBoundaries centroids; Moscow-City: the coordinates printed in the post)
    "ru-kaluga": ("Калузька область", 54.372, 35.446, 120, "admin1", "Kaluga Oblast", "RUS"),
    "ua-odesa": ("Одеська область", 46.583, 29.937, 130, "admin1", "Odesa Oblast", "UKR"),
    "moscow-city": ("«Город Столиц», Москва-Сіті (55.7473, 37.5385)", 55.747, 37.538, 1, "facility", "Moscow", "RUS"),
    "moscow-c": ("москва", 55.75, 37.62, 20, "settlement", "Moscow", "RUS"),
}
COUNTRY = {
    "RUS": {"name": "Россия", "lat": None, "lon": None, "radius_km": 0, "precision": "country", "admin1": None,
            "country": "RUS"},
    "UKR": {"name": "Україна", "lat": None, "lon": None, "radius_km": 0, "precision": "country", "admin1": None,
            "country": "UKR"},
}


def place(key: str) -> dict:
    if key in COUNTRY:
        return dict(COUNTRY[key])
    if key == "druzhba":
        return {"name": "вимірювальна станція нафтопроводу «Дружба»", "lat": None, "lon": None, "radius_km": 0,
                "precision": "unknown", "admin1": None, "country": None}
    n, lat, lon, r, p, a1, c = PL[key]
    return {"name": n, "lat": lat, "lon": lon, "radius_km": r, "precision": p, "admin1": a1, "country": c}


# ---------------------------------------------------------------- times: eval/gold/label_times.py


def local(pub: str, off: str) -> str:
    """The publication instant written with the local offset (batch 2 on; batch 1 keeps UTC caps as written)."""
    return iso(pub).astimezone(timezone(timedelta(hours=int(off[:3])))).isoformat()


# ---------------------------------------------------------------- sources
SRC_MOD = {"name": "Ministry of Defence of the Russian Federation (t.me/mod_russia)",
           "affiliation": "party_official", "party": "RUS"}
SRC_DRON = {"name": "DroneBomber (t.me/dronbomber)", "affiliation": "party_aligned_media", "party": "UKR"}


def C(cat, pl, time, act, weapon, perp, claimant, stance, quote, name=None, note=None, conf=None):
    d = {"target": {"category": cat, "name": name}, "place": pl if isinstance(pl, dict) else place(pl),
         "time": time, "act": act, "weapon": weapon, "perpetrator": perp, "claimant": claimant,
         "stance": stance, "quote": quote}
    if note:
        d["note"] = note
    if conf is not None:
        d["confidence"] = conf
    return d


# ================================================================ Russian MoD posts (row = 0-based data row of MOD_FILE)
M = "Europe/Moscow"
A7 = 24 * 7  # no time expression in the text: [publication - 7 days, publication]


def mod_labels(pub: str) -> dict:
    """row -> (kind, claims). `pub` is a function row -> publication instant (UTC ISO)."""
    P = pub
    L: dict = {}
    # ---- energy-moratorium bulletins and truce-related daily summaries
    L[4] = ("energy_bulletin", [C("energy.gas.compressor_station", "gai-kodzor",
            T("2025-02-27T21:00+03:00", "2025-02-28T06:00+03:00", "night", M), "strike.drone", "drone (3 UAVs)",
            "UKR", "RUS", "accusation",
            "предпринял попытку атаковать инфраструктуру компрессорной станции «Русская» в населенном пункте Гай-Кодзор (Краснодарский край) тремя беспилотниками",
            name="компрессорная станция «Русская»", note="attempt; all drones downed, still the act")])
    L[107] = ("energy_bulletin_truncated", [])
    L[111] = ("energy_bulletin_truncated", [])
    L[124] = ("energy_bulletin_truncated", [])
    L[148] = ("energy_bulletin", [C("energy.oil.pumping_station", "kropotkin",
              around("2025-03-24T02:00+03:00", M), "strike.drone", "UAV", "UKR", "RUS", "accusation",
              "совершена [атака](https://t.me/mod_russia/50512) с применением БпЛА на нефтеперекачивающую станцию «Кропоткинская» Каспийского трубопроводного консорциума (КТК) в Краснодарском крае",
              name="НПС «Кропоткинская» КТК", note="intercepted 7 km from the facility: the attempt is the act")])
    L[153] = ("energy_bulletin_truncated", [])
    L[159] = ("energy_bulletin", [C("energy", "RUS", before(P(159), MSK, M, 48, "day"), "strike", None, "UKR", "RUS",
              "accusation", "киевский режим продолжил нанесение ударов по энергетической инфраструктуре Российской Федерации")])
    L[163] = ("energy_bulletin", [C("energy.electricity.line", "ru-bryansk", around("2025-03-26T17:00+03:00", M),
              "strike.drone", "UAV", "UKR", "RUS", "accusation",
              "26 марта около 17.00 в Брянской области в результате атаки украинского БПЛА по объекту филиала ПАО «Россети Центр» – «Брянскэнерго» произошло отключение высоковольтной линии 10 кВ",
              name="ВЛ 10 кВ «Брянскэнерго»")])
    L[167] = ("energy_bulletin_truncated", [])
    L[169] = ("energy_bulletin", [C("energy.gas.metering_station", "sudzha", around("2025-03-28T10:20+03:00", M),
              "strike.artillery", "HIMARS", "UKR", "RUS", "accusation",
              "28 марта около 10.20 киевским режимом нанесен удар с применением, по предварительной информации, реактивных снарядов РСЗО «HIMARS» по газоизмерительной станции «Суджа»",
              name="ГИС «Суджа»")])
    L[176] = ("energy_bulletin", [
        C("energy.electricity.line", "aidar-bk", around("2025-03-28T05:30+03:00", M), "strike.drone", "UAV", "UKR",
          "RUS", "accusation",
          "28 марта около 5.30 в Белгородской области в результате атаки БпЛА по объекту филиала ПАО «Россети Центр» – «Белгородэнерго» и обрыва провода произошло отключение высоковольтной линии 35 кВ Айдар – Белый Колодезь",
          name="ВЛ 35 кВ Айдар – Белый Колодезь"),
        C("energy", "ru-belgorod", T("2025-03-28T10:34+03:00", "2025-03-29T10:34+03:00", "day", M), "strike", None,
          "UKR", "RUS", "accusation", "В 10.34 в Белгородской области зафиксирована атака",
          note="truncated; target only from the bulletin's heading; date 28 or 29 March")])
    L[177] = ("energy_bulletin", [
        C("energy", "ru-kursk", before(P(177), MSK, M, 48, "day"), "strike", None, "UKR", "RUS", "accusation",
          "нарастили количество атак по энергетической инфраструктуре в Курской и Белгородской областях"),
        C("energy", "ru-belgorod", before(P(177), MSK, M, 48, "day"), "strike", None, "UKR", "RUS", "accusation",
          "нарастили количество атак по энергетической инфраструктуре в Курской и Белгородской областях")])
    L[192] = ("diplomatic", [])
    L[198] = ("energy_bulletin_truncated", [])
    L[208] = ("energy_bulletin", [C("energy", "RUS", before(P(208), MSK, M, 24, "day"), "strike", None, "UKR", "RUS",
              "accusation", "За прошедшие сутки ВСУ совершены четыре атаки на российскую энергетическую инфраструктуру")])
    L[215] = ("energy_bulletin", [
        C("military.unit", "kryvyi-rih", day("2025-04-04", MSK, M, P(215)), "strike.missile",
          "missile (high-explosive warhead)", "RUS", "RUS", "admission",
          "нанесли высокоточный удар](https://t.me/mod_russia/50918) ракетой в фугасном снаряжении по месту проведения совещания с командирами соединений и западными инструкторами в одном из ресторанов Кривого Рога"),
        C("energy", "RUS", before(P(215), MSK, M, 24, "day"), "strike", None, "UKR", "RUS", "accusation",
          "За прошедшие сутки киевским режимом совершено шесть атак на объекты российской энергетической инфраструктуры")])
    L[219] = ("energy_bulletin", [C("energy", "RUS", T("2025-04-04T05:00+03:00", iso(P(219)).isoformat(), "day", M),
              "strike", "drones; artillery", "UKR", "RUS", "accusation",
              "[нарастил](https://t.me/mod_russia/50933) количество односторонних атак с применением БпЛА и артиллерийских боеприпасов по энергетической")])
    L[241] = ("energy_bulletin", [C("energy.gas.compressor_station", "korenovsk",
              T("2025-04-08T23:38+03:00", "2025-04-09T01:26+03:00", "minute", M), "strike.drone", "8 UAVs", "UKR",
              "RUS", "accusation",
              "С 23.38 минут восьмого апреля до 1.26 девятого апреля ВСУ совершена атака с применением 8 БПЛА по компрессорной станции «Кореновская» Кореновского района Краснодарского края",
              name="КС «Кореновская»", note="all drones downed; the attempt is the act")])
    L[247] = ("energy_bulletin", [C("energy", "RUS", before(P(247), MSK, M, 48, "day"), "strike", None, "UKR", "RUS",
              "accusation", "односторонние атаки по российской энергетической инфраструктуре")])
    L[256] = ("energy_bulletin", [C("energy", "RUS", before(P(256), MSK, M, 24, "day"), "strike", None, "UKR", "RUS",
              "accusation", "За прошедшие сутки ВСУ совершили 11 атак на объекты российской энергетики")])
    # ---- Russian strike summaries (admissions of strikes on Ukraine)
    W = "precision weapons and strike UAVs"
    L[18] = ("strike_summary", [C("military", "UKR", day("2025-03-04", MSK, M, P(18)), "strike",
             "aviation, strike UAVs, missile troops, artillery", "RUS", "RUS", "admission",
             "инфраструктуре военных аэродромов, складам с боеприпасами, а также скоплениям живой силы и техники вооруженных формирований ВСУ")])
    L[35] = ("strike_summary", [C("unknown", "UKR", T("2025-03-01T00:00+03:00", "2025-03-08T00:00+03:00", "week", M),
             "strike", W, "RUS", "RUS", "admission",
             "высокоточным оружием и ударными беспилотными летательными аппаратами, в результате которых поражены инф",
             note="truncated before the target")])
    L[82] = ("strike_summary", [C("energy", "UKR", T("2025-03-08T00:00+03:00", "2025-03-15T00:00+03:00", "week", M),
             "strike", W, "RUS", "RUS", "admission", "поражены объекты газово-энергетической инфраструктуры",
             note="'gas and energy infrastructure': no more specific category justified")])
    L[121] = ("strike_summary", [C("military", "UKR", T("2025-03-15T00:00+03:00", "2025-03-22T00:00+03:00", "week", M),
              "strike", W, "RUS", "RUS", "admission",
              "поражены инфраструктура военных аэродромов, цеха сборки, места хранения")])
    L[171] = ("strike_summary", [C("military", "UKR", T("2025-03-22T00:00+03:00", "2025-03-29T00:00+03:00", "week", M),
              "strike", W, "RUS", "RUS", "admission",
              "поражены инфраструктура военных аэродромов, учебный центр ВСУ, пункты управления")])
    L[210] = ("strike_summary", [C("military", "UKR", T("2025-03-29T00:00+03:00", "2025-04-05T00:00+03:00", "week", M),
              "strike", W, "RUS", "RUS", "admission",
              "поражены инфраструктура военных аэродромов, предприятие ракетно-космической про")])
    L[261] = ("strike_summary", [C("unknown", "UKR", T("2025-04-05T00:00+03:00", "2025-04-12T00:00+03:00", "week", M),
              "strike", "long-range air- and sea-launched precision weapons, strike UAVs", "RUS", "RUS", "admission",
              "ударными беспилотными летательными аппаратами, в результате которых поражены инфр",
              note="truncated before the target")])
    L[312] = ("strike_summary", [C("military.industry", "UKR",
              T("2025-04-12T00:00+03:00", "2025-04-19T00:00+03:00", "week", M), "strike", W, "RUS", "RUS",
              "admission", "поражены предприятия военно-промышленного комплекса Украины")])
    L[357] = ("strike_summary", [C("military.industry", "UKR",
              T("2025-04-19T00:00+03:00", "2025-04-26T00:00+03:00", "week", M), "strike", W, "RUS", "RUS",
              "admission", "поражены предприятия военно-промышленного комплекса Укра")])
    L[221] = ("strike_summary", [C("military.depot", "UKR", night("2025-04-06", MSK, M), "strike",
              "long-range air- and sea-launched precision weapons, UAVs", "RUS", "RUS", "admission",
              "по центральной артиллерийской базе вооружения ВСУ")])
    L[273] = ("strike_summary", [C("military", "UKR", day("2025-04-12", MSK, M, P(273)), "strike",
              "aviation, strike UAVs, missile troops, artillery", "RUS", "RUS", "admission",
              "авиационному предприятию военно-промышленного комплекса Украины, инфраструктуре военного аэродрома и гидропорта ВСУ")])
    L[287] = ("strike_summary", [C("military.unit", "sumy", day("2025-04-13", MSK, M), "strike.missile",
              "Iskander-M (2)", "RUS", "RUS", "admission",
              "двумя оперативно-тактическими ракетами «Искандер-М» по месту проведения совещания командного состава",
              note="the same strike Ukraine reports as a massacre of civilians (dron 166, 169, 174; English en-11)")])
    L[316] = ("strike_summary", [C("military", "UKR", T("2025-04-18T04:00+03:00", "2025-04-18T12:00+03:00", "hour", M),
              "strike", "long-range precision weapons, UAVs", "RUS", "RUS", "admission",
              "по ключевым производственным площадкам выпуска беспилотных летательных аппаратов и объектам инфраструктуры военных аэродромов Украины")])
    L[320] = ("strike_summary", [C("military", "UKR", T("2025-04-18T17:00+03:00", "2025-04-19T00:00+03:00", "hour", M),
              "strike", "ground- and sea-based precision weapons, UAVs", "RUS", "RUS", "admission",
              "по месту проведения испытаний украинского оперативно-тактического ракетного комплекса «Сапсан» и прикрывающих его зенитных ракетных систем NASAMS")])
    # ---- Russian strikes on Ukrainian military targets (video posts)
    b7 = lambda r: before(P(r), MSK, M, A7, "week")  # noqa: E731
    FPV = "FPV drone"
    L[16] = ("military_strike", [C("military.unit", "ua-kharkiv", b7(16), "strike.drone", "FPV drone (fibre-optic)",
             "RUS", "RUS", "admission", "Дроноводы уничтожили бронированную ЗСУ в Харьковской области")])
    L[20] = ("military_strike", [C("military.unit", "pokrovsk-dir", b7(20), "strike.drone", FPV, "RUS", "RUS",
             "admission", "На Красноармейском направлении был выявлен украинский тягач МТЛБ")])
    L[26] = ("military_strike", [C("military.unit", "sudzha-area", b7(26), "strike.drone", "drones", "RUS", "RUS",
             "admission", "продолжают уничтожение бронетехники, автомобилей и личного состава ВСУ в курском приграничье")])
    L[32] = ("military_strike", [C("military.unit", "ua-kharkiv", b7(32), "strike.drone", FPV, "RUS", "RUS",
             "admission", "Оператор FPV-дрона поразил пулеметный расчет противника, замаскированный в лесистой местности Харьковской области")])
    L[36] = ("military_strike", [C("military.unit", "ua-kharkiv", b7(36), "strike.drone", FPV, "RUS", "RUS",
             "admission", "Дроноводы сожгли самоходку ВСУ в Харьковской области")])
    L[53] = ("military_strike", [C("military.unit", "sudzha", b7(53), "strike.drone", "drones", "RUS", "RUS",
             "admission", "Спасающиеся бегством из населенного пункта Суджа Курской области украинские боевики и их техника уничтожены операторами БпЛА Центра «Рубикон»")])
    L[64] = ("military_strike", [C("military.unit", "ua-donetsk", b7(64), "strike.drone", "FPV drones (fibre-optic)",
             "RUS", "RUS", "admission",
             "выявили замаскированные гаубицу FH-70 на огневой позиции и станцию радиоэлектронной борьбы «Нота» ВСУ в Донецкой Народной Республике")])
    L[87] = ("military_strike", [C("military.unit", "chasiv-yar", b7(87), "strike.artillery", "Grad MLRS", "RUS",
             "RUS", "admission", "наносят удары по позициям противника в районе Часова Яра")])
    L[142] = ("military_strike", [C("military.unit", "pokrovsk-dir", b7(142), "strike.drone", "drone", "RUS", "RUS",
              "admission", "рассказали об уничтожении танков «Леопард»** на Красноармейском направлении")])
    L[157] = ("military_strike", [C("military.unit", "ua-kharkiv", b7(157), "strike.drone", FPV, "RUS", "RUS",
              "admission", "Дроноводы уничтожили скопление живой силы ВСУ на Харьковском направлении")])
    L[187] = ("military_strike", [C("military.unit", "pokrovsk-dir", b7(187), "strike.drone", FPV, "RUS", "RUS",
              "admission", "уничтожению военных объектов, бронированной техники, средств радиосвязи и пунктов управления ВСУ** на Красноармейском направлении")])
    L[205] = ("military_strike", [C("military.unit", "ua-sumy", b7(205), "strike.drone", "FPV drone (fibre-optic)",
              "RUS", "RUS", "admission", "В Сумской области военнослужащие группировки войск «Север»")])
    L[216] = ("military_strike", [C("military.unit", "siversk-dir", b7(216), "strike.artillery", "D-30 howitzer",
              "RUS", "RUS", "admission", "Уничтожено сразу три пункта управления беспилотниками с личным составом ВСУ")])
    L[252] = ("military_strike", [C("military.unit", "kupiansk-dir", b7(252), "strike.drone", "drone-laid mines",
              "RUS", "RUS", "admission", "уничтожили бронемашину украинских войск")])
    L[253] = ("military_strike", [C("military.unit", "sudzha-area", b7(253), "strike.missile", "missile", "RUS",
              "RUS", "admission", "Ракетный удар по району сосредоточения формирований ВСУ.")])
    L[263] = ("military_strike", [C("military.unit", "ua-sumy", b7(263), "strike.drone", FPV, "RUS", "RUS",
              "admission", "Дроноводы «Севера» уничтожили пикап ВСУ в Сумской области")])
    L[285] = ("military_strike", [C("military.unit", "robotyne", before(P(285), MSK, M, 24, "day"), "strike.drone",
              FPV, "RUS", "RUS", "admission",
              "За сутки севернее села Работино были уничтожены 3 единицы легкобронированной техники и скопление военнослужащих ВСУ")])
    L[343] = ("military_strike", [
        C("military.unit", "ua-zaporizhzhia", b7(343), "strike.drone", "Lancet loitering munition", "RUS", "RUS",
          "admission", "приняли решение о её уничтожении барражирующим боеприпасом «Ланцет»"),
        C("civilian", "ua-zaporizhzhia", b7(343), "strike.artillery", "M777 howitzer", "UKR", "RUS", "accusation",
          "Она вела огонь из лесопосадки по мирному населению Запорожской области")])
    L[378] = ("military_strike", [C("military.unit", "ua-kharkiv", b7(378), "strike.drone", FPV, "RUS", "RUS",
              "admission", "Ударные дроны настигли танк Т-72 ВСУ в Харьковской области")])
    # ---- negatives
    for r in (0, 3, 13, 22, 28, 34, 38, 46, 62, 86, 98, 104, 108, 112, 119, 132, 140, 147, 168, 190, 209, 238, 239,
              240, 269, 288, 303, 317, 346, 371):
        L[r] = ("air_defence_tally", [])
    for r in (1, 2, 10, 40, 89, 94, 100, 113, 134, 145, 179, 195, 226, 243, 275, 305, 12, 50):
        L[r] = ("front_line_summary", [])
    for r in (135, 381):
        L[r] = ("counter_drone", [])
    L[322] = ("diplomatic", [])
    L[335] = ("accident", [])
    for r in (24, 33, 103, 225, 338, 387):
        L[r] = ("other", [])
    return L


# ================================================================ DroneBomber posts (row = 0-based data row of DRON_FILE)
K = "Europe/Kyiv"


def dron_labels(pub) -> dict:
    P = pub
    L: dict = {}

    def b7(r):
        return before(P(r), kyiv(P(r)[:10]), K, A7, "week")

    def b12(r):  # present tense, 'now' / 'is burning': [pub - 12 h, pub]
        return before(P(r), kyiv(P(r)[:10]), K, 12, "hour")

    def nt(d):
        return night(d, kyiv(d), K)

    def dy(d, end=None):
        return day(d, kyiv(d), K, end)

    U, R = "UKR", "RUS"
    L[7] = ("strike_on_ukraine", [C("military.unit", "ua-dnipro",
            T("2025-03-01T11:00+02:00", "2025-03-01T15:00+02:00", "hour", K), "strike.missile",
            "Iskander-M (cluster warhead)", R, U, "accusation",
            "ворог атакував одну з військових частин на території полігону Сухопутних військ Збройних Сил України у Дніпропетровській області")])
    L[11] = ("ukr_strike_energy", [
        C("energy.oil.pumping_station", "ru-rostov", nt("2025-03-04"), "strike.drone", "drones", U, U, "admission",
          "у Ростовській області рф уражено нафтоперекачувальну інфраструктуру окупантів"),
        C("unknown", "syzran", nt("2025-03-04"), "strike.drone", "drones", U, U, "admission",
          "Також є влучання по виробничих потужностях Сизрансько",
          note="truncated: 'виробничі потужності Сизранського ...' (the refinery is not named in the text)")])
    L[15] = ("ukr_strike_military", [C("military.unit", "ua-kherson", b7(15), "strike.drone", "cluster munitions",
             U, U, "admission", "уразили скупчення ворожої піхоти на одному з тренувальних полігонів росіян на Херсонському напрямку")])
    L[19] = ("ukr_strike_military", [
        C("military.unit", "oleshky", dy("2025-03-05"), "strike.air", "Air Force precision strike", U, U, "admission",
          "пункту управління 17-го танкового полку 70-ї мотострілецької дивізії збройних сил рф в м. Олешки"),
        C("military.unit", "plekhovo", dy("2025-03-05"), "strike.air", "Air Force precision strike", U, U,
          "admission", "по опорному пункту 2-ї роти 177-го окремого полку морської піхоти зс рф в с. Плєхово, Курська область рф")])
    L[23] = ("ukr_strike_energy", [C("energy.oil.refinery", "kirishi", nt("2025-03-08"), "strike.drone", "drones",
             U, U, "admission", "Під ударом опинився нафтопереробний завод «Кірішінафтооргсинтез» (КІНЕФ) у Ленінградській області",
             name="КІНЕФ (Кірішінафтооргсинтез)")])
    L[27] = ("ukr_strike_industry", [C("civilian.industry", "lipetsk", b12(27), "strike.drone", "drones", U, U,
             "admission", "палає Новолипецький металургійний комбінат від атаки БПЛА", name="НЛМК")])
    L[30] = ("rus_strike_energy", [C("energy", "UKR", b7(30), "strike", None, R, None, "observation",
             "незважаючи на останні масовані повітряні атаки рф на українську енергетику",
             note="relayed from Voice of America")])
    L[33] = ("ukr_strike_unknown", [C("unknown", "moscow", b12(33), "strike.drone", "drones", U, U, "admission",
             "Схоже наші БПЛА все таки долетіли до москви/підмосковʼя")])
    L[36] = ("ukr_strike_energy", [C("energy.oil.refinery", "moscow-ref", nt("2025-03-11"), "strike.drone", "drones",
             U, U, "admission", "зафіксовано влучання по виробничих потужностях Московського", name="Московський НПЗ")])
    L[37] = ("ukr_strike_energy_denial", [
        C("energy.oil.pipeline", "druzhba", b7(37), "strike.drone", "drone", U, "HUN", "accusation",
          "Постачання нафти з рф до Угорщини призупинено після атаки дрона ЗСУ на вимірювальну станцію нафтопроводу «Дружба»",
          name="вимірювальна станція нафтопроводу «Дружба»", note="Hungarian foreign ministry"),
        C("energy.oil.pipeline", "druzhba", b7(37), "strike.drone", "drone", U, U, "denial", "Піздьож це не ми",
          name="вимірювальна станція нафтопроводу «Дружба»", note="the channel denies the accusation")])
    L[43] = ("ukr_strike_energy", [C("energy.gas", "petrovsk", b7(43), "strike.drone", "drones", U, U, "admission",
             "У Саратовській області добрі дрони атакували Петрівське лінійне виробниче управління магістральних газопроводів",
             name="Петровское ЛПУМГ")])
    L[44] = ("ukr_strike_energy", [C("energy.gas", "ru-rostov", b7(44), "strike", None, U, U, "admission",
             "У Ростовській області також зазнала атаки газова інфраструктура",
             note="'кілька інших підприємств' not labelled (no category)")])
    L[47] = ("ukr_strike_military", [C("military.depot", "ru-belgorod", b7(47), "strike", None, U, U, "admission",
             "ЗСУ уразили склад ракет до комплексів С-300/С-400 на території Бєлгородської області рф")])
    L[50] = ("ukr_strike_energy", [C("energy.oil.refinery", "tuapse", yesterday(P(50), "+02:00", K), "strike", None,
             U, U, "admission", "вчорашнє ураження НПЗ у Туапсе", name="Туапсинський НПЗ")])
    L[54] = ("ukr_strike_energy", [C("energy.oil.refinery", "tuapse", b7(54), "strike.missile", "missile", U, U,
             "admission", "перші повідомлення про попадання по НПЗ в Туапсе почали зʼявлятись о 02:15",
             name="Туапсинський НПЗ", note="clock times without a date: the day is not in the text")])
    L[57] = ("ukr_strike_energy", [C("energy.oil.pumping_station", "karachev",
             T("2025-03-10T18:00+02:00", "2025-03-11T00:00+02:00", "hour", K), "strike.missile", "Neptune", U, None,
             "observation",
             "Українська далекобійна ракета «Нептун» атакувала нафтоперекачуючу станцію (НПС) «Аксиніно»",
             name="НПС «Аксиніно»", note="claim relayed from ASTRA (independent)")])
    L[58] = ("ukr_strike_energy", [
        C("energy.oil.refinery", "moscow-ref", nt("2025-03-11"), "strike.drone", "UJ-22 carrier with UJ-31 drones",
          U, U, "admission", "під час нічної атаки на Московський НПЗ 11 березня", name="Московський НПЗ"),
        C("energy.oil.storage", "serpukhov", nt("2025-03-11"), "strike.drone", "UJ-22 carrier with UJ-31 drones",
          U, U, "admission", 'спроби уразити нафтобазу "Ока-центр" у Серпухові', name="нафтобаза «Ока-центр»")])
    L[61] = ("ukr_strike_energy", [
        C("energy.oil.refinery", "tuapse", dy("2025-03-14"), "strike.missile", "Long Neptune", U, U, "admission",
          "НПЗ у Краснодарському краї 14 березня атакувала новітня українська ракета «Довгий Нептун»",
          note="Ukrainska Pravda's sources"),
        C("energy.oil.refinery", "tuapse", b7(61), "strike", None, U, R, "accusation",
          "пожежу на нафтокомплексі в Туапсе, яка виникла внаслідок  «української атаки»",
          note="Krasnodar governor")])
    L[70] = ("ukr_strike_military", [
        C("military.unit", "ua-crimea", b7(70), "strike", None, U, U, "admission",
          "уражено цілу низку російських радіолокаційних станцій (РЛС)"),
        C("maritime.vessel", "ua-crimea", b7(70), "strike", None, U, U, "admission",
          "під ударом ― ворожі системи ППО, морські судна та гелікоптер")])
    L[76] = ("ukr_strike_military", [C("military.airbase", "engels", nt("2025-03-20"), "strike.drone",
             "long-range drones", U, U, "admission",
             "Цієї ночі українські далекобійні БПЛА нанесли ураження по аеродрому «Енгельс»")])
    L[77] = ("ukr_strike_energy", [C("energy.oil.refinery", "saratov-ref", b7(77), "strike", None, U, U, "admission",
             "також був атакований Саратовський НПЗ", name="Саратовський НПЗ")])
    L[80] = ("ukr_strike_military", [C("military.airbase", "engels", nt("2025-03-20"), "strike", None, U, U,
             "admission", "у ніч на 20 березня завдали удару по аеродрому «Енгельс» у Саратовській області рф")])
    L[82] = ("ukr_strike_military", [C("military.airbase", "marinovka", b12(82), "strike.drone", "drones", U, U,
             "admission", "йде атака на військовий аеродром «Мариновка» у Волгоградській області")])
    L[83] = ("ukr_strike_energy", [C("energy.oil.pumping_station", "kavkazskaya", b7(83), "strike", None, U, U,
             "admission", "Нафтоперекачувальна станція “Кавказька” у Краснодарському краї, за попередніми даними, зазнала повторної атаки",
             name="НПС «Кавказька»")])
    L[90] = ("strike_on_ukraine", [C("civilian.residential", "zaporizhzhia-city", nt("2025-03-22"), "strike", None,
             R, U, "accusation", "Російська атака на Запоріжжя вночі забрала життя цілої родини")])
    L[97] = ("ukr_strike_military", [C("civilian.transport", "grafovka", b7(97), "strike", None, U, U, "admission",
             "Графовка, Бєлгородська область СОУ нанесли удар по мосту")])
    L[99] = ("strike_on_ukraine", [C("civilian", "sumy", b7(99), "strike", None, R, U, "accusation",
             "У Сумах вже 88 постраждалих людей")])
    L[101] = ("ukr_strike_military", [C("military.unit", "kondratovka", b7(101), "strike.air", "Air Force", U, U,
              "admission", "успішно вразили місце зосередження живої сили противника в Кондратівці, Курська область")])
    L[114] = ("ukr_strike_military", [C("military.unit", "pogar-bcp", dy("2025-03-27"), "strike.air", "Air Force",
              U, U, "admission",
              "успішно завдали удару по прикордонному пункту пропуску «Погар», що в районі Случовська, Брянська область рф")])
    L[121] = ("ukr_strike_military", [C("military.airbase", "shaykovka", nt("2025-03-31"), "strike.drone", "drones",
              U, U, "admission", "Уночі українські дрони завдали удару по аеродрому Шайковка в Калузькій області")])
    L[122] = ("relayed_accusation", [C("energy", "RUS", before(P(122), "+03:00", K, 24, "day"), "strike", None, U, R,
              "accusation", "Збройні сили України протягом останньої доби продовжували атакувати енергетичну інфраструктуру росії",
              note="the channel's sneer ('no evidence') is not a denial")])
    L[123] = ("ukr_strike_military", [C("military.depot", "iv-lisitsa", b7(123), "strike", None, U, U, "admission",
              "У селі Іванівська Лисиця Бєлгородської області уражено склад боєприпасів")])
    L[125] = ("ukr_strike_military", [
        C("maritime.vessel.military", "ua-crimea", b7(125), "strike.drone", "drones", U, U, "admission",
          "Десантний катер 02510 БК-16 (2 одиниці)"),
        C("military.unit", "ua-crimea", b7(125), "strike.drone", "drones", U, U, "admission", "ЗРК Тор-М2")])
    L[127] = ("ukr_strike_military", [C("military.airbase", "ivnya", b7(127), "strike.artillery", "HIMARS (M30A2)",
              U, U, "admission", "Наслідки удару по польовому аеродрому, який розташований у н.п. Івня, Бєлгородська область")])
    L[128] = ("ukr_strike_military", [
        C("military.unit", "ua-crimea", b7(128), "strike", None, U, U, "admission", "РЛС 9С32 «Імбир»"),
        C("maritime.vessel", "tarkhankut", b7(128), "strike", None, U, U, "admission",
          "Транспортним буксирним суднам на мисі Тарханкут")])
    L[136] = ("strike_on_ukraine", [C("civilian", "kryvyi-rih", b7(136), "strike.drone", "drones", R, U,
              "accusation", "Внаслідок атаки рф дронами у Кривому Розі загинула людина (літня жінка)")])
    L[140] = ("ukr_strike_industry", [C("military.industry", "chapaevsk", nt("2025-04-05"), "strike.drone", "drones",
              U, U, "admission", "Дрони СБУ вночі атакували в російському Чапаєвську, Самарська область, завод «Промсинтез»",
              name="завод «Промсинтез»")])
    L[141] = ("strike_on_ukraine", [C("civilian.other", "kryvyi-rih", b7(141), "strike.missile", "Iskander-M", R,
              None, "observation", 'в момент удара "Искандера-М" по Кривому Рогу в ресторане "Магеллан"',
              note="Russian-language post; relayed from the independent outlet Proekt 'Sistema'")])
    L[143] = ("ukr_strike_military", [C("military.unit", "kolomna", nt("2025-04-05"), "strike", None, U, U,
              "admission", "вночі також було атаковано об’єкт №4580 — 1383-й запасний командний пункт системи попередження про ракетний напад")])
    L[144] = ("ukr_strike_industry", [C("civilian.industry", "saransk", nt("2025-04-05"), "strike", None, U, U,
              "admission", "Ви думали, що вночі Саранськ приймав лише оптоволоконний завод?")])
    L[147] = ("strike_on_ukraine", [C("civilian.other", "kryvyi-rih", b7(147), "strike.missile", "missile", R, U,
              "accusation", "Сам удар прийшовся по дитячому майданчику",
              note="also rejects Russia's 'NATO officers' target, which is not a denial of the act")])
    L[153] = ("ukr_strike_industry", [C("military.industry", "chapaevsk", dy("2025-04-05"), "strike.drone", "13 UAVs",
              U, U, "admission", "05.04.2025 була нанесена серія ударів по об'єктам АТ «ПРОМСИНТЕЗ» (Чапаєвськ, Самарська область)")])
    L[158] = ("ukr_strike_industry", [C("military.industry", "dzerzhinsk", yesterday(P(158), "+03:00", K),
              "strike.drone", "UAVs", U, None, "observation", "атаки БПЛА на Дзержинськ, Нижегородська область",
              name="ФКП «Завод имени Я. М. Свердлова»", note="relayed from ASTRA")])
    L[164] = ("strike_on_ukraine", [C("civilian", "sumy", day("2025-04-13", "+03:00", K, P(164)), "strike", None, R,
              "USA", "accusation", "Сьогоднішня атака рф на цивільні об'єкти в Сумах у Вербну неділю",
              note="US envoy Kellogg")])
    L[166] = ("strike_on_ukraine", [C("civilian.education", "sumy",
              T("2025-04-13T06:00+03:00", "2025-04-13T12:00+03:00", "hour", K), "strike.missile",
              "Iskander / KN-23 (2)", R, U, "accusation", "здание Конгресс-центра Сумского государственного университета",
              note="Russian-language post")])
    L[169] = ("strike_on_ukraine", [C("civilian", "sumy", yesterday(P(169), "+03:00", K), "strike.missile",
              "ballistic missile", R, U, "accusation", "після вчорашнього російського удару балістикою")])
    L[171] = ("ukr_strike_military", [C("military.unit", "guyevo", around("2025-04-11T17:15+03:00", K),
              "strike.artillery", "HIMARS", U, U, "admission",
              "11 квітня 2025 року, близько 17:15, було завдано ракетного удару HIMARS по передовому пункту управління 30 мсп у н.п. Гуєво")])
    L[174] = ("strike_on_ukraine", [C("civilian", "sumy", dy("2025-04-13"), "strike.missile", "Iskander-M", R, U,
              "accusation", "13 квітня росія завдала масованого ракетного удару по центру Сум")])
    L[175] = ("ukr_strike_city", [C("civilian.residential", "kursk-city", nt("2025-04-15"), "strike.drone", "UAVs",
              U, R, "accusation",
              "Вночі відбулася масована атака БПЛА на Курськ: було уражено три багатоповерхівки, три приватні будинки та гараж швидкої допомоги",
              note="Kursk regional government, relayed")])
    L[181] = ("ukr_strike_military", [C("military.unit", "ru-kursk", b7(181), "strike", None, U, U, "admission",
              "Сили оборони України уразили ППД 448-ї ракетної бригади армії рф на Курщині")])
    L[183] = ("ukr_strike_military", [C("military.unit", "shuya", b7(183), "strike.drone", "UAVs", U, U, "admission",
              "БПЛА атакували в/ч 112 рбр зс рф у н.п. Шуя, Івановська область")])
    L[194] = ("strike_on_ukraine", [C("civilian.residential", "kherson", b7(194), "strike.air", "glide bombs (KAB)",
              R, U, "accusation", "прицільний удар російськими КАБами по місту")])
    L[196] = ("strike_on_ukraine", [C("civilian", "sumy", b7(196), "strike.missile", "missiles", R, U, "accusation",
              "цей удар йшов сюди, в центр (Сум), він не йшов на фронт")])
    L[197] = ("strike_on_ukraine", [C("civilian.other", "stiyke", b7(197), "strike.drone", "drone", R, U,
              "accusation", "через російський дроновий удар загинули двоє працівників дорожньої служби")])
    L[216] = ("ukr_strike_industry", [C("military.industry", "yelabuga", dy("2025-04-23"), "strike.drone",
              "drones (Unmanned Systems Forces)", U, U, "admission",
              "23 квітня 2025 року здійснили вогневе ураження виробництва ударних БпЛА (Герань-2, типу Шахед та інші)")])
    L[218] = ("ukr_strike_military", [C("military", "ua-crimea", b12(218), "strike.drone", "drones", U, U,
              "admission", "масованою дроновою атакою по військовим цілям у УКРАЇНСЬКОМУ Криму")])
    L[222] = ("ukr_strike_military", [C("military.unit", "ua-crimea",
              T("2025-04-21T00:00+03:00", "2025-04-24T00:00+03:00", "day", K), "strike.drone",
              "strike drones; kamikaze drones with uncrewed boats", U, U, "admission",
              "Комбінований наліт по території тимчасово окупованого Криму, 21.04–23.04")])
    L[225] = ("strike_on_ukraine", [C("civilian", "kyiv", b7(225), "strike.missile", "missiles", R, U, "accusation",
              "У Києві відомо вже про 10 загиблих людей через російську ракетну атаку")])
    L[226] = ("ukr_strike_military", [C("military.airbase", "rostov-airfield", b7(226), "sabotage", "arson", U, U,
              "admission", "Підпал російського внищувача Су-30СМ/Су-27")])
    L[239] = ("denial", [C("energy", "UKR", T("2025-03-18T00:00+03:00", "2025-04-18T00:00+03:00", "month", K),
              "strike", None, R, R, "denial", "рф не порушувала 30-денний мораторій",
              note="Lavrov quoted; the moratorium month")])
    L[240] = ("ukr_strike_industry", [C("military.industry", "bryansk-city", nt("2025-04-28"), "strike.drone", "UAVs",
              U, U, "admission", "завод “Кремній-ЕЛ” у Брянську", name="завод «Кремній-ЕЛ»")])
    L[241] = ("ukr_strike_military", [C("military.unit", "ru-kursk",
              T("2025-04-20T00:00+03:00", iso(P(241)).isoformat(), "week", K), "strike.drone", "strike UAV", U, U,
              "admission", "удар по мобільній станції радіолокації (ймовірно, П-15 «Тропа») зс рф")])
    L[243] = ("ukr_strike_energy_retracted", [C("energy.oil.storage", "novorossiysk", b12(243), "strike.missile",
              "Neptune cruise missile", U, U, "admission", "Попередньо, удар по нафтобазі у Новоросійську крилатою ракетою «Нептун»",
              note="retracted in the same post ('UPD: Схоже що ні')", conf=0.2)])
    L[245] = ("ukr_strike_military", [C("military.unit", "saky", dy("2025-04-25"), "strike.drone", "3 UAVs", U, U,
              "admission", "25.04.2025 було здійснено атаку БПЛА по позиціям ЗРК С-400 «Тріумф»")])
    # ---- negatives
    for r in (17, 18, 22, 28, 40, 46, 68, 72, 74, 75, 103, 105, 108, 200, 202):
        L[r] = ("diplomatic", [])
    for r in (92, 95, 201):
        L[r] = ("air_defence_tally", [])
    for r in (55,):
        L[r] = ("route_map", [])
    for r in (42, 113, 190):
        L[r] = ("front_line_summary", [])
    for r in (157, 160, 210, 235):
        L[r] = ("other", [])
    L[20] = ("deployment", [])
    return L


# ================================================================ batch 2 (README: "Batch 2"; rows picked by the fixed rule)
def mod_labels_b2(pub) -> dict:
    """Batch 2, Russian MoD rows: row -> (kind, claims)."""
    P = pub
    L: dict = {}
    b7 = lambda r: before(P(r), MSK, M, A7, "week")  # noqa: E731
    UA = dict(COUNTRY["UKR"])
    L[48] = ("military_strike", [C("military.unit", UA, b7(48), "strike.artillery", "artillery (25th Army)", "RUS",
             "RUS", "admission", "цели были уничтожены точными ударами артиллерии 25-й общевойсковой армии",
             note="no place named (group 'Запад'): country-level place")])
    L[161] = ("military_strike", [C("military.unit", "ua-kharkiv", b7(161), "strike",
              "robotic ground kamikaze complex", "RUS", "RUS", "admission",
              "применяют роботизированные комплексы для уничтожения замаскированных блиндажей и укрытий с живой силой ВСУ",
              note="place from the '🗺 Харьковская область' tag")])
    L[284] = ("strike_summary", [C("unknown", "sumy", yesterday(P(284), MSK, M), "strike.missile",
              "operational-tactical missiles (2)", "RUS", "RUS", "admission",
              "в городе Сумы в условиях активного противодействия ВСУ средствами радиоэлектронной борьбы и противовоздушной обороны иностранного производства **нанесен удар** **двумя** **оперативно-тактическими ракетами",
              note="truncated before the target (the 'command meeting' of row 287); same strike as row 287")])
    L[302] = ("daily_digest", [C("unknown", UA, day("2025-04-16", MSK, M, local(P(302), MSK)), "strike",
              "operational-tactical aviation, strike UAVs, missile troops, artillery", "RUS", "RUS", "admission",
              "Оперативно-тактической авиацией, ударными беспилотными летательными аппаратами, ракетными войсками и артиллерией группировок войск Вооруженных Сил Российской Федерации [нанесено поражение]",
              note="digest of the day; the deep-strike line is cut before its targets (as rows 35, 261)")])
    L[321] = ("strike_summary", [C("military", UA, T("2025-04-18T17:00+03:00", "2025-04-19T00:00+03:00", "hour", M),
              "strike", "ground- and sea-based precision weapons, UAVs", "RUS", "RUS", "admission",
              "нанесен групповой удар высокоточным оружием наземного и морского базирования, беспилотными летательными аппаратами** по месту проведения испытаний украинского оперативно-тактического ракетного комп",
              note="same strike as row 320 (Sapsan test site); cut before NASAMS")])
    L[347] = ("military_strike", [C("military.unit", "ua-sumy", b7(347), "strike.drone", "Forpost UAV (VKS)", "RUS",
              "RUS", "admission",
              "нанесен удар по выявленным пунктам временной дислокации подразделений терробороны ВСУ** в населенном пункте Новодмитровка Сумской области",
              note="village Novodmytrivka not located with confidence: oblast centroid")])
    L[348] = ("strike_summary", [C("military.industry", UA, night("2025-04-24", MSK, M), "strike",
              "long-range air-, ground- and sea-based precision weapons, UAVs", "RUS", "RUS", "admission",
              "нанесен массированный удар** высокоточным оружием большой дальности воздушного, наземного и морского базирования, беспилотными летательными аппаратами по предприятиям авиационной, ракетно-космическ")])
    # ---- negatives
    for r in (11, 23, 39, 56, 65, 72, 78, 88, 96, 126, 133, 172, 181, 188, 206, 217, 227, 244, 260, 268, 283, 293,
              308, 315, 326, 332, 340, 356, 363, 369, 376):
        L[r] = ("air_defence_tally", [])
    for r in (47, 69, 106, 143, 203, 233, 251, 277, 299, 350, 384):
        L[r] = ("front_line_summary", [])
    for r in (37, 61, 85, 117):
        L[r] = ("daily_digest", [])
    for r in (152, 197):
        L[r] = ("other", [])
    return L


DRON_RU_B2 = {34}  # batch-2 DroneBomber rows written in Russian


def dron_labels_b2(pub) -> dict:
    """Batch 2, DroneBomber rows: row -> (kind, claims)."""
    P = pub
    L: dict = {}

    def b7(r):
        return before(P(r), kyiv(P(r)[:10]), K, A7, "week")

    def b12(r):
        return before(P(r), kyiv(P(r)[:10]), K, 12, "hour")

    def dy(d, end=None):
        return day(d, kyiv(d), K, end)

    U, R = "UKR", "RUS"
    UA, RU = dict(COUNTRY["UKR"]), dict(COUNTRY["RUS"])
    L[8] = ("strike_on_ukraine", [C("military.unit", UA, b7(8), "strike", None, R, U, "accusation",
            "Відразу після удару він прокоментував наслідки", name="навчальний центр",
            note="training centre not named: country-level place; perpetrator from framing ('противник')")])
    L[12] = ("ukr_strike_military", [C("military.unit", "ua-donetsk", yesterday(P(12), "+02:00", K), "strike.air",
             "Air Force precision strike", U, U, "admission",
             "завдали високоточного удару по пункту управління 98-ї гвардійської повітряно-десантної дивізії зс рф в населеному пункті Калініна, Донецька область",
             note="village Kalinina not located with confidence: oblast centroid")])
    L[29] = ("ukr_strike_unknown", [C("unknown", "ru-samara", b12(29), "strike.drone", "drones", U, U, "admission",
             "Самарська область, привіт від добрих дронів", note="gloating: UKR from framing, present tense")])
    L[34] = ("diplomatic_with_strike", [C("unknown", "ru-moscow-obl", dy("2025-03-11", local(P(34), "+02:00")), "strike", None, U, U,
             "admission", "сегодняшняя атака на Московскую обл",
             note="Russian-language post, cut inside the sentence; perpetrator from framing")])
    L[78] = ("ukr_strike_military", [C("military.depot", "engels-depot", b7(78), "strike", None, U, U, "admission",
             "В Енгельсі було уражено склад боєприпасів ВКС рф.", name="склад боєприпасів ВКС (Х-101)")])
    L[89] = ("ukr_strike_military", [C("military.airbase", "engels", dy("2025-03-20"), "strike", None, U, None,
             "observation",
             "В результаті удару по військовому аеродрому «Енгельс-2» 20 березня було знищено комплекс, який готував крилаті ракети повітряного базування Х-101",
             name="аеродром «Енгельс-2»", note="assertion attributed to Maxar satellite imagery (independent)")])
    L[93] = ("strike_on_ukraine", [C("unknown", "kyiv", b12(93), "strike", None, R, U, "accusation",
             "після атаки на столицу", note="'the capital' in a Ukrainian channel = Kyiv; posted 00:35 Kyiv time")])
    L[109] = ("ukr_strike_military", [C("military.unit", dict(RU, name="район Вікторівка – Успенівка (рф)"), b7(109),
              "strike", None, U, U, "admission",
              "Сили оборони України успішно уразили та знищили командно-спостережний пункт батальйону 9-го мотострілецького полку 18-ї мотострілецької дивізії в районі Вікторівка - Успенівка, що на території рф",
              note="villages not located: country-level place")])
    L[111] = ("ukr_strike_military", [
        C("military.unit", "ua-crimea", b7(111), "strike.drone", "GUR 'Prymary' drones", U, U, "admission",
          "точні удари по ворожих радіолокаційних станціях"),
        C("maritime.vessel", "ua-crimea", b7(111), "strike.drone", "GUR 'Prymary' drones", U, U, "admission",
          "Також під удар потрапив буксир", name="буксир «Федор Урюпин»")])
    L[115] = ("strike_on_ukraine", [C("civilian", UA, T("2025-03-28T00:00+02:00", "2025-03-29T00:05+02:00", "day", K),
              "strike", None, R, U, "accusation",
              "Лише сьогодні: влучання по житлових будинках, удари по готельно-парковому комплексу",
              note="city not named: country-level place; posted 00:05 Kyiv time on 29 March, 'today' read as 28 March")])
    L[129] = ("strike_on_ukraine", [C("civilian", "kryvyi-rih", b12(129), "strike.missile", "missile", R, U,
              "accusation", "Цілеспрямований російський ракетний удар по Кривому Рогу",
              note="no date; present tense ('усувають наслідки')")])
    L[138] = ("ukr_strike_military", [
        C("military.unit", UA, b7(138), "strike", None, U, U, "admission",
          "ліквідацію Силами оборони України командира загону БПЛА спецпідрозділу «Ахмат»",
          note="killing of a commander; place not said: country-level place (the unit fights on the Kharkiv front)"),
        C("civilian", "ua-kharkiv", b7(138), "strike.drone", "Molniya-1/-2 drones", R, U, "accusation",
          "Неодноразово приймав участь в атаках на мирне населення на Харківщині",
          note="habitual past attacks; no time, so the 7-day default")])
    L[142] = ("ukr_strike_industry", [C("military.industry", "chapaevsk", b7(142), "strike", None, U, U, "admission",
              "перші супутникові підтвердження ураження заводу «Промсинтез» у Самарській області",
              name="завод «Промсинтез»")])
    L[146] = ("strike_on_ukraine", [C("civilian", "kryvyi-rih", dy("2025-04-04"), "strike", None, R, U, "accusation",
              "атаки на Кривий Ріг 4 квітня", note="the channel's own framing ('засудив терор росії')")])
    L[165] = ("strike_on_ukraine", [C("unknown", "sumy", b7(165), "strike", None, R, U, "accusation",
              "після удару по Сумах", note="General Staff; perpetrator from the retaliation framing")])
    L[170] = ("strike_on_ukraine", [C("civilian", "sumy", yesterday(P(170), "+03:00", K), "strike", None, R, U,
              "accusation", "Під час російської атаки на Суми", note="date from 'вчорашній трагічний день'")])
    L[173] = ("strike_on_ukraine", [C("unknown", "sumy", b7(173), "strike", None, R, "USA", "accusation",
              "Після удару по Сумах ви сказали, що це була помилка росії",
              note="a reporter's question quoting Trump's earlier words: claimant USA")])
    L[177] = ("ukr_strike_military", [C("military.unit", "ua-crimea", b7(177), "strike.drone",
              "drones on Starlink links", U, U, "admission",
              "Останні розйоби РЛС та ЗРК у Криму здійснювалися саме з використанням дронів, підключених до Starlink",
              note="the Russian satellite-linked FPV strike 'на лінії фронту' names no place: not labelled")])
    L[180] = ("strike_on_ukraine", [C("unknown", "sumy", b7(180), "strike", None, R, None, "observation",
              "засудженням удару росії по Сумах", note="relayed from Bloomberg")])
    L[186] = ("ukr_strike_city", [
        C("civilian.residential", "kursk-city", b7(186), "strike.drone", "drone", U, U, "admission",
          "Апарат впав на території міста Курськ, здійснивши неконтрольоване зіткнення з житловим об'єктом",
          note="ironic 'report no. 1' on a Ukrainian drone hitting a house in Kursk"),
        C("military.unit", "kursk-city", b7(186), "strike", "precision weapon", U, U, "admission",
          "було завдано удару надточною зброєю по квартирі у місті Курськ",
          note="ironic 'report no. 2' of the same event (a flat with 'foreign instructors')")])
    L[220] = ("strike_on_ukraine", [C("unknown", UA, b7(220), "strike", None, R, U, "accusation",
              "після масованої атаки рф", note="place not named: country-level place")])
    # ---- negatives
    for r in (56, 60, 63, 87, 135, 152, 162, 189, 198, 217):
        L[r] = ("route_map", [])
    for r in (21, 25, 38, 69, 85, 106, 192, 208, 223, 227):
        L[r] = ("diplomatic", [])
    for r in (84, 204, 206, 229, 236):
        L[r] = ("front_line_summary", [])
    for r in (211, 231, 233):
        L[r] = ("accident", [])
    L[1] = ("counter_drone", [])
    for r in (41, 52, 96, 102, 117, 120, 133, 149, 159, 178, 184, 238):
        L[r] = ("other", [])
    return L

# ================================================================ batch 3 (README: "Batch 3"; rows picked by the fixed rule)
def mod_labels_b3(pub) -> dict:
    """Batch 3, Russian MoD rows: row -> (kind, claims)."""
    P = pub
    L: dict = {}
    b7 = lambda r: before(P(r), MSK, M, A7, "week")  # noqa: E731
    L[150] = ("military_strike", [C("military.unit", "ua-donetsk", b7(150), "strike.drone", "FPV drones", "RUS", "RUS",
              "admission",
              "уничтожили пункт управления БпЛА и миномёт ВСУ в районе населенного пункта Марково** **в** **ДНР",
              note="village Markove not located with confidence: oblast centroid")])
    L[336] = ("military_strike", [C("military.unit", "pokrovsk-dir", b7(336), "strike.artillery", "T-72 tank (indirect fire)",
              "RUS", "RUS", "admission", "сровнять с землей огневые точки крупного опорного пункта ВСУ",
              note="cut before the result: the aimed act counts; 'перед Красноармейском'")])
    for r in (59, 71, 74):
        L[r] = ("feature", [])
    for r in (223, 264):
        L[r] = ("other", [])
    return L


DRON_RU_B3 = {39}  # batch-3 DroneBomber rows written in Russian


def dron_labels_b3(pub) -> dict:
    """Batch 3, DroneBomber rows: row -> (kind, claims)."""
    P = pub
    L: dict = {}

    def b7(r):
        return before(P(r), kyiv(P(r)[:10]), K, A7, "week")

    def b12(r):
        return before(P(r), kyiv(P(r)[:10]), K, 12, "hour")

    def dy(d, end=None):
        return day(d, kyiv(d), K, end)

    U, R = "UKR", "RUS"
    UA, RU = dict(COUNTRY["UKR"]), dict(COUNTRY["RUS"])
    L[6] = ("strike_on_ukraine", [C("military.unit", UA, b7(6), "strike", None, R, U, "accusation",
            "Трагедія на полігоні — це жахливий наслідок ворожого удару",
            note="training ground not named: country-level place")])
    L[13] = ("ukr_strike_military", [C("military.unit", "ru-kursk", yesterday(P(13), "+02:00", K), "strike.air",
             "Air Force", U, U, "admission",
             "завдали чергового успішного удару, по військовому об’єкту 28-го стрілецького батальйону 60-ї окремої мотострілецької бригади зс рф в районі населеного пункту Троїцьке, Курська область рф",
             note="village Troitskoye not located with confidence: oblast centroid")])
    L[24] = ("ukr_strike_military", [C("military.unit", "pokrovsk-dir", b7(24), "strike", None, U, U, "admission",
             "Десятки знищених буханок, жигулів та решти техніки",
             note="perpetrator from framing (gloating about the Russian supply road)")])
    L[35] = ("ukr_strike_unknown", [C("unknown", "moscow", dy("2025-03-11", local(P(35), "+02:00")), "strike.drone",
             "Shahed-like drones", U, U, "admission", "Москву та область сьогодні також атакували дрони",
             note="perpetrator from framing")])
    L[39] = ("relayed_accusation", [C("unknown", "moscow", b7(39), "strike", None, "FRA", R, "accusation",
             "За атакой на Москву стоят французы, Макрон лично отдал приказ",
             note="Solovyov (Russian state TV) quoted and mocked; Russian-language post")])
    L[45] = ("ukr_strike_industry", [C("military.industry", "ru-kaluga",
             T("2025-03-12T18:00+02:00", "2025-03-13T00:00+02:00", "hour", K), "strike.drone",
             "GUR long-range strike UAVs", U, U, "admission",
             "далекобійні ударні БПЛА ГУР атакували об’єкт з виробництва БПЛА в селищі Обухово, Калузька область рф",
             note="Obukhovo not located with confidence: oblast centroid")])
    L[65] = ("ukr_strike_military", [C("military.unit", {"name": "полігон (не названий)", "lat": None, "lon": None,
             "radius_km": 0, "precision": "unknown", "admin1": None, "country": None}, b7(65), "strike.drone",
             "Liutyi UAV", U, U, "admission", "наслідки удару БПЛА «Лютий» по полігону",
             note="training ground not named, nor its country")])
    L[81] = ("strike_on_ukraine", [C("unknown", "sumy", T("2025-01-01T00:00+02:00", "2025-03-01T00:00+02:00", "month", K),
             "strike.drone", "Shahed", R, U, "accusation", "Відео з камери російського «Шахеда» під час атаки міста Суми",
             note="'на початку року' read as January-February 2025; claimant Flash (Serhii Beskrestnov)")])
    L[86] = ("ukr_strike_military", [C("military.depot", "engels", b7(86), "strike", None, U, U, "admission",
             "Супутникові знімки наслідків удару по складу боєприпасів у Енгельсі")])
    L[98] = ("ukr_strike_military", [C("military.airbase", "ivnya", b7(98), "strike", None, U, U, "admission",
             "Місце знищення чотирьох гелікоптерів РФ — Бєлгородська область, н. п. Івня",
             note="coordinates in the post (51.0546, 36.1862) agree with the Ivnya point")])
    L[110] = ("ukr_strike_military", [C("military.airbase", "engels", dy("2025-03-20"), "strike", None, U, U,
              "admission",
              'у результаті удару Сил оборони України по аеродрому повітряно-космічних сил зс рф "Енгельс-2" 20 березня 2025 року',
              name="аеродром «Енгельс-2»")])
    L[137] = ("ukr_strike_industry", [C("civilian.industry", RU, b12(137), "strike.drone", "Liutyi UAVs", U, U,
              "admission", "дрони атакують завод по виготовленню оптоволоконна",
              note="the Saransk plant of dron 144, not named here: country-level place")])
    L[139] = ("strike_on_ukraine", [C("civilian", "kryvyi-rih", b7(139), "strike.missile",
              "ballistic missile (launched from the Taganrog area)", R, U, "accusation",
              "Це діти, які були вбиті ударом російської балістичної ракети по Кривому Рогу")])
    L[145] = ("strike_on_ukraine", [C("civilian", "kryvyi-rih", dy("2025-04-04"), "strike.missile", "Iskander", R, U,
              "accusation", "яких росія вбила 4 квітня 2025 року ракетним ударом «Іскандер» по Кривому Рогу")])
    L[148] = ("ukr_strike_military", [C("military.airbase", "shaykovka", b7(148), "strike", None, U, U, "admission",
              "Результати ударів по аеродрому стратегічної авіації Шайковка")])
    L[154] = ("ukr_strike_military", [C("military.unit", "pogar-bcp", b7(154), "strike.air", "MiG-29", U, U,
              "admission", "МіГ-29 знищує АПП «Погар» у Брянській області",
              note="video caption in the historical present, not 'now': 7-day default")])
    L[163] = ("strike_on_ukraine", [C("civilian", UA, day("2025-04-13", "+03:00", K, local(P(163), "+03:00")), "strike", None, R, U,
              "accusation", "навмисно нанесли удар по центру міста де було купа людей у священне свято «Вербна неділя»",
              note="Sumy, but the city is not named: country-level place; Palm Sunday = the day of posting")])
    L[172] = ("strike_on_ukraine", [C("civilian", "sumy", b7(172), "strike.missile", "missile", R, U, "accusation",
              "У Сумах збільшилась кількість загиблих через ракетий удар росіян")])
    L[176] = ("ukr_strike_city", [C("unknown", "kursk-city", b7(176), "strike.drone", "UAVs", U, U, "admission",
              "На крилі одного з БПЛА, що атакували Курськ", note="perpetrator from framing ('відповідь')")])
    L[179] = ("ukr_strike_city", [C("civilian.other", "moscow-city", T("2023-07-30T00:00+03:00",
              "2023-08-02T00:00+03:00", "day", K), "strike", None, U, U, "admission",
              "У «Город Столиц» вже прилітало — зокрема, 30 липня та 1 серпня 2023 року",
              name="«Город Столиц», Москва-Сіті", note="past strikes (2023) on an office tower; one claim for both dates")])
    L[182] = ("ukr_strike_military", [C("military.unit", UA, b7(182), "strike", None, U, U, "admission",
              "Перша підтверджена знищена найновіша російська 152-мм колісна САУ «Мальва»",
              note="place not said: country-level place (the front); perpetrator from framing")])
    L[188] = ("strike_on_ukraine", [
        C("civilian", "sumy", b7(188), "strike.missile", "ballistic missile", R, U, "accusation",
          "росія вдарила балістикою по Сумах"),
        C("military.unit", RU, b7(188), "strike", None, U, U, "admission",
          "удар по військовій частині 112-ї ракетної бригади",
          note="the Shuya strike of dron 183, place not named here: country-level place")])
    L[205] = ("strike_on_ukraine", [C("civilian.other", UA, T("2022-02-24T00:00+02:00", local(P(205), "+03:00"),
              "month", K), "strike", None, R, U, "accusation", "Шістсот сорок релігійних об’єктів було знищено",
              note="a war-long tally; killings of clergy are not strikes and are not labelled")])
    L[209] = ("ukr_strike_military", [C("military.unit", "ru-kursk", dy("2025-04-11"), "strike.drone", "strike UAVs",
              U, U, "admission",
              "11 квітня було здійснено атаку по ангарах, де знаходився ЗРК С-400 «Тріумф», в н.п. Сорокін, Курська область",
              note="quoted from the Ukrainian channel 'Досье Шпиона'; Sorokino not located: oblast centroid")])
    L[214] = ("ukr_strike_industry", [C("military.industry", "yelabuga", b12(214), "strike.drone", "UAVs", U, U,
              "admission", "На Єлабугу, Татарстан де знаходиться завод з виробництва «шахедів» зараз йде атака БПЛА")])
    L[224] = ("relayed_accusation", [C("unknown", "kyiv", b7(224), "strike", None, R, "USA", "accusation",
              "Мене не влаштовують російські удари по КИЄВУ", note="Trump quoted")])
    L[230] = ("sabotage", [C("unknown", "moscow-c", b12(230), "sabotage", "IED (car bomb)", None, None, "observation",
              "Повідомляється про вибух автомобіля в москві. Попередньо, саморобний вибуховий пристрій",
              note="no perpetrator, no victim named")])
    L[232] = ("sabotage", [C("military.industry", "bryansk-city", night("2025-04-18", "+03:00", K), "sabotage",
              "car bomb", U, U, "admission", "Його автівка вибухнула у ніч з 17 на 18 квітня",
              note="EW designer of the Bryansk electromechanical plant; UKR from framing ('самоліквідувався', sources in the Defence Forces)")])
    L[234] = ("strike_on_ukraine", [C("unknown", "ua-odesa", before(P(234), "+03:00", K, 24 * 28, "week"),
              "strike.drone", "Banderol jet-powered UAV", R, U, "accusation",
              "Уже кілька тижнів поспіль рф атакує одеську область новим БПЛА «Бандероль»",
              note="'several weeks': four weeks before publication")])
    # ---- negatives
    for r in (59, 88, 91, 94, 126, 130, 134, 151):
        L[r] = ("route_map", [])
    for r in (104, 207, 221):
        L[r] = ("diplomatic", [])
    L[71] = ("counter_drone", [])
    for r in (191, 228, 237):
        L[r] = ("accident", [])
    for r in (9, 32, 53, 62, 107, 112, 116, 119, 161, 168, 185, 193, 199, 219):
        L[r] = ("other", [])
    return L

# ================================================================ English briefs written for this set (own words)
def src(name, aff="independent_media", party=None, url=None):
    return {"name": name, "affiliation": aff, "party": party, "url": url}


KI = "Kyiv Independent"
UP = "Ukrainska Pravda"


def english() -> list:
    E = []

    def add(rid, pub, source, text, claims, kind):
        E.append((rid, pub, source, text, claims, kind))

    add("en-01", "2025-03-19T16:00+02:00", src(KI, url="https://kyivindependent.com/russia-claims-it-downed-7-own-drones-to-uphold-energy-ceasefire-kyiv-says-moscow-launched-145"),
        "President Zelensky said Russian drones launched overnight targeted energy facilities, and power outages were reported in Sloviansk in Donetsk Oblast. Russia's Defence Ministry in turn accused Ukraine of sending three drones against an energy facility in Krasnodar Krai, where a fire broke out.",
        [C("energy", "sloviansk", night("2025-03-19", "+02:00", K), "strike.drone", "drones", "RUS", "UKR",
           "accusation", "Russian drones launched overnight targeted energy facilities"),
         C("energy", PLK("Krasnodar Krai"), night("2025-03-19", "+03:00", M), "strike.drone", "3 drones", "UKR",
           "RUS", "accusation", "sending three drones against an energy facility in Krasnodar Krai")], "multi")
    add("en-02", "2025-03-19T12:00+02:00", src(UP, url="https://www.pravda.com.ua/eng/news/2025/03/19/7503580/"),
        "Ukrainian Railways said Russian drones hit its traction power system in Dnipropetrovsk Oblast early on 19 March, starting a fire and leaving some areas without electricity.",
        [C("energy.electricity.traction", "ua-dnipro", T("2025-03-19T00:00+02:00", "2025-03-19T09:00+02:00", "hour", K),
           "strike.drone", "drones", "RUS", "UKR", "accusation",
           "Russian drones hit its traction power system in Dnipropetrovsk Oblast early on 19 March")], "accusation")
    add("en-03", "2025-03-19T13:00+02:00", src(KI, url="https://kyivindependent.com/ukrainian-drone-strike-halts-operations-at-russias-kavkazskaya-oil-station/"),
        "Authorities in Russia's Krasnodar Krai said a Ukrainian drone attack overnight set the Kavkazskaya oil pumping station on fire, damaging a pipeline between storage tanks. Kyiv did not comment.",
        [C("energy.oil.pumping_station", "kavkazskaya", night("2025-03-19", "+03:00", M), "strike.drone", "drones",
           "UKR", "RUS", "accusation", "a Ukrainian drone attack overnight set the Kavkazskaya oil pumping station on fire",
           name="Kavkazskaya oil pumping station")], "accusation")
    add("en-04", "2025-03-21T17:00+03:00", src("Bastille Post (Xinhua)", url="https://bastillepost.com/global/article/4678034-russia-ukraine-trade-accusations-on-suzha-gas-metering-station-blast"),
        "Russia's Defence Ministry said on Friday that retreating Ukrainian troops had deliberately blown up the Sudzha gas metering station in Kursk region. Ukraine's General Staff called the claim groundless and said Russian forces had shelled the station themselves.",
        [C("energy.gas.metering_station", "sudzha", day("2025-03-21", "+03:00", M, "2025-03-21T17:00+03:00"),
           "sabotage", "explosives", "UKR", "RUS", "accusation",
           "retreating Ukrainian troops had deliberately blown up the Sudzha gas metering station",
           name="Sudzha gas metering station"),
         C("energy.gas.metering_station", "sudzha", day("2025-03-21", "+03:00", M, "2025-03-21T17:00+03:00"),
           "sabotage", "explosives", "UKR", "UKR", "denial", "called the claim groundless",
           name="Sudzha gas metering station"),
         C("energy.gas.metering_station", "sudzha", day("2025-03-21", "+03:00", M, "2025-03-21T17:00+03:00"),
           "strike.artillery", "artillery", "RUS", "UKR", "accusation",
           "Russian forces had shelled the station themselves", name="Sudzha gas metering station",
           note="'on Friday' read as the date of the incident for the counter-claim too")], "denial")
    add("en-05", "2025-03-25T09:00+03:00", src("Defense Mirror", url="https://defensemirror.com/news/39127/Kyiv_Attacking_Russia_Despite_Moscow_Accepting_U_S___Temp_Ceasefire_Proposal"),
        "Russia's Defence Ministry said a Ukrainian drone went for the Kropotkinskaya pumping station of the Caspian Pipeline Consortium in Krasnodar region at about 2 a.m. on Monday and was shot down 7 km from the site.",
        [C("energy.oil.pumping_station", "kropotkin", around("2025-03-24T02:00+03:00", M), "strike.drone", "drone",
           "UKR", "RUS", "accusation",
           "a Ukrainian drone went for the Kropotkinskaya pumping station of the Caspian Pipeline Consortium",
           name="Kropotkinskaya pumping station (CPC)")], "accusation")
    add("en-06", "2025-03-25T12:00+03:00", src("ZeroHedge (TASS)", url="https://www.zerohedge.com/geopolitical/russia-says-ukraine-continually-striking-energy-sites-violation-trump-agreement"),
        "The ministry's list also included a drone strike on 24 March that cut the Rostov NPP–Tikhoretsk power line in Krasnodar region, and a drone attack on the Svatove gas distribution station in the occupied part of Luhansk region.",
        [C("energy.electricity.line", "tikhoretsk", day("2025-03-24", "+03:00", M), "strike.drone", "drone", "UKR",
           "RUS", "accusation", "a drone strike on 24 March that cut the Rostov NPP–Tikhoretsk power line",
           name="Rostov NPP–Tikhoretsk line"),
         C("energy.gas.distribution_station", "svatove", before("2025-03-25T12:00+03:00", "+03:00", M, A7, "week"),
           "strike.drone", "drones", "UKR", "RUS", "accusation",
           "a drone attack on the Svatove gas distribution station", name="Svatove gas distribution station",
           note="the list is undated except the first item")], "multi")
    add("en-07", "2025-03-28T18:00+03:00", src("The Moscow Times", url="https://www.themoscowtimes.com/2025/03/28/russian-army-accuses-ukraine-of-attacking-sudzha-gas-metering-station-a88520"),
        "Russia's Defence Ministry said Ukraine fired HIMARS rockets at the Sudzha gas metering station on Friday morning and sent 19 drones at an oil refinery in Saratov region over the past day. Kyiv's Centre for Countering Disinformation blamed Russia for the Sudzha strike.",
        [C("energy.gas.metering_station", "sudzha", T("2025-03-28T05:00+03:00", "2025-03-28T12:00+03:00", "hour", M),
           "strike.artillery", "HIMARS", "UKR", "RUS", "accusation",
           "Ukraine fired HIMARS rockets at the Sudzha gas metering station on Friday morning",
           name="Sudzha gas metering station"),
         C("energy.oil.refinery", "saratov-ref", before("2025-03-28T18:00+03:00", "+03:00", M, 24, "day"),
           "strike.drone", "19 drones", "UKR", "RUS", "accusation",
           "sent 19 drones at an oil refinery in Saratov region over the past day"),
         C("energy.gas.metering_station", "sudzha", T("2025-03-28T05:00+03:00", "2025-03-28T12:00+03:00", "hour", M),
           "strike", None, "RUS", "UKR", "accusation", "blamed Russia for the Sudzha strike",
           name="Sudzha gas metering station")], "multi")
    add("en-08", "2025-04-04T23:00+03:00", src("United24 Media", url="https://united24media.com/latest-news/russia-violated-energy-ceasefire-agreement-again-zelenskyy-says-7361"),
        "Zelensky said a Russian FPV drone hit the Kherson thermal power plant on Friday, calling it a deliberate breach of the energy ceasefire. Earlier the same day six Shahed drones struck Kharkiv, killing five people.",
        [C("energy.electricity.generation.thermal", "kherson", day("2025-04-04", "+03:00", K, "2025-04-04T23:00+03:00"),
           "strike.drone", "FPV drone", "RUS", "UKR", "accusation",
           "a Russian FPV drone hit the Kherson thermal power plant on Friday", name="Kherson CHP"),
         C("civilian", "kharkiv", day("2025-04-04", "+03:00", K, "2025-04-04T23:00+03:00"), "strike.drone",
           "Shahed (6)", "RUS", "UKR", "accusation", "six Shahed drones struck Kharkiv, killing five people")], "multi")
    add("en-09", "2025-04-04T21:00+03:00", src(KI, url="https://kyivindependent.com/12-killed-at-least-50-injured-in-russian-missile-attack-on-kryvyi-rih"),
        "A Russian Iskander-M ballistic missile hit a residential neighbourhood of Kryvyi Rih on Friday evening, killing at least 18 people including nine children, Dnipropetrovsk governor Serhii Lysak said.",
        [C("civilian.residential", "kryvyi-rih", T("2025-04-04T17:00+03:00", "2025-04-04T21:00+03:00", "hour", K),
           "strike.missile", "Iskander-M", "RUS", "UKR", "accusation",
           "A Russian Iskander-M ballistic missile hit a residential neighbourhood of Kryvyi Rih on Friday evening")],
        "accusation")
    add("en-10", "2025-04-05T15:57+02:00", src("Politico Europe", url="https://www.politico.eu/article/russia-strike-kills-19-including-kids-ukraine-says-moscow-says-it-targeted-military/"),
        "Moscow said Friday's missile strike on Kryvyi Rih hit a restaurant where Ukrainian commanders were meeting Western instructors; Ukraine's General Staff said the missile landed in a residential area next to a playground.",
        [C("military.unit", "kryvyi-rih", day("2025-04-04", "+03:00", K), "strike.missile", "missile", "RUS", "RUS",
           "admission", "hit a restaurant where Ukrainian commanders were meeting Western instructors"),
         C("civilian.residential", "kryvyi-rih", day("2025-04-04", "+03:00", K), "strike.missile", "missile", "RUS",
           "UKR", "accusation", "the missile landed in a residential area next to a playground")], "admission")
    add("en-11", "2025-04-13T12:30+03:00", src(KI, url="https://kyivindependent.com/russia-kills-over-20-in-sumy-on-palm-sunday/"),
        "Two Russian ballistic missiles struck the centre of Sumy on the morning of Palm Sunday, hitting houses, a university building and cars and killing more than 20 people, the acting mayor said.",
        [C("civilian", "sumy", T("2025-04-13T06:00+03:00", "2025-04-13T12:00+03:00", "hour", K), "strike.missile",
           "ballistic missiles (2)", "RUS", "UKR", "accusation",
           "Two Russian ballistic missiles struck the centre of Sumy on the morning of Palm Sunday")], "accusation")
    add("en-12", "2025-04-17T14:00+03:00", src("Censor.net", party="UKR", aff="party_aligned_media", url="https://censor.net/en/news/3547317/attacks-on-the-energy-sector-russians-attacked-dtek-facility-in-dnipropetrovsk-region"),
        "DTEK said Russian drones seriously damaged buildings and equipment at one of its production sites in Dnipropetrovsk region on Thursday morning; no staff were hurt.",
        [C("energy", "ua-dnipro", T("2025-04-17T05:00+03:00", "2025-04-17T12:00+03:00", "hour", K), "strike.drone",
           "drones", "RUS", "UKR", "accusation",
           "Russian drones seriously damaged buildings and equipment at one of its production sites in Dnipropetrovsk region on Thursday morning",
           note="a 'production site' of DTEK: kind of facility not said")], "accusation")
    add("en-13", "2025-04-18T15:00+03:00", src("Big News Network (RT)", url="https://bignewsnetwork.com/news/278172613/ukraine-energy-strike-moratorium-is-over-kremlin"),
        "Kremlin spokesman Dmitry Peskov said on Friday that the month-long moratorium on strikes against energy facilities had expired and that President Putin had given no new orders.",
        [], "diplomatic")
    add("en-14", "2025-03-25T23:00+02:00", src("NBC San Diego (AP)", url="https://www.nbcsandiego.com/news/national-international/russia-ukraine-war-ceasefire-black-sea-negotiations/3787303/"),
        "The White House said on Tuesday that Russia and Ukraine had agreed to safe navigation in the Black Sea and to work out measures for the ban on strikes against each other's energy facilities.",
        [], "diplomatic")
    add("en-15", "2025-04-23T10:00+03:00", src(UP, url="https://www.pravda.com.ua/eng/news/2025/04/23/7508765/"),
        "Ukraine's Air Force said Russia launched 134 attack and decoy drones overnight; air defences shot down 67 of them and 47 decoys vanished from radar.",
        [], "air_defence_tally")
    add("en-16", "2025-04-09T08:52+03:00", src(UP, url="https://www.pravda.com.ua/eng/news/2025/4/9/7506693/"),
        "Ukraine's Air Force said 32 of 55 Russian Shahed and decoy drones launched since Tuesday evening were downed, and that Kharkiv and Dnipropetrovsk oblasts came under attack.",
        [C("unknown", "ua-kharkiv", T("2025-04-08T18:00+03:00", "2025-04-09T08:52+03:00", "night", K), "strike.drone",
           "Shahed", "RUS", "UKR", "accusation", "Kharkiv and Dnipropetrovsk oblasts came under attack"),
         C("unknown", "ua-dnipro", T("2025-04-08T18:00+03:00", "2025-04-09T08:52+03:00", "night", K), "strike.drone",
           "Shahed", "RUS", "UKR", "accusation", "Kharkiv and Dnipropetrovsk oblasts came under attack")],
        "tally_with_places")
    add("en-17", "2025-03-20T14:00+02:00", src("UNN", party="UKR", aff="party_aligned_media", url="https://unn.ua/en/news/the-general-staff-confirmed-the-damage-to-the-engels-airfield-in-the-russian-federation"),
        "Ukraine's General Staff said special operations forces and the SBU struck the Engels airfield in Saratov region on the night of 20 March, setting off fires and secondary detonations.",
        [C("military.airbase", "engels", night("2025-03-20", "+02:00", K), "strike", None, "UKR", "UKR", "admission",
           "struck the Engels airfield in Saratov region on the night of 20 March", name="Engels airfield")],
        "admission")
    add("en-18", "2025-03-20T15:00+03:00", src("UPI", url="https://www.upi.com/Top_News/World-News/2025/03/20/bomber-base-drone-strike/4781742498235/"),
        "Saratov governor Roman Busargin said Engels suffered its biggest drone attack overnight: the airfield caught fire and about 30 houses were damaged.",
        [C("military.airbase", "engels", night("2025-03-20", "+03:00", M), "strike.drone", "drones", "UKR", "RUS",
           "accusation", "the airfield caught fire", name="Engels airfield"),
         C("civilian.residential", "engels-town", night("2025-03-20", "+03:00", M), "strike.drone", "drones", "UKR", "RUS",
           "accusation", "about 30 houses were damaged")], "multi")
    add("en-19", "2025-03-21T12:00+07:00", src("The Nation Thailand (Reuters)", url="https://www.nationthailand.com/blogs/news/world/40047670"),
        "Local officials said ten people were injured in yesterday's Ukrainian drone attack on Engels, which left an airfield on fire.",
        [C("military.airbase", "engels", yesterday("2025-03-21T12:00+07:00", "+03:00", M), "strike.drone", "drones",
           "UKR", "RUS", "accusation", "yesterday's Ukrainian drone attack on Engels, which left an airfield on fire",
           note="'yesterday' resolved in Moscow time of the officials")], "accusation")
    add("en-20", "2025-04-24T12:00+03:00", src("TRT World (AFP)", url="https://www.trtworld.com:443/article/da1cd80219a5"),
        "At least nine people were killed and more than 60 wounded when Russian missiles and drones hit residential buildings in Kyiv early on Thursday, the State Emergency Service said.",
        [C("civilian.residential", "kyiv", T("2025-04-24T00:00+03:00", "2025-04-24T09:00+03:00", "hour", K),
           "strike.missile", "missiles and drones", "RUS", "UKR", "accusation",
           "Russian missiles and drones hit residential buildings in Kyiv early on Thursday")], "accusation")
    add("en-21", "2025-04-24T18:00+03:00", src("The Insider", url="https://theins.ru/en/news/280874"),
        "Russia's Defence Ministry said its overnight strike with long-range precision weapons hit Ukrainian defence-industry sites and that all targets were struck.",
        [C("military.industry", "UKR", night("2025-04-24", "+03:00", M), "strike.missile",
           "long-range precision weapons", "RUS", "RUS", "admission",
           "its overnight strike with long-range precision weapons hit Ukrainian defence-industry sites")],
        "admission")
    add("en-22", "2025-04-23T14:00+03:00", src("Devdiscourse (Reuters)", url="https://www.devdiscourse.com/article/headlines/3355309-russian-assaults-devastate-kherson-energy-facility"),
        "Kherson governor Oleksandr Prokudin said an energy facility supplying the city was destroyed on Wednesday morning after more than a day of Russian artillery and drone attacks.",
        [C("energy", "kherson", T("2025-04-22T00:00+03:00", "2025-04-23T12:00+03:00", "day", K), "strike",
           "artillery and drones", "RUS", "UKR", "accusation",
           "an energy facility supplying the city was destroyed on Wednesday morning")], "accusation")
    add("en-23", "2025-03-07T12:21+02:00", src(UP, url="https://www.pravda.com.ua/eng/news/2025/03/7/7501737/"),
        "DTEK said Russian forces attacked its gas production facilities in Poltava Oblast on the morning of 7 March and the sites had to stop work. Naftogaz said its production facilities were hit the same day.",
        [C("energy.gas.production", "ua-poltava", T("2025-03-07T05:00+02:00", "2025-03-07T12:00+02:00", "hour", K),
           "strike", None, "RUS", "UKR", "accusation",
           "Russian forces attacked its gas production facilities in Poltava Oblast on the morning of 7 March"),
         C("energy.gas.production", "UKR", day("2025-03-07", "+02:00", K, "2025-03-07T12:21+02:00"), "strike", None,
           "RUS", "UKR", "accusation", "Naftogaz said its production facilities were hit the same day",
           note="place not said")], "multi")
    add("en-24", "2025-04-01T10:00+03:00", src("News-Pravda (RIA)", url="https://news-pravda.com/world/2025/04/01/1196931.html"),
        "Russia's Defence Ministry said a Ukrainian drone hit a transformer substation in Belgorod region at 11:38 on 31 March, cutting power to more than 1,200 people, and that another drone attack at 10:08 left two villages in Zaporizhzhia region without electricity.",
        [C("energy.electricity.substation", "ru-belgorod", T("2025-03-31T11:38+03:00", "2025-03-31T11:38+03:00", "minute", M),
           "strike.drone", "drone", "UKR", "RUS", "accusation",
           "a Ukrainian drone hit a transformer substation in Belgorod region at 11:38 on 31 March"),
         C("energy.electricity", "ua-zaporizhzhia", T("2025-03-31T10:08+03:00", "2025-03-31T10:08+03:00", "minute", M),
           "strike.drone", "drone", "UKR", "RUS", "accusation",
           "another drone attack at 10:08 left two villages in Zaporizhzhia region without electricity",
           note="Russian-held part of the oblast")], "multi")
    add("en-25", "2025-04-01T09:00+03:00", src("Twin City Report (TASS)", url="https://twincityreport.com/?p=11342"),
        "Bryansk governor Alexander Bogomaz said Ukrainian drones on the night of 31 March broke a high-voltage line in Suzemka district and struck a transformer substation in Sevsk district.",
        [C("energy.electricity.line", "suzemka", night("2025-03-31", "+03:00", M), "strike.drone", "drones", "UKR",
           "RUS", "accusation", "broke a high-voltage line in Suzemka district"),
         C("energy.electricity.substation", "sevsk", night("2025-03-31", "+03:00", M), "strike.drone", "drones", "UKR",
           "RUS", "accusation", "struck a transformer substation in Sevsk district")], "multi")
    add("en-26", "2025-03-28T15:00+03:00", src("Bryansk News", url="https://bryansk-news.ru/incident/2025/03/28/416997.html"),
        "Two kamikaze drones attacked a transformer substation in the village of Zarya in Sevsk district on Friday, the Bryansk governor said; power was not cut, but a house caught fire.",
        [C("energy.electricity.substation", "sevsk", day("2025-03-28", "+03:00", M, "2025-03-28T15:00+03:00"),
           "strike.drone", "kamikaze drones (2)", "UKR", "RUS", "accusation",
           "Two kamikaze drones attacked a transformer substation in the village of Zarya"),
         C("civilian.residential", "sevsk", day("2025-03-28", "+03:00", M, "2025-03-28T15:00+03:00"),
           "strike.drone", "kamikaze drones (2)", "UKR", "RUS", "accusation", "a house caught fire",
           note="perpetrator from the governor's framing")], "multi")
    add("en-27", "2025-04-17T16:00+03:00", src(UP, url="https://www.pravda.com.ua/eng/news/2025/04/17/7507973/"),
        "Foreign Ministry spokesman Heorhii Tykhyi said Russia had struck Ukrainian energy infrastructure more than 30 times since the energy ceasefire took effect on 25 March.",
        [C("energy", "UKR", T("2025-03-25T00:00+02:00", "2025-04-17T16:00+03:00", "week", K), "strike", None, "RUS",
           "UKR", "accusation", "Russia had struck Ukrainian energy infrastructure more than 30 times")], "aggregate")
    add("en-28", "2025-03-25T18:00+02:00", src("SVT", url="https://www.svt.se/nyheter/utrikes/direktrapport-forsamrat-sakerhetslage?inlagg=002bd57e92f5a8a736dee729d17b6e50"),
        "A spokesman for Ukraine's presidential office said Russia had hit Ukrainian energy facilities with bombs, attack drones and FPV drones since 18 March, with eight confirmed hits.",
        [C("energy", "UKR", T("2025-03-18T00:00+02:00", "2025-03-25T18:00+02:00", "week", K), "strike",
           "bombs, attack drones, FPV drones", "RUS", "UKR", "accusation",
           "Russia had hit Ukrainian energy facilities with bombs, attack drones and FPV drones since 18 March")],
        "aggregate")
    add("en-29", "2025-04-18T16:00+03:00", src("Big News Network (RT)", url="https://bignewsnetwork.com/news/278172613/ukraine-energy-strike-moratorium-is-over-kremlin"),
        "Peskov said Russia had kept to the moratorium and not struck Ukrainian energy sites, while Kyiv, he said, had carried out more than 120 strikes on Russian energy facilities.",
        [C("energy", "UKR", T("2025-03-18T00:00+03:00", "2025-04-18T00:00+03:00", "month", M), "strike", None, "RUS",
           "RUS", "denial", "Russia had kept to the moratorium and not struck Ukrainian energy sites"),
         C("energy", "RUS", T("2025-03-18T00:00+03:00", "2025-04-18T00:00+03:00", "month", M), "strike", None, "UKR",
           "RUS", "accusation", "Kyiv, he said, had carried out more than 120 strikes on Russian energy facilities")],
        "denial")
    add("en-30", "2025-03-19T15:00+02:00", src(KI, url="https://kyivindependent.com/russia-claims-it-downed-7-own-drones-to-uphold-energy-ceasefire-kyiv-says-moscow-launched-145"),
        "Russia's Defence Ministry said its own air defences shot down seven Russian drones that had already been sent toward energy facilities in Mykolaiv region when Putin's order came.",
        [C("energy", "ua-mykolaiv", night("2025-03-19", "+03:00", M), "strike.drone", "7 drones", "RUS", "RUS",
           "admission", "seven Russian drones that had already been sent toward energy facilities in Mykolaiv region",
           note="attempt aborted by the perpetrator itself")], "admission")
    add("en-31", "2025-03-07T12:34+02:00", src("Interfax-Ukraine", url="https://en.interfax.com.ua/news/general/1053837.html"),
        "Naftogaz reported that Russia's 17th combined attack on its gas infrastructure on 7 March damaged facilities that keep gas production going.",
        [C("energy.gas.production", "UKR", day("2025-03-07", "+02:00", K, "2025-03-07T12:34+02:00"), "strike", None,
           "RUS", "UKR", "accusation", "Russia's 17th combined attack on its gas infrastructure on 7 March")],
        "accusation")
    add("en-32", "2025-04-22T09:00+03:00", src(UP, url="https://www.pravda.com.ua/eng/news/2025/04/22/7508610/"),
        "The Air Force said 38 of 54 Shahed-type and decoy drones launched overnight were shot down and 16 decoys disappeared from radar.",
        [], "air_defence_tally")
    add("en-33", "2025-04-28T17:37+03:00", src(UP, url="https://www.pravda.com.ua/eng/news/2025/04/28/7509556/"),
        "Ukrainian air defences brought down 40 of 166 Russian drones overnight, and 74 decoys were lost from radar, the Air Force said.",
        [], "air_defence_tally")
    add("en-34", "2025-03-18T22:00+02:00", src("Kyiv Post", url="https://www.kyivpost.com/post/49184"),
        "After a phone call with Donald Trump on Tuesday, Vladimir Putin agreed to a 30-day halt to strikes on energy infrastructure and gave the military the order, the Kremlin said.",
        [], "diplomatic")
    add("en-35", "2025-03-28T20:00+03:00", src("Novaya Gazeta Europe", url="https://novayagazeta.eu/articles/2025/03/28/russia-and-ukraine-trade-blame-as-sudzha-gas-metering-station-comes-under-fresh-attack-en-news"),
        "Moscow and Kyiv give different start dates for the energy truce: the Kremlin counts from 18 March, while Ukraine says it began with the statements of 25 March.",
        [], "diplomatic")
    add("en-36", "2025-03-26T20:00+02:00", src("Transform Ukraine", url="https://transformukraine.org/?p=12886"),
        "Russia launched 117 drones at Ukraine overnight, 56 of which were intercepted; a mass drone strike on Kharkiv injured several civilians, including children.",
        [C("civilian", "kharkiv", night("2025-03-26", "+02:00", K), "strike.drone", "drones", "RUS", None,
           "observation", "a mass drone strike on Kharkiv injured several civilians")], "tally_with_strike")
    add("en-37", "2025-03-19T09:00+02:00", src("Kyiv Post", url="https://www.kyivpost.com/post/49156"),
        "A Ukrainian war correspondent said the strike on Sloviansk's energy infrastructure late on Tuesday was made with an aerial bomb and left part of the city without power; guided bombs also reportedly hit residential areas of Kramatorsk.",
        [C("energy.electricity", "sloviansk", T("2025-03-18T18:00+02:00", "2025-03-19T00:00+02:00", "hour", K),
           "strike.air", "aerial bomb", "RUS", "UKR", "accusation",
           "the strike on Sloviansk's energy infrastructure late on Tuesday was made with an aerial bomb"),
         C("civilian.residential", "kramatorsk", before("2025-03-19T09:00+02:00", "+02:00", K, 24, "day"),
           "strike.air", "guided bombs", "RUS", None, "observation",
           "guided bombs also reportedly hit residential areas of Kramatorsk")], "multi")
    add("en-38", "2025-04-24T20:00+03:00", src("Censor.net", party="UKR", aff="party_aligned_media", url="https://censor.net/en/news/3548671/zelensky-says-russia-hit-kyiv-with-a-dprk-missile"),
        "Zelensky said Russia appears to have used a North Korean-made ballistic missile in Thursday's strike on Kyiv.",
        [C("unknown", "kyiv", day("2025-04-24", "+03:00", K, "2025-04-24T20:00+03:00"), "strike.missile",
           "North Korean-made ballistic missile", "RUS", "UKR", "accusation",
           "Russia appears to have used a North Korean-made ballistic missile in Thursday's strike on Kyiv",
           note="only the city is named, not what was hit")],
        "accusation")
    add("en-39", "2025-04-13T13:00+03:00", src("ABC News", url="https://abcnews.go.com/International/russian-missile-strike-ukraines-sumy-kills-mayor/story?id=120759230"),
        "'The enemy struck the civilian population again,' Sumy's acting mayor Artem Kobzar wrote after Sunday morning's ballistic missile strike on the city.",
        [C("civilian", "sumy", T("2025-04-13T06:00+03:00", "2025-04-13T12:00+03:00", "hour", K), "strike.missile",
           "ballistic missile", "RUS", "UKR", "accusation", "The enemy struck the civilian population again")],
        "accusation")
    add("en-40", "2025-04-14T12:00+03:00", src("TASS", aff="party_aligned_media", party="RUS", url="https://tass.com/politics/1943057"),
        "Peskov said the moratorium had essentially not been observed by the Ukrainian side and that Putin would decide whether to extend it.",
        [C("energy", "RUS", T("2025-03-18T00:00+03:00", "2025-04-14T12:00+03:00", "month", M), "strike", None, "UKR",
           "RUS", "accusation", "the moratorium had essentially not been observed by the Ukrainian side")],
        "aggregate")
    return E


def PLK(admin1: str) -> dict:
    centroids = {"Krasnodar Krai": (45.201, 39.514, 200)}
    lat, lon, r = centroids[admin1]
    return {"name": admin1, "lat": lat, "lon": lon, "radius_km": r, "precision": "admin1", "admin1": admin1,
            "country": "RUS"}


# ================================================================ assemble
def read_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def utc(dt: str) -> str:
    return datetime.strptime(dt, "%Y-%m-%d %H:%M").replace(tzinfo=timezone.utc).isoformat()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(HERE.parents[2] / ".." / "shared" / "data"))
    args = ap.parse_args()
    data = Path(args.data).resolve()
    reports, claims = [], []
    problems = []

    def emit(rid, pub, source, lang, text, ref, kind, cl, batch=None):
        rep = {"id": rid, "published_at": pub, "source": source, "language": lang}
        if ref:
            rep["ref"] = ref
        else:
            rep["text"] = text
        rep["kind"] = kind
        rep["expected_claims"] = len(cl)
        if batch is not None:
            rep["batch"] = batch
        reports.append((rep, text, cl))

    for fname, prefix, lab_fns, source in ((MOD_FILE, "mod", (mod_labels, mod_labels_b2, mod_labels_b3), SRC_MOD),
                                           (DRON_FILE, "dron", (dron_labels, dron_labels_b2, dron_labels_b3),
                                            SRC_DRON)):
        rows = read_rows(data / fname)
        seen: set = set()
        for batch, lab_fn in zip((None, 2, 3), lab_fns, strict=True):
            labels = lab_fn(lambda r, rows=rows: utc(rows[r]["datetime"]))
            assert not seen & set(labels), (prefix, sorted(seen & set(labels)))  # a row is labelled in one batch only
            seen |= set(labels)
            for r, (kind, cl) in sorted(labels.items()):
                row = rows[r]
                text = row["text_snippet"]
                ru = {None: (141, 166), 2: DRON_RU_B2, 3: DRON_RU_B3}[batch]
                lang = "ru" if prefix == "mod" or r in ru else "uk"
                ref = {"file": fname, "row": r, "datetime": row["datetime"], "prefix": text[:40]}
                emit(f"{prefix}-{r:04d}", utc(row["datetime"]), source, lang, None, ref, kind, cl, batch)
                reports[-1] = (reports[-1][0], text, cl)
    for rid, pub, source, text, cl, kind in english():
        emit(rid, iso(pub).isoformat(), source, "en", text, None, kind, cl)
        reports[-1] = (reports[-1][0], text, cl)

    # split, per batch: the batch's reports ordered by (published_at in UTC, id); every third one (3rd, 6th, ...) is
    # held out. Batch 1 (no `batch` field) is the original 242 reports, so their splits are unchanged.
    key = lambda t: (iso(t[0]["published_at"]).astimezone(timezone.utc), t[0]["id"])  # noqa: E731
    for b in (None, 2, 3):
        for i, (rep, _, _) in enumerate(sorted((t for t in reports if t[0].get("batch") == b), key=key), start=1):
            rep["split"] = "holdout" if i % 3 == 0 else "dev"
    order = sorted(reports, key=key)
    for rep, text, cl in order:
        for n, c in enumerate(cl, start=1):
            q = c.pop("quote")
            start = text.find(q)
            if start < 0:
                problems.append((rep["id"], q))
                start = -1
            elif text.find(q, start + 1) >= 0:
                pass  # first occurrence is the span
            out = {"id": f"{rep['id']}/{n}", "report_id": rep["id"], **c,
                   "evidence": {"quote": q, "start": start, "end": start + len(q) if start >= 0 else -1},
                   "split": rep["split"]}
            claims.append(out)
    if problems:
        for p in problems:
            print("QUOTE NOT FOUND:", p)
        raise SystemExit(1)
    with (HERE / "reports.jsonl").open("w", encoding="utf-8") as f:
        for rep, _, _ in order:
            f.write(json.dumps(rep, ensure_ascii=False) + "\n")
    with (HERE / "claims.jsonl").open("w", encoding="utf-8") as f:
        for c in claims:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(len(order), "reports,", len(claims), "claims")


if __name__ == "__main__":
    main()
