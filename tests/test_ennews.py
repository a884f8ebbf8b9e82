"""English news habits, each on an invented sentence (not from any document).

Round reports name the later investors with a bare "joined" ("B and C also joined."), profiles
name what a company makes by a possessive ("the chipmaker's X accelerator"), and a follow-up
sentence speaks of the company by "it".
"""

from __future__ import annotations

from tests.reading import facts

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


def test_a_possessive_names_what_the_company_makes(loader, tmp_path):
    got = facts(loader, tmp_path, "Velmora said demand was strong. The chipmaker's new Tessar processor ships in May.\n")
    assert ("Velmora", "DEVELOPS", "Tessar") in got
    got = facts(loader, tmp_path, "Orrery signed a deal with Velmora covering the chipmaker's Tessar accelerators.\n")
    assert ("Velmora", "DEVELOPS", "Tessar") in got
    assert ("Orrery", "DEVELOPS", "Tessar") not in got
    got = facts(loader, tmp_path, "Norvale is a Paris startup. Its model family, called Sur, is open weights.\n")
    assert ("Norvale", "DEVELOPS", "Sur") in got
    got = facts(loader, tmp_path, "Norvale is a Paris startup. Its flagship model is Sur-2.\n")
    assert ("Norvale", "DEVELOPS", "Sur-2") in got


def test_a_possessive_of_a_plant_an_investor_or_a_hedge_is_no_product(loader, tmp_path):
    for text in ("Halvorsen Group said demand was strong. The carmaker's Tessar plant in Lyon opens next year.",
                 "Norvale is a Paris startup. Its largest investor is Kestrel Ventures.",
                 "Norvale is a Paris startup. Its model could be Sur-2."):
        got = facts(loader, tmp_path, text + "\n")
        assert not [f for f in got if f[1] == "DEVELOPS"], text


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


def test_a_possible_purchase_or_investment_is_none(loader, tmp_path):
    for tail in ("It could buy Tessar Labs.", "It would buy Tessar Labs.", "It is considering buying Tessar Labs.",
                 "It is in talks to buy Tessar Labs.", "It denied it would buy Tessar Labs.", "It may invest in Tessar Labs."):
        got = facts(loader, tmp_path, "Velmora signed a deal with Kestrel Systems. " + tail + "\n")
        assert not [f for f in got if f[1] in ("ACQUIRED", "INVESTED_IN")], tail
    got = facts(loader, tmp_path, "Velmora said it would buy Tessar Labs.\n")
    assert ("Velmora", "ACQUIRED", "Tessar Labs") in got
