"""Deal tables flattened by PDF extraction into plain lines (invented examples)."""

from __future__ import annotations

from graph.model import Document
from loaders.document import SourceText
from loaders.pipeline import DocumentLoader


def facts(loader: DocumentLoader, text: str, rel: str) -> list[tuple]:
    batch = loader.load_text(SourceText(Document(id="d", path="d.txt", lang="ko"), text)).batch
    names = {a.id: a.name for a in batch.actors.values()}
    return sorted((names[r.subject], names[r.object], r.props.get("amount"), r.props.get("currency"),
                   r.props.get("date"), r.evidence[0].line) for r in batch.relationships if r.type == rel)


FUNDING_LIST = """\
[ 최근 투자받은 AI 스타트업 ]

피투자자 분야
투자금액

(원)
시점

업스테이지 AI 모델 300억 ’25년 2월

모라이 자율주행 95억 ’24.11

Source: 언론보도 종합
"""


def test_a_funding_list_without_investors_gives_rounds_from_unnamed_investors(loader):
    assert facts(loader, FUNDING_LIST, "INVESTED_IN") == [
        ("Unnamed investors", "Upstage", 300.0, "KRW", "2025-02", 9),
        ("Unnamed investors", "모라이", 95.0, "KRW", "2024-11", 11),
    ]


def test_a_list_with_an_investor_column_is_not_read_as_unnamed_rounds(loader):
    text = FUNDING_LIST.replace("시점\n", "시점\n주요 투자사\n")
    assert facts(loader, text, "INVESTED_IN") == []


DEAL_LIST = """\
[ 빅테크 기업의 반도체 기업 투자 사례 ]

피투자 기업 분야 거래 유형 날짜 거래 내용

Cerulean Silicon 설계 투자 ’24.2
차세대 추론 칩 개발을 위한 3억 달러 투자

Nordlicht
Photonics
광
반도체
파트너십 ’24.9
광 인터커넥트 공동 개발 계약

Tessera Foundry 제조 파트너십 ’25.1
삼성전자가 초기 생산 물량을 보장

Quartzline 소재 인수 ’25.3 소재 사업부 인수

엔비디아는 Cerulean Silicon, Nordlicht 등과 협력해 공급망을 넓히고 있다.
"""


def test_a_deal_list_that_lost_its_company_column_is_completed_from_the_text(loader):
    got = {(rel, s, o, date, line) for rel in ("INVESTED_IN", "PARTNERS_WITH", "ACQUIRED")
           for s, o, _a, _c, date, line in facts(loader, DEAL_LIST, rel)}
    assert ("INVESTED_IN", "NVIDIA", "Cerulean Silicon", "2024-02", 5) in got  # topic of the prose sentence
    partners = {frozenset((s, o)) for rel, s, o, *_ in got if rel == "PARTNERS_WITH"}
    assert frozenset(("NVIDIA", "Nordlicht Photonics")) in partners  # name over two lines
    assert frozenset(("Samsung Electronics", "Tessera Foundry")) in partners  # named in the row itself
    assert not any(o == "Quartzline" for _r, _s, o, *_ in got)  # nobody says whose: no fact


def test_a_deal_row_amount_comes_from_its_description(loader):
    batch = loader.load_text(SourceText(Document(id="d", path="d.txt", lang="ko"), DEAL_LIST)).batch
    row = next(r for r in batch.relationships if r.object == "cerulean-silicon" and r.type == "INVESTED_IN")
    assert row.props["amount_usd"] == 3e8
