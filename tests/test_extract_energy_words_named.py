"""Energy sites the lexicon named only in other words: a store or tank of fuels and lubricants ("хранилище
горюче-смазочных материалов", b23-ru-22; "емкость с горюче-смазочными материалами", b25-ru-16, b21-ru-07; "склад
паливно-мастильних матеріалів", b21-uk-16) is `energy.oil.storage`; the platforms of an offshore field ("oil production
platforms", b25-en-23; "a drilling platform", b23-en-21) are `energy.oil.production`; a dam said alone ("a dam on a
local reservoir", b25-en-19) is `energy.electricity.generation.hydro`, the taxonomy's "hydroelectric plant or dam".
Not a store said to be an army's, a platform of media, a dam told of as not hit."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract import NEWS, run

PLAIN = Extractor()
OIL_STORE = "energy.oil.storage"


def _categories(text: str) -> list[str]:
    return [c.target.category for c in run(PLAIN, text, NEWS)]


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
    assert _categories(text) == [category]


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
        _categories(text)
    )
