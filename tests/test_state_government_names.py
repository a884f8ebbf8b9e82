"""A region's or a state's government named "Government of X" is a government, whatever words
follow it (a fund it pays into is no part of its name). The text is invented.
"""

from __future__ import annotations

from tests.reading import facts


def test_a_regions_government_is_a_government(loader, tmp_path):
    text = "At state level, the Government of Nordmark committed €40 million to the Nordmark AI Fund of Funds.\n"
    got = facts(loader, tmp_path, text)
    assert ("Government of Nordmark", "FUNDS", "Nordmark AI Fund of Funds") in got
