"""Each adjudication rule, tested on the reference engine with the toy agreement of tests/common.py."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ceasewatch.adjudicate import adjudicate, judge, prepare
from ceasewatch.model import Finding, Incident
from tests.common import TOY_AGREEMENT, incident, night, toy_agreement


def find(inc: Incident, reading: str = "RUS") -> Finding:
    agreement = toy_agreement()
    found = agreement.reading(reading)
    assert found is not None
    return judge(inc, prepare(agreement, found))


def test_strike_on_covered_target_inside_window_by_bound_party_is_a_violation() -> None:
    finding = find(incident())
    assert finding.verdict == "violation"
    assert finding.reasons == ()
    assert [step.rule for step in finding.trace] == [
        "stance",
        "time.window",
        "act",
        "target",
        "place",
        "party.bound",
        "condition.reciprocity",
    ]


@pytest.mark.parametrize(
    ("reading", "day", "verdict", "reasons", "boundaries"),
    [
        # outside the window the reading binds nobody: the reason is the time alone
        ("RUS", "2025-03-17", "not_covered", ("time",), ()),
        ("RUS", "2025-03-18", "possible_violation", (), ("window.start", "party.bound")),  # 22:00 on the 17th
        ("RUS", "2025-03-19", "violation", (), ()),
        ("UKR", "2025-03-20", "not_covered", ("time",), ()),
        ("UKR", "2025-03-25", "possible_violation", (), ("window.start",)),
        ("UKR", "2025-04-18", "possible_violation", (), ("window.end",)),  # 24 days from 25 March
        ("RUS", "2025-04-18", "possible_violation", (), ("window.end",)),
        ("RUS", "2025-04-19", "not_covered", ("time",), ()),
    ],
)
def test_window_per_reading_with_time_zones_and_precision(
    reading: str, day: str, verdict: str, reasons: tuple[str, ...], boundaries: tuple[str, ...]
) -> None:
    tz = "+03:00" if reading == "RUS" else "+02:00"
    finding = find(incident(time=night(day, tz)), reading)
    assert (finding.verdict, finding.reasons, finding.boundaries) == (verdict, reasons, boundaries)


@pytest.mark.parametrize(
    ("category", "reading", "verdict"),
    [
        ("energy.electricity.substation", "RUS", "violation"),  # an ancestor (energy.electricity) is included
        ("energy.gas.pipeline", "RUS", "not_covered"),
        ("energy.oil.production", "UKR", "not_covered"),  # excluded by the UKR reading
        ("energy.oil.refinery", "UKR", "violation"),
        ("energy", "RUS", "possible_violation"),  # too general: only some energy is covered
        ("energy.oil", "RUS", "possible_violation"),
        ("military.airbase", "RUS", "not_covered"),
        ("unknown", "RUS", "undetermined"),
    ],
)
def test_target_categories_by_taxonomy(category: str, reading: str, verdict: str) -> None:
    finding = find(incident(target={"category": category}, time=night("2025-03-28")), reading)
    assert finding.verdict == verdict
    if verdict == "not_covered":
        assert finding.reasons == ("target",)


def test_act_outside_scope_is_not_covered_and_unknown_act_is_undetermined() -> None:
    assert find(incident(act="ground.assault")).reasons == ("act",)
    unknown = find(incident(act="unknown"))
    assert (unknown.verdict, unknown.missing) == ("undetermined", ("act",))
    # the UKR reading names no acts: every act is covered, an unknown one included
    assert find(incident(act="unknown", time=night("2025-03-28")), "UKR").verdict == "violation"


def test_missing_perpetrator_is_undetermined_but_a_failed_rule_still_wins() -> None:
    assert find(incident(perpetrator=None)).missing == ("perpetrator",)
    outside = find(incident(perpetrator=None, time=night("2025-03-01")))
    assert (outside.verdict, outside.reasons) == ("not_covered", ("time",))


def test_nothing_in_force_before_any_party_accepted() -> None:
    text = TOY_AGREEMENT.replace(
        'start: "2025-03-25T00:00:00+02:00", duration: P24D', 'start: "2025-03-10T00:00:00+02:00"'
    )
    agreement = toy_agreement(text)
    reading = agreement.reading("UKR")
    assert reading is not None
    finding = judge(incident(perpetrator="RUS", time=night("2025-03-15")), prepare(agreement, reading))
    assert (finding.verdict, finding.reasons) == ("not_covered", ("not_in_force",))
    step = next(s for s in finding.trace if s.rule == "party.bound")
    assert step.outcome == "fail" and "nothing was in force" in step.detail


def test_mediator_is_not_bound() -> None:
    finding = find(incident(perpetrator="USA"))
    assert (finding.verdict, finding.reasons) == ("not_covered", ("party",))


def test_reading_binds_outrank_the_acceptance_timeline() -> None:
    # UKR accepted only on 20 March, but the RUS reading binds UKR from 18 March.
    early = incident(time=night("2025-03-19"))
    assert find(early, "RUS").verdict == "violation"


def test_acceptance_timeline_governs_where_the_reading_is_silent() -> None:
    # The UKR reading names nobody it binds; open its window on 18 March to see the timeline at work.
    text = TOY_AGREEMENT.replace(
        'start: "2025-03-25T00:00:00+02:00", duration: P24D', 'start: "2025-03-18T00:00:00+02:00"'
    )
    agreement = toy_agreement(text)
    reading = agreement.reading("UKR")
    assert reading is not None and reading.binds is None
    terms = prepare(agreement, reading)
    # UKR accepted on 20 March: before that it was not bound, while RUS (accepted 18 March) was
    before = judge(incident(perpetrator="UKR", time=night("2025-03-19")), terms)
    assert (before.verdict, before.reasons) == ("not_covered", ("party",))
    rus = judge(incident(perpetrator="RUS", time=night("2025-03-19")), terms)
    assert rus.verdict == "violation"
    after = judge(incident(perpetrator="UKR", time=night("2025-03-22", "+02:00")), terms)
    assert after.verdict == "violation"


def test_denial_is_undetermined() -> None:
    finding = find(incident(stance="denial"))
    assert (finding.verdict, finding.missing) == ("undetermined", ("accusation",))


def test_reciprocity_names_earlier_violations_and_keeps_later_findings() -> None:
    agreement = toy_agreement()
    first = incident("a/1", perpetrator="UKR", time=night("2025-03-20"))
    second = incident("b/1", perpetrator="RUS", time=night("2025-03-22"))
    findings = [f for f in adjudicate([second, first], [agreement]) if f.reading_id == "RUS"]
    by_id = {f.incident_id: f for f in findings}
    assert by_id["b/1"].verdict == "violation"  # RUS never declared its release: it stays bound
    assert by_id["b/1"].releases == ("a/1",)
    note = next(s for s in by_id["b/1"].trace if s.rule == "condition.reciprocity")
    assert note.outcome == "note" and note.values["count"] == "1"
    assert by_id["a/1"].releases == ()


def test_declared_release_frees_the_other_side_after_an_earlier_violation() -> None:
    text = TOY_AGREEMENT.replace(
        "reciprocity: {parties: [RUS, UKR]}",
        'reciprocity: {parties: [RUS, UKR], releases: [{party: RUS, at: "2025-03-21T00:00:00+03:00",'
        ' sources: [{url: "https://example.org/release"}]}]}',
    )
    agreement = toy_agreement(text)
    first = incident("a/1", perpetrator="UKR", time=night("2025-03-20"))
    second = incident("b/1", perpetrator="RUS", time=night("2025-03-22"))
    by_id = {f.incident_id: f for f in adjudicate([first, second], [agreement]) if f.reading_id == "RUS"}
    assert (by_id["b/1"].verdict, by_id["b/1"].reasons) == ("not_covered", ("condition",))
    # as of before the release was declared, RUS was still bound
    as_of = datetime(2025, 3, 20, 12, tzinfo=UTC)
    early = {f.incident_id: f for f in adjudicate([first, second], [agreement], as_of=as_of) if f.reading_id == "RUS"}
    assert early["b/1"].verdict == "violation"


def test_findings_do_not_depend_on_input_order() -> None:
    agreement = toy_agreement()
    incidents = [
        incident(f"r{n}/1", time=night(f"2025-03-{10 + n:02d}"), perpetrator=("RUS", "UKR")[n % 2]) for n in range(12)
    ]
    forward = adjudicate(incidents, [agreement])
    backward = adjudicate(list(reversed(incidents)), [agreement])
    assert [f.model_dump_json() for f in forward] == [f.model_dump_json() for f in backward]


def test_finding_day_is_the_local_day_of_the_source() -> None:
    kyiv = {
        "earliest": "2025-03-28T00:30:00+02:00",
        "latest": "2025-03-28T01:00:00+02:00",
        "precision": "hour",
        "tz": "Europe/Kyiv",
    }
    finding = find(incident(time=kyiv))
    assert finding.day == "2025-03-28"  # 22:30 UTC on the 27th
    assert finding.claim_id == finding.incident_id == "r1/1"


def test_empty_exclude_list_reads_none_in_the_trace() -> None:
    step = next(s for s in find(incident()).trace if s.rule == "target")
    assert step.values["exclude"] == "(none)"
