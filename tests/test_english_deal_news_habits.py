"""English deal-news habits, each on an invented sentence (not from any document).

Deal news names a bought startup's founders by the company's possessive ("A's two founders, P and
Q, will join B"), places a fund by its country's possessive and its kind ("Norland's sovereign
wealth fund X"), a deal struck as an agreement with someone ("A has agreed with B to open ..."),
a new fund's backers after "with" and their role ("with A and B as co-investors"), and calls a
startup "the company" right after an investor in the same sentence.
"""

from __future__ import annotations

from tests.reading import facts


def test_founders_named_after_the_companys_possessive(loader, tmp_path):
    got = facts(loader, tmp_path, "Orvane Robotics has agreed to acquire Tellwick, a Lisbon startup. "
                "Tellwick's two founders, Marta Quintela and Rui Sardinha, will join Orvane Robotics.\n")
    assert ("Marta Quintela", "FOUNDED", "Tellwick") in got
    assert ("Rui Sardinha", "FOUNDED", "Tellwick") in got


def test_a_place_possessive_before_the_kind_of_organisation_places_the_name(loader, tmp_path):
    got = facts(loader, tmp_path, "Norway's sovereign wealth fund Fjellstad Invest has launched the $500 million "
                "Nordlys AI Fund.\n", locations=True)
    assert ("Fjellstad Invest", "BASED_IN", "Norway") in got


def test_a_deal_agreed_with_another_company_is_a_partnership(loader, tmp_path):
    got = facts(loader, tmp_path, "Corvix Semiconductors has agreed with Almaden Capital to open a chip design "
                "centre in Lisbon.\n")
    assert ("Corvix Semiconductors", "PARTNERS_WITH", "Almaden Capital") in got \
        or ("Almaden Capital", "PARTNERS_WITH", "Corvix Semiconductors") in got


def test_backers_named_with_their_role_invest_in_the_launched_fund(loader, tmp_path):
    got = facts(loader, tmp_path, "Fjellstad Invest has launched the $500 million Nordlys AI Fund, its first "
                "technology vehicle, with Halden Bank and Skarv Capital as co-investors.\n")
    assert ("Halden Bank", "INVESTED_IN", "Nordlys AI Fund") in got
    assert ("Skarv Capital", "INVESTED_IN", "Nordlys AI Fund") in got


def test_the_company_after_an_investor_is_the_startup_the_story_is_about(loader, tmp_path):
    got = facts(loader, tmp_path, "Lumora AI has raised €40 million in a Series B led by Keystone Partners. "
                "Brightwater Ventures first invested at the Series A in 2023, when the company raised €9 million "
                "in a round led by Ardent Capital.\n")
    assert ("Ardent Capital", "INVESTED_IN", "Lumora AI") in got
    assert ("Ardent Capital", "INVESTED_IN", "Brightwater Ventures") not in got
