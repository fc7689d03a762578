"""`make bench`: measured figures, printed; nothing here asserts a threshold.

1. The engine in process: plans per second and p50/p99 per plan over 10,000 generated
   intakes (bonesafe.engine.samples, seeded), on one core.
2. `bonesafe plan --batch` over the same 10,000 intakes as JSON Lines.
3. The web app under granian (2 workers) on loopback, loaded with wrk: a 22-exercise list
   (page and API, the size of wger's 20-exercise list) and an exercise page.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from bonesafe.engine.core import default_engine, dumps
from bonesafe.engine.intake import parse_intake
from bonesafe.engine.samples import intakes

N = int(os.environ.get("BENCH_N", "10000"))
START = dt.date(2026, 12, 7)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def bench_engine(texts: list[str]) -> None:
    engine = default_engine()
    parsed = [parse_intake(t) for t in texts]
    for intake in parsed[:500]:
        engine.plan(intake, START)  # warm the caches a long-running worker would have
    gc.collect()
    gc.freeze()
    gc.set_threshold(20_000, 50, 100)  # as `bonesafe plan --batch` runs
    began = time.perf_counter()
    for intake in parsed:
        engine.plan(intake, START)
    plan_rate = len(parsed) / (time.perf_counter() - began)
    began = time.perf_counter()
    for intake in parsed:
        engine.plan(intake, START)
    warm_rate = len(parsed) / (time.perf_counter() - began)
    latencies = []
    for intake in parsed:
        t0 = time.perf_counter()
        engine.plan(intake, START)
        latencies.append(time.perf_counter() - t0)
    began = time.perf_counter()
    for text in texts:
        dumps(engine.plan(parse_intake(text), START), pretty=False)
    full_rate = len(texts) / (time.perf_counter() - began)
    print(f"engine, in process, 1 core, {len(parsed):,} generated intakes:")
    print(f"  plan(), each person new:         {plan_rate:8,.0f} plans/s")
    print(f"  plan(), the same people again:   {warm_rate:8,.0f} plans/s (shared set-ups and items)")
    print(
        f"  per plan:                        p50 {percentile(latencies, 0.5) * 1e3:.3f} ms, "
        f"p99 {percentile(latencies, 0.99) * 1e3:.3f} ms"
    )
    print(f"  parse JSON + plan + write JSON:  {full_rate:8,.0f} plans/s")


def bench_batch(texts: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "in.jsonl"
        batch.write_text("\n".join(texts) + "\n")
        began = time.perf_counter()
        done = subprocess.run(
            [
                "bonesafe",
                "plan",
                "--batch",
                str(batch),
                "--start",
                START.isoformat(),
                "-o",
                str(Path(tmp) / "out.jsonl"),
            ],
            check=False,
            capture_output=True,
            text=True,
        )
        elapsed = time.perf_counter() - began
        lines = sum(1 for _ in (Path(tmp) / "out.jsonl").open())
    print(
        f"bonesafe plan --batch, {len(texts):,} intakes (exit {done.returncode}, {lines:,} lines, "
        f"process start included): {len(texts) / elapsed:,.0f} plans/s, {elapsed:.2f} s"
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_up(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310 (loopback only)
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"the server did not answer at {url}")


def wrk(url: str) -> str:
    out = subprocess.run(
        ["wrk", "-t2", "-c32", "-d10s", "--latency", url], capture_output=True, text=True, check=True
    ).stdout
    rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
    p50 = re.search(r"50%\s+([\d.]+\w+)", out)
    p99 = re.search(r"99%\s+([\d.]+\w+)", out)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return (
        f"{float(rate.group(1)) if rate else 0:8,.0f} req/s, p50 {p50.group(1) if p50 else '?'}, "
        f"p99 {p99.group(1) if p99 else '?'}" + (f", {errors.group(1)} errors" if errors else "")
    )


def bench_http() -> None:
    if not shutil.which("wrk"):
        print("web: skipped (wrk is not installed: apt-get install wrk)")
        return
    port = free_port()
    with tempfile.TemporaryDirectory() as var:
        env = {**os.environ, "BONESAFE_VAR": var}
        env.pop("DATABASE_URL", None)
        server = subprocess.Popen(
            ["bonesafe", "serve", "--port", str(port), "--workers", "2"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            wait_until_up(f"{base}/healthz")
            count = len(json.load(urllib.request.urlopen(f"{base}/api/v1/exercises?category=balance")))  # noqa: S310
            print("web, granian WSGI with 2 workers on loopback, wrk -t2 -c32 -d10s (SQLite):")
            for label, path in (
                (f"API list, {count} exercises", "/api/v1/exercises?category=balance"),
                (f"page list, {count} exercises", "/exercises?category=balance"),
                ("exercise page", "/exercises/bent_over_row_tubing"),
            ):
                print(f"  {label:28s} {wrk(base + path)}")
        finally:
            server.terminate()
            server.wait(timeout=20)


def main() -> None:
    texts = [json.dumps(i) for i in intakes(N)]
    bench_engine(texts)
    bench_batch(texts)
    bench_http()
    sys.stdout.flush()


if __name__ == "__main__":
    main()
