"""Template sentences (round 48, r48namesake): villages named after their raion and a comma, alone or in a list
("In the Belgorodsky district, the villages of A and B came under a drone attack"), with names that have namesakes in
other oblasts (or none in the raion's oblast). Counts the claims placed outside the raion's oblast (a namesake far off)
and the sentences with every claim in it. Run: PYTHONPATH=SRC python namesakes_after_raion.py"""

from __future__ import annotations

import itertools

from _measure import sentence_report

from ceasewatch.extract import Extractor, extract

RAIONS = [
    ("Belgorodsky district", "Belgorod Oblast"),
    ("Shebekinsky district", "Belgorod Oblast"),
    ("Sudzhansky district", "Kursk Oblast"),
    ("Glushkovsky district", "Kursk Oblast"),
    ("Klimovsky district", "Bryansk Oblast"),
]
VILLAGES = ["Oktyabrsky", "Komsomolsky", "Repnoye", "Krasny Oktyabr", "Mayskiy", "Tavrovo", "Pervomayskoye"]
FRAMES = [
    "In the {r}, the village of {a} came under a drone attack.",
    "In the {r}, the villages of {a} and {b} came under a drone attack.",
    "In the {r}, the settlements of {a}, {b} and {c} were attacked by drones.",
]


def main() -> None:
    ex = Extractor()
    total = inside = far = claims = 0
    for (raion, oblast), frame in itertools.product(RAIONS, FRAMES):
        for a, b, c in itertools.permutations(VILLAGES, 3):
            if "{b}" not in frame and (b, c) != tuple(x for x in VILLAGES if x != a)[:2]:
                continue
            text = frame.format(r=raion, a=a, b=b, c=c)
            report = sentence_report(text, "en", party="RUS")
            found = extract(report, extractor=ex)
            total += 1
            claims += len(found)
            out = [x for x in found if x.place.admin1 != oblast]
            far += len(out)
            inside += bool(found) and not out
    print(f"sentences {total}  all claims in the raion's oblast {inside}  claims {claims}  far-off namesakes {far}")


if __name__ == "__main__":
    main()
