"""A unit glossed as "the chipmaker's venture arm" belongs to the company the sentences before were
about (SUBSIDIARY_OF). Each case is an invented text.
"""

from __future__ import annotations

from tests.reading import facts


def test_the_chipmakers_arm_belongs_to_the_chipmaker_the_text_is_about(loader, tmp_path):
    text = ("Corvane Semiconductor is placing bets as well. Corvane Forward, the chipmaker's venture capital arm, "
            "joined the seed round of Pellucid AI, a Lisbon start-up.\n")
    got = facts(loader, tmp_path, text)
    assert ("Corvane Forward", "SUBSIDIARY_OF", "Corvane Semiconductor") in got
