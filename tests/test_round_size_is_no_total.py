""""총 N원 규모의 투자 유치" gives one round's size, whose investors the next sentences may name: no
placeholder investor stands for them, as it does for a total ("누적 N달러", "가장 많은 자금").

Every sentence here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from tests.reading import korean_facts


def test_a_round_s_total_size_brings_no_unnamed_investors(loader) -> None:
    got = korean_facts(loader, "로봇 스타트업 누리봇은 최근 총 30억 위안(약 6천억원) 규모의 투자 유치를 마무리했다.")
    assert not any(s == "Unnamed investors" for s, _, _ in got)


def test_a_total_raised_still_has_unnamed_investors(loader) -> None:
    got = korean_facts(loader, "로봇 스타트업 누리봇이 누적 30억 달러로 가장 많은 자금을 확보했다.")
    assert ("Unnamed investors", "INVESTED_IN", "누리봇") in got
