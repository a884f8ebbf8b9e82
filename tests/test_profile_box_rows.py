"""Rows of a profile page's space-aligned box, and which aligned headers make a profile list.

A row whose label the box reader does not know ends the value above it: it is another field of
the box, not a name wrapped onto the next line. And only the headers of a profile's lists
("Investor Name", "Acquiree Name", "Organization Name") turn an aligned table into tab rows.
"""

from __future__ import annotations

from loaders.aligned_tables import aligned_deal_rows_as_tabs
from tests.reading import facts

BOX = """Companies > Robotics > Corvane

Corvane
Founders              Ilse Marrow, Tobin Greaves
Headquarters          Leeds, England, United Kingdom
Subsidiaries          Corvane Logistics
Hub Tags              Emerging Unicorn
"""


def test_an_unknown_aligned_label_is_a_row_of_its_own_not_a_wrapped_value(loader, tmp_path):
    got = facts(loader, tmp_path, BOX)
    assert ("Corvane Logistics", "SUBSIDIARY_OF", "Corvane") in got
    assert not any(f[1] == "SUBSIDIARY_OF" and "Unicorn" in f[0] for f in got)


PRODUCTS = """Product Name          Maker             Price
Corvane Grip          Corvane           $40,000
Tessel Arm            Tesselate Labs    $55,000
"""


def test_only_a_profile_lists_name_column_makes_an_aligned_table_a_profile_list():
    lines = PRODUCTS.splitlines()
    assert aligned_deal_rows_as_tabs(lines) == lines


def test_a_profile_lists_name_column_makes_an_aligned_table_tab_rows():
    lines = PRODUCTS.replace("Product Name", "Investor Name").splitlines()
    assert aligned_deal_rows_as_tabs(lines)[1].split("\t") == ["Corvane Grip", "Corvane", "$40,000"]
