"""A list of things damaged is a list when its items are joined by commas alone, with no "and" to close it, once it
holds three items, and when an item opens with its count (README "How many claims": the most specific node that covers
everything listed): "пошкоджено два приватні будинки, дві господарчі споруди, гараж, два автомобілі" (b23-uk-21) and
"руйнування будинків, гаражів, автомобілів" (b29-uk-03) are `civilian`, as "homes and cars" are. Not two items joined
by a comma alone (a site and what it is), not things of one kind, not things in two sentences."""

from __future__ import annotations

import pytest

from tests.test_extract_damage_list_common_kind import _categories


@pytest.mark.parametrize(
    "text",
    [
        "Внаслідок атаки на Харків пошкоджено два приватні будинки, дві господарчі споруди, гараж, два автомобілі.",
        "Внаслідок атаки на Харків пошкоджено житлові будинки, господарські споруди, гаражі, автомобілі.",
        "Після атаки на Харків пошкоджено житловий будинок, дві багатоповерхівки, три автомобілі.",
        "После атаки на Белгород повреждены два частных дома, хозпостройки, гараж, три автомобиля.",
        # a list of three from its first item (b29-uk-03)
        "Після атаки на Харків зафіксовані численні пожежі, руйнування будинків, гаражів, автомобілів.",
        "After the attack on Kharkiv, residential buildings, a garage, two cars were damaged.",
        # any count the project reads, not only up to five (audit S22 B, finding 1)
        "Після атаки на Харків пошкоджено житловий будинок, дві багатоповерхівки, шість автомобілів.",
        "After the attack on Kharkiv, residential buildings, a garage, six cars were damaged.",
        "После атаки на Белгород повреждены два частных дома, хозпостройки, гараж, двенадцать автомобилей.",
        "Після атаки на Харків пошкоджено житловий будинок, кілька гаражів, 12 автомобілів.",
    ],
)
def test_a_comma_list_of_counted_items_is_their_common_category(text: str) -> None:
    assert _categories(text) == ["civilian"]


@pytest.mark.parametrize(
    "text",
    [
        # things of one kind
        "Внаслідок атаки на Харків пошкоджено два приватні будинки, дві господарчі споруди.",
        # two items joined by a comma alone
        "Внаслідок атаки на Харків пошкоджено житловий будинок, два автомобілі.",
        # the lesser things told in another sentence
        "Внаслідок атаки на Харків пошкоджено два приватні будинки. Гараж, два автомобілі згоріли пізніше.",
    ],
)
def test_a_list_that_is_not_one_keeps_the_site(text: str) -> None:
    assert _categories(text) == ["civilian.residential"]
