"""`bonesafe content check` names the file and field of every problem."""

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from bonesafe.engine.core import Engine
from bonesafe.engine.library import ContentError, default_content_root

ROOT = default_content_root()


@pytest.fixture
def content(tmp_path: Path) -> Path:
    copy = tmp_path / "content"
    shutil.copytree(ROOT, copy)
    return copy


def edit(path: Path, change: Callable[[dict], None]) -> None:
    data = yaml.safe_load(path.read_text())
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False))


def problems(root: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        Engine.load(root)
    return [str(p) for p in caught.value.problems]


def test_the_shipped_content_is_clean() -> None:
    engine = Engine.load(ROOT)
    assert len(engine.library.exercises) >= 70


def test_a_tag_outside_the_vocabulary_is_named_by_file_and_field(content: Path) -> None:
    edit(content / "exercises/sit_to_stand.yaml", lambda d: d["tags"].append("knee_bend"))
    [problem] = problems(content)
    assert problem.startswith("content/exercises/sit_to_stand.yaml: tags[")
    assert "knee_bend" in problem or "spinal_flexion" in problem


def test_a_dangling_progression_is_named(content: Path) -> None:
    edit(content / "exercises/sit_to_stand.yaml", lambda d: d.__setitem__("progressions", ["no_such_move"]))
    assert problems(content) == [
        "content/exercises/sit_to_stand.yaml: progressions[0]: no exercise 'no_such_move'"
    ]


def test_an_unknown_source_is_named(content: Path) -> None:
    edit(content / "exercises/sit_to_stand.yaml", lambda d: d.__setitem__("sources", ["NOBODY-2099"]))
    assert problems(content) == [
        "content/exercises/sit_to_stand.yaml: sources[0]: 'NOBODY-2099' is not in content/sources.yaml"
    ]


def test_a_missing_field_is_named(content: Path) -> None:
    edit(content / "exercises/sit_to_stand.yaml", lambda d: d.pop("cues"))
    assert problems(content) == ["content/exercises/sit_to_stand.yaml: cues: Field required"]


def test_a_slug_that_does_not_match_its_file_is_named(content: Path) -> None:
    edit(content / "exercises/sit_to_stand.yaml", lambda d: d.__setitem__("slug", "stand_up"))
    assert any("sit_to_stand.yaml: slug" in p for p in problems(content))


def test_an_unknown_predicate_is_named_by_file_and_rule(content: Path) -> None:
    path = content / "rules/exclusions.yaml"
    path.write_text(path.read_text().replace("predicate: category_is", "predicate: category_was"))
    [problem] = problems(content)
    assert problem.startswith(
        "content/rules/exclusions.yaml: rule R-AVOID-01.predicate: unknown predicate 'category_was'"
    )


def test_a_bad_parameter_is_named_by_file_and_rule(content: Path) -> None:
    path = content / "rules/fall_risk.yaml"
    path.write_text(path.read_text().replace("params: {seconds: 12}", "params: {seconds: twelve}"))
    [problem] = problems(content)
    assert problem.startswith("content/rules/fall_risk.yaml: rule R-FALL-03.params.seconds:")


def test_an_unknown_rule_source_is_named(content: Path) -> None:
    path = content / "rules/fall_risk.yaml"
    path.write_text(path.read_text().replace("source: CDC-TUG", "source: CDC-TUGG"))
    assert problems(content) == [
        "content/rules/fall_risk.yaml: rule R-FALL-03.source: 'CDC-TUGG' is not in content/sources.yaml"
    ]


def test_content_check_exits_one_and_prints_the_problem(content: Path) -> None:
    edit(content / "exercises/sit_to_stand.yaml", lambda d: d["tags"].append("knee_bend"))
    done = subprocess.run(
        [sys.executable, "-m", "bonesafe.cli", "content", "check", "--root", str(content)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert "content/exercises/sit_to_stand.yaml: tags[" in done.stderr
    assert "Traceback" not in done.stderr
