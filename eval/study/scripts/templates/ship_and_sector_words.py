"""Template coverage of ship words at a port and of a town's "private sector" (round 47), en/ru/uk: one line per
sentence, its categories; the last line counts sentences whose first claim is the expected kind.

    PYTHONPATH=SRC:. python eval/study/scripts/templates/ship_and_sector_words.py
"""

from ceasewatch.extract import Extractor
from _measure import categories

ex = Extractor()
PORTS = [("Odesa", "Одеському", "Одесском"), ("Izmail", "Ізмаїльському", "Измаильском"),
         ("Chornomorsk", "Чорноморському", "Черноморском")]
SHIPS_EN = ["a ferry", "a tanker", "a bulk carrier", "a cargo ship", "a container ship", "a civilian ship",
            "a non-military ship", "a non-military vessel", "a merchant vessel", "a grain vessel"]
SHIPS_UK = ["пором", "танкер", "суховантаж", "балкер", "цивільне судно", "торговельне судно", "вантажне судно",
            "судно під прапором Туреччини"]
SHIPS_RU = ["паром", "танкер", "сухогруз", "балкер", "гражданское судно", "торговое судно", "грузовое судно",
            "судно под флагом Турции"]
SECTOR = [("en", "Russian drones struck the private sector of {c}."),
          ("en", "Russian troops launched an air strike on one of the private sectors of {c}."),
          ("uk", "Росіяни вдарили по приватному сектору міста {c}."),
          ("uk", "Росіяни атакували приватний сектор міста {c}."),
          ("ru", "Россияне ударили по частному сектору города {c}."),
          ("ru", "Россияне атаковали частный сектор города {c}.")]
CITIES = ["Sumy", "Kharkiv", "Zaporizhzhia"]


def main() -> None:
    ok = n = 0
    rows = []
    for en, uk, ru in PORTS:
        for s in SHIPS_EN:
            rows.append((f"A Russian missile damaged {s} in the port of {en}.", "maritime.vessel.civilian"))
        for s in SHIPS_UK:
            rows.append((f"Росія атакувала Одещину, в {uk} порту пошкоджено {s}.", "maritime.vessel.civilian"))
        for s in SHIPS_RU:
            rows.append((f"Россия атаковала Одесскую область, в {ru} порту повреждено {s}.", "maritime.vessel.civilian"))
    for _lang, t in SECTOR:
        for c in CITIES:
            rows.append((t.format(c=c), "civilian.residential"))
    for text, want in rows:
        got = categories(ex, text)
        n += 1
        ok += bool(got) and got[0] == want
        print(("OK " if got and got[0] == want else "-- ") + text, got)
    print(f"{ok}/{n} first claim of the expected kind")


main()
