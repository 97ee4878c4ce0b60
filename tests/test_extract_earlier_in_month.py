"""An earlier attack told by month ("was set ablaze earlier this month", "в начале месяца", "на початку цього
місяця", "with the most recent attack taking place in November"): the month of publication from its first day (its
first ten days where "early" is said), or the last such month before publication; at a site named before it, the
outlet's own claim of that earlier attack, apart from tonight's (eval/gold/README.md, "One claim per speaker")."""

from __future__ import annotations

from datetime import UTC, datetime

from ceasewatch.extract import Extractor
from ceasewatch.extract._time import find_time
from ceasewatch.model import Source
from tests.test_extract import run

MT = Source(name="The Moscow Times", affiliation="independent_media", party=None)
OCT_13 = datetime(2025, 10, 13, 6, 0, tzinfo=UTC)
MAR_2 = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)
KYIV = "Europe/Kyiv"


def _time(text: str, published: datetime = OCT_13) -> tuple[str, str, str] | None:
    found = find_time(text, 0, len(text), published, KYIV)
    if found is None:
        return None
    t = found.interval
    return t.earliest.date().isoformat(), t.latest.date().isoformat(), t.precision


def test_earlier_this_month_is_the_month_of_publication_to_publication() -> None:
    assert _time("The terminal was set ablaze earlier this month following a drone attack.") == (
        "2025-09-30",
        "2025-10-13",
        "month",
    )


def test_the_beginning_of_this_month_is_its_first_ten_days() -> None:
    assert _time("Завод атаковали в начале месяца.") == ("2025-09-30", "2025-10-10", "month")
    assert _time("Нафтобазу атакували на початку цього місяця.") == ("2025-09-30", "2025-10-10", "month")


def test_the_most_recent_attack_in_a_month_is_the_last_such_month() -> None:
    text = "It has been targeted several times, with the most recent attack taking place in November."
    assert _time(text, MAR_2) == ("2025-10-31", "2025-11-30", "month")
    assert _time("Ukraine has targeted the refinery, most recently in February.", OCT_13) == (
        "2025-01-31",
        "2025-02-28",
        "month",
    )


def test_this_month_alone_or_a_month_with_no_pointer_is_not_read() -> None:
    assert _time("the latest in a series of attacks this month on Russian oil facilities") is None
    assert _time("The talks were held in November.", MAR_2) is None
    assert _time("the most recent attack may cause a fire") is None


FEODOSIA = (
    "An overnight Ukrainian drone attack on annexed Crimea caused a fire to erupt at a major oil depot, "
    "Kremlin-installed authorities said early Monday. Aksyonov said emergency crews were dispatched to the Feodosia "
    "oil terminal, adding that no one was reported injured or killed in the air attack. "
)


def test_an_attack_earlier_this_month_at_the_site_is_the_outlets_own_and_apart() -> None:
    text = FEODOSIA + "The Feodosia oil terminal was set ablaze earlier this month following a drone attack."
    claims = [c for c in run(Extractor(), text, MT, OCT_13) if c.place.name == "Feodosiya"]
    earlier = [c for c in claims if c.time.precision == "month"]
    tonight = [c for c in claims if c.time.precision == "night"]
    assert earlier and tonight, [(c.claimant, c.time) for c in claims]
    assert all(c.claimant is None and c.stance == "observation" for c in earlier)
    assert any(c.claimant == "RUS" for c in tonight)


def test_a_line_of_tonights_attack_with_no_month_stays_one_claim() -> None:
    text = FEODOSIA + "The Feodosia oil terminal was set ablaze following a drone attack."
    claims = [c for c in run(Extractor(), text, MT, OCT_13) if c.place.name == "Feodosiya"]
    assert claims and not [c for c in claims if c.time.precision == "month"], [(c.claimant, c.time) for c in claims]


def test_a_sentence_of_tonights_attack_keeps_its_night_beside_a_month() -> None:
    # (review 42 E H1: the month step ran before "overnight"/"ночью", so an earlier month said beside tonight's attack
    # became its time)
    for text in (
        "Ukrainian drones struck the Saratov oil refinery overnight, weeks after Russia agreed earlier this month to "
        "halt strikes on energy facilities.",
        "Drones hit the Saratov refinery overnight for the second time this month, after an attack earlier this month.",
        "Ночью беспилотники атаковали НПЗ в Саратове, хотя в начале месяца стороны договорились о перемирии.",
        "Ночью беспилотники атаковали НПЗ в Саратове, последний раз завод атаковали в сентябре.",
    ):
        assert _time(text) == ("2025-10-12", "2025-10-13", "night"), text


def test_tonights_claim_with_a_month_in_its_sentence_is_the_night() -> None:
    text = (
        "Ukrainian drones struck the Saratov oil refinery overnight, weeks after Russia agreed earlier this month to "
        "halt strikes on energy facilities."
    )
    claims = [c for c in run(Extractor(), text, MT, OCT_13) if "Saratov" in (c.place.name or "")]
    assert claims and all(c.time.precision == "night" for c in claims), [(c.place.name, c.time) for c in claims]


def test_the_last_time_alone_is_no_earlier_attack() -> None:
    # (review 42 E M4: "the last time the sides met in August" is a meeting, not an attack; the sentence keeps its
    # week)
    text = (
        "Ukrainian drones struck the Saratov oil refinery, the first attack since the last time the sides met in "
        "August."
    )
    assert _time(text) is None
    claims = [c for c in run(Extractor(), text, MT, OCT_13) if "Saratov" in (c.place.name or "")]
    assert claims and all(c.time.precision == "week" for c in claims), [(c.place.name, c.time) for c in claims]
    assert _time("Ukrainian drones struck the refinery, the last attack on it taking place in September.") == (
        "2025-08-31",
        "2025-09-30",
        "month",
    )


def test_a_month_told_earlier_stays_apart_from_tonights_claim_of_the_same_speaker() -> None:
    # (review 42 E, maintainability: the outlet's own claims of tonight and of earlier this month at one site share a
    # speaker and overlap in time; only _earlier_in_month in _apart keeps them two)
    text = (
        "Ukrainian drones struck the Saratov oil refinery overnight. The refinery was set ablaze earlier this month "
        "following a drone attack."
    )
    claims = [c for c in run(Extractor(), text, MT, OCT_13) if "Saratov" in (c.place.name or "")]
    assert sorted(c.time.precision for c in claims) == ["month", "night"], [(c.claimant, c.time) for c in claims]
    assert all(c.claimant is None for c in claims)


WIRE = Source(name="Wire", affiliation="independent_media")


def test_most_recently_in_a_month_at_a_named_site_is_the_outlets_earlier_claim() -> None:
    # (review 42 E, maintainability: "most recently"/"последний раз" point back at an earlier attack, so the line is
    # the outlet's own, not the governor's accusation of tonight)
    for text, place in (
        (
            "Ukrainian drones struck the Saratov oil refinery overnight, the governor said. Ukraine has targeted the "
            "refinery several times, most recently in September.",
            "Saratov",
        ),
        (
            "Ночью беспилотники атаковали НПЗ в Саратове, сообщил губернатор. Последний раз этот НПЗ атаковали в "
            "сентябре.",
            "Saratov",
        ),
    ):
        claims = [c for c in run(Extractor(), text, WIRE, OCT_13) if place in (c.place.name or "")]
        earlier = [c for c in claims if c.time.precision == "month"]
        assert earlier and all(c.claimant is None for c in earlier), [(c.claimant, c.time) for c in claims]
        assert earlier[0].time.earliest.date().isoformat() == "2025-08-31"
        assert any(c.claimant == "RUS" and c.time.precision == "night" for c in claims)
