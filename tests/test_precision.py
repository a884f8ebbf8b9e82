"""Phrases and sentences that look like facts but state none: descriptions, counts, comparisons.

Every sentence here is invented; none is taken from the corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.discovery import find_candidates, list_companions
from loaders.pipeline import DocumentLoader
from loaders.programme_names import find_programme_phrases
from tests.reading import facts, relationships


def programme_names(text: str) -> list[str]:
    return [p.name for p in find_programme_phrases(text, [])]


def partners(loader: DocumentLoader, tmp_path: Path, text: str) -> set[frozenset[str]]:
    """The pairs of partners read from ``text``, in either order."""
    return {frozenset((s, o)) for s, t, o in facts(loader, tmp_path, text) if t == "PARTNERS_WITH"}


# -- programme names -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "장관은 세 가지 행정명령에 서명했다.",             # a count of orders
    "위원회는 데이터 관련 모든 주요 정책을 조율한다.",   # a set of policies
    "정부는 후속 행정명령을 예고했다.",                 # which order, not its name
    "정부는 단일법 제정을 서두르지 않았다.",            # a kind of law
])
def test_counts_quantifiers_and_relative_words_name_no_programme(text):
    assert programme_names(text) == []


def test_a_plan_to_release_is_no_programme_but_a_build_plan_is():
    assert programme_names("가온랩스는 설립 4주 만에 LLM 출시 계획을 발표했다.") == []
    assert programme_names("정부는 해양 AI 인프라 구축 계획을 발표했다.") == ["해양 AI 인프라 구축 계획"]


def test_a_strategy_takes_part_in_nothing(loader, tmp_path):
    text = "‘가온 전략’을 발표했다. 이 전략은 정부, 산업계, 학계가 모두 참여하는 해양 AI 대전환 정책을 표방한다.\n"
    assert not [f for f in facts(loader, tmp_path, text) if f[1] == "PARTICIPATES_IN" and f[0] == "가온 전략"]


def test_a_distinctive_phrase_after_a_determiner_is_still_a_name():
    assert programme_names("정부는 대규모 해양 데이터 기금을 조성했다.") == ["해양 데이터 기금"]
    assert programme_names("정부는 15대 해양 AI 선도 프로젝트를 선정했다.") == ["15대 해양 AI 선도 프로젝트"]


def test_a_solution_is_not_a_law_but_a_bracketed_rule_is():
    found = [m.actor.name for m in find_candidates("정부는 ‘북방의 해법’을 제시하고 「해양 데이터 관리방법」을 시행했다.", [])]
    assert found == ["해양 데이터 관리방법"]


# -- Latin names -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "fragment"), [
    ("협의회는 Harbor Data & Maritime Robotics Board를 설립했다.", "Maritime Robotics Board"),
    ("장관은 해양 서밋(Winning the Ocean Robotics Summit)에서 계획을 발표했다.", "Ocean Robotics Summit"),
    ("해양 연구센터(Centre for Ocean Standards and Robotics)가 참여했다.", "Robotics"),
])
def test_the_tail_of_a_longer_latin_name_is_no_name(text, fragment):
    assert fragment not in [m.actor.name for m in find_candidates(text, [])]


# -- partnerships ----------------------------------------------------------------------------

def test_a_partnership_between_two_named_holds_between_them(loader, tmp_path):
    text = "한편 엔비디아는 칩을 공급한다.\n또한 네이버와 카카오 간 파트너십을 확대하고 있다.\n"
    assert partners(loader, tmp_path, text) == {frozenset(("Naver", "Kakao"))}


@pytest.mark.parametrize("text", [
    "한편, 네이버, 카카오는 해외 매출 비중이 높으며, 국내 기업은 상호 협력 중심의 구조를 보인다.\n",  # a clause apart
    "네이버와 카카오는 국내 기업으로서 AI 협력에서도 영향력을 키우고 있다.\n",                        # a field
    "카카오가 네이버와의 협력 비중이 상대적으로 높다.\n",                                               # a measure
    "네이버와 카카오는 해외에 데이터센터를 지어 상대국과 협력하고 있다.\n",                              # unnamed partner
    "네이버는 카카오와 우호적 관계뿐만 아니라 동남아 기업과의 협력을 강화하고 있다.\n",                  # nearest partner unnamed
])
def test_names_near_a_partnership_word_are_not_partners_unless_it_governs_them(loader, tmp_path, text):
    assert partners(loader, tmp_path, text) == set()


def test_partners_named_with_a_partnership_word_still_partner(loader, tmp_path):
    assert partners(loader, tmp_path, "네이버와 카카오가 AI 플랫폼 구축을 위해 전략적 협력을 맺었다.\n") == {
        frozenset(("Naver", "Kakao"))}


def test_a_quoted_term_heads_no_list_of_organisations():
    text = "목표는 ‘Harbor’, 둘째, 동반국 및 유사한 파트너와 협력하는 것이다."
    assert list_companions(text, find_candidates(text, [])) == []


# -- names inside words, clauses, regulators -------------------------------------------------

def test_a_korean_name_does_not_end_inside_a_longer_word():
    from loaders.gazetteer import default_gazetteer
    from loaders.mentions import find_mentions
    found = [m.actor.name for m in find_mentions("정부는 규제 인텔리전스 체계를 도입했고 인텔은 칩을 공급했다.", default_gazetteer())]
    assert found == ["Intel"]


def test_a_name_before_the_copula_is_a_name():
    from loaders.gazetteer import default_gazetteer
    from loaders.mentions import find_mentions
    found = [(m.actor.name, m.particle) for m in find_mentions("주관기관은 카카오다. 첫 투자자는 인텔이었다.", default_gazetteer())]
    assert found == [("Kakao", "다"), ("Intel", "이었다")]


def test_a_clause_ends_at_a_footnote_after_its_comma(loader, tmp_path):
    text = "해양국 정부는 해양 플랫폼(Ocean Data Grid)을 도입해 연계를 추진하였으며,12) 이를 통해 전반의 규제와 정책 체계를 개선했다.\n"
    assert not [f for f in facts(loader, tmp_path, text) if f[1] == "REGULATES"]


def test_a_government_does_not_regulate_its_own_agencies(loader, tmp_path):
    text = "우리나라는 개인정보보호위원회, 공정거래위원회 등 여러 기관이 AI 규제를 담당하고 있다.\n"
    assert not [f for f in facts(loader, tmp_path, text) if f[1] == "REGULATES"]


# -- whose act ------------------------------------------------------------------------------

def test_a_possessive_before_a_case_marked_name_is_its_owner_not_the_agent(loader, tmp_path):
    text = "한빛랩스는 일본 디지털청의 가온 이니셔티브에 참여해 자원을 제공받고 있다.\n"
    found = {f for f in facts(loader, tmp_path, text) if f[1] == "PARTICIPATES_IN"}
    assert ("Digital Agency of Japan", "PARTICIPATES_IN", "가온 이니셔티브") not in found


def test_a_target_with_a_verb_of_its_own_is_not_the_cues(loader, tmp_path):
    text = "화웨이는 엔비디아의 CUDA에 대응하는 자체 프레임워크인 ‘가온 엔진’을 개발하고 있다.\n"
    found = {f for f in facts(loader, tmp_path, text) if f[1] == "DEVELOPS"}
    assert ("Huawei", "DEVELOPS", "CUDA") not in found
    assert not {f for f in found if f[0] == "NVIDIA" and f[2] != "CUDA"}  # "엔비디아의 CUDA" is NVIDIA's


def test_a_report_is_not_a_programme(loader, tmp_path):
    text = "2025년 3월, 김하늘 교수가 공동 발표한 보고서 「Harbor Compute Strategy」에서는 억지를 제안했다.\n"
    assert not [f for f in facts(loader, tmp_path, text) if f[1] == "LAUNCHED"]


# -- words that look like acts of the names near them ----------------------------------------

def test_allies_named_with_a_country_are_no_partnership(loader, tmp_path):
    text = ("업스테이지는 서울에 본사를 둔 스타트업이다. 이 회사는 2020년에 설립되었다. "
            "또한 한국과 동맹국이 직면할 과제를 연구한다.\n")
    assert partners(loader, tmp_path, text) == set()


def test_an_act_urged_on_others_is_not_the_subjects(loader, tmp_path):
    urged = "미국은 이에 대응하여 삼성전자에 대한 수출 통제를 강화하도록 압박해 왔다.\n"
    assert not [f for f in facts(loader, tmp_path, urged) if f[1] == "REGULATES"]
    done = "미국은 삼성전자에 대한 수출 통제를 강화했다.\n"
    assert ("United States government", "REGULATES", "Samsung Electronics") in facts(loader, tmp_path, done)


def test_a_clause_given_as_an_example_of_a_policy_is_not_done_to_it(loader, tmp_path):
    text = "정부는 최근 특화 모델 개발을 지원하는 등 해양 AI 지원정책을 발표하고 있다.\n"
    assert not [f for f in facts(loader, tmp_path, text) if f[1] == "FUNDS"]
    relative = "정부가 지원하는 해양 AI 지원정책에 가온랩스가 참여했다.\n"
    assert ("Government of Korea", "FUNDS", "해양 AI 지원정책") in facts(loader, tmp_path, relative)


def test_a_name_beginning_with_a_number_is_read_whole(loader, tmp_path):
    text = ("가온랩스는 2억 달러 규모의 시리즈 A 투자를 유치하였다. 시리즈 A 라운드는 Kerlan Ventures가 "
            "주도했으며, Translink Capital, 500 Global, 엔비디아가 참여했다.\n")
    investors = {s for s, t, _o in facts(loader, tmp_path, text) if t == "INVESTED_IN"}
    assert "500 Global" in investors and "Global" not in investors


def test_investors_joining_the_same_round_invest_in_its_owner_not_in_the_topic(loader, tmp_path):
    text = ("Kerlan Ventures는 2026년 2월 업스테이지의 시리즈 B 라운드에 120억 엔을 출자하였으며, "
            "같은 라운드에 Stahlgrau Capital도 참여함.\n")
    found = {f for f in facts(loader, tmp_path, text) if f[1] == "INVESTED_IN"}
    assert ("Stahlgrau Capital", "INVESTED_IN", "Upstage") in found
    assert ("Stahlgrau Capital", "INVESTED_IN", "Kerlan Ventures") not in found


# -- English: kickers, described objects, choosers -------------------------------------------

def test_a_kicker_in_capitals_is_no_company(loader, tmp_path):
    text = ("TOP STORY: Kestrel Forge raises $40m and buys its way into testing\n"
            "Kestrel Forge, a Danish start-up, said on Monday it had raised $40 million.\n"
            "The company was founded in 2021 by Amara Lindqvist and Jonas Berg, who met in Aarhus.\n")
    found = facts(loader, tmp_path, text)
    assert not [f for f in found if "TOP STORY" in (f[0], f[2])]
    assert ("Amara Lindqvist", "FOUNDED", "Kestrel Forge") in found


def test_a_described_object_keeps_the_names_after_it_from_being_the_object(loader, tmp_path):
    text = ("Orvane, a French start-up, has raised a seed round. Lina Moreau-Dahl, its chief executive, "
            "co-founded the company in Toulouse in 2024 with the roboticist Matteo Sanvito.\n")
    assert not [f for f in facts(loader, tmp_path, text) if f[1] == "FOUNDED" and f[2] in ("Toulouse", "Matteo Sanvito")]
    named = "Vantor Systems acquired the Danish chipmaker Arvolt in May.\n"
    assert ("Vantor Systems", "ACQUIRED", "Arvolt") in facts(loader, tmp_path, named)


def test_who_names_the_participants_of_a_programme_is_not_one(loader, tmp_path):
    text = "Norway's Ministry of Digitalisation has named the first six participants in the Fjord Compute Programme.\n"
    assert not [f for f in facts(loader, tmp_path, text) if f[1] == "PARTICIPATES_IN"]
    joined = "Kestrel Forge joined the Fjord Compute Programme in May.\n"
    assert ("Kestrel Forge", "PARTICIPATES_IN", "Fjord Compute Programme") in facts(loader, tmp_path, joined)
    named = "Kestrel Forge was named a participant in the Fjord Compute Programme.\n"
    assert ("Kestrel Forge", "PARTICIPATES_IN", "Fjord Compute Programme") in facts(loader, tmp_path, named)


# -- names shortened or glossed --------------------------------------------------------------

def test_a_programme_shortened_to_its_first_word_is_the_one_just_named(loader, tmp_path):
    text = ("EU의 Horizon Europe 프로그램은 해양 분야의 공동 연구를 지원하고 있다. "
            "업스테이지는 Horizon 프로그램에 참여하고 있다.\n")
    found = {f for f in facts(loader, tmp_path, text) if f[1] == "PARTICIPATES_IN"}
    assert found == {("Upstage", "PARTICIPATES_IN", "Horizon Europe")}


def test_a_programme_title_with_an_inner_gloss_is_also_known_without_it():
    found = find_candidates("해양부는 2026년 1월 ‘가온(嘉溫) 계산기반 프로젝트’를 출범시켰다.", [])
    programme = next(m.actor for m in found if m.actor.type == "Program")
    assert programme.name == "가온(嘉溫) 계산기반 프로젝트"
    assert "가온 계산기반 프로젝트" in programme.aliases


# -- reported by others, and acts of the noun a clause describes ----------------------------

@pytest.mark.parametrize("text", [
    "Vantor Systems declined to comment on reports that it was also in talks to acquire Arvolt Robotics.\n",
    "Vantor Systems is reportedly in talks to buy Arvolt Robotics.\n",
])
def test_a_reported_deal_is_no_deal(loader, tmp_path, text):
    assert not [f for f in facts(loader, tmp_path, text) if f[1] == "ACQUIRED"]


def test_a_stated_agreement_to_buy_is_still_read(loader, tmp_path):
    text = "Vantor Systems agreed to buy Arvolt Robotics for $30 million.\n"
    assert ("Vantor Systems", "ACQUIRED", "Arvolt Robotics") in facts(loader, tmp_path, text)


def test_the_subject_of_a_clause_describing_a_participant_is_not_one(loader, tmp_path):
    text = ("싱가포르 벤처캐피털 해온캐피털은 의료 AI 기업 업스테이지에 850만 달러를 투자했다고 밝혔다. "
            "이번 투자에는 한국벤처투자가 조성한 ‘K-해양 성장펀드’도 함께 참여했다.\n")
    assert not [f for f in facts(loader, tmp_path, text) if f[0] == "Korea Venture Investment Corp." and f[1] == "INVESTED_IN"]
    led = "업스테이지는 시리즈 A 투자를 유치하였다. 이번 라운드에는 Kerlan Ventures가 주도한 컨소시엄과 Stahlgrau Capital이 참여했다.\n"
    assert ("Kerlan Ventures", "INVESTED_IN", "Upstage") in facts(loader, tmp_path, led)


# -- precision3: descriptions, pairs, roles and relative clauses -----------------------------

@pytest.mark.parametrize("text", [
    "정부는 10개 해양 데이터 클러스터 조성을 추진 중이다.",             # counted: several of a kind
    "해양청은 기존 해양 출자 사업을 확대 개편했다.",                    # the existing one, described
    "북방국은 수출 중심 해양 AI 확산 전략을 추진하고 있다.",            # characterised by what it centres on
    "정부는 실시간 관측 및 해양 데이터 시범사업을 추진한다.",           # second half of a coordination
    "가온은 해양청이 추진하는 해양 AI 역량 강화를 위한 핵심 국가 프로그램이다.",  # said of the subject
    "3. 북방국: 펀드 오브 펀드 방식의 간접 투자",                      # a way of investing
])
def test_a_described_kind_of_programme_is_no_programme_name(text):
    assert programme_names(text) == []


def test_a_partnership_title_is_a_programme_not_an_investor():
    from loaders.discovery import guess_type
    assert guess_type("Noeul AI Partnership")[0] == "Program"
    assert guess_type("Noeul Partners")[0] == "Investor"


def test_industry_after_a_descriptor_is_no_name():
    assert find_candidates("다만 북방 스타트업 업계에서는 지급 지연이 지적되고 있다.", []) == []


def test_a_subject_after_an_adverbial_cue_is_the_clauses_own(loader, tmp_path):
    # The section's country launches nothing: the clause names who acts, after "통해".
    text = "3. 카타르: 간접 투자\n이 프로그램을 통해 해온투자청은 해외 운용사의 펀드에 1억 달러를 출자하였다.\n"
    assert not [f for f in facts(loader, tmp_path, text) if f[1] == "LAUNCHED"]
    text = "‘해온 가속 챌린지’를 통해 일본 정부는 해양 스타트업에 GPU를 지원하고 있다.\n"
    assert ("Japanese government", "LAUNCHED", "해온 가속 챌린지") in facts(loader, tmp_path, text)


def test_a_glossed_subject_is_a_subject_and_keeps_the_topic_out(loader, tmp_path):
    # No topic in the sentence between: the passage's company is the one that could be dropped.
    text = ("가온랩스는 해양 AI 모델을 공개했다. 출시 일정은 미정이다. 해담그룹의 AI 자회사 해담 인텔리(Haedam Intelli gence)는 "
            "메타와 합작법인 설립 계약을 체결했다.\n")
    assert not [f for f in facts(loader, tmp_path, text) if f[1] == "PARTNERS_WITH" and "가온랩스" in f]


def test_both_companies_after_a_sentence_of_three_are_not_an_older_pair(loader, tmp_path):
    text = ("해온인베스트먼트는 해온금융지주의 자회사로, 2019년 설립됐다. "
            "AI 인프라 기업 가온넷은 싱가포르 투자사 노을파트너스와 손잡고 합작법인 '가온아시아'를 설립했다. "
            "양사는 합작법인에 총 1억 달러를 투입할 예정이다.\n")
    assert not [f for f in facts(loader, tmp_path, text) if f[1] == "PARTNERS_WITH" and "해온금융지주" in f]


def test_institutions_taking_part_in_a_project_are_not_partners_of_each_other(loader, tmp_path):
    text = "카카오와 네이버가 실증용 데이터센터를 제공하는 협력기관으로 참여한다.\n"
    assert not partners(loader, tmp_path, text)


def test_the_subject_of_a_relative_clause_does_not_own_the_model(loader, tmp_path):
    text = ("해양 AI 스타트업 노을랩스는 2023년 김하늘(Haneul Kim)과 이바다(Bada Lee)가 공동 창업한 기업으로, "
            "자체 음성 모델 '노을-2(Noeul-2)'를 개발하고 있다.\n")
    developed = {(s, o) for s, t, o in facts(loader, tmp_path, text) if t == "DEVELOPS"}
    assert developed == {("노을랩스", "노을-2")}  # the model by its title, its spelling an alias


# -- precision4: descriptions, kinds and places read as names -----------------------------------

def test_a_plan_for_a_world_region_is_no_programme():
    assert programme_names("노을칩스는 투자를 유치하며 동남아 AI 데이터센터 전략에 참여하고 있다.") == []
    assert programme_names("해양부는 동해 AI 인프라 구축 계획을 발표했다.") == ["동해 AI 인프라 구축 계획"]


def test_letters_glossing_a_kind_of_body_found_nothing(loader, tmp_path):
    text = "SK텔레콤은 KT와 공동으로 특수목적법인(SPV)을 설립하여 GPU를 운영할 예정이다.\n"
    assert not [f for f in facts(loader, tmp_path, text) if f[2] == "SPV"]
    text = "SK텔레콤은 노을데이터(NDX)를 설립하여 GPU를 운영할 예정이다.\n"
    assert ("SK Telecom", "FOUNDED", "NDX") in facts(loader, tmp_path, text)


def test_a_country_ending_a_glossed_company_name_is_the_company(loader, tmp_path):
    text = ("가온펀드(Gaon Fund)는 2026년 2월 바루 인도네시아(Baru Indonesia)와 함께 합작법인 노을 컴퓨트(Noeul Compute)를 "
            "설립했다.\n")
    found = facts(loader, tmp_path, text)
    assert not [f for f in found if f[0] == "Indonesian government"]
    assert ("Baru Indonesia", "FOUNDED", "노을 컴퓨트") in found


def test_investors_of_this_round_invested_in_whom_the_money_went_to(loader, tmp_path):
    text = ("○ 카카오는 2025년 9월 부산의 해양 AI 스타트업 노을랩스(Noeul Labs)에 4천만 달러를 출자하고 지분 30%를 확보함\n"
            "  - 노을랩스는 2023년 김바다(Bada Kim)가 창업한 기업으로, 자체 음성 모델을 개발하고 있음\n"
            "  - 이 라운드에는 투자사 가온캐피털(Gaon Capital)도 참여하였으며, 총 조달액은 7천만 달러에 달함\n")
    invested = {(s, o) for s, t, o in facts(loader, tmp_path, text) if t == "INVESTED_IN"}
    assert ("가온캐피털", "노을랩스") in invested
    assert ("가온캐피털", "Kakao") not in invested


def test_a_nationality_before_a_kind_of_companies_names_no_company(loader, tmp_path):
    text = ("Tidewell Capital led the round. Tidewell Capital is the venture arm of Marrow Group plc and invests in "
            "German B2B software and AI companies.\n")
    assert not [f for f in facts(loader, tmp_path, text) if "German B2B" in f]


def test_this_body_is_the_unit_set_up_just_before_not_the_government(loader, tmp_path):
    text = ("영국 정부는 과학혁신기술부 산하에 Ocean AI Unit을 신설하여 해양 AI 생태계 조성을 추진하고 있다. "
            "이 조직은 자국 기업 투자, 데이터 개방과 글로벌 AI 기업과의 협력을 핵심 축으로 운영된다. "
            "또한 Tidewater Data Trust와 협력하여 고품질 데이터셋을 기업에게 제공하는 정책을 운영하고 있다.\n")
    assert partners(loader, tmp_path, text) == {frozenset(("Ocean AI Unit", "Tidewater Data Trust"))}


def test_a_phrase_called_a_field_is_that_field_wherever_it_recurs():
    text = "(해양 클러스터 분야) 해양부는 가온, 노을 2개사를 선정하여 대규모 해양 클러스터 구축을 지원한다."
    assert programme_names(text) == []
    assert programme_names(text.split(") ")[1]) == ["해양 클러스터"]


def test_a_company_announcing_a_build_plan_launches_no_programme(loader, tmp_path):
    text = "카카오는 2025년 7월 최대 10만 개 GPU를 수용할 수 있는 해저 데이터센터 구축 계획을 발표했다.\n"
    assert not [f for f in facts(loader, tmp_path, text) if f[1] == "LAUNCHED"]
    text = "정부는 2025년 7월 최대 10만 개 GPU를 수용할 수 있는 해저 데이터센터 구축 계획을 발표했다.\n"
    assert ("Government of Korea", "LAUNCHED", "해저 데이터센터 구축 계획") in facts(loader, tmp_path, text)
    text = "카카오는 2025년 7월 ‘카나로’ 구축 계획을 발표했다.\n"
    assert [f for f in facts(loader, tmp_path, text) if f[1] == "LAUNCHED"]


def test_each_recipients_cap_is_not_the_programmes_size(loader, tmp_path):
    text = "과학기술정보통신부는 2025년 6월 「바다 스케일업 그랜트」를 출범하고, 선정 기업당 최대 300만 달러를 3년에 걸쳐 지원하기로 함\n"
    funded = relationships(loader, tmp_path, text)
    assert funded and all("amount" not in props for (s, t, o), props in funded.items() if o == "바다 스케일업 그랜트")
