"""Benchmark: the loss-tally pattern (``_lexicon.LOSS_TALLY``) on long runs of numbers, against its previous form.

The previous form read a count's thousands groups (``\\d[\\d.,]*(?:\\s\\d{3})*``) and then up to four words before the
counted noun; both can take "␠123", so on a run of space-separated number groups every start backtracked over the
whole run: quadratic time (REVIEW27 H4; 53.9 s for one 20,000-character report). The pattern now starts a count only
where a run of numbers starts, takes the groups whole (possessive), and bounds the gap between the two counts.

For each text below, of growing length: the time of ``LOSS_TALLY.search`` (now) and of the previous pattern, and a
check that both give the same answer (the texts hold no tally, or one both find alike). Then the time of one whole
``Extractor(military=True).extract`` on a 20,000-character report of number groups. No test asserts a time: this
script is the check (exit code 1 if an answer differs).

    .venv/bin/python bench/bench_backtrack.py [--sizes 2000,4000,8000,16000] [--baseline-max 16000]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from datetime import UTC, datetime

_PREVIOUS_COUNT = (
    r"(?:(?<![\w-])\d[\d.,]*(?:\s\d{3})*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|"
    r"одн[аиу]|один|два|две|двух|дві|три|трех|трёх|четыре|чотири|пять|п['’ʼ]ять|шесть|шість|семь|сім|восемь|вісім|"
    r"девять|дев['’ʼ]ять|десять)"
)
_PREVIOUS_COUNTED = (
    r"(?:tanks?|(?:armou?red|combat|fighting)\s+vehicles|vehicles|guns|mortars|howitzers|stations|depots|soldiers|"
    r"servicemen|militants|mercenaries|"
    r"танк(?:а|ов|и|ів)?|бронетранспорт[\w]*|бронемашин[\w]*|(?:бронированн|броньован)\w*\s+машин\w*|БМП|БТР|"
    r"орудий|орудия|гармат\w*|мином[её]т\w*|міномет\w*|гаубиц\w*|автомобил\w*|автомобіл\w*|военнослужащ\w*|"
    r"військовослужбовц\w*|боевик\w*|РСЗО|РСЗВ)\b"
)
_W = r"[\w'’ʼ-]*"
PREVIOUS = re.compile(
    rf"\b{_PREVIOUS_COUNT}\s+(?:[\w'’ʼ-]+\s+){{0,4}}?{_PREVIOUS_COUNTED}(?:.|\n)*?\b{_PREVIOUS_COUNT}\s+"
    rf"(?:[\w'’ʼ-]+\s+){{0,4}}?{_PREVIOUS_COUNTED}|\b(?:тисяч|тысяч|thousand){_W}\s+(?:одиниц|единиц|units){_W}",
    re.IGNORECASE,
)
"""``LOSS_TALLY`` as it was at 7a9adfa (b840b31), the baseline."""


def groups(n: int, sep: str = " ") -> str:
    """Three-digit numbers joined by ``sep``, ``n`` characters long."""
    count = n // (3 + len(sep)) + 1  # each group takes three digits and a separator
    return sep.join(f"{(i * 337) % 900 + 100}" for i in range(count))[:n]


TEXTS = {
    "space-separated groups": lambda n: "readings " + groups(n),
    "'5 tanks', then groups": lambda n: "5 tanks " + groups(n),
    "comma-separated digits": lambda n: ",".join(str(i % 10) for i in range(n // 2)),
    "numbers among words, one tally at the end": lambda n: (
        " ".join(f"{i} items {i * 7} more" for i in range(n // 20)) + " 7 tanks and 5 guns"
    ),
}


def timed(pattern: re.Pattern[str], text: str) -> tuple[float, tuple[int, int] | None]:
    start = time.perf_counter()
    m = pattern.search(text)
    return time.perf_counter() - start, (m.span() if m else None)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="2000,4000,8000,16000")
    parser.add_argument("--baseline-max", type=int, default=16000, help="skip the previous pattern above this size")
    parser.add_argument("--no-extract", action="store_true", help="skip the whole-report run")
    args = parser.parse_args()
    from ceasewatch.extract import Extractor, _lexicon
    from ceasewatch.model import Report, Source

    sizes = [int(s) for s in args.sizes.split(",")]
    differ = 0
    print(f"{'text':45s} {'chars':>7s} {'now s':>9s} {'previous s':>11s}  same answer")
    for name, make in TEXTS.items():
        for n in sizes:
            text = make(n)
            now, found = timed(_lexicon.LOSS_TALLY, text)
            if n <= args.baseline_max:
                before, found_before = timed(PREVIOUS, text)
                same = found == found_before
                differ += not same
                print(f"{name:45s} {len(text):7d} {now:9.4f} {before:11.3f}  {'yes' if same else 'NO'}")
            else:
                print(f"{name:45s} {len(text):7d} {now:9.4f} {'-':>11s}  -")
    if not args.no_extract:
        body = "Russian forces shelled two tanks in Kherson, readings " + groups(20000)
        source = Source(name="Reuters", affiliation="independent_media")
        report = Report(id="x", published_at=datetime(2025, 6, 20, 8, tzinfo=UTC), source=source, text=body)
        extractor = Extractor(military=True)
        extractor.extract(Report(id="w", published_at=report.published_at, source=source, text="warm-up"))
        start = time.perf_counter()
        claims = extractor.extract(report).claims
        print(
            f"whole report, {len(body)} chars of number groups: {time.perf_counter() - start:.2f} s, "
            f"{len(claims)} claim(s)"
        )
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
