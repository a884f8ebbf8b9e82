"""Money paid into a fund, read by every reader with one rule (helper mendK).

Public money (a state, a state bank, a sovereign fund, a fund of funds) funds a fund; a private
limited partner invests in it. Each test reads an invented passage through the whole loader.
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


def test_each_payer_of_a_fund_gets_its_own_kind_of_money(loader):
    text = ("'한누리 AI 펀드'가 결성됐다. 이 펀드에는 산업은행이 600억원, 미래에셋캐피탈이 400억원을 "
            "각각 출자한다.\n")
    found = edges(loader, text)
    assert found[("Korea Development Bank", "FUNDS", "한누리 AI 펀드")] == 600
    assert ("Korea Development Bank", "INVESTED_IN", "한누리 AI 펀드") not in found
    assert found[("Mirae Asset Capital", "INVESTED_IN", "한누리 AI 펀드")] == 400


def test_listed_lps_of_a_fund_by_kind_of_money(loader):
    text = "'다온 AI 펀드'가 2,000억원 규모로 결성됐다. 주요 LP: 산업은행, 미래에셋캐피탈\n"
    found = edges(loader, text)
    assert ("Korea Development Bank", "FUNDS", "다온 AI 펀드") in found
    assert ("Korea Development Bank", "INVESTED_IN", "다온 AI 펀드") not in found
    assert ("Mirae Asset Capital", "INVESTED_IN", "다온 AI 펀드") in found


def test_payers_with_their_amounts_before_the_fund(loader):
    text = "산업은행이 600억원, 미래에셋캐피탈이 400억원을 '가람 AI 펀드'에 각각 출자했다.\n"
    found = edges(loader, text)
    assert found[("Korea Development Bank", "FUNDS", "가람 AI 펀드")] == 600
    assert found[("Mirae Asset Capital", "INVESTED_IN", "가람 AI 펀드")] == 400
