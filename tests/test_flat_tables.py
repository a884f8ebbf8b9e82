"""Deal tables flattened by PDF extraction into plain lines (invented examples)."""

from __future__ import annotations

import pytest

from graph.model import Document
from loaders.document import SourceText
from loaders.pipeline import DocumentLoader


@pytest.fixture(scope="module")
def loader() -> DocumentLoader:
    return DocumentLoader()


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
