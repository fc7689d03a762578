"""Render exercise illustrations to one PNG contact sheet, to look at while drafting poses.

uv run python scripts/preview_figures.py [SLUG ...] -o var/figures.png
"""

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

from bonesafe.engine.library import Exercise, default_content_root
from bonesafe.figure import static_svg


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("slugs", nargs="*")
    parser.add_argument("-o", "--output", default="var/figures.png")
    args = parser.parse_args()
    root = default_content_root() / "exercises"
    paths = [root / f"{s}.yaml" for s in args.slugs] or sorted(root.glob("*.yaml"))
    cells = []
    for path in paths:
        ex = Exercise.model_validate(yaml.safe_load(path.read_text()))
        cells.append(
            f"<figure><figcaption>{ex.slug}</figcaption>{static_svg(ex.illustration, ex.name)}</figure>"
        )
    html = (
        "<html><style>body{display:grid;grid-template-columns:repeat(3,1fr);gap:8px;margin:8px}"
        "figure{margin:0;border:1px solid #ccc}svg{width:100%;height:180px}"
        "figcaption{font:14px sans-serif}</style><body>" + "".join(cells) + "</body></html>"
    )
    rows = (len(cells) + 2) // 3
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False) as handle:
        handle.write(html)
    out = Path(args.output).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--no-first-run",
            f"--screenshot={out}",
            f"--window-size=1200,{rows * 215 + 20}",
            f"file://{handle.name}",
        ],
        check=True,
        capture_output=True,
    )
    print(out, file=sys.stderr)


if __name__ == "__main__":
    main()
