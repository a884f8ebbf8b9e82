"""Amounts in tab-separated deal tables that several edges share (invented example)."""

from __future__ import annotations

from graph.model import Document
from loaders.document import SourceText
from loaders.pipeline import DocumentLoader

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
