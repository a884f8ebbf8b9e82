"""A fund's manager ("운용사(GP)") is chosen for a fund, never for a project an earlier selection
of the text was about.

Every sentence here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from tests.reading import facts


def test_a_manager_chosen_after_the_text_moved_on_to_a_fund_joins_no_earlier_project(loader, tmp_path) -> None:
    got = facts(loader, tmp_path, "  우리 시는 올해 2월 과학기술정보통신부 「지역 데이터 거점 육성사업」 공모에 최종 선정되었습니다.\n"
                                  "  다음으로 가람AI성장펀드입니다. 지난해 총 400억 원 규모로 결성을 완료하였습니다. "
                                  "운용사(GP)는 공모를 통해 솔빛인베스트먼트가 선정되었습니다.\n")
    assert ("Ministry of Science and ICT", "LAUNCHED", "지역 데이터 거점 육성사업") in got
    assert not any(s == "솔빛인베스트먼트" and o == "지역 데이터 거점 육성사업" for s, _, o in got)


def test_a_manager_chosen_for_a_fund_still_joins_it(loader, tmp_path) -> None:
    got = facts(loader, tmp_path, "중소벤처기업부는 'AI 반도체 성장펀드'를 조성한다. 운용사로는 솔빛인베스트먼트가 선정됐다.\n")
    assert ("솔빛인베스트먼트", "PARTICIPATES_IN", "AI 반도체 성장펀드") in got
