"""Place words inside an English clause: the period of "U.S." or "U.K." ends no clause ("A has
joined the U.S. government's P programme"), and a country possessing the name after it only
places that name ("agreed with Saudi Arabia's B": B is the partner). "had also agreed with B to
build" strikes a deal as "had agreed with" does. Each case is an invented text.
"""

from __future__ import annotations

from tests.reading import facts


def test_an_abbreviated_country_ends_no_clause(loader, tmp_path):
    text = "In addition, Velmora Cloud has joined the U.S. government's Orion Compute Programme, the company said.\n"
    assert ("Velmora Cloud", "PARTICIPATES_IN", "Orion Compute Programme") in facts(loader, tmp_path, text)


def test_a_country_possessor_only_places_the_partner(loader, tmp_path):
    text = "He said Velmora Cloud had also agreed with Saudi Arabia's Tarvik Systems to build a data centre in Riyadh.\n"
    got = facts(loader, tmp_path, text)
    assert ("Velmora Cloud", "PARTNERS_WITH", "Tarvik Systems") in got \
        or ("Tarvik Systems", "PARTNERS_WITH", "Velmora Cloud") in got
    assert not any(f[1] == "PARTNERS_WITH" and "Saudi Arabia" in (f[0], f[2]) for f in got)
