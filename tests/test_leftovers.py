"""General habits the tuners of two spent samples listed and did not reach.

Every text here is invented (invented organisations, people and products).
"""

from __future__ import annotations

from tests.reading import facts

PODCAST = """SIGNAL & NOISE
Episode 12 — Maren Holt (Tarnwick Robotics): "Warehouses are the new frontier."
Published March 2, 2026 · 40 min · Hosted by Colm Fryer

COLM: So how did the money come together?

MAREN: Slowly. Brightwater Ventures led the $18 million round in early 2025, and that changed everything.

COLM: And then?

MAREN: Last month we closed the Series B, $60 million, led by Orlanth Capital. Kessel Partners also led the seed round in Pellgrove Systems, a friend's company.

COLM: Great.
"""


def test_a_round_naming_no_company_is_the_speaking_companys(loader, tmp_path):
    got = facts(loader, tmp_path, PODCAST)
    assert ("Brightwater Ventures", "INVESTED_IN", "Tarnwick Robotics") in got
    assert ("Orlanth Capital", "INVESTED_IN", "Tarnwick Robotics") in got
    # a round that names another company is that company's
    assert ("Kessel Partners", "INVESTED_IN", "Pellgrove Systems") in got
    assert ("Kessel Partners", "INVESTED_IN", "Tarnwick Robotics") not in got


INVESTOR_POST = """Brackenridge Capital — Notes from the Fund

Brightwater Ventures led the $18 million round, and we were glad to follow.
"""


def test_an_investors_voice_owns_no_round(loader, tmp_path):
    got = facts(loader, tmp_path, INVESTOR_POST)
    assert ("Brightwater Ventures", "INVESTED_IN", "Brackenridge Capital") not in got


def test_a_round_the_speaking_company_joined_is_not_its_own(loader, tmp_path):
    text = PODCAST.replace("Last month we closed the Series B", "Last month we participated in a Series B")
    assert ("Orlanth Capital", "INVESTED_IN", "Tarnwick Robotics") not in facts(loader, tmp_path, text)
