"""The command line, in process: exit codes, clear errors, and a store left unchanged by bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ceasewatch.cli import app
from ceasewatch.store import Store
from tests.common import TOY_AGREEMENT, claim

DATA = Path(__file__).parent / "data"


@pytest.fixture
def db(tmp_path: Path) -> str:
    """A fresh store, made with 'ceasewatch init'."""
    path = str(tmp_path / "cw.db")
    assert run("init", "--db", path)[0] == 0
    return path


def run(*args: str, input: str | bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


def test_no_arguments_is_usage_with_exit_code_2() -> None:
    code, _, _ = run()
    assert code == 2
    code, _, err = run("agreements", "validate", "--no-such-flag")
    assert code == 2 and "No such option" in err


def test_validate_and_list_work_on_the_bundled_agreements_with_no_file() -> None:
    code, out, _ = run("agreements", "validate")
    assert code == 0
    assert out.count("ok  ") >= 3
    code, out, _ = run("agreements", "list")
    assert code == 0 and "energy-moratorium-2025" in out and "black-sea-2025" in out


def test_validate_bad_file_prints_file_line_field_and_exits_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(TOY_AGREEMENT.replace("energy.oil.refinery,", "energy.oil.refinary,"), encoding="utf-8")
    code, _, err = run("agreements", "validate", str(bad))
    assert code == 1
    assert f"{bad}:" in err and "readings.0.scope.targets.include.0" in err and "energy.oil.refinery" in err


def test_schema_is_json() -> None:
    code, out, _ = run("agreements", "schema")
    assert code == 0 and json.loads(out)["$schema"].startswith("https://json-schema.org/")


def test_show_prints_every_reading_and_unknown_id_exits_1() -> None:
    code, out, _ = run("agreements", "show", "energy-moratorium-2025")
    assert code == 0 and "reading RUS" in out and "reading UKR" in out and "reading USA" in out
    code, _, err = run("agreements", "show", "nope")
    assert code == 1 and "no agreement 'nope'" in err


def test_init_load_add_status(db: str) -> None:
    assert run("init", "--db", db)[0] == 0
    code, out, _ = run("agreements", "load", "--db", db)
    assert code == 0 and "loaded  energy-moratorium-2025" in out
    assert "unchanged  energy-moratorium-2025" in run("agreements", "load", "--db", db)[1]
    code, out, _ = run("reports", "add", str(DATA / "reports_ok.jsonl"), "--db", db)
    assert code == 0 and "added 3 report(s)" in out
    code, out, _ = run("reports", "add", str(DATA / "reports_ok.jsonl"), "--db", db)
    assert "added 0 report(s); 3 already stored" in out
    with Store.open(db) as store:
        assert store.status()["reports"] == 3


def test_db_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "env.db"
    monkeypatch.setenv("CEASEWATCH_DB", str(path))
    assert run("init")[0] == 0
    assert path.exists()


def bad_batch() -> str:
    lines = [line for line in (DATA / "reports_ok.jsonl").read_text(encoding="utf-8").splitlines() if line]
    broken = json.loads(lines[1])
    broken["published_at"] = "2025-03-19T10:00:00"  # no time zone
    return "\n".join([lines[0], json.dumps(broken), *lines[2:]]) + "\n"


def test_batch_with_a_bad_record_in_the_middle_stores_nothing(db: str) -> None:
    code, _, err = run("reports", "add", "-", "--db", db, input=bad_batch())
    assert code == 1
    assert "<stdin>:2" in err and "published_at" in err and "time zone" in err
    with Store.open(db) as store:
        assert store.status()["reports"] == 0


def test_reject_file_keeps_good_records_and_writes_bad_ones(db: str, tmp_path: Path) -> None:
    rejects = tmp_path / "rejects.jsonl"
    code, out, _ = run("reports", "add", "-", "--db", db, "--reject", str(rejects), input=bad_batch())
    assert code == 0 and "added 2 report(s)" in out and "1 rejected" in out
    rejected = [json.loads(line) for line in rejects.read_text(encoding="utf-8").splitlines()]
    assert [r["line"] for r in rejected] == [2] and "published_at" in rejected[0]["error"]


def test_invalid_utf8_and_huge_line_are_clear_errors(db: str) -> None:
    good = (DATA / "reports_ok.jsonl").read_bytes().splitlines()[0]
    code, _, err = run("reports", "add", "-", "--db", db, input=good + b"\n\xff\xfe{}\n")
    assert code == 1 and ":2" in err and "UTF-8" in err
    huge = b'{"id": "x", "text": "' + b"a" * (10 * 1024 * 1024) + b'"}\n'
    code, _, err = run("reports", "add", "-", "--db", db, input=good + b"\n" + huge)
    assert code == 1 and ":2" in err and "limit" in err
    with Store.open(db) as store:
        assert store.status()["reports"] == 0


def test_adjudicate_filter_reads_claims_and_writes_one_finding_per_reading(tmp_path: Path) -> None:
    agreement = tmp_path / "toy.yaml"
    agreement.write_text(TOY_AGREEMENT, encoding="utf-8")
    claims = claim("a/1").model_dump_json() + "\n" + claim("b/1", perpetrator="RUS").model_dump_json() + "\n"
    code, out, _ = run("adjudicate", "--claims", "-", "--agreements", str(agreement), input=claims)
    assert code == 0
    findings = [json.loads(line) for line in out.splitlines()]
    assert len(findings) == 4  # 2 claims x 2 readings
    assert {f["reading_id"] for f in findings} == {"RUS", "UKR"}
    assert all({"claim_ids", "verdict", "reasons", "trace"} <= f.keys() for f in findings)
    # the same input gives byte-identical output
    assert run("adjudicate", "--claims", "-", "--agreements", str(agreement), input=claims)[1] == out


def test_adjudicate_as_of_needs_a_time_zone(tmp_path: Path) -> None:
    code, _, err = run("adjudicate", "--claims", "-", "--as-of", "2025-03-20", input="")
    assert code == 1 and "--as-of" in err and "time zone" in err


def test_adjudicate_counts_agree_with_the_findings(tmp_path: Path) -> None:
    agreement = tmp_path / "toy.yaml"
    agreement.write_text(TOY_AGREEMENT, encoding="utf-8")
    claims = "".join(claim(f"r{n}/1", perpetrator=("RUS", "UKR")[n % 2]).model_dump_json() + "\n" for n in range(5))
    _, out, _ = run("adjudicate", "--claims", "-", "--agreements", str(agreement), input=claims)
    code, counted, _ = run("adjudicate", "--claims", "-", "--agreements", str(agreement), "--counts", input=claims)
    assert code == 0
    expected: dict[tuple[str, str, str], int] = {}
    for line in out.splitlines():
        finding = json.loads(line)
        key = (finding["reading_id"], finding["perpetrator"], finding["verdict"])
        expected[key] = expected.get(key, 0) + 1
    rows = [json.loads(line) for line in counted.splitlines()]
    assert {(r["reading_id"], r["party"], r["verdict"]): r["count"] for r in rows} == expected


def test_unwritable_reject_file_fails_before_anything_is_stored(db: str, tmp_path: Path) -> None:
    code, _, err = run(
        "reports", "add", "-", "--db", db, "--reject", str(tmp_path / "no" / "such" / "dir.jsonl"), input=bad_batch()
    )
    assert code == 1 and "cannot write here" in err
    with Store.open(db) as store:
        assert store.status()["reports"] == 0


@pytest.mark.parametrize(
    "command",
    [
        ["status"],
        ["reports", "add", "-"],
        ["ingest", "-"],
        ["adjudicate"],
        ["resolve"],
        ["report", "--agreement", "energy-moratorium-2025"],
        ["facilities", "import", "x.csv"],
    ],
)
def test_commands_on_a_missing_store_do_not_create_one(tmp_path: Path, command: list[str]) -> None:
    missing = tmp_path / "typo.db"
    code, _, err = run(*command, "--db", str(missing), input="")
    assert code == 1 and "ceasewatch init" in err
    assert not missing.exists()


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["init", "--db", "postgresql://u@h:notaport/x"], "not a database URL"),
        (["adjudicate", "--claims", "-", "--as-of", "2025"], "--as-of"),
        (["eval", "adjudicate", "--gold", "."], "."),
        (["ingest", "-", "--max-km", "0"], "--max-km"),
    ],
)
def test_odd_input_is_a_clear_error_not_a_traceback(args: list[str], words: str) -> None:
    code, _, err = run(*args, input="")
    assert code in (1, 2) and words in err and "Traceback" not in err


def test_validate_reports_every_bad_file_and_shared_ids(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(TOY_AGREEMENT, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(TOY_AGREEMENT, encoding="utf-8")
    (tmp_path / "c.yaml").write_text("id: [", encoding="utf-8")
    code, out, err = run("agreements", "validate", str(tmp_path))
    assert code == 1
    assert "ok  " in out and "also used by" in err and "c.yaml" in err


def test_duplicate_claim_ids_are_refused(tmp_path: Path) -> None:
    line = claim("a/1").model_dump_json() + "\n"
    code, _, err = run("adjudicate", "--claims", "-", input=line + line)
    assert code == 1 and "appears twice" in err


def test_as_of_leaves_out_claims_about_later_incidents(tmp_path: Path) -> None:
    agreement = tmp_path / "toy.yaml"
    agreement.write_text(TOY_AGREEMENT, encoding="utf-8")
    claims = claim("a/1").model_dump_json() + "\n"  # the night of 20 March
    code, out, _ = run(
        "adjudicate",
        "--claims",
        "-",
        "--agreements",
        str(agreement),
        "--as-of",
        "2025-03-19T12:00:00+00:00",
        input=claims,
    )
    assert code == 0 and out == ""


def test_ingest_structured_sources_and_abort_on_bad_records(db: str, tmp_path: Path) -> None:
    assert run("init", "--db", db)[0] == 0
    code, out, _ = run("ingest", str(DATA / "acled_sample.csv"), "--db", db)
    assert code == 0 and out.startswith("acled:") and "added 8 report(s)" in out
    rows = (DATA / "acled_sample.csv").read_text(encoding="utf-8").splitlines()
    broken = tmp_path / "broken.csv"
    cells = rows[2].split(",")
    cells[1] = "not a date"
    broken.write_text("\n".join([rows[0], rows[1], ",".join(cells), *rows[3:]]) + "\n", encoding="utf-8")
    code, _, err = run("ingest", str(broken), "--db", db)
    assert code == 1 and f"{broken}:3" in err and "event_date" in err and "nothing stored" in err
    with Store.open(db) as store:
        assert store.status()["reports"] == 8
    code, out, _ = run("ingest", str(broken), "--db", db, "--max-errors", "1")
    assert code == 0 and "1 bad" in out


def test_facilities_near_finds_the_sudzha_metering_station(tmp_path: Path) -> None:
    code, out, _ = run("facilities", "near", "51.19", "35.27", "--km", "3", "--db", str(tmp_path / "none.db"))
    assert code == 0 and "cw:sudzha-gms" in out


def test_geocode_prints_candidates_as_json_with_the_facility_first() -> None:
    code, out, _ = run("geocode", "газоизмерительная станция «Суджа»", "--json")
    assert code == 0
    best = json.loads(out.splitlines()[0])
    assert best["facility_id"] == "cw:sudzha-gms" and best["country"] == "RUS"
    assert {"name", "lat", "lon", "radius_km", "admin1", "country", "score"} <= best.keys()
    code, _, _ = run("geocode", "Атлантида")
    assert code == 1


TEXT_REPORT = {
    "id": "mod-kropotkin",
    "published_at": "2025-03-24T09:00:00+03:00",
    "source": {"name": "Минобороны России", "affiliation": "party_official", "party": "RUS"},
    "text": "В ночь на 24 марта киевский режим атаковал беспилотниками Кропоткинскую нефтеперекачивающую станцию "
    "КТК в Краснодарском крае.",
}


def test_extract_filter_turns_text_into_claims() -> None:
    code, out, _ = run("extract", "-", input=json.dumps(TEXT_REPORT, ensure_ascii=False) + "\n")
    assert code == 0
    claims = [json.loads(line) for line in out.splitlines()]
    assert claims and claims[0]["report_id"] == "mod-kropotkin"
    assert claims[0]["target"]["category"] == "energy.oil.pumping_station" and claims[0]["perpetrator"] == "UKR"


AIRFIELD_REPORT = {
    **TEXT_REPORT,
    "id": "mod-airfield",
    "text": "В ночь на 24 марта ВС РФ нанесли удар по военному аэродрому и нефтебазе в Николаевской области.",
}


def test_extract_leaves_out_military_targets_unless_asked_and_reports_add_keeps_them(db: str) -> None:
    line = json.dumps(AIRFIELD_REPORT, ensure_ascii=False) + "\n"
    code, out, _ = run("extract", "-", input=line)
    assert code == 0 and [json.loads(x)["target"]["category"] for x in out.splitlines()] == ["energy.oil.storage"]
    code, out, _ = run("extract", "-", "--military", input=line)
    assert sorted(json.loads(x)["target"]["category"] for x in out.splitlines()) == [
        "energy.oil.storage",
        "military.airbase",
    ]
    assert run("reports", "add", "-", "--db", db, input=line)[0] == 0
    with Store.open(db) as store:  # a full ceasefire is judged on strikes on military targets: the store keeps them
        assert sorted(c.target.category for c in store.claims()) == ["energy.oil.storage", "military.airbase"]


def test_reports_add_stores_claims_extracted_from_text(db: str) -> None:
    code, _, _ = run("reports", "add", "-", "--db", db, input=json.dumps(TEXT_REPORT, ensure_ascii=False) + "\n")
    assert code == 0
    with Store.open(db) as store:
        assert [c.target.category for c in store.claims()] == ["energy.oil.pumping_station"]


def test_resolve_then_adjudicate_incidents_compose_as_filters(tmp_path: Path) -> None:
    agreement = tmp_path / "toy.yaml"
    agreement.write_text(TOY_AGREEMENT, encoding="utf-8")
    same = claim("a/1").model_dump_json() + "\n" + claim("b/1", claimant="UKR").model_dump_json() + "\n"
    code, incidents, _ = run("resolve", "--claims", "-", input=same)
    assert code == 0
    lines = [json.loads(line) for line in incidents.splitlines()]
    assert len(lines) == 1 and sorted(lines[0]["claim_ids"]) == ["a/1", "b/1"]
    assert lines[0]["corroboration"]["level"] and lines[0]["attribution"]["probabilities"]
    code, out, _ = run("adjudicate", "--incidents", "-", "--agreements", str(agreement), input=incidents)
    findings = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(findings) == 2 and findings[0]["corroboration"] == lines[0]["corroboration"]["level"]


def test_resolve_on_a_store_records_what_changed(db: str) -> None:
    assert run("init", "--db", db)[0] == 0
    assert run("reports", "add", str(DATA / "reports_ok.jsonl"), "--db", db)[0] == 0
    code, out, _ = run("resolve", "--db", db)
    assert code == 0 and "created" in out
    code, out, _ = run("resolve", "--db", db)
    assert code == 0 and "0 created, 0 joined, 0 merged, 0 split" in out


def talks_gold(tmp_path: Path, report_id: str) -> Path:
    """A gold file of one report on truce talks (the extractor finds nothing there) that expects one refinery claim."""
    expected = json.loads(claim(f"{report_id}/1").model_dump_json(exclude={"id", "report_id"}))
    report = {
        "id": report_id,
        "published_at": "2025-03-20T09:00:00+03:00",
        "source": {"name": "Newswire", "affiliation": "independent_media"},
        "text": "Delegations met in Riyadh to discuss the truce.",
        "claims": [expected],
    }
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(report) + "\n", encoding="utf-8")
    return gold


def test_eval_extract_scores_claims_given_in_a_file_instead_of_extracting(tmp_path: Path) -> None:
    gold = talks_gold(tmp_path, "strike")
    airfield = claim("strike/2", target={"category": "military.airbase"})
    stray = claim("elsewhere/1")
    given = tmp_path / "claims.jsonl"
    given.write_text(
        "".join(c.model_dump_json() + "\n" for c in (claim("strike/1"), airfield, stray)), encoding="utf-8"
    )
    code, out, _ = run("eval", "extract", "--gold", str(gold), "--claims", str(given))
    assert code == 0
    assert "1 claims found, 1 expected, 1 paired" in out  # the airfield is left out, as extraction would
    assert "1 report id(s) of the claims are not in the gold, e.g. elsewhere" in out
    code, out, _ = run("eval", "extract", "--gold", str(gold), "--claims", str(given), "--military")
    assert "2 claims found, 1 expected, 1 paired" in out


def test_eval_extract_reads_one_gold_file_and_lists_what_it_got_wrong(tmp_path: Path) -> None:
    gold = talks_gold(tmp_path, "talks")
    code, out, _ = run("eval", "extract", "--gold", str(gold), "--show-errors")
    assert code == 0
    assert "0 claims found, 1 expected" in out
    assert "talks: missed — gold energy.oil.refinery at Tuapse" in out


def test_eval_extract_prints_its_figures_as_json_for_scripts(tmp_path: Path) -> None:
    gold = talks_gold(tmp_path, "talks")
    code, out, _ = run("eval", "extract", "--gold", str(gold), "--show-errors", "--json")
    assert code == 0
    figures = json.loads(out)
    assert (figures["found"], figures["expected"], figures["paired"]) == (0, 1, 0)
    assert figures["fields"]["target"] == {"precision": 1.0, "recall": 0.0, "f1": 0.0}
    assert figures["errors"][0]["kind"] == "missed"
    assert figures["errors"][0]["gold"].startswith("energy.oil.refinery at Tuapse")
    code, out, _ = run("eval", "extract", "--gold", str(gold), "--json")
    assert "errors" not in json.loads(out)
