"""Sentences that read like facts an analyst would not list: creations only considered, the
selected ones named by a selection word, co-investors of a round, a fund launched in a clause
before money given to someone else, and data centres named like programmes.

Every sentence here is invented; none is taken from the corpus or a sample.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.pipeline import DocumentLoader
from tests.reading import facts, relationships

# -- creations only considered -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "중소벤처기업부는 올해 하반기 한국벤처투자와 함께 300억원 규모의 'AI 로봇 전용 펀드' 조성을 검토하고 있다.",
    "카카오벤처스는 연내 'AI 반도체 전용 펀드' 조성을 검토 중인 것으로 알려졌다.",
])
def test_a_fund_only_considered_is_not_launched(loader: DocumentLoader, tmp_path: Path, text: str):
    assert not [f for f in facts(loader, tmp_path, text) if f[1] == "LAUNCHED"]


def test_a_planned_fund_is_still_launched_with_its_qualifier(loader: DocumentLoader, tmp_path: Path):
    found = relationships(loader, tmp_path, "과학기술정보통신부는 내년에 'AI 반도체 전용 펀드'를 조성할 계획이다.")
    assert found[("Ministry of Science and ICT", "LAUNCHED", "AI 반도체 전용 펀드")]["qualifier"] == "planned"


def test_a_takeover_under_consideration_keeps_its_qualifier(loader: DocumentLoader, tmp_path: Path):
    found = relationships(loader, tmp_path, "알파캐피탈은 베타랩스 인수를 검토하고 있다.")
    assert found[("알파캐피탈", "ACQUIRED", "베타랩스")]["qualifier"] == "under consideration"


def test_review_as_a_noun_is_no_consideration(loader: DocumentLoader, tmp_path: Path):
    text = ("변호사 출신 김도윤 대표가 2023년 세운 리걸테크 스타트업 렉스브릿지(LexBridge)는 계약서 검토 특화 "
            "언어모델 '렉사'를 개발하고 있다.")
    found = relationships(loader, tmp_path, text)
    assert "qualifier" not in found[("김도윤", "FOUNDED", "렉스브릿지")]


# -- selection words naming the selected ----------------------------------------------------------

def test_selected_firms_named_after_a_programme_object_launch_nothing(loader: DocumentLoader, tmp_path: Path):
    text = "KT는 'AI 연산 지원 사업'을 맡고, 연산 자원을 선정 기업과 대학에 배분한다."
    assert not [f for f in facts(loader, tmp_path, text) if f[1] == "LAUNCHED"]


def test_announcing_a_programmes_selected_firms_still_launches_it(loader: DocumentLoader, tmp_path: Path):
    text = "중소벤처기업부가 「AI 로봇 스케일업 챌린지」 3기 선정 기업 10곳을 발표했다."
    assert ("Ministry of SMEs and Startups", "LAUNCHED", "AI 로봇 스케일업 챌린지") in facts(loader, tmp_path, text)


# -- co-investors of a round ----------------------------------------------------------------------

def test_joining_a_round_together_makes_no_partners(loader: DocumentLoader, tmp_path: Path):
    text = ("로보틱스 스타트업 누리봇은 지난해 카카오벤처스가 이끈 50억원 규모 시리즈A를 마무리했으며, "
            "당시 네이버 D2SF와 스톤브릿지벤처스가 함께 참여했다.")
    found = facts(loader, tmp_path, text)
    assert ("Naver D2SF", "INVESTED_IN", "누리봇") in found
    assert not [f for f in found if f[1] == "PARTNERS_WITH"]


def test_joining_an_alliance_together_still_makes_partners(loader: DocumentLoader, tmp_path: Path):
    found = facts(loader, tmp_path, "네이버와 카카오가 함께 참여한 AI 연합이 출범했다.")
    assert ("Kakao", "PARTNERS_WITH", "Naver") in found or ("Naver", "PARTNERS_WITH", "Kakao") in found


# -- a fund launched, then money given to someone else ------------------------------------------

def test_money_for_a_named_recipient_after_a_causative_launch_skips_the_fund(loader: DocumentLoader,
                                                                              tmp_path: Path):
    text = ("□ (카타르) 카타르투자청(QIA)은 2025년 5월 50억 달러 규모의 '사마 AI 펀드'를 출범시키고 "
            "1차로 도하 소재 AI 스타트업 루멘랩스에 2억 달러를 투자")
    found = facts(loader, tmp_path, text)
    assert ("Qatar Investment Authority", "LAUNCHED", "사마 AI 펀드") in found
    assert ("Qatar Investment Authority", "INVESTED_IN", "루멘랩스") in found
    assert ("Qatar Investment Authority", "INVESTED_IN", "사마 AI 펀드") not in found


def test_money_without_a_recipient_after_a_causative_launch_funds_the_fund(loader: DocumentLoader,
                                                                             tmp_path: Path):
    text = "과학기술정보통신부는 2026년 3월 '국제 AI 협력 펀드'를 출범시키고 모태펀드 재원 1,000억원을 출자하였다."
    assert ("Ministry of Science and ICT", "FUNDS", "국제 AI 협력 펀드") in facts(loader, tmp_path, text)


# -- data centres ---------------------------------------------------------------------------------

def test_a_data_centre_named_by_its_site_is_no_programme(loader: DocumentLoader, tmp_path: Path):
    text = "양사는 KT의 AI DC 분당 센터에 오케스트레이션 소프트웨어를 적용하는 계약도 체결했다."
    assert not [f for f in facts(loader, tmp_path, text) if f[1] == "LAUNCHED"]


# -- English: who the sentence's names are ------------------------------------------------------

def test_a_ministry_name_runs_on_through_the(loader: DocumentLoader, tmp_path: Path):
    text = ("In France, the Ministry for the Economy launched the Programme Nuage Souverain (PNS) in April 2025 "
            "with an envelope of €1.1 billion.")
    found = facts(loader, tmp_path, text)
    assert ("Ministry for the Economy", "LAUNCHED", "Programme Nuage Souverain") in found
    assert not [f for f in found if f[0] == "Ministry"]


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


def test_a_programme_financed_by_another_is_not_funded_by_its_launcher(loader: DocumentLoader, tmp_path: Path):
    text = ("In Saudi Arabia, the Ministry of Communications and IT announced the Nawa Compute Initiative, "
            "financed by the Public Investment Fund (PIF) with $2.5 billion over five years.")
    found = facts(loader, tmp_path, text)
    assert ("Public Investment Fund", "FUNDS", "Nawa Compute Initiative") in found
    assert not [f for f in found if f[1] == "FUNDS" and f[0] != "Public Investment Fund"]


def test_a_launcher_with_a_sum_still_funds_its_programme(loader: DocumentLoader, tmp_path: Path):
    found = facts(loader, tmp_path, "The Chilean government launched Andes Compute, a $200 million programme for local start-ups.")
    assert ("Chile government", "FUNDS", "Andes Compute") in found


def test_a_second_verb_after_the_objects_description_shares_the_first_subject(loader: DocumentLoader,
                                                                               tmp_path: Path):
    text = ("G42 acquired Fenwick Labs, a Lisbon speech start-up, for an undisclosed sum, and formed a "
            "partnership with Microsoft.")
    found = facts(loader, tmp_path, text)
    assert ("G42", "PARTNERS_WITH", "Microsoft") in found
    assert ("Fenwick Labs", "PARTNERS_WITH", "Microsoft") not in found


# -- a fund as the vehicle, and "동 펀드" --------------------------------------------------------

def test_a_fund_the_investor_set_up_is_its_vehicle_not_its_investee(loader: DocumentLoader, tmp_path: Path):
    text = "한강인베스트먼트는 지난해 말 800억원 규모로 결성한 'AI 딥테크 2호 펀드'를 통해 이번 투자를 집행했다."
    found = facts(loader, tmp_path, text)
    assert ("한강인베스트먼트", "LAUNCHED", "AI 딥테크 2호 펀드") in found
    assert ("한강인베스트먼트", "INVESTED_IN", "AI 딥테크 2호 펀드") not in found


def test_a_programme_one_acts_through_may_still_be_supported(loader: DocumentLoader, tmp_path: Path):
    found = facts(loader, tmp_path, "한강인베스트먼트는 '딥테크 성장 프로그램'을 통해 스타트업을 지원했다.")
    assert ("한강인베스트먼트", "FUNDS", "딥테크 성장 프로그램") in found


def test_this_fund_is_the_fund_named_earlier_in_the_sentence(loader: DocumentLoader, tmp_path: Path):
    text = ("○ 중동 국부펀드는 전용 펀드 조성을 병행한다. 카타르투자청(이하 QIA)은 2025년 7월 30억 달러 규모의 "
            "'사마 AI 펀드(Sama AI Fund)'를 조성하였고, 동 펀드는 첫 투자처로 미국 보스턴의 로봇 기업 "
            "베리타스 로보틱스(Veritas Robotics)에 1.5억 달러를 투자")
    found = facts(loader, tmp_path, text)
    assert ("사마 AI 펀드", "INVESTED_IN", "베리타스 로보틱스") in found
    assert not [f for f in found if f[0] == "중동 국부펀드"]


def test_this_fund_in_the_next_sentence_is_the_passages(loader: DocumentLoader, tmp_path: Path):
    found = facts(loader, tmp_path, "정부는 'AI 혁신 펀드'를 조성한다. 이 펀드에는 한국산업은행이 출자한다.")
    # a bank's paid-in capital is money for the fund (FUNDS), as news samples annotate it
    assert ("Korea Development Bank", "FUNDS", "AI 혁신 펀드") in found


# -- "동사" after an investment ------------------------------------------------------------------

def test_the_said_company_after_an_investors_deal_is_the_company_invested_in(loader: DocumentLoader,
                                                                              tmp_path: Path):
    text = ("○ (라일락 AI) 소프트뱅크그룹 산하 비전펀드2(SoftBank Vision Fund 2)는 영국 런던의 추론 스타트업 "
            "라일락 AI(Lilac AI)에 2억 달러를 단독 투자. 동사는 경량 언어모델 '라일-2(Lyle-2)'를 개발해 유럽 은행에 공급 중")
    found = facts(loader, tmp_path, text)
    assert ("라일락 AI", "DEVELOPS", "라일-2") in found
    assert ("SoftBank Vision Fund", "DEVELOPS", "라일-2") not in found


def test_the_said_company_after_a_companys_deal_is_still_the_company(loader: DocumentLoader, tmp_path: Path):
    text = "반도체 기업 누리칩은 AI 스타트업 라일락 AI에 200억원을 투자했다. 동사는 차세대 NPU '누리-3'를 개발하고 있다."
    assert ("누리칩", "DEVELOPS", "누리-3") in facts(loader, tmp_path, text)


def test_a_maker_of_the_things_a_product_is_used_in_does_not_develop_it(loader: DocumentLoader, tmp_path: Path):
    text = ("The company's Vela-Drive assistant is installed in cars made by Geely, with which Vela signed a "
            "supply agreement in 2024.")
    assert not [f for f in facts(loader, tmp_path, text) if f[1] == "DEVELOPS" and f[0] == "Geely"]


def test_a_product_developed_by_its_maker_in_an_appositive_is_still_read(loader: DocumentLoader, tmp_path: Path):
    found = facts(loader, tmp_path, "Vela-Drive, an assistant developed by Vela AI, runs in many cars.")
    assert ("Vela AI", "DEVELOPS", "Vela-Drive") in found


def test_an_alliance_set_up_by_a_ministry_is_a_programme_it_launched(loader: DocumentLoader, tmp_path: Path):
    text = ("또 산업통상자원부가 지난해 7월 출범시킨 '스마트물류 AI 연합'(이하 SMLA)의 회원사로 참여해, "
            "중견 물류사 10곳과 함께 실증을 진행 중이다.")
    found = facts(loader, tmp_path, text)
    assert ("Ministry of Trade, Industry and Energy", "LAUNCHED", "스마트물류 AI 연합") in found
    assert not [f for f in found if f[1] == "FOUNDED"]
