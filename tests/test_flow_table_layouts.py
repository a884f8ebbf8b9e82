"""Country flow tables in layouts the caption-per-country readers missed, on invented tables:
a column per end of the flow (투자국 | 유치국 | 투자액), tab-separated or flattened one cell
per line under a unit line; a caption giving the destination before 에 대한 or after 對;
a column per year."""

from __future__ import annotations

from pathlib import Path

from loaders.document import read_document


def flows(loader, tmp_path: Path, text: str) -> list[tuple[str, str, dict]]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    batch = loader.load_text(read_document(path, {})).batch
    return [(batch.actors[r.subject].name, batch.actors[r.object].name, r.props)
            for r in batch.relationships if r.type == "VC_FLOW"]


def amounts(found, source: str, target: str) -> set[tuple[float, int | None]]:
    return {(p.get("amount_usd"), p.get("year")) for s, t, p in found if (s, t) == (source, target)}


def test_source_and_destination_columns_flattened_one_cell_per_line(loader, tmp_path):
    found = flows(loader, tmp_path, (
        "[표 3] 2024년 주요 국가 간 AI 투자 경로\n(단위: 억 달러, %)\n투자국\n유치국\n투자액\n증감률\n"
        "독일\n스페인\n4.5\n12.0\n캐나다\n멕시코\n2.5\n-3.1\n자료: 가상연구소\n"))
    assert amounts(found, "Germany", "Spain") == {(450_000_000, 2024)}
    assert amounts(found, "Canada", "Mexico") == {(250_000_000, 2024)}


def test_source_and_destination_columns_tab_separated(loader, tmp_path):
    found = flows(loader, tmp_path, (
        "Table 2. AI venture corridors, 2023 (단위: 백만 달러)\n"
        "Source country\tDestination\tAmount\nNorway\tDenmark\t120\nBrazil\tChile\t35\n"))
    assert amounts(found, "Norway", "Denmark") == {(120_000_000, 2023)}
    assert amounts(found, "Brazil", "Chile") == {(35_000_000, 2023)}


def test_caption_names_destination_before_ehdaehan_rows_by_nationality(loader, tmp_path):
    found = flows(loader, tmp_path, (
        "<표 4-2> 베트남 AI 스타트업에 대한 투자자 국적별 VC 투자(2024년)\n(단위: 백만 달러, %)\n"
        "투자자 국적\t투자액\t비중\n베트남\t300\t50.0\n일본\t200\t33.3\n합계\t600\t100.0\n"))
    assert amounts(found, "Japan", "Vietnam") == {(200_000_000, 2024)}
    assert amounts(found, "Vietnam", "Vietnam") == {(300_000_000, 2024)}


def test_dae_caption_with_a_column_per_year(loader, tmp_path):
    found = flows(loader, tmp_path, (
        "<표 1> 북유럽 2국의 對독일 AI 분야 VC 투자 추이\n(단위: 백만 달러)\n"
        "투자국 2022 2023 비중(2023)\n스웨덴 10 40 80.0%\n핀란드 5 10 20.0%\n합계 15 50 100.0%\n"))
    assert amounts(found, "Sweden", "Germany") == {(10_000_000, 2022), (40_000_000, 2023)}
    assert amounts(found, "Finland", "Germany") == {(5_000_000, 2022), (10_000_000, 2023)}


def test_dae_caption_without_rows_by_source_reads_nothing(loader, tmp_path):
    found = flows(loader, tmp_path, (
        "<표 1> 對독일 AI 투자 상위 기업\n(단위: 백만 달러)\n기업 2022 2023\n스웨덴 10 40\n"))
    assert not found


def test_corridor_rows_with_arrows_and_a_column_per_year(loader, tmp_path):
    found = flows(loader, tmp_path, (
        "Table 5. Cross-border AI venture investment, selected corridors (US$ billion)\n"
        "Investor country -> Investee country    2020    2024    Change\n"
        "Canada -> Ireland                       1.5     2.0     +33%\n"
        "Norway -> Portugal                      0.2     0.9     n/m\n"
        "Source: an invented survey.\n"))
    assert amounts(found, "Canada", "Ireland") == {(1_500_000_000, 2020), (2_000_000_000, 2024)}
    assert amounts(found, "Norway", "Portugal") == {(200_000_000, 2020), (900_000_000, 2024)}


def test_corridor_rows_of_goods_are_no_investment(loader, tmp_path):
    found = flows(loader, tmp_path, (
        "Table 6. Memory chip exports, selected corridors (US$ billion)\n"
        "Exporter -> Importer    2020    2024\n"
        "Canada -> Ireland       1.5     2.0\n"
        "Norway -> Portugal      0.2     0.9\n"))
    assert not found


def test_source_and_destination_columns_of_trade_are_no_investment(loader, tmp_path):
    found = flows(loader, tmp_path, (
        "Table 2. Grain shipments, 2023 (단위: 백만 달러)\n"
        "Source country\tDestination\tAmount\nNorway\tDenmark\t120\nBrazil\tChile\t35\n"))
    assert not found
