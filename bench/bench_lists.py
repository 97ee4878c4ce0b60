"""Benchmark: a long list of towns after one attack verb, against the previous form of ``_attacked_place``.

Round 47 (twenty-second session) made each town of a list after a Ukrainian or Russian attack verb a place mention of
its own. ``_attacked_place`` then asked, for each town, whether the list it stands in is attacked, and walked the list
again from that town, building a filtered copy of the mentions at each step: a list of 360 towns took about 11 s per
report (review 51 D). It now walks each list once per sentence (a memo on the sentence). This script times
``Extractor(military=True).extract`` on one report of N listed towns, now and with the previous form put back, and
checks that both give the same claims. No test asserts a time: this script is the check (exit code 1 if the claims
differ).

    .venv/bin/python bench/bench_lists.py [--sizes 30,90,180,360] [--baseline-max 180]
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import UTC, datetime

# towns of Sumy, Kharkiv, Dnipropetrovsk, Kherson and Mykolaiv oblasts, in the accusative a list after
# "обстріляв" takes
TOWNS = [
    "Нікополь", "Марганець", "Покров", "Херсон", "Очаків", "Миколаїв", "Суми", "Охтирку", "Шостку", "Конотоп",
    "Глухів", "Путивль", "Кролевець", "Харків", "Чугуїв", "Ізюм", "Балаклію", "Вовчанськ", "Куп'янськ", "Лозову",
]  # fmt: skip


def report_text(size: int) -> str:
    """One sentence: the enemy shelled ``size`` towns (the twenty above, repeated) and Zaporizhzhia."""
    return "Ворог обстріляв " + ", ".join(TOWNS[i % len(TOWNS)] for i in range(size)) + " та Запоріжжя."


def previous_attacked_place(text, sentence, mention, mentions):  # type: ignore[no-untyped-def]
    """``_claims._attacked_place`` as it stood before the memo (at f2379a6's parent): one walk per town and step."""
    from ceasewatch.extract import _claims as c

    for ms, me in sentence.triggers:
        if me <= mention.start and c._ATTACKED_GAP.fullmatch(text, me, mention.start):
            return True
        if me <= mention.start and c._fronted_result(text, sentence.start, sentence.end, ms, me, mention):
            return True
        if ms >= mention.end and c._ATTACKED_GAP.fullmatch(text, mention.end, ms):
            return True
    for other in mentions:
        if (
            other.end <= mention.start
            and c._LIST_GAP.fullmatch(text, other.end, mention.start)
            and previous_attacked_place(text, sentence, other, [m for m in mentions if m.end <= other.start])
        ):
            return True
        if other.start >= mention.end and c._LIST_GAP.fullmatch(text, mention.end, other.start):
            return previous_attacked_place(text, sentence, other, [m for m in mentions if m.start >= other.end])
    return False


def timed(extractor: object, text: str) -> tuple[float, list[str]]:
    from ceasewatch.model import Report, Source

    report = Report(
        id="list",
        published_at=datetime(2025, 7, 1, 9, 0, tzinfo=UTC),
        source=Source(name="Суспільне", affiliation="independent_media", party="UKR"),
        text=text,
    )
    start = time.perf_counter()
    claims = extractor.extract(report).claims  # type: ignore[attr-defined]
    seconds = time.perf_counter() - start
    return seconds, sorted(f"{c.place.name if c.place else None}|{c.target.category}|{c.perpetrator}" for c in claims)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="30,90,180,360", help="numbers of listed towns, comma-separated")
    parser.add_argument("--baseline-max", type=int, default=180, help="largest size the previous form is timed on")
    args = parser.parse_args()
    from ceasewatch.extract import Extractor, _claims

    extractor = Extractor(military=True)
    timed(extractor, report_text(3))  # the gazetteer and the registry load here, not in the first size
    current = _claims._attacked_place
    same = True
    print(f"{'towns':>6} {'chars':>7} {'now s':>8} {'previous s':>11} {'ratio':>7} {'claims':>7}")
    for size in (int(s) for s in args.sizes.split(",")):
        text = report_text(size)
        now, found = timed(extractor, text)
        before = "-"
        ratio = "-"
        if size <= args.baseline_max:
            _claims._attacked_place = previous_attacked_place  # type: ignore[assignment]
            try:
                seconds, found_before = timed(extractor, text)
            finally:
                _claims._attacked_place = current  # type: ignore[assignment]
            same = same and found_before == found
            before, ratio = f"{seconds:.2f}", f"{seconds / now:.1f}"
        print(f"{size:>6} {len(text):>7} {now:>8.2f} {before:>11} {ratio:>7} {len(found):>7}")
    print(f"same claims both ways: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
