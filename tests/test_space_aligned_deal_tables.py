"""A report's exhibit of deals laid out with runs of spaces in plain text: each row's company
took money from the names of its investor column, a wrapped list of investors carried on under
the cell on the next line. The text is invented.
"""

from __future__ import annotations

from loaders.aligned_tables import aligned_deal_rows_as_tabs
from tests.reading import facts

EXHIBIT = """Exhibit 4: Largest disclosed rounds, H1
Company            Segment            Round      Amount ($m)   Lead investor(s)            Month
Brindle Labs       Speech AI          Series B   120           Harbor Peak Capital; Nvidia  Mar
Ostrava Cloud      GPU cloud          Series A   60            North Quay Ventures;         May
                                                               Lantern Partners
Source: company announcements.
"""


def test_the_rows_become_tab_rows_and_a_wrapped_cell_joins_its_row():
    lines = aligned_deal_rows_as_tabs(EXHIBIT.split("\n"))
    assert lines[1].split("\t")[0] == "Company"
    assert lines[3].split("\t")[0] == "Ostrava Cloud"
    assert "North Quay Ventures; Lantern Partners" in lines[3].split("\t")
    assert lines[4] == ""  # the continuation line, joined to its row, keeps its line number blank


def test_each_company_took_money_from_its_listed_investors(loader, tmp_path):
    got = facts(loader, tmp_path, EXHIBIT)
    assert {("Harbor Peak Capital", "INVESTED_IN", "Brindle Labs"), ("NVIDIA", "INVESTED_IN", "Brindle Labs"),
            ("North Quay Ventures", "INVESTED_IN", "Ostrava Cloud"), ("Lantern Partners", "INVESTED_IN", "Ostrava Cloud")} <= got


def test_an_aligned_list_without_an_investor_column_stays_prose():
    lines = ["Counterparty          Type           Since", "Acme Cloud            Customer       2023",
             "Borealis Chips        Supplier       2024"]
    assert aligned_deal_rows_as_tabs(lines) == lines
