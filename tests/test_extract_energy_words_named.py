"""Energy sites the lexicon named only in other words: a store or tank of fuels and lubricants ("хранилище
горюче-смазочных материалов", b23-ru-22; "емкость с горюче-смазочными материалами", b25-ru-16, b21-ru-07; "склад
паливно-мастильних матеріалів", b21-uk-16) is `energy.oil.storage`; the platforms of an offshore field ("oil production
platforms", b25-en-23; "a drilling platform", b23-en-21) are `energy.oil.production`; a dam said alone ("a dam on a
local reservoir", b25-en-19) is `energy.electricity.generation.hydro`, the taxonomy's "hydroelectric plant or dam".
Not a store said to be an army's or its unit's (`military.depot`), a platform of media or of no product said, a dam
told of as not hit or with no water said (a background line on the Kakhovka dam gives no claim)."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract import NEWS, categories, run

PLAIN = Extractor()
OIL_STORE = "energy.oil.storage"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "Российские войска нанесли удар по хранилищу горюче-смазочных материалов в районе Качаново Полтавской "
            "области.",
            "energy.oil.storage",
        ),
        ("В Симферополе дрон попал в емкость с горюче-смазочными материалами, возник пожар.", "energy.oil.storage"),
        ("Атака дронів була спрямована на склад паливно-мастильних матеріалів у Брянській області.", OIL_STORE),
        ("Дроны атаковали базу ГСМ в Брянской области.", "energy.oil.storage"),
        (
            "Ukrainian drones attacked ice-resistant oil production platforms in the Caspian Sea near Astrakhan.",
            "energy.oil.production",
        ),
        ("A drilling platform near Astrakhan was also hit by drones.", "energy.oil.production"),
        ("Дрони СБУ уразили нафтову платформу в Каспійському морі біля Астрахані.", "energy.oil.production"),
        (
            "A dam on a local reservoir in Belgorod was damaged in a strike by the Ukrainian armed forces.",
            "energy.electricity.generation.hydro",
        ),
    ],
)
def test_a_site_named_in_other_words_has_its_kind(text: str, category: str) -> None:
    assert categories(PLAIN, text) == [category]


@pytest.mark.parametrize(
    "text",
    [
        # a store of fuels said to be an army's is no oil depot of the trade
        "Хранилище горюче-смазочных материалов, предназначавшихся для Вооруженных сил Украины, уничтожено дроном в "
        "районе Сум.",
        "Российские войска нанесли удар по хранилищу ГСМ ВСУ в районе Сум.",
        # a platform of media, a dam said not hit: no site
        "Zelensky wrote on a social media platform that Russian drones hit Sumy overnight.",
        "Russian drones struck Belgorod overnight; the dam was not damaged.",
    ],
)
def test_not_a_site_of_that_kind(text: str) -> None:
    assert not {"energy.oil.storage", "energy.oil.production", "energy.electricity.generation.hydro"} & set(
        categories(PLAIN, text)
    )


@pytest.mark.parametrize(
    "text",
    [
        # a dam of no water said: a background line, a road, a district (review 38, H1)
        "Russian shelling hit a residential building in Kherson, killing two. The city has suffered since Russia blew "
        "up the Kakhovka dam in 2023.",
        "Russian troops shelled Kherson region; the destruction of the Kakhovka dam in 2023 still affects the area.",
        "A Russian drone hit a car on the dam road in Zaporizhzhia.",
        "A Russian missile hit an apartment block in the Dam district of Kharkiv.",
        "Ukraine's drones hit an oil depot in Feodosia; Russia accused Kyiv of planning to blow up a dam.",
        # an offshore platform of no product said, oil and gas platforms (review 38, M2)
        "Ukrainian drones hit a Russian offshore platform used as a radar post in the Black Sea.",
        "Russian troops shelled Kherson; an offshore platform in the Black Sea was used by Russia for electronic "
        "warfare.",
        "Ukrainian forces struck Russian oil and gas platforms in the Black Sea, the navy said.",
    ],
)
def test_no_dam_or_platform_where_none_was_hit(text: str) -> None:
    assert not {"energy.oil.production", "energy.electricity.generation.hydro"} & set(categories(PLAIN, text))


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # the site hit, not the dam of the background line
        (
            "Russian forces shelled Nikopol, damaging a power line. Nikopol lies across the former Kakhovka reservoir, "
            "drained after the dam was destroyed in 2023.",
            "energy.electricity.line",
        ),
        ("Ukraine's drones hit an oil depot in Feodosia; Russia accused Kyiv of planning to blow up a dam.", OIL_STORE),
        # a dam on its water is still the dam
        ("Russian forces struck a dam on a local reservoir in Kharkiv region.", "energy.electricity.generation.hydro"),
        ("Ukrainian drones damaged a dam on the river in Belgorod region.", "energy.electricity.generation.hydro"),
        # a tank of fuel in the instrumental (review 38, M4; the tank line folded, L4)
        (
            "В результате атаки дронов ВСУ произошло попадание в емкость с горючим на предприятии в Новороссийске.",
            OIL_STORE,
        ),
        ("Уламки впали на ємність із паливом у Брянську.", OIL_STORE),
        ("Дрони вразили ємність з пальним у Брянську.", OIL_STORE),
        ("Дрони вразили цистерну з нафтою у Брянську.", OIL_STORE),
    ],
)
def test_the_site_hit_beside_a_word_of_no_site(text: str, category: str) -> None:
    assert categories(PLAIN, text) == [category]


MILITARY = Extractor(military=True)


@pytest.mark.parametrize(
    "text",
    [
        # a store of fuels of an army's unit, or one the army used, is an army's store (review 38, M4)
        "Ударом «Искандера» уничтожена база ГСМ 93-й бригады ВСУ в Краматорске.",
        "Уничтожено хранилище ГСМ, которое использовали ВСУ, в Краматорске.",
        "Российские войска нанесли удар по хранилищу ГСМ ВСУ в районе Сум.",
    ],
)
def test_an_armys_fuel_store_is_its_depot(text: str) -> None:
    claims = run(MILITARY, text, NEWS)
    assert [c.target.category for c in claims] == ["military.depot"]
    assert claims[0].perpetrator != "UKR"  # the army that used the store is not the one that struck it
