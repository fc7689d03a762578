"""The `bonesafe` command line.

    bonesafe plan --intake FILE|- [--start YYYY-MM-DD] [--format json|text] [-o FILE]
    bonesafe plan --batch FILE.jsonl
    bonesafe schema intake|plan
    bonesafe content check
    bonesafe exercises list [--category C] [--format json|text]
    bonesafe exercises show SLUG [--format json|text]
    bonesafe serve [--host HOST] [--port PORT]
    bonesafe manage ARGS...        (Django's manage.py)

Exit codes: 0 done; 1 some batch lines were invalid, or content problems; 2 invalid input,
with every bad field named on stderr. Never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, NoReturn

from bonesafe.engine.intake import IntakeError, intake_schema, parse_intake
from bonesafe.engine.library import ContentError

if TYPE_CHECKING:
    from bonesafe.engine.core import Engine


class UsageError(Exception):
    """Bad input on the command line: exit 2 with this message."""


def fail(message: str, code: int = 2) -> NoReturn:
    sys.stderr.write(f"bonesafe: {message}\n")
    raise SystemExit(code)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (use YYYY-MM-DD)") from None


def _read(name: str, what: str) -> str:
    if name == "-":
        return sys.stdin.read()
    try:
        return Path(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{what}: cannot read {name}: {getattr(exc, 'strerror', None) or exc}") from None


def _start(args: argparse.Namespace) -> dt.date:
    from bonesafe.engine.core import next_monday

    return args.start or next_monday(dt.date.today())


def _engine() -> Engine:
    from bonesafe.engine.core import default_engine

    try:
        return default_engine()
    except ContentError as exc:
        fail(f"the content has problems (run `bonesafe content check`):\n{exc}", 1)


def _out(args: argparse.Namespace) -> IO[str]:
    if getattr(args, "output", None) and args.output != "-":
        return Path(args.output).open("w", encoding="utf-8")
    return sys.stdout


def cmd_plan(args: argparse.Namespace) -> int:
    if args.batch:
        return _plan_batch(args)
    from bonesafe.engine.core import dumps
    from bonesafe.engine.text import render_text

    text = _read(args.intake, "--intake")
    try:
        intake = parse_intake(text)
    except IntakeError as exc:
        where = "standard input" if args.intake == "-" else args.intake
        lines = "\n".join(f"  {m}" for m in exc.messages)
        fail(f"invalid intake in {where}:\n{lines}")
    plan = _engine().plan(intake, _start(args))
    out = _out(args)
    out.write(render_text(plan) if args.format == "text" else dumps(plan) + "\n")
    return 0


def _plan_batch(args: argparse.Namespace) -> int:
    from bonesafe.engine.core import dumps

    if args.format != "json":
        raise UsageError("--batch writes JSON Lines; --format text is for one intake")
    engine, start, bad = _engine(), _start(args), 0
    # The library, the rulebook and the planner's caches live for the whole run: keep them out
    # of garbage collection, and collect the (acyclic) plans less eagerly.
    gc.freeze()
    gc.set_threshold(20_000, 50, 100)
    out = _out(args)
    lines = _read(args.batch, "--batch").splitlines()
    chunk: list[str] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            chunk.append(dumps(engine.plan(parse_intake(line), start), pretty=False))
        except IntakeError as exc:
            bad += 1
            chunk.append(json.dumps({"line": number, "errors": exc.messages}, ensure_ascii=False))
        if len(chunk) >= 256:
            out.write("\n".join(chunk) + "\n")
            chunk = []
    if chunk:
        out.write("\n".join(chunk) + "\n")
    if bad:
        sys.stderr.write(f"bonesafe: {bad} of the intakes were invalid (see their lines)\n")
    return 1 if bad else 0


def cmd_schema(args: argparse.Namespace) -> int:
    from bonesafe.engine.plan_model import plan_schema

    schema = intake_schema() if args.shape == "intake" else plan_schema()
    sys.stdout.write(json.dumps(schema, indent=2, ensure_ascii=False) + "\n")
    return 0


def cmd_content(args: argparse.Namespace) -> int:
    from bonesafe.engine.core import Engine

    try:
        engine = Engine.load(Path(args.root) if args.root else None)
    except ContentError as exc:
        sys.stderr.write(f"{len(exc.problems)} problem(s):\n{exc}\n")
        return 1
    except Exception as exc:
        sys.stderr.write(f"content/rules/planning.yaml: {exc}\n")
        return 1
    lib = engine.library
    sys.stdout.write(
        f"ok: {len(lib.exercises)} exercises, {len(engine.rulebook.rules)} rules, "
        f"{len(lib.sources)} sources (library {lib.version}, rulebook {engine.rulebook.version})\n"
    )
    return 0


def cmd_exercises(args: argparse.Namespace) -> int:
    from bonesafe.engine.catalogue import exercise_dict, exercise_text

    library = _engine().library
    if args.action == "show":
        exercise = library.exercises.get(args.slug)
        if exercise is None:
            raise UsageError(f"no exercise '{args.slug}' (see `bonesafe exercises list`)")
        if args.format == "json":
            sys.stdout.write(json.dumps(exercise_dict(exercise), indent=2, ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(exercise_text(exercise, library))
        return 0
    items = [e for e in library.exercises.values() if not args.category or e.category == args.category]
    if args.format == "json":
        sys.stdout.write(json.dumps([exercise_dict(e) for e in items], indent=2, ensure_ascii=False) + "\n")
    else:
        width = max((len(e.slug) for e in items), default=0)
        sys.stdout.writelines(f"{e.slug:<{width}}  {e.category:<26}  {e.name}\n" for e in items)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from bonesafe.serve import serve

    serve(args.host, args.port, args.workers)
    return 0


def cmd_manage(args: argparse.Namespace) -> int:
    import os

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bonesafe.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["bonesafe manage", *args.rest])
    return 0


def parser() -> argparse.ArgumentParser:
    from bonesafe.engine.vocab import LIBRARY_CATEGORIES

    top = argparse.ArgumentParser(prog="bonesafe", description="Safe exercise plans for osteoporosis.")
    sub = top.add_subparsers(dest="command", required=True)

    plan = sub.add_parser("plan", help="assess an intake and plan a week")
    source = plan.add_mutually_exclusive_group(required=True)
    source.add_argument("--intake", metavar="FILE", help="a JSON intake, or - for standard input")
    source.add_argument("--batch", metavar="FILE.jsonl", help="one intake per line; one plan per line out")
    plan.add_argument("--start", type=_date, help="first day of the plan (default: next Monday)")
    plan.add_argument("--format", choices=["json", "text"], default="json")
    plan.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    plan.set_defaults(func=cmd_plan)

    schema = sub.add_parser("schema", help="print the JSON Schema of the intake or the plan")
    schema.add_argument("shape", choices=["intake", "plan"])
    schema.set_defaults(func=cmd_schema)

    content = sub.add_parser("content", help="check the exercise library and the rulebook")
    content.add_argument("action", choices=["check"])
    content.add_argument("--root", help="the content folder (default: the project's content/)")
    content.set_defaults(func=cmd_content)

    ex = sub.add_parser("exercises", help="list or show exercises of the library")
    ex_sub = ex.add_subparsers(dest="action", required=True)
    listing = ex_sub.add_parser("list")
    listing.add_argument("--category", choices=LIBRARY_CATEGORIES)
    listing.add_argument("--format", choices=["json", "text"], default="text")
    show = ex_sub.add_parser("show")
    show.add_argument("slug")
    show.add_argument("--format", choices=["json", "text"], default="text")
    ex.set_defaults(func=cmd_exercises)

    serve = sub.add_parser("serve", help="migrate, load the library and serve the web app")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=2)
    serve.set_defaults(func=cmd_serve)

    manage = sub.add_parser("manage", help="run a Django management command", add_help=False)
    manage.add_argument("rest", nargs=argparse.REMAINDER)
    manage.set_defaults(func=cmd_manage)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except UsageError as exc:
        fail(str(exc))
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        fail(f"internal error: {type(exc).__name__}: {exc}", 1)


if __name__ == "__main__":
    sys.exit(main())
