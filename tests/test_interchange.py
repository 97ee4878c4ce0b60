"""The reports and claims interchange: JSON Lines and CSV in, JSON Lines out, and errors that say where and what."""

from __future__ import annotations

import io
import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from ceasewatch.errors import InputError, ReportError
from ceasewatch.model import Claim, Report
from ceasewatch.sources import CSV_COLUMNS, Rejected, read_claims, read_reports, write_jsonl

DATA = Path(__file__).parent / "data"
DOCS = Path(__file__).parent.parent / "docs"

HEADER = "id,published_at,source.name,source.affiliation,text"
CLAIM_HEADER = (
    "id,published_at,source.name,source.affiliation,claim.time.earliest,claim.time.latest,claim.time.precision,"
    "claim.place.name,claim.target.category"
)


def report(**changes: Any) -> dict[str, Any]:
    """A valid report object, with ``changes`` applied (``None`` removes a key)."""
    base: dict[str, Any] = {
        "id": "r1",
        "published_at": "2025-03-19T10:00:00+03:00",
        "source": {"name": "Monitor", "affiliation": "monitor"},
        "text": "A substation was hit.",
    }
    base.update(changes)
    return {key: value for key, value in base.items() if value is not None}


def claim_draft(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "time": {"earliest": "2025-03-19T00:00:00Z", "latest": "2025-03-19T06:00:00Z", "precision": "night"},
        "place": {"name": "Kherson", "country": "UKR"},
        "target": {"category": "energy.electricity.substation"},
    }
    base.update(changes)
    return base


def jsonl(*lines: dict[str, Any] | str | bytes) -> bytes:
    """JSON Lines bytes: dicts as compact JSON, strings and bytes as they are."""
    out = []
    for line in lines:
        if isinstance(line, dict):
            out.append(json.dumps(line, ensure_ascii=False).encode())
        elif isinstance(line, str):
            out.append(line.encode())
        else:
            out.append(line)
    return b"\n".join(out) + b"\n"


def first_error(data: bytes, **options: Any) -> ReportError:
    with pytest.raises(ReportError) as caught:
        list(read_reports(io.BytesIO(data), name="in", **options))
    return caught.value


# -- valid input ------------------------------------------------------------------------------------------------------


def test_valid_jsonl() -> None:
    reports = list(read_reports(DATA / "reports_ok.jsonl"))
    assert [r.id for r in reports if isinstance(r, Report)] == [
        "mod-ru-2025-03-19-1",
        "gs-ua-2025-03-20-1",
        "monitor-2025-03-21",
    ]
    first, second, third = reports
    assert isinstance(first, Report) and isinstance(second, Report) and isinstance(third, Report)
    assert first.published_at == datetime(2025, 3, 19, 11, 5, tzinfo=UTC)
    assert first.claims[0].target.category == "energy.oil.pumping_station"
    assert first.claims[0].place.radius_km == 2.0
    assert [c.stance for c in second.claims] == ["denial", "accusation"]
    assert second.source.name == "Генштаб ЗСУ"
    assert third.claims == () and third.text is not None and "\n" in third.text


def test_csv_gives_the_same_reports_as_jsonl() -> None:
    assert list(read_reports(DATA / "reports_ok.csv")) == list(read_reports(DATA / "reports_ok.jsonl"))


def test_csv_empty_cells_are_missing_values() -> None:
    data = f"{HEADER},title,source.party\nr1,2025-03-19T10:00:00Z,Monitor,monitor,Text,,\n".encode()
    (only,) = read_reports(io.BytesIO(data), format="csv")
    assert isinstance(only, Report)
    assert only.title is None and only.source.party is None and only.claims == ()


# -- errors, one table ------------------------------------------------------------------------------------------------

BAD_UTF8 = b"caf\xe9"
NAIVE_TIME = {"earliest": "2025-03-19T00:00:00", "latest": "2025-03-19T01:00:00Z", "precision": "hour"}

ERROR_CASES: list[tuple[str, bytes, str, int, str | None, str | None, str, str]] = [
    # name, input, format, line, record, field, in expected, in message
    (
        "naive datetime",
        jsonl(report(), report(id="r2", published_at="2025-03-19T10:00:00")),
        "jsonl",
        2,
        "r2",
        "published_at",
        "a time zone",
        "timezone",
    ),
    (
        "unknown category",
        jsonl(report(claims=[claim_draft(target={"category": "energy.oil.refinry"})])),
        "jsonl",
        1,
        "r1",
        "claims.0.target.category",
        "did you mean energy.oil.refinery",
        "unknown target category",
    ),
    (
        "naive claim time",
        jsonl(report(claims=[claim_draft(), claim_draft(time=NAIVE_TIME)])),
        "jsonl",
        1,
        "r1",
        "claims.1.time.earliest",
        "a time zone",
        "timezone",
    ),
    (
        "invalid UTF-8 on line 3",
        jsonl(report(), report(id="r2"), b'{"id": "' + BAD_UTF8 + b'"}'),
        "jsonl",
        3,
        None,
        None,
        "UTF-8 text",
        "byte 11 of the line (0xe9)",
    ),
    ("bad JSON", jsonl(report(), '{"id": "r2", "text": }'), "jsonl", 2, None, None, "one JSON object", "column 22"),
    ("JSON array", jsonl("[1, 2]"), "jsonl", 1, None, None, "one JSON object", "JSON list"),
    ("duplicate key", jsonl('{"id": "a", "id": "b"}'), "jsonl", 1, None, None, "unique keys", "'id' appears twice"),
    ("NaN", jsonl('{"id": "r1", "confidence": NaN}'), "jsonl", 1, None, None, "a finite number", "NaN"),
    (
        "missing text and claims",
        jsonl(report(text=None)),
        "jsonl",
        1,
        "r1",
        None,
        "",
        "a report needs 'text' or 'claims'",
    ),
    ("missing source", jsonl(report(source=None)), "jsonl", 1, "r1", "source", "a value", "field required"),
    (
        "bad literal",
        jsonl(report(source={"name": "M", "affiliation": "ngo"})),
        "jsonl",
        1,
        "r1",
        "source.affiliation",
        "one of 'party_official'",
        "got 'ngo'",
    ),
    (
        "bad stance",
        jsonl(report(claims=[claim_draft(stance="claim")])),
        "jsonl",
        1,
        "r1",
        "claims.0.stance",
        "'accusation', 'denial', 'admission' or 'observation'",
        "got 'claim'",
    ),
    (
        "bad number",
        jsonl(report(claims=[claim_draft(place={"lat": "north", "lon": 30})])),
        "jsonl",
        1,
        "r1",
        "claims.0.place.lat",
        "a number",
        "got 'north'",
    ),
    ("id not text", jsonl(report(id=7)), "jsonl", 1, None, "id", "text", "got 7"),
    (
        "party code",
        jsonl(report(source={"name": "M", "affiliation": "monitor", "party": "ru"})),
        "jsonl",
        1,
        "r1",
        "source.party",
        "ISO 3166-1 alpha-3",
        "got 'ru'",
    ),
    (
        "unknown field",
        jsonl(report(colour="red")),
        "jsonl",
        1,
        "r1",
        "colour",
        "only the documented fields",
        "Extra inputs",
    ),
    (
        "confidence range",
        jsonl(report(claims=[claim_draft(confidence=2)])),
        "jsonl",
        1,
        "r1",
        "claims.0.confidence",
        "a number at most 1",
        "got 2",
    ),
    (
        "CSV naive datetime",
        f"{HEADER}\nr1,2025-03-19T10:00:00Z,M,monitor,t\nr2,2025-03-19T10:00:00,M,monitor,t\n".encode(),
        "csv",
        3,
        "r2",
        "published_at",
        "a time zone",
        "timezone",
    ),
    (
        "CSV claim on its own row",
        f"{CLAIM_HEADER}\nr1,2025-03-19T10:00:00Z,M,monitor,2025-03-19T00:00:00Z,2025-03-19T01:00:00Z,hour,Sumy,"
        "energy\nr1,,,,2025-03-19T00:00:00Z,2025-03-19T01:00:00Z,hour,Sumy,energy.gas.pipe\n".encode(),
        "csv",
        3,
        "r1",
        "claim.target.category",
        "did you mean energy.gas.pipeline",
        "unknown target category",
    ),
    (
        "CSV invalid UTF-8 on line 3",
        f"{HEADER}\nr1,2025-03-19T10:00:00Z,M,monitor,t\n".encode()
        + b"r2,2025-03-19T10:00:00Z,M,monitor,"
        + BAD_UTF8
        + b"\n",
        "csv",
        3,
        None,
        None,
        "UTF-8 text",
        "byte 37",
    ),
    (
        "CSV line count after a quoted newline",
        f'{HEADER}\nr1,2025-03-19T10:00:00Z,M,monitor,"two\nlines"\nr2,2025-03-19,M,monitor,t\n'.encode(),
        "csv",
        4,
        "r2",
        "published_at",
        "a time zone",
        "timezone",
    ),
    (
        "CSV cell count",
        f"{HEADER}\nr1,2025-03-19T10:00:00Z,M,monitor,t,extra\n".encode(),
        "csv",
        2,
        None,
        None,
        "CSV rows of 5 cells",
        "6 cells",
    ),
    (
        "CSV continuation disagrees",
        f"{CLAIM_HEADER}\nr1,2025-03-19T10:00:00Z,M,monitor,2025-03-19T00:00:00Z,2025-03-19T01:00:00Z,hour,Sumy,"
        "energy\nr1,2025-03-20T10:00:00Z,,,2025-03-19T00:00:00Z,2025-03-19T01:00:00Z,hour,Sumy,energy\n".encode(),
        "csv",
        3,
        "r1",
        "published_at",
        "the same value as line 2",
        "continues report 'r1'",
    ),
    (
        "CSV missing text and claims",
        f"{HEADER}\nr1,2025-03-19T10:00:00Z,M,monitor,\n".encode(),
        "csv",
        2,
        "r1",
        None,
        "",
        "a report needs 'text' or 'claims'",
    ),
]


@pytest.mark.parametrize(
    ("data", "fmt", "line", "record", "field", "expected", "message"),
    [pytest.param(*case[1:], id=case[0]) for case in ERROR_CASES],
)
def test_bad_record_error(
    data: bytes, fmt: str, line: int, record: str | None, field: str | None, expected: str, message: str
) -> None:
    error = first_error(data, format=fmt)
    assert (error.file, error.line, error.record, error.field) == ("in", line, record, field)
    assert expected in (error.expected or ""), error.expected
    assert message in error.message, error.message
    assert str(error).startswith(f"in:{line}")


def test_errors_wrap_their_cause() -> None:
    assert isinstance(first_error(jsonl(report(text=None))).__cause__, ValidationError)
    assert isinstance(first_error(jsonl("{")).__cause__, json.JSONDecodeError)
    assert isinstance(first_error(BAD_UTF8).__cause__, UnicodeDecodeError)


def test_several_errors_in_one_record_are_counted() -> None:
    error = first_error(jsonl(report(published_at="x", source={"name": "", "affiliation": "?"})))
    assert error.field == "published_at"
    assert "and 2 more errors in this record" in error.message


# -- line size --------------------------------------------------------------------------------------------------------


def test_ten_megabyte_line_is_refused() -> None:
    huge = jsonl(report(text="x" * (10 * 1024 * 1024)))
    items = list(read_reports(io.BytesIO(huge + jsonl(report(id="r2"))), name="big", on_error="collect"))
    assert isinstance(items[0], Rejected) and isinstance(items[1], Report)
    error = items[0].error
    assert (error.file, error.line, items[1].id) == ("big", 1, "r2")
    assert f"{len(huge) - 1:,} bytes long" in error.message
    assert "limit of 8,388,608 bytes" in error.message
    assert len(items[0].raw) == 1024
    with pytest.raises(ReportError, match="over the limit"):
        list(read_reports(io.BytesIO(huge)))


@pytest.mark.parametrize(
    ("line", "ending", "ok"),
    [
        ("x" * 100, b"\n", True),
        ("x" * 100, b"\r\n", True),
        ("x" * 100, b"", True),
        ("x" * 101, b"\n", False),
        ("x" * 101, b"\r\n", False),
        ("x" * 101, b"", False),
    ],
)
def test_line_size_limit_excludes_the_line_ending(line: str, ending: bytes, ok: bool) -> None:
    """A line of exactly the limit is read; one byte more is refused, and the next line keeps its number."""
    data = line.encode() + ending + (b"{}" + ending if ending else b"")
    items = list(read_reports(io.BytesIO(data), format="jsonl", on_error="collect", max_line_bytes=100))
    assert all(isinstance(item, Rejected) for item in items)
    shape = [(item.line, "over the limit" in item.error.message) for item in items if isinstance(item, Rejected)]
    assert shape == [(1, not ok), (2, False)][: 2 if ending else 1]


# -- collect mode -----------------------------------------------------------------------------------------------------


def test_collect_yields_good_reports_and_rejects_in_order() -> None:
    data = jsonl(report(id="a"), "", "not json", report(id="b"), report(id="c", text=None), b"\xff", report(id="d"))
    items = list(read_reports(io.BytesIO(data), on_error="collect"))
    shape = [(item.line, item.raw) if isinstance(item, Rejected) else item.id for item in items]
    assert shape == ["a", (3, "not json"), "b", (5, json.dumps(report(id="c", text=None))), (6, "\\xff"), "d"]
    assert all(item.error.line == item.line for item in items if isinstance(item, Rejected))


def test_collect_csv_rejects_carry_their_rows() -> None:
    good = "2025-03-19T10:00:00Z,M,monitor,t"
    data = f'{HEADER}\nr1,{good}\nr2,bad,M,monitor,"a\nb"\nr3,{good}\n'
    items = list(read_reports(io.BytesIO(data.encode()), format="csv", on_error="collect"))
    assert [item.id if isinstance(item, Report) else (item.line, item.raw) for item in items] == [
        "r1",
        (3, 'r2,bad,M,monitor,"a\nb"'),
        "r3",
    ]


def test_raise_mode_stops_at_the_first_bad_record() -> None:
    reader = read_reports(io.BytesIO(jsonl(report(id="a"), "{", report(id="b"))))
    good = next(reader)
    assert isinstance(good, Report) and good.id == "a"
    with pytest.raises(ReportError):
        next(reader)


# -- CSV headers ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "field", "message"),
    [
        (f"{HEADER},colour", "colour", "unknown column 'colour'"),
        (f"{HEADER},claim.target", "claim.target", "did you mean 'claim.target.name'"),
        (f"{HEADER},text", "text", "appears twice"),
        ("id,published_at,source.name,text", None, "lacks the column(s) source.affiliation"),
    ],
)
def test_bad_csv_header(header: str, field: str | None, message: str) -> None:
    error = first_error(f"{header}\n".encode(), format="csv", on_error="collect")
    assert (error.line, error.field) == (1, field)
    assert message in error.message
    if "unknown" in message:
        assert error.expected is not None and "claim.target.category" in error.expected


def test_csv_columns_cover_the_models() -> None:
    assert set(CSV_COLUMNS) >= {f"source.{name}" for name in Report.model_fields["source"].annotation.model_fields}  # type: ignore[union-attr]
    assert {c.removeprefix("claim.").split(".")[0] for c in CSV_COLUMNS if c.startswith("claim.")} == set(
        Claim.model_fields
    ) - {"id", "report_id"}


# -- sources and formats ----------------------------------------------------------------------------------------------


def test_stdin_as_a_byte_stream(monkeypatch: pytest.MonkeyPatch) -> None:
    data = jsonl(report(), report(id="r2", published_at="2025-03-19"))
    assert [r.id for r in read_reports(io.BytesIO(data), on_error="collect") if isinstance(r, Report)] == ["r1"]

    class Stdin:
        buffer = io.BytesIO(data)

    monkeypatch.setattr("sys.stdin", Stdin())
    with pytest.raises(ReportError) as caught:
        list(read_reports("-"))
    assert str(caught.value).startswith("<stdin>:2, record r2, field 'published_at'")


@pytest.mark.parametrize(
    ("filename", "content"),
    [
        ("r.jsonl", "jsonl"),
        ("r.ndjson", "jsonl"),
        ("r.json", "jsonl"),
        ("r.csv", "csv"),
        ("r.txt", "jsonl"),
        ("r.txt", "csv"),
        ("r", "bom+blank+jsonl"),
        ("r", "bom+csv"),
    ],
)
def test_auto_format(tmp_path: Path, filename: str, content: str) -> None:
    source = (DATA / "reports_ok.csv") if content.endswith("csv") else (DATA / "reports_ok.jsonl")
    body = source.read_bytes()
    if "blank" in content:
        body = b"\n  \n" + body
    if "bom" in content:
        body = b"\xef\xbb\xbf" + body
    path = tmp_path / filename
    path.write_bytes(body)
    assert list(read_reports(path)) == list(read_reports(DATA / "reports_ok.jsonl"))
    assert list(read_reports(str(path))) == list(read_reports(io.BytesIO(body)))


def test_suffix_wins_over_content(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_bytes(jsonl(report()))
    with pytest.raises(ReportError, match="unknown column"):
        list(read_reports(path))


def test_empty_input() -> None:
    assert list(read_reports(io.BytesIO(b""))) == []
    assert list(read_reports(io.BytesIO(b"\n\n"), format="csv")) == []
    assert list(read_claims(io.BytesIO(b""))) == []


def test_missing_file_names_the_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.jsonl"
    with pytest.raises(ReportError) as caught:
        list(read_reports(missing))
    assert caught.value.file == str(missing) and "cannot open" in caught.value.message


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"format": "xml"}, "format must be one of 'auto', 'jsonl', 'csv'"),
        ({"on_error": "skip"}, "on_error must be one of 'raise', 'collect'"),
        ({"max_line_bytes": 0}, "max_line_bytes must be at least 1"),
    ],
)
def test_options_are_checked_up_front(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        read_reports("does-not-matter.jsonl", **options)


def test_claims_are_not_read_from_csv() -> None:
    with pytest.raises(ValueError, match="'auto', 'jsonl'"):
        read_claims("c.jsonl", format="csv")  # type: ignore[arg-type]
    with pytest.raises(ReportError, match="JSON Lines, not CSV"):
        read_claims("c.csv")


# -- claims and writing -----------------------------------------------------------------------------------------------


def all_claims() -> list[Claim]:
    return [c for r in read_reports(DATA / "reports_ok.jsonl") if isinstance(r, Report) for c in r.claim_objects()]


def test_round_trip_write_jsonl_read_claims() -> None:
    claims = all_claims()
    out = io.StringIO()
    assert write_jsonl(claims, out) == 3
    assert list(read_claims(io.BytesIO(out.getvalue().encode()))) == claims


def test_write_jsonl_is_deterministic_compact_and_in_model_order() -> None:
    reports = list(read_reports(DATA / "reports_ok.jsonl"))
    first, second = io.StringIO(), io.StringIO()
    write_jsonl(reports, first)  # type: ignore[arg-type]
    write_jsonl(reports, second)  # type: ignore[arg-type]
    text = first.getvalue()
    assert text == second.getvalue()
    lines = text.splitlines()
    assert len(lines) == 3 and text.endswith("\n")
    assert "Генштаб ЗСУ" in text and ", " not in lines[0].split('"text"')[0]
    assert list(json.loads(lines[0])) == list(Report.model_fields)
    assert json.loads(lines[0])["published_at"] == "2025-03-19T11:05:00Z"


def test_claim_errors_name_the_claim() -> None:
    claim = all_claims()[0].model_dump(mode="json")
    bad = {**claim, "id": "c9", "report_id": None}
    with pytest.raises(ReportError) as caught:
        list(read_claims(io.BytesIO(jsonl(claim, bad)), name="claims.jsonl"))
    assert str(caught.value).startswith("claims.jsonl:2, record c9, field 'report_id'")


# -- the public surface and the published schemas ---------------------------------------------------------------------


def test_report_errors_are_input_errors() -> None:
    assert issubclass(ReportError, InputError)


@pytest.mark.parametrize(("model", "filename"), [(Report, "report.schema.json"), (Claim, "claim.schema.json")])
def test_committed_schemas_match_the_models(model: type[BaseModel], filename: str) -> None:
    """Run with CEASEWATCH_UPDATE_SCHEMAS=1 to rewrite docs/schema/ after a model change."""
    path = DOCS / "schema" / filename
    expected = json.dumps(model.model_json_schema(), indent=2, ensure_ascii=False) + "\n"
    if os.environ.get("CEASEWATCH_UPDATE_SCHEMAS"):
        path.write_text(expected, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == expected


@pytest.mark.parametrize("language", ["json", "csv"])
def test_docs_examples_are_valid(language: str) -> None:
    text = (DOCS / "interchange.md").read_text(encoding="utf-8")
    example = text.split(f"```{language}\n", 1)[1].split("```", 1)[0]
    reports = list(read_reports(io.BytesIO(example.encode()), format="jsonl" if language == "json" else "csv"))
    assert reports and all(isinstance(r, Report) and r.claims for r in reports)


def test_docs_list_every_csv_column() -> None:
    text = (DOCS / "interchange.md").read_text(encoding="utf-8")
    missing = [column for column in CSV_COLUMNS if f"`{column}`" not in text]
    assert missing == []
