"""English lists whose members carry a possessive: "A and B's C" (C, not its owner B, is the
member), "A, B's state fund, and C" (the possessive appositive glosses A and the list goes on).
Each case is an invented text.
"""

from __future__ import annotations

from tests.reading import facts

_ROUND = "Brindle Labs raised $5 million in a Series A led by Harrow Capital. "


def test_the_owned_name_not_its_owner_is_the_invested_list_member(loader, tmp_path):
    got = facts(loader, tmp_path, "Harrow Capital has previously invested in Brindle Labs and Lena Voss's Quillmark.\n")
    assert ("Harrow Capital", "INVESTED_IN", "Quillmark") in got
    assert ("Harrow Capital", "INVESTED_IN", "Lena Voss") not in got


def test_a_companion_after_alongside_written_with_its_owner(loader, tmp_path):
    got = facts(loader, tmp_path, "Harrow Capital invested $3 million in Brindle Labs alongside Oakmoor Ventures "
                                  "and Tamsin's Penwick Partners.\n")
    assert ("Penwick Partners", "INVESTED_IN", "Brindle Labs") in got
    assert ("Tamsin", "INVESTED_IN", "Brindle Labs") not in got


def test_a_giver_written_as_its_owner_s_own_fund(loader, tmp_path):
    got = facts(loader, tmp_path, "Brindle Labs raised $5 million from Harrow Capital and Tamsin's own Penwick Fund.\n")
    assert ("Penwick Fund", "INVESTED_IN", "Brindle Labs") in got
    assert ("Tamsin", "INVESTED_IN", "Brindle Labs") not in got


def test_a_possessive_appositive_keeps_the_list_of_joiners(loader, tmp_path):
    got = facts(loader, tmp_path, _ROUND + "Oakmoor Ventures, Norway's state fund, and Singapore's Penwick Partners "
                                           "also took part.\n")
    assert ("Oakmoor Ventures", "INVESTED_IN", "Brindle Labs") in got
    assert ("Penwick Partners", "INVESTED_IN", "Brindle Labs") in got


def test_a_joiner_with_its_owner_s_appositive_before_the_verb(loader, tmp_path):
    got = facts(loader, tmp_path, _ROUND + "Oakmoor Ventures put in $1 million, and Penwick Partners, Tamsin's "
                                           "corporate VC, also participated.\n")
    assert ("Penwick Partners", "INVESTED_IN", "Brindle Labs") in got
    assert ("Penwick Partners", "SUBSIDIARY_OF", "Tamsin") in got
    assert ("Tamsin", "INVESTED_IN", "Brindle Labs") not in got


def test_an_owner_opening_the_sentence_stays_the_owner(loader, tmp_path):
    got = facts(loader, tmp_path, "Tamsin's venture arm Penwick Partners invested $3 million in Brindle Labs.\n")
    assert ("Penwick Partners", "INVESTED_IN", "Brindle Labs") in got
    assert ("Penwick Partners", "SUBSIDIARY_OF", "Tamsin") in got


def test_a_participle_after_an_object_s_appositive_is_not_its_joining(loader, tmp_path):
    got = facts(loader, tmp_path, "Harrow Capital has been active as an investor. In October it led a $210 million "
                                  "Series C round in Brindle Labs, a Texas-based developer of cooling systems, putting "
                                  "in $120 million. Oakmoor Ventures also joined the round, Brindle said.\n")
    assert ("Harrow Capital", "INVESTED_IN", "Brindle Labs") in got
    assert ("Brindle Labs", "INVESTED_IN", "Harrow Capital") not in got


def test_a_possessive_before_a_preposition_owns_no_name(loader, tmp_path):
    got = facts(loader, tmp_path, "Halvorsen Group holds a 9% stake in Quillmoor AI, and Orbis Capital's stake in "
                                  "Vantrel Robotics is small.\n")
    assert ("Orbis Capital", "INVESTED_IN", "Vantrel Robotics") in got
