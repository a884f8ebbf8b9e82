""""The Montreal company" opening a sentence after the backers of a round were named means the
company the text is on (its place not yet said), not the last backer known to be in that city.

Every sentence here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from tests.reading import english_facts


def test_a_placed_company_description_after_backers_is_the_story_s_company(loader) -> None:
    got = english_facts(loader, "Corvane Robotics, a Mila spinout, closed a $60-million Series B. Radical Ventures led; "
                                "Ontario Teachers' Pension Plan followed on. The Montreal company makes picking software "
                                "and counts grocer Sobeys among its customers.")
    assert ("Corvane Robotics", "PARTNERS_WITH", "Sobeys") in got
    assert not any("Sobeys" in (s, o) and "Ontario Teachers' Pension Plan" in (s, o) for s, _, o in got)
