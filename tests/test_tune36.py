"""Habits of broadcast scripts, newsletters and analyst notes, each on an invented text.

A broadcast turns to a company by presenting it ("AI 반도체 스타트업 'X'입니다.") and drops it as
the subject of the next sentences; "투자는 A가 이끌었고" is the round just told of; a known name that
is a description ("싱가포르 국부펀드") before another name only describes it. A newsletter's note
under a round ("- Led by A, with B joining.") leaves the round unsaid; "was picked up by" is a
takeover. Wrong edges: a modal opening a sentence ("Will use ...") is no name; "left A and
co-founded B" is the person's act; goods bought ("buys V9 systems") and fees received are no deals.
"""

from __future__ import annotations

from loaders.discovery import find_candidates
from tests.reading import facts


def test_a_presented_company_acts_in_the_next_sentences(loader, tmp_path):
    got = facts(loader, tmp_path, "경기도 성남의 한 사무실.\n"
                "AI 반도체 스타트업 '누리온칩스'입니다.\n"
                "지난해 추론 칩 '누리온 X1'을 내놨습니다.\n"
                "지난달에는 컴파일러를 만드는 스타트업 '가온코드'를 사들이기도 했습니다.\n")
    assert ("누리온칩스", "DEVELOPS", "누리온 X1") in got
    assert ("누리온칩스", "ACQUIRED", "가온코드") in got


def test_the_investment_as_topic_is_the_round_just_told_of(loader, tmp_path):
    got = facts(loader, tmp_path, "AI 반도체 스타트업 '누리온칩스'입니다.\n"
                "이번 주 시리즈A 투자로 300억 원을 확보했습니다.\n"
                "투자는 한빛벤처스가 이끌었고,\n"
                "가람인베스트먼트와 싱가포르 국부펀드 테마섹이 뒤를 받쳤습니다.\n")
    assert ("한빛벤처스", "INVESTED_IN", "누리온칩스") in got
    assert ("가람인베스트먼트", "INVESTED_IN", "누리온칩스") in got
    assert ("Temasek", "INVESTED_IN", "누리온칩스") in got
    assert not any(s == "GIC" for s, _, _ in got)


def test_a_note_under_a_round_leaves_the_round_unsaid(loader, tmp_path):
    got = facts(loader, tmp_path, "== THE BIG ONES ==\n\n"
                "* Brovane Labs (Denver) — $40M Series A\n"
                "  - Co-led by Harlow Capital and Quenby Ventures.\n"
                "  - Will use the money to scale its robot arm, Brov-1.\n\n"
                "* Part two: Taskwell, the Lyon scheduling startup, was picked up by Orvane.\n")
    assert ("Harlow Capital", "INVESTED_IN", "Brovane Labs") in got
    assert ("Quenby Ventures", "INVESTED_IN", "Brovane Labs") in got
    assert ("Orvane", "ACQUIRED", "Taskwell") in got
    assert not any("Will" in (s, o) for s, _, o in got)


def test_left_one_and_co_founded_another_is_the_persons_act(loader, tmp_path):
    got = facts(loader, tmp_path, "Mara Lindqvist left Brightfold AI after five years and co-founded "
                "Selvane Systems with two former colleagues.\n")
    assert ("Mara Lindqvist", "FOUNDED", "Selvane Systems") in got
    assert ("Brightfold AI", "FOUNDED", "Selvane Systems") not in got


def test_goods_bought_and_fees_received_are_no_deals(loader, tmp_path):
    got = facts(loader, tmp_path, "Coldray Cloud now buys K7 systems through Nimbrel rather than directly. "
                "Parrock Securities expects to receive compensation for investment banking services "
                "from Tallis Semiconductor in the next three months.\n")
    assert not any(t in ("ACQUIRED", "INVESTED_IN") for _, t, _ in got)



def test_a_counted_descriptor_is_no_name():
    found = find_candidates("누리온칩스와 가온AI 등 반도체 기업 여섯 곳, 모델 개발사 네 곳이 참여합니다.", [])
    assert not {m.surface for m in found} & {"여섯", "네"}
