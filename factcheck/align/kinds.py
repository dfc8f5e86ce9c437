"""What a figure counts: its measure's class, and the words before its counted noun that name a
kind of it ("120 parliament seats", "40 drone strikes"). Figures are blocked by the class of the
noun (``head_class``), so that a named kind meets the bare noun; the words tell kinds apart
(``two_kinds``; docs/verdicts.md, section 1).
"""

from __future__ import annotations

from ..normalize import measures
from ..types import Claim, Quantity


def head_class(value: Quantity) -> str:
    """The class a figure is blocked by: its measure's class, or for a counted noun with nouns before
    it that no class knows ("120 parliament seats") the class of its last noun, so that it meets the
    bare noun ("120 seats"); the words before tell kinds apart (``two_kinds``, links.py)."""
    if value.measure_class == value.measure.casefold() and " " in value.measure:
        return measures.measure_class(value.measure.split()[-1])
    return value.measure_class


def _kinds(value: Quantity) -> frozenset[str]:
    return frozenset(value.measure.split()[:-1]) if head_class(value) != value.measure_class else frozenset()


def same_kind(va: Quantity, vb: Quantity) -> bool:
    """Two counted nouns named with the same words before their head, or none."""
    return _kinds(va) == _kinds(vb)


def kind_in_clause(a: Claim, b: Claim) -> bool:
    """One figure names a kind ("76 parliament seats") that the other, naming none, has in its own
    clause ("a majority in the 76-seat parliament"): one kind, written two ways."""
    for x, y in ((a, b), (b, a)):
        kx, ky = (_kinds(c.value) if isinstance(c.value, Quantity) else frozenset() for c in (x, y))
        if kx and not ky and kx <= y.frame.clause:
            return True
    return False


def two_kinds(a: Claim, b: Claim, *, conflict: bool) -> str | None:
    """Two counted nouns of one head whose words before it differ ("drone strikes" / "air strikes").
    For an agreement, one that names none or a part of the other's ("seats" / "parliament seats")
    may be the same; for a conflict any difference tells a part from the whole ("30 aircraft" / "two
    Kestrel patrol aircraft")."""
    va, vb = a.value, b.value
    if not (isinstance(va, Quantity) and isinstance(vb, Quantity)):
        return None
    ka, kb = _kinds(va), _kinds(vb)
    if ka != kb and (conflict or (ka and kb and not (ka <= kb or kb <= ka))):
        return f"two kinds: {va.measure} / {vb.measure}"
    return None
