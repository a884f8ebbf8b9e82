""""A put in N of that": a share of the sum just named (a fund's), not money into the story's company."""

from __future__ import annotations

from tests.reading import english_facts


def test_a_share_of_the_fund_just_set_up_is_no_investment_in_the_story_company(loader):
    got = english_facts(loader, "Veyra Robotics, a Dalian start-up, closed a 900 million yuan Series B on Monday.\n\n"
                                "Local governments have been busy. Lianport set up an 8 billion yuan AI fund in May; "
                                "the Liaoning provincial government put in 2 billion yuan of that.\n")
    assert not [f for f in got if f[1] == "INVESTED_IN" and f[2] == "Veyra Robotics"]


def test_money_put_into_a_round_still_joins_it(loader):
    got = english_facts(loader, "Veyra Robotics closed a 900 million yuan Series B on Monday, led by Tallmark Capital. "
                                "Orrin Ventures put in 100 million yuan.\n")
    assert ("Orrin Ventures", "INVESTED_IN", "Veyra Robotics") in got
