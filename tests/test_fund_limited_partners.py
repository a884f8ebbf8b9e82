"""The limited partners a fund manager's close announcement names, on invented sentences.

After a fund's close, its backers are listed without the fund named again ("Other limited partners
include A and B", "New to the partnership this time are A and B") or each said to come in ("A and B
came back as well") right after a sentence about the fund's LPs.
"""

from __future__ import annotations

from tests.reading import facts


def test_a_list_of_other_limited_partners_backs_the_fund_just_named(loader, tmp_path):
    got = facts(loader, tmp_path, "Harrowby Capital launched Harrowby Climate Fund II, a 300 million pound vehicle. "
                "Other limited partners include Norway's Fjellstad Invest and the Caddell Foundation, the firm said.\n")
    assert ("Fjellstad Invest", "INVESTED_IN", "Harrowby Climate Fund II") in got
    assert ("Caddell Foundation", "INVESTED_IN", "Harrowby Climate Fund II") in got


def test_partners_new_to_the_fund_and_returning_ones_back_it(loader, tmp_path):
    got = facts(loader, tmp_path, "Today we closed Quorra Ventures Fund IV at $250 million. Our largest LP is again "
                "the Brennan Endowment. Ashgrove Pension Trust (APT) and the Kilbride Family Office came back as well. "
                "New to the partnership this time are Tallis Capital Partners, a Boston pension manager, and the "
                "Morrow Foundation.\n")
    for backer in ("Ashgrove Pension Trust", "Kilbride Family Office", "Tallis Capital Partners", "Morrow Foundation"):
        assert (backer, "INVESTED_IN", "Quorra Ventures Fund IV") in got


def test_coming_back_without_talk_of_partners_backs_nothing(loader, tmp_path):
    got = facts(loader, tmp_path, "Today we closed Quorra Ventures Fund IV at $250 million. The team spent the "
                "spring on the road. Ashgrove Robotics came back as a customer.\n")
    assert not any(s == "Ashgrove Robotics" and r == "INVESTED_IN" for s, r, _ in got)
