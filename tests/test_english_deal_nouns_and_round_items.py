"""English deal nouns and clipped round items: "the acquisition of B by A", "as part of a $95
million Series B led by A", a digest's "Led by A; participation from B and C".

Every case runs the whole document loader on invented text (see tests/reading.py).
"""

from __future__ import annotations

from tests.reading import facts

_HEAD = "Chip Weekly\n\nBy Jane Roe\n\n"


def test_a_deal_noun_names_what_is_bought_after_of_and_the_buyer_after_by(loader, tmp_path):
    got = facts(loader, tmp_path, _HEAD + "The acquisition of Velder Labs, a Dutch sensor maker, by Oracle closed in March.\n")
    assert ("Oracle", "ACQUIRED", "Velder Labs") in got


def test_a_deal_approved_by_a_regulator_names_no_buyer(loader, tmp_path):
    got = facts(loader, tmp_path, _HEAD + "The acquisition of Velder Labs was approved by regulators in March.\n")
    assert not any(t == "ACQUIRED" for _, t, _ in got)


def test_a_round_named_by_its_stage_alone_is_the_invested_company_s(loader, tmp_path):
    got = facts(loader, tmp_path, _HEAD + "Oracle has invested $20 million in Velder Labs as part of a "
                                          "$70 million Series B led by Brightwater Capital.\n")
    assert ("Brightwater Capital", "INVESTED_IN", "Velder Labs") in got


def test_participants_after_a_semicolon_join_the_round_the_item_reports(loader, tmp_path):
    got = facts(loader, tmp_path, _HEAD + "Velder Labs raised a $70 million Series B. "
                                          "Led by Brightwater Capital; participation from Kestrel Ventures and Northgate.\n")
    assert {("Brightwater Capital", "INVESTED_IN", "Velder Labs"), ("Kestrel Ventures", "INVESTED_IN", "Velder Labs"),
            ("Northgate", "INVESTED_IN", "Velder Labs")} <= got
