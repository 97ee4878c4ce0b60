"""Writes reports.jsonl and claims.jsonl of the extraction gold set written in other sources' styles.

Every report here is a short text written for this set, in our own words, in the style of its source (Ukrainian
officials and news sites, Russian officials, governors and agencies, English wire copy). Each states only facts that
the page in `source.url` reports (pages found with the project's stored-pages search). No prose is copied.

Nothing here extracts anything: every label (category, place, time, act, weapon, parties, stance, quote) was decided
by reading the text and is typed literally below. The script only
  * formats the hand-made labels (local times with their UTC offsets, places from the small table below),
  * checks that every evidence quote is an exact substring of its text and records its character span,
  * assigns the split by the rule fixed before writing (README: every third report by publication time, within
    each batch; batch-2 texts live in reports_*_b2.py).
Run from the repository root:  python eval/gold/extract-written/build_gold.py
"""

from __future__ import annotations

import json
import sys
from datetime import timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
# around, before, day, night and yesterday are for the reports_*.py modules, which import them from here
from label_times import T, around, before, capped, day, iso, night, yesterday  # noqa: E402, F401

HERE = Path(__file__).resolve().parent
K = "Europe/Kyiv"
M = "Europe/Moscow"
A7 = 24 * 7  # no time expression at all: [publication - 7 days, publication]

# ---------------------------------------------------------------- places
# key: (name, lat, lon, radius_km, precision, admin1, country)
# Coordinates: settlements from GeoNames (../shared/data/geonames_ua_ru, cities500) where listed there ("gn"),
# otherwise own knowledge ("own"). Oblast points marked "gb" are the geoBoundaries ADM1 area centroids used in
# eval/gold/extract/build_gold.py; those marked "own" are my own estimate of the oblast's centre.
PL = {
    # Russia
    "tuapse": ("Туапсинский НПЗ", 44.10, 39.08, 5, "facility", "Krasnodar Krai", "RUS"),  # gn
    "kavkazskaya": ("станица Кавказская (нефтебаза)", 45.44, 40.67, 5, "facility", "Krasnodar Krai", "RUS"),  # gn
    "engels-af": ("аэродром «Энгельс»", 51.48, 46.21, 5, "facility", "Saratov Oblast", "RUS"),  # own
    "engels-town": ("Энгельс", 51.48, 46.11, 8, "settlement", "Saratov Oblast", "RUS"),  # own
    "shvedunovka": ("ГРС «Валуйка» (Шведуновка)", 50.20, 38.10, 10, "facility", "Belgorod Oblast", "RUS"),  # gn Valuyki, own
    "klimovo": ("Климовский район", 52.38, 32.20, 20, "district", "Bryansk Oblast", "RUS"),  # gn Klimovo
    "novy-ropsk": ("энергообъект «Климово» (Новый Ропск)", 52.30, 32.31, 15, "settlement", "Bryansk Oblast", "RUS"),  # gn
    "suzemka": ("Суземский район", 52.32, 34.08, 20, "district", "Bryansk Oblast", "RUS"),  # gn Suzemka
    "sevsk": ("Севский район", 52.15, 34.49, 20, "district", "Bryansk Oblast", "RUS"),  # gn Sevsk
    "sluchevsk": ("Случевск (энергообъект «Погар»)", 52.40, 33.18, 15, "settlement", "Bryansk Oblast", "RUS"),  # own
    "moscow-ref": ("Московский НПЗ (Капотня)", 55.64, 37.80, 5, "facility", "Moscow", "RUS"),  # own
    "ryazan-ref": ("Рязанский НПЗ", 54.57, 39.73, 5, "facility", "Ryazan Oblast", "RUS"),  # own (gn Ryazan 54.63, 39.70)
    "novokuib-ref": ("Новокуйбышевский НПЗ", 53.10, 49.94, 5, "facility", "Samara Oblast", "RUS"),  # gn
    # Russia, oblasts
    "ru-kursk": ("Курская область", 51.68, 36.105, 120, "admin1", "Kursk Oblast", "RUS"),  # gb
    "ru-belgorod": ("Белгородская область", 50.67, 37.492, 110, "admin1", "Belgorod Oblast", "RUS"),  # gb
    "ru-bryansk": ("Брянская область", 52.91, 33.421, 120, "admin1", "Bryansk Oblast", "RUS"),  # gb
    "ru-rostov": ("Ростовская область", 47.74, 41.312, 200, "admin1", "Rostov Oblast", "RUS"),  # gb
    "ru-voronezh": ("Воронежская область", 50.95, 40.15, 130, "admin1", "Voronezh Oblast", "RUS"),  # own
    "ru-smolensk": ("Смоленская область", 54.95, 32.95, 140, "admin1", "Smolensk Oblast", "RUS"),  # own
    "ru-lipetsk": ("Липецкая область", 52.65, 39.20, 90, "admin1", "Lipetsk Oblast", "RUS"),  # own
    "ru-oryol": ("Орловская область («Стальной конь»)", 52.85, 36.35, 90, "admin1", "Oryol Oblast", "RUS"),  # own
    # Ukraine (occupied territory included)
    "tarkhankut": ("мыс Тарханкут (Глебовское месторождение/ПХГ)", 45.35, 32.50, 15, "area", "Crimea", "UKR"),  # own
    "crimea-line": ("ВЛ Островская – Ковыльное", 45.60, 33.60, 40, "district", "Crimea", "UKR"),  # own estimate
    "svatove": ("Сватово", 49.41, 38.16, 15, "settlement", "Luhansk Oblast", "UKR"),  # own
    "zolochiv": ("Золочів (Харківщина)", 50.27, 35.98, 5, "settlement", "Kharkiv Oblast", "UKR"),  # gn
    "myrhorod": ("Миргородський район", 49.96, 33.61, 30, "district", "Poltava Oblast", "UKR"),  # gn Myrhorod
    "nikopol": ("Нікополь", 47.57, 34.39, 8, "settlement", "Dnipropetrovsk Oblast", "UKR"),  # gn
    "kherson": ("Херсон", 46.64, 32.61, 8, "settlement", "Kherson Oblast", "UKR"),  # own
    "kryvyi-rih": ("Кривий Ріг", 47.91, 33.39, 10, "settlement", "Dnipropetrovsk Oblast", "UKR"),  # own
    "sumy": ("Суми", 50.91, 34.80, 5, "settlement", "Sumy Oblast", "UKR"),  # own
    "kharkiv": ("Харків", 49.99, 36.23, 15, "settlement", "Kharkiv Oblast", "UKR"),  # own
    "kyiv": ("Київ", 50.45, 30.52, 15, "settlement", "Kyiv", "UKR"),  # own
    "poltava": ("Полтава", 49.59, 34.55, 8, "settlement", "Poltava Oblast", "UKR"),  # gn
    "zaporizhzhia-d": ("Запорізький район", 47.84, 35.14, 25, "district", "Zaporizhzhia Oblast", "UKR"),  # own
    "ua-kherson": ("Херсонская область", 46.55, 33.465, 110, "admin1", "Kherson Oblast", "UKR"),  # gb
    "ua-crimea": ("Крым", 45.266, 34.427, 120, "admin1", "Crimea", "UKR"),  # gb
    "ua-donetsk": ("Донецкая область (ДНР)", 47.955, 37.676, 120, "admin1", "Donetsk Oblast", "UKR"),  # gb
    "ua-sumy": ("Сумська область", 51.106, 34.124, 110, "admin1", "Sumy Oblast", "UKR"),  # gb
    "ua-dnipro": ("Дніпропетровська область", 48.301, 34.844, 130, "admin1", "Dnipropetrovsk Oblast", "UKR"),  # gb
    "ua-poltava": ("Полтавська область", 49.733, 33.778, 120, "admin1", "Poltava Oblast", "UKR"),  # gb
    "ua-mykolaiv": ("Миколаївська область", 47.394, 31.766, 110, "admin1", "Mykolaiv Oblast", "UKR"),  # gb
    "ua-cherkasy": ("Черкаська область", 49.15, 31.45, 110, "admin1", "Cherkasy Oblast", "UKR"),  # own
    "ua-ternopil": ("Тернопільська область", 49.45, 25.60, 90, "admin1", "Ternopil Oblast", "UKR"),  # own
    "ua-kyiv": ("Київська область", 50.30, 30.50, 130, "admin1", "Kyiv Oblast", "UKR"),  # own
    # ---- batch 2. "gb" here = area centroid of the geoBoundaries ADM1 polygon in ../shared/data/admin_boundaries,
    # computed the same way as extract/build_gold.py's (it reproduces its Kursk, Rostov, Kharkiv and Odesa points).
    "dobropillia": ("Добропілля", 48.467, 37.086, 8, "settlement", "Donetsk Oblast", "UKR"),  # gn
    "bohodukhiv": ("Богодухів", 50.161, 35.524, 6, "settlement", "Kharkiv Oblast", "UKR"),  # gn
    "sloviansk": ("Слов'янськ", 48.850, 37.597, 10, "settlement", "Donetsk Oblast", "UKR"),  # gn Slovyansk
    "krasnopillia": ("Краснопілля (Сумщина)", 50.774, 35.256, 5, "settlement", "Sumy Oblast", "UKR"),  # gn
    "pavlohrad-d": ("Павлоградський район", 48.532, 35.869, 30, "district", "Dnipropetrovsk Oblast", "UKR"),  # gn Pavlohrad
    "zaporizhzhia": ("Запоріжжя", 47.852, 35.117, 12, "settlement", "Zaporizhzhia Oblast", "UKR"),  # gn
    "odesa": ("Одеса", 46.486, 30.744, 15, "settlement", "Odesa Oblast", "UKR"),  # gn
    "odesa-d": ("Одеса та передмістя", 46.486, 30.744, 30, "district", "Odesa Oblast", "UKR"),  # gn Odesa
    "horlivka": ("Горловка", 48.300, 38.017, 12, "settlement", "Donetsk Oblast", "UKR"),  # gn
    "luhansk": ("Луганськ", 48.568, 39.306, 10, "settlement", "Luhansk Oblast", "UKR"),  # gn
    "vasylivka": ("Васильевка (подстанция)", 47.442, 35.282, 8, "settlement", "Zaporizhzhia Oblast", "UKR"),  # gn
    "ua-kharkiv": ("Харківська область", 49.615, 36.505, 110, "admin1", "Kharkiv Oblast", "UKR"),  # gb
    "ua-zaporizhzhia": ("Запорізька область", 47.168, 35.773, 110, "admin1", "Zaporizhzhia Oblast", "UKR"),  # gb
    "ua-odesa": ("Одеська область", 46.583, 29.937, 130, "admin1", "Odesa Oblast", "UKR"),  # gb
    "ua-chernihiv": ("Чернігівська область", 51.355, 32.005, 120, "admin1", "Chernihiv Oblast", "UKR"),  # gb
    "sudzha-gis": ("ГВС «Суджа»", 51.191, 35.271, 5, "facility", "Kursk Oblast", "RUS"),  # gn Sudzha (the station is at the town)
    "moscow": ("Москва", 55.75, 37.62, 20, "settlement", "Moscow", "RUS"),  # own
    "vidnoye": ("Видное", 55.552, 37.709, 6, "settlement", "Moscow Oblast", "RUS"),  # gn
    "domodedovo": ("Домодедово", 55.442, 37.754, 10, "settlement", "Moscow Oblast", "RUS"),  # gn
    "ramenskoye": ("Раменское", 55.563, 38.242, 8, "settlement", "Moscow Oblast", "RUS"),  # gn
    "komarichi": ("Комаричский район", 52.421, 34.798, 20, "district", "Bryansk Oblast", "RUS"),  # gn Komarichi
    "khomutovka": ("Хомутовский район", 51.921, 34.562, 20, "district", "Kursk Oblast", "RUS"),  # gn Khomutovka
    "rylsk": ("Рыльск", 51.571, 34.683, 6, "settlement", "Kursk Oblast", "RUS"),  # gn
    "shuya": ("Шуя", 56.849, 41.387, 8, "settlement", "Ivanovo Oblast", "RUS"),  # gn
    "dzerzhinsk": ("Дзержинск", 56.244, 43.455, 10, "settlement", "Nizhny Novgorod Oblast", "RUS"),  # gn
    "saransk": ("Саранск", 54.185, 45.172, 10, "settlement", "Mordovia", "RUS"),  # gn
    "ru-mordovia": ("Республика Мордовия", 54.359, 44.465, 110, "admin1", "Mordovia", "RUS"),  # gb
    "ru-ryazan": ("Рязанская область", 54.333, 40.627, 130, "admin1", "Ryazan Oblast", "RUS"),  # gb
    "ru-tver": ("Тверская область", 57.093, 34.705, 170, "admin1", "Tver Oblast", "RUS"),  # gb
    "ru-tula": ("Тульская область", 53.888, 37.576, 100, "admin1", "Tula Oblast", "RUS"),  # gb
    "ru-krasnodar": ("Краснодарский край", 45.264, 39.465, 200, "admin1", "Krasnodar Krai", "RUS"),  # gb
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
    n, lat, lon, r, p, a1, c = PL[key]
    return {"name": n, "lat": lat, "lon": lon, "radius_km": r, "precision": p, "admin1": a1, "country": c}


# ---------------------------------------------------------------- times: eval/gold/label_times.py


def since(start: str, pub: str, tz: str) -> dict:
    """'since 18 March' / 'the moratorium month': from that start to publication."""
    return T(start, pub, "month", tz)


# ---------------------------------------------------------------- claims and sources
def C(cat, pl, time, act, weapon, perp, claimant, stance, quote, name=None, note=None, confidence=None):
    d = {"target": {"category": cat, "name": name}, "place": place(pl), "time": time, "act": act,
         "weapon": weapon, "perpetrator": perp, "claimant": claimant, "stance": stance, "quote": quote}
    if confidence is not None:
        d["confidence"] = confidence
    if note:
        d["note"] = note
    return d


def evening(d: str, off: str, tz: str, end: str | None = None) -> dict:
    """'ввечері/вечером D', 'on D evening': 17:00 to 24:00 local (capped at publication for 'today')."""
    return capped(f"{d}T17:00{off}", timedelta(hours=7), "hour", tz, end)


def daytime(d: str, off: str, tz: str) -> dict:
    """'днём D', 'during the day on D' (batch 2, not in the README table): 09:00 to 18:00 local."""
    return T(f"{d}T09:00{off}", f"{d}T18:00{off}", "hour", tz)


def src(name, aff, party, url):
    return {"name": name, "affiliation": aff, "party": party, "url": url}


# The texts and their labels live in reports_uk.py, reports_ru.py and reports_en.py next to this file.
def load() -> list:
    import importlib.util

    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))
    out = []
    for batch, suffix in ((1, ""), (2, "_b2")):
        for lang in ("uk", "ru", "en"):
            f = HERE / f"reports_{lang}{suffix}.py"
            if not f.exists():
                continue
            spec = importlib.util.spec_from_file_location(f"reports_{lang}{suffix}", f)
            mod = importlib.util.module_from_spec(spec)
            assert spec.loader is not None
            spec.loader.exec_module(mod)
            for rid, pub, source, kind, text, claims in mod.reports():
                out.append((rid, pub, source, lang, kind, text, claims, batch))
    return out


# ---------------------------------------------------------------- assemble
def main() -> None:
    reports, claims, problems = [], [], []
    seen = set()
    for rid, pub, source, lang, kind, text, cl, batch in load():
        assert rid not in seen, rid
        seen.add(rid)
        rep = {"id": rid, "published_at": iso(pub).isoformat(), "source": source, "language": lang, "text": text,
               "kind": kind, "expected_claims": len(cl)}
        if batch != 1:
            rep["batch"] = batch
        reports.append((rep, text, cl))

    # split, within each batch (batch 1 = reports without a "batch" field): the batch's reports ordered by
    # (published_at in UTC, id); every third one (3rd, 6th, ...) is held out. Adding a batch never moves a report.
    def key(t):
        return (iso(t[0]["published_at"]).astimezone(timezone.utc), t[0]["id"])

    for b in sorted({t[0].get("batch", 1) for t in reports}):
        for i, (rep, _, _) in enumerate(sorted([t for t in reports if t[0].get("batch", 1) == b], key=key), start=1):
            rep["split"] = "holdout" if i % 3 == 0 else "dev"
    # the files list all reports in (published_at UTC, id) order
    order = sorted(reports, key=key)
    for rep, text, cl in order:
        for n, c in enumerate(cl, start=1):
            c = dict(c)
            q = c.pop("quote")
            start = text.find(q)
            if start < 0:
                problems.append((rep["id"], q))
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
