"""A state reviewing a buyer's stake rules on the buyer (REGULATES). Each case is an invented text."""

from __future__ import annotations

from tests.reading import facts


def test_a_review_of_a_buyers_stake_regulates_the_buyer(loader, tmp_path):
    got = facts(loader, tmp_path, "The Committee on Foreign Investment in the United States (CFIUS) reviewed Pellmark "
                                  "Capital's Orrin stake and cleared it in March.\n")
    assert ("Committee on Foreign Investment in the United States", "REGULATES", "Pellmark Capital") in got


def test_a_document_reviewed_by_a_newsroom_regulates_no_one(loader, tmp_path):
    got = facts(loader, tmp_path, "The Commerce Department attached conditions, according to a summary reviewed by "
                                  "Harbor Wire.\n")
    assert not [f for f in got if f[1] == "REGULATES"]
