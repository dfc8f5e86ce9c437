"""Fetch the WikiRef reports behind the blind reads (clusters 101-115 of bench/labels.jsonl).

    python bench/fetch_wikiref.py CORPUS            # then: python bench/clusters.py --corpus CORPUS

The article texts are the outlets' and are not kept in this repository. ``bench/wikiref-sources.tsv``
maps each file name (``101_3.txt``) to its path in the public repository
dpacassi/dynamic-event-detection-in-data-streams; this script downloads each file at the commit
the readers used, writes it to ``CORPUS/101/101_3.txt`` with line ends as "\\n" (the readers'
copies had them so; the labels' claim texts are found in those copies) and skips files already
there. It needs the network, unlike factcheck itself. ``--base`` points at another copy of the
repository (a URL or a local folder, for a mirror).
"""

from __future__ import annotations

import argparse
import sys
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "bench" / "wikiref-sources.tsv"
COMMIT = "376c631761f8f5a116b52f6c62f26233266116c3"
BASE = f"https://raw.githubusercontent.com/dpacassi/dynamic-event-detection-in-data-streams/{COMMIT}/"


def sources(path: Path = SOURCES) -> list[tuple[str, str]]:
    """(file name, repository path) of every article, in the file's order."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            name, _, repo_path = line.partition("\t")
            rows.append((name, repo_path))
    return rows


def _read(base: str, repo_path: str) -> str:
    if "://" not in base:
        return (Path(base) / repo_path).read_text(encoding="utf-8")
    with urllib.request.urlopen(base + urllib.parse.quote(repo_path), timeout=60) as response:  # noqa: S310
        return response.read().decode("utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="folder to write the clusters into")
    parser.add_argument("--base", default=BASE, help="the repository's raw files: a URL ending in / or a folder")
    args = parser.parse_args()
    fetched = kept = 0
    for name, repo_path in sources():
        target = args.corpus / name.split("_")[0] / name
        if target.exists():
            kept += 1
            continue
        try:
            text = _read(args.base, repo_path)
        except OSError as error:
            print(f"fetch_wikiref: cannot read {repo_path}: {error}", file=sys.stderr)
            return 2
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text.replace("\r\n", "\n"), encoding="utf-8")
        fetched += 1
    print(f"{fetched} fetched, {kept} already there, in {args.corpus}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
