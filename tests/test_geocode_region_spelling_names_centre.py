"""An English spelling of a region that GeoNames lacks for its centre town ("Zaporizhia", "Nikolayev", "Vinnitsa",
"Khmelnitsky") is, bare, the town; with an admin word it stays the region."""

from __future__ import annotations

import pytest

from ceasewatch.extract._segment import sentences
from tests.test_geocode_english_region_spellings import _claims


def _places(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(c.place.name, c.place.admin1, c.place.precision) for c in _claims(text)]


# (not "Nikolayev" nor "Vinnitsa": each already names a settlement elsewhere, Nikolayev in Rostov Oblast, the village
# Vinnitsy, so each stays the region, as before round 43; review 46 D, H2)
CENTRES = [
    ("Zaporizhia", "Zaporizhzhya", "Zaporizhzhia Oblast"),
    ("Khmelnitsky", "Khmelnytskyi", "Khmelnytskyi Oblast"),
    ("Khmelnytsky", "Khmelnytskyi", "Khmelnytskyi Oblast"),
]


@pytest.mark.parametrize(("spelling", "town", "admin1"), CENTRES)
@pytest.mark.parametrize(
    "template",
    [
        "Drones struck a substation in {} overnight.",
        "Drones struck a substation near {} overnight.",
        "Drones struck a substation on the outskirts of {} overnight.",
        "Drones struck a substation in the city of {} overnight.",
        "Drones struck a substation in {}’s suburbs overnight.",
        "Drones struck a substation in and around {} overnight.",
    ],
)
def test_a_bare_region_spelling_is_the_centre_town(spelling: str, town: str, admin1: str, template: str) -> None:
    assert _places(template.format(spelling)) == [(town, admin1, "settlement")]


@pytest.mark.parametrize(("spelling", "town", "admin1"), CENTRES)
@pytest.mark.parametrize(
    "template",
    [
        "Drones struck a substation in the {} region overnight.",
        "Drones struck a substation in {} Oblast overnight.",
        "Drones struck a substation in Ukraine's {} region overnight.",
    ],
)
def test_the_spelling_with_an_admin_word_stays_the_region(spelling: str, town: str, admin1: str, template: str) -> None:
    assert _places(template.format(spelling)) == [(admin1, admin1, "admin1")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # an adjective of the region is no town
        ("Drones struck a substation in the Kharkivska oblast overnight.", ("Kharkiv Oblast", "admin1")),
        # spellings GeoNames already holds are unchanged
        ("Drones struck a substation in Zaporozhye overnight.", ("Zaporizhzhia Oblast", "settlement")),
        ("Drones struck a substation in Kharkov overnight.", ("Kharkiv Oblast", "settlement")),
        # a speaker named by the spelling is no place
        (
            "Drones struck a substation in the Kharkiv region overnight, Zaporizhia's governor said.",
            ("Kharkiv Oblast", "admin1"),
        ),
        (
            "Drones struck a substation in Kupiansk, Nikolayev mayor Oleksandr Senkevych said.",
            ("Kharkiv Oblast", "settlement"),
        ),
    ],
)
def test_other_spellings_are_unchanged(text: str, place: tuple[str, str]) -> None:
    assert [(a, p) for _, a, p in _places(text)] == [place]


def test_a_list_of_regions_stays_regions() -> None:
    text = "Russian drones struck energy facilities in the Zaporizhia, Vinnitsa and Khmelnitsky regions overnight."
    assert [(a, p) for _, a, p in _places(text)] == [
        ("Zaporizhzhia Oblast", "admin1"),
        ("Vinnytsia Oblast", "admin1"),
        ("Khmelnytskyi Oblast", "admin1"),
    ]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # a spelling that already names a settlement in some region ("Nikolayev": Mykolayiv in Lviv Oblast, Nikolayev
        # in Rostov Oblast; "Vinnitsa": the village Vinnitsy) stays the region bare: the claims before round 43, not
        # none or a claim with no place (review 46 D, H2)
        ("Drones struck Nikolayev overnight.", [("unknown", "Mykolaiv Oblast")]),
        ("Russian drones struck Nikolayev.", [("unknown", "Mykolaiv Oblast")]),
        ("Russian drones attacked Nikolayev overnight, the mayor said.", [("unknown", "Mykolaiv Oblast")]),
        ("Nikolayev came under a Russian drone attack overnight.", [("unknown", "Mykolaiv Oblast")]),
        ("Russian missiles hit Nikolayev and Odesa overnight.", [("unknown", "Mykolaiv Oblast"), ("unknown", "Odesa")]),
        ("Russian drones attacked Nikolayev on Tuesday, injuring three.", [("civilian", "Mykolaiv Oblast")]),
        ("A Russian missile hit a port in Nikolayev.", [("civilian.port", "Mykolaiv Oblast")]),
        ("Russian drones hit Vinnitsa.", [("unknown", "Vinnytsia Oblast")]),
    ],
)
def test_a_spelling_that_names_a_settlement_elsewhere_stays_the_region(
    text: str, claims: list[tuple[str, str]]
) -> None:
    assert [(c.target.category, c.place.name) for c in _claims(text)] == claims


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # before a front word the spelling is the region, as "the Zaporizhia region" is (review 46 D, H3)
        ("Russian forces shelled Stepnohirsk on the Zaporizhia front.", [("Stepnohirsk", "settlement")]),
        ("Russian forces shelled the Zaporizhia front near Orikhiv.", [("Orikhiv", "settlement")]),
        ("Russian forces shelled Stepnohirsk in the Zaporizhia sector.", [("Stepnohirsk", "settlement")]),
        (
            "Russian forces shelled the Kherson and Zaporizhia fronts.",
            [("Kherson", "settlement"), ("Zaporizhzhia Oblast", "admin1")],
        ),
        # right after a town of the region, by a comma or "in": the town's region, and the town of that region
        ("Russian forces shelled Orikhiv, Zaporizhia.", [("Orikhiv", "settlement")]),
        ("Russian forces shelled Huliaipole, Zaporizhia, on Monday.", [("Hulyaypole", "settlement")]),
        ("Russian forces shelled Kamianske in Zaporizhia.", [("Kamyanske", "settlement")]),
        # not after a town of another region, nor after "and": the city, as round 43 reads it
        (
            "Russian forces shelled Kharkiv, Zaporizhia and Odesa.",
            [("Kharkiv", "settlement"), ("Zaporizhzhya", "settlement"), ("Odesa", "settlement")],
        ),
        (
            "Russian drones hit Orikhiv and Zaporizhia overnight.",
            [("Orikhiv", "settlement"), ("Zaporizhzhya", "settlement")],
        ),
    ],
)
def test_the_spelling_after_a_town_of_its_region_or_before_a_front_is_the_region(
    text: str, claims: list[tuple[str, str]]
) -> None:
    assert [(c.place.name, c.place.precision) for c in _claims(text)] == claims
    assert all(c.place.admin1 != "Dnipropetrovsk Oblast" for c in _claims(text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a line break between the name and its admin word does not cut the sentence: the region (review 46 D, M1)
        ("Russian drones attacked Zaporizhia\nregion overnight, the governor said.", "Zaporizhzhia Oblast"),
        ("Russian drones attacked Khmelnitsky\nOblast overnight.", "Khmelnytskyi Oblast"),
        ("Russian drones attacked Vinnitsa\nregion overnight, the governor said.", "Vinnytsia Oblast"),
        ("Russian drones attacked Vinnitsa\nOblast overnight.", "Vinnytsia Oblast"),
    ],
)
def test_the_spelling_wrapped_before_its_admin_word_stays_the_region(text: str, place: str) -> None:
    assert [(c.place.name, c.place.precision) for c in _claims(text)] == [(place, "admin1")]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Russian drones attacked Zaporizhia\nregion overnight.", 1),
        ("Russian drones attacked Vinnitsa\n Oblast overnight.", 1),
        # not after a full stop, nor before another word of the stem
        ("Russian drones attacked Kharkiv.\nRegion officials said three were hurt.", 2),
        ("Russian drones attacked Kharkiv\nRegional officials said three were hurt.", 2),
    ],
)
def test_a_line_break_before_an_admin_word_cuts_no_sentence(text: str, count: int) -> None:
    assert len(sentences(text)) == count
