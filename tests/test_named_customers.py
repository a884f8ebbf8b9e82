"""A company's customers, as English business news names them, each habit on an invented text.

A supplier and its customer work together (PARTNERS_WITH): "A counts B as a pilot customer",
"A counts B and a large bank among its clients", "A's first large customer is B", "B had been
A's largest customer", "A, whose customers include B and C".
"""

from __future__ import annotations

from tests.reading import facts


def partners(got: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "PARTNERS_WITH", b) in got or (b, "PARTNERS_WITH", a) in got


def test_counts_a_name_as_a_customer(loader, tmp_path):
    got = facts(loader, tmp_path, "Brackenwood Optics designs photonic chips for data centres and counts "
                                  "Corvalis Cloud as a pilot customer.\n")
    assert partners(got, "Brackenwood Optics", "Corvalis Cloud")
    assert ("Corvalis Cloud", "INVESTED_IN", "Brackenwood Optics") not in got


def test_counts_names_among_its_clients(loader, tmp_path):
    got = facts(loader, tmp_path, "Tarnwell Analytics counts Meridale Insurance and a large regional bank "
                                  "among its clients.\n")
    assert partners(got, "Tarnwell Analytics", "Meridale Insurance")


def test_counts_names_as_shareholders_still_invest(loader, tmp_path):
    got = facts(loader, tmp_path, "Tarnwell Analytics counts Oskarvik Capital as a minority shareholder.\n")
    assert ("Oskarvik Capital", "INVESTED_IN", "Tarnwell Analytics") in got


def test_the_possessive_names_the_supplier_of_its_first_customer(loader, tmp_path):
    got = facts(loader, tmp_path, "Halvane Systems builds routing software for ports.\n"
                                  "Halvane's first large customer is Dorrit Logistics, which signed a deal in May.\n")
    assert partners(got, "Halvane Systems", "Dorrit Logistics")


def test_a_name_had_been_the_possessives_largest_customer(loader, tmp_path):
    got = facts(loader, tmp_path, "Corbel Freight had been Halvane Systems' largest customer since 2023.\n")
    assert partners(got, "Halvane Systems", "Corbel Freight")


def test_whose_customers_include_a_list(loader, tmp_path):
    got = facts(loader, tmp_path, "Halvane Systems, whose customers include Dorrit Logistics and Corbel Freight, "
                                  "raised $40 million.\n")
    assert partners(got, "Halvane Systems", "Dorrit Logistics") and partners(got, "Halvane Systems", "Corbel Freight")


def test_a_customer_of_a_possessive_product_is_no_customer_of_its_maker(loader, tmp_path):
    got = facts(loader, tmp_path, "Dorrit Logistics is a large port operator; Halvane Systems' rival Corbel "
                                  "Freight sells to the same buyers.\n")
    assert not partners(got, "Halvane Systems", "Dorrit Logistics")
