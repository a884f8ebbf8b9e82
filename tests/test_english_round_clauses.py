"""A round reported in a relative clause after a company's description: "X, a startup founded by P
and Q, which closed a $45m seed round this month led by A with B participating". "which" is said
of the company, never of its founders, and a time may stand between the round and its lead.

Every sentence here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from loaders.pipeline import DocumentLoader
from tests.reading import english_facts


def test_which_after_founders_is_the_companys_round(loader: DocumentLoader) -> None:
    got = english_facts(loader, "The panel also featured Orrel Bio, a Leeds startup founded by two former "
                                "Pfizer researchers, Maya Lund and Joel Hart, which closed a $30m seed round this "
                                "month led by Brightwater Ventures with Pellar Capital participating.")
    assert ("Brightwater Ventures", "INVESTED_IN", "Orrel Bio") in got
    assert ("Pellar Capital", "INVESTED_IN", "Orrel Bio") in got
    assert not any(o in ("Maya Lund", "Joel Hart") for _, t, o in got if t == "INVESTED_IN")


def test_round_month_between_round_and_lead(loader: DocumentLoader) -> None:
    got = english_facts(loader, "Tidewell Robotics announced a $12m Series A in March led by Pellar Capital.")
    assert ("Pellar Capital", "INVESTED_IN", "Tidewell Robotics") in got
