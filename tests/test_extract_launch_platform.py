"""A missile launcher, missile base, submarine or missile ship that FIRED is no target (review 36 B, H1 and H2): the
platform a weapon left ("fired from a submarine", "з підводного човна", "from a missile base near Kursk") or the
launcher that struck is the striker's, and gives no claim of its own nor takes the weapon or side of the real one.
Struck, they are still targets; and "the army trains recruits" is no military train (L1)."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract import NEWS, run

MILITARY = Extractor(military=True)


def _claims(text: str) -> list[tuple[str, str | None, str | None, str]]:
    return sorted(
        (c.target.category, c.place.name if c.place else None, c.perpetrator, c.act) for c in run(MILITARY, text, NEWS)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian missile launchers near Kursk fired on Sumy, killing 35, officials said.",
            [("civilian", "Kursk", "RUS", "strike.missile"), ("civilian", "Sumy", "RUS", "strike.missile")],
        ),
        (
            "Missile launchers fired from Belgorod hit a residential building in Kharkiv, the governor said.",
            [("civilian.residential", "Kharkiv", "RUS", "strike.missile")],
        ),
        (
            "Iskander missile launchers struck Kharkiv overnight, hitting homes",
            [("civilian.residential", "Kharkiv", "RUS", "strike.missile")],
        ),
        (
            "The strike on Sumy came from a missile base near Kursk, Ukrainian officials said.",
            [("unknown", "Kursk", "UKR", "strike.missile"), ("unknown", "Sumy", "RUS", "strike.missile")],
        ),
        (
            "Russia fired missiles at Sumy from a missile base near Kursk, killing 35",
            [("civilian", None, "RUS", "strike.missile")],
        ),
    ],
)
def test_missile_launchers_or_base_that_fired_are_no_target(
    text: str, expected: list[tuple[str, str | None, str | None, str]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kalibr missiles fired from a submarine in the Black Sea hit an energy facility in Odesa region.",
            [("energy", "Odesa Oblast", "RUS", "strike.missile")],
        ),
        (
            "Ракеты «Калибр» с подводной лодки попали в жилой дом в Одессе.",
            [("civilian.residential", "Odesa", "RUS", "strike.missile")],
        ),
        (
            "Ракети «Калібр» запущені з підводного човна влучили в енергооб'єкт на Одещині.",
            [("energy", "Odesa Oblast", "RUS", "strike.missile")],
        ),
        (
            "Russia struck Kyiv overnight with missiles launched from Tu-95 bombers and a submarine",
            [("unknown", "Kyiv", "RUS", "strike.missile")],
        ),
        (
            "Росія атакувала Київ ракетами з бомбардувальників Ту-95 та підводного човна",
            [("unknown", "Kyiv", "RUS", "strike.missile")],
        ),
        (
            "A submarine-launched Kalibr missile hit a residential building in Odesa",
            [("civilian.residential", "Odesa", "RUS", "strike.missile")],
        ),
        (
            "Russian missile ships fired Kalibr missiles at Odesa, hitting a port",
            [("civilian.port", "Odesa", "RUS", "strike.missile")],
        ),
        # not a vessel at all
        ("Russian drones damaged the submarine cable near Odesa", [("unknown", "Odesa", "RUS", "strike.drone")]),
        # (a museum, since round 43)
        (
            "A Russian drone hit a submarine museum in Balaklava",
            [("civilian.other", "Balaklava", "RUS", "strike.drone")],
        ),
        ("Ukrainian drones hit the submarine base in Balaklava", [("unknown", "Balaklava", "UKR", "strike.drone")]),
    ],
)
def test_a_submarine_or_missile_ship_that_fired_is_no_target(
    text: str, expected: list[tuple[str, str | None, str | None, str]]
) -> None:
    assert _claims(text) == expected


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # struck, they are still targets
        ("Ukrainian drones hit a Russian missile base near Kursk.", "military.unit"),
        ("Ukrainian drones damaged Iskander missile launchers in Kursk region.", "military.unit"),
        ("Ukrainian drones struck a Russian submarine in Novorossiysk.", "maritime.vessel.military"),
        ("Дроны атаковали подводную лодку в Новороссийске.", "maritime.vessel.military"),
        ("Дрони уразили підводний човен у Новоросійську.", "maritime.vessel.military"),
        ("Ukrainian drones hit a Buyan-M-class missile ship in the Sea of Azov.", "maritime.vessel.military"),
        ("Ukrainian drones hit a Russian warship in Novorossiysk.", "maritime.vessel.military"),
    ],
)
def test_a_launcher_base_or_warship_struck_is_still_a_target(text: str, category: str) -> None:
    assert [c[0] for c in _claims(text)] == [category]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # the verb "trains", not a train of the army
        (
            "The army trains recruits at the range near Kharkiv, which was hit by a Russian missile",
            "civilian.transport",
        ),
        (
            "The army trains its drone operators at the range near Kharkiv, which was hit by a Russian missile",
            "civilian.transport",
        ),
        # the army's train
        ("Drones struck a military supply train in Melitopol, officials said.", "military"),
        ("Drones struck army trains in Melitopol, officials said.", "military"),
    ],
)
def test_the_verb_trains_is_no_military_train(text: str, category: str) -> None:
    assert [c[0] for c in _claims(text)] == [category]
