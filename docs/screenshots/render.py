"""Screenshots of the terminal report: ``python docs/screenshots/render.py`` (needs chromium for PNGs).

Renders the report on a fixture with rich's recording console at a given width, saves the
SVG, and turns it into a PNG with headless chromium when that is installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from rich.console import Console

import factcheck
from factcheck.cli_table import render_on
from factcheck.report import to_dict

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
#: (fixture, name, width): the seeds at a laptop's and a wide terminal's width, and a conflict.
SHOTS = (("seed-kyiv-2022-02-24", "terminal-seed", 80), ("seed-kyiv-2022-02-24", "terminal-seed", 160),
         ("quantity-conflict", "terminal-conflict", 100))


def shoot(fixture: str, name: str, width: int) -> Path:
    os.chdir(ROOT)  # paths in the report as a user in the repository would name them
    report = factcheck.compare_articles(factcheck.read([f"fixtures/{fixture}/"]))
    with open(os.devnull, "w", encoding="utf-8") as sink:
        console = Console(record=True, width=width, force_terminal=True, color_system="standard", file=sink,
                          highlight=False, emoji=False)
        render_on(console, to_dict(report))
    svg = HERE / f"{name}-{width}.svg"
    console.save_svg(str(svg), title=f"factcheck compare fixtures/{fixture}/  ({width} columns)")
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if not browser:
        return svg
    view = svg.read_text(encoding="utf-8").split('viewBox="0 0 ', 1)[1].split('"')[0].split()
    size = ",".join(str(int(float(v)) + 1) for v in view)  # the window is the SVG's own size
    png = svg.with_suffix(".png")
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--hide-scrollbars", f"--screenshot={png}", f"--window-size={size}",
                    svg.as_uri()], check=True, capture_output=True)
    svg.unlink()
    return png


if __name__ == "__main__":
    for shot in SHOTS:
        print(shoot(*shot), file=sys.stderr)
