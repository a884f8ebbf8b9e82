"""Holders of a joint venture's shares take part in it: "C, a joint venture in which A holds 60
percent and B the remaining 40 percent", or, the venture named a sentence before, "A holds 55%
of the venture and B the rest". A stake in a company the text does not call a joint venture is
no such share. Each case is an invented text.
"""

from __future__ import annotations

from tests.reading import facts


def test_holders_in_the_relative_clause_of_the_venture_take_part(loader, tmp_path):
    text = ("The campus will be run by Tarvik Compute, a new joint venture in which Belgrave Telecom holds 70 percent "
            "and Ostrava Systems, the Czech software group, holds the remaining 30 percent.\n")
    got = facts(loader, tmp_path, text)
    assert ("Belgrave Telecom", "PARTICIPATES_IN", "Tarvik Compute") in got
    assert ("Ostrava Systems", "PARTICIPATES_IN", "Tarvik Compute") in got


def test_the_venture_pointed_back_to_with_a_gapped_second_holder(loader, tmp_path):
    text = ("Its main project is Lindqvist Cloud, a joint venture formed in June with Ferrowind Energy. "
            "Belgrave Telecom will own 55% and Ferrowind Energy 45% of the venture.\n")
    got = facts(loader, tmp_path, text)
    assert ("Belgrave Telecom", "PARTICIPATES_IN", "Lindqvist Cloud") in got
    assert ("Ferrowind Energy", "PARTICIPATES_IN", "Lindqvist Cloud") in got


def test_a_share_of_a_company_not_called_a_joint_venture_is_no_participation(loader, tmp_path):
    text = ("Lindqvist Cloud is a data-centre operator based in Oslo. "
            "Belgrave Telecom holds 55% of the company and Ferrowind Energy the rest.\n")
    got = facts(loader, tmp_path, text)
    assert not any(f[1] == "PARTICIPATES_IN" and f[2] == "Lindqvist Cloud" for f in got)
