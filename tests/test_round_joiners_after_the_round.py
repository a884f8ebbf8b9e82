"""Korean news names a round's investors a few at a time, over the sentences after the round, with
the company left unsaid (each case an invented sentence, not from any document): "B와 C도 이름을
올렸다", "당시 라운드에는 B도 참여한 것으로 알려졌다", "이 라운드에는 C가 새로 들어왔고". The company is
the one whose round the passage tells of, never the lead named just before.
"""

from __future__ import annotations

from tests.reading import facts


def test_names_listed_too_after_a_round_whose_raiser_went_unsaid(loader, tmp_path):
    got = facts(loader, tmp_path, "물류 AI 스타트업 하늬로직은 신규 물류 로봇을 공개했다. 시리즈B 투자 유치도 함께 마무리했다. "
                "회사에 따르면 시리즈B 규모는 300억원이다. 기존 투자사 가람벤처스가 라운드를 주도했다. "
                "누리인베스트먼트와 솔내캐피탈도 이름을 올렸다.\n")
    assert {("가람벤처스", "INVESTED_IN", "하늬로직"), ("누리인베스트먼트", "INVESTED_IN", "하늬로직"),
            ("솔내캐피탈", "INVESTED_IN", "하늬로직")} <= got


def test_joiners_reported_of_a_round_the_lead_is_named_in(loader, tmp_path):
    got = facts(loader, tmp_path, "음성 AI 스타트업 다온보이스는 2021년 설립됐다. 2023년 5월에는 가람벤처스가 이끈 "
                "80억 원 규모 시리즈A를 마무리했다. 당시 라운드에는 누리인베스트먼트와 솔내캐피탈도 참여한 것으로 알려졌다.\n")
    assert {("가람벤처스", "INVESTED_IN", "다온보이스"), ("누리인베스트먼트", "INVESTED_IN", "다온보이스"),
            ("솔내캐피탈", "INVESTED_IN", "다온보이스")} <= got
    assert not any(obj == "가람벤처스" for _, _, obj in got)


def test_a_fund_listed_among_the_joiners_is_no_programme_joined(loader, tmp_path):
    got = facts(loader, tmp_path, "AI 스타트업 하늬로직은 최근 500억원 규모의 투자 유치를 마무리했다. 가람벤처스가 200억원을 넣어 "
                "최대 투자자가 됐다. 누리시가 조성한 '누리미래산업펀드'와 솔내캐피탈도 이름을 올렸다.\n")
    assert ("솔내캐피탈", "INVESTED_IN", "하늬로직") in got


def test_a_newcomer_to_the_round(loader, tmp_path):
    got = facts(loader, tmp_path, "음성 AI 스타트업 다온보이스는 지난해 가람벤처스가 주도한 시리즈B에서 300억 원을 유치했다. "
                "이 라운드에는 누리인베스트먼트가 새로 들어왔다.\n")
    assert ("누리인베스트먼트", "INVESTED_IN", "다온보이스") in got


def test_a_reported_act_is_no_relative_clause(loader, tmp_path):
    got = facts(loader, tmp_path, "음성 AI 스타트업 다온보이스는 시리즈A 투자를 유치했다. 이번 라운드에는 누리인베스트먼트도 "
                "참여한 것으로 전해졌다.\n")
    assert ("누리인베스트먼트", "INVESTED_IN", "다온보이스") in got
