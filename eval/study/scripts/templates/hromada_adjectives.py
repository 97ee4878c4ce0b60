"""Template sentences (round 49, r49hromada): a Ukrainian hromada named by the adjective of its town ("Ворог атакував
Межівську громаду Дніпропетровської області."). For gazetteer towns (1,000 people or more) of the front and border
oblasts (not names that are adjectives or plurals themselves) the adjective is built from the town's Ukrainian name
by the standard rules:

1. the final vowel goes (Межова → межов, Мирове → миров), and a final -ка with it (Новопавлівка → новопавлів);
   a final soft sign goes but after л (Рогань → роганськ-, Златопіль → златопільськ-), -ець gives -ецьк-;
2. о/е → і in the last syllable when it is closed (межов → межів, миров → мирів; Харків stays);
3. the final consonant merges with -ськ-: к/ц → -цьк- (Бездрик → бездрицьк-, Марганець → марганецьк-), г/ж/з →
   -зьк- (Луг → лузьк-), х/с/ш → -ськ- (the consonant goes into it);
4. the case ending of the hromada word: громаду -ську, громаді -ській, громади -ської.

Counts the sentences with a claim placed within 25 km of the town. Run: PYTHONPATH=SRC python hromada_adjectives.py"""

from __future__ import annotations

from _measure import near, sentence_report

from ceasewatch.extract import Extractor, extract
from ceasewatch.geo.gazetteer import gazetteer

OBLASTS = {
    "Sumy Oblast": "Сумської області",
    "Kharkiv Oblast": "Харківської області",
    "Donetsk Oblast": "Донецької області",
    "Dnipropetrovsk Oblast": "Дніпропетровської області",
    "Zaporizhzhia Oblast": "Запорізької області",
    "Kherson Oblast": "Херсонської області",
    "Chernihiv Oblast": "Чернігівської області",
    "Mykolaiv Oblast": "Миколаївської області",
}
FRAMES = [
    "Ворог атакував {a}у громаду {o}.",
    "У {a}ій громаді {o} пошкоджено приватний будинок.",
    "Окупанти завдали удару по території {a}ої громади {o}.",
]
_UK = dict(
    zip(
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
        [
            "a",
            "b",
            "v",
            "h",
            "g",
            "d",
            "e",
            "ie",
            "zh",
            "z",
            "y",
            "i",
            "i",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "iu",
            "ia",
        ],
        strict=True,
    )
)


def _translit(word: str) -> str:
    return "".join(_UK.get(ch, ch) for ch in word.lower())


_SKIPPED = ("ськ", "ск", "цьк", "ське", "цьке", "зьке", "ий", "ій", "не", "те", "ке", "ге", "и", "і")


def adjective_stem(name: str) -> str | None:
    """The hromada adjective's stem up to -ськ/-цьк/-зьк (no ending), or None for a name the rules do not cover."""
    w = name.lower()
    if " " in w or "-" in w or len(w) < 3 or w.endswith(_SKIPPED):
        return None  # two words, or a name that is itself an adjective or a plural (Високе, Землянки)
    if w.endswith("ка") and len(w) > 5:
        w = w[:-2]
    elif w[-1] in "аяоеи":
        w = w[:-1]
    if w.endswith("ець"):
        return w[:-3] + "ецьк"
    if w.endswith("ль"):
        return w + "ськ"  # Златопіль → златопільськ
    w = w.rstrip("ь")
    if w[-2:] in ("ов", "ев"):
        w = w[:-2] + "ів"
    if w[-1] in "кц":
        return w[:-1] + "цьк"
    if w[-1] in "гжз":
        return w[:-1] + "зьк"
    if w[-1] in "хсш":
        return w[:-1] + "ськ"
    if w[-1] in "аеиіоуяюєї":
        return None
    return w + "ськ"


def towns() -> list[tuple[str, str, tuple[float, float]]]:
    gaz = gazetteer()
    names = {a.name: i for i, a in enumerate(gaz.admin1)}
    out = []
    for ref, name in enumerate(gaz.names):
        a1 = gaz.place_admin1[ref]
        oblast = gaz.admin1[a1].name if a1 is not None and a1 >= 0 else None
        if oblast not in OBLASTS or names.get(oblast) is None or gaz.population[ref] < 1000:
            continue
        uk = [n for n in gaz.alternates[ref] if _translit(n) == name.lower().replace("'", "").replace("’", "")]
        if uk:
            out.append((uk[0], oblast, (gaz.lat[ref], gaz.lon[ref])))
    return out


def main() -> None:
    ex = Extractor()
    total = near_town = 0
    for town, oblast, at in towns():
        stem = adjective_stem(town)
        if stem is None:
            continue
        for frame in FRAMES:
            text = frame.format(a=stem[0].upper() + stem[1:], o=OBLASTS[oblast])
            report = sentence_report(text, "uk")
            found = extract(report, extractor=ex)
            total += 1
            near_town += near(found, *at)
    print(f"sentences {total}  with a claim within 25 km of the town {near_town}")


if __name__ == "__main__":
    main()
