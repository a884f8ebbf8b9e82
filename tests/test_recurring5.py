"""English constructions that recur across the unseen generalisation documents, each on an invented sentence.

Each habit here was found in several documents by different writers; one document's wording is
not enough to earn a rule.
"""

from __future__ import annotations

from tests.reading import facts


def test_a_nationalitys_money_into_another_countrys_startups(loader, tmp_path):
    got = facts(loader, tmp_path, "Meanwhile Danish money into Polish AI startups was roughly flat at $210 million.\n")
    assert ("Denmark", "VC_FLOW", "Poland") in got


def test_a_nationalitys_venture_investment_falling_to_a_sum(loader, tmp_path):
    got = facts(loader, tmp_path, "Swiss venture investment into Brazil moved the other way, "
                                  "falling to $40m from $95m in 2024, the tracker said.\n")
    assert ("Switzerland", "VC_FLOW", "Brazil") in got
    got = facts(loader, tmp_path, "Dutch venture money flowing into Spanish AI companies reached $300m last year.\n")
    assert ("Netherlands", "VC_FLOW", "Spain") in got


def test_investors_based_in_a_country_of_three_words(loader, tmp_path):
    got = facts(loader, tmp_path, "Investors based in the United Arab Emirates put $700m into Kenyan AI start-ups in 2025.\n")
    assert ("United Arab Emirates", "VC_FLOW", "Kenya") in got


def test_money_of_no_country_is_no_flow(loader, tmp_path):
    got = facts(loader, tmp_path, "The investment into Brightvale AI startups was $5m, the company said.\n")
    assert not [f for f in got if f[1] == "VC_FLOW"]


def test_a_newsletters_clipped_also_in(loader, tmp_path):
    got = facts(loader, tmp_path, "Brambleworth (Leeds) — $30M Series B led by Fenwick Partners; "
                                  "Corvale Capital and Tidemark Ventures also in.\n")
    assert ("Corvale Capital", "INVESTED_IN", "Brambleworth") in got
    assert ("Tidemark Ventures", "INVESTED_IN", "Brambleworth") in got


def test_also_in_talks_is_no_stake(loader, tmp_path):
    got = facts(loader, tmp_path, "Brambleworth raised $30M led by Fenwick Partners. "
                                  "Corvale Capital is also in talks with the company.\n")
    assert ("Corvale Capital", "INVESTED_IN", "Brambleworth") not in got


def test_a_round_being_led_and_others_also_taking_part(loader, tmp_path):
    got = facts(loader, tmp_path, "Fenwick Partners is leading a $400 million funding round in Brambleworth Labs, "
                                  "people familiar said. Corvale Capital and Tidemark Ventures are also taking part, "
                                  "along with existing investor Hollin Ventures.\n")
    assert ("Fenwick Partners", "INVESTED_IN", "Brambleworth Labs") in got
    assert ("Corvale Capital", "INVESTED_IN", "Brambleworth Labs") in got
    assert ("Tidemark Ventures", "INVESTED_IN", "Brambleworth Labs") in got


def test_leading_without_a_round_is_no_investment(loader, tmp_path):
    got = facts(loader, tmp_path, "Fenwick Partners is leading the push into Brambleworth Labs' home market.\n")
    assert ("Fenwick Partners", "INVESTED_IN", "Brambleworth Labs") not in got


def test_also_put_money_in(loader, tmp_path):
    got = facts(loader, tmp_path, "Fenwick Partners led a $20 million round in Brambleworth. "
                                  "Corvale Capital also put money in and signed on as a customer.\n")
    assert ("Corvale Capital", "INVESTED_IN", "Brambleworth") in got
    got = facts(loader, tmp_path, "Fenwick Partners led a $20 million round in Brambleworth. "
                                  "Existing backers Corvale Capital and state-run Tidemark Bank also put in money, "
                                  "Brambleworth said.\n")
    assert ("Tidemark Bank", "INVESTED_IN", "Brambleworth") in got


def test_one_more_investor_in_as_well(loader, tmp_path):
    got = facts(loader, tmp_path, "Fenwick Partners led a $5 million seed round in Brambleworth, "
                                  "and Corvale Capital is in as well.\n")
    assert ("Corvale Capital", "INVESTED_IN", "Brambleworth") in got


def test_a_products_users_work_with_its_maker(loader, tmp_path):
    got = facts(loader, tmp_path, "Brambleworth builds inspection software for rail operators. "
                                  "Its flagship product, Brambleworth Lens, is used by Corvale Rail and steelmaker Tidemark Steel, "
                                  "among others.\n")
    assert ("Brambleworth", "PARTNERS_WITH", "Corvale Rail") in got
    assert ("Brambleworth", "PARTNERS_WITH", "Tidemark Steel") in got


def test_a_model_licensed_by_customers_including(loader, tmp_path):
    got = facts(loader, tmp_path, "Brambleworth Labs designs protein models. Its flagship model family, Fernmark, predicts "
                                  "binding, and is licensed by drugmakers including Corvale Pharma AG and Tidemark Bio.\n")
    assert ("Brambleworth Labs", "PARTNERS_WITH", "Corvale Pharma") in got
    assert ("Brambleworth Labs", "PARTNERS_WITH", "Tidemark Bio") in got


def test_a_product_used_by_nobody_named_ties_nothing(loader, tmp_path):
    got = facts(loader, tmp_path, "Brambleworth builds inspection software. "
                                  "Its flagship product, Brambleworth Lens, is used by rail operators across Europe.\n")
    assert not [f for f in got if f[1] == "PARTNERS_WITH"]


def test_a_known_groups_possessive_on_an_investment_firm(loader, tmp_path):
    got = facts(loader, tmp_path, "Corvale Robotics raised $40 million from BlackRock's Fenwick Harbour Partners.\n")
    assert ("Fenwick Harbour Partners", "SUBSIDIARY_OF", "BlackRock") in got


def test_a_places_possessive_on_an_investment_firm_is_no_owner(loader, tmp_path):
    got = facts(loader, tmp_path, "Corvale Robotics raised $40 million from Singapore's Fenwick Harbour Partners.\n")
    assert not [f for f in got if f[1] == "SUBSIDIARY_OF"]


def test_companies_named_after_the_list_among_them(loader, tmp_path):
    got = facts(loader, tmp_path, "The Commerce Department added nine entities to the Entity List on Monday, among them "
                                  "Corvale Compute and a Harbin server maker, Tidemark Systems.\n")
    assert ("US Department of Commerce", "REGULATES", "Corvale Compute") in got
    assert ("US Department of Commerce", "REGULATES", "Tidemark Systems") in got


def test_a_company_added_to_a_governments_list(loader, tmp_path):
    got = facts(loader, tmp_path, "Corvale Compute was added to the US Commerce Department's Entity List in March.\n")
    assert ("US Department of Commerce", "REGULATES", "Corvale Compute") in got


def test_its_first_cheque_after_a_fund_was_launched(loader, tmp_path):
    got = facts(loader, tmp_path, "In March Corvale Labs launched Corvale Ventures, a $40 million corporate fund. "
                                  "Its first investment was a seed cheque in Tidemark Robotics, a Leeds start-up.\n")
    assert ("Corvale Ventures", "INVESTED_IN", "Tidemark Robotics") in got
    assert ("Corvale Labs", "INVESTED_IN", "Tidemark Robotics") not in got
