"""An English filing's definitions section: "Company", "Group" and other capitalised terms stand
for the registered companies it defines them as, wherever the announcement uses them."""

from __future__ import annotations

from tests.reading import facts

ANNOUNCEMENT = """ACME HOLDINGS LIMITED
(Incorporated in Bermuda with limited liability)

INFORMATION ON THE GROUP
The Group develops the Corvus Vista series of vision models for factories.

DEFINITIONS
"Board"       the board of Directors
"Company"     Acme Holdings Limited, whose Shares are listed on the Main Board
"Group"       the Company and its subsidiaries
"Subscriber"  Brightwater Investment Limited, a company incorporated in the British Virgin Islands
"""


def test_the_group_stands_for_the_company_the_definitions_name(loader, tmp_path):
    got = facts(loader, tmp_path, ANNOUNCEMENT)
    assert ("Acme Holdings Limited", "DEVELOPS", "Corvus Vista") in got


def test_without_a_definitions_section_the_group_is_no_name(loader, tmp_path):
    text = ANNOUNCEMENT.split("DEFINITIONS")[0]
    got = facts(loader, tmp_path, text)
    assert not any(f[1] == "DEVELOPS" and f[2] == "Corvus Vista" for f in got)
