"""Figures as news writes them: the stated value, ranges, direction of change, signs, units
and currencies, hedges. Each sentence is invented for the kind it tests."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.normalize.claims import normalize
from factcheck.report.json import value_dict
from factcheck.report.values import claim_value
from factcheck.types import Article

pytestmark = pytest.mark.slow


def figures(nlp, text):
    article = Article(id="a1", path="t.txt", text=text, source="t.txt")
    return [c for c in normalize(extract([article], [nlp(text)])).claims if c.kind == "quantity"]


def only(nlp, text):
    found = figures(nlp, text)
    assert len(found) == 1, [c.text for c in found]
    return found[0]


# ---------------------------------------------------------------- stated value, no digit lost


@pytest.mark.parametrize(
    ("text", "stated_text", "value", "unit"),
    [
        ("The seam is 1.5 mm wide at its base.", "1.5 mm", 1.5, "mm"),
        ("The film was 0.03 millimeter thick.", "0.03 millimeter", 0.03, "mm"),
        ("The receiver ran 66 yards before he fell.", "66 yards", 66, "yd"),
        ("The miner earned $4.2b in the year.", "$4.2b", 4.2, "billion USD"),
        ("The town spent 1.25 million euros on roads.", "1.25 million euros", 1.25, "million EUR"),
        ("The lake lies 12 miles north of the town.", "12 miles", 12, "mi"),
        ("About 300 people queued outside.", "300", 300, None),
    ],
)
def test_stated_value_keeps_the_written_number_and_unit(nlp, text, stated_text, value, unit):
    stated = only(nlp, text).value.stated
    assert (stated.text, stated.value, stated.unit) == (stated_text, pytest.approx(value), unit)


def test_json_keeps_every_written_digit(nlp):
    value = value_dict(only(nlp, "The film was 0.03 millimeter thick.").value)
    assert value["low"] == pytest.approx(3e-08, rel=1e-9)
    assert value["stated"] == {"text": "0.03 millimeter", "value": 0.03, "unit": "mm"}
    value = value_dict(only(nlp, "The seam is 1.5 mm wide at its base.").value)
    assert value["low"] == pytest.approx(1.5e-06, rel=1e-9)


def test_report_shows_the_stated_form_not_the_canonical_unit(nlp):
    claim = only(nlp, "The receiver ran 66 yards before he fell.")
    row = {"kind": "quantity", "value": value_dict(claim.value), "value_text": "0.0604 km"}
    assert claim_value(row) == "66 yd"


def test_report_shows_qualifier_with_stated_form(nlp):
    claim = only(nlp, "Nearly 40 miles of track were flooded.")
    row = {"kind": "quantity", "value": value_dict(claim.value), "value_text": "?"}
    assert claim_value(row) == "≈ 40 mi"


def test_vague_amount_has_no_stated_number(nlp):
    claim = only(nlp, "Hundreds of fans waited at the gate.")
    assert claim.value.stated.value is None
    row = {"kind": "quantity", "value": value_dict(claim.value), "value_text": "≈ 200–999"}
    assert claim_value(row) == "≈ 200–999"
