"""Korean sentence patterns, each on an invented sentence (not from the corpus).

Every case runs the whole document loader, so mentions, discovery, the passage memory and
the frames work together as they do on a report.
"""

from __future__ import annotations

import pytest

from tests.reading import facts, relationships


def test_a_subject_inside_a_relative_clause_is_not_the_next_verbs_agent(loader, tmp_path):
    got = facts(loader, tmp_path, "Anthropic은 샘 올트먼이 설립한 기업이 아니며 새 모델 Claude를 개발했다.\n")
    assert ("Anthropic", "DEVELOPS", "Claude") in got
    assert ("Sam Altman", "DEVELOPS", "Claude") not in got


def test_founders_with_background_glosses(loader, tmp_path):
    got = facts(loader, tmp_path,
                "Anthropic은 2021년 다리오 아모데이(프린스턴 박사, 구글 출신), 다니엘라 아모데이(UC 산타크루즈 졸업)가 "
                "샌프란시스코에서 공동 설립한 기업이다.\n")
    assert {("Dario Amodei", "FOUNDED", "Anthropic"), ("Daniela Amodei", "FOUNDED", "Anthropic")} <= got
    assert not any(rel == "FOUNDED" and obj == "Google" for _, rel, obj in got)


def test_a_describing_phrase_after_a_list_carries_its_role(loader, tmp_path):
    got = facts(loader, tmp_path, "마이크로소프트, 엔비디아 등 미국의 빅테크가 공동 투자한 Mistral AI, Cohere가 주목받는다.\n")
    assert {("Microsoft", "INVESTED_IN", "Mistral AI"), ("NVIDIA", "INVESTED_IN", "Cohere")} <= got


def test_respectively_pairs_members_in_order(loader, tmp_path):
    got = facts(loader, tmp_path, "구글과 메타는 각각 Gemini, Llama 등의 대형 모델을 공개하였다.\n")
    assert {("Google", "DEVELOPS", "Gemini"), ("Meta", "DEVELOPS", "Llama")} <= got
    assert ("Google", "DEVELOPS", "Llama") not in got


def test_each_member_keeps_its_own_figure(loader, tmp_path):
    text = "2024년 투자 사례로는 아마존의 Anthropic(40억 달러), Hugging Face(1억 달러) 투자가 있다.\n"
    assert relationships(loader, tmp_path, text)[("Amazon", "INVESTED_IN", "Hugging Face")]["amount_usd"] == pytest.approx(1e8)


def test_a_described_name_in_brackets_and_a_lead_investor(loader, tmp_path):
    got = facts(loader, tmp_path,
                "Cohere는 5억 달러를 유치했으며, 투자에는 세쿼이아 캐피탈을 중심으로 사우디 국부 펀드(PIF), 싱가포르 국부 펀드(GIC) 등이 참여했다.\n")
    assert {("Sequoia Capital", "INVESTED_IN", "Cohere"), ("Public Investment Fund", "INVESTED_IN", "Cohere"),
            ("GIC", "INVESTED_IN", "Cohere")} <= got


def test_the_head_of_a_relative_clause_is_its_agent(loader, tmp_path):
    assert ("Sam Altman", "FOUNDED", "OpenAI") in facts(loader, tmp_path, "OpenAI를 설립한 샘 올트먼은 투자자로도 활동한다.\n")


def test_co_developers_and_founders_by_their_people(loader, tmp_path):
    got = facts(loader, tmp_path, "네이버는 KAIST, 서울대 등과 공동으로 HyperCLOVA X를 개발했다.\n"
                                  "Upstage는 2020년 서울대 연구진이 설립하여 성장했다.\n")
    assert {("Naver", "DEVELOPS", "HyperCLOVA X"), ("KAIST", "DEVELOPS", "HyperCLOVA X")} <= got
    assert ("Seoul National University", "FOUNDED", "Upstage") in got


def test_a_demonstrative_points_to_the_programme_just_named(loader, tmp_path):
    got = facts(loader, tmp_path,
                "과학기술정보통신부는 'AI 미래 펀드'를 조성한다고 밝혔다. 이 펀드에는 산업은행과 중소벤처기업부가 각각 500억 원을 출자한다.\n")
    assert ("Ministry of SMEs and Startups", "FUNDS", "AI 미래 펀드") in got


def test_both_companies_and_members_of_a_programme(loader, tmp_path):
    got = facts(loader, tmp_path,
                "정부는 'AI 반도체 실증 사업'을 출범했다. 선정 기업은 삼성전자, SK하이닉스이며, 내년부터 지원을 받는다.\n")
    assert {("Samsung Electronics", "PARTICIPATES_IN", "AI 반도체 실증 사업"),
            ("SK hynix", "PARTICIPATES_IN", "AI 반도체 실증 사업")} <= got


def test_ownership_stated_as_a_predicate(loader, tmp_path):
    assert ("Google DeepMind", "SUBSIDIARY_OF", "Google") in facts(
        loader, tmp_path, "딥마인드는 구글의 자회사로, 런던에 본사를 두고 있다.\n")


def test_a_passage_topic_launches_where_the_subject_is_dropped(loader, tmp_path):
    got = facts(loader, tmp_path, "4. 프랑스의 AI 정책\n\n프랑스는 AI 역량을 강화하고 있다. 또한 2024년 출범한 ‘AI 캠퍼스 프로젝트’를 통해 인재를 모은다.\n")
    assert ("French government", "LAUNCHED", "AI 캠퍼스 프로젝트") in got


@pytest.mark.parametrize("text", [
    "업계에 돌던 구글의 Cohere 인수설에 대해 구글은 \"검토한 바 없다\"고 밝혔다.\n",
    "메타는 Mistral AI에 투자하지 않았다고 밝혔다.\n",
    "아마존의 Cohere 인수 협상은 결국 무산됐다.\n",
])
def test_rumours_and_denials_are_not_facts(loader, tmp_path, text):
    assert not {f for f in facts(loader, tmp_path, text) if f[1] in ("ACQUIRED", "INVESTED_IN")}


def test_english_names_lose_leading_words_and_nationalities(loader, tmp_path):
    got = facts(loader, tmp_path, "PARIS, March 3 (Newswire) - In Lisbon, Dutch chipmaker Velmora Systems "
                                  "acquired Tessaro Labs for $20 million.\n")
    assert ("Velmora Systems", "ACQUIRED", "Tessaro Labs") in got
    assert not any(s in ("PARIS", "Dutch", "In Lisbon") for s, _, _ in got)


def test_unknown_names_listed_with_a_known_one_are_members_of_the_selection(loader, tmp_path):
    got = facts(loader, tmp_path, "중소벤처기업부는 'AI 수출 바우처 사업'을 시작하고 참여 기업으로 네이버, 다온로직, 새봄테크 등 "
                                  "3곳을 선정했다.\n")
    assert {("Naver", "PARTICIPATES_IN", "AI 수출 바우처 사업"), ("다온로직", "PARTICIPATES_IN", "AI 수출 바우처 사업"),
            ("새봄테크", "PARTICIPATES_IN", "AI 수출 바우처 사업")} <= got
    assert ("Ministry of SMEs and Startups", "PARTICIPATES_IN", "AI 수출 바우처 사업") not in got


def test_a_bare_country_before_a_name_keeps_the_list_whole(loader, tmp_path):
    got = facts(loader, tmp_path, "Upstage는 투자를 유치했다. 이번 라운드에는 산업은행과 네이버, 미국 엔비디아 등이 참여했다.\n")
    assert {("Korea Development Bank", "INVESTED_IN", "Upstage"), ("Naver", "INVESTED_IN", "Upstage"),
            ("NVIDIA", "INVESTED_IN", "Upstage")} <= got


def test_a_product_the_topic_company_is_described_by(loader, tmp_path):
    got = facts(loader, tmp_path, "AI 스타트업 모라텍은 2021년 설립된 기업으로, 물류 로봇 관제 플랫폼(Tessel)을 중심으로 성장하고 있다.\n"
                                  "AI 스타트업 한솔비전은 대규모 음성 인식 데이터셋인 VoxHan을 제공하고 있다.\n")
    assert {("모라텍", "DEVELOPS", "Tessel"), ("한솔비전", "DEVELOPS", "VoxHan")} <= got


def test_a_described_product_the_topic_only_uses_is_not_its_own(loader, tmp_path):
    got = facts(loader, tmp_path, "AI 스타트업 모라텍은 2021년 설립된 기업으로, 음성 비서 ‘Velo’를 도입해 상담을 자동화했다.\n")
    assert not any(rel == "DEVELOPS" for _, rel, _ in got)


def test_an_owner_before_a_service_named_by_the_copula(loader, tmp_path):
    got = facts(loader, tmp_path, "네이버는 자사 AI 서비스인 ‘누리봇’에 검색 기능을 더했다고 밝혔다.\n"
                                  "카카오 AI 에이전트 ‘Dalbit’을 통해 예약이 가능해졌다.\n")
    assert ("Kakao", "DEVELOPS", "Dalbit") in got


def test_a_development_carried_out_by_the_subject_after_it(loader, tmp_path):
    got = facts(loader, tmp_path, "네이버는 Cohere에 투자했으며, 번역 모델 ‘Orvo’ 개발을 양사가 공동으로 진행한다.\n")
    assert {("Naver", "DEVELOPS", "Orvo"), ("Cohere", "DEVELOPS", "Orvo")} <= got


def test_an_owner_written_before_a_longer_model_name(loader, tmp_path):
    got = facts(loader, tmp_path, "이번 평가에서는 Google Gemini 2.5 Pro가 가장 높은 점수를 받았다.\n")
    assert ("Google", "DEVELOPS", "Gemini 2.5") in got


def test_a_short_model_name_after_its_owner_is_the_known_model(loader, tmp_path):
    got = facts(loader, tmp_path, "시장은 딥시크 AI 모델 V3를 공개한 이후 크게 흔들렸다.\n")
    assert ("DeepSeek", "DEVELOPS", "DeepSeek-V3") in got
    assert not any(obj == "V3" for _, _, obj in got)


def test_a_company_known_by_its_product_makes_it(loader, tmp_path):
    got = facts(loader, tmp_path, "음성 비서 ‘Lumo’로 잘 알려진 AI 스타트업 모라텍은 본사를 싱가포르로 옮겼다고 발표했다.\n")
    assert ("모라텍", "DEVELOPS", "Lumo") in got


def test_a_model_named_in_a_suspicion_states_no_ownership(loader, tmp_path):
    got = facts(loader, tmp_path, "업계에서는 AI 스타트업 모라텍이 엔비디아 H100을 몰래 들여왔다는 의혹이 제기됐다.\n")
    assert ("NVIDIA", "DEVELOPS", "H100") not in got


def test_a_product_named_after_its_maker_with_a_size(loader, tmp_path):
    got = facts(loader, tmp_path, "소니는 영상 분석에 특화된 Sony-Vision-12B를 개발했다.\n")
    assert ("Sony", "DEVELOPS", "Sony-Vision-12B") in got


def test_a_known_name_ending_a_longer_one_and_its_acronym(loader, tmp_path):
    got = facts(loader, tmp_path, "AI 스타트업 모라텍은 물류 예측 모델을 공개했다. 또한 경로 탐색 방식을 발표했으며, 나아가 "
                                  "강화학습을 도입한 Quantum Thought Machine(QTM)을 개발했다.\n")
    assert ("모라텍", "DEVELOPS", "Quantum Thought Machine") in got
    assert not any("Thought Machine" == obj or "QTM" == obj for _, _, obj in got)


def test_products_listed_after_their_makers_name(loader, tmp_path):
    got = facts(loader, tmp_path, "DJI Avata·DJI Matrice 등은 건설 현장 점검에 널리 쓰인다.\n"
                                  "Sony Group·Canon 등은 센서 시장을 이끈다.\n")
    assert {("DJI", "DEVELOPS", "DJI Avata"), ("DJI", "DEVELOPS", "DJI Matrice")} <= got
    assert not any(rel == "DEVELOPS" and subj == "Sony" for subj, rel, _ in got)


def test_a_company_glossed_with_its_model(loader, tmp_path):
    got = facts(loader, tmp_path, "생성형 AI 경쟁에서는 Anthropic(Claude), 구글(Gemini) 등이 앞서 나간다고 평가했다.\n")
    assert {("Anthropic", "DEVELOPS", "Claude"), ("Google", "DEVELOPS", "Gemini")} <= got
    assert ("Anthropic", "DEVELOPS", "Gemini") not in got
