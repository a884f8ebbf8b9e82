"""Korean lists whose later member comes with a description: "A와 B의 기술 스타트업 투자조직 C도"
(whose unit C is), "A 및 B, 비전 AI 기업 C과" (what kind of firm C is). The description belongs to
the next name; it does not end the list. Each case is an invented text.
"""

from __future__ import annotations

from tests.reading import facts


def test_a_unit_described_by_its_owner_stays_in_the_list(loader, tmp_path):
    text = ("물류 스타트업 카고링크는 100억원 규모 시리즈A 투자를 유치했다. "
            "기존 투자자인 한결벤처스와 가람전자의 기술 스타트업 투자조직 가람랩스도 후속 투자에 나섰다.\n")
    got = facts(loader, tmp_path, text)
    assert ("한결벤처스", "INVESTED_IN", "카고링크") in got
    assert ("가람랩스", "INVESTED_IN", "카고링크") in got
    assert ("가람전자", "INVESTED_IN", "카고링크") not in got  # the owner only says whose unit it is


def test_a_member_described_by_its_kind_after_a_comma_stays_in_the_list(loader, tmp_path):
    text = "협동로봇 기업 누리로보틱스는 한빛테크 및 새솔반도체, 비전 AI 기업 ㈜다온비전과 손을 잡았다.\n"
    got = facts(loader, tmp_path, text)
    assert ("누리로보틱스", "PARTNERS_WITH", "새솔반도체") in got
    assert ("누리로보틱스", "PARTNERS_WITH", "다온비전") in got
