"""English money sentences whose one end is a word pointing back ("to the initiative", "to it",
"awarding it", "to the project"): the programme, company or site the passage has in view.
Each case is an invented text.
"""

from __future__ import annotations

from tests.reading import facts


def test_the_initiative_named_after_a_model_is_the_programme_the_ministry_pays(loader, tmp_path):
    text = ("The Ministry of Digital Affairs launched the Llama Compute Initiative in 2025 to pool GPU capacity for "
            "universities. The ministry has allocated $40 million to the initiative; Quenby Labs contributes "
            "capacity from its own cluster.\n")
    got = facts(loader, tmp_path, text)
    assert ("Ministry of Digital Affairs", "FUNDS", "Llama Compute Initiative") in got
    assert not [f for f in got if f[2] == "Llama Compute Initiative" and f[1] == "DEVELOPS"]


def test_it_after_a_glossed_programme_and_a_new_clause_is_the_programme(loader, tmp_path):
    text = ("The Ministry of Research set up the Norvik Compute Network, a grid of university and regional computing "
            "centres, and Halvard Capital committed €300 million in low-interest loans to it.\n")
    got = facts(loader, tmp_path, text)
    assert {("Halvard Capital", rel, "Norvik Compute Network") for rel in ("INVESTED_IN", "FUNDS")} & got
    assert ("Ministry of Research", "FUNDS", "Norvik Compute Network") not in got


def test_awarding_it_after_picking_a_company_pays_that_company(loader, tmp_path):
    text = ("The Ministry of Digital Affairs launched the Compute Boost scheme in March. The ministry picked "
            "Tarnvale as one of six firms in its first cohort, awarding it 2 million euros in compute credits.\n")
    got = facts(loader, tmp_path, text)
    assert ("Ministry of Digital Affairs", "FUNDS", "Tarnvale") in got
    assert not [f for f in got if f[0] == "Tarnvale" and f[1] == "FUNDS"]


def test_the_project_after_a_site_glossed_as_a_campus_is_that_site(loader, tmp_path):
    text = ("Quenby is the anchor tenant of Harrowfield, a 500-megawatt data-center campus in Ohio being built by "
            "Crestline. Ardmore Capital has committed $3 billion of debt and equity to the project. Orinda will "
            "co-develop the site.\n")
    got = facts(loader, tmp_path, text)
    assert ("Ardmore Capital", "INVESTED_IN", "Harrowfield") in got
    assert not [f for f in got if f[2] == "Harrowfield" and f[1] == "DEVELOPS"]


def test_it_investing_after_a_fund_was_set_up_is_the_fund(loader, tmp_path):
    text = ("In March Halbrook Systems set up Brackwater Growth Fund, a $90 million corporate venture vehicle funded from its "
            "balance sheet. It has made two investments so far, and it co-led a $9 million Series A in Tolvane, a "
            "Danish robotics company, alongside Ferncliff Ventures.\n")
    got = facts(loader, tmp_path, text)
    assert ("Brackwater Growth Fund", "INVESTED_IN", "Tolvane") in got
    assert ("Ferncliff Ventures", "INVESTED_IN", "Tolvane") in got


def test_weeks_later_opening_a_sentence_is_no_name_and_leaves_it_to_point_back(loader, tmp_path):
    text = ("Ardlow Robotics, a Porto start-up, raised $5 million in May. Weeks later it bought Fennick, a Braga "
            "maker of grippers.\n")
    got = facts(loader, tmp_path, text)
    assert ("Ardlow Robotics", "ACQUIRED", "Fennick") in got
    assert not [f for f in got if "Weeks" in (f[0], f[2])]


def test_a_list_closed_by_a_serial_comma_is_no_gloss_before_a_new_clause(loader, tmp_path):
    # the ", and B committed ... to it" reading of a gloss must not split "A, B, and C verbed"
    got = facts(loader, tmp_path, "Orrery Labs raised $20 million in a seed round. Balderton Partners, Atomvale "
                                  "Capital, and Northquay Ventures invested in the company.\n")
    assert {("Balderton Partners", "INVESTED_IN", "Orrery Labs"), ("Atomvale Capital", "INVESTED_IN", "Orrery Labs"),
            ("Northquay Ventures", "INVESTED_IN", "Orrery Labs")} <= got
