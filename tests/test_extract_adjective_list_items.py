"""Villages shaped like adjectives as items of a list after an attack verb or "зокрема"/"в том числе" (rule round 49):
"обстріляв Кізомис, Дніпровське та Янтарне" gives each village, while the same word before its noun ("Дніпровське
водосховище", "Саратовский и Волгоградский НПЗ", "Майский и Октябрьский районы") is no village."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor
from ceasewatch.model import Source
from tests.test_extract import RUS_MOD, UKR_GS, run


def _places(text: str, source: Source) -> set[str]:
    return {c.place.name or "" for c in run(Extractor(), text, source)}


@pytest.mark.parametrize(
    ("text", "source", "places"),
    [
        ("ВСУ атаковали Шебекино, Разумное и Майский.", RUS_MOD, {"Shebekino", "Razumnoye", "Mayskiy"}),
        ("ВСУ атаковали Разумное, Шебекино и Майский беспилотниками.", RUS_MOD, {"Shebekino", "Razumnoye", "Mayskiy"}),
        # the adjective first: its list, not a facility's word, follows it
        ("Ворог обстріляв Шевченкове, Куп'янськ та Барвінкове.", UKR_GS, {"Shevchenkove", "Kupyansk", "Barvinkove"}),
        # after "зокрема" in a sentence of an attack
        (
            "Окупанти обстріляли ряд населених пунктів, зокрема Степногірськ, Приморське, Дніпрорудне та інші.",
            UKR_GS,
            {"Stepnohirsk", "Prymorske", "Dniprorudne"},
        ),
    ],
)
def test_an_adjective_shaped_village_listed_after_an_attack_is_a_place(
    text: str, source: Source, places: set[str]
) -> None:
    assert _places(text, source) == places


@pytest.mark.parametrize(
    ("text", "source", "places"),
    [
        # the adjective before its noun, or the nouns the list shares
        ("Ворог атакував Нікополь і Кам'янське водосховище.", UKR_GS, {"Nikopol"}),
        ("Ворог обстріляв Запоріжжя та Приморське шосе.", UKR_GS, {"Zaporizhzhya"}),
        ("ВСУ атаковали Шебекино, Разумное водохранилище не пострадало.", RUS_MOD, {"Shebekino"}),
        ("ВСУ атаковали Саратовский и Волгоградский НПЗ.", RUS_MOD, {"Saratov oil refinery", "Volgograd oil refinery"}),
        ("ВСУ обстреляли Белгород, Майский и Октябрьский районы.", RUS_MOD, {"Maysky raion"}),
        # a unit word after it, or a clause of its own
        ("Ворог атакував Харків, Шевченківський район постраждав.", UKR_GS, {"Kharkiv"}),
        ("Окупанти обстріляли Куп'янськ, Шевченкове заявило про відключення.", UKR_GS, {"Kupyansk"}),
        # a region's feminine adjective stays the region rules'
        ("Ворог атакував Харків і Сумську область.", UKR_GS, {"Kharkiv", "Sumy Oblast"}),
    ],
)
def test_an_adjective_before_its_noun_is_no_listed_village(text: str, source: Source, places: set[str]) -> None:
    assert _places(text, source) == places
