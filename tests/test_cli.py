"""The `bonesafe` command line, driven as the outside checks drive it."""

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bonesafe.cli import main
from bonesafe.engine.plan_model import Plan

GOLDEN = Path(__file__).parent / "golden" / "intakes"
MINIMAL = GOLDEN / "04-minimal.json"


def run(
    args: list[str],
    capsys: pytest.CaptureFixture[str],
    stdin: str | None = None,
    monkeypatch: pytest.MonkeyPatch | None = None,
) -> tuple[int, str, str]:
    if stdin is not None and monkeypatch is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    try:
        code = main(args)
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_plan_prints_a_contract_plan_and_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["plan", "--intake", str(MINIMAL), "--start", "2026-12-07"], capsys)
    assert code == 0
    plan = json.loads(out)
    Plan.model_validate(plan)
    assert plan["week"][0]["date"] == "2026-12-07"


def test_plan_reads_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = run(
        ["plan", "--intake", "-", "--start", "2026-12-07"],
        capsys,
        stdin='{"age": 70, "sex": "male"}',
        monkeypatch=monkeypatch,
    )
    assert code == 0
    assert json.loads(out)["contract"] == "bonesafe.plan/1"


def test_the_same_intake_gives_byte_identical_output(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["plan", "--intake", str(GOLDEN / "02-spine-fracture-fall-risk.json"), "--start", "2026-12-07"]
    assert run(args, capsys)[1] == run(args, capsys)[1]


def test_the_default_start_is_the_next_monday(capsys: pytest.CaptureFixture[str]) -> None:
    import datetime as dt

    _, out, _ = run(["plan", "--intake", str(MINIMAL)], capsys)
    first = dt.date.fromisoformat(json.loads(out)["week"][0]["date"])
    assert first.isoweekday() == 1
    assert 1 <= (first - dt.date.today()).days <= 7


def test_a_stop_plan_still_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["plan", "--intake", str(GOLDEN / "03-red-flag.json")], capsys)
    assert (code, json.loads(out)["status"]) == (0, "stop")


def test_invalid_fields_exit_two_naming_each_json_path(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = {"age": 130, "sex": "female", "fractures": [{"site": "neck"}], "prefrences": {}}
    code, out, err = run(["plan", "--intake", "-"], capsys, stdin=json.dumps(bad), monkeypatch=monkeypatch)
    assert code == 2
    assert out == ""
    assert "age: 130 is out of range: must be at most 120" in err
    assert (
        "fractures[0].site: 'neck' is not one of spine, hip, wrist, humerus, pelvis, rib, ankle, other" in err
    )
    assert "prefrences: unknown field" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "must be a JSON object"),
        ('{"sex": "female"}', "age: is required"),
        (
            '{"age": 70, "sex": "female", "stay_independent": [true]}',
            "stay_independent: must have exactly 12 answers",
        ),
        ('{"age": 70, "sex": "female", "parq": {"chest_pain": "no"}}', "parq.chest_pain:"),
        (
            '{"age": 70, "sex": "female", "clearance": {"cleared": true, "date": "yesterday"}}',
            "clearance.date:",
        ),
    ],
)
def test_bad_input_of_every_kind_exits_two_with_the_field(
    text: str, message: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = run(["plan", "--intake", "-"], capsys, stdin=text, monkeypatch=monkeypatch)
    assert code == 2
    assert message in err


def test_a_missing_file_exits_two(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["plan", "--intake", "/no/such/file.json"], capsys)
    assert code == 2
    assert "--intake: cannot read /no/such/file.json" in err


def test_a_bad_start_date_exits_two(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["plan", "--intake", str(MINIMAL), "--start", "2026-02-30"], capsys)
    assert code == 2
    assert "--start" in err


def test_batch_writes_one_line_per_intake_in_order_and_marks_bad_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = ['{"age": 60, "sex": "female"}', '{"age": 61, "sex": "robot"}', '{"age": 62, "sex": "male"}']
    batch = tmp_path / "in.jsonl"
    batch.write_text("\n".join(lines) + "\n")
    code, out, err = run(["plan", "--batch", str(batch), "--start", "2026-12-07"], capsys)
    assert code == 1
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 3
    assert rows[0]["contract"] == "bonesafe.plan/1"
    assert rows[1] == {"line": 2, "errors": ["sex: 'robot' is not one of female, male"]}
    assert rows[2]["contract"] == "bonesafe.plan/1"
    assert "1 of the intakes were invalid" in err


def test_batch_of_good_lines_exits_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    batch = tmp_path / "in.jsonl"
    batch.write_text("".join(p.read_text().replace("\n", " ") + "\n" for p in sorted(GOLDEN.glob("*.json"))))
    code, out, _ = run(["plan", "--batch", str(batch), "--start", "2026-12-07"], capsys)
    assert code == 0
    assert [json.loads(x)["status"] for x in out.splitlines()] == [
        "ready",
        "ready",
        "stop",
        "clearance_required",
    ]


def test_text_format_reads_as_a_week_with_reasons(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        [
            "plan",
            "--intake",
            str(GOLDEN / "01-newly-diagnosed-walker.json"),
            "--start",
            "2026-12-07",
            "--format",
            "text",
        ],
        capsys,
    )
    assert code == 0
    assert "You can start this plan." in out
    assert "Monday 7 December 2026" in out
    assert "Why:" in out
    assert "Left out, and why:" in out


@pytest.mark.parametrize("shape", ["intake", "plan"])
def test_schema_prints_a_json_schema(shape: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["schema", shape], capsys)
    schema = json.loads(out)
    assert code == 0
    assert schema["type"] == "object"
    assert schema["additionalProperties"] is False or shape == "plan"


def test_exercises_list_filters_by_category(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["exercises", "list", "--category", "avoid", "--format", "json"], capsys)
    rows = json.loads(out)
    assert code == 0
    assert rows
    assert {r["category"] for r in rows} == {"avoid"}


def test_exercises_show_prints_steps_and_cues(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["exercises", "show", "bent_over_row_tubing"], capsys)
    assert code == 0
    assert "Steps" in out
    assert "Form cues" in out


def test_exercises_show_of_an_unknown_slug_exits_two(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["exercises", "show", "moonwalk"], capsys)
    assert code == 2
    assert "no exercise 'moonwalk'" in err


def test_the_installed_console_script_plans_from_standard_input() -> None:
    done = subprocess.run(
        ["bonesafe", "plan", "--intake", "-", "--start", "2026-12-07"],
        input=MINIMAL.read_text(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["status"] == "clearance_required"
