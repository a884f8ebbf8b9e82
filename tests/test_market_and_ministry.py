"""Broker reports, ministry press releases and magazine features (invented examples)."""

from __future__ import annotations

from tests.reading import facts, relationships

# A deal grid flattened one cell per line, its rows opening with a date, two cells wrapped.
DATED_GRID = """\
[표 2] 최근 거래 (2025.6~2025.9)

일자
기업
국가
구분
금액
주요 투자자
2025.06
Quillmark Robotics
미국
시리즈B
1.5억 달러
Lux Capital,
Insight Partners
2025.08
벼리모션
한국
시리즈A
200억 원
카카오벤처스, 한국투
자파트너스
2025.09
다온센서
한국
M&A(60%)
500억 원
LG전자

자료: 각 사
"""


def test_a_dated_grid_reads_rows_whose_cells_wrap_over_lines(loader, tmp_path):
    found = facts(loader, tmp_path, DATED_GRID, locations=True)
    assert {
        ("Lux Capital", "INVESTED_IN", "Quillmark Robotics"),
        ("Insight Partners", "INVESTED_IN", "Quillmark Robotics"),
        ("Kakao Ventures", "INVESTED_IN", "벼리모션"),
        ("Korea Investment Partners", "INVESTED_IN", "벼리모션"),
        ("LG Electronics", "ACQUIRED", "다온센서"),
        ("Quillmark Robotics", "BASED_IN", "United States"),
        ("벼리모션", "BASED_IN", "South Korea"),
    } <= found
    assert not any(s == "South Korea" for s, _, _ in found)


def test_investment_inside_a_cell_name_is_no_deal_word(loader, tmp_path):
    text = DATED_GRID.replace("카카오벤처스, 한국투\n자파트너스", "한국투자파트너스")
    props = relationships(loader, tmp_path, text)
    assert props[("Korea Investment Partners", "INVESTED_IN", "벼리모션")]["amount"] == 200.0


# A ministry's annex: the managers selected for a fund, tab-separated under a caption naming it.
ANNEX = """\
[붙임 1] 「청정기술 성장 펀드」 선정 운용사 현황
(단위: 억 원)
분야\t운용사\t모태 출자액\t최소 결성액
일반\t하늘숲인베스트\t300\t600
일반\t인터베스트\t200\t400
합계\t\t500\t1,000
"""


def test_an_annex_table_lists_the_managers_of_the_fund_in_its_caption(loader, tmp_path):
    props = relationships(loader, tmp_path, ANNEX)
    assert set(props) == {
        ("하늘숲인베스트", "PARTICIPATES_IN", "청정기술 성장 펀드"),
        ("Intervest", "PARTICIPATES_IN", "청정기술 성장 펀드"),
    }
    assert props[("하늘숲인베스트", "PARTICIPATES_IN", "청정기술 성장 펀드")]["role"] == "GP"


def test_a_member_column_without_one_programme_in_the_caption_gives_nothing(loader, tmp_path):
    assert not facts(loader, tmp_path, ANNEX.replace("「청정기술 성장 펀드」 ", ""))
