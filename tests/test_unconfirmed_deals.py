"""A deal only guessed at, denied or not yet settled states no edge: "검토하고 있다는 관측", "결정된 바
없다", "아직 확정 아님".

Every sentence here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from tests.reading import korean_facts


def _tied(got: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return any(t == "PARTNERS_WITH" and {s, o} == {a, b} for s, t, o in got)


def test_a_joint_venture_both_say_is_not_decided_is_no_partnership(loader) -> None:
    got = korean_facts(loader, "로봇 스타트업 한빛로보틱스가 반도체 기업 누리칩스와 합작법인 설립을 검토하고 있다는 관측도 "
                               "나오지만, 양사 모두 \"결정된 바 없다\"는 입장이다.")
    assert not _tied(got, "한빛로보틱스", "누리칩스")


def test_a_joint_venture_not_yet_confirmed_is_no_partnership(loader) -> None:
    got = korean_facts(loader, "다음 달엔 로봇 스타트업 한빛로보틱스가 반도체 기업 누리칩스와 데이터센터 합작법인을 "
                               "세운다는데(아직 확정 아님!)")
    assert not _tied(got, "한빛로보틱스", "누리칩스")
    got = korean_facts(loader, "로봇 스타트업 한빛로보틱스는 반도체 기업 누리칩스와 합작법인을 세울 예정이다(아직 미확정).")
    assert not _tied(got, "한빛로보틱스", "누리칩스")


def test_an_investment_observers_only_guess_at_is_no_investment(loader) -> None:
    got = korean_facts(loader, "벤처캐피털 가온벤처스가 반도체 스타트업 누리칩스에 투자를 검토하고 있다는 관측이 업계에서 나온다.")
    assert not any(t == "INVESTED_IN" for _, t, _ in got)


def test_a_settled_deal_is_still_read(loader) -> None:
    assert _tied(korean_facts(loader, "로봇 스타트업 한빛로보틱스는 반도체 기업 누리칩스와 합작법인을 설립했다."),
                 "한빛로보틱스", "누리칩스")
    assert ("가온벤처스", "INVESTED_IN", "누리칩스") in korean_facts(
        loader, "벤처캐피털 가온벤처스가 반도체 스타트업 누리칩스에 투자했다.")
