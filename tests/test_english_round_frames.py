"""English funding rounds: who invested in whom (leads, joiners, "its round", headlines, deal lists,
letters and posts), and the wordings that state no investment. Each case is an invented text.
"""

from __future__ import annotations

from pathlib import Path

from loaders.pipeline import DocumentLoader
from loaders.relations import english
from tests.reading import facts, relationships, subjects_and_objects


def test_a_where_clause_after_a_name_is_an_aside(loader, tmp_path):
    text = "Disclosure: Harrow Peak Capital, where Lena Voss is a partner, is an investor in Brindle Labs.\n"
    got = facts(loader, tmp_path, text)
    assert ("Harrow Peak Capital", "INVESTED_IN", "Brindle Labs") in got
    assert not any(f[1] == "INVESTED_IN" and f[0] == "Lena Voss" for f in got)


_ROUND = ("Quarrel Labs has raised $900 million in a round led by Tamberlane Capital. "
          "Oakmoor Holdings committed $200 million through its Oakmoor Ventures. "
          "Penwick Ventures and Solace Partners also took part.\n")


def test_an_investor_s_own_vehicle_is_no_target(loader, tmp_path):
    got = facts(loader, tmp_path, _ROUND)
    assert ("Oakmoor Holdings", "INVESTED_IN", "Quarrel Labs") in got
    assert ("Oakmoor Ventures", "SUBSIDIARY_OF", "Oakmoor Holdings") in got
    assert ("Oakmoor Holdings", "INVESTED_IN", "Oakmoor Ventures") not in got
    # the co-investors after it join the round, not the vehicle
    assert ("Penwick Ventures", "INVESTED_IN", "Quarrel Labs") in got
    assert not [f for f in got if f[2] == "Oakmoor Ventures" and f[1] == "INVESTED_IN"]


def test_money_put_in_through_a_named_fund_still_reaches_its_target(loader, tmp_path):
    got = facts(loader, tmp_path, "Oakmoor Holdings invested $20 million in Quarrel Labs through the Oakmoor Ventures.\n")
    assert ("Oakmoor Holdings", "INVESTED_IN", "Quarrel Labs") in got


def test_a_headline_partner_is_no_investor(loader, tmp_path):
    text = ("Quarrel Labs Raises $40 Million Series B, Announces Strategic Partnership with Halvard Cloud\n\n"
            "The round was led by Tamberlane Capital.\n")
    got = facts(loader, tmp_path, text)
    assert ("Halvard Cloud", "INVESTED_IN", "Quarrel Labs") not in got


def test_joining_through_ones_own_fund_joins_the_round_as_does_who_did_so_too(loader, tmp_path):
    got = facts(loader, tmp_path, "Brightmoor Labs, a Leeds startup, has raised a £30m Series B led by Tarnfield "
                                  "Ventures.\n\nCaledon Capital joined through its Growth Opportunities fund, as did "
                                  "Ashby Partners, the venture arm of Ashby Group.\n")
    assert ("Caledon Capital", "INVESTED_IN", "Brightmoor Labs") in got
    assert ("Ashby Partners", "INVESTED_IN", "Brightmoor Labs") in got  # "as did"
    assert ("Caledon Capital", "PARTICIPATES_IN", "Growth Opportunities fund") not in got


def test_a_list_that_joined_that_round_invested_in_the_company_just_reported(loader, tmp_path):
    got = facts(loader, tmp_path, "Follow the money:\n\n- Quillon Systems closed a $90 million Series B in May led by "
                                  "Tarnfield Ventures.\n- Caledon Capital, Ashby Partners and Brookmere Ventures joined "
                                  "that round.\n")
    assert ("Caledon Capital", "INVESTED_IN", "Quillon Systems") in got
    assert ("Brookmere Ventures", "INVESTED_IN", "Quillon Systems") in got


def test_an_acronym_compound_before_a_noun_is_no_product(loader, tmp_path):
    text = "Tarrow Labs, a Lyon developer of HR-automation agents, raised $20 million from Keswick Ventures.\n"
    got = facts(loader, tmp_path, text)
    assert ("Keswick Ventures", "INVESTED_IN", "Tarrow Labs") in got
    assert not [f for f in got if f[1] == "DEVELOPS"]


def test_the_firm_before_a_founders_post_gave_no_money(loader, tmp_path):
    text = ("Velmora AI, a Lyon startup, raised its seed round from Fennick Partners and "
            "Quarrytide co-founder Anselm Brodeur, who invested personally.\n")
    got = facts(loader, tmp_path, text)
    assert ("Fennick Partners", "INVESTED_IN", "Velmora AI") in got
    assert ("Quarrytide", "INVESTED_IN", "Velmora AI") not in got


def test_a_round_for_a_company_and_the_companions_after_its_appositive(loader, tmp_path):
    got = facts(loader, tmp_path, "Harrowgate Capital took part in a $30 million Series A for Quorvia, a startup in Austin "
                "that makes testing tools, alongside Brightwater Ventures and Fenmoor Partners.\n")
    assert {("Harrowgate Capital", "INVESTED_IN", "Quorvia"), ("Brightwater Ventures", "INVESTED_IN", "Quorvia"),
            ("Fenmoor Partners", "INVESTED_IN", "Quorvia")} <= got
    assert "Series A for Quorvia" not in subjects_and_objects(got)


def test_a_note_under_a_round_leaves_the_round_unsaid(loader, tmp_path):
    got = facts(loader, tmp_path, "== THE BIG ONES ==\n\n"
                "* Brovane Labs (Denver) — $40M Series A\n"
                "  - Co-led by Harlow Capital and Quenby Ventures.\n"
                "  - Will use the money to scale its robot arm, Brov-1.\n\n"
                "* Part two: Taskwell, the Lyon scheduling startup, was picked up by Orvane.\n")
    assert ("Harlow Capital", "INVESTED_IN", "Brovane Labs") in got
    assert ("Quenby Ventures", "INVESTED_IN", "Brovane Labs") in got
    assert ("Orvane", "ACQUIRED", "Taskwell") in got
    assert not any("Will" in (s, o) for s, _, o in got)


def test_goods_bought_and_fees_received_are_no_deals(loader, tmp_path):
    got = facts(loader, tmp_path, "Coldray Cloud now buys K7 systems through Nimbrel rather than directly. "
                "Parrock Securities expects to receive compensation for investment banking services "
                "from Tallis Semiconductor in the next three months.\n")
    assert not any(t in ("ACQUIRED", "INVESTED_IN") for _, t, _ in got)


def test_a_deal_item_names_its_backers_after_from(loader, tmp_path):
    got = facts(loader, tmp_path, "Smaller deals\n- Brightwell Labs (Leeds): $4M seed from Foundry North and Halden "
                                  "Ventures.\n- Orrinmark (Porto): $2M from Arbelo Capital for speech models in "
                                  "Basque and Galician.\n")
    assert ("Foundry North", "INVESTED_IN", "Brightwell Labs") in got
    assert ("Halden Ventures", "INVESTED_IN", "Brightwell Labs") in got
    assert ("Arbelo Capital", "INVESTED_IN", "Orrinmark") in got
    assert not [f for f in got if f[0] in ("Basque", "Galician")]


def test_a_deal_item_with_a_led_round_names_its_lead(loader, tmp_path):
    got = relationships(loader, tmp_path, "They include:\n  * Quarrow Systems (Tralee) - €3 million equity investment, "
                                          "alongside a $20 million Series A led by Boston-based Pellham Ventures;\n")
    assert ("Pellham Ventures", "INVESTED_IN", "Quarrow Systems") in got
    # the item's first sum is the agency's ticket, not the lead's round
    assert "amount" not in got[("Pellham Ventures", "INVESTED_IN", "Quarrow Systems")]


def test_a_sentence_that_only_opens_with_a_name_is_no_deal_item(loader, tmp_path):
    got = facts(loader, tmp_path, "Brightwell Labs: a year of growth from Foundry North customers.\n")
    assert not [f for f in got if f[1] == "INVESTED_IN"]


def test_a_fronted_besides_adds_an_object_and_is_no_subject(loader, tmp_path):
    got = facts(loader, tmp_path, "The Varden Growth Fund was launched in March with 2 billion euros.\n\n"
                                  "Besides Orlis Robotics, the fund has invested in Tallow Systems, a chip-design "
                                  "startup.\n")
    assert ("Varden Growth Fund", "INVESTED_IN", "Tallow Systems") in got
    assert ("Varden Growth Fund", "INVESTED_IN", "Orlis Robotics") in got
    assert ("Orlis Robotics", "INVESTED_IN", "Tallow Systems") not in got


def test_a_described_lab_raises_with_participants_after_a_bracketed_owner(loader, tmp_path):
    got = facts(loader, tmp_path, "DEALS\n\nOrvane Reasoning raises $85M\nThe verification-focused model lab out of "
                                  "Lyon raised an $85 million Series A led by Tarn Capital, with Pellow Ventures "
                                  "(Halvorsen's venture arm) and Lyon-based Ardent Ventures joining.\n")
    assert ("Tarn Capital", "INVESTED_IN", "Orvane Reasoning") in got
    assert ("Pellow Ventures", "INVESTED_IN", "Orvane Reasoning") in got
    assert ("Ardent Ventures", "INVESTED_IN", "Orvane Reasoning") in got
    assert ("Pellow Ventures", "SUBSIDIARY_OF", "Halvorsen") in got
    assert ("Halvorsen", "INVESTED_IN", "Orvane Reasoning") not in got


def test_as_did_adds_a_subject_to_the_clause_before(loader, tmp_path):
    got = facts(loader, tmp_path, "Orvane Labs raised 3 billion euros in a round led by Tarn Capital. Halvorsen Group "
                                  "and Pellow Holdings also took part in the round, as did the Varden AI Guidance Fund, "
                                  "a vehicle set up last year.\n")
    assert ("Varden AI Guidance Fund", "INVESTED_IN", "Orvane Labs") in got
    assert ("Halvorsen Group", "INVESTED_IN", "Orvane Labs") in got


def test_an_investors_line_outside_an_item_names_no_one(loader, tmp_path):
    got = facts(loader, tmp_path, "Our fund update.\n\nInvestors: Larkspur Capital, Gorsebrook Partners\n")
    assert not [f for f in got if f[1] == "INVESTED_IN"]


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


def test_its_first_cheque_after_a_fund_was_launched(loader, tmp_path):
    got = facts(loader, tmp_path, "In March Corvale Labs launched Corvale Ventures, a $40 million corporate fund. "
                                  "Its first investment was a seed cheque in Tidemark Robotics, a Leeds start-up.\n")
    assert ("Corvale Ventures", "INVESTED_IN", "Tidemark Robotics") in got
    assert ("Corvale Labs", "INVESTED_IN", "Tidemark Robotics") not in got


def test_co_investors_who_also_invested_in_the_round_just_reported(loader, tmp_path):
    got = facts(loader, tmp_path, "Morea Labs raised $40 million in a round led by Rodem Capital. Hanbit Ventures and "
                                  "the Daon Fund, a municipal fund, also invested.\n")
    assert ("Hanbit Ventures", "INVESTED_IN", "Morea Labs") in got
    assert ("Daon Fund", "INVESTED_IN", "Morea Labs") in got
    got = facts(loader, tmp_path, "Morea Labs raised $40 million in a round led by Rodem Capital. Hanbit Ventures invested too.\n")
    assert ("Hanbit Ventures", "INVESTED_IN", "Morea Labs") in got


def test_an_amount_invested_unsaid_or_a_round_reported_further_back(loader, tmp_path):
    got = facts(loader, tmp_path, "Morea Labs raised $40 million in a round led by Rodem Capital. It did not say how "
                                  "much Hanbit Ventures had invested.\n")
    assert ("Hanbit Ventures", "INVESTED_IN", "Morea Labs") not in got
    got = facts(loader, tmp_path, "Morea Labs raised $40 million in a round led by Rodem Capital. It has 40 staff. "
                                  "The team is in Oslo. Hanbit Ventures also invested.\n")
    assert ("Hanbit Ventures", "INVESTED_IN", "Morea Labs") not in got


def test_a_co_lead_leads_with_its_co_investor(loader, tmp_path):
    got = facts(loader, tmp_path, "Rodem Capital co-led the $3 million seed round in Morea Labs with Hanbit Ventures.\n")
    assert ("Hanbit Ventures", "INVESTED_IN", "Morea Labs") in got
    got = facts(loader, tmp_path, "Morea Labs raised $40 million. Rodem Capital co-led the round with Hanbit Ventures.\n")
    assert ("Hanbit Ventures", "INVESTED_IN", "Morea Labs") in got


def test_a_co_lead_with_money_of_its_own_names_no_co_investor(loader, tmp_path):
    got = facts(loader, tmp_path, "Rodem Capital co-led the $3 million seed round in Morea Labs with $2 million of its own.\n")
    assert got == {("Rodem Capital", "INVESTED_IN", "Morea Labs")}


def test_investors_joining_along_with_a_counted_list_of_backers(loader, tmp_path):
    got = facts(loader, tmp_path, "Morea Labs raised $80 million in a Series B round led by Rodem Capital. Daon Capital "
                                  "joined, along with two foreign backers: US firm Hanbit Ventures and South Korea's Hallasan Capital.\n")
    assert {("Daon Capital", "INVESTED_IN", "Morea Labs"), ("Hanbit Ventures", "INVESTED_IN", "Morea Labs"),
            ("Hallasan Capital", "INVESTED_IN", "Morea Labs")} <= got
    assert not [f for f in got if f[2] == "United States" or f[0] == "United States"]


def test_its_first_cheque_went_to_a_company(loader, tmp_path):
    got = facts(loader, tmp_path, "Rodem Capital closed its third fund. Its first investment was a seed cheque in Morea Labs.\n")
    assert ("Rodem Capital", "INVESTED_IN", "Morea Labs") in got
    got = facts(loader, tmp_path, "Rodem Capital launched a $500 million fund on Thursday. Its first cheque went to Morea Labs.\n")
    assert ("Rodem Capital", "INVESTED_IN", "Morea Labs") in got
    got = facts(loader, tmp_path, "Morea Labs raised $5 million. Its first customer went to court.\n")
    assert not [f for f in got if f[1] == "INVESTED_IN" and f[2] == "court"]


def test_the_and_before_a_shared_subject_clause_ends_at_the_clause():
    text = "A opened a lab, and in May signed"
    lo = text.index("in May")
    assert english._AND_BEFORE.search(text, lo - 8, lo)
    assert english._AND_BEFORE.search(text, lo - 8, lo + 2) is None  # ", and" two characters back is not right before


def test_a_round_that_was_led_by_a_lead_belongs_to_the_company_before(loader, tmp_path):
    got = facts(loader, tmp_path, "Accel bought shares in Vellmora Robotics as part of a $60 million round "
                                  "that was led by Index Ventures.\n")
    assert ("Index Ventures", "INVESTED_IN", "Vellmora Robotics") in got


def test_its_round_saw_participation_from_the_joiners(loader, tmp_path):
    got = facts(loader, tmp_path, "Vellmora Robotics said on Monday it had closed a Series B. "
                                  "Its round also saw participation from Accel and Index Ventures.\n")
    assert ("Accel", "INVESTED_IN", "Vellmora Robotics") in got
    assert ("Index Ventures", "INVESTED_IN", "Vellmora Robotics") in got


def test_names_after_led_the_round_are_co_investors(loader: DocumentLoader, tmp_path: Path):
    text = ("Brontide Labs raised $80 million in a Series C. Harbor Lane Capital led the round, which also "
            "included Accel and the Abu Dhabi Investment Authority.")
    found = facts(loader, tmp_path, text)
    assert ("Harbor Lane Capital", "INVESTED_IN", "Brontide Labs") in found
    assert not {f for f in found if f[0] == "Harbor Lane Capital" and f[2] != "Brontide Labs"}


def test_investors_who_participated_in_the_round_still_back_the_company(loader: DocumentLoader, tmp_path: Path):
    text = ("Brontide Labs raised $80 million in a Series C led by Harbor Lane Capital. "
            "Accel also participated in the round.")
    assert ("Accel", "INVESTED_IN", "Brontide Labs") in facts(loader, tmp_path, text)


def test_backers_of_a_funds_capital_do_not_join_its_portfolio_round(loader: DocumentLoader, tmp_path: Path):
    text = ("Brontide Labs raised $50 million from the Pearl River AI Fund in January.\n"
            "The fund was set up in 2024 with 10 billion yuan in initial capital, of which the Guangzhou government "
            "contributed 4 billion yuan and Pearl River Holdings put in the rest, according to filings.")
    found = facts(loader, tmp_path, text)
    assert ("Pearl River AI Fund", "INVESTED_IN", "Brontide Labs") in found
    assert ("Pearl River Holdings", "INVESTED_IN", "Brontide Labs") not in found


def test_a_share_of_a_round_put_in_is_still_an_investment(loader: DocumentLoader, tmp_path: Path):
    text = "Brontide Labs raised $100 million in a Series B, of which Accel put in $40 million."
    assert ("Accel", "INVESTED_IN", "Brontide Labs") in facts(loader, tmp_path, text)


_STORY = ("Norvik Compute, the joint venture of Halden Group and Tessaro, opened its first site in Oslo. "
          "Norvik Compute plans a second site. Norvik Compute hired 40 engineers.\n\n")


def test_a_reported_deal_the_parties_deny_is_no_investment(loader: DocumentLoader, tmp_path: Path):
    text = ("Halden Capital was reported last week to be in talks to invest in Brivo AI; both companies "
            "denied the report.")
    assert ("Halden Capital", "INVESTED_IN", "Brivo AI") not in facts(loader, tmp_path, text)


def test_talks_to_invest_stated_by_the_text_are_still_a_planned_investment(loader: DocumentLoader, tmp_path: Path):
    assert ("Korvan Capital", "INVESTED_IN", "Brivo AI") in facts(
        loader, tmp_path, "Korvan Capital is in talks to invest in Brivo AI.")


def test_it_after_a_paragraph_opening_on_an_investor_is_the_investor(loader: DocumentLoader, tmp_path: Path):
    text = _STORY + ("Abu Dhabi's Mubadala has been the most active. In February it led a $600m funding round "
                     "in Kelda Nord, a Stockholm start-up.\n")
    found = facts(loader, tmp_path, text)
    assert ("Mubadala", "INVESTED_IN", "Kelda Nord") in found
    assert ("Norvik Compute", "INVESTED_IN", "Kelda Nord") not in found


def test_leading_a_round_is_still_read(loader: DocumentLoader, tmp_path: Path):
    assert ("Halden Capital", "INVESTED_IN", "Brisk Robotics") in facts(
        loader, tmp_path, "Halden Capital led the $20m Series A in Brisk Robotics.")


def test_the_backers_a_story_lists_invested_and_a_gloss_backer_only_in_the_last(loader, tmp_path):
    got = facts(loader, tmp_path, "Feldmark raised money last year. The startup's backers include Moorfield Capital, "
                                  "which led its 30 million euro Series A in 2024, as well as Alder Ventures and Brightpeak, "
                                  "the venture fund backed by Siemens.\n")
    for investor in ("Moorfield Capital", "Alder Ventures", "Brightpeak"):
        assert (investor, "INVESTED_IN", "Feldmark") in got
    assert ("Siemens", "INVESTED_IN", "Alder Ventures") not in got
    assert ("Siemens", "INVESTED_IN", "Feldmark") not in got


def test_a_list_with_an_appositive_joined_the_round(loader, tmp_path):
    got = facts(loader, tmp_path, "Feldmark said it has raised a $40 million Series B led by Moorfield Capital. "
                                  "Kestrel Labs, Nvidia's venture arm, and the Amazon Robotics Growth Fund joined the round.\n")
    assert ("Kestrel Labs", "INVESTED_IN", "Feldmark") in got
    assert ("Amazon Robotics Growth Fund", "INVESTED_IN", "Feldmark") in got


def test_the_partner_who_led_the_deal_is_not_the_investor_the_firm_is(loader, tmp_path):
    got = facts(loader, tmp_path, "Feldmark said it has raised a $40 million Series B led by Moorfield Capital. "
                                  "Anna Roth, the Moorfield partner who led the deal, will join the board.\n")
    assert ("Anna Roth", "INVESTED_IN", "Feldmark") not in got


def test_the_possessor_of_an_investment_is_the_investor(loader, tmp_path):
    got = facts(loader, tmp_path, "The European Commission opened an investigation into Brightmoor Capital's investment "
                "in Tessaro Labs, a Milan start-up.\n")
    assert ("Brightmoor Capital", "INVESTED_IN", "Tessaro Labs") in got
    assert ("European Commission", "FUNDS", "Tessaro Labs") not in got


def test_a_parents_majority_in_a_joint_venture_is_an_investment(loader, tmp_path):
    got = facts(loader, tmp_path, "Brightmoor Capital and Orlan Energy formed a joint venture, Tessaro Grid, in June; "
                "Brightmoor Capital owns 70% of Tessaro Grid.\n")
    assert ("Brightmoor Capital", "INVESTED_IN", "Tessaro Grid") in got
    assert ("Brightmoor Capital", "ACQUIRED", "Tessaro Grid") not in got


def test_bought_into_is_an_investment_not_a_takeover(loader, tmp_path):
    got = facts(loader, tmp_path, "Grayfield Capital bought into Tessera Robotics in 2023.\n")
    assert ("Grayfield Capital", "INVESTED_IN", "Tessera Robotics") in got
    assert ("Grayfield Capital", "ACQUIRED", "Tessera Robotics") not in got


def test_companies_listed_after_its_portfolio_companies(loader, tmp_path):
    got = facts(loader, tmp_path, "The regulator added Varnell Capital Group and two of its portfolio companies, the Lyon-based "
                "chip designer Ostrava Microsystems and the Turin server maker Quillon Computing, to its watch list.\n")
    assert ("Varnell Capital Group", "INVESTED_IN", "Ostrava Microsystems") in got
    assert ("Varnell Capital Group", "INVESTED_IN", "Quillon Computing") in got


def test_a_list_of_investors_goes_on_after_an_appositive(loader, tmp_path):
    got = facts(loader, tmp_path, "Corvel Robotics has raised a $40 million Series B led by Quarry Ventures.\n\n"
                "Halden Capital, Torvik Group's venture arm, and the Danish fund Ostmark Partners joined the round.\n")
    assert {("Halden Capital", "INVESTED_IN", "Corvel Robotics"), ("Ostmark Partners", "INVESTED_IN", "Corvel Robotics")} <= got


def test_joining_the_round_of_a_described_startup(loader, tmp_path):
    got = facts(loader, tmp_path, "Helion Partners was busy too: it joined the €40M Series B of Lyon robotics startup "
                "Vantrel, and the fund says more deals are coming.\n")
    assert ("Helion Partners", "INVESTED_IN", "Vantrel") in got


def test_a_headline_comma_before_a_verb_opens_a_new_clause(loader, tmp_path):
    got = facts(loader, tmp_path, "Harrowgate Capital buys into Danish drone start-up, signs Velmora cloud pact\n\n"
                "Harrowgate Capital is an investment firm based in Oslo.\n")
    assert ("Harrowgate Capital", "INVESTED_IN", "Velmora") not in got


def test_a_stake_in_a_described_company_and_the_others_in_its_round(loader, tmp_path):
    got = facts(loader, tmp_path, "Harrowgate Capital has taken a 9 per cent stake in Dutch drone maker Skelda Robotics "
                "for €50 million. Brightwater Ventures and Fenmoor Partners also took part.\n")
    assert {("Harrowgate Capital", "INVESTED_IN", "Skelda Robotics"), ("Brightwater Ventures", "INVESTED_IN", "Skelda Robotics"),
            ("Fenmoor Partners", "INVESTED_IN", "Skelda Robotics")} <= got


def test_co_investing_in_a_named_round_alongside_others(loader, tmp_path):
    got = facts(loader, tmp_path, "Harrowgate Capital holds a 2 per cent stake in Paris-based Lumetra AI. "
                "Harrowgate Capital co-invested in Quorvia's $80 million round in May alongside Brightwater Ventures "
                "and Fenmoor Partners, which led it.\n")
    assert {("Harrowgate Capital", "INVESTED_IN", "Lumetra AI"), ("Harrowgate Capital", "INVESTED_IN", "Quorvia"),
            ("Brightwater Ventures", "INVESTED_IN", "Quorvia"), ("Fenmoor Partners", "INVESTED_IN", "Quorvia")} <= got
    assert ("Fenmoor Partners", "INVESTED_IN", "Lumetra AI") not in got


def test_a_headlines_short_name_stands_for_the_full_name_of_the_lead(loader, tmp_path):
    got = facts(loader, tmp_path, "Qasr AI eyes robotics deals\n\n"
                "Qasr AI Holding, Oman's state technology vehicle, was set up in 2024. "
                "Qasr took a 5 per cent stake in Lisbon-based Tervale Labs in March.\n")
    assert ("Qasr AI Holding", "INVESTED_IN", "Tervale Labs") in got
    assert ("Qasr AI", "INVESTED_IN", "Tervale Labs") not in got


def test_a_name_modifying_the_appositives_noun_is_no_list_member(loader, tmp_path):
    got = facts(loader, tmp_path, "Corvane AI, the Halden University spin-off behind the Brisk models, raised "
                "2 billion yuan from Tenmoor Capital.\n")
    assert ("Tenmoor Capital", "INVESTED_IN", "Corvane AI") in got
    assert not any(obj == "Halden University" for _, rel, obj in got if rel in ("FUNDS", "INVESTED_IN"))


def test_a_company_after_a_round_for_and_a_place_gloss(loader, tmp_path):
    got = facts(loader, tmp_path, "Harwick Capital joined a $20 million Series B for Osaka-based Tenmoku Robotics, "
                                  "which builds picking arms.\n")
    assert ("Harwick Capital", "INVESTED_IN", "Tenmoku Robotics") in got


def test_a_standing_holding_is_an_investment_and_a_majority_a_subsidiary(loader, tmp_path):
    got = facts(loader, tmp_path, "Kestrel Partners owns 12% of Norvale Labs after leading its Series A in 2023. "
                                  "Halvorsen Group holds a 9% stake in Quillmoor AI, and Orbis Capital's stake in "
                                  "Vantrel Robotics is small. Brask Industries owns 70% of Tervo Systems.\n")
    assert {("Kestrel Partners", "INVESTED_IN", "Norvale Labs"), ("Halvorsen Group", "INVESTED_IN", "Quillmoor AI"),
            ("Orbis Capital", "INVESTED_IN", "Vantrel Robotics"), ("Tervo Systems", "SUBSIDIARY_OF", "Brask Industries")} <= got
    # the possessive owner of the second stake is no company held by the first owner
    assert ("Halvorsen Group", "INVESTED_IN", "Orbis Capital") not in got
    assert ("Brask Industries", "INVESTED_IN", "Tervo Systems") not in got


def test_a_conjunct_repeating_its_preposition_takes_the_same_role(loader, tmp_path):
    got = facts(loader, tmp_path, "Halvorsen Group has invested in Norvale Labs and in Quillmoor AI. Tervo Systems "
                                  "signed partnerships with Kestrel Systems and with Orbis Robotics.\n")
    assert {("Halvorsen Group", "INVESTED_IN", "Norvale Labs"), ("Halvorsen Group", "INVESTED_IN", "Quillmoor AI")} <= got
    assert {("Kestrel Systems", "PARTNERS_WITH", "Tervo Systems"), ("Orbis Robotics", "PARTNERS_WITH", "Tervo Systems")} <= got


def test_a_known_investor_with_a_region_after_it_is_its_regional_vehicle(loader, tmp_path):
    got = facts(loader, tmp_path, "- Norvale Health (Nairobi): $6M from Partech Africa for triage models.\n")
    assert ("Partech Africa", "INVESTED_IN", "Norvale Health") in got
    assert ("Partech", "INVESTED_IN", "Norvale Health") not in got


def test_backers_of_a_fronted_participle_back_the_main_clause_s_subject(loader, tmp_path):
    got = facts(loader, tmp_path, "Backed by Orbis Ventures and Halden Capital, Tervo Robotics plans to expand.\n")
    assert {("Orbis Ventures", "INVESTED_IN", "Tervo Robotics"), ("Halden Capital", "INVESTED_IN", "Tervo Robotics")} <= got


_ORRERY_ROUND = "Orrery, a San Francisco startup, raised $40 million in a round led by Kestrel Ventures. "


def test_investors_who_joined_with_no_object_joined_the_round_just_reported(loader, tmp_path):
    got = facts(loader, tmp_path, _ORRERY_ROUND + "Halvorsen Capital and Brightwater Partners also joined.\n")
    assert {("Halvorsen Capital", "INVESTED_IN", "Orrery"), ("Brightwater Partners", "INVESTED_IN", "Orrery")} <= got
    got = facts(loader, tmp_path, _ORRERY_ROUND + "Halvorsen Capital joined too.\n")
    assert ("Halvorsen Capital", "INVESTED_IN", "Orrery") in got


def test_a_hedged_or_personal_joining_is_no_investment(loader, tmp_path):
    for tail in ("Halvorsen Capital could also join.", "Halvorsen Capital denied it had joined.",
                 "Halvorsen Capital is in talks to join.", "Marta Quillon, a former Kestrel engineer, joined."):
        got = facts(loader, tmp_path, _ORRERY_ROUND + tail + "\n")
        assert not [f for f in got if f[1] == "INVESTED_IN" and f[0] != "Kestrel Ventures"], tail


def test_a_bare_joining_may_name_more_backers_after_it(loader, tmp_path):
    got = facts(loader, tmp_path, _ORRERY_ROUND + "Halvorsen Capital joined, along with Brightwater Partners.\n")
    assert ("Halvorsen Capital", "INVESTED_IN", "Orrery") in got


def test_it_in_a_paragraph_naming_no_subject_is_the_story_company(loader, tmp_path):
    story = (_ORRERY_ROUND + "Orrery builds testing tools for software agents. Orrery employs 40 people.\n\nHalvorsen Group, which backed the startup in 2024, did not take part in the round.\n\n"
             "The company is also spending on acquisitions. Last month it completed the purchase of Tessar Labs.\n")
    got = facts(loader, tmp_path, story)
    assert ("Orrery", "ACQUIRED", "Tessar Labs") in got
    assert ("Halvorsen Group", "ACQUIRED", "Tessar Labs") not in got


def test_it_after_the_subject_of_its_own_paragraph_is_that_subject(loader, tmp_path):
    got = facts(loader, tmp_path, _ORRERY_ROUND + "\n\nHalvorsen Group, a Berlin carmaker, said demand was weak. "
                                           "Last month it completed the purchase of Tessar Labs.\n")
    assert ("Halvorsen Group", "ACQUIRED", "Tessar Labs") in got
    assert ("Orrery", "ACQUIRED", "Tessar Labs") not in got


def test_a_round_led_by_a_places_organisation(loader, tmp_path):
    got = facts(loader, tmp_path, "Brelvane AI closed a $40 million Series B with participation from Oakhurst Ventures. "
                                  "The round was led by Norway's Halvstad Capital.\n")
    assert ("Halvstad Capital", "INVESTED_IN", "Brelvane AI") in got
    assert not [f for f in got if f[0] == "Norway" and f[1] == "INVESTED_IN"]


def test_a_lead_described_by_its_kind(loader, tmp_path):
    got = facts(loader, tmp_path, "Quorvik Labs raised $25 million in a round led by Danish state investment bank "
                                  "Vekstfond Capital, with Tallmark Ventures participating.\n")
    assert ("Vekstfond Capital", "INVESTED_IN", "Quorvik Labs") in got


def test_a_led_rounds_other_investors_after_including(loader, tmp_path):
    got = facts(loader, tmp_path, "Marrowind Capital led a $90 million Series C in Selkie Bio, a protein-design start-up, "
                                  "including Pellacott Partners and Dunmore Ventures, the company said.\n")
    assert ("Marrowind Capital", "INVESTED_IN", "Selkie Bio") in got
    assert ("Pellacott Partners", "INVESTED_IN", "Selkie Bio") in got
    assert ("Dunmore Ventures", "INVESTED_IN", "Selkie Bio") in got


def test_the_round_saw_participation_from(loader, tmp_path):
    got = facts(loader, tmp_path, "Ombrello AI raised $12 million in a seed round led by Castara Ventures. "
                                  "The round also saw participation from Lindqvist Capital and Farrow Partners.\n")
    assert ("Lindqvist Capital", "INVESTED_IN", "Ombrello AI") in got
    assert ("Farrow Partners", "INVESTED_IN", "Ombrello AI") in got


def test_a_list_goes_on_past_an_appositive(loader, tmp_path):
    got = facts(loader, tmp_path, "Brannock Labs builds vision models for ports. Its early investors include Oxley Ventures, "
                                  "the regional seed investor, and Marrisford Capital.\n")
    assert ("Oxley Ventures", "INVESTED_IN", "Brannock Labs") in got
    assert ("Marrisford Capital", "INVESTED_IN", "Brannock Labs") in got


def test_seed_investors_described_before_their_names(loader, tmp_path):
    got = facts(loader, tmp_path, "Tarrow AI has raised a $20 million Series A led by Kelby Ventures, with participation from "
                                  "Ostrander Capital, as well as our seed investors Pennick Partners and Wold Ventures.\n")
    assert ("Pennick Partners", "INVESTED_IN", "Tarrow AI") in got
    assert ("Wold Ventures", "INVESTED_IN", "Tarrow AI") in got


def test_a_round_led_by_after_a_stake_in_its_owner(loader, tmp_path):
    got = facts(loader, tmp_path, "Grennix said it had taken a minority stake in Halbrook Data as part of a $30 million "
                                  "funding round led by Sorrel Ventures.\n")
    assert ("Sorrel Ventures", "INVESTED_IN", "Halbrook Data") in got


def test_a_round_appositive_led_by(loader, tmp_path):
    got = facts(loader, tmp_path, "Varrick Capital led Oberlin AI's $20 million Series A in 2023 and returned for last year's "
                                  "$80 million Series B, a round co-led by Fenmore Partners.\n")
    assert ("Fenmore Partners", "INVESTED_IN", "Oberlin AI") in got


def test_a_givers_named_venture_arm_gives(loader, tmp_path):
    got = facts(loader, tmp_path, "Kestova AI raised $50m led by Brackwater Capital, with participation from "
                                  "Tanaguchi Group's venture arm, Tanaguchi Innovation Partners.\n")
    assert ("Tanaguchi Innovation Partners", "INVESTED_IN", "Kestova AI") in got
    assert not [f for f in got if f[0] == "Tanaguchi Group" and f[1] == "INVESTED_IN"]
