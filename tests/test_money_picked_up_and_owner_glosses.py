"""English deal news: "picked up $9.5m" raises money (the verb buys nothing); the owner glossed
after a round's lead ("the venture arm wholly owned by Saudi Arabia's X") gave no money; the
languages a product serves ("models for Swahili, Kikuyu and Luo") are no companies.

Every line here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from pathlib import Path

from loaders.pipeline import DocumentLoader
from tests.reading import actor_names, facts


def test_picking_up_money_raises_it(loader: DocumentLoader, tmp_path: Path) -> None:
    text = "Tarnwick Voice picked up $9.5m in a round led by Pellow Capital. Quenby Ventures also took part.\n"
    got = facts(loader, tmp_path, text)
    assert {("Pellow Capital", "INVESTED_IN", "Tarnwick Voice"), ("Quenby Ventures", "INVESTED_IN", "Tarnwick Voice")} <= got
    assert not any(r == "ACQUIRED" for _, r, _ in got)


def test_buying_an_amount_of_goods_raises_nothing(loader: DocumentLoader, tmp_path: Path) -> None:
    text = "Tarnwick Voice signed an agreement to buy $2 billion of computing capacity from Norland Cloud.\n"
    assert not any(r == "INVESTED_IN" for _, r, _ in facts(loader, tmp_path, text))


def test_the_owner_glossed_after_the_lead_gave_no_money(loader: DocumentLoader, tmp_path: Path) -> None:
    text = ("Brindle AI raised $9.5m in a round led by Pellow Capital, the venture arm wholly owned by "
            "Saudi Arabia's Public Investment Fund.\n")
    got = facts(loader, tmp_path, text)
    assert ("Pellow Capital", "INVESTED_IN", "Brindle AI") in got
    assert ("Pellow Capital", "SUBSIDIARY_OF", "Public Investment Fund") in got
    assert ("Public Investment Fund", "INVESTED_IN", "Brindle AI") not in got


def test_languages_a_product_serves_are_no_companies(loader: DocumentLoader, tmp_path: Path) -> None:
    text = "Nairobi-based Tarnwick Voice, which builds speech models for Swahili, Kikuyu and Luo, raised $3m led by Pellow Capital.\n"
    assert not {"Kikuyu", "Luo"} & actor_names(loader, tmp_path, text)
    assert ("Pellow Capital", "INVESTED_IN", "Tarnwick Voice") in facts(loader, tmp_path, text)
