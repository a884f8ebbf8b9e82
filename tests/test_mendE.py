"""Mends of the English round readers: the ", and" before a verb-first clause is anchored at the
clause start, "a round that was led by A" finds the round's owner, and "Its round also saw
participation from A" reads "its" as the round's owner. Invented sentences.
"""

from __future__ import annotations

from loaders.relations import english
from tests.reading import facts


def test_the_and_before_a_shared_subject_clause_ends_at_the_clause():
    text = "A opened a lab, and in May signed"
    lo = text.index("in May")
    assert english._AND_BEFORE.search(text, lo - 8, lo)
    assert english._AND_BEFORE.search(text, lo - 8, lo + 2) is None  # ", and" two characters back is not right before


def test_a_round_that_was_led_by_a_lead_belongs_to_the_company_before(loader, tmp_path):
    got = facts(loader, tmp_path, "Accel bought shares in Vellmora Robotics as part of a $60 million round "
                                  "that was led by Index Ventures.\n")
    assert ("Index Ventures", "INVESTED_IN", "Vellmora Robotics") in got


def test_its_round_saw_participation_from_the_joiners(loader, tmp_path):
    got = facts(loader, tmp_path, "Vellmora Robotics said on Monday it had closed a Series B. "
                                  "Its round also saw participation from Accel and Index Ventures.\n")
    assert ("Accel", "INVESTED_IN", "Vellmora Robotics") in got
    assert ("Index Ventures", "INVESTED_IN", "Vellmora Robotics") in got
