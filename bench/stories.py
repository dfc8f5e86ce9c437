"""How well articles are grouped into stories, on the ECB+ clusters in ../shared/corpora.

Each folder of ECB+ is one event; the two folders of a topic (``1-1``, ``1-2``) are two
events of one kind (two rehab stays, two quakes) and are the hard pairs. All folders are
handed over as one feed; the grouping is scored with B-cubed precision, recall and F1
against the folders, the share of topics whose two halves no story mixes, and, handed
over one folder at a time (a user's usual call), the share of folders kept as one story.

    python bench/stories.py --cache /tmp/fc-cache              # thresholds around the default
    python bench/stories.py --cache /tmp/fc-cache --threshold 0.2
    python bench/stories.py --cache /tmp/fc-cache --threshold 0.15 --show-mixed   # what is mixed, and why
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from clusters import _extraction  # noqa: E402

from factcheck.stories import STORY_SIMILARITY, find_stories  # noqa: E402

CORPORA = (ROOT.parent / "shared" / "corpora" / "ecbplus-dev", ROOT.parent / "shared" / "corpora" / "ecbplus")


def bcubed(stories: list[list[str]], truth: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a grouping against each item's true class."""
    cluster_of = {item: n for n, story in enumerate(stories) for item in story}
    by_class: dict[str, set[str]] = defaultdict(set)
    for item, cls in truth.items():
        by_class[cls].add(item)
    precision = recall = 0.0
    for item, cls in truth.items():
        mine = set(stories[cluster_of[item]])
        both = len(mine & by_class[cls])
        precision += both / len(mine)
        recall += both / len(by_class[cls])
    p, r = precision / len(truth), recall / len(truth)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="keep extractions here between runs")
    parser.add_argument("--threshold", type=float, action="append", help="similarity thresholds to score")
    parser.add_argument("--corpus", type=Path, action="append",
                        help="score only this corpus (repeatable; default: ecbplus-dev and ecbplus together)")
    parser.add_argument("--show-mixed", action="store_true",
                        help="after the table, each story mixing folders: its folders, titles and top terms")
    args = parser.parse_args()
    thresholds = args.threshold or sorted({0.1, 0.15, 0.2, STORY_SIMILARITY, 0.25, 0.3, 0.4})

    folders = sorted(f for corpus in args.corpus or CORPORA if corpus.is_dir() for f in corpus.iterdir() if f.is_dir())
    articles, terms, truth = [], {}, {}
    per_folder = []
    for folder in folders:
        extraction = _extraction(folder, args.cache)
        own = dict(extraction.terms)
        renamed = [replace(a, id=f"{folder.name}:{a.id}") for a in extraction.articles]
        per_folder.append((folder.name, renamed, {f"{folder.name}:{k}": v for k, v in own.items()}))
        for article in renamed:
            articles.append(article)
            terms[article.id] = own.get(article.id.split(":")[1], ())
            truth[article.id] = folder.name
    topics: dict[str, list[str]] = defaultdict(list)
    for folder in folders:
        topics[folder.name.split("-")[0]].append(folder.name)
    pairs = [halves for halves in topics.values() if len(halves) == 2]

    print(f"{len(folders)} ECB+ folders (events), {len(articles)} articles, {len(pairs)} topics with two halves\n")
    print("threshold  stories  B3-prec  B3-rec    B3-F1  halves-apart  folder-alone-one-story  seconds")
    for threshold in thresholds:
        start = time.perf_counter()
        stories = [list(s.articles) for s in find_stories(articles, terms, threshold)]
        seconds = time.perf_counter() - start
        p, r, f = bcubed(stories, truth)
        apart = sum(not any({truth[i] for i in s} >= set(h) for s in stories) for h in pairs)
        whole = sum(len(find_stories(arts, own, threshold)) == 1 for _, arts, own in per_folder)
        print(f"{threshold:>9.2f} {len(stories):>8} {p:>8.3f} {r:>7.3f} {f:>8.3f} {apart:>7} / {len(pairs):<4}"
              f" {whole:>15} / {len(per_folder):<6} {seconds:>8.2f}")
        if args.show_mixed:
            _show_mixed(stories, truth, terms, {a.id: a for a in articles})


def _show_mixed(stories: list[list[str]], truth: dict[str, str], terms: dict, by_id: dict) -> None:
    """Each story holding articles of two or more folders: per folder, its size, first
    titles (or opening words) and the terms most of its articles share."""
    for story in stories:
        folders = Counter(truth[i] for i in story)
        if len(folders) < 2:
            continue
        print(f"  mixed: {dict(folders)}")
        for folder in folders:
            ids = [i for i in story if truth[i] == folder]
            shared = Counter(t for i in ids for t, _ in terms[i])
            heads = [(by_id[i].title or by_id[i].text[:60]).replace("\n", " ") for i in ids[:2]]
            print(f"    {folder}: {heads}")
            print(f"      {[t for t, _ in shared.most_common(20)]}")


if __name__ == "__main__":
    main()
