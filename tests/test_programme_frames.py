"""Who launches a programme when the sentence does not say: the section's country, the
passage's topic. Each case is an invented sentence run through the whole document loader."""

from __future__ import annotations

from pathlib import Path

from tests.reading import facts


def launched(got: set[tuple[str, str, str]]) -> set[tuple[str, str]]:
    return {(s, o) for s, rel, o in got if rel == "LAUNCHED"}


def test_a_heading_naming_a_country_makes_its_government_the_agent_of_unstated_launches(loader, tmp_path: Path):
    got = facts(loader, tmp_path,
                "서론\n\n3. 캐나다의 AI 정책 동향\n\n"
                "이러한 흐름은 2024년 3월 제정된 「디지털 신뢰법」을 통해 구체화되었다.\n\n"
                "연구 분야에서는 2026년 발족 예정인 북극광 이니셔티브를 통해 데이터 자원을 통합할 계획이다.\n")
    assert {("Canadian government", "디지털 신뢰법"), ("Canadian government", "북극광 이니셔티브")} <= launched(got)


def test_a_section_ends_at_a_heading_of_its_level_that_names_no_country(loader, tmp_path: Path):
    got = facts(loader, tmp_path,
                "서론\n\n3. 캐나다의 AI 정책 동향\n\n4. 종합 시사점\n\n"
                "2025년 발표된 「공동 연구 헌장」은 협력의 틀을 제시하였다.\n")
    assert not any(s == "Canadian government" for s, _ in launched(got))


def test_a_country_named_late_in_a_numbered_line_opens_no_section(loader, tmp_path: Path):
    got = facts(loader, tmp_path,
                "2) 논쟁이 있을 수 있으나 본 연구는 대략 미국의 수출 통제가 시작된 시점부터 보았다.\n\n"
                "2025년 발표된 「공동 연구 헌장」은 협력의 틀을 제시하였다.\n")
    assert not any(s == "United States government" for s, _ in launched(got))


def test_the_passage_topic_launches_what_a_place_topicalised_clause_starts(loader, tmp_path: Path):
    got = facts(loader, tmp_path,
                "캐나다 정부는 AI 인재 정책을 강화하고 있다. 공공 부문에서는 2025~29년 동안 추진되는 "
                "오로라 프로젝트를 통해 행정 효율을 높인다.\n")
    assert ("Canadian government", "오로라 프로젝트") in launched(got)


def test_what_is_set_up_takes_the_object_particle_not_the_place(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "캐나다 정부는 지난해 벡터 연구소에 새 AI 안전 연구단을 신설하였다.\n")
    assert not any(o == "Vector Institute" for _, rel, o in got if rel in ("FOUNDED", "LAUNCHED"))


def test_a_person_named_as_an_organisations_officer_announces_for_it(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "NVIDIA의 CEO 젠슨 황은 10만 개 규모의 ‘알프스 컴퓨트’ 구축 계획을 발표했다.\n")
    assert ("NVIDIA", "알프스 컴퓨트 구축 계획") in launched(got)
    assert not any(s == "Jensen Huang" for s, _ in launched(got))


def test_a_head_of_state_launches_in_person(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "박정우 대통령은 2025년 3월 ‘디지털 주권 행동계획’을 발표하였다.\n")
    assert any(s == "박정우" and o.startswith("디지털 주권 행동계획") for s, o in launched(got))


def test_the_country_named_on_a_programme_said_to_be_announced_launched_it(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "일본 정부는 AI 연구 지원을 확대하고 있다. 2024년 5월 발표된 캐나다 AI 안전 행동계획은 "
                                  "연구 지원 조치를 제시했다.\n")
    assert any(s == "Canadian government" and "행동계획" in o for s, o in launched(got))
    assert not any(s == "Japanese government" and "행동계획" in o for s, o in launched(got))


def test_a_model_called_the_companys_own_is_developed_by_the_passages_company(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "Mistral AI는 유럽 시장을 넓히고 있다. 이를 바탕으로 자사 AI 모델 ‘Mistral Large’의 "
                                  "성능을 높이고 있다.\n")
    assert ("Mistral AI", "DEVELOPS", "Mistral Large") in got


def test_a_programme_word_after_an_adjective_or_등_describes_a_kind_and_names_no_programme(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "캐나다 정부는 보다 구체적인 청년 창업 육성 정책을 발표했다.\n")
    assert not any("정책" in o for _, o in launched(got))
    got = facts(loader, tmp_path, "캐나다 정부는 AI 모델 개발을 지원하는 등 청년 창업 육성 정책을 발표했다.\n")
    assert not any("정책" in o for _, o in launched(got))
    got = facts(loader, tmp_path, "캐나다 정부는 청년 창업 육성 정책을 발표했다.\n")
    assert ("Canadian government", "청년 창업 육성 정책") in launched(got)


def test_a_list_the_text_calls_models_is_no_programme_a_government_launched(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "캐나다는 ‘메이플 프로젝트’와 ‘오로라 이니셔티브’ 등 불어 특화 모델을 통해 자국어 AI를 키우고 있다.\n")
    assert not launched(got)
    got = facts(loader, tmp_path, "캐나다는 ‘메이플 펀드’와 ‘오로라 이니셔티브’ 등을 통해 자국어 AI를 키우고 있다.\n")
    assert ("Canadian government", "오로라 이니셔티브") in launched(got)


def test_a_name_made_or_shown_is_a_model(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "Mistral AI는 2025년 Corvina Vision을 개발했다.\n\n삼성전자는 휴머노이드 ‘K7’을 선보였다.\n")
    assert ("Mistral AI", "DEVELOPS", "Corvina Vision") in got
    assert any(rel == "DEVELOPS" and o == "K7" for _, rel, o in got)


def test_a_verbs_adnominal_ending_is_no_subject_that_would_keep_the_passages_topic_out(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "캐나다 정부는 역내 연구를 키우고 있다. 또한 연산 역량을 3배로 늘리는 것을 목표로 하는 "
                                  "「북극 데이터법」을 추진하여 기반을 확보하고자 한다.\n")
    assert ("Canadian government", "북극 데이터법") in launched(got)


def test_places_designated_as_a_programme_make_the_designator_its_launcher(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "캐나다 정부는 토론토 등 3곳을 양자 특구로 지정하였다.\n")
    assert ("Canadian government", "양자 특구") in launched(got)


def test_starting_work_on_a_project_takes_it_with_에(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "캐나다 정부는 2025년 3월 북극 AI 인프라 프로젝트에 착수하였다.\n")
    assert ("Canadian government", "북극 AI 인프라 프로젝트") in launched(got)


def test_a_topic_pointing_back_with_해당_leaves_the_act_to_the_passages_government(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "캐나다 정부는 50개의 국정과제를 발표하였다. 해당 과제는 ‘AI 강국 도약 전략’을 제시하며 "
                                  "목표를 밝혔다.\n")
    assert ("Canadian government", "AI 강국 도약 전략") in launched(got)


def test_a_superlative_or_a_size_describes_a_site_and_names_no_programme(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "캐나다 정부는 토론토 인근에 북미 최대 규모 AI 캠퍼스를 설립할 계획이다.\n")
    assert not launched(got)


def test_a_quoted_title_with_a_version_after_its_head_is_a_programme(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "과학기술정보통신부가 발표한 ‘교육 현장 AI 활용 지침 3.0’을 근거로 학교들이 AI를 쓴다.\n")
    assert ("Ministry of Science and ICT", "교육 현장 AI 활용 지침 3.0") in launched(got)


def test_an_owner_develops_every_model_listed_after_it(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "NVIDIA의 고성능 AI 칩 H100, A100 공급이 늘었다.\n\n"
                                  "Mistral AI LLM 모델 Corvina를 공개한 것이 계기였다.\n")
    assert {("NVIDIA", "DEVELOPS", "H100"), ("NVIDIA", "DEVELOPS", "A100"), ("Mistral AI", "DEVELOPS", "Corvina")} <= got


def test_a_sentence_with_its_own_subject_word_keeps_the_passages_company_out(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "Mistral AI는 유럽 시장을 넓히고 있다. 대표단은 정상회의에서 협력을 언급하며, 국내 기업에 "
                                  "투자하는 ‘북해 AI 동반성장 펀드’ 조성 계획을 발표하였다. 협력사는 자사 모델 ‘Corvina’를 "
                                  "공개했다.\n")
    assert not any(s == "Mistral AI" for s, _, _ in got)


def test_the_subject_of_the_clause_before_sets_up_the_programme_the_sentence_is_about(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "한빛 성장 펀드는 2020년 삼성전자와 Naver가 1천억 원을 출자하여 조성하였으며, 유망 기업에 "
                                  "투자해 왔다.\n")
    assert {("Samsung Electronics", "한빛 성장 펀드"), ("Naver", "한빛 성장 펀드")} <= launched(got)


def test_programmes_listed_before_같은_take_the_role_of_the_noun_after_it(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "캐나다는 「북극 데이터법」과 「오로라 전략(Aurora)」 같은 정책을 통해 자립을 강조하고 있다.\n")
    assert {("Canadian government", "북극 데이터법"), ("Canadian government", "오로라 전략")} <= launched(got)


def test_a_latin_name_a_government_sets_up_is_a_programme_even_in_a_clause_ending_in_해(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "캐나다 정부는 인재 정책을 강화하고 있다. 또한 이동 지원 체계인 Northern Talent Bridge를 "
                                  "마련해 인재 이동을 촉진하고 있다.\n")
    assert ("Canadian government", "Northern Talent Bridge") in launched(got)


def test_starting_a_programme_launches_it_and_starting_anything_else_states_nothing(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "과학기술정보통신부가 올해 새로 시작한 ‘해양 AI 실증 프로젝트’는 3년간 진행된다.\n\n"
                                  "Naver는 2024년 일본 진출을 시작했다.\n")
    assert launched(got) == {("Ministry of Science and ICT", "해양 AI 실증 프로젝트")}


def test_a_challenge_is_a_programme_a_government_launches(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "캐나다 정부는 2025년 「북극 파운데이션 모델 챌린지」를 출범시키고 심사를 시작했다.\n")
    assert ("Canadian government", "북극 파운데이션 모델 챌린지") in launched(got)


def test_the_company_a_report_calls_회사_releases_a_model_marked_도(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "Mistral AI는 2025년 매출이 두 배로 늘었다고 밝혔다. 회사는 이날 차세대 모델 ‘Corvina 2’도 "
                                  "공개했다.\n")
    assert ("Mistral AI", "DEVELOPS", "Corvina 2") in got


def test_developing_jointly_makes_both_partners_developers(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "Mistral AI는 Naver와 법률 검색 모델 ‘Lexa’를 공동 개발하고 있다.\n")
    assert {("Mistral AI", "DEVELOPS", "Lexa"), ("Naver", "DEVELOPS", "Lexa")} <= got
    assert any(rel == "PARTNERS_WITH" for _, rel, _ in got)


def test_a_quoted_model_said_to_be_a_companys_is_found_without_a_cue_word(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "새 데이터셋 200만 장은 Mistral AI의 차세대 모델 '미르-4' 학습에 투입된다.\n")
    assert ("Mistral AI", "DEVELOPS", "미르-4") in got


def test_a_relative_clause_leads_over_a_description_ending_in_인_to_the_programme(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "박정우 대통령이 2023년 제시한 청정 기술, 고효율 중심의 새로운 산업 정책인 ‘녹색 성장’ 전략의 "
                                  "일환으로 정부는 투자를 늘렸다.\n")
    assert any(s == "박정우" and "녹색 성장" in o for s, o in launched(got))


def test_an_initiative_named_only_by_generic_words_is_no_programme(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "캐나다 정부는 국제협력을 통한 글로벌 AI 이니셔티브를 추진한다.\n\n"
                                  "캐나다 정부는 오로라 AI 이니셔티브를 추진한다.\n")
    assert launched(got) == {("Canadian government", "오로라 AI 이니셔티브")}


def test_pursuing_an_investment_in_a_project_does_not_launch_the_project(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "캐나다 정부는 총 100억 달러 규모의 북극 데이터 프로젝트 투자를 추진하고 있다.\n")
    assert not launched(got)


def test_each_subject_develops_the_model_after_it_when_the_verb_is_said_once(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "Mistral AI는 번역 모델 ‘Lumo’를, Naver는 음성 모델 ‘Sori’를 각각 개발 중이다.\n")
    developed = {(s, o) for s, rel, o in got if rel == "DEVELOPS"}
    assert developed == {("Mistral AI", "Lumo"), ("Naver", "Sori")}


def test_a_companys_flagship_or_approved_product_is_its_model(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "Naver는 2022년 설립된 회사다. 검색 엔진 ‘누리’가 주력 제품이다.\n\n"
                                  "Mistral AI는 박정우 대표가 2023년 설립했으며, 판독 보조 소프트웨어 ‘Lumo’로 식약처 허가를 "
                                  "받았다.\n")
    assert {("Naver", "DEVELOPS", "누리"), ("Mistral AI", "DEVELOPS", "Lumo")} <= got


def test_amending_a_laws_decree_launches_nothing(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "경제산업성은 2026년 2월 「북극 자원법」 시행령을 개정해 수출을 허가제로 전환하였다.\n")
    assert not launched(got)


def test_a_clause_runs_into_a_quoted_title_whose_gloss_is_a_known_name(loader, tmp_path: Path):
    got = facts(loader, tmp_path,
                "서론\n\n7. 아랍에미리트의 AI 정책 동향\n\n"
                "2019년 3월에 시작된 「국가 전략(UAE National Strategy for AI 2031)」은 산업 전환을 목표로 한다.\n")
    assert ("UAE government", "UAE National Strategy for AI 2031") in launched(got)


def test_a_programme_being_pursued_or_due_is_the_sections_governments(loader, tmp_path: Path):
    got = facts(loader, tmp_path,
                "서론\n\n3. 캐나다의 AI 정책 동향\n\n"
                "2026년 시행 예정인 「합성 콘텐츠 표시 지침」은 투명성 강화를 위한 이행 규제로 연계된다.\n")
    assert ("Canadian government", "합성 콘텐츠 표시 지침") in launched(got)


def test_the_subject_of_an_example_leaves_the_passages_government_as_the_agent(loader, tmp_path: Path):
    got = facts(loader, tmp_path,
                "캐나다 정부는 데이터 인프라를 확충하고 있다. 대표적인 사례가 바로 2023년부터 추진 중인 "
                "‘북극광(北極光)’ 프로젝트다.\n")
    assert any(s == "Canadian government" and "북극광" in o for s, o in launched(got)), got


def founded(got: set[tuple[str, str, str]]) -> set[tuple[str, str]]:
    return {(s, o) for s, rel, o in got if rel == "FOUNDED"}


def test_a_team_set_up_inside_a_company_is_founded_by_it(loader, tmp_path: Path):
    got = facts(loader, tmp_path,
                "네이버 데이터본부 내 공간 지능 팀 신설 (2025년)\n\n"
                "업계에서는 특히 카카오의 Deep Reasoning 팀 출범 이후 인재 경쟁이 거세졌다.\n")
    assert {("Naver", "공간 지능 팀"), ("Kakao", "Deep Reasoning 팀")} <= founded(got), got


def test_a_centre_newly_set_up_is_a_unit_and_not_a_launched_programme(loader, tmp_path: Path):
    got = facts(loader, tmp_path,
                "2025년 3월 한국지능정보사회진흥원(NIA)은 지역 디지털 격차를 줄이기 위해 ‘지역AI확산지원센터’를 "
                "신설하며 조직을 개편하였다.\n")
    assert any(o == "지역AI확산지원센터" for _, o in founded(got)), got
    assert not any(o == "지역AI확산지원센터" for _, o in launched(got))


def test_a_centre_that_is_built_stays_a_launched_project(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "캐나다 정부는 2026년까지 ‘북부 AI 연산센터’를 설립한다고 발표하였다.\n")
    assert not any("연산센터" in o for _, o in founded(got)), got


def test_a_companys_unnamed_plan_is_no_programme_it_launched(loader, tmp_path: Path):
    got = facts(loader, tmp_path,
                "카카오는 2025년 5월 최대 10만 개 GPU를 수용할 수 있는 초대형 데이터센터 구축 계획을 발표했다.\n\n"
                "네이버는 2025년 6월 ‘하늘숲2’ 구축 계획을 발표했다.\n")
    assert not any(s == "Kakao" for s, _ in launched(got)), got
    assert any(s == "Naver" and "하늘숲2" in o for s, o in launched(got)), got


def test_the_content_of_a_plan_is_no_act_of_the_passages_government(loader, tmp_path: Path):
    got = facts(loader, tmp_path,
                "캐나다 정부는 새 AI 비전을 공개하였다. 주요 내용은 연산 자원을 늘리는 것이다. 구체적으로는 "
                "북부 데이터 허브를 확충하고 ‘오로라 연산센터’를 설립한다는 내용이다.\n")
    assert not any("오로라" in o for _, o in launched(got)), got


def test_a_tables_caption_says_whose_bare_names_its_rows_use(loader, tmp_path: Path):
    got = facts(loader, tmp_path,
                "서론\n\n[ 중국의 주요 AI 교육 정책 ]\n\n제도 특징\n\n"
                "교육부는 AI 교과서와 교사 연수를 포함한 통합형 디지털 교육 지침을 발표\n")
    assert ("Ministry of Education of China", "통합형 디지털 교육 지침") in launched(got), got


def test_a_caption_makes_its_country_no_agent_of_unstated_launches(loader, tmp_path: Path):
    got = facts(loader, tmp_path,
                "서론\n\n[ 캐나다의 주요 AI 정책 ]\n\n제도 특징\n\n"
                "이러한 흐름은 2024년 3월 제정된 「디지털 신뢰법」을 통해 구체화되었다.\n")
    assert not any(s == "Canadian government" for s, _ in launched(got)), got


def test_the_name_a_list_of_ministries_is_said_to_include_launches_with_them(loader, tmp_path: Path):
    got = facts(loader, tmp_path,
                "또한 2025년 국가발전개혁위원회를 비롯한 12개 부처는 ‘산업 Y’ 3개년 행동계획(2025~2027년)을 발표하였다.\n")
    assert any(s == "National Development and Reform Commission" and "산업 Y" in o for s, o in launched(got)), got


def test_unnamed_ministries_acting_in_a_countrys_section_are_its_government(loader, tmp_path: Path):
    got = facts(loader, tmp_path,
                "서론\n\n3. 캐나다의 AI 정책 동향\n\n"
                "이후 2022년 5월 연방 3개 부처가 공동 발표한 「북부 연산 거점 실행 방안」을 통해 구체화되었다.\n")
    assert any(s == "Canadian government" and "북부 연산 거점" in o for s, o in launched(got)), got


def test_acts_listed_as_achievements_are_the_passage_topics(loader, tmp_path: Path):
    got = facts(loader, tmp_path,
                "캐나다 정부는 AI 안전 연구를 이끌고 있다. 연구 측면에서도 300만 달러 규모의 북극 AI 안전기금 조성, "
                "연례 보고서 발간 등 다양한 성과를 도출하였다.\n")
    assert any(s == "Canadian government" and "북극 AI 안전기금" in o for s, o in launched(got)), got


def test_a_graduate_school_an_organisation_sets_up_is_a_university_it_founded(loader, tmp_path: Path):
    got = facts(loader, tmp_path,
                "네이버는 자체 모델을 중심으로 연구 역량을 강화하는 한편, 사내 데이터 대학원 설립을 통해 인재 양성 체계를 갖추고 있다.\n\n"
                "아울러 카카오는 실리콘밸리에 연구·개발팀을 설립해 현지 인재를 채용하고 있다.\n")
    assert ("Naver", "사내 데이터 대학원") in founded(got), got
    assert not any(s == "Kakao" for s, _ in founded(got)), got


def test_two_hosts_of_an_event_each_launch_it_and_are_partners(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "캐나다 외교부와 OECD가 공동 주최한 ‘AI 윤리 교육 세미나’에는 20개국 전문가가 모였다.\n")
    hosts = {s for s, o in launched(got) if o == "AI 윤리 교육 세미나"}
    assert len(hosts) == 2 and "OECD" in hosts
    assert any(rel == "PARTNERS_WITH" for _, rel, _ in got)


def test_a_programme_bracketed_after_an_investment_is_what_the_subject_funds(loader, tmp_path: Path):
    got = facts(loader, tmp_path,
                "주목되는 부분은 캐나다가 자국어 특화 언어모델 구축에 투자(「북극광 이니셔티브」)하면서 인재 유치를 병행한다는 점이다.\n")
    assert ("Canadian government", "FUNDS", "북극광 이니셔티브") in got


def test_a_cited_headline_opening_on_two_joined_names_makes_them_partners(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "보도자료(2026. 1. 5.), 「한국은행과 카카오, 금융권 최초로 자체 AI 구축」(검색일: 2026. 1. 6.).\n")
    assert {("Bank of Korea", "Kakao"), ("Kakao", "Bank of Korea")} & {(s, o) for s, rel, o in got if rel == "PARTNERS_WITH"}


def test_two_names_listed_before_a_comma_in_running_text_are_no_partners(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "한국은행과 카카오, 네이버는 각각 자체 AI를 구축하였다.\n")
    assert not any(rel == "PARTNERS_WITH" for _, rel, _ in got)


def test_a_desk_opened_for_a_quoted_law_is_launched_and_is_not_the_law(loader, tmp_path: Path):
    got = facts(loader, tmp_path,
                "캐나다 정부는 「디지털 신뢰법」을 제정하였다. 2025년 7월에는 「디지털 신뢰법」 서비스 데스크를 출범시켜 기업을 도왔다.\n")
    assert ("Canadian government", "디지털 신뢰법 서비스 데스크") in launched(got)
    assert ("Canadian government", "디지털 신뢰법") in launched(got)


def test_a_quoted_title_with_a_head_of_its_own_is_no_alias_of_what_is_built_on_it():
    from loaders.programme_names import titled_programme

    text = "「디지털 신뢰법」 서비스 데스크를 출범"
    desk = titled_programme(text, 0, text.index("」") + 1, "디지털 신뢰법")
    assert desk is not None and desk.name == "디지털 신뢰법 서비스 데스크"
    assert "디지털 신뢰법" not in desk.aliases
    text = "‘신질생산력’ 전략을 제시"
    strategy = titled_programme(text, 0, text.index("’") + 1, "신질생산력")
    assert strategy is not None and "신질생산력" in strategy.aliases


def test_the_counterpart_country_is_the_country_the_clause_named(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "Oracle은 캐나다에 대규모 데이터센터를 구축하여 상대국과 협력하고 있다.\n")
    assert {("Oracle", "PARTNERS_WITH", "Canada"), ("Canada", "PARTNERS_WITH", "Oracle")} & got


def test_a_counterpart_country_after_a_clause_break_points_to_no_earlier_subject(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "Oracle은 캐나다에 데이터센터를 구축했고, 정부는 상대국과 협력하기로 했다.\n")
    assert not {("Oracle", "PARTNERS_WITH", "Canada"), ("Canada", "PARTNERS_WITH", "Oracle")} & got


def test_a_body_hosting_an_event_launches_it(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "OECD는 2026년 3월 파리에서 ‘AI 안전 서밋’을 개최하였다.\n")
    assert ("OECD", "AI 안전 서밋") in launched(got)


def test_an_investment_that_strengthened_a_tie_makes_investor_and_investee_partners(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "Cohere는 지난해 투자를 유치했으며, 올해에는 Oracle이 5억 달러를 추가 투자해서 기술 협력이 강화되었다.\n")
    assert {("Oracle", "PARTNERS_WITH", "Cohere"), ("Cohere", "PARTNERS_WITH", "Oracle")} & got


def test_an_investment_alone_makes_no_partners(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "Cohere는 지난해 투자를 유치했으며, 올해에는 Oracle이 5억 달러를 추가 투자해서 기업가치가 올랐다.\n")
    assert not any(rel == "PARTNERS_WITH" for _, rel, _ in got)


def test_countries_a_state_lists_as_allies_it_works_with_are_its_partners(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "캐나다는 호주(BHP), 노르웨이 등 동맹국과의 공조를 강화하여 핵심 광물 공급망을 지키고 있다.\n")
    pairs = {frozenset((s, o)) for s, rel, o in got if rel == "PARTNERS_WITH"}
    assert {frozenset(("Canada", "Australia")), frozenset(("Canada", "Norway"))} <= pairs


def test_countries_listed_after_a_clause_break_are_not_the_subjects_allies(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "캐나다는 규제를 정비하였으며, 호주, 노르웨이 등 동맹국과의 공조도 이어지고 있다.\n")
    assert not any(rel == "PARTNERS_WITH" and "Canada" in (s, o) for s, rel, o in got)


def test_names_a_supply_is_aimed_at_are_the_suppliers_partners(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "최근 Cohere가 캐나다 등 북미 국가들을 대상으로 자사 AI 모델을 공급하고 있다.\n")
    assert {frozenset(("Cohere", "Canada"))} <= {frozenset((s, o)) for s, rel, o in got if rel == "PARTNERS_WITH"}


def test_names_only_studied_are_no_partners(loader, tmp_path: Path):
    got = facts(loader, tmp_path, "최근 Cohere가 캐나다 등 북미 국가들을 대상으로 시장 조사를 벌였다.\n")
    assert not any(rel == "PARTNERS_WITH" for _, rel, _ in got)
