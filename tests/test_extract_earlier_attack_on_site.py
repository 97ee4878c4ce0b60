"""One claim per speaker (eval/gold/README.md, "## Conventions"): a sentence that points at an earlier attack on the
site just named ("A previous drone assault on August 18 ...", "До цього ... у травні минулого року"), with a time of
its own before the attack the report tells and no one speaking in it, is the outlet's own claim of that earlier
attack, at that site; a history line of no time of its own, or one a speaker tells, is not."""

from __future__ import annotations

from datetime import UTC, datetime

from ceasewatch.extract import Extractor
from ceasewatch.model import Source
from tests.test_extract import NEWS, run

UA_NEWS = Source(name="Delo.ua", affiliation="independent_media", party="UKR")
AUG_22 = datetime(2025, 8, 22, 9, 0, tzinfo=UTC)
DEC_30 = datetime(2025, 12, 30, 10, 0, tzinfo=UTC)

UNECHA = (
    "Ukrainian drones have struck the Unecha oil pumping station in Russia's Bryansk region, the commander of "
    "Ukraine's Unmanned Systems Forces Robert Brovdi said on August 21. "
)
ROVENKY = "Генштаб ЗСУ повідомив, що Сили оборони уразили нафтобазу в Ровеньках. "


def _at(claims: list, name: str) -> list:
    return [c for c in claims if name in (c.place.name or "")]


def test_a_previous_assault_without_a_place_takes_the_site_just_named() -> None:
    text = UNECHA + "A previous drone assault on August 18 destroyed several pumping stations and damaged buildings."
    claims = _at(run(Extractor(), text, UA_NEWS, AUG_22), "Unecha")
    earlier = [c for c in claims if c.time.latest <= datetime(2025, 8, 19, tzinfo=UTC)]
    assert earlier, [(c.place.name, c.claimant, c.time) for c in claims]
    assert all(c.claimant is None and c.stance == "observation" for c in earlier)


def test_an_earlier_attack_at_the_site_told_in_the_outlets_voice_is_its_own() -> None:
    text = ROVENKY + "До цього українські воїни атакували нафтобазу в Ровеньках у травні минулого року."
    claims = _at(run(Extractor(), text, UA_NEWS, DEC_30), "Rovenky")
    earlier = [c for c in claims if c.time.latest <= datetime(2025, 1, 1, tzinfo=UTC)]
    assert earlier and all(c.claimant is None for c in earlier), [(c.claimant, c.time) for c in claims]


def test_a_history_line_of_no_time_of_its_own_takes_no_site() -> None:
    text = UNECHA + "Ukraine has previously targeted oil facilities across Russia."
    claims = run(Extractor(), text, UA_NEWS, AUG_22)
    assert not [c for c in _at(claims, "Unecha") if c.claimant is None], [(c.place.name, c.claimant) for c in claims]


def test_an_earlier_attack_a_speaker_tells_stays_the_speakers() -> None:
    text = (
        ROVENKY
        + "До цього, як заявив Генштаб, українські воїни атакували нафтобазу в Ровеньках у травні минулого року."
    )
    claims = _at(run(Extractor(), text, UA_NEWS, DEC_30), "Rovenky")
    assert claims and all(c.claimant == "UKR" for c in claims), [(c.claimant, c.time) for c in claims]


AUG_25 = datetime(2025, 8, 25, 9, 0, tzinfo=UTC)


def test_an_earlier_attack_in_a_country_the_sentence_names_takes_no_site() -> None:
    # ("НПЗ у Росії" is some refinery in Russia, not the one just named)
    text = (
        "24 серпня українські дрони атакували Новошахтинський НПЗ у Ростовській області. Раніше, 15 серпня, Сили "
        "оборони уразили НПЗ у Росії."
    )
    claims = run(Extractor(), text, NEWS, AUG_25)
    earlier = [c for c in claims if c.time.latest <= datetime(2025, 8, 16, tzinfo=UTC)]
    assert earlier and all(c.place.precision == "country" for c in earlier), [(c.place.name, c.time) for c in claims]


_NOVOSHAKHTINSK_EN = (
    "On August 24, Ukrainian drones struck the Novoshakhtinsk oil refinery in the Rostov region. Earlier, on August "
    "15, "
)
_NOVOSHAKHTINSK_UK = (
    "24 серпня українські дрони атакували Новошахтинський НПЗ у Ростовській області. Раніше, 15 серпня, "
)


def _earlier(text: str) -> list:
    claims = run(Extractor(), text, NEWS, AUG_25)
    return [c for c in claims if c.time.latest <= datetime(2025, 8, 16, tzinfo=UTC)]


def test_an_earlier_attack_in_another_country_than_the_sites_takes_no_site() -> None:
    # (a refinery of Ukraine, struck by Russia, is not the Russian refinery named before it)
    earlier = _earlier(_NOVOSHAKHTINSK_EN + "Russian drones hit a Ukrainian oil refinery.")
    assert earlier and all(c.place.country == "UKR" and c.place.precision == "country" for c in earlier), [
        (c.place.name, c.place.country) for c in earlier
    ]


def test_an_earlier_attack_a_reminder_quotes_someone_on_stays_theirs() -> None:
    # ("Генштаб ЗСУ звітував": the General Staff's word, not the outlet's, at no site of its own)
    earlier = _earlier(_NOVOSHAKHTINSK_UK + "Генштаб ЗСУ звітував про ураження НПЗ.")
    assert earlier and all(c.claimant == "UKR" and c.place.precision == "country" for c in earlier), [
        (c.place.name, c.claimant) for c in earlier
    ]


def test_a_country_named_elsewhere_in_an_earlier_attacks_sentence_is_not_the_targets() -> None:
    # ("in Ukraine" is where the front line is, not where the terminal is: b21-en-07's Feodosia line keeps the site)
    from ceasewatch.extract._claims import _target_in_country

    claim = run(Extractor(), "Дрони атакували НПЗ у Росії.", NEWS, AUG_25)[0]
    terminal = claim.model_copy(update={"target": claim.target.model_copy(update={"name": "oil terminal"})})
    elsewhere = "The oil terminal, located 250 kilometers from the front line in Ukraine, was set ablaze earlier."
    right_after = "Drones struck an oil terminal in Russia earlier this month."
    assert not _target_in_country(terminal, elsewhere, 0, len(elsewhere))
    assert _target_in_country(terminal, right_after, 0, len(right_after))
