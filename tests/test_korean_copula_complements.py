"""Korean deals whose company is named as a copula's complement or left to the sentence before, not as the subject of the deal verb.

"가장 많은 돈을 받은 곳은 NPU를 만드는 B다" presents B as the answer to its topic; the next
sentence's round ("A가 주도한 시리즈C에 ... C와 D가 나머지를 나눠 채웠다") is B's. A newspaper
interview prints its questions after a dash ("— B가 ... 않나."). Every case runs the whole document
loader on invented text (see tests/reading.py).
"""

from __future__ import annotations

from tests.reading import facts

_HEAD = "AI 반도체 펀드, 첫 투자처 공개\n\n한빛경제 | 이도윤 기자 | 2026.02.03\n\n"


def test_a_company_described_by_a_relative_clause_before_the_copula_is_what_the_next_round_is_about(loader, tmp_path):
    got = facts(loader, tmp_path, _HEAD + "첫 투자 대상은 누리칩스와 한결AI 두 곳이다.\n\n"
                                          "가장 많은 돈을 받은 곳은 추론용 칩을 설계하는 누리칩스다. "
                                          "가온벤처스가 주도한 200억원 규모 시리즈B에 한빛캐피탈과 푸른인베스트먼트가 "
                                          "나머지를 나눠 채웠다.\n")
    assert ("가온벤처스", "INVESTED_IN", "누리칩스") in got
    assert ("한빛캐피탈", "INVESTED_IN", "누리칩스") in got
    assert ("푸른인베스트먼트", "INVESTED_IN", "누리칩스") in got
    assert not any(t == "INVESTED_IN" and o in ("가온벤처스", "한빛캐피탈") for _, t, o in got)


def test_the_rest_of_an_announced_round_filled_by_a_named_investor(loader, tmp_path):
    got = facts(loader, tmp_path, "의료 AI 투자 소식\n\n" + "의료 영상 AI 스타트업 누리메디(NuriMedi)가 시리즈A 라운드로 120억원을 조달했다. "
                                          "가온벤처스가 80억원을 넣으며 리드를 맡았고, 나머지 40억원은 한빛캐피탈이 채웠다.\n")
    assert ("한빛캐피탈", "INVESTED_IN", "누리메디") in got or ("한빛캐피탈", "INVESTED_IN", "NuriMedi") in got
    assert ("한빛캐피탈", "INVESTED_IN", "가온벤처스") not in got


def test_a_dash_opens_a_newspaper_interviews_question(loader, tmp_path):
    head = ("[투자사 인터뷰] \"올해는 매출로 증명해야\"\n김하늘 가온벤처스 대표파트너\n\n"
            "테크브리프 | 이도윤 기자 | 2026.02.03\n\n")
    intro = "— 포트폴리오를 소개해 달라.\n\n\"누리칩스(NuriChips)는 추론 칩을 만드는 회사입니다.\"\n\n"
    got = facts(loader, tmp_path, head + intro + "— 누리칩스가 작은 회사를 인수했다는 소식도 있던데.\n\n"
                                                 "\"맞습니다. 반도체 설계 스타트업 코드리버를 지난달 인수했어요.\"\n")
    assert ("누리칩스", "ACQUIRED", "코드리버") in got
    assert ("가온벤처스", "ACQUIRED", "코드리버") not in got


def test_the_rest_of_a_stake_just_bought_is_held_by_the_named_holder(loader, tmp_path):
    got = facts(loader, tmp_path, "데이터센터 합작 소식\n\n"
                                  "가온캐피탈은 데이터센터 합작사 누리컴퓨트(NuriCompute)에 20억 달러를 출자해 지분 40%를 확보했다. "
                                  "나머지 지분은 한빛인베스트먼트가 갖고 있다.\n")
    assert ("가온캐피탈", "INVESTED_IN", "NuriCompute") in got or ("가온캐피탈", "INVESTED_IN", "누리컴퓨트") in got
    assert ("한빛인베스트먼트", "INVESTED_IN", "NuriCompute") in got or ("한빛인베스트먼트", "INVESTED_IN", "누리컴퓨트") in got
    assert not any(s == "한빛인베스트먼트" and o == "가온캐피탈" for s, _, o in got)
