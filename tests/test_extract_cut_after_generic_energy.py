"""A cut of one supply told in the sentence right after an attack on a generic energy word, with places of its own:
the generic word's `energy`, not the cut's node (eval/gold/README.md, Conventions: "A cut told only in another
sentence leaves the generic word `energy`"; b25-en-12 "the Russians attacked energy infrastructure. Over 100 000
households in Poltava, Sumy, and Chernihiv regions were left without electricity", b21-uk-02 "завдали удару по
енергетичній інфраструктурі України. Внаслідок атаки ... знеструмлені Дніпропетровська і Запорізька області", b23-uk-12
"пошкодив об'єкти енергоінфраструктури у місті Славутич. Це призвело до знеструмлення ... Чернігівської областей").
Not a cut in the generic word's own clause, nor one after a sentence that names no generic energy word, names a cut of
its own, or is not the sentence right before it; not after a sentence that tells attacks halted, demanded to halt or
denied (the energy moratorium), nor a cut told as of an earlier report ("Ранее ведомство сообщало ...", written dev
ru-25), nor a cut at a region of its own after an attack told at another region, unless its sentence points back to
the attack ("Це призвело до", "As a result")."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract import NEWS, run

PLAIN = Extractor()


def _categories(text: str) -> set[str]:
    return {c.target.category for c in run(PLAIN, text, NEWS) if c.place.precision == "admin1"}


def _category_at(text: str, admin1: str) -> set[str]:
    return {c.target.category for c in run(PLAIN, text, NEWS) if c.place.admin1 == admin1}


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


@pytest.mark.parametrize(
    "text",
    [
        # the attack at another region, and the cut's sentence points back to it
        "Russian drones attacked energy infrastructure in Kyiv region. This led to power outages in Kyiv and "
        "Chernihiv regions.",
        "Russian drones attacked energy infrastructure in Kyiv region. As a result, power outages hit Chernihiv "
        "region.",
        "Російські дрони атакували об'єкти енергетики на Київщині. Це призвело до знеструмлення споживачів у "
        "Чернігівській області.",
        # a cause that names the attack at the sentence's opening (``_CAUSE_BACK``)
        "Російські дрони атакували об'єкти енергетики на Київщині. Внаслідок атаки без світла залишилися споживачі "
        "Чернігівської області.",
        "Russian drones attacked energy infrastructure in Kyiv region. As a result of the attack, 5,000 residents of "
        "Chernihiv region were left without power.",
    ],
)
def test_a_cut_at_another_region_that_points_back_to_the_generic_attack_stays_energy(text: str) -> None:
    assert _category_at(text, "Chernihiv Oblast") == {"energy"}


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        # attacks halted, demanded to halt, or denied: no attack before the cut (review 39 M1)
        (
            "Russia and Ukraine agreed to halt attacks on energy infrastructure for 30 days. Overnight, Russian drones "
            "left 200,000 residents of Odesa without power.",
            "Odesa Oblast",
        ),
        (
            "Москва и Киев договорились о прекращении ударов по объектам энергетики. Ночью российские дроны атаковали "
            "Одессу, без света остались 200 тысяч абонентов.",
            "Odesa Oblast",
        ),
        (
            "Росія і Україна домовилися припинити удари по об'єктах енергетики. Вночі російські дрони атакували Одесу, "
            "без світла залишилися 200 тисяч абонентів.",
            "Odesa Oblast",
        ),
        (
            "Атаки на енергетику мають припинитися, заявив Зеленський. Внаслідок обстрілу знеструмлені "
            "Дніпропетровська і Запорізька області.",
            "Dnipropetrovsk Oblast",
        ),
        (
            "The Russian military has not attacked energy infrastructure since March 18, Peskov said. Ukrainian "
            "officials said that over 100 000 households in Poltava and Sumy regions were left without electricity "
            "after a Russian drone attack.",
            "Poltava Oblast",
        ),
        # a cut told as of an earlier report (written dev ru-25, review 39 M2)
        (
            "Украинские военные ни на сутки не прекращали атаки по российским энергообъектам, заявили в Минобороны. "
            "Ранее ведомство сообщало, что 1 апреля из-за украинских беспилотников без электричества остались более "
            "1,2 тыс. жителей Белгородской области.",
            "Belgorod Oblast",
        ),
        (
            "Вночі ворог атакував об'єкти енергетики. Раніше без світла залишилися споживачі у Сумській та "
            "Чернігівській областях.",
            "Chernihiv Oblast",
        ),
        (
            "Russian drones attacked energy infrastructure overnight. Previously, over 100 000 households in Poltava "
            "and Sumy regions were left without electricity.",
            "Poltava Oblast",
        ),
        # an attack told at another region, and a cut that does not point back to it (review 39 M3)
        (
            "Russian forces attacked energy infrastructure in Dnipropetrovsk region. In Kherson, artillery shelling "
            "left 5,000 residents without power.",
            "Kherson Oblast",
        ),
        (
            "Ворог атакував об'єкти енергетики на Львівщині. На Херсонщині внаслідок обстрілу знеструмлені 3 тисячі "
            "абонентів.",
            "Kherson Oblast",
        ),
        # "As a result of" a shelling of its own place: a cause of its own, not the attack before (as in Ukrainian)
        (
            "Russian forces attacked energy infrastructure in Dnipropetrovsk region. As a result of shelling in "
            "Kherson region, 5,000 residents were left without power.",
            "Kherson Oblast",
        ),
        (
            "Росія атакувала енергетичну інфраструктуру на Дніпропетровщині. Внаслідок обстрілу в Херсонській "
            "області без світла залишилися 5 тисяч мешканців.",
            "Kherson Oblast",
        ),
        (
            "Energy: Russia struck energy infrastructure in Lviv region.\n\nKherson: Russian shelling left 3,000 "
            "households in Kherson region without power.",
            "Kherson Oblast",
        ),
        (
            "Ukraine's military said Russia attacked energy infrastructure in Kharkiv region. Russian-installed "
            "officials in Zaporizhzhia region said Ukrainian shelling left Enerhodar without power.",
            "Zaporizhzhia Oblast",
        ),
        # the claim is named by a site of its own, not by the cut alone (review 39 T1: `_strength(claim) == 0`)
        (
            "Russia attacked energy infrastructure overnight. In Poltava and Sumy regions, distribution networks were "
            "damaged.",
            "Poltava Oblast",
        ),
        (
            "Росія атакувала енергетичну інфраструктуру. На Полтавщині та Сумщині пошкоджено розподільчі мережі.",
            "Sumy Oblast",
        ),
        (
            "Russia attacked energy infrastructure overnight. In Poltava region, the power grid was damaged.",
            "Poltava Oblast",
        ),
    ],
)
def test_a_cut_after_a_halt_an_earlier_report_another_region_or_a_site_is_the_supply(text: str, admin1: str) -> None:
    assert _category_at(text, admin1) == {"energy.electricity"}
