"""Wall and CPU time of `factcheck extract` with --jobs 1, --jobs 2 and the cache, in one run.

    python bench/jobs.py [--articles 441] [--corpus DIR] [--small 4,8,16,32]
    python bench/jobs.py --compare [--repeat 3] [--corpus DIR]

``--compare`` times `factcheck compare --jobs 2` instead (stories, alignment and judging
included), ``--repeat`` times in one invocation, each with an empty cache directory:
  no cache         --no-cache (first repetition only: the reference the others must equal)
  first run        an empty cache, all articles but the middle one
  one added        the middle article added: it alone parsed, the stories it touches aligned
  cached rerun     every article cached: the report read back
Ratios are to the first run; peak memory is that of the run's largest process (/usr/bin/time).

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


def _timed(args: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """`factcheck compare` run under /usr/bin/time: wall s, CPU s (with workers), peak RSS of the
    largest process (MB)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", "-o", report.name, sys.executable, "-m", "factcheck",
                        "compare", *args], check=True, env=env, stdout=subprocess.DEVNULL)
        wall, user, system, peak = report.read().split()[-4:]
    return float(wall), float(user) + float(system), int(peak) / 1024


def _compare(paths: list[str], repeat: int) -> None:
    """The compare table (``--compare``): see the module's docstring."""
    middle = paths[len(paths) // 2]
    print(f"{'run':<14} {'wall s':>7} {'CPU s':>7} {'peak MB':>8} {'wall ratio':>10} {'CPU ratio':>9}")
    outputs = []
    for n in range(repeat):
        work = Path(tempfile.mkdtemp(prefix="factcheck-bench-compare-"))
        env = {**os.environ, "FACTCHECK_CACHE_DIR": str(work / "cache")}
        runs = [("no cache", ["--no-cache"], paths)] if n == 0 else []
        runs += [("first run", [], [p for p in paths if p != middle]), ("one added", [], paths),
                 ("cached rerun", [], paths)]
        first = None
        try:
            for name, options, inputs in runs:
                out = work / f"{name.replace(' ', '-')}.json"
                wall, cpu, peak = _timed(["--jobs", "2", *options, "--format", "json", "-o", str(out), *inputs], env)
                if name != "no cache":
                    first = first or (wall, cpu)
                ratios = f"{wall / first[0]:>10.3f} {cpu / first[1]:>9.3f}" if first else ""
                print(f"{name:<14} {wall:>7.1f} {cpu:>7.1f} {peak:>8.0f} {ratios}")
                if inputs is paths:
                    outputs.append(out.read_bytes())
        finally:
            shutil.rmtree(work, ignore_errors=True)
        print(f"load average {os.getloadavg()[0]:.1f} after repetition {n + 1}")
    print(f"reports of all runs on every article identical: {'yes' if len(set(outputs)) == 1 else 'NO'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, default=None, help="the first N articles (default: all)")
    parser.add_argument("--small", default="4,8,16,32", help="article counts for the in-process table ('' skips)")
    parser.add_argument("--compare", action="store_true", help="time `compare` and its caches instead")
    parser.add_argument("--repeat", type=int, default=3, help="repetitions of the --compare runs")
    args = parser.parse_args()

    paths = sorted(str(p) for p in args.corpus.glob("**/*.txt"))[: args.articles]  # folders of events, or one
    chars = sum(len(Path(p).read_text(encoding="utf-8")) for p in paths)
    if args.compare:
        print(f"{len(paths)} articles, {chars:,} characters; {os.cpu_count()} cores; "
              f"load average {os.getloadavg()[0]:.1f} at the start")
        _compare(paths, args.repeat)
        return
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
