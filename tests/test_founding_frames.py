"""Founding (FOUNDED) in Korean and English: founders named with their company, titled or glossed,
and the founder titles, plans and programmes that found nothing. Each case is an invented text.
"""

from __future__ import annotations

from pathlib import Path

from loaders.pipeline import DocumentLoader
from tests.reading import facts, facts_by_latin_spelling, relationships


def test_a_spin_off_stated_without_its_company(loader, tmp_path):
    text = ("■ 누비텍, 120억원 시리즈A\n"
            "산업용 비전 모델을 개발하는 누비텍(Nuvitec)이 120억원 규모 시리즈A 투자를 유치했다.\n"
            "포스텍 기계공학과 연구실에서 2023년 스핀오프했다.\n")
    got = facts(loader, tmp_path, text)
    assert ("POSTECH", "FOUNDED", "Nuvitec") in got


def test_the_partner_of_a_joint_venture_founds_it_too(loader, tmp_path):
    got = facts(loader, tmp_path, "카카오는 소프트뱅크와 합작법인 '모아 AI'를 세워 일본 시장을 공략하고 있다.\n")
    assert ("Kakao", "FOUNDED", "모아 AI") in got
    assert ("SoftBank", "FOUNDED", "모아 AI") in got


def test_a_founding_clause_on_a_company_noun_names_the_topic_a_company(loader, tmp_path):
    got = facts(loader, tmp_path, "바람코드는 서울대 박사 출신인 김도윤 대표가 2022년에 창업한 회사인데, 번역 모델을 만듭니다.\n")
    assert ("김도윤", "FOUNDED", "바람코드") in got


def test_a_venture_firms_partner_is_a_persons_post(loader, tmp_path):
    got = facts(loader, tmp_path, "한별벤처스는 2015년 조은비 대표파트너가 설립한 초기 투자사다.\n")
    assert ("조은비", "FOUNDED", "한별벤처스") in got


def test_a_clipped_joint_venture_line(loader, tmp_path):
    text = "소식 3\n카카오가 두바이 투자청 산하 AI 기업 사막에이아이(Desert AI)와 JV '오아시스 컴퓨트(Oasis Compute)' 세움.\n"
    got = facts(loader, tmp_path, text)
    assert ("Kakao", "FOUNDED", "오아시스 컴퓨트") in got or ("Kakao", "FOUNDED", "Oasis Compute") in got
    assert any(f[1] == "FOUNDED" and f[0] in ("사막에이아이", "Desert AI") for f in got)
    assert any(f[1] == "PARTNERS_WITH" and {f[0], f[2]} & {"사막에이아이", "Desert AI"} for f in got)


def test_a_vc_house_founded_by_its_head(loader, tmp_path):
    got = facts(loader, tmp_path, "루미엔은 2022년 창업한 로봇 회사다.\n\n"
                "가온벤처스는 2015년 증권사 출신 박서준 대표가 설립한 하우스다.\n")
    assert ("박서준", "FOUNDED", "가온벤처스") in got
    assert ("박서준", "FOUNDED", "루미엔") not in got


def test_left_one_and_co_founded_another_is_the_persons_act(loader, tmp_path):
    got = facts(loader, tmp_path, "Mara Lindqvist left Brightfold AI after five years and co-founded "
                "Selvane Systems with two former colleagues.\n")
    assert ("Mara Lindqvist", "FOUNDED", "Selvane Systems") in got
    assert ("Brightfold AI", "FOUNDED", "Selvane Systems") not in got


def test_founding_members_found_the_body_that_its_points_to(loader, tmp_path):
    got = facts(loader, tmp_path, "The Halvard Institute for Applied AI was incorporated this morning. Its founding "
                                  "members are Ostend University and the University of Brill.\n")
    assert ("Ostend University", "FOUNDED", "Halvard Institute for Applied AI") in got
    assert ("University of Brill", "FOUNDED", "Halvard Institute for Applied AI") in got


def test_two_tabbed_lines_are_no_infobox(loader, tmp_path):
    got = facts(loader, tmp_path, "Quarterly deals\nFounders\tPip Carrow\nProducts\tLoom, Weft\n\nNothing else.\n")
    assert not [f for f in got if f[1] in ("FOUNDED", "DEVELOPS")]


def test_review_as_a_noun_is_no_consideration(loader: DocumentLoader, tmp_path: Path):
    text = ("변호사 출신 김도윤 대표가 2023년 세운 리걸테크 스타트업 렉스브릿지(LexBridge)는 계약서 검토 특화 "
            "언어모델 '렉사'를 개발하고 있다.")
    found = relationships(loader, tmp_path, text)
    assert "qualifier" not in found[("김도윤", "FOUNDED", "렉스브릿지")]


def test_leading_a_team_is_no_round_led(loader: DocumentLoader, tmp_path: Path):
    text = ("Torvane was founded by Mara Venn and Rafe Doyle, who had previously led the compiler team at "
            "Graphcore.[4] The pair began work in a shared office in King's Cross.")
    found = facts(loader, tmp_path, text)
    assert not any(r == "INVESTED_IN" for _, r, _ in found)
    assert ("Rafe Doyle", "FOUNDED", "Torvane") in found


def test_where_the_founder_worked_before_did_not_found_the_company(loader, tmp_path):
    got = facts(loader, tmp_path, "2021년 설립된 누리랩은 한빛전자에서 음성인식 조직을 이끌던 김 대표가 "
                                  "서울대 연구실 출신 박서준 최고기술책임자(CTO)와 함께 세운 회사다.\n")
    assert ("한빛전자", "FOUNDED", "누리랩") not in got
    assert ("박서준", "FOUNDED", "누리랩") in got


def test_the_researchers_who_spun_a_company_out_founded_it(loader, tmp_path):
    got = facts(loader, tmp_path, "Feldmark, spun out of the University of Stuttgart in 2020 by researchers "
                                  "Jonas Albrecht and Mira Kessel, sells planning software.\n")
    assert ("Jonas Albrecht", "FOUNDED", "Feldmark") in got
    assert ("Mira Kessel", "FOUNDED", "Feldmark") in got


def test_a_relative_clauses_subject_is_not_the_next_unstated_subject(loader, tmp_path):
    got = facts(loader, tmp_path, "물류 AI 스타트업 가람로직은 2020년 설립됐다. 2023년 한결벤처스가 주도한 "
                "시리즈A에서 90억원을 유치했다. 올해 초 싱가포르에 현지 법인 가람로직싱가포르를 세웠다.\n")
    assert ("가람로직", "FOUNDED", "가람로직싱가포르") in got
    assert ("한결벤처스", "FOUNDED", "가람로직싱가포르") not in got


def test_a_person_named_with_company_and_post_is_then_called_by_surname(loader, tmp_path):
    got = facts(loader, tmp_path, "홍길동 가람AI 대표는 \"물류 현장을 바꾸겠다\"고 말했다.\n\n"
                "가람AI는 KAIST 박사 출신인 홍 대표가 2021년 창업했다.\n")
    assert ("홍길동", "FOUNDED", "가람AI") in got


def test_each_founder_named_with_a_post(loader, tmp_path):
    got = facts(loader, tmp_path, "CEO Marta Ilves and CTO Jonas Perrin started Corvel Robotics in 2022 after years at a lab.\n")
    assert {("Marta Ilves", "FOUNDED", "Corvel Robotics"), ("Jonas Perrin", "FOUNDED", "Corvel Robotics")} <= got


def test_the_company_founded_is_no_university_named_before(loader, tmp_path):
    got = facts(loader, tmp_path, "Corvel Robotics makes warehouse robots.\n\n\"The University of Tallinn taught us a lot,\" "
                "said Marta Ilves, who co-founded the company in 2022.\n")
    assert ("Marta Ilves", "FOUNDED", "University of Tallinn") not in got


def test_an_interviewees_we_is_the_company_in_the_headline(loader, tmp_path):
    got = facts(loader, tmp_path, "[CEO 인터뷰] 홍길동 가람로직 대표 \"창고를 AI로 바꾼다\"\n가상경제신문 김기자\n\n"
                "물류 AI 스타트업 가람로직은 2020년 설립됐다.\n\n―해외 계획은.\n"
                "\"지난달 오사카의 미나토물산과 합작법인 '가람로직재팬'을 세웠어요.\"\n")
    assert ("가람로직", "FOUNDED", "가람로직재팬") in got


def test_a_quotes_speaker_named_with_their_post(loader, tmp_path):
    got = relationships(loader, tmp_path,
                        "\"Buyers finally trust the numbers,\" said Maren Holt, Quillbrook's co-founder and chief "
                        "executive.\n\n\"Nobody wants a pilot any more,\" said Tobias Lerch, a partner at "
                        "Vienna-based venture firm Alder Peak Capital.\n", locations=True)
    assert ("Maren Holt", "FOUNDED", "Quillbrook") in got
    # A partner is a person, placed nowhere by the firm's city.
    assert not any(subject == "Tobias Lerch" and rel == "BASED_IN" for subject, rel, _ in got)


def test_a_fronted_founder_glossed_with_a_spelling_and_an_appositive(loader, tmp_path):
    got = facts(loader, tmp_path, "Tenmoor Capital led the round. Founded in 2022 by Wei Lanfang (魏兰芳), a former "
                "researcher at Baidu's research lab, Corvane Robotics counts no foreign investors.\n")
    assert ("Wei Lanfang", "FOUNDED", "Corvane Robotics") in got
    assert ("Wei Lanfang", "FOUNDED", "Baidu") not in got


def test_a_partner_a_body_was_set_up_with_is_among_its_founders(loader, tmp_path):
    found = facts(loader, tmp_path, "핵심 기관은 2021년 카이스트와 협력해 설립된 네이버랩스이며, 로봇 연구를 맡고 있다.\n")
    assert ("KAIST", "FOUNDED", "Naver Labs") in found


def test_a_partner_in_a_plan_made_together_founds_nothing(loader, tmp_path):
    found = facts(loader, tmp_path, "네이버는 카이스트와 협력해 새 연구 과제를 발표했다.\n")
    assert not any(rel == "FOUNDED" for _, rel, _ in found)


def test_a_founder_title_naming_no_company_is_held_in_the_topic_company(loader, tmp_path):
    found = facts(loader, tmp_path, "Sakana AI는 도쿄에 본사를 둔 회사이며, 공동 창업자인 김민준 대표가 "
                                    "투자 유치를 이끌었다.\n")
    assert ("김민준", "FOUNDED", "Sakana AI") in found


def test_a_founder_title_of_a_named_owner_is_not_the_topics(loader, tmp_path):
    found = facts(loader, tmp_path, "Sakana AI는 도쿄에 본사를 둔 회사이며, 업스테이지 공동 창업자인 김민준 대표가 "
                                    "자문을 맡았다.\n")
    assert ("김민준", "FOUNDED", "Sakana AI") not in found


def test_a_founding_fragment_standing_alone_is_said_of_the_start_up_in_focus(loader, tmp_path):
    got = facts(loader, tmp_path, "Kestrel Partners led a $30 million round in Norvale Labs, a Lisbon startup. Orbis Capital "
                                  "also put money in. Founded in 2023 by two ex-Brask Systems engineers, Marta Quillon "
                                  "and Jonas Bredekamp.\n")
    assert {("Marta Quillon", "FOUNDED", "Norvale Labs"), ("Jonas Bredekamp", "FOUNDED", "Norvale Labs")} <= got
    # the employer only describes the founders; the investor who was the last subject founded nothing
    assert not [f for f in got if f[1] == "FOUNDED" and f[0] in ("Brask Systems", "Orbis Capital")]


def test_people_named_after_a_plural_role_are_people(loader, tmp_path):
    got = facts(loader, tmp_path, "Founded in 2021 by ex-Brask researchers, Ilse Varga and Tomas Reddel, Quillmoor AI "
                                  "builds chips.\n")
    assert {("Ilse Varga", "FOUNDED", "Quillmoor AI"), ("Tomas Reddel", "FOUNDED", "Quillmoor AI")} <= got


def test_a_founding_fragment_before_a_described_subject_is_said_of_what_the_description_means(loader, tmp_path):
    got = facts(loader, tmp_path, "Norvale Labs raised a seed round. Founded in 2024 by two ex-Brask researchers, Marta "
                                  "Quillon and Jonas Bredekamp, the company sells invoice software.\n")
    assert {("Marta Quillon", "FOUNDED", "Norvale Labs"), ("Jonas Bredekamp", "FOUNDED", "Norvale Labs")} <= got


def test_a_verb_with_its_object_after_an_appositive_is_the_main_clause_s(loader, tmp_path):
    got = facts(loader, tmp_path, "Marta Quillon, a former computer science professor at Kestrel University, founded "
                                  "Norvale Labs in 2023.\n")
    assert ("Marta Quillon", "FOUNDED", "Norvale Labs") in got
    assert ("Kestrel University", "FOUNDED", "Norvale Labs") not in got


def test_founder_in_a_relative_clause_with_a_long_head(loader, tmp_path):
    got = facts_by_latin_spelling(loader, tmp_path,
                "가람로직(Garam Logic)은 2020년 한도윤(Han Doyun)이 창업한 물류 경로 예측 AI 기업으로, 올해 흑자를 냈다.\n")
    assert ("Han Doyun", "FOUNDED", "Garam Logic") in got


def test_a_company_set_up_by_causative_launch(loader, tmp_path):
    got = facts_by_latin_spelling(loader, tmp_path,
                "국부펀드 누리캐피털(Nuri Capital)이 지난해 출범시킨 AI 기업 솔바람랩스(Solbaram Labs)가 "
                "주목받고 있다.\n")
    assert ("누리캐피털", "FOUNDED", "솔바람랩스") in got


def test_the_body_a_programme_is_run_by_is_not_set_up_with_it(loader, tmp_path):
    got = facts_by_latin_spelling(loader, tmp_path,
                "나라 정부는 미래부(Mirae Ministry)를 주관 부처로 하는 「새빛 AI 챌린지」를 출범시키고 예산을 배정했다.\n")
    assert not {f for f in got if f[1] == "FOUNDED"}


def test_a_titled_founder_is_never_what_was_founded(loader, tmp_path):
    got = facts_by_latin_spelling(loader, tmp_path,
                "가람로직(Garam Logic)은 2020년 한도윤(Han Doyun) 교수가 창업한 물류 기업으로, 올해 흑자를 냈다.\n")
    assert not {f for f in got if f[0] == "Garam Logic" and f[1] == "FOUNDED"}


def test_founders_named_in_a_relative_clause_founded_the_company(loader, tmp_path):
    got = facts(loader, tmp_path, "2020년 노을전자 출신 김가람 대표와 바람대학교 이솔빛 교수가 공동 창업한 다온랩스는 "
                "물류 로봇을 만든다.\n")
    assert {("김가람", "FOUNDED", "다온랩스"), ("이솔빛", "FOUNDED", "다온랩스")} <= got


def test_joint_developers_in_a_relative_clause_found_nothing(loader, tmp_path):
    got = facts(loader, tmp_path, "김가람 대표와 이솔빛 교수가 공동 개발한 다온엔진은 물류 로봇에 쓰인다.\n")
    assert not {f for f in got if f[1] == "FOUNDED"}
