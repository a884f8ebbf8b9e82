"""Whose unit an organisation is, as English news glosses it, each habit on an invented text.

"B, A's corporate VC", "B (A's corporate VC)": a firm's corporate venture capital is its unit;
"B, the commercial arm of the state-owned A", "from C and the state-backed A": who owns A, said
before its name, leaves A the owner and a member of the list;
"B, part of A University": a university's institute or arm belongs to it.
"""

from __future__ import annotations

from tests.reading import facts


def test_a_firms_corporate_vc_is_its_unit(loader, tmp_path):
    got = facts(loader, tmp_path, "Norvik Capital, Halden Group's corporate VC, joined the round in Tarnby AI.\n")
    assert ("Norvik Capital", "SUBSIDIARY_OF", "Halden Group") in got


def test_the_arm_of_a_state_owned_bank(loader, tmp_path):
    got = facts(loader, tmp_path, "Norvik Capital, the commercial arm of the state-owned Halden Bank, invested "
                                  "in Tarnby AI.\n")
    assert ("Norvik Capital", "SUBSIDIARY_OF", "Halden Bank") in got
    assert ("Norvik Capital", "INVESTED_IN", "Tarnby AI") in got


def test_a_state_backed_fund_in_a_list_of_backers(loader, tmp_path):
    got = facts(loader, tmp_path, "Tarnby AI raised $30 million from Oskarvik Partners and the state-backed "
                                  "Halden Growth Fund.\n")
    assert {("Oskarvik Partners", "INVESTED_IN", "Tarnby AI"), ("Halden Growth Fund", "INVESTED_IN", "Tarnby AI")} <= got


def test_an_institute_part_of_a_university_belongs_to_it(loader, tmp_path):
    got = facts(loader, tmp_path, "Norvik Labs, part of Halden University, signed a deal with Tarnby AI.\n")
    assert ("Norvik Labs", "SUBSIDIARY_OF", "Halden University") in got
