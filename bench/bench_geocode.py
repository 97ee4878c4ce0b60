"""Benchmark: geocoding 100,000 gazetteer names in mixed inflected forms, against baselines, in the same run.

    .venv/bin/python bench/bench_geocode.py [--names 100000] [--fuzzy-sample 2000] [--seed 2025]

Draws places from the bundled gazetteer (settlements weighted towards larger places, plus admin1 units), takes one
of their Cyrillic or Latin names, inflects it with pymorphy3 (Ukrainian dictionary for Ukrainian spellings, Russian
otherwise; an independent implementation from the geocoder's own suffix rules) into a random case, and puts a
preposition or an admin word around it. Then it times:

- ``geocode`` on one core and on both cores (a process pool over chunks);
- baseline 1: an exact-match dict from normalised name to the most populous place of that name;
- baseline 2: ``rapidfuzz.process.extractOne`` over all names (on a sample; it is far slower).

A look-up is right when its best candidate is the drawn place: within 25 km of it (settlements), or the same unit
(admin1). Several places share a name (dozens of Олександрівка), so 100 % is out of reach for any method that sees
only the name; "found" counts the drawn place among the first five candidates.
"""

from __future__ import annotations

import argparse
import math
import multiprocessing as mp
import random
import time
from typing import Any

import numpy as np
import pymorphy3
from rapidfuzz import process

from ceasewatch.geo.gazetteer import gazetteer, tokenize
from ceasewatch.geo.geocode import Candidate, _forms, geocode

UK_LETTERS = set("іїєґ")
CASES = ["nomn", "gent", "datv", "accs", "ablt", "loct"]
PREPOSITION = {"gent": ["біля", "возле", "из", "з"], "loct": ["в", "у", "на"], "accs": ["на", "в"]}
Draw = tuple[str, str, int]  # text, kind, ref


def _inflect(morph: pymorphy3.MorphAnalyzer, name: str, case: str) -> str:
    words = name.split()
    out = []
    for word in words:
        parsed = morph.parse(word)[0]
        form = parsed.inflect({case}) if "-" not in word else None
        text = form.word if form is not None else word.lower()
        out.append(text.capitalize() if word[:1].isupper() else text)
    return " ".join(out)


def draw(n: int, seed: int) -> list[Draw]:
    gaz = gazetteer()
    rng = random.Random(seed)
    morph = {"ru": pymorphy3.MorphAnalyzer(lang="ru"), "uk": pymorphy3.MorphAnalyzer(lang="uk")}
    weights = np.log10(gaz.population.astype(np.float64) + 10.0)
    picks = np.random.default_rng(seed).choice(len(gaz.names), size=n, p=weights / weights.sum())
    out: list[Draw] = []
    for i in range(n):
        if rng.random() < 0.1:  # an admin1 unit
            ref = rng.randrange(len(gaz.admin1))
            unit = gaz.admin1[ref]
            lang = rng.choice(["uk", "ru", "en"])
            names = {"uk": unit.names_uk, "ru": unit.names_ru, "en": (unit.name, *unit.names_en)}[lang]
            name = rng.choice(names)
            text = name if lang == "en" else _inflect(morph[lang], name, rng.choice(CASES))
            out.append((text, "admin1", ref))
            continue
        ref = int(picks[i])
        cyrillic = [a for a in gaz.alternates[ref] if any("\u0400" <= c <= "\u04ff" for c in a)]
        if cyrillic and rng.random() < 0.8:
            name = rng.choice(cyrillic)
            lang = "uk" if UK_LETTERS & set(name.lower()) else "ru"
            case = rng.choice(CASES)
            text = _inflect(morph[lang], name, case)
            if case in PREPOSITION and rng.random() < 0.7:
                text = f"{rng.choice(PREPOSITION[case])} {text}"
        else:
            text = gaz.names[ref] if rng.random() < 0.7 else rng.choice(gaz.alternates[ref] or (gaz.names[ref],))
            if rng.random() < 0.3:
                text = f"near {text}"
        out.append((text, "settlement", ref))
    return out


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def right(d: Draw, lat: float | None, lon: float | None, admin1: str | None, kind: str | None) -> bool:
    gaz = gazetteer()
    _, want, ref = d
    if lat is None or lon is None:
        return False
    if want == "admin1":
        return kind == "admin1" and admin1 == gaz.admin1[ref].name
    return _km(lat, lon, float(gaz.lat[ref]), float(gaz.lon[ref])) <= 25.0


def _run(texts: list[str]) -> list[list[Candidate]]:
    return [geocode(t) for t in texts]


def _run_top(texts: list[str]) -> list[tuple[Any, Any, Any, Any]]:
    """In a worker: look up, and send back only the best candidate (pickling whole lists would dominate)."""
    return [_top(geocode(t)) for t in texts]


def _baseline_dict() -> dict[str, int]:
    gaz = gazetteer()
    best: dict[str, int] = {}
    for i, name in enumerate(gaz.names):
        for n in (name, *gaz.alternates[i]):
            key = " ".join(w for w, _, _ in tokenize(n))
            if key not in best or gaz.population[i] > gaz.population[best[key]]:
                best[key] = i
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--names", type=int, default=100_000)
    parser.add_argument("--fuzzy-sample", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=2025)
    args = parser.parse_args()

    t0 = time.perf_counter()
    gaz = gazetteer()
    geocode("Kyiv")
    geocode("Charkiw")  # builds the fuzzy fallback's index too
    print(f"gazetteer load + first look-up: {time.perf_counter() - t0:.2f} s ({len(gaz.names):,} places)")
    t0 = time.perf_counter()
    draws = draw(args.names, args.seed)
    texts = [d[0] for d in draws]
    print(f"drew {len(draws):,} names with pymorphy3 in {time.perf_counter() - t0:.1f} s; e.g. {texts[:8]}")

    _forms.cache_clear()  # each timed run starts with a cold inflection cache
    t0 = time.perf_counter()
    results = _run(texts)
    single = time.perf_counter() - t0
    ok = sum(right(d, *(_top(r))) for d, r in zip(draws, results, strict=True))
    found = sum(any(right(d, c.lat, c.lon, c.admin1, c.kind) for c in r) for d, r in zip(draws, results, strict=True))

    chunks = [texts[i : i + 5000] for i in range(0, len(texts), 5000)]
    _forms.cache_clear()
    with mp.get_context("fork").Pool(2) as pool:
        t0 = time.perf_counter()
        parallel = [c for part in pool.map(_run_top, chunks) for c in part]
        both = time.perf_counter() - t0
    same = all(_top(a) == b for a, b in zip(results, parallel, strict=True))

    table = _baseline_dict()
    t0 = time.perf_counter()
    base = []
    for text in texts:
        words = [w for w, _, _ in tokenize(text)]
        ref = table.get(" ".join(words)) or table.get(" ".join(words[1:]))
        base.append(ref)
    base_time = time.perf_counter() - t0
    base_ok = sum(
        r is not None and right(d, float(gaz.lat[r]), float(gaz.lon[r]), None, "settlement")
        for d, r in zip(draws, base, strict=True)
    )

    choices = list(table)
    sample = random.Random(args.seed).sample(range(len(texts)), min(args.fuzzy_sample, len(texts)))
    t0 = time.perf_counter()
    fuzzy = [process.extractOne(" ".join(w for w, _, _ in tokenize(texts[i])), choices) for i in sample]
    fuzzy_time = time.perf_counter() - t0
    fuzzy_ok = sum(
        m is not None and right(draws[i], float(gaz.lat[table[m[0]]]), float(gaz.lon[table[m[0]]]), None, "settlement")
        for i, m in zip(sample, fuzzy, strict=True)
    )
    geo_sample_ok = sum(right(draws[i], *_top(results[i])) for i in sample)

    n = len(texts)
    print()
    print(f"{'method':44} {'look-ups/s':>12} {'right':>8}")
    print(f"{'geocode, 1 core':44} {n / single:12,.0f} {ok / n:8.1%}   (found in top 5: {found / n:.1%})")
    print(f"{'geocode, 2 processes':44} {n / both:12,.0f} {ok / n:8.1%}   (same answers: {same})")
    print(f"{'baseline: exact-match dict':44} {n / base_time:12,.0f} {base_ok / n:8.1%}")
    print(
        f"{'baseline: rapidfuzz extractOne (sample)':44} {len(sample) / fuzzy_time:12,.0f} "
        f"{fuzzy_ok / len(sample):8.1%}   (geocode on the same sample: {geo_sample_ok / len(sample):.1%})"
    )
    admin = [i for i, d in enumerate(draws) if d[1] == "admin1"]
    admin_ok = sum(right(draws[i], *_top(results[i])) for i in admin)
    print(f"admin1 draws: {len(admin):,}, right {admin_ok / max(len(admin), 1):.1%}")


def _top(cands: list[Candidate]) -> tuple[Any, Any, Any, Any]:
    if not cands:
        return None, None, None, None
    c = cands[0]
    return c.lat, c.lon, c.admin1, c.kind


if __name__ == "__main__":
    main()
