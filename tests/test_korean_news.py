"""Korean news habits, each on an invented sentence (not from any document).

A news article announces a round in its lead, gives the running total right after ("이로써
누적 투자 유치액은 ..."), and names the round's investors a few at a time over the next
paragraph: the lead, the new investors, then the existing ones following on. A wire story on a
government programme names it once in quotes with a short name ("(이하 X) 추진 계획") and then
speaks of the consortia carrying it out.
"""

from __future__ import annotations

from tests.reading import facts, relationships

LEAD = ("[가상일보 홍길동 기자] 물류 AI 스타트업 가람로직(Garam Logic)이 200억원 규모의 시리즈B 투자를 "
        "유치했다고 3일 밝혔다. 이로써 누적 투자 유치액은 350억원으로 늘었다.\n\n")


def test_the_running_total_does_not_replace_the_round_announced(loader, tmp_path):
    got = relationships(loader, tmp_path, LEAD + "이번 라운드는 한결벤처스가 주도했다.\n")
    lead = got[("한결벤처스", "INVESTED_IN", "가람로직")]
    # The round's size, not the total raised so far.
    assert lead["amount"] == 200


def test_investors_named_over_several_sentences_of_the_round(loader, tmp_path):
    got = facts(loader, tmp_path, LEAD + "이번 라운드는 한결벤처스가 주도했다. 푸른자산운용과 새솔파트너스가 "
                "신규 투자자로 이름을 올렸고, 기존 투자사인 모래톱캐피털과 들녘인베스트먼트도 후속 투자에 나섰다.\n")
    assert {(name, "INVESTED_IN", "가람로직") for name in ("한결벤처스", "푸른자산운용", "새솔파트너스",
                                                       "모래톱캐피털", "들녘인베스트먼트")} <= got


def test_a_round_no_longer_spoken_of_takes_no_later_subjects(loader, tmp_path):
    got = facts(loader, tmp_path, LEAD + "회사는 물류 로봇을 개발한다. 창고 자동화 시장이 커지고 있다. "
                "한결벤처스가 별도 펀드를 결성했다.\n")
    assert ("한결벤처스", "INVESTED_IN", "가람로직") not in got


def test_a_quoted_programme_with_its_plan_of_execution(loader, tmp_path):
    got = facts(loader, tmp_path, "과학기술정보통신부와 산업통상자원부는 10일 공동 브리핑을 열고 'K-로봇 선도 프로젝트'(이하 K-로봇) 추진 계획과 "
                "1단계 수행 컨소시엄 선정 결과를 발표했다.\n")
    assert {("Ministry of Science and ICT", "LAUNCHED", "K-로봇 선도 프로젝트"),
            ("Ministry of Trade, Industry and Energy", "LAUNCHED", "K-로봇 선도 프로젝트")} <= got, got
    # The plan of carrying it out and the consortium carrying it out are no programmes of their own.
    assert not any("추진 계획" in f[2] or "컨소시엄" in f[2] for f in got)


CONSORTIA = ("과학기술정보통신부와 산업통상자원부는 10일 'K-로봇 선도 프로젝트'(이하 K-로봇) 추진 계획과 "
             "1단계 수행 컨소시엄 선정 결과를 발표했다. 총사업비는 2천억원이다. 정부는 서면 평가를 거쳐 "
             "AI 스타트업 가람로직, 소프트웨어 기업 새솔테크가 각각 주관하는 2개 컨소시엄을 최종 선정했다.\n\n"
             "가람로직 컨소시엄에는 들녘소프트와 로봇 스타트업 모래톱로보틱스가 참여한다. 물류 현장에 쓰인다. "
             "새솔테크 컨소시엄에는 AI 반도체 기업 푸른칩스, 한결대학교가 이름을 올렸다.\n")


def test_the_leads_and_members_of_consortia_take_part_in_the_programme(loader, tmp_path):
    got = relationships(loader, tmp_path, CONSORTIA)
    for name in ("가람로직", "새솔테크", "들녘소프트", "모래톱로보틱스", "푸른칩스", "한결대학교"):
        assert (name, "PARTICIPATES_IN", "K-로봇 선도 프로젝트") in got, name
    assert got[("가람로직", "PARTICIPATES_IN", "K-로봇 선도 프로젝트")]["role"] == "lead"


def test_a_consortium_without_a_programme_in_play_names_no_participation(loader, tmp_path):
    got = facts(loader, tmp_path, "가람로직 컨소시엄에는 들녘소프트와 모래톱로보틱스가 참여한다.\n")
    # At most in the consortium itself: no programme is in play to take part in.
    assert all(f[2].endswith("컨소시엄") for f in got if f[1] == "PARTICIPATES_IN")


def test_people_named_again_with_their_post_carry_its_particle(loader, tmp_path):
    got = facts(loader, tmp_path, LEAD + "네이버 출신 홍길동 대표와 서울대에서 박사 학위를 받은 김철수 최고기술책임자(CTO)가 공동 창업했다. "
                "가람로직은 홍길동 대표와 김철수 CTO가 공동 창업했다.\n")
    assert {("홍길동", "FOUNDED", "가람로직"), ("김철수", "FOUNDED", "가람로직")} <= got


def test_a_bare_company_opening_a_sentence_is_the_story_company(loader, tmp_path):
    got = facts(loader, tmp_path, LEAD + "가람로직은 물류 로봇을 만든다. 회사는 2022년 들녘파트너스로부터 10억원 규모의 "
                "시드 투자를 받으며 출발했다.\n")
    assert ("들녘파트너스", "INVESTED_IN", "가람로직") in got
