"""English descriptions and pronouns standing for an organisation named before ("the start-up",
"the Israeli startup", "Its first deal"): which one they mean. Each case is an invented text.
"""

from __future__ import annotations

from tests.reading import facts


def test_the_start_up_is_the_start_up_named_before_not_the_investor(loader, tmp_path):
    text = ("The regulator cleared Siemens' purchase of a 10 per cent stake in Brindlewood Labs, a Lisbon maker of "
            "warehouse robots. The approval came with conditions: Siemens may appoint only an observer to its board. "
            "Siemens invested $40 million in the start-up's $90 million funding round in May; the round was led by "
            "Harrowgate Capital, with participation from Lakemoor Ventures.\n")
    got = facts(loader, tmp_path, text)
    assert ("Harrowgate Capital", "INVESTED_IN", "Brindlewood Labs") in got
    assert ("Lakemoor Ventures", "INVESTED_IN", "Brindlewood Labs") in got
    assert not [f for f in got if f[2] == "Siemens"]


def test_a_placed_startup_is_never_the_buyer_named_before_it(loader, tmp_path):
    text = ("Halden Group's purchase of Corvix follows a familiar pattern. The Israeli startup, which builds chip "
            "compilers, was bought for $700 million.\n")
    got = facts(loader, tmp_path, text, locations=True)
    assert ("Halden Group", "ACQUIRED", "Corvix") in got
    assert ("Halden Group", "BASED_IN", "Israel") not in got


def test_a_description_after_a_name_and_a_comma_describes_that_name(loader, tmp_path):
    text = ("Jassby spoke about the group's tie with Quorvane, the Boston model developer in which Halden Group has "
            "invested $2 billion.\n")
    got = facts(loader, tmp_path, text, locations=True)
    assert ("Quorvane", "BASED_IN", "United States") in got
    assert not [f for f in got if f[0] == "Jassby"]
    assert ("Halden Group", "INVESTED_IN", "Quorvane") in got


def test_its_first_deal_in_an_appositive_is_the_new_fund_s(loader, tmp_path):
    text = ("The Qirwan Investment Fund has set up a $10bn vehicle, the Alder AI Fund, to back European start-ups. "
            "Its first deal, a $250m investment in Pellora Robotics, closed in February.\n")
    assert ("Alder AI Fund", "INVESTED_IN", "Pellora Robotics") in facts(loader, tmp_path, text)


def test_its_first_cheque_two_sentences_after_the_launch_is_the_fund_s(loader, tmp_path):
    text = ("Skagen Holdings launched the $500 million Fjordline Growth Fund on Thursday. The fund will be managed by "
            "Orrin Partners, a Bergen firm.\n\n"
            "Its first cheque went to Tarnwick, a Bergen startup whose software plans ferry routes.\n")
    got = facts(loader, tmp_path, text)
    assert ("Fjordline Growth Fund", "INVESTED_IN", "Tarnwick") in got
    assert ("Skagen Holdings", "INVESTED_IN", "Tarnwick") not in got

