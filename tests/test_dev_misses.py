"""Constructions found among the dev sample's misses, each on an invented sentence read through
the whole document loader."""

from __future__ import annotations

from tests.reading import facts, relationships


def test_a_fund_described_by_its_size_is_launched_by_the_state(loader, tmp_path):
    got = relationships(loader, tmp_path, "한국은 정부가 2028년까지 로봇 스타트업 육성을 위해 약 2조 원 규모의 펀드를 "
                                          "조성한다고 밝혔다.\n")
    props = got[("Government of Korea", "LAUNCHED", "약 2조 원 규모의 펀드")]
    assert props["currency"] == "KRW" and props["amount_usd"] > 1e9


def test_support_provided_under_an_announced_plan_is_funded_and_launched(loader, tmp_path):
    got = facts(loader, tmp_path, "중국은 2030년까지 5천억 위안(약 100조 원)의 특별 산업 지원을 제공해 반도체를 "
                                  "육성하겠다는 계획을 내놓았다.\n")
    assert ("Chinese government", "FUNDS", "5천억 위안의 특별 산업 지원") in got
    assert ("Chinese government", "LAUNCHED", "5천억 위안의 특별 산업 지원") in got


def test_a_budget_drawn_up_is_funding(loader, tmp_path):
    got = facts(loader, tmp_path, "정부는 올해 역대 최대 규모인 12조 원의 우주 예산 편성을 공표하였다.\n")
    assert ("Government of Korea", "FUNDS", "12조 원의 우주 예산") in got
    assert not any(t == "LAUNCHED" for _, t, _ in got)


def test_a_firms_described_investment_is_no_programme(loader, tmp_path):
    got = facts(loader, tmp_path, "삼성전자는 평택에 10조 원 규모의 투자를 계획하고 있다.\n")
    assert not any(o.endswith("규모의 투자") for _, _, o in got)


def test_a_country_named_later_does_not_take_over_the_bare_government(loader, tmp_path):
    got = facts(loader, tmp_path, "한국은 정부가 1조 원 규모의 기금을 조성한다고 발표했으나 이는 일본과 비교하면 적다.\n")
    assert ("Government of Korea", "LAUNCHED", "1조 원 규모의 기금") in got


def test_partners_setting_up_a_described_project_take_part_in_it(loader, tmp_path):
    got = facts(loader, tmp_path, "또한 네이버, 카카오, 한화 그룹, 엔비디아가 협력하여 부산 인근에 500MW급 아시아 최대 규모 "
                                  "AI 데이터 캠퍼스를 건설할 계획이다.\n")
    project = "500MW급 아시아 최대 규모 AI 데이터 캠퍼스"
    assert {("Naver", "PARTICIPATES_IN", project), ("Kakao", "PARTICIPATES_IN", project),
            ("NVIDIA", "PARTICIPATES_IN", project)} <= got


def test_a_short_description_is_no_project(loader, tmp_path):
    got = facts(loader, tmp_path, "네이버와 카카오가 협력하여 데이터센터를 구축할 계획이다.\n")
    assert not any(t == "PARTICIPATES_IN" for _, t, _ in got)


def test_the_firm_a_supply_was_agreed_with_supplies_it(loader, tmp_path):
    got = facts(loader, tmp_path, "지난 정상회의에서는 엔비디아와의 협의를 통해 네이버, 카카오 등에 GPU 1만 장을 "
                                  "공급하기로 결정하였다.\n")
    assert {("NVIDIA", "PARTNERS_WITH", "Naver"), ("NVIDIA", "PARTNERS_WITH", "Kakao")} <= {
        (s, t, o) if s == "NVIDIA" else (o, t, s) for s, t, o in got}


def test_a_named_supplier_keeps_the_supply(loader, tmp_path):
    got = facts(loader, tmp_path, "카카오는 엔비디아와의 협의를 통해 네이버에 데이터센터 전력을 공급하기로 했다.\n")
    assert not any("NVIDIA" in (s, o) and "Naver" in (s, o) for s, _, o in got)
