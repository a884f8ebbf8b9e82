"""Amounts in tab-separated deal tables that several edges share (invented example)."""

from __future__ import annotations

from graph.model import Document
from loaders.document import SourceText
from loaders.pipeline import DocumentLoader
from tests.reading import relationships

TABLE = """\
[표 1] 주요 투자 사례

투자자\t투자액(2024)\t투자받은 기업
Orbis Capital\t12억 달러\tKestrel AI, Lumen Grid 등에 투자
Vantor Partners\t3억 달러\tHelix Forge
Tidewater Ventures\t비공개\tNimbus Labs, Arden Bio 등 2억 달러 이상 투자
"""


def test_an_amount_for_several_investees_is_marked_shared():
    batch = DocumentLoader().load_text(SourceText(Document(id="d", path="d.txt", lang="ko"), TABLE)).batch
    scope = {r.object: (r.props.get("amount"), r.props.get("amount_scope"))
             for r in batch.relationships if r.type == "INVESTED_IN"}
    assert scope["kestrel-ai"] == (12.0, "shared")  # the investor's total over the list
    assert scope["helix-forge"] == (3.0, None)  # one investee: the amount is this deal's
    assert scope["arden-bio"] == (2.0, "shared")  # "A, B 등 2억 달러 이상": the list's amount


def _edges(text: str, lang: str) -> dict[tuple[str, str], dict]:
    batch = DocumentLoader().load_text(SourceText(Document(id="p", path="p.md", lang=lang), text)).batch
    return {(r.subject, r.object): r.props for r in batch.relationships if r.type == "INVESTED_IN"}


MARKDOWN_TABLE = """\
Quarterly Digest | Issue 4

Table 2. Selected rounds, 2025

| Company | Round | Amount | Lead investor |
|---|:---:|---:|---|
| Quillmere AI | Series A | $30m | Harrowgate Capital |
| Sable Reach | Seed | EUR 4m | Tannery Ventures |
"""

PLAIN_PIPE_TABLE = """\
[표 3] 주요 투자 사례
투자받은 기업 | 투자액 | 투자자
브리스톤랩 | 50억 원 | 한빛벤처스
Corvane AI | 1,000만 달러 | Maple Arc Partners
"""


def test_markdown_pipe_table_is_a_deal_table():
    edges = _edges(MARKDOWN_TABLE, "en")
    assert edges[("harrowgate-capital", "quillmere-ai")]["amount_usd"] == 30_000_000
    assert ("tannery-ventures", "sable-reach") in edges
    assert not any("issue" in s or "issue" in o for s, o in edges)  # a title with one pipe is no row


def test_plain_pipe_table_with_korean_headers_is_a_deal_table():
    edges = _edges(PLAIN_PIPE_TABLE, "ko")
    assert ("maple-arc-partners", "corvane-ai") in edges
    assert len(edges) == 2


def test_a_flow_table_in_won_converts_at_its_captions_years_rate(loader, tmp_path):
    text = ("[표 3] 한국 AI VC 투자 유치 현황 (2021년, 단위: 억 원)\n\n"
            "한국의 AI 투자 유치(1,000)\t\n미국 (40.0%)\t400\n일본 (10.0%)\t100\n")
    flow = relationships(loader, tmp_path, text)[("United States", "VC_FLOW", "South Korea")]
    assert flow["year"] == 2021
    assert flow["rate_source"].endswith("2021")
