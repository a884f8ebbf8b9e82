"""English habits of encyclopedia infoboxes, funding roundups and investor letters, each on an
invented text.

An infobox's labelled rows ("Subsidiaries<TAB>...", wrapped values on lines of their own), a
roundup item's closing "Investors:" line.
"""

from __future__ import annotations

from tests.reading import facts, relationships

_INFOBOX = ("Brambleway Robotics\nFrom Openwiki, the free encyclopedia\n\nBrambleway Robotics Ltd.\nType\tPrivate\n"
            "Industry\tRobotics\nFounders\tHattie Lowmoor\nConrad Ashby\nHeadquarters\tLeeds, England, United Kingdom\n"
            "Key people\tHattie Lowmoor (CEO)\nProducts\tGrasper, Grasper Mini\nOwner\tHattie Lowmoor (c. 30%)\n"
            "Tarnfield Ventures (c. 15%)\nSubsidiaries\tBrambleway Robotics GmbH\nOxley Sensing Ltd\n"
            "Website\tbrambleway.example\n\nBrambleway Robotics Ltd. is a British robotics company.\n")


def test_infobox_rows_state_the_company_ties(loader, tmp_path):
    got = facts(loader, tmp_path, _INFOBOX, locations=True)
    assert ("Hattie Lowmoor", "FOUNDED", "Brambleway Robotics") in got
    assert ("Conrad Ashby", "FOUNDED", "Brambleway Robotics") in got  # the value wrapped onto its own line
    assert ("Oxley Sensing", "SUBSIDIARY_OF", "Brambleway Robotics") in got
    # the legal form is what tells the German unit from its parent
    assert ("Brambleway Robotics GmbH", "SUBSIDIARY_OF", "Brambleway Robotics") in got
    assert ("Brambleway Robotics", "DEVELOPS", "Grasper Mini") in got
    assert ("Brambleway Robotics", "BASED_IN", "United Kingdom") in got
    assert ("Tarnfield Ventures", "INVESTED_IN", "Brambleway Robotics") in got


def test_an_owner_who_is_one_of_the_people_is_no_investor(loader, tmp_path):
    got = facts(loader, tmp_path, _INFOBOX)
    assert ("Hattie Lowmoor", "INVESTED_IN", "Brambleway Robotics") not in got


def test_two_tabbed_lines_are_no_infobox(loader, tmp_path):
    got = facts(loader, tmp_path, "Quarterly deals\nFounders\tPip Carrow\nProducts\tLoom, Weft\n\nNothing else.\n")
    assert not [f for f in got if f[1] in ("FOUNDED", "DEVELOPS")]


_ROUNDUP = ("THE WEEKLY DEALS\n\n** Fernhollow raises $18M Series A for crop vision **\n"
            "Fernhollow, a Dundee farm-analytics start-up, closed an $18M Series A.\n"
            "Investors: Larkspur Capital (lead), Gorsebrook Partners, angels\n\n"
            "** Pimmet: EUR 6M seed for legal search **\n"
            "Lisbon's Pimmet indexes court rulings for small firms.\n"
            "Investors: Tollgate Ventures, Quendry\n")


def test_an_investors_line_names_the_backers_of_the_headline_company(loader, tmp_path):
    got = relationships(loader, tmp_path, _ROUNDUP)
    assert got[("Larkspur Capital", "INVESTED_IN", "Fernhollow")].get("role") == "lead"
    assert ("Gorsebrook Partners", "INVESTED_IN", "Fernhollow") in got
    assert ("Tollgate Ventures", "INVESTED_IN", "Pimmet") in got
    assert "role" not in got[("Tollgate Ventures", "INVESTED_IN", "Pimmet")]
    assert ("Tollgate Ventures", "INVESTED_IN", "Fernhollow") not in got  # the next headline closed the item


def test_an_investors_line_outside_an_item_names_no_one(loader, tmp_path):
    got = facts(loader, tmp_path, "Our fund update.\n\nInvestors: Larkspur Capital, Gorsebrook Partners\n")
    assert not [f for f in got if f[1] == "INVESTED_IN"]


_LETTER = ("THORNWICK HILL VENTURES\nAnnual Letter to Our Limited Partners\n\nDear Partners,\n\n"
           "We had a quieter year than we planned.\n\n2. Portfolio highlights\n\n"
           "Gallowmere. A slow start, then a strong finish. The team rebuilt its pricing.\n\n"
           "Sorrel Freight. Our first logistics company. It now serves forty depots.\n\n"
           "3. Exits\n\nNothing was sold this year.\n\n"
           "Thornwick Hill Ventures is an early-stage investor based in Bristol.\n")


def test_a_masthead_in_capitals_names_who_we_is(loader, tmp_path):
    got = facts(loader, tmp_path, _LETTER)
    assert ("Thornwick Hill Ventures", "INVESTED_IN", "Gallowmere") in got
    assert ("Thornwick Hill Ventures", "INVESTED_IN", "Sorrel Freight") in got


def test_a_capitals_line_the_text_never_writes_again_is_no_author(loader, tmp_path):
    text = _LETTER.replace("Thornwick Hill Ventures is", "The fund is")
    got = facts(loader, tmp_path, text)
    assert not [f for f in got if f[1] == "INVESTED_IN"]


def test_titled_paragraphs_outside_a_portfolio_section_are_no_holdings(loader, tmp_path):
    text = _LETTER.replace("2. Portfolio highlights", "2. Companies we admire")
    got = facts(loader, tmp_path, text)
    assert ("Thornwick Hill Ventures", "INVESTED_IN", "Gallowmere") not in got


def test_a_month_after_in_opens_no_name(loader, tmp_path):
    got = facts(loader, tmp_path, "In September Vellacourt signed a supply agreement with Brisk Freight Group.\n")
    assert ("Vellacourt", "PARTNERS_WITH", "Brisk Freight Group") in got or (
        "Brisk Freight Group", "PARTNERS_WITH", "Vellacourt") in got
    assert not [f for f in got if "September" in f[0] or "September" in f[2]]


def test_a_buyer_that_is_buying_is_no_target(loader, tmp_path):
    got = facts(loader, tmp_path, "- Pennwhistle is buying Tarrow AI, a Leeds search start-up, for roughly $40M.\n")
    assert ("Pennwhistle", "ACQUIRED", "Tarrow AI") in got
    assert ("Tarrow AI", "ACQUIRED", "Pennwhistle") not in got


def test_a_fund_close_launches_the_fund_and_names_its_partners(loader, tmp_path):
    got = facts(loader, tmp_path, "- Gannet Rock Capital closed Fund II at $250M, above its target. LPs include the "
                                  "Harbourline Pension Fund and the Quillon Foundation. The fund will back robotics.\n")
    assert ("Gannet Rock Capital", "LAUNCHED", "Fund II") in got
    assert ("Harbourline Pension Fund", "INVESTED_IN", "Fund II") in got
    assert ("Quillon Foundation", "INVESTED_IN", "Fund II") in got


def test_anchors_named_after_a_final_close_invested_in_the_fund(loader, tmp_path):
    got = facts(loader, tmp_path, "In May Tamsin Ridge Partners held the final close of Tamsin Ridge Fund III at $300 million. "
                                  "Norland Pension Fund and Estuary Capital anchored the fund.\n")
    assert ("Tamsin Ridge Partners", "LAUNCHED", "Tamsin Ridge Fund III") in got
    assert ("Estuary Capital", "INVESTED_IN", "Tamsin Ridge Fund III") in got


def test_a_closed_round_is_no_fund(loader, tmp_path):
    got = facts(loader, tmp_path, "Harrowgate Capital closed a $30M Series A in Plimsoll Robotics.\n")
    assert not [f for f in got if f[1] == "LAUNCHED"]


def test_an_award_with_two_objects_funds_the_first(loader, tmp_path):
    got = facts(loader, tmp_path, "In 2024 the Ministry of Digital Affairs awarded Pelloran Robotics a €3 million grant "
                                  "for warehouse trials.\n")
    assert ("Ministry of Digital Affairs", "FUNDS", "Pelloran Robotics") in got


def test_a_launched_fund_is_launched_not_founded(loader, tmp_path):
    got = facts(loader, tmp_path, "Tidewell Labs builds speech models. In 2025 Tidewell Labs launched Tidewell Ventures, "
                                  "a $20 million corporate fund for early-stage start-ups.\n")
    assert ("Tidewell Labs", "LAUNCHED", "Tidewell Ventures") in got
    assert ("Tidewell Labs", "FOUNDED", "Tidewell Ventures") not in got


def test_companies_added_to_a_restricted_list_are_regulated(loader, tmp_path):
    got = facts(loader, tmp_path, "The US Bureau of Industry and Security added two Chinese chip traders, Wenrui Silicon "
                                  "and Qiantang Devices, to the Entity List on Friday.\n")
    assert ("Bureau of Industry and Security", "REGULATES", "Wenrui Silicon") in got
    assert ("Bureau of Industry and Security", "REGULATES", "Qiantang Devices") in got
    assert not [f for f in got if f[1] == "REGULATES" and "Chinese" in f[2]]


def test_a_company_adding_a_feature_to_a_list_regulates_no_one(loader, tmp_path):
    got = facts(loader, tmp_path, "Morrow Apps added Pelican Search to its list of supported partners.\n")
    assert not [f for f in got if f[1] == "REGULATES"]
