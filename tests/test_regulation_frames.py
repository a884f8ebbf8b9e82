"""Regulation (REGULATES): controls, sanctions and rules, and the licences, approvals and exports that
regulate no one. Each case is an invented text.
"""

from __future__ import annotations

from pathlib import Path

from loaders.pipeline import DocumentLoader
from tests.reading import facts, facts_by_latin_spelling


def test_a_recommendation_to_stop_a_service_regulates_its_operator(loader, tmp_path):
    got = facts(loader, tmp_path, "▲ 개인정보보호위원회, 챗봇 운영사 딥하늘(DeepHaneul)에 국내 신규 다운로드 중단 권고\n")
    assert ("Personal Information Protection Commission", "REGULATES", "딥하늘") in got


def test_a_korean_government_puts_companies_on_the_entity_list(loader, tmp_path):
    text = "美 제재 소식\n미국 상무부가 화웨이랑 SMIC를 엔티티 리스트에 올렸다.\n"
    got = facts(loader, tmp_path, text)
    assert ("US Department of Commerce", "REGULATES", "Huawei") in got
    assert ("US Department of Commerce", "REGULATES", "SMIC") in got


def test_a_regulators_compulsory_orders_regulate_the_companies(loader, tmp_path):
    text = ("The Federal Trade Commission last month sent orders to Pellmark and Corvane demanding information "
            "on their cloud deals.\n")
    got = facts(loader, tmp_path, text)
    assert ("Federal Trade Commission", "REGULATES", "Pellmark") in got
    assert ("Federal Trade Commission", "REGULATES", "Corvane") in got


def test_companies_added_to_a_restricted_list_are_regulated(loader, tmp_path):
    got = facts(loader, tmp_path, "The US Bureau of Industry and Security added two Chinese chip traders, Wenrui Silicon "
                                  "and Qiantang Devices, to the Entity List on Friday.\n")
    assert ("Bureau of Industry and Security", "REGULATES", "Wenrui Silicon") in got
    assert ("Bureau of Industry and Security", "REGULATES", "Qiantang Devices") in got
    assert not [f for f in got if f[1] == "REGULATES" and "Chinese" in f[2]]


def test_a_company_adding_a_feature_to_a_list_regulates_no_one(loader, tmp_path):
    got = facts(loader, tmp_path, "Morrow Apps added Pelican Search to its list of supported partners.\n")
    assert not [f for f in got if f[1] == "REGULATES"]


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


def test_a_measure_aimed_at_a_named_country(loader, tmp_path):
    got = facts(loader, tmp_path, "일본 경제산업성은 러시아를 겨냥한 공작기계 수출 통제를 강화했다.\n")
    assert ("Ministry of Economy, Trade and Industry", "REGULATES", "Russia") in got
    got = facts(loader, tmp_path, "일본 경제산업성이 베트남향 드론 부품 규제를 다시 조였다.\n")
    assert ("Ministry of Economy, Trade and Industry", "REGULATES", "Vietnam") in got
    got = facts(loader, tmp_path, "중국 상무부는 일본에 대한 희토류 수출을 사실상 금지했다.\n")
    assert ("Ministry of Commerce of China", "REGULATES", "Japan") in got


def test_exports_or_money_aimed_at_a_country_regulate_nothing(loader, tmp_path):
    got = facts(loader, tmp_path, "일본 경제산업성은 러시아에 대한 공작기계 수출이 늘었다고 밝혔다.\n")
    assert not [f for f in got if f[1] == "REGULATES"]
    got = facts(loader, tmp_path, "일본 경제산업성은 러시아를 겨냥한 홍보 예산을 늘렸다.\n")
    assert not [f for f in got if f[1] == "REGULATES"]
    got = facts(loader, tmp_path, "일본 경제산업성은 베트남에 대한 반도체 투자를 늘렸다.\n")
    assert not [f for f in got if f[1] == "REGULATES"]


def test_companies_named_after_the_list_among_them(loader, tmp_path):
    got = facts(loader, tmp_path, "The Commerce Department added nine entities to the Entity List on Monday, among them "
                                  "Corvale Compute and a Harbin server maker, Tidemark Systems.\n")
    assert ("US Department of Commerce", "REGULATES", "Corvale Compute") in got
    assert ("US Department of Commerce", "REGULATES", "Tidemark Systems") in got


def test_a_company_added_to_a_governments_list(loader, tmp_path):
    got = facts(loader, tmp_path, "Corvale Compute was added to the US Commerce Department's Entity List in March.\n")
    assert ("US Department of Commerce", "REGULATES", "Corvale Compute") in got


def test_a_backer_in_the_description_of_a_listed_company_is_not_listed(loader: DocumentLoader, tmp_path: Path):
    text = ("The same day, the department's Bureau of Industry and Security added Lumora Systems, a Chinese chip "
            "designer backed by Tencent, to its Entity List, cutting it off from U.S. chips.")
    found = facts(loader, tmp_path, text)
    assert ("Bureau of Industry and Security", "REGULATES", "Lumora Systems") in found
    assert ("Bureau of Industry and Security", "REGULATES", "Tencent") not in found


def test_a_city_in_the_possessive_is_not_listed(loader: DocumentLoader, tmp_path: Path):
    text = "The US Commerce Department added Shenzhen's Lumora Vision and two affiliates to the Entity List."
    assert {f for f in facts(loader, tmp_path, text) if f[1] == "REGULATES"} == {
        ("US Department of Commerce", "REGULATES", "Lumora Vision")}


def test_a_city_in_a_listed_companys_description_is_not_listed(loader: DocumentLoader, tmp_path: Path):
    text = ("The Commerce Department's Bureau of Industry and Security added Velkor Systems, a Chinese GPU "
            "designer based in Shenzhen, to the Entity List, citing its supply of chips to the army.")
    found = facts(loader, tmp_path, text)
    assert ("Bureau of Industry and Security", "REGULATES", "Velkor Systems") in found
    assert not any(o == "Shenzhen" for _, _, o in found)


def test_a_state_blocking_a_stake_purchase_regulates_the_bidder(loader, tmp_path):
    got = facts_by_latin_spelling(loader, tmp_path,
                "호주 정부는 지난해 싱가포르계 투자사 누리캐피털(Nuri Capital)이 추진한 솔바람랩스(Solbaram Labs) "
                "지분 취득에 대해 국가안보 심사를 벌인 끝에 이를 불허했다.\n")
    assert ("Australian government", "REGULATES", "누리캐피털") in got
    assert not {f for f in got if f[1] == "INVESTED_IN"}


def test_a_deal_approved_regulates_nobody(loader, tmp_path):
    got = facts_by_latin_spelling(loader, tmp_path,
                "호주 정부는 누리캐피털(Nuri Capital)의 솔바람랩스(Solbaram Labs) 인수를 승인했다.\n")
    assert not {f for f in got if f[1] == "REGULATES"}


def test_a_state_restricting_a_product_export_regulates_its_maker(loader, tmp_path):
    got = facts_by_latin_spelling(loader, tmp_path,
                "미국 상무부가 지난달 AMD 'MI-77'의 대중국 수출에 허가 요건을 부과하면서 "
                "회사의 매출 전망이 낮아졌다.\n")
    assert ("US Department of Commerce", "REGULATES", "AMD") in got


def test_a_company_growing_its_exports_is_not_regulated(loader, tmp_path):
    got = facts_by_latin_spelling(loader, tmp_path,
                "미국 상무부에 따르면 AMD의 대중국 수출은 지난해 크게 늘었다.\n")
    assert not {f for f in got if f[1] == "REGULATES"}


def test_export_limits_name_the_destination_countries(loader, tmp_path):
    got = facts(loader, tmp_path, "The US Department of Commerce still caps how many advanced chips can be shipped "
                                  "to Vietnam and Indonesia, officials said.\n")
    assert ("US Department of Commerce", "REGULATES", "Vietnam") in got
    assert ("US Department of Commerce", "REGULATES", "Indonesia") in got
    got = facts(loader, tmp_path, "Exports still need licences from the US Department of Commerce, which since March has "
                                  "required case-by-case approval for sales of AI accelerators to Qatar.\n")
    assert ("US Department of Commerce", "REGULATES", "Qatar") in got


def test_a_destination_after_a_comma_is_another_clauses(loader, tmp_path):
    got = facts(loader, tmp_path, "The US Department of Commerce capped the volume of chips that can be shipped to the two "
                                  "countries, a rule aimed at stopping diversion to Russia.\n")
    assert not [f for f in got if f[1] == "REGULATES" and f[2] == "Russia"]


def test_a_state_opening_an_inquiry_into_a_companys_conduct_regulates_it(loader, tmp_path):
    text = ("영국 경쟁시장청(CMA)은 2026년 2월 노르디아 클라우드(Nordia Cloud)의 GPU 임대 관행에 대한 조사를 개시하였다.\n\n"
            "영국 경쟁시장청(CMA)은 2026년 4월 GPU 임대 시장에 대한 조사를 개시하였다.\n")
    found = facts(loader, tmp_path, text)
    regulated = {f[2] for f in found if f[1] == "REGULATES"}
    assert regulated == {"노르디아 클라우드"}
