"""Mends of the English round readers: the ", and" before a verb-first clause is anchored at the
clause start, "a round that was led by A" finds the round's owner, and "Its round also saw
participation from A" reads "its" as the round's owner. Invented sentences.
"""

from __future__ import annotations

from loaders.relations import english


def test_the_and_before_a_shared_subject_clause_ends_at_the_clause():
    text = "A opened a lab, and in May signed"
    lo = text.index("in May")
    assert english._AND_BEFORE.search(text, lo - 8, lo)
    assert english._AND_BEFORE.search(text, lo - 8, lo + 2) is None  # ", and" two characters back is not right before
