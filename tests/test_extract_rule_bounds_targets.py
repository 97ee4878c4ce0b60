"""Where rules of target and side stop (found by review 30 of rule round 26): a body's country, an aim at a site,
soldiers hurt, weapons of another region, cuts said of a site, branches of a placeless claim, and what sites have
nothing to do with."""

from __future__ import annotations

from typing import Any

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract import NEWS, UKR_GS, run

MIL = Extractor(military=True)


def _rows(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(c.target.category, c.place.name, c.place.country, c.perpetrator) for c in run(MIL, text, NEWS)]


# -- a body's country (fd6feb5) -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a ministry of energy speaks of its own country's sites
        (
            "Дрони атакували Бєлгород. Міністерство енергетики України повідомило про удар по газовидобувних об'єктах.",
            "energy.gas",
        ),
        # a body of the side the sentence names as struck by the other
        (
            "Ukrainian drones hit Belgorod overnight. Ukraine's energy ministry said Russian drones struck energy "
            "facilities overnight.",
            "energy",
        ),
        (
            "Дроны атаковали Курск. По данным Министерства энергетики Украины, российские дроны поразили объекты "
            "газодобычи.",
            "energy.gas.production",
        ),
        (
            "Drones attacked Tuapse overnight. Ukraine's General Staff said Russian drones hit an oil depot.",
            "energy.oil.storage",
        ),
        # no body at all: "Ukraine's energy security"
        (
            "Ukrainian drones hit Belgorod overnight. Russia's drone strikes on Ukraine's energy security continued, "
            "with substations hit.",
            "energy.electricity.substation",
        ),
    ],
)
def test_a_body_of_the_side_struck_leaves_the_target_in_its_country(text: str, category: str) -> None:
    rows = _rows(text)
    assert (category, None, "UKR", "RUS") in rows, rows


@pytest.mark.parametrize(
    "text",
    [
        "Drones attacked Tuapse overnight. Ukraine's Security Service said its drones hit an oil depot.",
        "Drones attacked Tuapse overnight. Ukraine's General Staff said its drones hit an oil depot.",
        "Drones attacked Tuapse overnight. Ukraine's domestic security agency said its drones hit an oil depot.",
    ],
)
def test_a_capitalised_body_of_the_striking_side_is_a_side(text: str) -> None:
    assert _rows(text) == [("energy.oil.storage", "Tuapse", "RUS", "UKR")]


# -- an aim at a site (7b9faa3) -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("ВСУ пытаются атаковать Запорожскую АЭС беспилотниками.", "energy.electricity.generation.nuclear"),
        ("ВСУ пытаются атаковать Курскую АЭС.", "energy.electricity.generation.nuclear"),
        ("ВСУ пытаются атаковать ЗАЭС.", "energy.electricity.generation.nuclear"),
        ("Росіяни намагаються атакувати Запорізьку АЕС.", "energy.electricity.generation.nuclear"),
        ("Ворог намагається атакувати підстанцію.", "energy.electricity.substation"),
    ],
)
def test_an_attack_tried_at_a_named_site_is_a_claim(text: str, category: str) -> None:
    assert [c.target.category for c in run(MIL, text, NEWS)] == [category]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("При этом киевский режим продолжает пытаться нанести удары по объектам энергетики.", NEWS),
        ("Ворог вкотре намагається атакувати енергетичну інфраструктуру України.", UKR_GS),
        ("Russia is trying to strike Ukraine's energy infrastructure.", UKR_GS),
    ],
)
def test_an_attack_tried_at_generic_sites_stays_an_aim(text: str, source: object) -> None:
    assert run(MIL, text, source) == []  # type: ignore[arg-type]


# -- soldiers hurt (f379863) --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A Russian drone struck Kharkiv, injuring two police officers.",
        "A Russian drone struck Kharkiv, injuring two rescue personnel.",
        # bare "personnel" beside the hurt word too (the older soldiers' patterns took it)
        "A Russian drone struck Kharkiv, causing injuries among rescue personnel.",
        "A Russian drone struck Kharkiv. Two rescue personnel sustained injuries.",
        "Russian glide bombs struck Kharkiv, wounding residents and soldiers.",
    ],
)
def test_officers_personnel_and_a_list_with_soldiers_stay_civilian(text: str) -> None:
    assert [(c.target.category, c.place.name) for c in run(MIL, text, NEWS)] == [("civilian", "Kharkiv")]


@pytest.mark.parametrize(
    "text",
    [
        "A Ukrainian drone struck Belgorod, wounding three military personnel.",
        "A Ukrainian drone struck Belgorod, killing two army officers.",
        "A Ukrainian drone struck Belgorod, killing seven Russian soldiers.",
    ],
)
def test_military_personnel_and_officers_hurt_are_no_civilian_target(text: str) -> None:
    assert not any(c.target.category.startswith("civilian") for c in run(MIL, text, NEWS))


# -- weapons of another region (2cafb51) --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Украинские беспилотники атаковали Брянскую область. В Курской области в результате атаки повреждена "
        "подстанция.",
        "Вночі російські дрони атакували Харків. На Полтавщині внаслідок атаки пошкоджено газовидобувний об'єкт.",
        "ВСУ атаковали беспилотниками Севастополь. В Крыму в результате атаки повреждена подстанция.",
        "Drones attacked Kyiv overnight. An attack on Brovary in Kyiv region damaged a substation.",
    ],
)
def test_damage_of_the_attack_told_or_in_a_citys_region_takes_its_weapon(text: str) -> None:
    assert {c.act for c in run(MIL, text, NEWS)} == {"strike.drone"}


@pytest.mark.parametrize(
    "text",
    [
        "Украинские беспилотники атаковали Брянскую область. В Курской области атакована подстанция.",
        "Ukrainian drones struck a refinery in the Saratov region. Later its forces attacked an oil terminal in "
        "Crimea.",
        # a phrase of consequence whose attack word has its own object: an attack of its own
        "Вночі дрони атакували Одесу. Утром 22 марта россияне совершили массированную атаку. В результате удара по "
        "энергетической инфраструктуре аварийные отключения света начались в Харьковской и Сумской областях.",
    ],
)
def test_an_attack_told_in_another_region_takes_no_weapon(text: str) -> None:
    assert "strike" in {c.act for c in run(MIL, text, NEWS)}


_RAIDS = (
    "Ночью беспилотники атаковали электроподстанцию в Новомосковске Тульской области. "
    "Удары по объектам генерации, распределения и передачи электроэнергии в Сумской и Роменской общинах продолжаются. "
    "Russian drones struck a power substation in Kharkiv overnight on Sept. 16, knocking out power to homes. "
    "Дрони атакували насосно-компресорну станцію в Роменській громаді Сумської області. "
    "Ukrainian drones hit two CHPs in Belgorod on Aug. 21. Officials said repairs will take weeks. "
)


def test_the_places_of_a_weapons_sentence_are_resolved_once_per_report(monkeypatch: pytest.MonkeyPatch) -> None:
    # asking at every weapon of the report for every claim resolves each sentence's places once (a report twice as
    # long asks twice as often, not four times), and reads the same claims
    ex = Extractor(military=True)
    resolve = Extractor._resolve_places
    asked = []

    def counting(self: Extractor, text: str, s: int, e: int, *rest: Any, **named: Any) -> list[Any]:
        asked.append((s, e))
        return resolve(self, text, s, e, *rest, **named)

    monkeypatch.setattr(Extractor, "_resolve_places", counting)
    counts = []
    for copies in (4, 8):
        asked.clear()
        run(ex, _RAIDS * copies, NEWS)
        counts.append(len(asked))
    assert counts[1] <= 2 * counts[0] + 4, counts


# -- cuts said of a site (092f1d3) --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Жилые дома в Белгороде после атаки остались без света.",
        "Russian drones hit a school in Kharkiv; the school was left without power.",
        "Уламки дрона пошкодили житлові будинки у Харкові, будинки знеструмлені.",
        "Houses in Kharkiv were left without power after a Russian drone attack damaged them.",
        "A Russian drone hit a residential building in Kharkiv; the building was left without electricity and heating.",
    ],
)
def test_a_cut_said_of_the_site_hit_is_no_energy_claim(text: str) -> None:
    assert not any(c.target.category.startswith("energy") for c in run(Extractor(), text, NEWS))


@pytest.mark.parametrize(
    "text",
    [
        "Russian drones hit houses in Kharkiv, leaving 5,000 residents without electricity.",
        "Вночі росіяни атакували Харків: пошкоджено житлові будинки, без світла залишилися мешканці.",
        "There were no casualties, but the Russian attacks caused power cuts and damaged houses in the Odesa region.",
    ],
)
def test_a_cut_of_consumers_or_a_cut_named_is_a_claim_of_its_own(text: str) -> None:
    assert "energy.electricity" in {c.target.category for c in run(Extractor(), text, NEWS)}


# -- branches of a placeless claim (8453c89) ----------------------------------------------------------------------


def test_a_placeless_site_gives_way_to_a_placed_site_of_its_branch() -> None:
    text = (
        "Russia attacked Ukraine's energy system overnight, damaging substations. In Kharkiv, a thermal power plant "
        "was hit."
    )
    assert _rows(text) == [("energy.electricity.generation.thermal", "Kharkiv", "UKR", "RUS")]


def test_a_placeless_branch_word_gives_way_to_a_placed_site_of_another_branch() -> None:
    text = "Russia attacked Ukraine's oil infrastructure. In Poltava region, gas pipelines were damaged."
    assert _rows(text) == [("energy.gas.pipeline", "Poltava Oblast", "UKR", "RUS")]


# -- what the sites have nothing to do with (cb6c6a2) -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Росіяни атакували газові об'єкти на Сумщині, які не мають жодного стосунку до будь-яких військових об'єктів.",
        "Киевский режим атаковал объекты в Курской области, которые не имеют никакого отношения к каким-либо военным "
        "объектам.",
    ],
)
def test_military_targets_of_any_kind_the_sites_have_nothing_to_do_with_are_no_target(text: str) -> None:
    claims = run(MIL, text, NEWS)
    assert claims and not any(c.target.category.startswith("military") for c in claims)
