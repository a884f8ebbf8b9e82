"""Korean news habits, each on an invented sentence (not from any document).

A news analysis tells several deals in a row, each in two or three sentences: the investor and
the round it joined ("A는 B가 받은 투자에 N을 댔다"), then who else came in ("C도 같은 라운드에
참여했다"); a fund set up by two ministries ("A와 B가 공동 출자한 'P 기금'은") and the company it
picked first ("첫 투자처로 ... C를 골라"); the company named in full once, then by its first word
("베리디안랩스" then "베리디안은").
"""

from __future__ import annotations

from tests.reading import facts


def test_the_round_a_company_received_is_its_own(loader, tmp_path):
    got = facts(loader, tmp_path, "가람투자공사는 지난달 누리온랩스가 받은 5억 달러 규모 신규 투자에 1억 달러를 댔고, "
                "한결캐피털도 같은 라운드에 참여했다.\n")
    assert ("가람투자공사", "INVESTED_IN", "누리온랩스") in got
    assert ("한결캐피털", "INVESTED_IN", "누리온랩스") in got
    assert ("누리온랩스", "INVESTED_IN", "가람투자공사") not in got


def test_backers_of_a_fund_and_its_first_investee(loader, tmp_path):
    got = facts(loader, tmp_path, "산업통상자원부와 과학기술정보통신부가 공동 출자한 '미래산업 혁신기금'(이하 혁신기금)은 "
                "지난달 첫 투자처로 부산의 물류 AI 스타트업 가람로직을 골라 100억 원을 넣었다. "
                "한솔벤처스와 들녘인베스트먼트도 이 라운드에 참여했다.\n")
    assert {("Ministry of Trade, Industry and Energy", "FUNDS", "미래산업 혁신기금"),
            ("Ministry of Science and ICT", "FUNDS", "미래산업 혁신기금"),
            ("미래산업 혁신기금", "INVESTED_IN", "가람로직"),
            ("한솔벤처스", "INVESTED_IN", "가람로직"),
            ("들녘인베스트먼트", "INVESTED_IN", "가람로직")} <= got


def test_a_fund_picks_its_first_investee_described_by_a_few_words(loader, tmp_path):
    got = facts(loader, tmp_path, "□ 정부는 '청년 AI 공동펀드'를 결성했다.\n"
                " ㅇ 청년 AI 공동펀드는 1호 투자처로 의료영상 전문기업 메디누리를 선정하고 50억 원을 투자했다.\n")
    assert ("청년 AI 공동펀드", "INVESTED_IN", "메디누리") in got


def test_a_count_of_co_founders_names_no_one(loader, tmp_path):
    got = facts(loader, tmp_path, "한결전자는 음성 AI 스타트업 소리마루를 인수했고, 소리마루 공동창업자 두 명은 "
                "한결전자로 자리를 옮겼다.\n")
    assert not any(subject == "두 명" for subject, _, _ in got)


def test_a_name_written_in_one_word_recurs_by_its_first_part(loader, tmp_path):
    got = facts(loader, tmp_path, "한결전자는 추론 스타트업 카르디안랩스(Kardian Labs)의 시리즈A를 주도했다. "
                "카르디안은 한결전자와 3년간 클라우드 공급 계약도 맺었다.\n")
    assert ("카르디안랩스", "PARTNERS_WITH", "한결전자") in got or ("한결전자", "PARTNERS_WITH", "카르디안랩스") in got


def test_a_country_describing_the_second_of_two_investors(loader, tmp_path):
    got = facts(loader, tmp_path, "한결전자는 물류 AI 스타트업 가람로직의 시리즈B를 주도했고, 엔비디아와 싱가포르의 AI 투자회사 "
                "테마섹이 함께 이름을 올렸다.\n")
    assert {("NVIDIA", "INVESTED_IN", "가람로직"), ("Temasek", "INVESTED_IN", "가람로직")} <= got
    assert ("NVIDIA", "PARTNERS_WITH", "Temasek") not in got


def test_the_owner_in_a_clause_describing_a_partner_sets_up_nothing(loader, tmp_path):
    got = facts(loader, tmp_path, "클라우드 기업 한결클라우드는 투자사 가람홀딩스가 100% 지분을 보유한 AI 기업 누리온랩스와 "
                "합작법인(JV) '누리 컴퓨트(Nuri Compute)'를 설립하기로 하고 주주간 계약을 체결했다.\n")
    assert ("누리온랩스", "SUBSIDIARY_OF", "가람홀딩스") in got
    assert {("한결클라우드", "FOUNDED", "누리 컴퓨트"), ("누리온랩스", "FOUNDED", "누리 컴퓨트")} <= got
    assert not any("가람홀딩스" in (subject, obj) and rel in ("FOUNDED", "PARTNERS_WITH") for subject, rel, obj in got)


def test_a_country_between_a_parent_and_its_unit(loader, tmp_path):
    got = facts(loader, tmp_path, "의료 AI 스타트업 메디누리가 시리즈A를 마쳤다. 투자사 가람캐피털의 한국 투자 자회사인 "
                "가람벤처스코리아가 리드했다.\n")
    assert ("가람벤처스코리아", "SUBSIDIARY_OF", "가람캐피털") in got


def test_a_name_south_of_a_town_is_a_place(loader, tmp_path):
    got = facts(loader, tmp_path, "On a field south of Wendlingen, Brightmoor Capital is building a data centre. "
                "In May it invested $50m in Tessaro Labs, a Milan start-up.\n")
    assert not any(subject == "Wendlingen" for subject, _, _ in got)


def test_the_possessor_of_an_investment_is_the_investor(loader, tmp_path):
    got = facts(loader, tmp_path, "The European Commission opened an investigation into Brightmoor Capital's investment "
                "in Tessaro Labs, a Milan start-up.\n")
    assert ("Brightmoor Capital", "INVESTED_IN", "Tessaro Labs") in got
    assert ("European Commission", "FUNDS", "Tessaro Labs") not in got


def test_a_parents_majority_in_a_joint_venture_is_an_investment(loader, tmp_path):
    got = facts(loader, tmp_path, "Brightmoor Capital and Orlan Energy formed a joint venture, Tessaro Grid, in June; "
                "Brightmoor Capital owns 70% of Tessaro Grid.\n")
    assert ("Brightmoor Capital", "INVESTED_IN", "Tessaro Grid") in got
    assert ("Brightmoor Capital", "ACQUIRED", "Tessaro Grid") not in got


def test_investors_named_by_a_relative_clause_of_investing(loader, tmp_path):
    got = facts(loader, tmp_path, "한결전자는 문서 AI 스타트업 소리마루를 인수했다. 소리마루에 투자했던 한솔벤처스와 "
                "들녘인베스트먼트는 이번 거래로 투자금을 회수했다.\n")
    assert {("한솔벤처스", "INVESTED_IN", "소리마루"), ("들녘인베스트먼트", "INVESTED_IN", "소리마루")} <= got
    assert ("한결전자", "INVESTED_IN", "소리마루") not in got


def test_a_ministrys_programme_and_the_company_chosen_for_it(loader, tmp_path):
    got = facts(loader, tmp_path, "의료 AI 스타트업 메디누리는 한결벤처스로부터 20억 원의 시드 투자를 받았다. "
                "지난달에는 중소벤처기업부의 창업지원(TIPS) 프로그램에도 선정됐다.\n")
    assert ("Ministry of SMEs and Startups", "LAUNCHED", "TIPS") in got
    assert ("메디누리", "PARTICIPATES_IN", "TIPS") in got


def test_anothers_own_chip_is_not_the_users(loader, tmp_path):
    got = facts(loader, tmp_path, "추론 스타트업 카르디안랩스는 이 돈으로 엔비디아의 자체 AI 칩 'H300'을 쓰는 학습 클러스터를 늘린다.\n")
    assert ("카르디안랩스", "DEVELOPS", "H300") not in got
