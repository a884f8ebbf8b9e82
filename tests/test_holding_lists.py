"""An annual report's lists of subsidiaries and investees under the sentence naming their owner,
their columns aligned by spaces.

Every line here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from pathlib import Path

from loaders.pipeline import DocumentLoader
from tests.reading import facts

_SUBSIDIARIES = """Notes to the accounts

12. Investments in subsidiaries
The principal subsidiaries of Brindlecombe Holdings plc at 31 December 2030 are listed
below. All are wholly owned unless stated.

Name                           Country of incorporation   Holding
Brindlecombe Software Limited  United Kingdom             100%
Pellwick Data GmbH (a)         Germany                    60%

(a) The remaining 40% is held by the founders.
"""

_INVESTEES = """13. Other investments
Brindlecombe Ventures Limited holds minority interests in unlisted companies. Holdings above
£1 million are:

Investee                      Country     Stake
Tallowfield Robotics Ltd      Netherlands 7.5%
Quenby Labs Inc.              USA         2.0%
"""


def test_subsidiaries_listed_under_their_owner(loader: DocumentLoader, tmp_path: Path) -> None:
    got = facts(loader, tmp_path, _SUBSIDIARIES, locations=True)
    assert ("Brindlecombe Software Limited", "SUBSIDIARY_OF", "Brindlecombe Holdings") in got
    assert ("Pellwick Data GmbH", "SUBSIDIARY_OF", "Brindlecombe Holdings") in got
    assert ("Pellwick Data GmbH", "BASED_IN", "Germany") in got


def test_investees_listed_under_their_holder(loader: DocumentLoader, tmp_path: Path) -> None:
    got = facts(loader, tmp_path, _INVESTEES, locations=True)
    assert ("Brindlecombe Ventures Limited", "INVESTED_IN", "Tallowfield Robotics Ltd") in got
    assert ("Brindlecombe Ventures Limited", "INVESTED_IN", "Quenby Labs Inc.") in got
    assert ("Tallowfield Robotics Ltd", "BASED_IN", "Netherlands") in got


def test_a_table_without_its_owners_sentence_is_no_holding_list(loader: DocumentLoader, tmp_path: Path) -> None:
    text = "Our largest customers in 2030 were:\n\nName                   Country    Revenue\nTallowfield Robotics Ltd   UK    £2m\n"
    assert not any(t in ("SUBSIDIARY_OF", "INVESTED_IN") for _, t, _ in facts(loader, tmp_path, text))
