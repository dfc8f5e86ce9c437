"""Wall and CPU time of `factcheck extract` with --jobs 1, --jobs 2 and the cache, in one run.

    python bench/jobs.py [--articles 441] [--corpus DIR] [--small 4,8,16,32]

Each run is a new process, as a user runs it (model load included), on the same articles
(default: all of ../shared/corpora/ecbplus-dev/*/*.txt), writing the JSON extraction to a file:
  jobs 1           --jobs 1 --no-cache
  jobs 2           --jobs 2 --no-cache
  jobs 2, filling  --jobs 2 with an empty cache directory (all but the last article)
  one added        --jobs 2, the cache holding all but the last article: one article parsed
  cached rerun     --jobs 2, every article cached
CPU is user + system time of the process and its workers. Ratios are to the jobs 1 run. The
outputs of all runs must be byte-identical (checked). Then, in one process with the model
loaded, the smallest runs (--small: numbers of articles) are timed with one process and with two
workers forced on, to see where workers start to pay (workers.MIN_ARTICLES, MIN_CHARS).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "ecbplus-dev"


def _run(args: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (the process and its workers) and peak RSS (MB, largest process)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "factcheck", "extract", *args], check=True, env=env,
                   stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, after.ru_maxrss / 1024


def _in_process(paths: list[str], sizes: list[int]) -> None:
    import factcheck
    from factcheck import workers
    from factcheck.parse import load_model
    from factcheck.types import Options

    load_model(None)
    articles = factcheck.read(paths)
    workers.MIN_ARTICLES, workers.MIN_CHARS = 1, 1  # force workers on, to time them
    for jobs in (1, 2):  # warm-up: lazy imports, pint's registry, look-up caches (forked workers inherit them)
        factcheck.extract_claims(articles[:16], Options(jobs=jobs, cache=False))
    print("\nin one process, model loaded; two workers forced on (workers.MIN_ARTICLES, MIN_CHARS)")
    print(f"{'articles':>8} {'chars':>8} {'jobs 1 s':>9} {'jobs 2 s':>9} {'ratio':>6}")
    for size in sizes:
        part = articles[:size]
        times = []
        for jobs in (1, 2):
            start = time.perf_counter()
            factcheck.extract_claims(part, Options(jobs=jobs, cache=False))
            times.append(time.perf_counter() - start)
        chars = sum(len(a.text) - a.body_start for a in part)
        print(f"{size:>8} {chars:>8,} {times[0]:>9.2f} {times[1]:>9.2f} {times[1] / times[0]:>6.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, default=None, help="the first N articles (default: all)")
    parser.add_argument("--small", default="4,8,16,32", help="article counts for the in-process table ('' skips)")
    args = parser.parse_args()

    paths = sorted(str(p) for p in args.corpus.glob("*/*.txt"))[: args.articles]
    chars = sum(len(Path(p).read_text(encoding="utf-8")) for p in paths)
    work = Path(tempfile.mkdtemp(prefix="factcheck-bench-jobs-"))
    env = {**os.environ, "FACTCHECK_CACHE_DIR": str(work / "cache")}
    runs = [
        ("jobs 1", ["--jobs", "1", "--no-cache"], paths),
        ("jobs 2", ["--jobs", "2", "--no-cache"], paths),
        ("jobs 2, filling", ["--jobs", "2"], paths[:-1]),
        ("one added", ["--jobs", "2"], paths),
        ("cached rerun", ["--jobs", "2"], paths),
    ]
    print(f"{len(paths)} articles, {chars:,} characters; {os.cpu_count()} cores; "
          f"load average {os.getloadavg()[0]:.1f} at the start")
    print(f"{'run':<16} {'wall s':>7} {'CPU s':>7} {'CPU/wall':>8} {'wall ratio':>10} {'CPU ratio':>9}")
    outputs, first = {}, None
    try:
        for name, options, inputs in runs:
            out = work / f"{name.replace(' ', '-').replace(',', '')}.json"
            wall, cpu, _ = _run([*options, "--format", "json", "-o", str(out), *inputs], env)
            first = first or (wall, cpu)
            outputs[name] = out.read_bytes() if inputs is paths else None
            print(f"{name:<16} {wall:>7.1f} {cpu:>7.1f} {cpu / wall:>8.2f} {wall / first[0]:>10.3f} "
                  f"{cpu / first[1]:>9.3f}")
        same = len({o for o in outputs.values() if o is not None}) == 1
        print(f"outputs of jobs 1, jobs 2, one added and cached rerun identical: {'yes' if same else 'NO'}")
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"peak RSS of the largest process: {peak:.0f} MB")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.small:
        _in_process(paths, [int(n) for n in args.small.split(",")])


if __name__ == "__main__":
    main()
