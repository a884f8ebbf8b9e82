"""Captioned tables whose rows name both ends of each flow with an arrow ("Canada -> Ireland
1.5 2.0", "Norway ➡ Portugal 0.2 0.9"), on invented tables: such a row is reported from neither
side, so it carries no direction and is one edge with the same flow written in prose."""

from __future__ import annotations

from pathlib import Path

from loaders.document import read_document


def flows(loader, tmp_path: Path, text: str) -> list[tuple[str, str, dict]]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    batch = loader.load_text(read_document(path, {})).batch
    return [(batch.actors[r.subject].name, batch.actors[r.object].name, r.props)
            for r in batch.relationships if r.type == "VC_FLOW"]


_TABLE = ("Table 5. Cross-border AI venture investment, selected corridors (US$ billion)\n"
          "Investor country -> Investee country    2020    2024\n"
          "Canada -> Ireland                       1.5     2.0\n"
          "Norway {arrow} Portugal                      0.2     0.9\n"
          "Source: an invented survey.\n")


def test_corridor_rows_carry_no_direction(loader, tmp_path):
    found = flows(loader, tmp_path, _TABLE.format(arrow="->"))
    rows = [p for s, t, p in found if (s, t) in {("Canada", "Ireland"), ("Norway", "Portugal")}]
    assert len(rows) == 4
    assert all("direction" not in p for p in rows)


def test_corridor_row_and_arrow_in_prose_are_one_edge(loader, tmp_path):
    found = flows(loader, tmp_path, (
        "- Canada → Ireland: Canadian investors committed $2.0 billion to Irish start-ups in 2024.\n\n"
        + _TABLE.format(arrow="->")))
    assert [p.get("year") for s, t, p in found if (s, t) == ("Canada", "Ireland")].count(2024) == 1


def test_corridor_rows_written_with_any_arrow_of_the_prose(loader, tmp_path):
    found = flows(loader, tmp_path, _TABLE.format(arrow="➡"))
    assert {(p.get("amount_usd"), p.get("year")) for s, t, p in found if (s, t) == ("Norway", "Portugal")} == {
        (200_000_000, 2020), (900_000_000, 2024)}
