"""Template coverage of damage lists with no closing "and" and with counted items (round 47, r47civ): a home and two
or three more items of other kinds, en/ru/uk; readers give `civilian` (README "How many claims"). Prints one line per
sentence (its categories) and the share that is `civilian`.

    cd WORKTREE && PYTHONPATH=SRC:. python eval/study/scripts/templates/counted_lists.py
"""
import itertools
from ceasewatch.extract import Extractor
from _measure import UKR_GS, run
ex = Extractor()
UK = (["два приватні будинки", "житлові будинки", "багатоповерхівка", "три житлові будинки"],
      ["дві господарчі споруди", "господарські споруди", "дві багатоповерхівки", "гараж"],
      ["гараж", "два автомобілі", "три автомобілі", "автомобіль", "магазин"])
RU = (["два частных дома", "жилые дома", "многоэтажка", "три жилых дома"],
      ["хозпостройки", "две хозпостройки", "гараж", "два многоэтажных дома"],
      ["гараж", "два автомобиля", "три автомобиля", "автомобиль", "магазин"])
EN = (["two private houses", "residential buildings", "a high-rise", "three homes"],
      ["two outbuildings", "outbuildings", "a garage", "two apartment blocks"],
      ["a garage", "two cars", "three cars", "a car", "a shop"])
OPEN = {"uk": "Внаслідок атаки на Харків пошкоджено {}.", "ru": "После атаки на Белгород повреждены {}.",
        "en": "After the attack on Kharkiv, {} were damaged."}
n = hit = 0
for lang, words in (("uk", UK), ("ru", RU), ("en", EN)):
    for a, b, c in itertools.product(*words):
        if b == c:
            continue
        text = OPEN[lang].format(", ".join((a, b, c)))
        cats = [x.target.category for x in run(ex, text, UKR_GS)]
        n += 1
        hit += cats == ["civilian"]
        print(cats, "|", text)
print(f"civilian: {hit}/{n}")
