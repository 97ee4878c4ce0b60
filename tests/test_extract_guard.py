"""The guard of the extractor's patterns (``ceasewatch.extract._guard``): a look-ahead for the characters a match can
begin with, which must leave every match as it was. Short texts and patterns written for these tests."""

from __future__ import annotations

import re

import pytest

import ceasewatch.extract as extract_package
from ceasewatch.extract import _actors, _claims, _guard, _lexicon, _places, _time
from ceasewatch.extract._guard import guarded

_TEXTS = (
    "В ночь на 19 марта ВСУ атаковали подстанцию «Суджа» в Курской области, — сообщили в Минобороны России.",
    "Ukraine's General Staff said Russian drones struck Kyiv at 03:40; the Kremlin denied it. KYIV, Mar 5 (Reuters)",
    "Унаслідок атаки пошкоджено об'єкт енергетики в Сумах. Ǆ ſ K İ ﬀ 12.03.2025 — 2025-03-12",
)


@pytest.mark.parametrize(
    ("source", "flags"),
    [
        (r"(?<!\w)(?:в|во|у|in)\s+(?P<m>март\w*|march)", re.I),  # a look-behind, then a group
        (r"(?:(?P<pre>около|at)\s*)?(?<![\d.])(?P<h>[01]?\d|2[0-3])[.:](?P<min>[0-5]\d)", re.I),  # optional prefix
        (r"(?-i:\bМосква|\bКремль)\s+\w+|kremlin|[А-ЯЁ][а-я]+ска", re.I),  # case-sensitive parts, ranges
        (r"\bs\w+|k\w*", re.I),  # letters that other characters fold to (ſ, K)
        (r"\d{2}\.\d{2}\.\d{4}|\s—\s", 0),  # categories
        (r"[А-ЯЁ][а-яё]+|(?i:kyiv|київ)", 0),  # capitals read exactly, a part that ignores case
    ],
)
def test_a_guard_leaves_every_match_as_it_was(source: str, flags: int) -> None:
    pattern = re.compile(source, flags)
    guard = guarded(pattern)
    assert guard is not pattern
    for text in _TEXTS:
        for start in range(0, len(text), 7):
            for end in (start + 15, len(text)):
                want = [(m.span(), m.groupdict()) for m in pattern.finditer(text, start, end)]
                assert [(m.span(), m.groupdict()) for m in guard.finditer(text, start, end)] == want


@pytest.mark.parametrize("source", [r"(?:abc)?", r".+x", r"[^a]b", r"\Wz", r"(?x)a # comment"])
def test_no_guard_where_a_match_may_begin_with_anything_or_be_empty(source: str) -> None:
    pattern = re.compile(source)
    assert guarded(pattern) is pattern


def test_the_modules_patterns_are_guarded() -> None:
    for module in (_actors, _claims, _lexicon, _places, _time):
        patterns = [v for v in vars(module).values() if isinstance(v, re.Pattern)]
        assert sum(p.pattern.startswith("(?=(?") for p in patterns) > len(patterns) // 2
    assert all(e.pattern.pattern.startswith("(?=(?") for e in _lexicon.TARGETS)


def test_a_pattern_is_guarded_once() -> None:
    # the tuples of _claims hold the lexicon's entries, guarded already: one look-ahead, not two
    for pattern in _claims._OUTCOME + _claims._GENERIC:
        assert pattern.pattern.count("(?=(?") == 1
    guard = guarded(re.compile(r"подстанци\w*|substation", re.I))
    assert guarded(guard) is guard


@pytest.mark.parametrize(
    "pattern",
    [
        re.compile("(?i)abc"),  # a global inline flag: the look-ahead cannot go before it
        re.compile(rb"abc|def"),  # bytes
        re.compile("(?s)a.c|b"),
    ],
)
def test_a_pattern_the_guard_cannot_take_is_left_as_it_is(pattern: re.Pattern[str]) -> None:
    assert guarded(pattern) is pattern


def test_a_parser_that_moved_leaves_the_pattern_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    # a later Python renaming an op code of re._parser: no guard, no error
    monkeypatch.delattr(_guard._p, "POSSESSIVE_REPEAT")
    pattern = re.compile(r"(?:подстанци\w*|substation)+", re.I)
    assert guarded(pattern) is pattern


_SUBJECTS = (
    "Ночью российские дроны",
    "ВСУ",
    "Вночі російські ракети",
    "ЗСУ",
    "Russian drones",
    "Ukrainian forces",
    "Армия РФ",
    "Окупанти",
)
_VERBS = ("атаковали", "ударили по", "атакували", "вдарили по", "struck", "hit", "shelled", "повредили")
_OBJECTS = (
    "подстанцию «Суджа» в Курской области",
    "ТЭЦ в Харькове",
    "нафтобазу у Києві",
    "підстанцію в Сумах",
    "an oil refinery in Tuapse",
    "the port of Odesa",
    "a thermal power plant near Kyiv",
    "энергетическую инфраструктуру Белгорода",
)
_TAILS = (
    ", сообщили в Минобороны России 19 марта.",
    " — повідомив Генштаб ЗСУ о 03:40.",
    ", the governor said on Monday night; the Kremlin denied it.",
    ". Погибших нет, повреждены 2 жилых дома и ЛЭП 110 кВ.",
    ", 12.03.2025 — repeatedly, after repeated strikes, for months.",
)


def _sentences() -> list[str]:
    out = []
    for i, subject in enumerate(_SUBJECTS):
        for j, verb in enumerate(_VERBS):
            for k, target in enumerate(_OBJECTS):
                if (i + j + k) % 3 == 0:
                    out.append(f"{subject} {verb} {target}{_TAILS[(i * 7 + j * 3 + k) % len(_TAILS)]}")
    return out


def test_every_module_pattern_finds_what_it_found_unguarded() -> None:
    texts = _sentences()
    assert len(texts) > 150
    joined = " ".join(texts)
    patterns = {id(e.pattern): e.pattern for e in _lexicon.TARGETS}
    for module in vars(extract_package).values():
        if not isinstance(module, type(re)) or not module.__name__.startswith("ceasewatch.extract."):
            continue
        for value in vars(module).values():
            for pattern in value if isinstance(value, tuple) else (value,):
                if isinstance(pattern, re.Pattern):
                    patterns[id(pattern)] = pattern
    checked = 0
    for guard in patterns.values():
        source = _guard._SOURCE.get(guard)
        if source is None:
            continue
        checked += 1
        for text in [*texts, joined]:
            want = [(m.span(), m.groups()) for m in source.finditer(text)]
            assert [(m.span(), m.groups()) for m in guard.finditer(text)] == want, (guard.pattern, text)
            if want:
                assert bool(guard.match(text, want[0][0][0])) == bool(source.match(text, want[0][0][0]))
    assert checked > 300


def test_no_pattern_of_any_extract_module_holds_a_control_character() -> None:
    # all 8 modules that compile patterns, and the patterns and fragments kept in tuples, lists and dicts (L2)
    import re

    from ceasewatch.extract import _guard, _language, _segment

    control = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

    def texts(value: object, depth: int = 0) -> list[str]:
        if isinstance(value, re.Pattern):
            return [value.pattern] if isinstance(value.pattern, str) else []
        if isinstance(value, str):
            return [value]
        if depth < 3 and isinstance(value, (tuple, list, frozenset, set)):
            return [t for v in value for t in texts(v, depth + 1)]
        if depth < 3 and isinstance(value, dict):
            return [t for kv in value.items() for v in kv for t in texts(v, depth + 1)]
        if depth < 3 and hasattr(value, "pattern") and isinstance(value.pattern, re.Pattern):
            return texts(value.pattern, depth + 1)
        return []

    checked = 0
    for module in (_actors, _claims, _guard, _language, _lexicon, _places, _segment, _time):
        for name, value in vars(module).items():
            for text in texts(value):
                checked += 1
                assert not control.search(text), f"{module.__name__}.{name}"
    assert checked > 1000
