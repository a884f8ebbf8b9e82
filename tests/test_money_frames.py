"""Money, ownership, founding and restriction patterns, each on an invented sentence.

Like tests/test_sentence_frames.py, every case runs the whole document loader.
"""

from __future__ import annotations

from tests.reading import facts, relationships


def test_a_country_prefix_names_the_target_of_export_controls(loader, tmp_path):
    got = facts(loader, tmp_path, "캐나다와 영국의 대러 반도체 장비 수출 통제 강화(2031.4)\n")
    assert ("Canadian government", "REGULATES", "Russia") in got
    assert ("UK government", "REGULATES", "Russia") in got


def test_holding_in_check_needs_the_target_prefix(loader, tmp_path):
    got = facts(loader, tmp_path, "캐나다의 대중 견제가 거세지는 가운데 캐나다는 새로운 기술 동맹을 모색했다.\n")
    assert ("Canadian government", "REGULATES", "China") in got
    got = facts(loader, tmp_path, "캐나다는 경쟁국을 견제하기 위해 새로운 기술 동맹을 모색했다.\n")
    assert not [f for f in got if f[1] == "REGULATES"]


def test_companies_added_to_a_sanctions_list_are_regulated(loader, tmp_path):
    got = facts(loader, tmp_path, "미국 상무부는 2031년 제재 대상 명단에 37개 러시아 기업을 추가했다.\n")
    assert ("US Department of Commerce", "REGULATES", "Russia") in got


def test_a_body_directly_under_another_belongs_to_it(loader, tmp_path):
    got = facts(loader, tmp_path, "한빛금융지주 직속 AI혁신위원회는 새 펀드를 조성했다.\n")
    assert ("AI혁신위원회", "SUBSIDIARY_OF", "한빛금융지주") in got


def test_a_gloss_names_the_parent_company(loader, tmp_path):
    got = facts(loader, tmp_path, "노을캐피탈(한빛금융지주 자회사)은 스타트업 라온에 투자했다.\n")
    assert ("노을캐피탈", "SUBSIDIARY_OF", "한빛금융지주") in got
    assert ("라온", "SUBSIDIARY_OF", "한빛금융지주") not in got


def test_an_institute_named_after_its_university_belongs_to_it(loader, tmp_path):
    got = facts(loader, tmp_path, "서울대학교 차세대지능연구소는 새 언어모델을 공개했다.\n")
    assert ("차세대지능연구소", "SUBSIDIARY_OF", "Seoul National University") in got


def test_a_government_body_of_another_country_is_not_a_namesake(loader, tmp_path):
    got = facts(loader, tmp_path, "과학기술정보통신부 산하의 전담기관인 AI 안전연구소는 새 평가 기준을 공개했다.\n")
    assert ("Korea AI Safety Institute", "SUBSIDIARY_OF", "Ministry of Science and ICT") in got
    # The gazetteer's "AI 안전연구소" is Korea's; under the UK government it is another body.
    got = facts(loader, tmp_path, "영국 정부 산하의 전담기관인 AI 안전연구소는 새 평가 기준을 공개했다.\n")
    assert ("Korea AI Safety Institute", "SUBSIDIARY_OF", "UK government") not in got


def test_people_who_founded_without_an_object_founded_the_passages_company(loader, tmp_path):
    got = facts(loader, tmp_path, "AI 스타트업 라온랩스는 음성 모델을 개발한다. 김서진 대표와 박도윤 CTO가 서울에서 "
                                  "창업을 선택한 배경에는 대기업 조직이 혁신에 적합하지 않다는 판단이 있었다.\n")
    assert ("김서진", "FOUNDED", "라온랩스") in got
    assert ("박도윤", "FOUNDED", "라온랩스") in got


def test_a_denied_founding_stays_denied(loader, tmp_path):
    got = facts(loader, tmp_path, "AI 스타트업 라온랩스는 음성 모델을 개발한다. 김서진 대표가 창업하지 않았다는 소문이 돌았다.\n")
    assert ("김서진", "FOUNDED", "라온랩스") not in got


def test_a_person_before_a_company_and_the_founder_noun_founded_it(loader, tmp_path):
    got = facts(loader, tmp_path, "행사에는 샘 올트먼 OpenAI 창업자가 연사로 나섰다.\n")
    assert ("Sam Altman", "FOUNDED", "OpenAI") in got


def test_the_founder_noun_is_not_a_founding_verb(loader, tmp_path):
    got = facts(loader, tmp_path, "한빛벤처스는 라온랩스에 투자했고, 김서진 대표와 라온랩스 창업자도 참여했다.\n")
    assert ("한빛벤처스", "INVESTED_IN", "라온랩스") in got
    assert ("한빛벤처스", "FOUNDED", "라온랩스") not in got


def test_a_footnote_telling_a_story_is_read_and_a_citation_is_not(loader, tmp_path):
    got = facts(loader, tmp_path, "본문 문장이다.\n\n<sup>7</sup> 한빛미래펀드는 2031년 통신 3사(SK텔레콤, KT, LG U+)가 "
                                  "1천억 원을 출자하여 조성하였다.\n")
    assert ("SK Telecom", "INVESTED_IN", "한빛미래펀드") in got
    assert ("LG Uplus", "INVESTED_IN", "한빛미래펀드") in got
    got = facts(loader, tmp_path, "본문 문장이다.\n\n<sup>8</sup> 한빛일보(2031.2.1.), “한빛미래펀드에 SK텔레콤이 "
                                  "출자하였다”\n")
    assert not got


def test_a_converted_amount_in_brackets_does_not_replace_the_deals_own(loader, tmp_path):
    got = relationships(loader, tmp_path, "AI 스타트업 라온랩스는 한빛벤처스 주도로 500만 달러(약 70억 원) 규모의 "
                                          "시리즈A 투자를 유치했다.\n")
    assert got[("한빛벤처스", "INVESTED_IN", "라온랩스")]["amount_usd"] == 5_000_000


def test_years_in_brackets_in_a_told_line_are_no_citation(loader, tmp_path):
    got = facts(loader, tmp_path, "- 한빛벤처스는 라온랩스(2029), 누리로보틱스(2030) 등에 전략적인 투자를 진행하였다.\n")
    assert ("한빛벤처스", "INVESTED_IN", "라온랩스") in got
    assert ("한빛벤처스", "INVESTED_IN", "누리로보틱스") in got
    got = facts(loader, tmp_path, "한빛연구원(2031), 한빛벤처스가 라온랩스에 투자했다는 보고서\n")
    assert not got


def test_public_private_cooperation_partners_no_listed_names(loader, tmp_path):
    got = facts(loader, tmp_path, "한빛벤처스, 노을캐피탈 등 핵심기관이 실행 주체로 민관협력을 이끈다.\n")
    assert not [f for f in got if f[1] == "PARTNERS_WITH"]


def test_money_put_into_what_is_built_in_a_country_is_invested_in_it(loader, tmp_path):
    got = facts(loader, tmp_path, "한빛벤처스는 베트남 내 AI 데이터센터 구축에 3억 달러 규모의 투자를 약속했다.\n")
    assert ("한빛벤처스", "INVESTED_IN", "Vietnam") in got
    got = facts(loader, tmp_path, "한빛벤처스는 베트남 AI 스타트업 라온랩스에 투자했다.\n")
    assert ("한빛벤처스", "INVESTED_IN", "라온랩스") in got
    assert ("한빛벤처스", "INVESTED_IN", "Vietnam") not in got


def test_a_clause_without_a_subject_shares_the_one_before(loader, tmp_path):
    got = relationships(loader, tmp_path, "한빛벤처스가 라온랩스에 투자를 집행한 바 있으며, 누리로보틱스에 투자 집행도 "
                                          "검토한 바 있다.\n")
    assert got[("한빛벤처스", "INVESTED_IN", "누리로보틱스")]["qualifier"] == "under consideration"
    got = facts(loader, tmp_path, "한빛벤처스가 라온랩스에 투자했으며, 노을캐피탈은 누리로보틱스에 투자했다.\n")
    assert ("노을캐피탈", "INVESTED_IN", "누리로보틱스") in got
    assert ("한빛벤처스", "INVESTED_IN", "누리로보틱스") not in got


def test_a_subsidiary_predicate_after_a_few_words(loader, tmp_path):
    got = facts(loader, tmp_path, "업스테이지는 인수 뒤 카카오의 100% 자회사로 편입된다.\n")
    assert ("Upstage", "SUBSIDIARY_OF", "Kakao") in got
    got = facts(loader, tmp_path, "업스테이지는 지난해 카카오의 자회사 네이버를 인수했다.\n")
    assert ("Upstage", "SUBSIDIARY_OF", "Kakao") not in got


def test_a_company_bought_to_keep_as_a_subsidiary(loader, tmp_path):
    got = facts(loader, tmp_path, "카카오는 스타트업 업스테이지를 인수해 자회사로 두기로 했다.\n")
    assert {("Kakao", "ACQUIRED", "Upstage"), ("Upstage", "SUBSIDIARY_OF", "Kakao")} <= got


def test_a_subsidiary_set_up_is_founded_and_owned(loader, tmp_path):
    got = facts(loader, tmp_path, "네이버는 2017년 100% 자회사 네이버랩스를 세웠다.\n")
    assert {("Naver", "FOUNDED", "Naver Labs"), ("Naver Labs", "SUBSIDIARY_OF", "Naver")} <= got


def test_an_affiliate_named_by_its_group(loader, tmp_path):
    got = facts(loader, tmp_path, "한빛인베스트먼트는 카카오 계열 벤처캐피털로, 지난해 설립됐다.\n")
    assert ("한빛인베스트먼트", "SUBSIDIARY_OF", "Kakao") in got
    assert not any(rel == "SUBSIDIARY_OF" for _, rel, _ in facts(loader, tmp_path, "카카오는 네이버 계열 기업들과 협력한다.\n"))


def test_money_put_in_with_no_named_recipient_funds_the_programme_just_set_up(loader, tmp_path):
    text = "캐나다 정부는 ‘오로라 AI 스케일업 프로그램’을 출범하고 3년간 9억 달러를 투입하기로 했다.\n"
    assert ("Canadian government", "FUNDS", "오로라 AI 스케일업 프로그램") in facts(loader, tmp_path, text)


def test_money_per_selected_firm_funds_the_programme_of_the_sentence_before(loader, tmp_path):
    text = "과기정통부는 ‘AI 반도체 실증 프로젝트’를 출범했다. 과기정통부는 선정 기업당 최대 50억 원을 지원한다.\n"
    assert ("Ministry of Science and ICT", "FUNDS", "AI 반도체 실증 프로젝트") in facts(loader, tmp_path, text)


def test_putting_in_people_or_money_sent_elsewhere_funds_nothing(loader, tmp_path):
    assert not any(rel == "FUNDS" for _, rel, _ in
                   facts(loader, tmp_path, "삼성전자는 ‘AI 반도체 실증 프로젝트’에 인력을 투입했다.\n"))
    text = ("중국 정부는 ‘국가 반도체 펀드 4기’를 출범시키고 총 3,000억 위안을 장비와 소재 등 핵심 분야에 투입하고 있다.\n")
    assert not any(rel == "FUNDS" for _, rel, _ in facts(loader, tmp_path, text))


def test_a_spin_off_is_founded_by_its_parent(loader, tmp_path):
    got = facts(loader, tmp_path, "리벨리온은 2020년 삼성전자에서 분사한 스타트업이다.\n")
    assert ("Samsung Electronics", "FOUNDED", "Rebellions") in got


def test_a_particle_after_a_bracketed_gloss_marks_the_name(loader, tmp_path):
    got = facts(loader, tmp_path, "삼성전자(1969년)에서 분사한 리벨리온이 올해 새 칩을 공개했다.\n")
    assert ("Samsung Electronics", "FOUNDED", "Rebellions") in got


def test_a_share_of_a_fund_borne_by_an_anchor_investor(loader, tmp_path):
    text = ("과기정통부는 1,000억 원 규모의 ‘AI 반도체 펀드’ 조성 계획을 발표했으며, "
            "이 중 600억 원은 산업은행이 앵커 출자자로서 부담한다.\n")
    got = facts(loader, tmp_path, text)
    assert any(subj == "Korea Development Bank" and rel == "FUNDS" and "AI 반도체 펀드" in obj for subj, rel, obj in got)
    assert not any(rel == "FUNDS" for _, rel, _ in facts(loader, tmp_path, "카카오는 규제 부담이 크다고 밝혔다.\n"))


def test_where_a_startup_came_from_is_not_its_investor(loader, tmp_path):
    text = "카카오에서 분사한 한빛로보틱스는 신한캐피탈로부터 200억 원을 투자받았다.\n"
    got = {f for f in facts(loader, tmp_path, text) if f[1] == "INVESTED_IN"}
    assert got == {("신한캐피탈", "INVESTED_IN", "한빛로보틱스")}



def test_money_for_counted_recipients_funds_the_programme_the_sentence_sets_up(loader, tmp_path):
    text = ("산업통상자원부는 올해 총 1,200억 원을 3개 국내 컨소시엄에 지원하여 차세대 배터리를 개발하는 "
            "‘K-배터리 도약 프로젝트’에 착수하였다.\n")
    got = relationships(loader, tmp_path, text)
    funded = [(s, o, p) for (s, rel, o), p in got.items() if rel == "FUNDS"]
    assert [(s, o) for s, o, _ in funded] == [("Ministry of Trade, Industry and Energy", "K-배터리 도약 프로젝트")]
    assert (funded[0][2]["amount"], funded[0][2]["unit"], funded[0][2]["currency"]) == (1200.0, "억", "KRW")
    # without a programme set up in the sentence, the money funds nothing named
    got = facts(loader, tmp_path, "산업통상자원부는 올해 총 1,200억 원을 3개 국내 컨소시엄에 지원하였다.\n")
    assert not any(rel == "FUNDS" for _, rel, _ in got)


def test_a_company_said_to_be_the_subsidiary_its_founder_set_up_belongs_to_it(loader, tmp_path):
    text = "가람벤처스는 물류기업 한결그룹이 2022년 설립한 투자 자회사로, 올해 로봇 스타트업 두리봇에 투자했다.\n"
    got = facts(loader, tmp_path, text)
    assert ("가람벤처스", "SUBSIDIARY_OF", "한결그룹") in got
    # a company its founder set up without calling it a subsidiary is no subsidiary
    got = facts(loader, tmp_path, "가람벤처스는 한결그룹 출신 인사가 2022년 설립한 투자사로, 올해 두리봇에 투자했다.\n")
    assert not any(rel == "SUBSIDIARY_OF" for _, rel, _ in got)


def test_the_founder_in_a_relative_clause_founded_the_topic_an_investor(loader, tmp_path):
    text = "누리벤처스는 2017년 박도현 대표가 설립한 초기 투자 전문 VC로, 올해 두리봇에 투자했다.\n"
    assert ("박도현", "FOUNDED", "누리벤처스") in facts(loader, tmp_path, text)


def test_a_body_directly_under_the_president_belongs_to_koreas_presidential_office(loader, tmp_path):
    text = "대통령 직속 국가인공지능전략위원회는 올해 새 로드맵을 내놓았다.\n"
    assert ("National AI Strategy Committee", "SUBSIDIARY_OF", "Presidential Office of Korea") in facts(loader, tmp_path, text)
    # another country's president, or a named one, is not Korea's office
    text = "미국은 대통령 직속 국가인공지능전략위원회를 두었다. 트럼프 대통령 직속 국가인공지능전략위원회는 로드맵을 내놓았다.\n"
    assert not any(o == "Presidential Office of Korea" for _, _, o in facts(loader, tmp_path, text))


def test_a_country_that_sets_up_a_company_does_so_through_its_government(loader, tmp_path):
    text = "캐나다는 AI 주권 확보에 나섰다. 또한 올해 국영 기업 무명컴퓨트를 설립하여 데이터센터를 짓기로 했다.\n"
    assert ("Canadian government", "FOUNDED", "무명컴퓨트") in facts(loader, tmp_path, text)


def test_a_companys_research_academy_belongs_to_it_but_a_labs_startup_does_not(loader, tmp_path):
    got = facts(loader, tmp_path, "지난해 알리바바의 다모 아카데미가 새 진단 모델을 공개했다.\n")
    assert ("DAMO Academy", "SUBSIDIARY_OF", "Alibaba") in got
    got = facts(loader, tmp_path, "엔비디아의 람다랩스 투자는 올해 두 배로 늘었다.\n")
    assert not any(rel == "SUBSIDIARY_OF" for _, rel, _ in got)


def test_a_local_unit_named_after_its_parent_is_its_subsidiary(loader, tmp_path):
    text = "AI 스타트업 무명랩스는 올해 투자를 유치했다. 무명랩스는 일본 도쿄에 현지 법인 '무명랩스 재팬'을 세웠다.\n"
    got = facts(loader, tmp_path, text)
    assert ("무명랩스", "FOUNDED", "무명랩스 재팬") in got
    assert ("무명랩스 재팬", "SUBSIDIARY_OF", "무명랩스") in got
