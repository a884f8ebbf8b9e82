"""Press releases count a programme's members and list them on lines of ▲-marked names, grouped
by kind ("ㅇ (대학) ▲A대학교 ▲B대학교"): every organisation listed takes part. Also who joins a round
("B가 신규로 합류했다") and a selection told as a cause ("P 선정으로") in Korean news (invented text)."""

from __future__ import annotations

from graph.model import Document
from loaders.document import SourceText
from loaders.pipeline import DocumentLoader


def _edges(text: str, lang: str = "ko") -> set[tuple[str, str, str]]:
    batch = DocumentLoader().load_text(SourceText(Document(id="m", path="m.txt", lang=lang), text)).batch
    return {(batch.actors[r.subject].name, r.type, batch.actors[r.object].name) for r in batch.relationships}


_RELEASE = (
    "□ 한빛도는 「한빛 AI 물류 실증사업」을 본격 추진한다고 3일 밝혔다.\n"
    "□ 참여기관은 총 6곳이다.\n"
    " ㅇ (대학·연구기관) ▲한빛국립대학교 ▲누리물류연구원(NLRI)\n"
    " ㅇ (중소기업) ▲㈜달무리로지스 ▲새벽카고㈜ ▲㈜바람길AI\n"
    "▲㈜은하트랙\n"
    " ㅇ 특히 달무리로지스는 배송 경로 AI를 공급한다.\n"
)


def test_counted_members_on_marked_lines_take_part():
    edges = _edges(_RELEASE)
    for member in ("한빛국립대학교", "누리물류연구원", "달무리로지스", "새벽카고", "바람길AI", "은하트랙"):
        assert (member, "PARTICIPATES_IN", "한빛 AI 물류 실증사업") in edges, member


def test_marked_shares_of_money_are_no_members():
    edges = _edges(
        "□ 한빛도는 「한빛 AI 물류 실증사업」을 본격 추진한다.\n"
        "□ 참여기업은 총 2개사다.\n"
        "   ▲국비 100억 원(50%) ▲도비 60억 원(30%)\n")
    assert not any(r == "PARTICIPATES_IN" for _, r, _ in edges)


def test_marked_line_without_a_member_heading_names_no_member():
    edges = _edges(
        "□ 한빛도는 「한빛 AI 물류 실증사업」을 본격 추진한다.\n"
        " ㅇ (중점 분야) ▲물류로봇 ▲배송예측\n")
    assert not any(r == "PARTICIPATES_IN" for _, r, _ in edges)


def test_a_new_backer_joining_after_a_round_invested_in_it():
    edges = _edges("누리랩스는 2024년 시리즈A(80억원)를 유치했다. 이번 라운드는 한빛파트너스가 리드를 맡고 새솔벤처스가 후속 투자했다. "
                   "다온벤처스와 은하인베스트먼트가 신규로 합류했다.\n")
    assert ("다온벤처스", "INVESTED_IN", "누리랩스") in edges
    assert ("은하인베스트먼트", "INVESTED_IN", "누리랩스") in edges


def test_selection_as_a_cause_names_no_launcher():
    edges = _edges("초기 투자는 새솔벤처스가 맡았다. 새솔벤처스는 2021년 누리랩스에 시드 3억원을 투자했고, 같은 해 중소벤처기업부 "
                   "팁스(TIPS)에도 추천했다. 팁스 선정으로 확보한 R&D 자금은 5억원이다.\n")
    assert not any(r == "LAUNCHED" and s != "Ministry of SMEs and Startups" for s, r, _ in edges)
