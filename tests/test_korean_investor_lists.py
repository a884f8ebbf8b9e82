"""Korean lists of investors and of payers with their amounts.

Each test reads an invented passage through the whole loader and checks one general habit:
respective amounts ("A가 N, B가 M을 각각"), commitments to the fund a passage is about, round
participants named in the relative clause of the round, and rounds raised with the company
left unstated.
"""

from __future__ import annotations

from graph.model import Document
from loaders.document import SourceText
from loaders.pipeline import DocumentLoader


def edges(loader: DocumentLoader, text: str) -> dict[tuple[str, str, str], float | None]:
    """(subject, type, object) -> amount as written, of every non-location fact read from ``text``."""
    batch = loader.load_text(SourceText(Document(id="d", path="d.txt", lang="ko"), text)).batch
    names = {a.id: a.name for a in batch.actors.values()}
    return {(names[r.subject], r.type, names[r.object]): r.props.get("amount")
            for r in batch.relationships if r.type != "BASED_IN"}


def test_each_investor_takes_its_own_amount(loader):
    text = ("AI 스타트업 가나랩스가 500억원 규모 시리즈B 투자를 유치했다. "
            "한빛전자가 300억원, 바다인베스트먼트가 200억원을 각각 투자했다.\n")
    found = edges(loader, text)
    assert found[("한빛전자", "INVESTED_IN", "가나랩스")] == 300
    assert found[("바다인베스트먼트", "INVESTED_IN", "가나랩스")] == 200


def test_each_lp_with_its_own_fund(loader):
    text = "하늘은행이 가온 AI 펀드에 300억 원을, 바다은행이 누리 AI 펀드에 200억 원을 각각 출자하기로 확정했다.\n"
    found = edges(loader, text)
    assert found[("하늘은행", "INVESTED_IN", "가온 AI 펀드")] == 300
    assert found[("바다은행", "INVESTED_IN", "누리 AI 펀드")] == 200
    assert ("바다은행", "INVESTED_IN", "가온 AI 펀드") not in found


def test_each_government_share_of_the_project_in_play(loader):
    text = ("과학기술정보통신부는 'K-로봇 실증 프로젝트'를 추진한다. "
            "국비는 과학기술정보통신부가 600억원, 산업통상자원부가 300억원을 각각 분담한다.\n")
    found = edges(loader, text)
    assert found[("Ministry of Science and ICT", "FUNDS", "K-로봇 실증 프로젝트")] == 600
    assert found[("Ministry of Trade, Industry and Energy", "FUNDS", "K-로봇 실증 프로젝트")] == 300


def test_backers_of_the_fund_just_formed(loader):
    text = ("도는 지난 7월 '가람 AI 성장펀드'를 300억원 규모로 결성했다. "
            "도와 시가 각각 60억원, 30억원을 출자했고 모태펀드 운용기관인 한국벤처투자가 90억원을 댔다.\n")
    found = edges(loader, text)
    assert found[("Korea Venture Investment Corp.", "FUNDS", "가람 AI 성장펀드")] == 90


def test_a_private_lp_commitment_is_an_investment(loader):
    text = ("과기정통부는 총 2천억원 규모의 '누리 AI 인프라펀드'를 조성한다고 밝혔다. "
            "민간 쪽에서는 미래에셋캐피탈이 앵커 출자자(LP)로 나서 300억원을 약정했다.\n")
    found = edges(loader, text)
    assert found[("Mirae Asset Capital", "INVESTED_IN", "누리 AI 인프라펀드")] == 300


def test_lead_and_participants_in_the_relative_clause_of_the_round(loader):
    text = "가나랩스는 지난해 하늘벤처스가 주도하고 바다파트너스, 구름인베스트먼트가 참여한 100억원 규모 시리즈A 투자를 유치했다.\n"
    found = edges(loader, text)
    assert {k for k in found if k[2] == "가나랩스"} == {
        ("하늘벤처스", "INVESTED_IN", "가나랩스"), ("바다파트너스", "INVESTED_IN", "가나랩스"),
        ("구름인베스트먼트", "INVESTED_IN", "가나랩스")}


def test_round_led_by_with_the_company_unstated(loader):
    text = "가나랩스는 2023년 설립된 AI 스타트업이다. 지난해 하늘벤처스가 이끈 90억원 규모 시리즈A를 유치했고, 올해 미국 진출을 추진한다.\n"
    assert edges(loader, text)[("하늘벤처스", "INVESTED_IN", "가나랩스")] == 90


def test_round_received_from_a_list_with_the_company_unstated(loader):
    text = ("가나랩스는 2021년 설립된 AI 스타트업이다. "
            "2023년 하늘벤처스와 바다파트너스에서 80억원 규모 시리즈A를 받았다.\n")
    found = edges(loader, text)
    assert found[("하늘벤처스", "INVESTED_IN", "가나랩스")] == 80
    assert found[("바다파트너스", "INVESTED_IN", "가나랩스")] == 80


def test_money_raised_from_a_list_with_the_company_unstated(loader):
    text = ("가나랩스는 2021년 설립된 AI 스타트업이다. "
            "2023년 하늘벤처스, 바다파트너스, 구름캐피탈 등으로부터 370억원을 조달한 바 있다.\n")
    found = edges(loader, text)
    assert {k[0] for k in found if k[1:] == ("INVESTED_IN", "가나랩스")} == {"하늘벤처스", "바다파트너스", "구름캐피탈"}


def test_who_set_up_a_joining_fund_does_not_join(loader):
    text = ("AI 스타트업 가나랩스가 100억원 규모 시리즈A 투자를 유치했다. "
            "이번 라운드에는 하늘벤처스와 바다캐피탈이 조성한 '누리 AI 펀드'도 참여했다.\n")
    found = edges(loader, text)
    assert ("누리 AI 펀드", "INVESTED_IN", "가나랩스") in found
    assert ("바다캐피탈", "INVESTED_IN", "가나랩스") not in found


def test_names_also_listed_right_after_a_round_joined_it(loader):
    text = ("AI 스타트업 가나랩스가 650억원 규모 시리즈B 투자를 유치했다. "
            "한국산업은행과 바다인베스트먼트, 일본 구름캐피탈도 이름을 올렸다.\n")
    found = edges(loader, text)
    assert {k[0] for k in found if k[1:] == ("INVESTED_IN", "가나랩스")} == {
        "Korea Development Bank", "바다인베스트먼트", "구름캐피탈"}


def test_a_listed_investor_described_as_an_existing_one_stays_in_the_list(loader):
    text = ("AI 스타트업 가나랩스가 100억원 규모 시리즈A 투자를 유치했다. "
            "하늘벤처스가 리드했으며 바다파트너스, 그리고 기존 투자사 구름캐피탈이 후속 투자했다.\n")
    found = edges(loader, text)
    assert {k[0] for k in found if k[1:] == ("INVESTED_IN", "가나랩스")} == {"하늘벤처스", "바다파트너스", "구름캐피탈"}
