"""Template coverage of listed places (round 47): sentences in uk/ru/en that name 2-5 towns of one oblast under
varied list heads and attack verbs; a listed town counts as found when a claim lies within 25 km of it. The last
line gives the towns found and the total.

    cd /work/main && PYTHONPATH=SRC:. python eval/study/scripts/templates/lists.py [-v]

Per head (uk0..uk6, ru0..ru4, en0..en4: found, total). At main c8d17a5: 327 of 456; the gaps are a list after a
Cyrillic attack verb (uk0, uk1, ru0, ru1: only the first item), "цілив по" (uk4: no claim), "came under fire" (en1:
no claim). Round 47 added a list walk after _ATTACK_OBJECT (_places._attacked_town_listed): 387 of 456 (uk0, uk1
28 of 28; ru0, ru1 26 of 27); with "цілив по" as a trigger too, 415 (uk4 28 of 28); dev claims byte-identical,
validation unchanged; "came under fire" (en1) is left.
"""

import sys

from _measure import NEWS, RUS_MOD, UKR_GS, km, run

from ceasewatch.extract import Extractor

ex = Extractor()
verbose = "-v" in sys.argv


# name forms: (nominative/accusative, dative, point); the Ukrainian and Russian groups of one oblast each
UK = {
    "Dnipro": [
        ("Нікополь", "Нікополю", 47.57, 34.39),
        ("Марганець", "Марганцю", 47.64, 34.63),
        ("Покров", "Покрову", 47.66, 34.13),
        ("Червоногригорівку", "Червоногригорівці", 47.62, 34.54),
    ],
    "Sumy": [
        ("Шостку", "Шостці", 51.86, 33.47),
        ("Конотоп", "Конотопу", 51.24, 33.20),
        ("Охтирку", "Охтирці", 50.31, 34.90),
        ("Глухів", "Глухову", 51.68, 33.91),
        ("Білопілля", "Білопіллю", 51.15, 34.31),
    ],
    "Kharkiv": [
        ("Куп'янськ", "Куп'янську", 49.71, 37.61),
        ("Ізюм", "Ізюму", 49.21, 37.26),
        ("Балаклію", "Балаклії", 49.46, 36.86),
        ("Чугуїв", "Чугуєву", 49.84, 36.69),
    ],
}
RU = {
    "Belgorod": [
        ("Шебекино", "Шебекино", 50.41, 36.90),
        ("Грайворон", "Грайворону", 50.49, 35.67),
        ("Валуйки", "Валуйкам", 50.21, 38.10),
        ("Алексеевку", "Алексеевке", 50.63, 38.69),
    ],
    "Kursk": [
        ("Рыльск", "Рыльску", 51.57, 34.68),
        ("Льгов", "Льгову", 51.66, 35.27),
        ("Курчатов", "Курчатову", 51.66, 35.66),
        ("Суджу", "Судже", 51.19, 35.27),
    ],
    "Bryansk": [
        ("Климово", "Климово", 52.38, 32.19),
        ("Севск", "Севску", 52.15, 34.49),
        ("Погар", "Погару", 52.55, 33.26),
        ("Стародуб", "Стародубу", 52.58, 32.76),
    ],
}
EN = {
    "Belgorod": [("Shebekino", "", 50.41, 36.90), ("Graivoron", "", 50.49, 35.67), ("Valuyki", "", 50.21, 38.10)],
    "Sumy": [
        ("Shostka", "", 51.86, 33.47),
        ("Konotop", "", 51.24, 33.20),
        ("Okhtyrka", "", 50.31, 34.90),
        ("Hlukhiv", "", 51.68, 33.91),
    ],
    "Dnipro": [("Nikopol", "", 47.57, 34.39), ("Marhanets", "", 47.64, 34.63), ("Pokrov", "", 47.66, 34.13)],
}


def joined(names: list[str], conj: str) -> str:
    return ", ".join(names[:-1]) + f" {conj} " + names[-1]


UK_HEADS = [
    lambda n, d: f"Вночі ворог обстріляв {joined(n, 'та')}.",
    lambda n, d: f"Російські військові атакували {joined(n, 'і')} дронами.",
    lambda n, d: f"Окупанти обстріляли ряд населених пунктів, зокрема {', '.join(n)} та інші.",
    lambda n, d: f"Ворог бив по {joined(d, 'та')}.",
    lambda n, d: f"Ворог цілив по {joined(d, 'та')}.",
    lambda n, d: f"Російська армія гатила по {joined(d, 'та')}.",
    lambda n, d: f"Під ворожим обстрілом опинилися {joined(n, 'та')}.",
]
RU_HEADS = [
    lambda n, d: f"ВСУ обстреляли {joined(n, 'и')}.",
    lambda n, d: f"Ночью ВСУ атаковали {joined(n, 'и')} беспилотниками.",
    lambda n, d: f"Обстрелу ВСУ подверглись {joined(n, 'и')}.",
    lambda n, d: f"ВСУ били по {joined(d, 'и')}.",
    lambda n, d: f"Украинские дроны атаковали ряд населенных пунктов, в том числе {joined(n, 'и')}.",
]
EN_HEADS = [
    lambda n, d: f"Russian forces shelled {joined(n, 'and')} overnight.",
    lambda n, d: f"The villages of {joined(n, 'and')} came under fire.",
    lambda n, d: f"The settlements of {joined(n, 'and')} came under drone attack.",
    lambda n, d: f"Ukrainian drones attacked the towns of {joined(n, 'and')}.",
    lambda n, d: f"Shelling hit {joined(n, 'and')}, officials said.",
]
found = total = 0
rows: dict[str, list[int]] = {}
for lang, groups, heads, source in (
    ("uk", UK, UK_HEADS, UKR_GS),
    ("ru", RU, RU_HEADS, RUS_MOD),
    ("en", EN, EN_HEADS, NEWS),
):
    for h, head in enumerate(heads):
        for _region, towns in groups.items():
            for k in (2, 3, len(towns)):
                items = towns[:k]
                text = head([t[0] for t in items], [t[1] for t in items])
                claims = run(ex, text, source)
                pts = [(c.place.lat, c.place.lon) for c in claims if c.place and c.place.lat is not None]
                hit = [any(km(la, lo, t[2], t[3]) <= 25 for la, lo in pts) for t in items]
                found += sum(hit)
                total += len(hit)
                row = rows.setdefault(f"{lang}{h}", [0, 0])
                row[0] += sum(hit)
                row[1] += len(hit)
                if verbose and not all(hit):
                    print(sum(hit), "/", len(hit), "|", text, "|", [c.place.name for c in claims if c.place])
for key, (a, b) in rows.items():
    print(key, a, b)
print(found, total)
