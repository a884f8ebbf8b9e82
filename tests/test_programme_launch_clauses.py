""""P, the sandbox the city office set up", "the P Strategy that Ottawa announced", "P, a fund raised
by X": the name in the clause after a programme set it up (LAUNCHED).

Every sentence here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from tests.reading import english_facts


def test_a_contact_clause_names_who_set_the_programme_up(loader) -> None:
    got = english_facts(loader, "Brindle Robotics was picked for Quarrow Compute Fund, the public fund the "
                                "Ministry of Finance set up in May.")
    assert ("Ministry of Finance", "LAUNCHED", "Quarrow Compute Fund") in got


def test_a_participle_with_by_names_who_raised_the_fund(loader) -> None:
    got = english_facts(loader, "Tallow Ventures is a limited partner in Quarrow Growth Fund II, a $400 million "
                                "vehicle raised by Boston venture firm Brindle Partners.")
    assert ("Brindle Partners", "LAUNCHED", "Quarrow Growth Fund II") in got


def test_a_company_glossed_by_a_relative_clause_is_no_programme(loader) -> None:
    got = english_facts(loader, "Tallow Ventures backed Quarrow Robotics, which Brindle Holdings set up in 2021.")
    assert not any(t == "LAUNCHED" and o == "Quarrow Robotics" for _, t, o in got)


def test_a_vehicle_set_up_by_the_state_was_founded_by_it(loader) -> None:
    got = english_facts(loader, "Quarrow Holdings, the state investment vehicle set up by the Ministry of Finance "
                                "in 2024, has committed $2 billion to chip start-ups.")
    assert ("Ministry of Finance", "FOUNDED", "Quarrow Holdings") in got
