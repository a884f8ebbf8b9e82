"""How long a fund's close keeps the fund in view for its limited partners, on invented sentences.

The fund stays in view for three sentences after its close, and three more after each sentence in
view that speaks of its limited partners; other talk for longer closes the subject.
"""

from __future__ import annotations

from tests.reading import facts


def test_talk_of_limited_partners_keeps_the_fund_in_view(loader, tmp_path):
    got = facts(loader, tmp_path, "Pellow Capital closed Pellow Growth Fund II at $180 million. The team grew to twelve. "
                "We moved offices in March. Our LPs stood by us through the year. The market was slow. "
                "Hiring was hard. Other limited partners include the Dunmere Foundation and Corliss Capital.\n")
    assert ("Dunmere Foundation", "INVESTED_IN", "Pellow Growth Fund II") in got
    assert ("Corliss Capital", "INVESTED_IN", "Pellow Growth Fund II") in got


def test_a_list_long_after_the_close_backs_no_fund(loader, tmp_path):
    got = facts(loader, tmp_path, "Pellow Capital closed Pellow Growth Fund II at $180 million. The team grew to twelve. "
                "We moved offices in March. The market was slow. Hiring was hard. "
                "Other limited partners include the Dunmere Foundation and Corliss Capital.\n")
    assert not any(o == "Pellow Growth Fund II" and r == "INVESTED_IN" for _, r, o in got)
