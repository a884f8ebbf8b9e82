"""A Korean interview's answers: what they leave unstated is the company the question asked about.

The interviewer's question is a line of its own ("■ ..."), the answer the quoted paragraph under
it; the interviewee is a partner of an investor (the headline's subtitle names them), whose "저희"
is that firm. Every case runs the whole document loader on invented text (see tests/reading.py).
"""

from __future__ import annotations

from tests.reading import facts

_HEAD = ("[투자사 인터뷰] \"올해는 매출로 증명해야\"\n김하늘 가온벤처스 대표파트너\n\n"
         "테크브리프 | 이도윤 기자 | 2026.02.03\n\n")
_INTRODUCED = "■ 포트폴리오를 소개해 주시죠.\n\"누리칩스(NuriChips)는 추론 칩을 만드는 회사입니다.\"\n\n"


def test_the_company_a_question_asks_about_acts_in_the_answer_without_a_subject(loader, tmp_path):
    got = facts(loader, tmp_path, _HEAD + _INTRODUCED + "■ 누리칩스가 작은 회사를 인수했다는 소식도 있던데요.\n"
                                          "\"맞습니다. 반도체 설계 스타트업 코드리버를 지난달 인수했어요.\"\n")
    assert ("누리칩스", "ACQUIRED", "코드리버") in got
    assert ("가온벤처스", "ACQUIRED", "코드리버") not in got


def test_a_quoted_answer_opening_with_a_glossed_name_introduces_the_company(loader, tmp_path):
    got = facts(loader, tmp_path, _HEAD + "■ 포트폴리오 얘기를 해보죠.\n"
                                          "\"바람결(Baramgyeol)이 대표적이죠. 법률 특화 모델을 만드는 팀이에요. "
                                          "법무법인 한결과는 공동 개발 협약을 맺었고요.\"\n")
    assert any(s in ("바람결", "Baramgyeol") and t == "PARTNERS_WITH" for s, t, _ in got)
    assert not any(s == "가온벤처스" and t == "PARTNERS_WITH" for s, t, _ in got)


def test_investors_joining_the_round_do_not_take_over_the_company_the_answer_is_about(loader, tmp_path):
    got = facts(loader, tmp_path, _HEAD + "■ 가장 눈에 띄는 곳은 어디입니까.\n"
                                          "\"누리칩스(NuriChips)는 추론 칩을 만드는 회사입니다. 2024년 시리즈A는 저희가 리드했어요. "
                                          "올해 시리즈B로 300억원을 유치했는데 한빛캐피탈이 리드를 맡았습니다.\"\n")
    assert ("가온벤처스", "INVESTED_IN", "누리칩스") in got
    assert ("한빛캐피탈", "INVESTED_IN", "누리칩스") in got
    assert ("한빛캐피탈", "INVESTED_IN", "가온벤처스") not in got


def test_a_quoted_coined_title_is_still_no_company_name(loader, tmp_path):
    got = facts(loader, tmp_path, "과기정통부는 지원사업 '로보코어(RoboCore)'를 올해 시작했다. 누리칩스가 선정됐다.\n")
    assert not any("로보코어" == s or "RoboCore" == s for s, _, _ in got)
