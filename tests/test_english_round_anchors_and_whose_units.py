"""English round and ownership habits: "The round was anchored by A, with B participating" says A
led the round just reported (as "led by" does), and "A, whose venture arm, B, wrote the cheque"
names B as A's unit. Each case is an invented text."""

from __future__ import annotations

from tests.reading import facts


def test_an_anchored_round_is_led_by_its_anchor(loader, tmp_path):
    text = ("Brindle Grid, which builds forecasting software, raised US$40 million. "
            "The round was anchored by Harbourline Capital, with Westmark Ventures participating.\n")
    got = facts(loader, tmp_path, text)
    assert ("Harbourline Capital", "INVESTED_IN", "Brindle Grid") in got
    assert ("Westmark Ventures", "INVESTED_IN", "Brindle Grid") in got


def test_a_unit_named_after_whose_belongs_to_the_name_before(loader, tmp_path):
    text = ("Brindle Grid raised US$40 million. The round was led by Harbourline Pension Plan, "
            "whose venture arm, Harbourline Venture Growth, wrote the cheque.\n")
    got = facts(loader, tmp_path, text)
    assert ("Harbourline Venture Growth", "SUBSIDIARY_OF", "Harbourline Pension Plan") in got
