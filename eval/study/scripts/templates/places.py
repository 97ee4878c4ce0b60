"""Template coverage of settlements of the front and border regions in their three spellings (round 47, r47places).

Every gazetteer settlement of Kherson, Zaporizhzhia, Donetsk, Kharkiv, Sumy, Dnipropetrovsk, Mykolaiv oblasts,
Crimea and Belgorod, Kursk, Bryansk oblasts with population >= 1,000, plus a fixed-seed sample of 150 smaller ones;
each spelling the data holds (Cyrillic with і/ї/є/ґ: Ukrainian; with ы/э/ъ/ё: Russian; other Cyrillic: both; ASCII
Latin, capitalised, no sch/w/j: English) in a sentence of its language, after a settlement word, the same with the oblast named, and bare after the verb. A sentence counts as good when a claim
is placed within 25 km of the settlement. Prints failures (with -v) and counts per language/oblast and failure kind.

    cd /work/main && PYTHONPATH=SRC:. python eval/study/scripts/templates/places.py [-v]
"""
import collections, gzip, random, re, sys
from importlib import resources
from _measure import NEWS, near, report

from ceasewatch.extract import Extractor
OBLASTS = {"UA-65": ("Kherson", "Херсонской области", "Херсонської області", "Kherson Oblast"),
           "UA-23": ("Zaporizhzhia", "Запорожской области", "Запорізької області", "Zaporizhzhia Oblast"),
           "UA-14": ("Donetsk", "Донецкой области", "Донецької області", "Donetsk Oblast"),
           "UA-63": ("Kharkiv", "Харьковской области", "Харківської області", "Kharkiv Oblast"),
           "UA-59": ("Sumy", "Сумской области", "Сумської області", "Sumy Oblast"),
           "UA-12": ("Dnipropetrovsk", "Днепропетровской области", "Дніпропетровської області", "Dnipropetrovsk Oblast"),
           "UA-48": ("Mykolaiv", "Николаевской области", "Миколаївської області", "Mykolaiv Oblast"),
           "UA-43": ("Crimea", "Крыму", "Криму", "Crimea"),
           "RU-BEL": ("Belgorod", "Белгородской области", "Бєлгородської області", "Belgorod Oblast"),
           "RU-KRS": ("Kursk", "Курской области", "Курської області", "Kursk Oblast"),
           "RU-BRY": ("Bryansk", "Брянской области", "Брянської області", "Bryansk Oblast")}
ex = Extractor()
rows = [l.split("\t") for l in gzip.decompress((resources.files("ceasewatch") / "data/gazetteer/places.tsv.gz").read_bytes()).decode().splitlines()]
rows = [r for r in rows if r[6] in OBLASTS]
big = [r for r in rows if int(r[4]) >= 1000]
small = sorted(r for r in rows if int(r[4]) < 1000)
random.Random(47).shuffle(small)
chosen = big + small[:150]
def spellings(r):
    out = {"en": {r[1]}, "ru": set(), "uk": set()}
    for a in [x for x in r[7].split("|") if x]:
        if re.fullmatch(r"[A-Z][A-Za-z' -]+", a) and not re.search(r"sch|w|j", a):  # (not German/Polish/CJK)
            out["en"].add(a)
        elif re.fullmatch(r"[А-ЯЁІЇЄҐа-яёіїєґ'’ -]+", a):
            if re.search(r"[іїєґІЇЄҐ]", a): out["uk"].add(a)
            elif re.search(r"[ыэъёЫЭЁ]", a): out["ru"].add(a)
            else: out["ru"].add(a); out["uk"].add(a)
    return out
T = {"ru": ("ВСУ нанесли удар по населенному пункту {n}.", "ВСУ нанесли удар по населенному пункту {n} {o}.",
            "ВСУ обстреляли {n}."),
     "uk": ("Окупанти завдали удару по населеному пункту {n}.", "Окупанти завдали удару по населеному пункту {n} {o}.",
            "Окупанти обстріляли {n}."),
     "en": ("Drones attacked the village of {n}.", "Drones attacked the village of {n} in {o}.", "Drones attacked {n}.")}
WHICH = ("word", "oblast", "bare")
LANG = {"ru": 1, "uk": 2, "en": 3}
good = collections.Counter(); tot = collections.Counter(); kinds = collections.Counter()
verbose = "-v" in sys.argv
for r in chosen:
    lat, lon = float(r[2]), float(r[3])
    o = OBLASTS[r[6]]
    for lang, names in spellings(r).items():
        for n in sorted(names):
            for w, t in enumerate(T[lang]):
                if w == 2 and lang != "en" and re.search(r"[аяь]$", n):
                    continue  # (a bare object in the accusative: only names whose accusative is the nominative)
                s = t.format(n=n, o=o[LANG[lang]])
                key = (lang, o[0], WHICH[w])
                tot[key] += 1
                cs = list(ex.extract(report(s, NEWS, language=lang)).claims)
                ps = [c.place for c in cs if c.place is not None and c.place.lat is not None]
                if near(cs, lat, lon):
                    good[key] += 1; continue
                kind = "no claim" if not cs else "no point" if not ps else "wrong place (%s)" % ps[0].precision
                kinds[(lang, kind)] += 1
                if verbose:
                    print(f"{kind} | {r[1]} {r[6]} | {s} -> {ps[0].name if ps else None}")
for lang in ("ru", "uk", "en"):
    for w in WHICH:
        g = sum(good[k] for k in tot if k[0] == lang and k[2] == w); t = sum(tot[k] for k in tot if k[0] == lang and k[2] == w)
        print(f"{lang} {w}: {g}/{t} " + " ".join(f"{k[1]} {good[k]}/{tot[k]}" for k in sorted(tot) if k[0] == lang and k[2] == w))
for k, v in kinds.most_common(): print("fail", k, v)
print("TOTAL", sum(good.values()), "/", sum(tot.values()))
