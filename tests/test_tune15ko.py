"""Korean habits of newspapers, broker reports and opinion columns (round s11, tune15ko).

Every case runs the whole document loader on invented text (see tests/reading.py).
"""

from __future__ import annotations

from tests.reading import facts


def test_a_broker_reports_company_heading_is_the_subject_of_its_bullets(loader, tmp_path):
    got = facts(loader, tmp_path, "■ LG유플러스: 수주 모멘텀 유효\n"
                "- 이와 별도로 퀄컴과 온디바이스 AI 공동 개발 협력을 이어가는 중\n")
    assert {("LG Uplus", "PARTNERS_WITH", "Qualcomm"), ("Qualcomm", "PARTNERS_WITH", "LG Uplus")} & got


def test_the_title_after_a_heading_colon_is_no_act_of_the_company(loader, tmp_path):
    got = facts(loader, tmp_path, "■ LG유플러스: 국내 첫 대형 AI 데이터센터 투자\n- 목표주가 유지\n")
    assert not [f for f in got if f[0] == "LG Uplus" and f[1] == "INVESTED_IN"]


def test_a_subsidiary_without_owner_belongs_to_the_clause_subject(loader, tmp_path):
    got = facts(loader, tmp_path, "카카오는 클라우드 자회사 카카오엔터프라이즈를 앞세워 판교에 데이터센터를 짓고 있다.\n")
    assert {("Kakao Enterprise", "SUBSIDIARY_OF", "Kakao"), ("카카오엔터프라이즈", "SUBSIDIARY_OF", "Kakao")} & got


def test_a_subsidiary_without_owner_in_a_bullet_belongs_to_the_heading_company(loader, tmp_path):
    got = facts(loader, tmp_path, "■ 카카오: 투자 확대\n- 자회사 카카오벤처스를 통해 스타트업 투자 확대\n")
    assert ("Kakao Ventures", "SUBSIDIARY_OF", "Kakao") in got


def test_a_possessor_before_the_subsidiary_is_its_owner_not_the_subject(loader, tmp_path):
    got = facts(loader, tmp_path, "네이버는 KT의 클라우드 자회사 KT클라우드와 협약을 맺었다.\n")
    assert ("KT Cloud", "SUBSIDIARY_OF", "Naver") not in got


def test_the_partner_of_a_joint_venture_founds_it_too(loader, tmp_path):
    got = facts(loader, tmp_path, "카카오는 소프트뱅크와 합작법인 '모아 AI'를 세워 일본 시장을 공략하고 있다.\n")
    assert ("Kakao", "FOUNDED", "모아 AI") in got
    assert ("SoftBank", "FOUNDED", "모아 AI") in got



def test_a_heading_name_may_carry_its_gloss_before_the_colon(loader, tmp_path):
    got = facts(loader, tmp_path, "■ 다온칩스(Daon Chips): 시리즈B 500억원\n"
                "- 이번 시리즈B는 키움인베스트먼트가 리드했고, 카카오벤처스가 참여\n")
    daon = {"다온칩스", "Daon Chips"}
    assert {(s, r, o) for s, r, o in got if r == "INVESTED_IN" and o in daon and s == "Kiwoom Investment"}


def test_a_bullet_wrapped_by_a_line_break_keeps_the_heading_subject(loader, tmp_path):
    got = facts(loader, tmp_path, "■ 다온칩스(Daon Chips): 매수 유지\n"
                "- 반도체 설계 인력 중심의 추론용 NPU 스타트업.\n"
                "이번 시리즈B는 키움인베스트먼트가 리드했고,\n"
                "카카오벤처스가 참여\n")
    assert {("Kiwoom Investment", "INVESTED_IN", "다온칩스"), ("Kiwoom Investment", "INVESTED_IN", "Daon Chips")} & got


def test_money_put_into_a_company_is_an_investment(loader, tmp_path):
    got = facts(loader, tmp_path, "구글은 지난해 앤트로픽에 20억 달러를 넣었다.\n")
    assert ("Google", "INVESTED_IN", "Anthropic") in got


def test_putting_something_other_than_money_is_no_investment(loader, tmp_path):
    got = facts(loader, tmp_path, "구글은 앤트로픽의 모델을 자사 클라우드에 넣었다.\n")
    assert not [f for f in got if f[1] in ("INVESTED_IN", "FUNDS")]


def test_here_after_a_programme_is_the_programme(loader, tmp_path):
    got = facts(loader, tmp_path, "카카오는 판교에 '한빛 AI 캠퍼스' 사업을 추진하고 있고, 여기에는 LG전자와 네이버가 참여하고 있다.\n")
    joined = {s for s, r, o in got if r == "PARTICIPATES_IN" and "한빛 AI 캠퍼스" in o}
    assert {"LG Electronics", "Naver"} <= joined


def test_a_fund_of_funds_paying_into_the_new_fund_funds_it(loader, tmp_path):
    got = facts(loader, tmp_path, "중기부는 총 2천억원 규모의 '스마트 제조 펀드'를 조성한다고 밝혔다. "
                "모태펀드와 기업은행이 각각 500억원을 출자하고 나머지는 민간에서 모은다.\n")
    assert ("Korea Fund of Funds", "FUNDS", "스마트 제조 펀드") in got
    assert ("Industrial Bank of Korea", "FUNDS", "스마트 제조 펀드") in got


def test_a_role_with_a_gloss_chosen_by_the_press_verb_joins_the_fund(loader, tmp_path):
    got = facts(loader, tmp_path, "중기부는 총 2천억원 규모의 '스마트 제조 펀드'를 조성한다. "
                "모태펀드와 기업은행이 각각 500억원을 출자한다. 운용사(GP)로는 한국투자파트너스가 뽑혔다.\n")
    joined = {(s, o) for s, r, o in got if r == "PARTICIPATES_IN"}
    assert ("Korea Investment Partners", "스마트 제조 펀드") in joined
    assert not [o for s, o in joined if o == "Korea Fund of Funds"]


def test_supply_bound_for_a_customer_ties_supplier_and_customer(loader, tmp_path):
    got = facts(loader, tmp_path, "삼성전자는 엔비디아향 HBM3E 공급을 늘리고 있다.\n")
    assert {("Samsung Electronics", "PARTNERS_WITH", "NVIDIA"), ("NVIDIA", "PARTNERS_WITH", "Samsung Electronics")} & got


def test_supply_bound_for_a_customer_in_a_bullet_is_the_heading_companys(loader, tmp_path):
    got = facts(loader, tmp_path, "■ SK하이닉스: 실적 개선\n- 구글향 HBM3E 12단 공급 개시(2Q26)\n")
    assert {("SK hynix", "PARTNERS_WITH", "Google"), ("Google", "PARTNERS_WITH", "SK hynix")} & got


def test_a_direction_without_supply_ties_no_one(loader, tmp_path):
    got = facts(loader, tmp_path, "삼성전자는 구글향 인증 절차를 진행 중이다.\n")
    assert not [f for f in got if f[1] == "PARTNERS_WITH"]


def test_a_flagship_product_is_the_companys_own(loader, tmp_path):
    got = facts(loader, tmp_path, "■ 다온칩스(Daon Chips): 시리즈B 500억원\n- 추론용 NPU 설계사.\n"
                "주력 칩 'DX-100'은 엣지 추론에 특화\n")
    assert {(s, r, o) for s, r, o in got if r == "DEVELOPS" and s in ("다온칩스", "Daon Chips") and "DX-100" in o}


def test_a_flagship_product_of_a_named_owner_is_not_the_subjects(loader, tmp_path):
    got = facts(loader, tmp_path, "카카오는 엔비디아의 주력 칩 'H200'을 대량 구매했다.\n")
    assert not [f for f in got if f[0] == "Kakao" and f[1] == "DEVELOPS"]


def test_a_firms_money_poured_into_a_startup_is_a_stake(loader, tmp_path):
    got = facts(loader, tmp_path, "소프트뱅크는 지난해 미국 AI 스타트업 오픈AI에 30억 달러를 투입하며 최대 주주로 올라섰다.\n")
    assert ("SoftBank", "INVESTED_IN", "OpenAI") in got
    assert ("SoftBank", "FUNDS", "OpenAI") not in got


def test_a_governments_money_poured_into_a_programme_stays_funding(loader, tmp_path):
    got = facts(loader, tmp_path, "과기정통부는 'AI 반도체 실증 사업'에 500억원을 투입한다.\n")
    assert ("Ministry of Science and ICT", "FUNDS", "AI 반도체 실증 사업") in got


def test_goods_as_topic_name_the_suppliers_of_the_carried_company(loader, tmp_path):
    got = facts(loader, tmp_path, "■ SK하이닉스: 증설 본격화\n- 청주 신공장 착공.\n"
                "장비는 ASML이, 전력 설비는 LS일렉트릭이 공급\n")
    for supplier in ("ASML", "LS Electric"):
        assert {(supplier, "PARTNERS_WITH", "SK hynix"), ("SK hynix", "PARTNERS_WITH", supplier)} & got


def test_a_supplier_with_its_own_customer_named_is_not_the_carried_companys(loader, tmp_path):
    got = facts(loader, tmp_path, "■ SK하이닉스: 증설 본격화\n- 장비는 ASML이 삼성전자에 공급\n")
    assert ("ASML", "PARTNERS_WITH", "SK hynix") not in got


def test_a_unit_listed_with_its_owner_is_the_one_chosen(loader, tmp_path):
    got = facts(loader, tmp_path, "과기정통부는 'AI 반도체 실증 사업'을 출범한다. "
                "운영사로는 네이버클라우드와 KT의 클라우드 자회사 KT클라우드가 뽑혔다.\n")
    joined = {s for s, r, o in got if r == "PARTICIPATES_IN" and o == "AI 반도체 실증 사업"}
    assert {"Naver Cloud", "KT Cloud"} <= joined
    assert "KT" not in joined
