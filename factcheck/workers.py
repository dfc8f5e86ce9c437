"""Parse and extract on every core: articles in chunks, each chunk parsed and extracted in a
worker process, the plain ``ArticleParse`` values sent back in input order.

spaCy ``Doc`` objects never cross a process boundary: a worker parses its chunk with
``parse.parse`` and reads it with ``extract.extract``, exactly as one process does, and returns
what extract returns. A chunk's articles are parsed in one batch, and a text's parse does not
depend on what else is in its batch (measured on the 441 ECB+ development articles: chunks of 5
and batches of 32 gave equal extractions), so the result equals a one-process run.

Workers are forked where the platform can (Linux): they share the model the calling process
has loaded and start in milliseconds. Elsewhere they are spawned and each loads the model once.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING

from .exceptions import FactcheckError
from .extract import extract
from .parse import BATCH_SIZE, load_model, parse
from .types import Article, ArticleParse

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

#: Fewer articles or characters than these are parsed in the calling process: starting and
#: feeding workers costs more than they save. Measured with bench/jobs.py on a shared 2-core
#: machine (docs/performance.md), one process against two forked workers: on a quiet machine
#: two workers already won at 15,000 characters (16 articles, 0.67 of the time); with the
#: machine busy they broke even up to 25,000 characters and won from about 60,000 (0.82).
#: 40,000 characters (some 3 s of parsing on one core) and 8 articles sit between the two.
MIN_ARTICLES = 8
MIN_CHARS = 40_000
#: A chunk holds at most this many characters (and BATCH_SIZE articles), and there are at least
#: CHUNKS_PER_WORKER chunks per worker: small enough that the workers finish close together and
#: the progress callback moves, large enough that sending chunks costs nothing measurable.
CHUNK_CHARS = 40_000
CHUNKS_PER_WORKER = 4

_nlp: Language | None = None  # the worker's model, set by _start


def jobs_for(jobs: int | None) -> int:
    """The number of processes asked for: ``jobs``, or the machine's cores when None."""
    if jobs is None:
        return os.cpu_count() or 1
    if jobs < 1:
        raise FactcheckError(f"jobs must be 1 or more, got {jobs}; use 1 to parse in one process")
    return jobs


def extract_articles(articles: Sequence[Article], nlp: Language, model: str | None, jobs: int | None,
                     progress: Callable[[int, int], None] | None = None) -> Iterator[ArticleParse]:
    """Parse and extract each article, yielding its ``ArticleParse`` in input order.

    One process for a handful of articles or ``jobs`` 1; else up to ``jobs`` worker processes,
    each using the model ``model`` names (as ``load_model`` reads it). ``progress`` is called
    with (characters parsed, characters in all): after each piece in one process, after each
    chunk that comes back from a worker.
    """
    jobs = jobs_for(jobs)
    chars = sum(_body(a) for a in articles)
    if jobs == 1 or len(articles) < MIN_ARTICLES or chars < MIN_CHARS:
        yield from extract(articles, parse(articles, nlp, progress))
        return
    chunks = _chunks(articles, max(1, min(CHUNK_CHARS, chars // (jobs * CHUNKS_PER_WORKER))))
    yield from _in_workers(chunks, model, min(jobs, len(chunks)), chars, progress)


def _in_workers(chunks: list[list[Article]], model: str | None, workers: int, total: int,
                progress: Callable[[int, int], None] | None) -> Iterator[ArticleParse]:
    """Each chunk extracted in a pool of ``workers`` processes; results yielded in chunk order."""
    methods = multiprocessing.get_all_start_methods()
    method = "fork" if "fork" in methods else "spawn"
    context = multiprocessing.get_context(method)
    done, ready, following = 0, {}, 0
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_start,
                             initargs=(model, method == "fork")) as pool:
        pending = {pool.submit(_work, chunk): n for n, chunk in enumerate(chunks)}
        try:
            while pending:
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in sorted(finished, key=pending.get):
                    n = pending.pop(future)
                    ready[n] = future.result()
                    done += sum(_body(a) for a in chunks[n])
                    if progress is not None:
                        progress(done, total)
                while following in ready:
                    yield from ready.pop(following)
                    following += 1
        except BrokenProcessPool:
            raise FactcheckError("a worker process stopped before it finished (out of memory, or killed); "
                                 "rerun with --jobs 1") from None
        finally:
            for future in pending:
                future.cancel()


def _chunks(articles: Sequence[Article], limit: int) -> list[list[Article]]:
    """Consecutive articles in chunks of at most ``limit`` characters and BATCH_SIZE articles
    (a longer article alone)."""
    chunks: list[list[Article]] = []
    chars = 0
    for article in articles:
        if chunks and len(chunks[-1]) < BATCH_SIZE and chars + _body(article) <= limit:
            chunks[-1].append(article)
            chars += _body(article)
        else:
            chunks.append([article])
            chars = _body(article)
    return chunks


def _body(article: Article) -> int:
    return len(article.text) - article.body_start


def _start(model: str | None, forked: bool) -> None:
    """A worker's start: the model, loaded once (a forked worker finds its parent's)."""
    global _nlp
    # Ctrl-C reaches every process of the terminal; the calling process alone answers it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if forked:
        # A forked worker inherits its parent's standard streams with their locks as they were at
        # the fork; a thread of the parent (a progress bar drawing on stderr) may have held one.
        # Fresh stream objects over the same descriptors cannot be held by a thread of the parent.
        sys.stdout = open(1, "w", encoding="utf-8", errors="backslashreplace", closefd=False)  # noqa: SIM115
        sys.stderr = open(2, "w", encoding="utf-8", errors="backslashreplace", closefd=False)  # noqa: SIM115
    _nlp = load_model(model)


def _work(chunk: list[Article]) -> list[ArticleParse]:
    """One chunk parsed and extracted; a bug becomes a one-line ``FactcheckError`` naming where."""
    try:
        return extract(chunk, parse(chunk, _nlp))
    except FactcheckError:
        raise
    except Exception as err:
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        where = traceback.extract_tb(err.__traceback__)[-1]
        message = " ".join(str(err).split())
        raise FactcheckError(
            f"internal error {type(err).__name__} in a worker process: {message} "
            f"(at {Path(where.filename).name}:{where.lineno}); please report it with the input; "
            "FACTCHECK_DEBUG=1 shows the traceback"
        ) from None
