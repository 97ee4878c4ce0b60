"""The agreement language: bad files get errors naming the file, line and field; the schema is a real JSON Schema."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest

from ceasewatch.agreements import agreement_schema, load_agreement, load_agreements, parse_agreement
from ceasewatch.agreements._yaml import load_with_lines
from ceasewatch.errors import AgreementError, CeasewatchError
from tests.common import TOY_AGREEMENT


def line_of(text: str, fragment: str) -> int:
    """The 1-based line of the first occurrence of ``fragment`` in ``text``."""
    return text[: text.index(fragment)].count("\n") + 1


def broken(old: str, new: str) -> str:
    assert old in TOY_AGREEMENT, old
    return TOY_AGREEMENT.replace(old, new, 1)


CASES = [
    # (id, text, field, expected words in the message or expectation, fragment marking the line)
    (
        "wrong type",
        broken("coverage: partial", "coverage: [partial]"),
        "coverage",
        "one of 'partial' or 'comprehensive'",
        "coverage:",
    ),
    (
        "unknown category",
        broken("energy.oil.refinery,", "energy.oil.refinary,"),
        "readings.0.scope.targets.include.0",
        "did you mean energy.oil.refinery",
        "energy.oil.refinary",
    ),
    (
        "time without a time zone",
        broken('end: "2025-04-18T00:00:00+03:00"', 'end: "2025-04-18T00:00:00"'),
        "readings.0.window.end",
        "time zone",
        'end: "2025-04-18T00:00:00"',
    ),
    (
        "window ends before it starts",
        broken('end: "2025-04-18T00:00:00+03:00"', 'end: "2025-03-01T00:00:00+03:00"'),
        "readings.0.window",
        "before it starts",
        "window:",
    ),
    (
        "reading of a party that is not a party",
        broken("  - id: UKR\n    party: UKR", "  - id: UKR\n    party: POL"),
        "readings.1.party",
        "not a party",
        "party: POL",
    ),
    (
        "binding of a party that is not a party",
        broken("{party: UKR, start:", "{party: BLR, start:"),
        "readings.0.binds.1.party",
        "BLR, which is not a party",
        "party: BLR",
    ),
    (
        "unknown field",
        broken("coverage: partial", "coverage: partial\ncolour: blue"),
        "colour",
        "documented fields",
        "colour:",
    ),
    (
        "unknown named zone",
        broken(
            "targets: {include: [energy]",
            "zones: {include: [{name: atlantis}]}\n      targets: {include: [energy]",
        ),
        "readings.1.scope.zones.include.0",
        "unknown named zone 'atlantis'",
        "zones:",
    ),
    (
        "duration of variable length",
        broken("duration: P24D", "duration: P1M"),
        "readings.1.window.duration",
        "months and years vary in length",
        "duration: P1M",
    ),
    (
        "duration not in ISO 8601",
        broken("duration: P24D", "duration: 30 days"),
        "readings.1.window.duration",
        "not an ISO 8601 duration",
        "duration: 30 days",
    ),
    (
        "party listed twice",
        broken("  - party: USA\n    role: mediator", "  - party: UKR\n    role: mediator"),
        "parties",
        "party 'UKR' is listed twice (entries 1 and 2)",
        "  - party: RUS",
    ),
    (
        "missing sources",
        broken('    sources: [{url: "https://example.org/ukr-reading"}]\n', ""),
        "readings.1.sources",
        "required",
        "  - id: UKR",
    ),
]


@pytest.mark.parametrize(("text", "field", "words", "fragment"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_invalid_agreement_error_names_file_line_and_field(text: str, field: str, words: str, fragment: str) -> None:
    with pytest.raises(AgreementError) as caught:
        parse_agreement(text, "broken.yaml")
    error = caught.value
    assert error.file == "broken.yaml"
    assert error.field == field
    assert words in str(error)
    assert error.line == line_of(text, fragment)


def test_bad_yaml_names_the_line() -> None:
    text = TOY_AGREEMENT.replace("title: A toy", "title: [A toy", 1)
    with pytest.raises(AgreementError) as caught:
        parse_agreement(text, "bad.yaml")
    assert caught.value.file == "bad.yaml" and caught.value.line is not None
    assert "not valid YAML" in str(caught.value)


def test_duplicate_key_is_an_error() -> None:
    with pytest.raises(AgreementError, match="appears twice") as caught:
        parse_agreement(TOY_AGREEMENT.replace("coverage: partial", "coverage: partial\ncoverage: partial"), "d.yaml")
    assert (caught.value.file, caught.value.line) == ("d.yaml", 4)


def test_invalid_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes(TOY_AGREEMENT.replace("A toy", "A t\xf6y").encode("latin-1"))
    with pytest.raises(AgreementError, match="invalid UTF-8") as caught:
        load_agreement(path)
    assert caught.value.line == 2


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(CeasewatchError, match="no such file"):
        load_agreements(tmp_path / "nope.yaml")


def test_timestamps_keep_their_time_zone() -> None:
    data, lines = load_with_lines("at: 2025-03-18T00:00:00+03:00\n", "t.yaml")
    assert data == {"at": "2025-03-18T00:00:00+03:00"}
    assert lines[("at",)] == 1
    agreement = parse_agreement(TOY_AGREEMENT)
    reading = agreement.reading("RUS")
    assert reading is not None
    assert reading.window.start.isoformat() == "2025-03-17T21:00:00+00:00"


def test_duration_gives_the_window_end() -> None:
    reading = parse_agreement(TOY_AGREEMENT).reading("UKR")
    assert reading is not None and reading.window.stop is not None
    assert reading.window.stop.isoformat() == "2025-04-17T22:00:00+00:00"


def test_schema_is_valid_draft_2020_12_and_accepts_the_toy_agreement() -> None:
    schema = agreement_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    data, _ = load_with_lines(TOY_AGREEMENT, "toy.yaml")
    jsonschema.Draft202012Validator(schema).validate(data)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("coverage: partial", "coverage: total"),
        ("energy.oil.refinery,", "energy.oil.refinary,"),
        ("party: RUS\n    window", "party: russia\n    window"),
    ],
)
def test_schema_rejects_what_the_loader_rejects(old: str, new: str) -> None:
    data, _ = load_with_lines(broken(old, new), "b.yaml")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(agreement_schema()).validate(data)
    with pytest.raises(AgreementError):
        parse_agreement(broken(old, new))


def test_bundled_agreements_are_valid_against_loader_and_schema() -> None:
    agreements = load_agreements()
    assert {a.id for a in agreements} >= {"energy-moratorium-2025", "black-sea-2025", "full-ceasefire-proposal-2025"}
    validator = jsonschema.Draft202012Validator(agreement_schema())
    from ceasewatch.agreements import agreement_files

    for file in agreement_files():
        data, _ = load_with_lines(file.read_text(encoding="utf-8"), str(file))
        validator.validate(data)
