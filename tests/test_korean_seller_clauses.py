"""Korean states a sale from the seller's side ("A는 B를 C에 매각했다", "B를 C에 넘김"): the
에-name C bought the object B. Each case is an invented text."""

from __future__ import annotations

from tests.reading import facts


def test_the_buyer_of_a_sale_is_the_name_before_e(loader, tmp_path):
    got = facts(loader, tmp_path, "네이버는 음성 AI 스타트업 소리결을 카카오에 매각했다고 밝혔다.\n")
    assert ("Kakao", "ACQUIRED", "소리결") in got
    assert not [f for f in got if f[0] == "Naver" and f[1] == "ACQUIRED"]


def test_a_telegraphic_handover_is_a_sale(loader, tmp_path):
    got = facts(loader, tmp_path, "- 네이버는 번역 스타트업 말결을 카카오에 넘김. 금액은 비공개\n")
    assert ("Kakao", "ACQUIRED", "말결") in got
