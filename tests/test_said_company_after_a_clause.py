"""Korean reports: "동사" (the said company) written out after a clause that founded, bought or
invested in another company means that other company, and a kind of organisation abbreviated
in a gloss ("기업형 벤처캐피탈(..., 이하 CVC)") names no body.

Every line here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from pathlib import Path

from loaders.pipeline import DocumentLoader
from tests.reading import actor_names, facts


def test_the_said_company_after_a_founding_clause_is_the_company_founded(loader: DocumentLoader, tmp_path: Path) -> None:
    text = "가람홀딩스는 2023년 자회사 가람인베스트먼트를 설립하였고, 동사는 2024년 「가람 성장 펀드 1호」(300억원)를 결성하였다.\n"
    got = facts(loader, tmp_path, text)
    assert ("가람인베스트먼트", "LAUNCHED", "가람 성장 펀드 1호") in got
    assert ("가람홀딩스", "LAUNCHED", "가람 성장 펀드 1호") not in got


def test_the_said_company_after_a_round_joined_is_the_company_invested_in(loader: DocumentLoader, tmp_path: Path) -> None:
    text = "누리벤처스는 물류 AI 스타트업 별빛로지스의 시드 라운드(총 20억원)에 참여했으며, 동사는 이후 다온전자와 공동연구 협약을 맺었다.\n"
    got = facts(loader, tmp_path, text)
    both_ways = got | {(o, r, s) for s, r, o in got}
    assert ("별빛로지스", "PARTNERS_WITH", "다온전자") in both_ways
    assert ("누리벤처스", "PARTNERS_WITH", "다온전자") not in both_ways


def test_a_kind_abbreviated_in_a_gloss_is_no_name(loader: DocumentLoader, tmp_path: Path) -> None:
    text = ("일반지주회사의 기업형 벤처캐피탈(Corporate Venture Capital, 이하 CVC) 보유가 허용되었다.\n\n"
            "가온전자의 CVC인 가온벤처스는 새봄랩의 시리즈A 라운드를 주도했다.\n")
    got = facts(loader, tmp_path, text)
    assert ("가온벤처스", "INVESTED_IN", "새봄랩") in got
    assert not any(name in ("벤처캐피탈", "CVC") for name in actor_names(loader, tmp_path, text))
