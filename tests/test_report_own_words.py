"""An annual report's words for its own issuer: "the Group" left undefined, highlights that open
with the act ("• Acquired ...", "• Launched ..."), "our venture arm, X" and "X, our copilot".

Every sentence here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from pathlib import Path

from loaders.pipeline import DocumentLoader
from tests.reading import facts

_MASTHEAD = "Brindlecombe Holdings plc\nAnnual Report 2030\n\n"


def test_the_group_is_the_issuer(loader: DocumentLoader, tmp_path: Path) -> None:
    text = _MASTHEAD + "On 2 May 2030 the Group acquired 100% of the share capital of Tallowfield Analytics Limited.\n"
    assert ("Brindlecombe Holdings", "ACQUIRED", "Tallowfield Analytics Limited") in facts(loader, tmp_path, text)


def test_highlights_open_with_the_issuers_acts(loader: DocumentLoader, tmp_path: Path) -> None:
    text = _MASTHEAD + ("Highlights of the year\n"
                        "• Acquired a 60% controlling interest in Pellwick Data GmbH for €9 million.\n"
                        "• Launched Brindlecombe Growth Fund I, a £50 million vehicle.\n"
                        "• Signed a three-year strategic collaboration agreement with Oracle.\n")
    got = facts(loader, tmp_path, text)
    assert ("Brindlecombe Holdings", "ACQUIRED", "Pellwick Data") in got
    assert ("Brindlecombe Holdings", "LAUNCHED", "Brindlecombe Growth Fund I") in got
    assert ("Brindlecombe Holdings", "PARTNERS_WITH", "Oracle") in got
    assert not any(name.startswith("Launched") for fact in got for name in (fact[0], fact[2]))


def test_an_act_inside_prose_needs_its_subject(loader: DocumentLoader, tmp_path: Path) -> None:
    text = _MASTHEAD + "Revenue grew. Acquired assets were written down by £2 million at Pellwick Data GmbH.\n"
    assert not any(s == "Brindlecombe Holdings" for s, _, _ in facts(loader, tmp_path, text))


def test_our_arm_named_after_it_and_our_product(loader: DocumentLoader, tmp_path: Path) -> None:
    text = _MASTHEAD + ("We launched Brindlecombe Growth Fund I, a vehicle managed by our corporate venture arm, "
                        "Brindlecombe Ventures Limited. We also sold Ledgerwise, our compliance copilot, to four banks.\n")
    got = facts(loader, tmp_path, text)
    assert ("Brindlecombe Ventures Limited", "SUBSIDIARY_OF", "Brindlecombe Holdings") in got
    assert ("Brindlecombe Ventures Limited", "PARTICIPATES_IN", "Brindlecombe Growth Fund I") in got
    assert ("Brindlecombe Holdings", "DEVELOPS", "Ledgerwise") in got
