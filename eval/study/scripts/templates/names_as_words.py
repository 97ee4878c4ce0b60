"""Settlement names that are also target words (round 47): every one-word settlement name of the gazetteer, in any of
its spellings, that a target lexicon entry matches ("Залізничне", "Енергодар", "Шахтарськ", "Nefteyugansk"), put in
"<side> shelled <Name>." and in a list ("... shelled Hirke, <Name> and Varvarivka."); counts the claims whose target is
the entry's category, read from the name. Prints one line per sentence that has such a claim, then the counts.

    cd /work/main && PYTHONPATH=SRC:. python eval/study/scripts/templates/names_as_words.py
"""

import re

from _measure import categories

from ceasewatch.extract import Extractor, _lexicon
from ceasewatch.geo.gazetteer import gazetteer

ex = Extractor()
gaz = gazetteer()
ONE_WORD = re.compile(r"[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’ʼ]{3,}")
UK_LETTERS = set("іїєґІЇЄҐ")
SENTENCES = {
    "uk": ("Ворог обстріляв {}.", "Ворог обстріляв Гірке, {} та Варварівку."),
    "ru": ("Противник обстрелял {}.", "Противник обстрелял Горское, {} и Варваровку."),
    "en": ("Russian forces shelled {}.", "Russian forces shelled Hirske, {} and Varvarivka."),
}
names: set[str] = set()
for i, name in enumerate(gaz.names):
    if gaz.country[i] not in ("UKR", "RUS"):
        continue
    for n in (name, *gaz.alternates[i]):
        if ONE_WORD.fullmatch(n):
            names.add(n)
hits = total = matched = 0
for name in sorted(names):
    # the entries the name alone matches (not through the extractor's filters: each entry's pattern on the name)
    words = {e.value for e in _lexicon.TARGETS if e.pattern.search(name) is not None}
    if not words:
        continue
    matched += 1
    lang = "en" if name.isascii() else "uk" if UK_LETTERS & set(name) else "ru"
    for template in SENTENCES[lang]:
        total += 1
        text = template.format(name)
        got = categories(ex, text)
        from_name = [c for c in got if c in words]
        if from_name:
            hits += 1
            print(lang, f"{','.join(got):30s}", text)
print(f"names matched by a target entry: {matched} sentences {total}, with a target read from the name {hits}")
