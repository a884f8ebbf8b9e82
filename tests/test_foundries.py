"""A foundry producing a chip designer's chips does business with it: "A는 칩 'X'를 B 파운드리의
4나노 공정으로 생산", "X는 B 파운드리 5나노 공정에서 생산한다" (the chip the topic, its designer the
company the passage is about), "A's chips are manufactured by B", "B has agreed to manufacture the
first accelerator from A". Each case is an invented text.
"""

from __future__ import annotations

from tests.reading import facts


def _partners(got: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "PARTNERS_WITH", b) in got or (b, "PARTNERS_WITH", a) in got


def test_the_subject_has_its_chip_produced_at_the_named_foundry(loader, tmp_path):
    text = "엣지 AI 칩을 설계하는 한별반도체는 첫 양산 칩 'NC-1'을 삼성전자 파운드리의 5나노 공정으로 생산하고 있다.\n"
    assert _partners(facts(loader, tmp_path, text), "Samsung Electronics", "한별반도체")


def test_the_chip_as_topic_is_the_passage_company_s(loader, tmp_path):
    text = ("한별반도체는 2022년 설립된 팹리스 스타트업이다. 회사는 추론용 NPU를 만든다.\n"
            "2세대 칩 'NC-2'는 삼성전자 파운드리 4나노 공정에서 생산한다.\n")
    assert _partners(facts(loader, tmp_path, text), "Samsung Electronics", "한별반도체")


def test_a_foundry_background_is_no_customer(loader, tmp_path):
    text = "삼성전자 파운드리 출신 김도윤 대표가 세운 한별반도체는 시리즈A 투자를 유치했다.\n"
    assert not _partners(facts(loader, tmp_path, text), "Samsung Electronics", "한별반도체")


def test_english_chips_manufactured_by_a_foundry(loader, tmp_path):
    text = "Velmora Silicon's accelerators are manufactured by Taiwan's TSMC, the company said.\n"
    assert _partners(facts(loader, tmp_path, text), "TSMC", "Velmora Silicon")


def test_english_foundry_agreed_to_manufacture_a_designer_s_chip(loader, tmp_path):
    text = "TSMC has agreed to manufacture the first inference accelerator from Velmora Silicon, a Boston start-up.\n"
    assert _partners(facts(loader, tmp_path, text), "TSMC", "Velmora Silicon")
