"""A region's or city's government named with its tier ("the Bavaria state government") acts as a
government of its own, not as a company named after the place."""

from __future__ import annotations

from tests.reading import english_facts


def test_a_state_government_launches_its_fund(loader):
    got = english_facts(loader, "The Bavaria state government launched the Bavaria AI Fund, a EUR 200 million vehicle.\n")
    assert ("Bavaria state government", "LAUNCHED", "Bavaria AI Fund") in got


def test_a_state_government_in_an_object_relative_clause(loader):
    got = english_facts(loader, "Tollan is in the first cohort of Jalisco Lab, the programme the Jalisco state "
                                "government launched in March.\n")
    assert ("Jalisco state government", "LAUNCHED", "Jalisco Lab") in got


def test_a_place_before_the_tier_word_alone_is_still_no_actor(loader):
    got = english_facts(loader, "Startups in Bavaria get state government support, the report said.\n")
    assert not [f for f in got if "Bavaria" in f[0] or "Bavaria" in f[2]]
