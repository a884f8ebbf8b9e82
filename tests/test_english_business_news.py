"""English business and policy news about states and big money in AI, each habit on an invented
text (not from any document).

Such stories name an investor once and then call it "the fund", "the vehicle" or by the first
word of its name; they list owners ("counts A and B as shareholders", "Its early investors
include A"), let a description own a round ("led the chipmaker's series C"), and tell what
regulators did ("the ministry cleared A's purchase", "the office opened a review of an
agreement between A and B").
"""

from __future__ import annotations

from tests.reading import facts


def test_a_short_name_drops_every_corporate_tail_word(loader, tmp_path):
    got = facts(loader, tmp_path, "Halvorsen AI Holdings, a state investor, was set up in 2024.\n"
                                  "Halvorsen bought a stake in Quillmoor Labs in May.\n")
    assert ("Halvorsen AI Holdings", "INVESTED_IN", "Quillmoor Labs") in got


def test_the_fund_and_the_vehicle_mean_the_investor_the_story_is_about(loader, tmp_path):
    got = facts(loader, tmp_path,
                "Brightwater Capital quietly builds an AI portfolio\n\n"
                "OSLO - Brightwater Capital, a state investment vehicle, has committed $2bn to AI.\n\n"
                "Closer to home, the fund in May completed the acquisition of Quillmoor Labs, a Bergen start-up.\n\n"
                "In Europe, the vehicle bought a 5 per cent stake in Norvale AI.\n")
    assert {("Brightwater Capital", "ACQUIRED", "Quillmoor Labs"), ("Brightwater Capital", "INVESTED_IN", "Norvale AI")} <= got


def test_a_description_that_introduces_a_name_points_back_to_no_one(loader, tmp_path):
    got = facts(loader, tmp_path, "Brightwater Capital builds a portfolio.\nBrightwater Capital has committed $2bn to AI.\n"
                                  "Kestrel Partners invested $30 million in Norvale AI's Series A, alongside the "
                                  "Dutch fund Vesper Ventures.\n")
    assert ("Vesper Ventures", "INVESTED_IN", "Norvale AI") in got
    assert ("Brightwater Capital", "INVESTED_IN", "Norvale AI") not in got


def test_its_early_investors_include_a_list(loader, tmp_path):
    got = facts(loader, tmp_path, "Norvale AI was founded in Oslo in 2021.\n"
                                  "Its early investors include Kestrel Partners and Halvorsen Ventures.\n")
    assert {("Kestrel Partners", "INVESTED_IN", "Norvale AI"), ("Halvorsen Ventures", "INVESTED_IN", "Norvale AI")} <= got


def test_owners_a_company_counts_among_its_shareholders(loader, tmp_path):
    got = facts(loader, tmp_path,
                "Norvale AI, which was founded in Oslo in 2021, counts Kestrel Partners and Halvorsen Ventures as "
                "minority shareholders.\nBrightwater Labs counts the Nordic Growth Fund, a state-backed vehicle, among "
                "its largest investors with a 20 per cent holding.\n")
    assert {("Kestrel Partners", "INVESTED_IN", "Norvale AI"), ("Halvorsen Ventures", "INVESTED_IN", "Norvale AI"),
            ("Nordic Growth Fund", "INVESTED_IN", "Brightwater Labs")} <= got


def test_a_description_owning_a_round_is_the_company_the_text_is_on(loader, tmp_path):
    got = facts(loader, tmp_path,
                "The biggest bet is Tessin Robotics, a Bergen-based maker of robot arms.\n"
                "Kestrel Ventures led the chipmaker's $40mn series C in March, alongside Brightwater Capital.\n")
    assert {("Kestrel Ventures", "INVESTED_IN", "Tessin Robotics"), ("Brightwater Capital", "INVESTED_IN", "Tessin Robotics")} <= got


def test_a_round_closed_with_participation_from_a_list(loader, tmp_path):
    got = facts(loader, tmp_path, "Norvale AI closed an 80 million euro Series A with participation from "
                                  "Kestrel Partners and Halvorsen Ventures.\n")
    assert {("Kestrel Partners", "INVESTED_IN", "Norvale AI"), ("Halvorsen Ventures", "INVESTED_IN", "Norvale AI")} <= got


def test_a_possessor_before_a_venture_arm_is_not_what_the_story_turns_to(loader, tmp_path):
    got = facts(loader, tmp_path,
                "Norvale Systems said it raised $50 million in a round led by Kestrel Partners.\n"
                "Halvorsen's venture arm HVentures joined the round.\n"
                "The company was founded in 2022 by former engineers Marta Quillon and Jonas Bredekamp.\n")
    assert ("Marta Quillon", "FOUNDED", "Norvale Systems") in got
    assert not [f for f in got if f[1] == "FOUNDED" and f[2] != "Norvale Systems"]


def test_a_dashed_dateline_and_a_newspaper_byline_name_no_actor(loader, tmp_path):
    got = facts(loader, tmp_path,
                "Kestrel Partners backs Norvale\n\nBy Marta Quillon | Fjord Ledger | May 6, 2026\n\n"
                "BERGEN - Norvale Systems, a robotics start-up, was founded in 2021.\n"
                "The company was founded by Jonas Bredekamp.\n")
    assert ("Jonas Bredekamp", "FOUNDED", "Norvale Systems") in got
    assert not [f for f in got if "BERGEN" in (f[0], f[2]) or "Fjord Ledger" in (f[0], f[2])]


def test_the_ministry_clears_a_purchase_and_the_office_reviews_an_agreement(loader, tmp_path):
    got = facts(loader, tmp_path,
                "The Federal Ministry for Digital Affairs published its screening report on Monday.\n"
                "The ministry cleared Kestrel Cloud's purchase of a 12 per cent stake in Norvale AI.\n"
                "The Federal Competition Office opened a review of a cloud and investment agreement between "
                "Kestrel Cloud and Oslo-based start-up Quillmoor Labs.\n")
    assert ("Federal Ministry for Digital Affairs", "REGULATES", "Kestrel Cloud") in got
    assert ("Federal Competition Office", "REGULATES", "Quillmoor Labs") in got


def test_a_blocked_takeover_rules_on_the_company_to_be_bought_too(loader, tmp_path):
    got = facts(loader, tmp_path, "The Federal Ministry for Digital Affairs on Tuesday prohibited the planned takeover "
                                  "of Bergen-based chip designer Quillmoor Labs by Halvorsen Capital.\n")
    assert {("Federal Ministry for Digital Affairs", "REGULATES", "Quillmoor Labs"),
            ("Federal Ministry for Digital Affairs", "REGULATES", "Halvorsen Capital")} <= got
    assert ("Halvorsen Capital", "ACQUIRED", "Quillmoor Labs") not in got


def test_a_sum_in_lettered_currency_is_no_name(loader, tmp_path):
    got = facts(loader, tmp_path, "The Ministry of Digital Economy launched the Falcon Compute Programme in 2025.\n"
                                  "The ministry has allocated Dh2bn to the programme.\n")
    assert not [f for f in got if "Dh2bn" in (f[0], f[2])]


def test_the_fund_after_a_project_is_the_investor_the_sentence_before_named(loader, tmp_path):
    got = facts(loader, tmp_path,
                "Project Skyline, the cluster Kestrel Cloud built in Ohio, will be expanded next year.\n"
                "Executives described two new stakes made through the Kestrel Fund, Kestrel Cloud's venture arm.\n"
                "The fund co-led a $75 million round for Bergen-based Norvale AI, alongside Brightwater Capital.\n")
    assert ("Kestrel Fund", "INVESTED_IN", "Norvale AI") in got
    assert not [f for f in got if f[0] == "Project Skyline"]


def test_a_company_whose_takeover_was_blocked_was_bought_by_no_one(loader, tmp_path):
    got = facts(loader, tmp_path,
                "The Federal Ministry for Digital Affairs prohibited the planned takeover of Quillmoor Labs by "
                "Halvorsen Semiconductor Investment.\n"
                "Halvorsen, which had agreed in June to buy 100 per cent of Quillmoor Labs, is a unit of Halvorsen Group.\n")
    assert not [f for f in got if f[1] == "ACQUIRED"]


def test_a_country_before_a_described_name_places_it_and_is_no_party(loader, tmp_path):
    got = facts(loader, tmp_path, "Norvale AI said it had signed a partnership with U.S. chip start-up Kestrel Silicon "
                                  "to deploy servers.\n", locations=True)
    assert ("Kestrel Silicon", "BASED_IN", "United States") in got
    assert not [f for f in got if f[1] != "BASED_IN" and "United States" in (f[0], f[2])]
