"""Score the blind single-source sample against reports: how many missed agreements are now found.

    python bench/clusters.py --cache /tmp/fc-cache --dump /tmp/reports
    python bench/sample.py /tmp/reports [--sample bench/single-source-sample.jsonl] [--kind event]

Each line of the sample is a fact an earlier version gave as single-source, read against the
other articles of its cluster (bench/README.md). A ``YES`` line (another article states the same
fact; its file is named in ``reason``) counts as *found* when one reported ``agree`` or ``update``
fact of its kind holds the sampled claim and a claim of one of the files its reason names. A ``NO`` line
counts as *joined* when a reported agree/update fact holds its claim with a claim of another
article: a possible false agreement, to read. Claims are matched by file and overlapping
characters (any of its mentions: a figure one article repeats is one claim), so a claim whose
span grew or shrank since the sample was drawn still counts.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SAMPLE = ROOT / "bench" / "single-source-sample.jsonl"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "ecbplus-dev"
_FILE = re.compile(r"\b(\d+_\d+(?:ecb(?:plus)?)?)(?:\.txt)?\b")


def _span(corpus: Path, cluster: str, item: str) -> tuple[str, int, int] | None:
    """(file, start, end) of a sampled claim "file: text" in its article, or None if not found."""
    name, _, text = item.partition(": ")
    article = (corpus / cluster / name).read_text(encoding="utf-8")
    start = article.find(text)
    return None if start < 0 else (name, start, start + len(text))


def _holds(fact: dict, files: dict[str, str], span: tuple[str, int, int], others: set[str]) -> bool:
    """The fact holds a claim overlapping the sampled span and a claim of another named file."""
    name, start, end = span
    mine = any(files[c["article"]] == name and s < end and start < e
               for c in fact["claims"] for s, e in [(c["start"], c["end"]), *c.get("mentions", ())])
    theirs = any(files[c["article"]] in others for c in fact["claims"])
    return mine and theirs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reports", type=Path, help="folder of JSON reports, one per cluster (clusters.py --dump)")
    parser.add_argument("--sample", type=Path, default=DEFAULT_SAMPLE)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--kind", help="only lines of this kind (quantity, event, quote)")
    args = parser.parse_args()

    lines = [json.loads(x) for x in args.sample.read_text(encoding="utf-8").splitlines() if x.strip()]
    counts: Counter = Counter()
    for line in lines:
        if args.kind and line["kind"] != args.kind or line["label"] not in ("YES", "NO"):
            continue
        report_path = args.reports / f"{line['cluster']}.json"
        if not report_path.exists():
            continue
        report = json.loads(report_path.read_text(encoding="utf-8"))
        files = {a["id"]: Path(a["path"]).name for a in report["articles"]}
        span = _span(args.corpus, line["cluster"], line["claims"][0])
        if span is None:
            print(f"  ? [{line['cluster']}] claim not found in its article: {line['claims'][0]!r}")
            continue
        if line["label"] == "YES":
            others = {f"{m}.txt" for m in _FILE.findall(line["reason"])} - {span[0]}
        else:
            others = set(files.values()) - {span[0]}
        hit = next((f for f in report["facts"] if f["verdict"] in ("agree", "update")
                    and f["kind"] == line["kind"] and _holds(f, files, span, others)), None)
        counts[(line["kind"], line["label"], hit is not None)] += 1
        mark = {("YES", True): "found", ("YES", False): "missed", ("NO", True): "JOINED", ("NO", False): "apart"}
        status = mark[(line["label"], hit is not None)]
        print(f"  {status:<7} [{line['cluster']}] {line['kind']}: {line['claims'][0][:90]}")
        if hit is not None:
            for claim in hit["claims"]:
                print(f"            {files[claim['article']]}: {claim['text'][:100]}")

    print("\nsingle-source sample: YES lines now agreed (missed agreements found); NO lines now joined")
    for kind in sorted({k for k, _, _ in counts}):
        yes = counts[(kind, "YES", True)], counts[(kind, "YES", True)] + counts[(kind, "YES", False)]
        no = counts[(kind, "NO", True)], counts[(kind, "NO", True)] + counts[(kind, "NO", False)]
        print(f"  {kind:<9} YES found {yes[0]:>3} / {yes[1]:<4} NO joined {no[0]:>3} / {no[1]}")


if __name__ == "__main__":
    main()
