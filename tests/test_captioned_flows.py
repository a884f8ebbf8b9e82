"""Country flow tables whose caption gives the country and the direction
(loaders/relations/captioned_flows.py), on invented tables."""

from __future__ import annotations

from pathlib import Path

from loaders.document import read_document


def flows(loader, tmp_path: Path, text: str):
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    result = loader.load_text(read_document(path, {}))
    batch = result.batch
    got = {(batch.actors[r.subject].name, batch.actors[r.object].name): r.props
           for r in batch.relationships if r.type == "VC_FLOW"}
    return got, result.warnings


def test_english_caption_with_cells_flattened_one_per_line(loader, tmp_path):
    got, warnings = flows(loader, tmp_path, (
        "Table 3. Venture investment into Germany by source country, 2024 (USD million;\n"
        "total 2,000)\nSource country\nAmount\nShare\nUnited States\n1,200\n60.0%\n"
        "France\n300\n15.0%\nUnited Kingdom\n250\n12.5%\n\nThe rest came from smaller markets.\n"))
    assert got[("United States", "Germany")]["amount_usd"] == 1_200_000_000
    assert got[("United States", "Germany")]["share_pct"] == 60.0
    assert got[("United Kingdom", "Germany")]["year"] == 2024
    assert got[("United States", "Germany")]["direction"] == "inbound"
    assert not warnings


def test_outbound_caption_one_line_rows_and_total_row_checked(loader, tmp_path):
    got, warnings = flows(loader, tmp_path, (
        "Table 4. Venture investment from France by destination country, 2023 (EUR million; total 900)\n"
        "Country Amount Share\nGermany 300 33.3%\nSpain 120 13.3%\nTotal 950\n"))
    assert set(got) == {("France", "Germany"), ("France", "Spain")}
    assert got[("France", "Germany")]["currency"] == "EUR" and got[("France", "Germany")]["rate"] > 0
    assert any("total row" in w for w in warnings)


def test_korean_caption_tab_rows_with_unspecified_and_sum_over_total(loader, tmp_path):
    got, warnings = flows(loader, tmp_path, (
        "표 2. 일본 AI 스타트업의 국가별 투자 유치 현황(2024년, 단위: 백만 달러, 총 1,000)\n"
        "국가\t금액\t비중\n미국\t900\t60%\n싱가포르\t310\t20%\n불특정\t95\t5%\n"))
    assert got[("United States", "Japan")]["amount_usd"] == 900_000_000
    assert ("Unspecified", "Japan") in got
    assert any("more than the stated total" in w for w in warnings)


def test_caption_without_direction_reads_nothing(loader, tmp_path):
    got, _ = flows(loader, tmp_path, "Table 1. Largest AI rounds, 2024 (USD million)\nCountry Amount\nUnited States 500\n")
    assert not got


def test_sources_of_capital_caption_with_nationality_header_and_bare_shares(loader, tmp_path):
    got, _ = flows(loader, tmp_path, (
        "Table 7: Sources of AI venture capital invested in Dutch startups, 2023\n"
        "(EUR million; total: 1,000)\n"
        "Investor country    Amount    Share (%)\n"
        "Netherlands    420    42.0\n"
        "Belgium    180    18.0\n"
        "Source: invented compilation of deal records.\n"))
    assert got[("Netherlands", "Netherlands")]["share_pct"] == 42.0
    assert got[("Belgium", "Netherlands")]["year"] == 2023
    assert got[("Belgium", "Netherlands")]["direction"] == "inbound"
