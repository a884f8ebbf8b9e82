"""An anchor tenant of a programme takes part in it: "X is the first anchor tenant under the
programme". Invented text.
"""

from __future__ import annotations

from tests.reading import facts


def test_the_anchor_tenant_under_a_programme_takes_part_in_it(loader, tmp_path):
    text = ("The ministry launched the Coastal Compute Programme last year. "
            "Velmora Cloud is the first anchor tenant under the programme, the ministry said.\n")
    assert ("Velmora Cloud", "PARTICIPATES_IN", "Coastal Compute Programme") in facts(loader, tmp_path, text)
