"""Constructions that recur across unseen documents by different writers, each on an invented sentence.

A construction earns a rule here only when several independent samples use it: tuning to one
document's wording does not transfer, shared habits of the language do.
"""

from __future__ import annotations

from tests.reading import facts


def test_a_countrys_venture_capitalists_investing_in_anothers_startups(loader, tmp_path):
    got = facts(loader, tmp_path, "협회 집계에 따르면 2025년 독일 VC가 베트남 AI 반도체 스타트업에 투자한 금액은 3억 달러였다.\n")
    assert ("Germany", "VC_FLOW", "Vietnam") in got


def test_a_countrys_capital_and_its_investment_in_another_country(loader, tmp_path):
    got = facts(loader, tmp_path, "2025년 캐나다 자본의 인도 AI 투자는 1.5억 달러 수준으로 줄었다.\n")
    assert ("Canada", "VC_FLOW", "India") in got
    got = facts(loader, tmp_path, "2025년 호주 VC의 태국 스타트업 투자는 0.8억 달러였다.\n")
    assert ("Australia", "VC_FLOW", "Thailand") in got


def test_a_flow_dated_only_relative_to_the_report(loader, tmp_path):
    got = facts(loader, tmp_path, "지난해 영국 VC가 인도 AI 기업에 투자한 금액은 7억달러로 늘었다.\n")
    assert ("United Kingdom", "VC_FLOW", "India") in got


def test_a_countrys_citizens_investing_is_no_venture_flow(loader, tmp_path):
    got = facts(loader, tmp_path, "규제로 2025년 미국인의 중국 AI 기업 투자가 3억 달러 줄었다.\n")
    assert ("United States", "VC_FLOW", "China") not in got


def test_an_owners_model_family_named_after_a_describing_compound(loader, tmp_path):
    got = facts(loader, tmp_path, "Brightwave's Arabic-first model family Koto now runs on Azure.\n")
    assert ("Brightwave", "DEVELOPS", "Koto") in got
    assert not [f for f in got if f[2] == "Arabic-first"]


def test_its_family_of_models(loader, tmp_path):
    got = facts(loader, tmp_path, "Founded in 2021, Brightwave sells its Koto family of models to insurers.\n")
    assert ("Brightwave", "DEVELOPS", "Koto") in got


def test_who_led_and_joined_a_round_just_announced(loader, tmp_path):
    got = facts(loader, tmp_path, "핀테크 스타트업 누리페이는 지난달 80억 원을 조달했다. "
                                  "다온인베스트먼트가 주도했고 한빛벤처스와 가람파트너스가 참여했다.\n")
    assert ("다온인베스트먼트", "INVESTED_IN", "누리페이") in got
    assert ("한빛벤처스", "INVESTED_IN", "누리페이") in got
    assert ("가람파트너스", "INVESTED_IN", "누리페이") in got


def test_a_programme_someone_leads_is_no_round_just_announced(loader, tmp_path):
    got = facts(loader, tmp_path, "핀테크 스타트업 누리페이는 지난달 80억 원을 유치했다. "
                                  "중소벤처기업부가 주도하는 ‘글로벌 도약 바우처’ 사업에도 참여했다.\n")
    assert not [f for f in got if f[1] == "INVESTED_IN" and f[0] == "Ministry of SMEs and Startups"]


def test_a_groups_corporate_venture_capital_arm(loader, tmp_path):
    for unit in ("기업형벤처캐피탈(CVC)", "기업형 벤처캐피털"):
        got = facts(loader, tmp_path, f"미국에 본사를 둔 한빛그룹의 {unit} 한빛테크벤처스와 가람은행이 신규 투자자로 이름을 올렸다.\n")
        assert ("한빛테크벤처스", "SUBSIDIARY_OF", "한빛그룹") in got
        assert not [f for f in got if f[0].startswith("기업형")]


def test_chosen_too_for_a_programme_with_the_subject_left_out(loader, tmp_path):
    got = facts(loader, tmp_path, "로봇 스타트업 가온로보는 지난해 다온벤처스로부터 50억 원을 유치했다. "
                                  "한빛전자의 스타트업 육성 프로그램 '스프링보드(Springboard)'에도 선정돼 GPU 지원을 받고 있다.\n")
    assert ("가온로보", "PARTICIPATES_IN", "스프링보드") in got


def test_a_programme_written_as_its_owners(loader, tmp_path):
    got = facts(loader, tmp_path, "로봇 스타트업 가온로보는 한빛전자의 스타트업 육성 프로그램 '스프링보드'에 선정됐다.\n")
    assert ("한빛전자", "LAUNCHED", "스프링보드") in got
    got = facts(loader, tmp_path, "정부 지원의 핵심은 과학기술정보통신부의 '누리 컴퓨트' 프로그램이다.\n")
    assert [f for f in got if f[0] == "Ministry of Science and ICT" and f[1] == "LAUNCHED" and "누리 컴퓨트" in f[2]]


def test_a_startups_programme_selection_is_not_its_programme(loader, tmp_path):
    got = facts(loader, tmp_path, "로봇 스타트업 가온로보의 '스프링보드' 선정은 업계의 관심을 모았다.\n")
    assert ("가온로보", "LAUNCHED", "스프링보드") not in got


def test_a_programme_a_government_runs_and_the_company_chosen_for_it(loader, tmp_path):
    got = facts(loader, tmp_path, "로봇 스타트업 가온로보는 경제산업성이 운영하는 생성형 AI 개발 지원사업 '하루카'에도 선정됐다.\n")
    assert ("Ministry of Economy, Trade and Industry", "LAUNCHED", "하루카") in got
    assert ("가온로보", "PARTICIPATES_IN", "하루카") in got
    assert ("Ministry of Economy, Trade and Industry", "PARTICIPATES_IN", "하루카") not in got


def test_a_companys_services_put_under_licence(loader, tmp_path):
    got = facts(loader, tmp_path, "대만 정부는 TSMC가 중국 고객사에 공급하던 첨단 공정 서비스까지 허가제로 돌렸다.\n")
    assert ("Taiwanese government", "REGULATES", "TSMC") in got


def test_a_licence_imposed_on_a_companys_sales_by_the_state_of_the_passage(loader, tmp_path):
    got = facts(loader, tmp_path, "미국 상무부는 지난주 새 수출 규정을 발표했다. "
                                  "AMD의 중동 수출용 AI 가속기 판매에도 건별 허가 요건을 부과했다.\n")
    assert ("US Department of Commerce", "REGULATES", "AMD") in got


def test_a_company_granted_a_licence_is_not_said_to_be_regulated(loader, tmp_path):
    got = facts(loader, tmp_path, "삼성전자는 미국 상무부의 수출 허가를 받아 중국 공장에 장비를 들여왔다.\n")
    assert not [f for f in got if f[1] == "REGULATES"]
