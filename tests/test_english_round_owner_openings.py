"""English sentences that open on a company's round, or on its backers, then name investors
without naming the company again: "X's round was the largest ... Alongside the leads, A took
part", "X is notable for its backers: A led, with B joining". Each case is an invented text.
"""

from __future__ import annotations

from tests.reading import facts


def test_a_sentence_opening_on_a_companys_round(loader, tmp_path):
    text = ("The state fund Harbor Growth Fund committed $50 million to local managers last year.\n\n"
            "Brindle Labs's round was the largest for a speech start-up to date. Alongside the leads, "
            "existing backer North Quay Ventures followed on.\n")
    got = facts(loader, tmp_path, text)
    assert ("North Quay Ventures", "INVESTED_IN", "Brindle Labs") in got
    assert ("North Quay Ventures", "INVESTED_IN", "Harbor Growth Fund") not in got


def test_a_companys_backers_named_after_a_colon(loader, tmp_path):
    text = ("The state fund Harbor Growth Fund committed $50 million to local managers last year.\n\n"
            "Ostrava Cloud is notable less for its size than its backers: Temasek led, with Lantern "
            "Partners joining as a strategic investor.\n")
    got = facts(loader, tmp_path, text)
    assert ("Temasek", "INVESTED_IN", "Ostrava Cloud") in got
    assert not any(f[1] == "INVESTED_IN" and f[2] == "Harbor Growth Fund" for f in got)

