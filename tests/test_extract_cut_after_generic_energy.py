"""A cut of one supply told in the sentence right after an attack on a generic energy word, with places of its own:
the generic word's `energy`, not the cut's node (eval/gold/README.md, Conventions: "A cut told only in another
sentence leaves the generic word `energy`"; b25-en-12 "the Russians attacked energy infrastructure. Over 100 000
households in Poltava, Sumy, and Chernihiv regions were left without electricity", b21-uk-02 "завдали удару по
енергетичній інфраструктурі України. Внаслідок атаки ... знеструмлені Дніпропетровська і Запорізька області", b23-uk-12
"пошкодив об'єкти енергоінфраструктури у місті Славутич. Це призвело до знеструмлення ... Чернігівської областей").
Not a cut in the generic word's own clause, nor one after a sentence that names no generic energy word, names a cut of
its own, or is not the sentence right before it."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract import NEWS, run

PLAIN = Extractor()


def _categories(text: str) -> set[str]:
    return {c.target.category for c in run(PLAIN, text, NEWS) if c.place.precision == "admin1"}


@pytest.mark.parametrize(
    "text",
    [
        "On the night of August 27, the Russians attacked energy infrastructure. Over 100 000 households in Poltava "
        "and Sumy regions were left without electricity.",
        "Вчора увечері російські війська завдали удару по енергетичній інфраструктурі України. Внаслідок атаки "
        "знеструмлені Дніпропетровська і Запорізька області.",
        "Ночью ВСУ атаковали объекты энергетики. В Курской и Белгородской областях обесточены потребители.",
        "Вночі ворог атакував об'єкти енергетики. Без світла залишилися споживачі у Сумській та Чернігівській "
        "областях.",
    ],
)
def test_a_cut_told_in_the_sentence_after_a_generic_energy_attack_stays_energy(text: str) -> None:
    assert _categories(text) == {"energy"}


@pytest.mark.parametrize(
    "text",
    [
        # the cut in the generic word's own clause narrows it
        "Враг атаковал энергетическую инфраструктуру, обесточены потребители в Полтавской и Сумской областях.",
        # no generic energy word before it
        "Russian drones attacked Sumy overnight. Over 100 000 households in Poltava and Sumy regions were left "
        "without electricity.",
        # a site of its kind named before it
        "Russia attacked a substation overnight. Over 100 000 households in Poltava and Sumy regions were left "
        "without electricity.",
        # not the sentence right before
        "Russia attacked energy infrastructure overnight. This was announced by the Ministry of Energy. Over 100 000 "
        "households in Poltava and Sumy regions were left without electricity.",
        # the sentence before tells a cut of its own
        "Russia attacked energy infrastructure, causing power outages. Over 100 000 households in Poltava and Sumy "
        "regions were left without electricity.",
    ],
)
def test_a_cut_in_the_generic_word_s_clause_or_after_no_generic_attack_is_the_supply(text: str) -> None:
    assert _categories(text) == {"energy.electricity"}
