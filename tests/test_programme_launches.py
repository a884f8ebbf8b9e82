"""Who launches a programme or fund (LAUNCHED), in Korean and English, and the visions, selections,
sites and quoted titles that launch nothing. Each case is an invented text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.document import read_document
from loaders.pipeline import DocumentLoader
from tests.reading import facts, korean_facts, relationships


def test_a_headline_comma_after_a_glossed_ministry(loader, tmp_path):
    got = facts(loader, tmp_path, "2월 ▲ 과학기술정보통신부(이하 과기정통부), '초거대 AI 협업 사업' 착수\n")
    assert ("Ministry of Science and ICT", "LAUNCHED", "초거대 AI 협업 사업") in got


def test_a_ministrys_public_call_and_state_budget_open_and_fund_its_programme(loader, tmp_path):
    got = facts(loader, tmp_path, "4월 ▲ 과기정통부, 'AI 로봇 실증 사업' 공고 … 2028년까지 국비 900억원\n")
    assert ("Ministry of Science and ICT", "LAUNCHED", "AI 로봇 실증 사업") in got
    assert ("Ministry of Science and ICT", "FUNDS", "AI 로봇 실증 사업") in got


def test_a_quoted_title_launched_right_after_it_is_a_programme(loader, tmp_path):
    got = facts(loader, tmp_path, "산업통상자원부와 독일 경제기후보호부는 ‘한-독 로봇 협력 다리(Korea-Germany Robot Bridge)’ "
                "출범을 공동 선언했다.\n")
    assert ("Ministry of Trade, Industry and Energy", "LAUNCHED", "한-독 로봇 협력 다리") in got


def test_a_card_titled_with_a_government_launches_and_funds_the_programme_it_names(loader, tmp_path):
    got = facts(loader, tmp_path, "[1/3]\n표지\n\n[2/3]\n정부 (2) 과기정통부\n'AI 로봇 실증단' 착수\n→ 올해 300억\n"
                "→ 기업당 최대 10억\n\n[3/3]\n끝\n")
    assert ("Ministry of Science and ICT", "LAUNCHED", "AI 로봇 실증단") in got
    assert ("Ministry of Science and ICT", "FUNDS", "AI 로봇 실증단") in got


def test_a_quoted_project_title_keeps_its_own_name_without_the_word_for_project(loader, tmp_path):
    got = facts(loader, tmp_path, "중소벤처기업부는 'K-로봇 도약' 사업을 새로 시작한다고 밝혔습니다.\n"
                "사업 운영은 한빛진흥원, HBJ가 맡습니다.\n")
    assert ("Ministry of SMEs and Startups", "LAUNCHED", "K-로봇 도약") in got


def test_a_programme_made_anew_is_launched(loader, tmp_path):
    got = facts(loader, tmp_path, "정부는 올해 '청년 AI 창업 지원사업'을 새로 만들고 120억 원을 배정했다.\n")
    assert ("Government of Korea", "LAUNCHED", "청년 AI 창업 지원사업") in got


def test_a_programme_glossed_by_its_owner_is_launched_by_it(loader, tmp_path):
    got = facts(loader, tmp_path, "Velmora AI has been selected for Brightgrid, the Ministry of Digital Affairs' program "
                "that subsidizes compute. Velmora AI also signed an MoU with Lumenpath, the Ministry of Digital Affairs's "
                "national translation mission.\n")
    assert ("Ministry of Digital Affairs", "LAUNCHED", "Lumenpath") in got
    assert ("Velmora AI", "PARTNERS_WITH", "Ministry of Digital Affairs") not in got


def test_a_programme_run_by_a_body_is_launched_by_that_body(loader, tmp_path):
    got = facts(loader, tmp_path, "Velmora AI is one of the startups selected under the Brightgrid Mission, "
                "the Centre's Rs 9,000 Cr programme run by the Ministry of Digital Affairs.\n")
    assert ("Ministry of Digital Affairs", "LAUNCHED", "Brightgrid Mission") in got


def test_a_completed_formation_of_a_named_fund(loader, tmp_path):
    got = facts(loader, tmp_path, "벤처캐피털 가온벤처스는 최근 '가온 딥테크 투자조합 제2호'의 최종 결성을 마쳤다.\n")
    assert any(s == "가온벤처스" and r == "LAUNCHED" and "가온 딥테크 투자조합" in o for s, r, o in got)


def test_a_ministry_hosting_in_a_relative_clause_is_the_programmes_owner(loader):
    text = "하늘결랩은 중소벤처기업부가 시행하는 '딥테크 챌린지 사업'에 참여한다.\n"
    got = korean_facts(loader, text)
    assert ("Ministry of SMEs and Startups", "LAUNCHED", "딥테크 챌린지 사업") in got
    assert ("하늘결랩", "PARTICIPATES_IN", "딥테크 챌린지 사업") in got
    assert ("Ministry of SMEs and Startups", "PARTICIPATES_IN", "딥테크 챌린지 사업") not in got


def test_a_fund_set_up_by_a_company_is_launched_by_it(loader, tmp_path):
    got = facts(loader, tmp_path, "The Corvina Fund was founded by Ardent Capital in 2020.\n")
    assert ("Ardent Capital", "LAUNCHED", "Corvina Fund") in got


def test_a_fund_close_launches_the_fund_and_names_its_partners(loader, tmp_path):
    got = facts(loader, tmp_path, "- Gannet Rock Capital closed Fund II at $250M, above its target. LPs include the "
                                  "Harbourline Pension Fund and the Quillon Foundation. The fund will back robotics.\n")
    assert ("Gannet Rock Capital", "LAUNCHED", "Fund II") in got
    assert ("Harbourline Pension Fund", "INVESTED_IN", "Fund II") in got
    assert ("Quillon Foundation", "INVESTED_IN", "Fund II") in got


def test_anchors_named_after_a_final_close_invested_in_the_fund(loader, tmp_path):
    got = facts(loader, tmp_path, "In May Tamsin Ridge Partners held the final close of Tamsin Ridge Fund III at $300 million. "
                                  "Norland Pension Fund and Estuary Capital anchored the fund.\n")
    assert ("Tamsin Ridge Partners", "LAUNCHED", "Tamsin Ridge Fund III") in got
    assert ("Estuary Capital", "INVESTED_IN", "Tamsin Ridge Fund III") in got


def test_a_closed_round_is_no_fund(loader, tmp_path):
    got = facts(loader, tmp_path, "Harrowgate Capital closed a $30M Series A in Plimsoll Robotics.\n")
    assert not [f for f in got if f[1] == "LAUNCHED"]


def test_a_launched_fund_is_launched_not_founded(loader, tmp_path):
    got = facts(loader, tmp_path, "Tidewell Labs builds speech models. In 2025 Tidewell Labs launched Tidewell Ventures, "
                                  "a $20 million corporate fund for early-stage start-ups.\n")
    assert ("Tidewell Labs", "LAUNCHED", "Tidewell Ventures") in got
    assert ("Tidewell Labs", "FOUNDED", "Tidewell Ventures") not in got


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


@pytest.mark.parametrize("text", [
    "중소벤처기업부는 올해 하반기 한국벤처투자와 함께 300억원 규모의 'AI 로봇 전용 펀드' 조성을 검토하고 있다.",
    "카카오벤처스는 연내 'AI 반도체 전용 펀드' 조성을 검토 중인 것으로 알려졌다.",
])
def test_a_fund_only_considered_is_not_launched(loader: DocumentLoader, tmp_path: Path, text: str):
    assert not [f for f in facts(loader, tmp_path, text) if f[1] == "LAUNCHED"]


def test_a_planned_fund_is_still_launched_with_its_qualifier(loader: DocumentLoader, tmp_path: Path):
    found = relationships(loader, tmp_path, "과학기술정보통신부는 내년에 'AI 반도체 전용 펀드'를 조성할 계획이다.")
    assert found[("Ministry of Science and ICT", "LAUNCHED", "AI 반도체 전용 펀드")]["qualifier"] == "planned"


def test_selected_firms_named_after_a_programme_object_launch_nothing(loader: DocumentLoader, tmp_path: Path):
    text = "KT는 'AI 연산 지원 사업'을 맡고, 연산 자원을 선정 기업과 대학에 배분한다."
    assert not [f for f in facts(loader, tmp_path, text) if f[1] == "LAUNCHED"]


def test_announcing_a_programmes_selected_firms_still_launches_it(loader: DocumentLoader, tmp_path: Path):
    text = "중소벤처기업부가 「AI 로봇 스케일업 챌린지」 3기 선정 기업 10곳을 발표했다."
    assert ("Ministry of SMEs and Startups", "LAUNCHED", "AI 로봇 스케일업 챌린지") in facts(loader, tmp_path, text)


def test_money_for_a_named_recipient_after_a_causative_launch_skips_the_fund(loader: DocumentLoader,
                                                                              tmp_path: Path):
    text = ("□ (카타르) 카타르투자청(QIA)은 2025년 5월 50억 달러 규모의 '사마 AI 펀드'를 출범시키고 "
            "1차로 도하 소재 AI 스타트업 루멘랩스에 2억 달러를 투자")
    found = facts(loader, tmp_path, text)
    assert ("Qatar Investment Authority", "LAUNCHED", "사마 AI 펀드") in found
    assert ("Qatar Investment Authority", "INVESTED_IN", "루멘랩스") in found
    assert ("Qatar Investment Authority", "INVESTED_IN", "사마 AI 펀드") not in found


def test_a_data_centre_named_by_its_site_is_no_programme(loader: DocumentLoader, tmp_path: Path):
    text = "양사는 KT의 AI DC 분당 센터에 오케스트레이션 소프트웨어를 적용하는 계약도 체결했다."
    assert not [f for f in facts(loader, tmp_path, text) if f[1] == "LAUNCHED"]


def test_a_ministry_name_runs_on_through_the(loader: DocumentLoader, tmp_path: Path):
    text = ("In France, the Ministry for the Economy launched the Programme Nuage Souverain (PNS) in April 2025 "
            "with an envelope of €1.1 billion.")
    found = facts(loader, tmp_path, text)
    assert ("Ministry for the Economy", "LAUNCHED", "Programme Nuage Souverain") in found
    assert not [f for f in found if f[0] == "Ministry"]


def test_a_fund_the_investor_set_up_is_its_vehicle_not_its_investee(loader: DocumentLoader, tmp_path: Path):
    text = "한강인베스트먼트는 지난해 말 800억원 규모로 결성한 'AI 딥테크 2호 펀드'를 통해 이번 투자를 집행했다."
    found = facts(loader, tmp_path, text)
    assert ("한강인베스트먼트", "LAUNCHED", "AI 딥테크 2호 펀드") in found
    assert ("한강인베스트먼트", "INVESTED_IN", "AI 딥테크 2호 펀드") not in found


def test_an_alliance_set_up_by_a_ministry_is_a_programme_it_launched(loader: DocumentLoader, tmp_path: Path):
    text = ("또 산업통상자원부가 지난해 7월 출범시킨 '스마트물류 AI 연합'(이하 SMLA)의 회원사로 참여해, "
            "중견 물류사 10곳과 함께 실증을 진행 중이다.")
    found = facts(loader, tmp_path, text)
    assert ("Ministry of Trade, Industry and Energy", "LAUNCHED", "스마트물류 AI 연합") in found
    assert not [f for f in found if f[1] == "FOUNDED"]


def test_the_body_that_runs_the_launched_programmes_founded_nothing(loader: DocumentLoader, tmp_path: Path):
    text = "The Government of Canada launched three programmes, administered by Halveric Labs."
    assert not [f for f in facts(loader, tmp_path, text) if f[1] in ("FOUNDED", "LAUNCHED")]


def test_the_named_programme_before_the_participle_is_launched(loader: DocumentLoader, tmp_path: Path):
    text = "The Government of Canada launched the Maple Compute Fund, administered by Halveric Labs."
    assert ("Canadian government", "LAUNCHED", "Maple Compute Fund") in facts(loader, tmp_path, text)


def test_the_ones_passively_selected_for_a_programme_did_not_set_it_up(loader, tmp_path):
    got = facts(loader, tmp_path, "정보통신부가 올해 신설한 '로봇 수출 지원 프로그램'에는 한빛로보틱스와 "
                                  "누리로지스가 1호 참여 기업으로 선정됐다.\n")
    assert ("한빛로보틱스", "LAUNCHED", "로봇 수출 지원 프로그램") not in got
    assert ("누리로지스", "LAUNCHED", "로봇 수출 지원 프로그램") not in got


def test_a_ministrys_programme_and_the_company_chosen_for_it(loader, tmp_path):
    got = facts(loader, tmp_path, "의료 AI 스타트업 메디누리는 한결벤처스로부터 20억 원의 시드 투자를 받았다. "
                "지난달에는 중소벤처기업부의 창업지원(TIPS) 프로그램에도 선정됐다.\n")
    assert ("Ministry of SMEs and Startups", "LAUNCHED", "TIPS") in got
    assert ("메디누리", "PARTICIPATES_IN", "TIPS") in got


def test_a_body_after_its_address_is_the_venue_not_the_launcher(loader, tmp_path):
    got = facts(loader, tmp_path, "산업통상자원부는 3일 서울 강남구 대한상공회의소에서 '바다 데이터 프로그램' 출범식을 열었다.\n")
    launched = {s for s, r, o in got if r == "LAUNCHED"}
    assert launched == {"Ministry of Trade, Industry and Energy"}


DEFINED = "해양 하이웨이 이니셔티브는 해양 관측망과 데이터센터를 전국적으로 구축하는 전략이다. "


def test_ways_a_government_suggests_are_no_programme(loader, tmp_path):
    got = facts(loader, tmp_path, "일본 정부는 지방 소멸 대응을 위한 교통망 재편 방안을 제시했다.\n")
    assert not any(t == "LAUNCHED" for _, t, _ in got)


def test_a_plan_a_government_announces_is_still_launched(loader, tmp_path):
    got = facts(loader, tmp_path, "일본 정부는 지방 소멸 대응을 위한 교통망 재편 방안을 발표했다.\n")
    assert any(s == "Japanese government" and t == "LAUNCHED" for s, t, _ in got)


def test_a_public_body_marked_eseo_announces_when_no_subject_does(loader, tmp_path):
    got = facts(loader, tmp_path, "과학기술정보통신부에서 ‘해양 디지털 전환 전략’을 발표했다.\n")
    assert ("Ministry of Science and ICT", "LAUNCHED", "해양 디지털 전환 전략") in got


def test_a_subject_outranks_the_body_marked_eseo(loader, tmp_path):
    got = facts(loader, tmp_path, "과학기술정보통신부에서 지원한 가람로직(Garam Logic)이 ‘해양 데이터 전략’을 발표했다.\n")
    assert not any(s == "Ministry of Science and ICT" and t == "LAUNCHED" for s, t, _ in got)


def test_a_quoted_vision_a_body_announces_names_its_strategy(loader, tmp_path):
    got = relationships(loader, tmp_path, "총리가 주재한 회의 직후 과학기술정보통신부에서 ‘해양 3대 강국(OCEAN K3)’으로의 "
                                          "도약을 비전으로 발표했다.\n")
    assert ("Ministry of Science and ICT", "LAUNCHED", "해양 3대 강국") in got


def test_a_firms_vision_is_no_programme(loader, tmp_path):
    got = facts(loader, tmp_path, "가람로직(Garam Logic)은 ‘모두를 위한 해양 데이터’를 비전으로 제시했다.\n")
    assert not any(t == "LAUNCHED" for _, t, _ in got)


def test_a_programme_the_passages_state_turns_into_a_new_one(loader, tmp_path):
    got = relationships(loader, tmp_path, "EU는 해양 데이터 전략을 추진하고 있다. 이를 위해 유럽디지털혁신허브(EDIHs)를 "
                                          "해양 실험센터(Ocean Test Centres)로 전환하여 기업을 돕는다.\n")
    assert ("European Union", "LAUNCHED", "해양 실험센터") in got


def test_a_firm_turning_a_programme_into_another_launches_nothing(loader, tmp_path):
    got = facts(loader, tmp_path, "가람로직(Garam Logic)은 유럽디지털혁신허브(EDIHs)를 해양 실험센터로 전환했다.\n")
    assert not any(t == "LAUNCHED" for _, t, _ in got)


def test_turning_figures_around_is_no_programme(loader, tmp_path):
    got = facts(loader, tmp_path, "일본 정부는 무역수지를 흑자로 전환했다.\n")
    assert not any(t == "LAUNCHED" for _, t, _ in got)


def test_the_head_of_a_public_body_announces_for_it(loader, tmp_path):
    got = facts(loader, tmp_path, "과학기술정보통신부 장관은 해양 분야에 투자하는 1조 원 규모의 ‘해양 혁신 펀드’를 "
                                  "조성할 것을 발표했다.\n")
    assert ("Ministry of Science and ICT", "LAUNCHED", "해양 혁신 펀드") in got


def test_the_head_of_a_firm_is_no_public_body(loader, tmp_path):
    got = facts(loader, tmp_path, "가람로직(Garam Logic) 원장은 ‘해양 혁신 펀드’를 조성할 것을 발표했다.\n")
    assert not any(s == "가람로직" and t == "LAUNCHED" for s, t, _ in got)


def test_a_defined_programme_the_next_sentences_government_carries_out(loader, tmp_path):
    got = facts(loader, tmp_path, DEFINED + "정부는 2028년까지 관측 부이 3천 개를 확보할 계획이다.\n")
    assert ("Government of Korea", "LAUNCHED", "해양 하이웨이 이니셔티브") in got


def test_a_defined_programme_followed_by_a_firm_is_no_governments(loader, tmp_path):
    got = facts(loader, tmp_path, DEFINED + "가람로직(Garam Logic)은 2028년까지 관측 부이 3천 개를 확보할 계획이다.\n")
    assert not any(o == "해양 하이웨이 이니셔티브" and t == "LAUNCHED" for _, t, o in got)


def test_the_government_acting_on_another_named_programme_launches_that_one(loader, tmp_path):
    got = facts(loader, tmp_path, DEFINED + "정부는 별도로 ‘해양 인재 양성 계획’을 추진할 예정이다.\n")
    assert not any(o == "해양 하이웨이 이니셔티브" and t == "LAUNCHED" for _, t, o in got)


def test_a_ministry_and_its_documents_title_in_a_flattened_cell(loader, tmp_path):
    text = ("표 3. 주요국 해양 AI 정책\n\n국가\n\n기관·정책\n\n주요 내용\n\n일본\n\n경제산업성\n\n"
            "「해양 로봇 실증\n\n추진 지침」\n\n⦁항만 자동화 실증 지원\n")
    got = facts(loader, tmp_path, text)
    assert ("Ministry of Economy, Trade and Industry", "LAUNCHED", "해양 로봇 실증 추진 지침") in got


def test_a_firm_and_a_quoted_title_are_no_launch(loader, tmp_path):
    text = "가람로직\n\n「해양 로봇 실증 보고서」\n"
    got = facts(loader, tmp_path, text)
    assert not any(t == "LAUNCHED" for _, t, _ in got)


def test_a_fund_launched_under_its_appositive_is_a_programme(loader, tmp_path: Path):
    path = tmp_path / "doc.txt"
    path.write_text("In 2025 Tidewell Labs launched Tidewell Ventures, a $20 million corporate fund for start-ups.\n",
                    encoding="utf-8")
    batch = loader.load_text(read_document(path, {})).batch
    launched = [r for r in batch.relationships if r.type == "LAUNCHED"]
    assert launched and all(batch.actors[r.object].type == "Program" for r in launched)


JOINT = """2. 정책 현황

정부는 2026년 4월 과학기술정보통신부와 기획재정부 합동으로 ‘AI 반도체 수출 촉진 전략’을 발표하였다.
"""


def test_bodies_announcing_a_plan_jointly_each_launch_it(loader, tmp_path):
    got = facts(loader, tmp_path, JOINT)
    assert ("Ministry of Science and ICT", "LAUNCHED", "AI 반도체 수출 촉진 전략") in got
    assert ("Ministry of Economy and Finance", "LAUNCHED", "AI 반도체 수출 촉진 전략") in got


def test_bodies_listed_without_acting_together_launch_nothing(loader, tmp_path):
    text = JOINT.replace("과학기술정보통신부와 기획재정부 합동으로", "과학기술정보통신부와 기획재정부의 요청으로")
    got = facts(loader, tmp_path, text)
    assert ("Ministry of Economy and Finance", "LAUNCHED", "AI 반도체 수출 촉진 전략") not in got


def test_a_fund_described_by_its_size_is_launched_by_the_state(loader, tmp_path):
    got = relationships(loader, tmp_path, "한국은 정부가 2028년까지 로봇 스타트업 육성을 위해 약 2조 원 규모의 펀드를 "
                                          "조성한다고 밝혔다.\n")
    props = got[("Government of Korea", "LAUNCHED", "약 2조 원 규모의 펀드")]
    assert props["currency"] == "KRW" and props["amount_usd"] > 1e9


def test_a_firms_described_investment_is_no_programme(loader, tmp_path):
    got = facts(loader, tmp_path, "삼성전자는 평택에 10조 원 규모의 투자를 계획하고 있다.\n")
    assert not any(o.endswith("규모의 투자") for _, _, o in got)


def test_a_country_named_later_does_not_take_over_the_bare_government(loader, tmp_path):
    got = facts(loader, tmp_path, "한국은 정부가 1조 원 규모의 기금을 조성한다고 발표했으나 이는 일본과 비교하면 적다.\n")
    assert ("Government of Korea", "LAUNCHED", "1조 원 규모의 기금") in got


def test_policies_a_government_lists_before_its_kind(loader, tmp_path):
    got = relationships(loader, tmp_path,
                        "한편 일본 정부는 해저 케이블 확충, 농촌 원격의료 등의 정책을 발표하며 지역 격차 해소에 나섰다.\n")
    assert ("Japanese government", "LAUNCHED", "농촌 원격의료") in got
    # an item naming an act ("확충") describes what a policy does; it names no programme
    assert ("Japanese government", "LAUNCHED", "해저 케이블 확충") not in got


def test_business_lines_a_firm_lists_are_no_policies(loader, tmp_path):
    got = relationships(loader, tmp_path,
                        "가람로직(Garam Logic)은 물류 예측, 창고 자동화 등의 사업을 추진하고 있다.\n")
    assert not any(t == "LAUNCHED" for _, t, _ in got)


def test_a_quoted_document_title_a_government_publishes(loader, tmp_path):
    got = relationships(loader, tmp_path,
                        "2024년 3월 캐나다 정부는 “Coastal Data Stewardship Guideline: Public Sector Edition(CDSG-2)”을 "
                        "발표하여 공공 데이터 활용 기준을 제시하였다.\n")
    launched = {o for s, t, o in got if s == "Canadian government" and t == "LAUNCHED"}
    assert launched == {"Coastal Data Stewardship Guideline: Public Sector Edition"}


def test_a_short_quoted_word_is_no_document(loader, tmp_path):
    got = relationships(loader, tmp_path, "캐나다 정부는 “Aurora”를 공개했다.\n")
    assert ("Canadian government", "LAUNCHED", "Aurora") not in got


def test_a_quoted_policy_term_said_to_come_from_a_country(loader, tmp_path):
    got = relationships(loader, tmp_path,
                        "‘녹색 항만’은 캐나다에서 2019년 연방 예산안을 통해 처음 제시된 개념으로, 이후 항만 투자가 늘었다.\n")
    assert ("Canadian government", "LAUNCHED", "녹색 항만") in got


def test_a_quoted_term_without_a_state_behind_it(loader, tmp_path):
    got = relationships(loader, tmp_path,
                        "‘녹색 항만’은 학계에서 처음 제시된 개념으로, 이후 널리 쓰였다.\n")
    assert not any(t == "LAUNCHED" for _, t, _ in got)


def test_english_policy_list_items_that_set_something_up(loader, tmp_path):
    got = relationships(loader, tmp_path,
                        "The Canadian government is implementing bold policies, including the establishment of regional "
                        "data trusts, expansion of broadband networks, and designation of coastal innovation zones.\n")
    launched = {o for s, t, o in got if s == "Canadian government" and t == "LAUNCHED"}
    assert launched == {"regional data trusts", "coastal innovation zones"}


def test_a_programme_a_ministry_set_up_in_a_relative_clause(loader):
    text = "과학기술정보통신부가 올해 처음 만든 '온빛 AI 실증 지원사업'에 12개사가 지원했다.\n"
    assert ("Ministry of Science and ICT", "LAUNCHED", "온빛 AI 실증 지원사업") in korean_facts(loader, text)


def test_a_fund_an_investor_formed_in_a_relative_clause(loader):
    text = "이번 라운드에는 누리솔벤처스가 지난해 결성한 '누리솔 AI 스케일업 펀드'도 참여했다.\n"
    assert ("누리솔벤처스", "LAUNCHED", "누리솔 AI 스케일업 펀드") in korean_facts(loader, text)


def test_a_programme_a_ministry_pushes_in_a_relative_clause(loader):
    text = "모래솔랩은 산업통상자원부가 추진하는 '제조 AI 팩토리 실증사업'에 참여한다.\n"
    got = korean_facts(loader, text)
    assert ("Ministry of Trade, Industry and Energy", "LAUNCHED", "제조 AI 팩토리 실증사업") in got
    assert ("모래솔랩", "LAUNCHED", "제조 AI 팩토리 실증사업") not in got  # it only joins


def test_a_company_that_only_runs_a_programme_in_a_relative_clause_is_no_launcher(loader):
    text = "모래솔캐피탈이 운영하는 '모래솔 그로스 펀드'는 3곳에 투자했다.\n"
    assert not {f for f in korean_facts(loader, text) if f[1] == "LAUNCHED"}


def test_a_ministry_prefixed_to_a_quoted_programme_owns_it(loader):
    text = "온결팜은 지난 3월 농림축산식품부 '스마트 온실 AI 실증사업' 공모에 선정됐다.\n"
    got = korean_facts(loader, text)
    assert ("Ministry of Agriculture, Food and Rural Affairs", "LAUNCHED", "스마트 온실 AI 실증사업") in got
    assert ("온결팜", "LAUNCHED", "스마트 온실 AI 실증사업") not in got


def test_a_quoted_programme_inside_a_quoted_speech(loader):
    text = "\"과학기술정보통신부가 올해 새로 만든 '온빛 데이터센터 바우처 사업'이 있습니다.\n"
    assert ("Ministry of Science and ICT", "LAUNCHED", "온빛 데이터센터 바우처 사업") in korean_facts(loader, text)


def test_a_programme_a_ministry_newly_makes(loader):
    text = "과학기술정보통신부는 데이터센터 구축 비용을 지원하는 '온빛 실증 바우처' 사업을 새로 만들고 총 420억원을 투입한다.\n"
    assert ("Ministry of Science and ICT", "LAUNCHED", "온빛 실증 바우처") in korean_facts(loader, text)


def test_a_programme_a_state_runs(loader):
    text = "경제산업성은 2024년부터 생성형 AI 개발 지원 사업 '누리온'을 운영하며 자국 기업을 돕고 있다.\n"
    assert ("Ministry of Economy, Trade and Industry", "LAUNCHED", "누리온") in korean_facts(loader, text)


def test_a_fund_a_firm_runs_is_not_launched_by_the_verb(loader):
    text = "누리솔파트너스는 '누리솔 그로스 펀드'를 운영하며 AI 스타트업 3곳에 투자했다.\n"
    assert ("누리솔파트너스", "LAUNCHED", "누리솔 그로스 펀드") not in korean_facts(loader, text)


def test_a_known_programme_quoted_before_what_it_is_takes_the_particle_after_that_word(loader, tmp_path):
    found = facts(loader, tmp_path, "유럽 집행위원회는 2026년 5월 「GenAI4EU」 프로그램을 새로 출범시켰다.\n")
    assert ("European Commission", "LAUNCHED", "GenAI4EU") in found


def test_a_short_name_defined_after_a_glossed_spelling_is_that_names(loader, tmp_path):
    text = ("유럽 집행위원회는 2026년 3월 ‘북해 AI 공동 투자 기구(North Sea AI Co-Investment Facility, 이하 NSAF)’를 "
            "설치하였다. NSAF는 출범 이후 발트 로보틱스(Balt Robotics)에 3,000만 유로를 공동투자하였다.\n")
    found = facts(loader, tmp_path, text)
    assert ("European Commission", "LAUNCHED", "North Sea AI Co-Investment Facility") in found
    assert ("North Sea AI Co-Investment Facility", "INVESTED_IN", "발트 로보틱스") in found
    assert not {f for f in found if "NSAF" in (f[0], f[2])}


def test_a_programme_named_before_its_investment_plan_is_not_funded_by_the_sentence(loader, tmp_path):
    text = ("유럽 집행위원회는 「GenAI4EU」 투자계획의 AI 부문 2단계로 2025년 5월 10억 유로 규모의 "
            "‘리스본 연산 펀드(Lisbon Compute Fund)’를 조성하였다.\n")
    found = facts(loader, tmp_path, text)
    assert not {f for f in found if f[1] == "FUNDS" and f[2] == "GenAI4EU"}
    assert any(f[1] == "LAUNCHED" and "리스본 연산 펀드" in f[2] for f in found)
