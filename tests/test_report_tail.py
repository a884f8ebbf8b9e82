"""Report constructions from the long tail, each on an invented sentence.

A title whose short name the report defines before its head, a ministry glossed with its
letters, a group's affiliate and a subsidiary the subject acts through; see each test.
"""

from __future__ import annotations

from tests.reading import facts


def test_a_title_with_its_defined_short_name_before_the_head_is_a_programme(loader, tmp_path):
    got = facts(loader, tmp_path, "오르비아 해양자원부(MOR)는 2031년 「Blue Compute 2035」(이하 BC35) 프로그램을 "
                                  "발표하고 총 3억 유로를 지원하기로 확정하였다.\n")
    assert ("해양자원부", "LAUNCHED", "Blue Compute 2035 프로그램") in got
    assert ("해양자원부", "FUNDS", "Blue Compute 2035 프로그램") in got


def test_a_ministry_glossed_with_its_letters_is_a_government_body(loader, tmp_path):
    got = facts(loader, tmp_path, "오르비아 해양자원부(MOR)는 2031년 스타트업 누리마린에 200만 유로를 지원하였다.\n")
    assert ("해양자원부", "FUNDS", "누리마린") in got


def test_units_ending_in_bu_are_no_ministries():
    from loaders.discovery import guess_type
    assert guess_type("해양자원부")[0] == "Government"
    for word in ("AI사업부", "연구본부", "서울지부", "공학부", "일부"):
        assert guess_type(word)[0] != "Government", word


def test_an_affiliate_of_a_group_belongs_to_it(loader, tmp_path):
    got = facts(loader, tmp_path, "한빛홀딩스 계열의 한빛모빌리티는 같은 해 스타트업 누리센스를 인수하였다.\n")
    assert ("한빛모빌리티", "SUBSIDIARY_OF", "한빛홀딩스") in got
    assert ("한빛모빌리티", "ACQUIRED", "누리센스") in got


def test_a_subsidiary_the_subject_acts_through_belongs_to_it(loader, tmp_path):
    got = facts(loader, tmp_path, "대기업 중에서는 한빛홀딩스가 자회사 한빛클라우드를 통해 데이터센터 사업에 나서고 있다.\n")
    assert ("한빛클라우드", "SUBSIDIARY_OF", "한빛홀딩스") in got


def test_a_spelled_organisation_name_recurs_as_its_first_word(loader, tmp_path):
    got = facts(loader, tmp_path, "핀란드의 데이터센터 개발사 살모라 컴퓨트(Salmora Compute)는 2031년 한빛벤처스로부터 "
                                  "투자를 유치하였다. 마이크로소프트는 살모라와 장기 임대계약을 체결했다.\n")
    assert ("Microsoft", "PARTNERS_WITH", "살모라 컴퓨트") in got


def test_a_common_first_word_is_no_short_form(loader, tmp_path):
    got = facts(loader, tmp_path, "데이터센터 개발사 데이터 컴퓨트(Data Compute)는 2031년 한빛벤처스로부터 "
                                  "투자를 유치하였다. 마이크로소프트는 데이터와 장기 임대계약을 체결했다.\n")
    assert ("Microsoft", "PARTNERS_WITH", "데이터 컴퓨트") not in got


def test_a_stake_of_no_one_named_is_in_the_joint_venture_just_set_up(loader, tmp_path):
    got = facts(loader, tmp_path, "한빛홀딩스는 2031년 누리캐피탈과 합작법인 '한빛누리 AI'를 설립하였고, "
                                  "누리캐피탈이 지분 40%를 출자하였다.\n")
    assert ("누리캐피탈", "INVESTED_IN", "한빛누리 AI") in got
    assert ("누리캐피탈", "INVESTED_IN", "한빛홀딩스") not in got


def test_a_call_named_by_its_programme_year_and_round_is_one_programme(loader, tmp_path):
    got = facts(loader, tmp_path, "한빛벤처스는 성장사다리펀드 2031년 2차 정시 출자사업에 운용사로 참여하였다.\n")
    assert ("한빛벤처스", "PARTICIPATES_IN", "성장사다리펀드 2031년 2차 정시 출자사업") in got


def test_a_year_opening_a_programme_phrase_is_no_part_of_its_name(loader, tmp_path):
    got = facts(loader, tmp_path, "한빛벤처스는 2031년 AI 바우처 사업에 참여하였다.\n")
    assert ("한빛벤처스", "PARTICIPATES_IN", "AI 바우처 사업") in got


def test_a_unit_named_in_apposition_belongs_to_its_company(loader, tmp_path):
    got = facts(loader, tmp_path, "한빛홀딩스의 전략투자 조직인 한빛벤처스는 2031년 누리AI에 투자했다.\n")
    assert ("한빛벤처스", "SUBSIDIARY_OF", "한빛홀딩스") in got
    assert ("한빛벤처스", "INVESTED_IN", "누리AI") in got


def test_a_fund_like_hangul_name_glossed_with_a_known_investor_is_that_investor(loader, tmp_path):
    got = facts(loader, tmp_path, "한빛홀딩스의 투자 조직인 카카오벤처펀드(Kakao Ventures)가 "
                                  "누리AI의 시리즈 A 라운드를 주도했다.\n")
    assert ("Kakao Ventures", "SUBSIDIARY_OF", "한빛홀딩스") in got
    assert ("Kakao Ventures", "INVESTED_IN", "누리AI") in got
    assert not [f for f in got if "카카오벤처펀드" in (f[0], f[2])]


def test_a_company_set_up_by_no_one_named_is_not_the_passage_topics(loader, tmp_path):
    got = facts(loader, tmp_path, "과학기술정보통신부는 2031년 해양 AI 펀드를 출범시켰다. "
                                  "2028년 리옹에서 설립된 누리AI는 자체 모델을 개발하고 있다.\n")
    assert not [f for f in got if f[1] == "FOUNDED" and f[2] == "누리AI"]


def test_a_reported_act_the_sentence_denies_is_no_fact(loader, tmp_path):
    got = facts(loader, tmp_path, "한편 한빛홀딩스가 누리AI 인수를 추진했다는 일부 언론 보도가 나왔으나 양사는 이를 부인하였다.\n")
    assert ("한빛홀딩스", "ACQUIRED", "누리AI") not in got
    got = facts(loader, tmp_path, "한빛홀딩스가 누리AI를 인수했다는 보도가 나왔다.\n")
    assert ("한빛홀딩스", "ACQUIRED", "누리AI") in got


def test_a_model_code_recurring_unquoted_stays_a_model(loader, tmp_path):
    got = facts(loader, tmp_path, "누리AI는 자체 가속기 'KX-9'를 개발하고 있으며, 지난해 말 한빛AI와 KX-9를 "
                                  "추론 서비스에 도입하는 공급계약을 맺었다.\n")
    assert ("누리AI", "DEVELOPS", "KX-9") in got
    assert ("한빛AI", "PARTNERS_WITH", "누리AI") in got or ("누리AI", "PARTNERS_WITH", "한빛AI") in got


def test_a_country_before_a_developer_says_where_it_is_based(loader, tmp_path):
    got = facts(loader, tmp_path, "한빛홀딩스는 2031년 핀란드의 데이터센터 개발사 살모라 컴퓨트(Salmora Compute)를 인수하였다.\n",
                locations=True)
    assert ("살모라 컴퓨트", "BASED_IN", "Finland") in got
    assert ("한빛홀딩스", "ACQUIRED", "살모라 컴퓨트") in got


def test_an_owner_between_two_listed_names_only_describes_the_second(loader, tmp_path):
    got = facts(loader, tmp_path, "해양자원부(MOR)는 「Blue Compute 2035」 프로그램을 발표하였다. 누리모빌리티와 "
                                  "한빛홀딩스 산하의 클라우드 기업 라온테크놀로지가 운영사로 참여한다.\n")
    assert ("누리모빌리티", "PARTICIPATES_IN", "Blue Compute 2035 프로그램") in got
    assert ("라온테크놀로지", "PARTICIPATES_IN", "Blue Compute 2035 프로그램") in got
    assert ("라온테크놀로지", "SUBSIDIARY_OF", "한빛홀딩스") in got
    assert ("한빛홀딩스", "PARTICIPATES_IN", "Blue Compute 2035 프로그램") not in got
