"""How alignment and judging grow with the number of articles of one story.

One ECB+ cluster's extraction (cached like bench/clusters.py) is copied k times under new
article ids, as if k times as many outlets had reported the event in the same words, the
hardest case for blocking: every copy's claims fall into the same blocks. Stories, align
and compare (``pipeline.judge_extraction``) are timed at each size, and the growth exponent
between sizes is printed (1.0 linear, 2.0 all pairs). No parsing: extraction is done once.

    python bench/scale.py --cache /tmp/fc-cache [--cluster 19-2] [--sizes 32,64,128,256,512] [--distinct]
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

from factcheck.pipeline import judge_extraction  # noqa: E402
from factcheck.types import Extraction, Options  # noqa: E402


def copies(extraction: Extraction, articles: int, distinct: bool = False) -> Extraction:
    """The extraction's articles repeated (under new ids a1, a2, …) until there are ``articles``;
    with ``distinct``, each copy's sentences carry a mark of their own, so that no two claims of
    different copies are the same claim to the rules (``align/pairs.claim_signature``): a
    thousand outlets each writing the story in their own words, the case copies do not test."""
    base = extraction.articles
    new_articles, claims, names, terms = [], [], [], []
    own_claims = {a.id: [c for c in extraction.claims if c.article == a.id] for a in base}
    own_names, own_terms = dict(extraction.names), dict(extraction.terms)
    for n in range(articles):
        source = base[n % len(base)]
        new_id = f"a{n + 1}"
        new_articles.append(replace(source, id=new_id))
        mark = f" ({n})" if distinct else ""
        claims.extend(replace(c, article=new_id, sentence=c.sentence + mark) for c in own_claims[source.id])
        names.append((new_id, own_names.get(source.id, frozenset())))
        terms.append((new_id, own_terms.get(source.id, ())))
    return Extraction(articles=tuple(new_articles), claims=tuple(claims), names=tuple(names), terms=tuple(terms))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--cluster", default="19-2")
    parser.add_argument("--sizes", default="32,64,128,256,512")
    parser.add_argument("--distinct", action="store_true", help="no two copies' claims the same claim (see copies)")
    args = parser.parse_args()
    extraction = _extraction(DEFAULT_CORPUS / args.cluster, args.cache)
    print(f"cluster {args.cluster}: {len(extraction.articles)} articles, {len(extraction.claims)} claims, copied\n")
    print(f"{'articles':>8} {'claims':>8} {'facts':>7} {'seconds':>8} {'exponent':>9}")
    last = None
    for size in (int(s) for s in args.sizes.split(",")):
        feed = copies(extraction, size, args.distinct)
        start = time.perf_counter()
        report = judge_extraction(feed, Options())
        seconds = time.perf_counter() - start
        growth = "" if last is None else f"{math.log(seconds / last[1]) / math.log(size / last[0]):>9.2f}"
        print(f"{size:>8} {len(feed.claims):>8} {len(report.facts):>7} {seconds:>8.2f} {growth}")
        last = (size, seconds)


if __name__ == "__main__":
    main()
