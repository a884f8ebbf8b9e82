""""A's chips are made by B": the plainest English verb of a foundry's production names it as
the designer's partner, as "manufactured by" does. Each case is an invented text.
"""

from __future__ import annotations

from tests.reading import facts


def _partners(got: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "PARTNERS_WITH", b) in got or (b, "PARTNERS_WITH", a) in got


def test_chips_made_by_a_foundry(loader, tmp_path):
    text = "Velmora Silicon's new accelerators are made by TSMC, the company said.\n"
    assert _partners(facts(loader, tmp_path, text), "TSMC", "Velmora Silicon")


def test_made_by_without_chips_is_no_foundry(loader, tmp_path):
    text = "Velmora Silicon's decision was made by TSMC veterans on its board.\n"
    assert not _partners(facts(loader, tmp_path, text), "TSMC", "Velmora Silicon")
