"""How alignment and judging grow with the number of articles of one story.

One ECB+ cluster's extraction (cached like bench/clusters.py) is copied k times under new
article ids, as if k times as many outlets had reported the event in the same words, the
hardest case for blocking: every copy's claims fall into the same blocks. Stories, align
and compare (``pipeline.judge_extraction``) are timed at each size (CPU seconds of this process:
other work on the machine does not inflate them), and the growth exponent
between sizes is printed (1.0 linear, 2.0 all pairs), with the exponent of a least-squares fit
over all sizes. No parsing: extraction is done once. With ``--extraction``, the cluster is also
extracted afresh (one process, model loaded first) and each size's share after extraction is
printed: judging's seconds over those plus N times one article's extraction.

    python bench/scale.py --cache /tmp/fc-cache [--cluster 19-2] [--sizes 32,64,128,256,512]
                          [--distinct | --reworded | --paired] [--extraction]
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from clusters import DEFAULT_CORPUS, _extraction  # noqa: E402

import factcheck  # noqa: E402
from factcheck.parse import load_model  # noqa: E402
from factcheck.pipeline import judge_extraction  # noqa: E402
from factcheck.types import Extraction, Options  # noqa: E402


def copies(extraction: Extraction, articles: int, distinct: bool = False, reworded: bool = False,
           paired: bool = False) -> Extraction:
    """The extraction's articles repeated (under new ids a1, a2, …) until there are ``articles``;
    with ``distinct``, each copy's sentences carry a mark of their own, so that no two claims of
    different copies are the same claim (``align/pairs.claim_signature``); the rules between
    articles do not read sentences, so to them the copies are still one claim
    (``seen_signature``). With ``reworded``, each copy's claims also have a context word of
    their own (no rule's answer changes but the context overlap each pair is ranked by), so
    that no two copies' claims are one claim to any rule: a thousand outlets each writing the
    story in their own words, the case copies do not test. A word of one article alone is seen
    only as a word more (``pairs.seen_signature``), so to the rules such copies are still one
    class; with ``paired``, the word is held by two copies (the 1st and 2nd, the 3rd and 4th, …),
    so that no two copies' claims are one class: outlets whose wordings overlap here and there."""
    base = extraction.articles
    new_articles, claims, names, terms = [], [], [], []
    own_claims = {a.id: [c for c in extraction.claims if c.article == a.id] for a in base}
    own_names, own_terms = dict(extraction.names), dict(extraction.terms)
    for n in range(articles):
        source = base[n % len(base)]
        new_id = f"a{n + 1}"
        new_articles.append(replace(source, id=new_id))
        mark = f" ({n})" if distinct or reworded or paired else ""
        word = f"pair{n // 2}" if paired else f"copy{n}"
        reframe = reworded or paired
        claims.extend(replace(c, article=new_id, sentence=c.sentence + mark,
                              frame=replace(c.frame, context=c.frame.context | {word}) if reframe else c.frame)
                      for c in own_claims[source.id])
        names.append((new_id, own_names.get(source.id, frozenset())))
        terms.append((new_id, own_terms.get(source.id, ())))
    return Extraction(articles=tuple(new_articles), claims=tuple(claims), names=tuple(names), terms=tuple(terms))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--cluster", default="19-2")
    parser.add_argument("--sizes", default="32,64,128,256,512")
    parser.add_argument("--distinct", action="store_true", help="no two copies' claims the same claim (see copies)")
    parser.add_argument("--reworded", action="store_true", help="nor the same to any rule (see copies)")
    parser.add_argument("--paired", action="store_true", help="reworded, each word held by two copies (see copies)")
    parser.add_argument("--extraction", action="store_true", help="time one article's extraction; print shares")
    args = parser.parse_args()
    extraction = _extraction(DEFAULT_CORPUS / args.cluster, args.cache)
    per_article = _extraction_seconds(DEFAULT_CORPUS / args.cluster) if args.extraction else None
    print(f"cluster {args.cluster}: {len(extraction.articles)} articles, {len(extraction.claims)} claims, copied")
    if per_article is not None:
        print(f"extraction: {per_article:.3f} s per article (one process)")
    print(f"\n{'articles':>8} {'claims':>8} {'facts':>7} {'cpu s':>8} {'exponent':>9} {'share':>6}")
    points = []
    for size in (int(s) for s in args.sizes.split(",")):
        feed = copies(extraction, size, args.distinct, args.reworded, args.paired)
        start = time.process_time()
        report = judge_extraction(feed, Options())
        seconds = time.process_time() - start
        last = points[-1] if points else None
        growth = "" if last is None else f"{math.log(seconds / last[1]) / math.log(size / last[0]):>9.2f}"
        share = "" if per_article is None else f"{seconds / (seconds + per_article * size):>6.1%}"
        print(f"{size:>8} {len(feed.claims):>8} {len(report.facts):>7} {seconds:>8.2f} {growth:>9} {share:>6}")
        points.append((size, seconds))
    if len(points) > 2:
        xs, ys = [math.log(p[0]) for p in points], [math.log(p[1]) for p in points]
        mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
        slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)
        print(f"fitted exponent over all sizes: {slope:.2f}")


def _extraction_seconds(folder: Path) -> float:
    """Seconds one article of the cluster takes to parse and extract, the model loaded first."""
    articles = factcheck.read([str(folder)])
    options = Options(jobs=1, cache=False)
    load_model(options.model)
    start = time.process_time()
    factcheck.extract_claims(articles, options)
    return (time.process_time() - start) / len(articles)


if __name__ == "__main__":
    main()
