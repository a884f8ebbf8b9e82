"""A quoted Korean title is named by what is done to it: a one-word title bought or invested in is
a company ("카카오, '소담' 인수"); a title firms are selected into, or whose budget is given, is a
programme ("'새싹도약' 기업으로 선정"). Each case is an invented text."""

from __future__ import annotations

from tests.reading import facts


def test_a_quoted_name_bought_in_a_headline_is_a_company(loader, tmp_path):
    got = facts(loader, tmp_path, "네이버, '소담' 인수\n")
    assert ("Naver", "ACQUIRED", "소담") in got


def test_a_quoted_name_invested_in_is_a_company(loader, tmp_path):
    got = facts(loader, tmp_path, "카카오벤처스, '담소리'에 50억원 투자\n")
    assert ("Kakao Ventures", "INVESTED_IN", "담소리") in got


def test_a_quoted_field_invested_in_is_no_company(loader, tmp_path):
    got = facts(loader, tmp_path, "카카오벤처스는 올해 '피지컬 AI'에 집중 투자한다.\n")
    assert not any(o == "피지컬 AI" for _, _, o in got)


def test_a_quoted_title_firms_are_selected_into_is_a_programme(loader, tmp_path):
    got = facts(loader, tmp_path, "스타트업 소담랩은 중소벤처기업부 '새싹도약' 기업으로 선정됐다.\n")
    assert ("Ministry of SMEs and Startups", "LAUNCHED", "새싹도약") in got
