"""Template coverage of lists of regions and districts under one shared unit word (round 48): Russian and Ukrainian
regions of every kind (oblast, krai, republic) and raions, listed two to four at a time in English, Russian and
Ukrainian ("in the Ulyanovsk, Stavropol and Mari El regions", "в Курской и Ставропольской областях", "у
Краснодарському та Ставропольському краях"). A sentence fails unless it gives exactly one claim per listed unit, each
at that unit (admin1 or district) by its gazetteer name. The last line gives failures and the total.

    PYTHONPATH=SRC python eval/study/scripts/templates/region_lists.py [-v]
"""

import itertools
import sys

from _measure import sentence_report

from ceasewatch.extract import extract

# English, Russian adjective stem, Ukrainian adjective stem, kind, gazetteer admin1 name
REGIONS = [
    ("Kursk", "Курск", "Курськ", "oblast", "Kursk Oblast"),
    ("Belgorod", "Белгородск", "Бєлгородськ", "oblast", "Belgorod Oblast"),
    ("Bryansk", "Брянск", "Брянськ", "oblast", "Bryansk Oblast"),
    ("Voronezh", "Воронежск", "Воронезьк", "oblast", "Voronezh Oblast"),
    ("Rostov", "Ростовск", "Ростовськ", "oblast", "Rostov Oblast"),
    ("Ulyanovsk", "Ульяновск", "Ульяновськ", "oblast", "Ulyanovsk Oblast"),
    ("Saratov", "Саратовск", "Саратовськ", "oblast", "Saratov Oblast"),
    ("Tula", "Тульск", "Тульськ", "oblast", "Tula Oblast"),
    ("Sumy", "Сумск", "Сумськ", "oblast", "Sumy Oblast"),
    ("Kharkiv", "Харьковск", "Харківськ", "oblast", "Kharkiv Oblast"),
    ("Poltava", "Полтавск", "Полтавськ", "oblast", "Poltava Oblast"),
    ("Chernihiv", "Черниговск", "Чернігівськ", "oblast", "Chernihiv Oblast"),
    ("Odesa", "Одесск", "Одеськ", "oblast", "Odesa Oblast"),
    ("Krasnodar", "Краснодарск", "Краснодарськ", "krai", "Krasnodar Krai"),
    ("Stavropol", "Ставропольск", "Ставропольськ", "krai", "Stavropol Krai"),
    ("Perm", "Пермск", "Пермськ", "krai", "Perm Krai"),
    ("Mari El", None, None, "republic", "Mari El"),
    ("Tatarstan", None, None, "republic", "Tatarstan"),
    ("Bashkortostan", None, None, "republic", "Bashkortostan"),
]
# English, Russian adjective stem, Ukrainian adjective stem, centre (the district's name as the gazetteer gives it)
DISTRICTS = [
    ("Sumy", "Сумск", "Сумськ"),
    ("Shostka", "Шосткинск", "Шосткинськ"),
    ("Konotop", "Конотопск", "Конотопськ"),
    ("Okhtyrka", "Ахтырск", "Охтирськ"),
    ("Kupiansk", "Купянск", "Куп'янськ"),
    ("Chuhuiv", "Чугуевск", "Чугуївськ"),
]
VERB = {
    "en": "Drones attacked energy facilities in the ",
    "ru": "Дроны атаковали объекты энергетики в ",
    "uk": "Дрони атакували об'єкти енергетики у ",
}
AND = {"en": "and", "ru": "и", "uk": "та"}


def listed(items: list[str], lang: str, comma: bool = False) -> str:
    head = ", ".join(items[:-1])
    return f"{head}{',' if comma else ''} {AND[lang]} {items[-1]}"


def sentences():
    """(language, text, expected names, precision)."""
    oblasts = [r for r in REGIONS if r[3] == "oblast"]
    krais = [r for r in REGIONS if r[3] == "krai"]
    every = REGIONS
    for n in (2, 3, 4):
        for combo in itertools.islice(itertools.combinations(every, n), 0, None, 7):
            names = [r[4] for r in combo]
            yield "en", f"{VERB['en']}{listed([r[0] for r in combo], 'en')} regions.", names, "admin1"
            yield "en", f"{VERB['en']}{listed([r[0] for r in combo], 'en', n > 2)} regions.", names, "admin1"
            ru = [r for r in combo if r[1]]
            if len(ru) == n:
                yield "ru", f"{VERB['ru']}{listed([r[1] + 'ой' for r in combo], 'ru')} областях.", names, "admin1"
                yield "uk", f"{VERB['uk']}{listed([r[2] + 'ій' for r in combo], 'uk')} областях.", names, "admin1"
    for combo in itertools.permutations(krais, 2):
        names = [r[4] for r in combo]
        yield "en", f"{VERB['en']}{listed([r[0] for r in combo], 'en')} territories.", names, "admin1"
        yield "en", f"{VERB['en']}{listed([r[0] for r in combo], 'en')} krais.", names, "admin1"
        yield "ru", f"{VERB['ru']}{listed([r[1] + 'ом' for r in combo], 'ru')} краях.", names, "admin1"
        yield "uk", f"{VERB['uk']}{listed([r[2] + 'ому' for r in combo], 'uk')} краях.", names, "admin1"
    for o in oblasts[:6]:
        for k in krais:
            names = [o[4], k[4]]
            yield "ru", f"{VERB['ru']}{o[1]}ой области и {k[1]}ом крае.", names, "admin1"
            yield "uk", f"{VERB['uk']}{o[2]}ій області та {k[2]}ому краї.", names, "admin1"
            yield "en", f"{VERB['en']}{o[0]} region and {k[0]} Krai.", names, "admin1"
    for a, b in itertools.permutations(DISTRICTS, 2):
        names = [f"{a[0]} raion", f"{b[0]} raion"]
        yield "en", f"{VERB['en']}{a[0]} and {b[0]} districts.", names, "district"
        yield "ru", f"{VERB['ru']}{a[1]}ом и {b[1]}ом районах.", names, "district"
        yield "uk", f"{VERB['uk']}{a[2]}ому та {b[2]}ому районах.", names, "district"


def main() -> None:
    verbose = "-v" in sys.argv
    bad = tot = 0
    by_lang: dict[str, list[int]] = {}
    for lang, text, names, precision in sentences():
        tot += 1
        found = extract(sentence_report(text, lang))
        got = [(c.place.name, c.place.precision) if c.place else (None, None) for c in found]
        if precision == "district":  # raions are spelt many ways ("Kupyansk raion"): one district each, distinct
            ok = len(got) == len(names) == len(set(got)) and all(p == "district" for _, p in got)
        else:
            ok = sorted(got) == sorted((n, precision) for n in names)
        by_lang.setdefault(lang, [0, 0])[1] += 1
        if not ok:
            bad += 1
            by_lang[lang][0] += 1
            if verbose:
                print("BAD", lang, "|", text, "|", got)
    print(" ".join(f"{k}: {v[0]}/{v[1]} bad" for k, v in sorted(by_lang.items())))
    print(bad, tot)


if __name__ == "__main__":
    main()
