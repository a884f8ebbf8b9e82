"""Names that were never found: a Korean fund numbered in its manager's series, a company named
right after the clause saying who founded it, an investor's regional vehicle ("Lightspeed
India"), and a company after "a Series B for" and a place gloss. Invented actors, with near
misses that must not fire.
"""

from __future__ import annotations

from tests.reading import facts


def test_a_series_fund_takes_its_managers_name(loader, tmp_path):
    got = facts(loader, tmp_path, "한울은행은 솔마루벤처스 AI 그로스 3호에 120억 원을 출자하기로 했다. "
                                  "솔마루벤처스 AI 그로스 3호는 로봇 스타트업 카로비아에 40억 원을 투자했다.\n")
    assert any(s == "솔마루벤처스 AI 그로스 3호" and o == "카로비아" and t == "INVESTED_IN" for s, t, o in got)
    assert not any(o == "솔마루벤처스" for _, _, o in got)


def test_a_series_number_before_a_common_noun_names_no_fund(loader, tmp_path):
    got = facts(loader, tmp_path, "한울은행은 솔마루벤처스 1호 투자처인 카로비아에 20억 원을 투자했다. "
                                  "솔마루벤처스 AI 그로스 3호 투자처는 벨로시움이다.\n")
    assert not any("호" in name for fact in got for name in (fact[0], fact[2]))


def test_a_company_named_after_its_founding_clause(loader, tmp_path):
    got = facts(loader, tmp_path, "대형 제조사에서 일하던 연구원들이 2022년 세운 벨로시움은 올해 80억 원 규모의 "
                                  "시리즈A 투자를 유치했다. 라운드는 한결인베스트먼트가 이끌었다.\n")
    assert ("한결인베스트먼트", "INVESTED_IN", "벨로시움") in got


def test_where_the_founders_came_from_is_no_investor(loader, tmp_path):
    got = facts(loader, tmp_path, "한빛전자에서 칩 설계를 하던 엔지니어들이 지난해 세운 벨로시움은 올해 80억 원 규모의 "
                                  "시리즈A 투자를 유치했다.\n")
    assert not any(s == "한빛전자" and t == "INVESTED_IN" for s, t, _ in got)


def test_a_founding_clause_before_a_common_noun_names_nothing(loader, tmp_path):
    got = facts(loader, tmp_path, "2019년 설립한 회사는 올해 80억 원 규모의 시리즈A 투자를 유치했다.\n")
    assert not any(o == "회사" for _, _, o in got)


def test_a_known_investors_regional_vehicle_is_one_name(loader, tmp_path):
    got = facts(loader, tmp_path, "Quillmark AI raised $30 million in a Series B led by Lightspeed India, "
                                  "with Vertex Ventures Southeast Asia & India also joining.\n")
    assert ("Lightspeed India", "INVESTED_IN", "Quillmark AI") in got
    assert ("Vertex Ventures Southeast Asia & India", "INVESTED_IN", "Quillmark AI") in got


def test_two_actors_joined_by_ampersand_stay_two(loader, tmp_path):
    got = facts(loader, tmp_path, "Quillmark AI signed a partnership with Brantley & India.\n")
    assert not any("Brantley & India" in (s, o) for s, _, o in got)


def test_a_company_after_a_round_for_and_a_place_gloss(loader, tmp_path):
    got = facts(loader, tmp_path, "Harwick Capital joined a $20 million Series B for Osaka-based Tenmoku Robotics, "
                                  "which builds picking arms.\n")
    assert ("Harwick Capital", "INVESTED_IN", "Tenmoku Robotics") in got
