"""Verdicts on real multi-outlet clusters, held against facts judged by reading.

    python bench/clusters.py [--corpus ../shared/corpora/ecbplus-dev] [--list-unjudged N]
                             [--dump DIR] [--cache DIR] [--stories auto|one]

Runs ``factcheck.compare_articles`` on every cluster folder of the corpus (each folder is
one event told by several outlets) and prints, per kind, how many facts it gives of each
verdict; how many judged-wrong verdicts are still given and how many judged-right ones are
kept; the conflicts nobody has judged yet (for reading); and the time per cluster.

Judgements come from ``judged.jsonl`` in the corpus folder and from ``bench/labels.jsonl``
(pairs labelled by reading for this project). A judged line names its claims as
"file: text". A judged conflict or agreement is *given again* when one reported fact of
the same verdict holds two of its claims from different articles; a judged single-source
fact marked YES (an agreement missed) counts as *found* when a reported agree or update
fact holds two of its claims from different articles. A judged-wrong agreement can be given
*whole* (one fact still holds every claim of the line) or *in part* (two of its claims stay
together, but the odd one that made it wrong may have left): both are counted and the
partial ones listed, to read.

``--dump DIR`` writes each cluster's JSON report there (to read, or to label from).
``--cache DIR`` keeps each cluster's extraction between runs (keyed by the package's source),
so that trying a change in align/ or compare costs seconds, not minutes. ``--stories one``
keeps each cluster one story (by default each is grouped as ``compare`` groups it).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import factcheck  # noqa: E402
from factcheck.cache import source_hash  # noqa: E402  (what makes an extraction: the same key as the package's cache)
from factcheck.pipeline import judge_extraction  # noqa: E402
from factcheck.report.json import report_dict  # noqa: E402
from factcheck.types import Options  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "ecbplus-dev"
LABELS = ROOT / "bench" / "labels.jsonl"
KINDS = ("quantity", "event", "quote")
VERDICTS = ("conflict", "agree", "update", "single_source")


def _extraction(folder: Path, cache: Path | None):
    articles = factcheck.read([str(folder)])
    if cache is None:
        return factcheck.extract_claims(articles)
    key = hashlib.sha256(("".join(a.text for a in articles) + source_hash()).encode()).hexdigest()[:20]
    path = cache / f"{folder.name}-{key}.pickle"
    if path.exists():
        return pickle.loads(path.read_bytes())
    extraction = factcheck.extract_claims(articles)
    cache.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(extraction))
    return extraction


def _judged(corpus: Path) -> list[dict]:
    lines = []
    for path in (corpus / "judged.jsonl", LABELS):
        if path.exists():
            lines += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines


def _claim_keys(fact: dict, files: dict[str, str], texts: dict[str, str] | None = None) -> set[tuple[str, str]]:
    """(file, text) of each claim, and of each of its mentions when ``texts`` (article id -> text) is
    given: a claim one article repeats ("Jackson arrested" in the headline, "Jackson was arrested" in
    the body) is one claim shown by one text, and a judged line may name either."""
    keys = {(files[c["article"]], c["text"]) for c in fact["claims"]}
    if texts:
        keys |= {(files[c["article"]], texts[c["article"]][start:end])
                 for c in fact["claims"] for start, end in c.get("mentions", ())}
    return keys


def _judged_keys(line: dict) -> set[tuple[str, str]]:
    keys = set()
    for item in line["claims"]:
        name, _, text = item.partition(": ")
        keys.add((name, text))
    return keys


#: A judged claim's text this long or longer still matches a claim whose text grew around it by at
#: most ``GROWN_MAX_CHARS`` ("$1.29" read later as "below $1.29"); shorter ones ("two") must match
#: from the start, and a long text holding it (a quote naming "10 platform") is another claim.
GROWN_MIN_CHARS, GROWN_MAX_CHARS = 4, 20


def _same_claim(text: str, judged: str) -> bool:
    """judged.jsonl cuts long claim texts, so a judged text matches a claim that starts with it;
    a claim whose span grew (a hedge read in front) still holds a judged text of a few characters."""
    grown = len(judged) >= GROWN_MIN_CHARS and len(text) <= len(judged) + GROWN_MAX_CHARS and judged in text
    return text == judged or text.startswith(judged[:100]) or grown


def _holds(fact_keys: set[tuple[str, str]], judged: set[tuple[str, str]]) -> bool:
    """A reported fact holds a judged one when it has two of its claims from different files."""
    files = {name for name, text in fact_keys for jname, jtext in judged if name == jname and _same_claim(text, jtext)}
    return len(files) >= 2


def _holds_all(fact_keys: set[tuple[str, str]], judged: set[tuple[str, str]]) -> bool:
    """A reported fact holds every claim of a judged line (texts matched as in ``_holds``)."""
    return all(any(name == jname and _same_claim(text, jtext) for name, text in fact_keys) for jname, jtext in judged)


def _judged_as(fact_keys: set[tuple[str, str]], lines: list[dict]) -> str:
    """A given agreement, by the labelled agreements: wrong when it holds every claim of a line
    judged wrong, right when it holds a line judged right, else unlabelled."""
    if any(j["label"] == "FALSE" and _holds_all(fact_keys, _judged_keys(j)) for j in lines):
        return "wrong"
    if any(j["label"] == "TRUE" and _holds(fact_keys, _judged_keys(j)) for j in lines):
        return "right"
    return "unlabelled"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--list-unjudged", type=int, default=40, metavar="N", help="conflicts to list for reading")
    parser.add_argument("--dump", type=Path, help="write each cluster's JSON report into this folder")
    parser.add_argument("--cache", type=Path, help="keep extractions here between runs")
    parser.add_argument("--stories", choices=("auto", "one"), default="auto",
                        help="group each cluster's articles into stories as compare does (default), or not")
    parser.add_argument("clusters", nargs="*", help="cluster folder names (default: all)")
    args = parser.parse_args()

    folders = sorted(p for p in args.corpus.iterdir() if p.is_dir() and (not args.clusters or p.name in args.clusters))
    judged = [j for j in _judged(args.corpus) if j["cluster"] in {f.name for f in folders}]
    counts: dict[str, Counter] = defaultdict(Counter)
    given: list[tuple[dict, dict | None]] = []  # (judged line, the reported fact holding it)
    wrong_agreements: list[tuple[str, dict, bool]] = []  # judged-wrong agreements given: (cluster, line, whole)
    judged_given: Counter = Counter()  # each given agreement by its labels: right, wrong, unlabelled
    unjudged: list[tuple[str, dict, dict[str, str]]] = []
    per_cluster = []
    for folder in folders:
        start = time.perf_counter()
        extraction = _extraction(folder, args.cache)
        report = judge_extraction(extraction, Options(stories=args.stories))
        seconds = time.perf_counter() - start
        data = report_dict(report)
        if args.dump:
            args.dump.mkdir(parents=True, exist_ok=True)
            (args.dump / f"{folder.name}.json").write_text(json.dumps(data, indent=1, ensure_ascii=False))
        files = {a["id"]: Path(a["path"]).name for a in data["articles"]}
        texts = {a.id: a.text for a in extraction.articles}
        facts = [(f, _claim_keys(f, files, texts)) for f in data["facts"]]
        for fact, _ in facts:
            counts[fact["kind"]][fact["verdict"]] += 1
        mine = [j for j in judged if j["cluster"] == folder.name]
        for line in mine:
            keys = _judged_keys(line)
            wanted = ("agree", "update") if line["verdict"] == "single_source" else (line["verdict"],)
            hit = next((f for f, k in facts if f["verdict"] in wanted and _holds(k, keys)), None)
            given.append((line, hit))
            if line["verdict"] == "agree" and line["label"] == "FALSE" and hit is not None:
                whole = any(f["verdict"] == "agree" and _holds_all(k, keys) for f, k in facts)
                wrong_agreements.append((folder.name, line, whole))
        judged_conflicts = [_judged_keys(j) for j in mine if j["verdict"] == "conflict"]
        for fact, keys in facts:
            if fact["verdict"] == "conflict" and not any(_holds(keys, j) for j in judged_conflicts):
                unjudged.append((folder.name, fact, files))
        agreements = [j for j in mine if j["verdict"] == "agree"]
        for fact, keys in facts:
            if fact["verdict"] in ("agree", "update"):
                judged_given[_judged_as(keys, agreements)] += 1
        conflicts = sum(f["verdict"] == "conflict" for f, _ in facts)
        per_cluster.append((folder.name, len(extraction.articles), len(facts), conflicts, seconds))

    print(f"corpus: {args.corpus} ({len(folders)} clusters)\n")
    print("facts given, by kind and verdict")
    print(f"{'kind':<10}" + "".join(f"{v:>15}" for v in VERDICTS))
    for kind in KINDS:
        print(f"{kind:<10}" + "".join(f"{counts[kind][v]:>15}" for v in VERDICTS))
    print("\njudged facts: still given / judged (by kind, verdict then, label)")
    table: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    for line, hit in given:
        row = table[(line["kind"], line["verdict"], line["label"])]
        row[0] += hit is not None
        row[1] += 1
    for (kind, verdict, label), (hits, total) in sorted(table.items()):
        meaning = {"conflict": "conflict given", "agree": "agreement given", "single_source": "now agreed"}
        print(f"  {kind:<9} {verdict:<14} {label:<7} {meaning[verdict]:<16} {hits:>3} / {total}")
    wrong = sum(hit is not None for line, hit in given if line["verdict"] == "conflict" and line["label"] == "FALSE")
    right = sum(hit is not None for line, hit in given if line["verdict"] == "conflict" and line["label"] == "TRUE")
    n_wrong = sum(line["verdict"] == "conflict" and line["label"] == "FALSE" for line, _ in given)
    n_right = sum(line["verdict"] == "conflict" and line["label"] == "TRUE" for line, _ in given)
    print(f"\njudged-wrong conflicts still given: {wrong} / {n_wrong}; "
          f"judged-right conflicts kept: {right} / {n_right}")

    whole = [(c, line) for c, line, w in wrong_agreements if w]
    print(f"judged-wrong agreements still given whole (every claim of the line in one fact): {len(whole)}; "
          f"in part: {len(wrong_agreements) - len(whole)} (the odd claim may have left: read them)")
    for cluster, line, w in wrong_agreements:
        if not w:
            print(f"  in part [{cluster}] {line['kind']}: {line['summary'][:70]}")

    right, wrong = judged_given["right"], judged_given["wrong"]
    print(f"\nagreements given, each judged by its labels: right {right}, wrong {wrong}, "
          f"unlabelled {judged_given['unlabelled']}"
          + (f"; precision {right / (right + wrong):.1%}" if right + wrong else ""))

    _calibration(given)

    print(f"\nconflicts not judged yet: {len(unjudged)}")
    for cluster, fact, files in unjudged[: args.list_unjudged]:
        print(f"- [{cluster}] {fact['kind']}: {fact['summary']}")
        for claim in fact["claims"]:
            print(f"    {files[claim['article']]}: {claim['text']!r}  ⟨{claim['sentence'][:150]}⟩")

    print("\nper cluster: articles, facts, conflicts, seconds (align + compare"
          + (", extraction cached)" if args.cache else " + extraction)"))
    for name, n_articles, n_facts, conflicts, seconds in per_cluster:
        print(f"  {name:<6} {n_articles:>3} {n_facts:>5} {conflicts:>4} {seconds:>7.2f}")
    total = sum(p[4] for p in per_cluster)
    print(f"  total  {sum(p[1] for p in per_cluster):>3} {sum(p[2] for p in per_cluster):>5} "
          f"{sum(p[3] for p in per_cluster):>4} {total:>7.2f}")


#: Confidence thresholds the calibration table is printed at.
THRESHOLDS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def _calibration(given: list[tuple[dict, dict | None]]) -> None:
    """Precision and recall of the agreements and conflicts given, at each confidence threshold.

    Only facts that hold a labelled line count: precision is TRUE / (TRUE + FALSE) among the
    labelled lines a fact of that verdict still holds with at least that confidence; recall is
    the share of the TRUE lines of that verdict still held.
    """
    print("\ncalibration on labelled lines (facts still given, by their confidence)")
    print(f"  {'verdict':<9} {'min conf':>8} {'TRUE':>5} {'FALSE':>5} {'precision':>9} {'recall':>7}")
    for verdict in ("agree", "conflict"):
        lines = [(line, hit) for line, hit in given
                 if line["verdict"] == verdict and line["label"] in ("TRUE", "FALSE")]
        n_true = sum(line["label"] == "TRUE" for line, _ in lines)
        for threshold in THRESHOLDS:
            kept = [line for line, hit in lines if hit is not None and (hit["confidence"] or 0) >= threshold]
            true = sum(line["label"] == "TRUE" for line in kept)
            false = len(kept) - true
            precision = f"{true / len(kept):.1%}" if kept else "-"
            recall = f"{true / n_true:.1%}" if n_true else "-"
            print(f"  {verdict:<9} {threshold:>8.1f} {true:>5} {false:>5} {precision:>9} {recall:>7}")


if __name__ == "__main__":
    main()
