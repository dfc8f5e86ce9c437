"""Fit the agreement confidence to what readers found: a logistic model of the evidence.

    python bench/calibrate.py --corpus ../shared/corpora/ecbplus-dev --corpus ../shared/corpora/ecbplus \
        --corpus DIR ... [--cache DIR] [--fold NAME=DIR,DIR ...]

Runs every cluster of each corpus as ``bench/clusters.py`` does, takes each agreement given that
the labels judge (right when it holds a line labelled right, wrong when it holds a line labelled
wrong whole: ``clusters._judged_as``), and its evidence as ``confidence.agreement_features`` reads
it. Prints, against the evidence score (``confidence.evidence_score``: what conflicts are given,
and agreements were before the fit) and the model of the package (``confidence.AGREEMENT_MODEL``):

- the weights, to paste into ``AGREEMENT_MODEL``;
- a held-out check: for each fold (by default each corpus), the model fitted on the other folds,
  scored on this one (Brier score, log loss; lower is better) against the evidence score;
- the calibration table: agreements by confidence band, with the share right in each.

The fit is plain Newton's method on the L2-penalized log likelihood (numpy, which spaCy brings):
no scikit-learn for one small regression.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from clusters import _claim_keys, _extraction, _judged, _judged_as  # noqa: E402

from factcheck import confidence  # noqa: E402
from factcheck.pipeline import align_story, judge, story_groups  # noqa: E402
from factcheck.report.json import report_dict  # noqa: E402

#: The L2 penalty on the weights (not the intercept): enough to keep a feature seen a few times
#: from taking an extreme weight.
PENALTY = 1.0
#: Confidence bands of the calibration table.
BANDS = (0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.01)


def rows(corpus: Path, cache: Path | None) -> list[tuple[tuple[float, ...], int, float]]:
    """(features, 1 right / 0 wrong, the evidence score) of each labelled agreement given."""
    found = []
    labels = [j for j in _judged(corpus) if j["verdict"] == "agree"]
    for folder in sorted(p for p in corpus.iterdir() if p.is_dir()):
        mine = [j for j in labels if j["cluster"] == folder.name]
        if not mine:
            continue
        extraction = _extraction(folder, cache)
        parts = [align_story(extraction, group) for group in story_groups(extraction)]
        stories = {group.id: story for group, _, story in parts}
        report = judge(extraction.articles, parts)
        data = report_dict(report)
        files = {a["id"]: Path(a["path"]).name for a in data["articles"]}
        texts = {a.id: a.text for a in extraction.articles}
        for fact, shown in zip(report.facts, data["facts"], strict=True):
            if fact.verdict != "agree":
                continue
            judged = _judged_as(_claim_keys(shown, files, texts), mine)
            if judged == "unlabelled":
                continue
            story = stories[fact.story]
            features = confidence.agreement_features(fact.claims, fact.evidence, story)
            score = confidence.evidence_score("agree", fact.claims, fact.evidence, story)
            found.append((features, int(judged == "right"), score))
    return found


def fit(data: list[tuple[tuple[float, ...], int, float]]) -> tuple[float, ...]:
    """Intercept and weights maximizing the penalized log likelihood (Newton's method)."""
    x = np.array([[1.0, *f] for f, _, _ in data])
    y = np.array([label for _, label, _ in data], dtype=float)
    penalty = np.eye(x.shape[1]) * PENALTY
    penalty[0, 0] = 0.0
    w = np.zeros(x.shape[1])
    for _ in range(50):
        p = 1 / (1 + np.exp(-x @ w))
        gradient = x.T @ (y - p) - penalty @ w
        hessian = x.T @ (x * (p * (1 - p))[:, None]) + penalty
        step = np.linalg.solve(hessian, gradient)
        w += step
        if np.abs(step).max() < 1e-8:
            break
    return tuple(round(float(v), 3) for v in w)


def scores(data: list[tuple[tuple[float, ...], int, float]], predict) -> tuple[float, float]:
    """Brier score and log loss of predictions on labelled rows."""
    brier = loss = 0.0
    for features, label, given in data:
        p = min(1 - 1e-6, max(1e-6, predict(features, given)))
        brier += (p - label) ** 2
        loss -= math.log(p if label else 1 - p)
    return brier / len(data), loss / len(data)


def table(data: list[tuple[tuple[float, ...], int, float]], predict) -> None:
    bands: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for features, label, given in data:
        p = predict(features, given)
        band = next(i for i in range(len(BANDS) - 1) if BANDS[i] <= p < BANDS[i + 1])
        bands[band][label] += 1
    print("  confidence    right wrong  share right")
    for band in sorted(bands):
        wrong, right = bands[band]
        low, high = BANDS[band], min(1.0, BANDS[band + 1])
        print(f"  {low:.2f}-{high:.2f}  {right:>7} {wrong:>5}  {right / (right + wrong):>10.1%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, action="append", required=True, help="a folder of clusters (repeatable)")
    parser.add_argument("--cache", type=Path, help="keep extractions here between runs")
    parser.add_argument("--fold", action="append", default=[], metavar="NAME=DIR,DIR",
                        help="held-out folds (default: one per corpus)")
    args = parser.parse_args()

    by_corpus = {corpus: rows(corpus, args.cache) for corpus in args.corpus}
    folds = {name: [Path(d) for d in dirs.split(",")] for name, _, dirs in (f.partition("=") for f in args.fold)} \
        or {corpus.name: [corpus] for corpus in args.corpus}
    data = [row for found in by_corpus.values() for row in found]
    print(f"{len(data)} labelled agreements given ({sum(label for _, label, _ in data)} right)\n")
    model = fit(data)
    print("fitted on all (intercept, then " + ", ".join(confidence.AGREEMENT_FEATURES) + "):")
    print(f"  AGREEMENT_MODEL = {model}\n")

    print("held out: fitted on the other folds, scored on this one (Brier, log loss; the evidence score's in brackets)")
    for name, dirs in folds.items():
        held = [row for d in dirs for row in by_corpus.get(d, [])]
        rest = [row for d, found in by_corpus.items() if d not in dirs for row in found]
        if not held or not rest:
            continue
        fitted = fit(rest)
        mine = scores(held, lambda f, _, m=fitted: confidence.agreement_odds(f, m))
        theirs = scores(held, lambda _, given: given)
        print(f"  {name:<12} {len(held):>4} agreements  {mine[0]:.3f} {mine[1]:.3f}  ({theirs[0]:.3f} {theirs[1]:.3f})")

    print("\ncalibration, the evidence score:")
    table(data, lambda _, given: given)
    print("\ncalibration, the package's model (AGREEMENT_MODEL):")
    table(data, lambda f, _: confidence.agreement_odds(f))
    if model != confidence.AGREEMENT_MODEL:
        print("\ncalibration, the model fitted here on all:")
        table(data, lambda f, _: confidence.agreement_odds(f, model))


if __name__ == "__main__":
    main()
