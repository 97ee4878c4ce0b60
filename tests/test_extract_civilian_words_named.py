"""Civilian sites the lexicon named only in other words: an industrial zone ("у промзоні міста", b23-uk-05; "the
industrial zone", b25-en-15, b25-en-24, b14-en-28; "an industrial infrastructure facility", b15-en-20) is
`civilian.industry`; the building of a court or a government ("здание суда", b25-ru-05; "будівлю уряду", b25-uk-21),
a fence ("damaged a fence", b25-en-24; "пробит
забор", b14-ru-13) and a market in English ("a market in Oleshky", b14-en-20; "the Sokol market", b15-en-23) are
`civilian.other`; the GAZelle van in any case ("«Газели»", b25-ru-18; "«ГАЗель»", b21-uk-01) and a civilian car said
as a machine ("гражданскую машину", b25-ru-18) are `civilian.transport`. Not a market of trade or its people ("a
market analyst"; "the market" only with a place after it), a fence beside a home (the home: a fence counts only
alone, tests/test_extract_lone_fence_zone.py), the Ukrainian ban ("заборона"). A court or council building may have
an adjective ("здание арбитражного суда", "будівлю міської ради")."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from tests.test_extract import categories

PLAIN = Extractor()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Губернатор заявив про падіння уламків БпЛА у промзоні міста Невинномиськ.", "civilian.industry"),
        ("Drones attacked Budennovsk overnight. Several fires erupted in the industrial zone.", "civilian.industry"),
        ("A Russian drone strike on Zaporizhzhia damaged an industrial infrastructure facility.", "civilian.industry"),
        ("6 июня ВСУ атаковали с помощью беспилотников здание суда в Белгороде.", "civilian.other"),
        ("Дрони п'ять разів атакували будівлю уряду Бєлгородської області.", "civilian.other"),
        ("Ukrainian drones struck the court building in Belgorod.", "civilian.other"),
        ("Drone debris damaged a fence in the Konstantinovsky district.", "civilian.other"),
        ("Ukrainian drone strikes on a market in the occupied town of Oleshky killed seven people.", "civilian.other"),
        ("Вражеский БПЛА ударил по грузовой «Газели» в Алешках.", "civilian.transport"),
        ("ВСУ атаковали гражданскую машину возле Алешек.", "civilian.transport"),
    ],
)
def test_a_civilian_site_named_in_other_words_has_its_kind(text: str, category: str) -> None:
    assert categories(PLAIN, text) == [category]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a market of trade is no site: the refinery is what was hit
        ("Oil markets rallied after Ukrainian drones struck the refinery in Ryazan.", "energy.oil.refinery"),
        # a fence beside a home is a part of the home (a fence counts only alone)
        (
            "В Шебекино осколками выбиты окна и повреждены фасад, забор и машина во дворе частного дома.",
            "civilian.residential",
        ),
        # an administration's building stays a building of no kind
        ("Дрон попал в двухэтажное здание администрации в Сумах.", "civilian"),
        # a ban ("заборону") is no fence
        ("Росія порушила заборону ударів і атакувала Харків дронами.", "unknown"),
    ],
)
def test_not_a_civilian_site_of_that_kind(text: str, category: str) -> None:
    assert categories(PLAIN, text) == [category]


def test_a_fence_said_not_hit_is_no_site() -> None:
    assert "civilian.other" not in categories(
        PLAIN, "Russian drones struck Kharkiv overnight; the fence was not damaged."
    )


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # "the market" with a place after it is the market hit (review 38, M3)
        ("Russian shelling hit the market in Kherson.", "civilian.other"),
        ("Russian drones struck the market in Oleshky.", "civilian.other"),
        # a court or a council with an adjective (review 38, L1)
        ("Обстрелом повреждено здание арбитражного суда в Донецке.", "civilian.other"),
        ("Обстрел повредил здание Верховного суда в Донецке.", "civilian.other"),
        ("Ракета влучила в будівлю апеляційного суду в Харкові.", "civilian.other"),
        ("Дрон атакував будівлю міської ради в Сумах.", "civilian.other"),
        ("Russian drones hit the Kharkiv city council building.", "civilian.other"),
    ],
)
def test_a_market_or_a_public_building_said_so_has_its_kind(text: str, category: str) -> None:
    assert categories(PLAIN, text) == [category]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a market's people and trade in the singular are no market hit (review 38, M3)
        (
            "A Russian drone attack on Odesa hit infrastructure, the regional governor said, and a market analyst "
            "called it escalation.",
            "unknown",
        ),
        ("Russian drones hit civilian infrastructure in Kherson; a market vendor was wounded.", "civilian"),
        ("Russian missiles struck Kyiv overnight; the market barely reacted to the attack.", "unknown"),
        # a court as a speaker is no court hit
        ("A court in Kyiv sentenced a Russian soldier who shelled a residential building in Chernihiv.", None),
    ],
)
def test_a_market_of_trade_or_a_speaking_court_is_no_site(text: str, category: str | None) -> None:
    assert categories(PLAIN, text) == ([category] if category else [])
