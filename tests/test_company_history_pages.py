"""A company website's history page (회사 연혁): dated items under year headings, whose unsaid
subject is the company the site belongs to, named on the page's first line."""

from __future__ import annotations

from tests.reading import facts

HISTORY = """다온비전 DAONVISION
회사소개   제품   채용
HOME > 회사소개 > 연혁

연혁 HISTORY
다온비전이 걸어온 길입니다.

2025
11  스마트팩토리 검사 플랫폼 '다온아이' 정식 출시
09  해솔전자와 불량 검사 자동화 공급 계약 체결
07  시리즈B 투자 유치 (200억원)
    · 리드: 누리벤처스 / 참여: 한빛인베스트먼트, 새솔캐피탈(Saesol Capital, 가람그룹 계열)
05  산업통상자원부 '제조 AI 실증 사업' 수행기관 선정
    · 2년간 정부출연금 18억원
03  베트남 법인 DaonVision Asia Inc. 설립 (베트남 하노이)

2024
10  물류 비전 스타트업 ㈜루미캠 인수 — 지분 100% 취득, 자회사 편입
06  시드 투자 유치 (바른파트너스)
02  ㈜다온비전 설립
    (공동창업자: 대표이사 한서준, CTO 문가온 / 카이스트 출신)

▲ TOP
㈜다온비전 | 대표이사 한서준
"""


def test_a_history_items_unsaid_subject_is_the_sites_company(loader, tmp_path):
    got = facts(loader, tmp_path, HISTORY)
    assert ("다온비전", "DEVELOPS", "다온아이") in got
    assert ("다온비전", "PARTNERS_WITH", "해솔전자") in got or ("해솔전자", "PARTNERS_WITH", "다온비전") in got
    assert ("다온비전", "PARTICIPATES_IN", "제조 AI 실증 사업") in got
    assert ("다온비전", "ACQUIRED", "루미캠") in got
    assert ("루미캠", "SUBSIDIARY_OF", "다온비전") in got


def test_detail_lines_under_an_item_add_to_its_round_grant_and_founding(loader, tmp_path):
    got = facts(loader, tmp_path, HISTORY)
    for backer in ("누리벤처스", "한빛인베스트먼트", "새솔캐피탈", "바른파트너스"):
        assert (backer, "INVESTED_IN", "다온비전") in got
    assert ("가람그룹", "INVESTED_IN", "다온비전") not in got  # named in a backer's gloss only
    assert ("Ministry of Trade, Industry and Energy", "FUNDS", "다온비전") in got
    assert ("한서준", "FOUNDED", "다온비전") in got
    assert ("문가온", "FOUNDED", "다온비전") in got


def test_a_unit_set_up_abroad_belongs_to_the_company(loader, tmp_path):
    got = facts(loader, tmp_path, HISTORY, locations=True)
    assert ("DaonVision Asia Inc", "SUBSIDIARY_OF", "다온비전") in got
    assert ("DaonVision Asia Inc", "BASED_IN", "Vietnam") in got


def test_month_labels_split_the_items_of_a_timeline(loader, tmp_path):
    got = facts(loader, tmp_path, HISTORY)
    # no item runs into the next one, so none lends its words to another's names
    assert not any(name in ("설립", "편입") for f in got for name in (f[0], f[2]))


def test_a_dated_list_without_a_history_heading_lends_no_subject(loader, tmp_path):
    text = HISTORY.replace("HOME > 회사소개 > 연혁", "HOME > 회사소개").replace("연혁 HISTORY", "소식 NEWS")
    got = facts(loader, tmp_path, text)
    assert ("다온비전", "PARTICIPATES_IN", "제조 AI 실증 사업") not in got
