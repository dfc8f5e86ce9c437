"""Throughput of `factcheck extract` as a ratio to bare `nlp.pipe` on the same texts.

    python bench/throughput.py [--articles 100] [--rounds 5] [PATH ...]

Both runs use the same loaded pipeline in the same process, on the same texts (default:
the two seed articles repeated to 100 articles), alternating, after one warm-up of each.
It prints the median seconds of each and their ratio: bare time / extract time, so 1.0
means extraction adds nothing to parsing and 0.85 means it adds about 18 %.
It also times `factcheck compare` on the seed fixture as a user runs it (a new process).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import factcheck  # noqa: E402
from factcheck.parse import load_model  # noqa: E402
from factcheck.types import Options  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(ROOT / "fixtures" / "seed-kyiv-2022-02-24")])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    base = factcheck.read(args.paths)
    articles = tuple(replace(base[i % len(base)], id=f"a{i + 1}") for i in range(args.articles))
    texts = [a.text[a.body_start :] for a in articles]
    words = sum(len(t.split()) for t in texts)
    nlp = load_model(None)

    def bare() -> None:
        for _ in nlp.pipe(texts, batch_size=32):
            pass

    # one process, nothing read from the cache: the work itself, as bare nlp.pipe does it
    uncached = Options(cache=False, jobs=1)

    def extract() -> None:
        factcheck.extract_claims(articles, uncached)

    bare(), extract()  # warm-up: lazy imports, pint registry, caches
    times: dict[str, list[float]] = {"bare": [], "extract": []}
    for _ in range(args.rounds):
        for name, run in (("bare", bare), ("extract", extract)):
            start = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - start)
    bare_s, extract_s = statistics.median(times["bare"]), statistics.median(times["extract"])
    claims = len(factcheck.extract_claims(articles, uncached).claims)
    print(f"model: {nlp.meta['name']} {nlp.meta['version']}; {len(articles)} articles, {words:,} words, "
          f"{claims} claims; {args.rounds} rounds, median")
    print(f"bare nlp.pipe:      {bare_s:.3f} s  ({words / bare_s:,.0f} words/s)")
    print(f"factcheck extract:  {extract_s:.3f} s  ({words / extract_s:,.0f} words/s)")
    print(f"throughput ratio (bare / extract): {bare_s / extract_s:.3f}")

    seeds = ROOT / "fixtures" / "seed-kyiv-2022-02-24"
    walls = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "factcheck", "compare", str(seeds)], check=True,
                       stdout=subprocess.DEVNULL)
        walls.append(time.perf_counter() - start)
    print(f"factcheck compare on the seeds (new process, median of 3): {statistics.median(walls):.2f} s")


if __name__ == "__main__":
    main()
