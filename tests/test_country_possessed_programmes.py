"""A country possessing the programme right after it only places the programme ("joined Norway's
P Initiative": the company joins P, not Norway), as it places an organisation or a state body.
Each case is an invented text.
"""

from __future__ import annotations

from tests.reading import facts


def test_a_country_possessor_only_places_the_programme(loader, tmp_path):
    text = "Last month Velmora Cloud joined Norway's Fjordlys Compute Initiative, the company said.\n"
    got = facts(loader, tmp_path, text)
    assert ("Velmora Cloud", "PARTICIPATES_IN", "Fjordlys Compute Initiative") in got
    assert not any("Norway" in (f[0], f[2]) for f in got if f[1] == "PARTICIPATES_IN")
