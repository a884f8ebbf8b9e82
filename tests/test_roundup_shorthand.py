"""The shorthand of funding roundups: a round given in brackets after a city's start-up
("Lyon's X ($3M seed) — A led"), backers listed after the round ("X ($2M seed; A, B)") or on
labelled lines ("Lead: A. Also in: B and C"), a round led "in" a city's start-up, and a Korean
item filed under its cohort ("- 4기 X: A로부터 ... 투자 유치").

Every sentence here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from pathlib import Path

from loaders.pipeline import DocumentLoader
from tests.reading import facts


def test_round_in_brackets_after_a_city_start_up(loader: DocumentLoader, tmp_path: Path) -> None:
    text = ("• Oslo's Fjordmind raised $20M. Lead: Northwind Capital.\n"
            "• Lyon's Quillbrook ($3M seed extension) — Harbourline Ventures led, Pellmore Partners followed on.\n")
    got = facts(loader, tmp_path, text)
    assert ("Harbourline Ventures", "INVESTED_IN", "Quillbrook") in got
    assert ("Pellmore Partners", "INVESTED_IN", "Quillbrook") in got
    assert not any(o == "Fjordmind" and s in ("Harbourline Ventures", "Pellmore Partners") for s, _, o in got)


def test_backers_after_the_round_in_brackets(loader: DocumentLoader, tmp_path: Path) -> None:
    got = facts(loader, tmp_path, "• Also: Tarnwell Labs ($2M seed; Brackwater Ventures, Oakhill Partners). Small cheque.\n")
    assert ("Brackwater Ventures", "INVESTED_IN", "Tarnwell Labs") in got
    assert ("Oakhill Partners", "INVESTED_IN", "Tarnwell Labs") in got


def test_labelled_backers_after_the_round(loader: DocumentLoader, tmp_path: Path) -> None:
    text = ("• Fjordmind (speech AI for ferries) raised $12M. Lead: Northwind Capital. Also in: Harbourline Ventures "
            "and Pellmore Partners — Pellmore's third Nordic deal this year.\n")
    got = facts(loader, tmp_path, text)
    assert {("Northwind Capital", "INVESTED_IN", "Fjordmind"), ("Harbourline Ventures", "INVESTED_IN", "Fjordmind"),
            ("Pellmore Partners", "INVESTED_IN", "Fjordmind")} <= got


def test_a_label_long_after_a_round_names_no_backer(loader: DocumentLoader, tmp_path: Path) -> None:
    text = ("Fjordmind raised $12M last spring. Kelpwise signed a deal with Oracle. Kelpwise opened an office "
            "in Bergen. Tidemark bought a stake in Kelpwise.\nLead: Northwind Capital.\n")
    assert ("Northwind Capital", "INVESTED_IN", "Fjordmind") not in facts(loader, tmp_path, text)


def test_round_led_in_a_city_start_up(loader: DocumentLoader, tmp_path: Path) -> None:
    text = "Harbourline Ventures led a $9M round in Munich's Quillbrook. Pellmore Partners co-invested.\n"
    got = facts(loader, tmp_path, text)
    assert ("Harbourline Ventures", "INVESTED_IN", "Quillbrook") in got
    assert ("Pellmore Partners", "INVESTED_IN", "Quillbrook") in got


def test_korean_item_filed_under_its_cohort(loader: DocumentLoader, tmp_path: Path) -> None:
    got = facts(loader, tmp_path, "졸업팀 소식입니다.\n- 4기 한결로보틱스: 미국 블루하버벤처스로부터 20억원 투자 유치.\n")
    assert ("블루하버벤처스", "INVESTED_IN", "한결로보틱스") in got
