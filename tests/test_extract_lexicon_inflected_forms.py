"""Forms of target words the lexicon already holds, which its stems missed: the Ukrainian к/г -> ц/з of the dative and
locative ("у маршрутці", "по електричці", "у поліклініці", "у потязі", "на фабриці", "на заправці", "в автівці"),
the vowel put back or changed in the genitive plural ("кілька маршруток", "несколько электричек",
"котелень", "шкіл", "лікарень", "заправок", "легковушек", "детских площадок", "ферм"), plural endings a closed list
left out ("на рынках", "мостами", "у мості", "отелях"), and the standard shortenings of "торговый центр" ("ТЦ",
"ТРЦ"). Each form names the node its nominative names; other words of the same stem do not ("маршрут",
"маршрутизатор", "шкільний", "ТЦК"), nor a hospital where the wounded were taken ("госпіталізований в одну зі
столичних лікарень", b29-uk-06; "розвезли до кількох лікарень") or stay ("перебувають у стаціонарах міських лікарень",
review 44 D), as the guards of _claims keep "лікарні" out too; but patients in a hospital hit ("у лікарні перебували
пацієнти") still are."""

from __future__ import annotations

import pytest

from ceasewatch.extract import Extractor, _lexicon
from tests.test_extract import categories

PLAIN = Extractor()


def _kinds(text: str) -> list[str]:
    return sorted({t[2].value for t in _lexicon.find_targets(text, 0, len(text))})


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # Ukrainian dative and locative, к/г -> ц/з
        ("Вночі російські дрони завдали удару по маршрутці у Харкові.", "civilian.transport"),
        ("Після атаки російських дронів на електричці у Харкові спалахнула пожежа.", "civilian.transport"),
        ("Вночі російські дрони завдали удару по поліклініці у Харкові.", "civilian.medical"),
        ("Після атаки російських дронів на потязі у Харкові спалахнула пожежа.", "civilian.transport"),
        ("Після атаки російських дронів на фабриці у Харкові спалахнула пожежа.", "civilian.industry"),
        ("Після атаки російських дронів на заправці у Харкові спалахнула пожежа.", "civilian.other"),
        ("Російський дрон влучив в автівку у Харкові, в автівці загинув водій.", "civilian.transport"),
        ("Після атаки російських дронів на енергоблоці у Харкові спалахнула пожежа.", "energy.electricity.generation"),
        ("Після атаки російських дронів на синагозі у Харкові спалахнула пожежа.", "civilian.other"),
        # the genitive plural, its vowel put back or changed
        ("Внаслідок атаки російських дронів у Харкові пошкоджень зазнали кілька маршруток.", "civilian.transport"),
        (
            "В результате атаки украинских дронов в Белгороде повреждения получили несколько маршруток.",
            "civilian.transport",
        ),
        ("Внаслідок атаки російських дронів у Харкові пошкоджень зазнали кілька електричок.", "civilian.transport"),
        (
            "В результате атаки украинских дронов в Белгороде повреждения получили несколько электричек.",
            "civilian.transport",
        ),
        ("Внаслідок атаки російських дронів у Харкові пошкоджень зазнали кілька котелень.", "energy.heat"),
        ("Внаслідок атаки російських дронів у Харкові пошкоджень зазнали кілька шкіл.", "civilian.education"),
        ("Внаслідок атаки російських дронів у Харкові пошкоджень зазнали кілька лікарень.", "civilian.medical"),
        ("Внаслідок атаки російських дронів у Харкові пошкоджень зазнали кілька автівок.", "civilian.transport"),
        (
            "В результате атаки украинских дронов в Белгороде повреждения получили несколько легковушек.",
            "civilian.transport",
        ),
        # the standard shortenings of "торговый центр", "торговельний центр"
        ("Вночі російські дрони атакували ТЦ у Харкові.", "civilian.other"),
        ("Ночью украинские дроны атаковали ТРЦ в Белгороде.", "civilian.other"),
        # (not the draft office, "ТЦ та СП": review 44 D, M1)
        ("Росіяни вдарили по будівлі ТЦ та СП у Кривому Розі.", "civilian"),
    ],
)
def test_an_inflected_form_of_a_held_word_names_its_kind(text: str, category: str) -> None:
    assert categories(PLAIN, text) == [category]


@pytest.mark.parametrize(
    ("form", "category"),
    [
        *((f, "civilian.transport") for f in ("маршрутці", "маршруток", "електричці", "електричок", "электричек")),
        *((f, "civilian.transport") for f in ("потязі", "автівці", "автівок", "легковушек")),
        *((f, "civilian.transport") for f in ("мостам", "мостами", "мостах", "мості")),
        ("котелень", "energy.heat"),
        ("шкіл", "civilian.education"),
        ("лікарень", "civilian.medical"),
        ("поліклініці", "civilian.medical"),
        ("фабриці", "civilian.industry"),
        ("енергоблоці", "energy.electricity.generation"),
        *((f, "civilian.other") for f in ("заправці", "заправок", "синагозі", "ТЦ", "ТРЦ", "ферм")),
        *((f, "civilian.other") for f in ("рынком", "рынкам", "рынками", "рынках", "ринком", "ринкам", "ринках")),
        *((f, "civilian.other") for f in ("отелям", "отелями", "отелях")),
        ("детских площадок", "civilian.other"),
    ],
)
def test_every_form_reads_as_its_nominative(form: str, category: str) -> None:
    assert _kinds(f"Пошкоджено {form} у місті.") == [category]


@pytest.mark.parametrize(
    "text",
    [
        # other words of the same stem: a route, a router, a school adjective, the draft office
        "Пошкоджено маршрут у місті.",
        "Пошкоджено маршрутизатор у місті.",
        "Пошкоджено шкільний інвентар у місті.",  # (a school's stadium is a stadium since round 43)
        "Пошкоджено будівлю ТЦК у місті.",
        "Пошкоджено будівлю ТЦ та СП у місті.",  # the draft office's short form (review 44 D, M1)
        "Пошкоджено будівлю ТЦ і СП у місті.",
        "Повреждено здание ТЦ и СП в городе.",
        "Пошкоджено мостик у місті.",
        "Пошкоджено електричний щиток у місті.",
    ],
)
def test_a_word_sharing_the_stem_is_not_the_site(text: str) -> None:
    assert "civilian.transport" not in _kinds(text)
    assert "civilian.education" not in _kinds(text)
    assert "civilian.other" not in _kinds(text)


def test_a_hospital_in_the_genitive_plural_where_the_wounded_were_taken_is_not_hit() -> None:
    text = (
        "Вночі російські дрони атакували Харків, пошкоджено багатоповерхівку. Молодий хлопець у тяжкому стані "
        "госпіталізований в одну зі столичних лікарень."
    )
    assert "civilian.medical" not in categories(PLAIN, text)


@pytest.mark.parametrize(
    "text",
    [
        # where the wounded stay or were taken, in any form of "лікарня" (review 44 D, H2; b25-uk-09's wording)
        "Вночі росіяни атакували Київ. Поранено 12 людей, восьмеро з них наразі перебувають у стаціонарах міських "
        "лікарень.",
        "Росіяни атакували Київ: поранено 12 людей, восьмеро з них перебувають у стаціонарах міських лікарень.",
        "Вночі росіяни атакували Київ. Поранених розвезли до кількох лікарень міста.",
        "Вночі росіяни атакували Київ. Поранено 12 людей, вони перебувають у міській лікарні.",
        "Ночью ВСУ атаковали Белгород. Ранены пять человек, трое из них находятся в областной больнице.",
    ],
)
def test_a_hospital_where_the_wounded_stay_or_were_taken_is_not_hit(text: str) -> None:
    assert categories(PLAIN, text) == ["civilian"]


@pytest.mark.parametrize(
    "text",
    [
        # patients staying in the hospital hit, said after it: still the hospital
        "Росіяни атакували лікарню в Києві, у лікарні перебували пацієнти.",
        "Росіяни вдарили по Києву. У лікарні перебували пацієнти.",
    ],
)
def test_patients_in_the_hospital_hit_keep_it_hit(text: str) -> None:
    assert categories(PLAIN, text) == ["civilian.medical"]
