"""English wire-story habits (invented sentences): a majority stake held makes the held company
the holder's unit; a denied act ("can't buy", "didn't invest") states nothing; a fund glossed as
"a vehicle backed by A and B" gives the money, not A or B; a government's own "its" is no other
organisation; "Over the same period" opens no name."""

from __future__ import annotations

from graph.model import Document
from loaders.document import SourceText
from loaders.pipeline import DocumentLoader


def _edges(text: str) -> set[tuple[str, str, str]]:
    batch = DocumentLoader().load_text(SourceText(Document(id="w", path="w.txt", lang="en"), "Wire notes\n" + text)).batch
    return {(batch.actors[r.subject].name, r.type, batch.actors[r.object].name) for r in batch.relationships}


def test_majority_stake_held_makes_a_subsidiary():
    edges = _edges("Corvid Labs builds warehouse robots. Harbor Pine Group, which holds a majority stake in Corvid Labs, "
                   "declined to comment.")
    assert ("Corvid Labs", "SUBSIDIARY_OF", "Harbor Pine Group") in edges
    assert ("Harbor Pine Group", "ACQUIRED", "Corvid Labs") not in edges


def test_majority_stake_taken_is_still_a_takeover():
    assert ("Tallow Capital", "ACQUIRED", "Brightwick AI") in _edges("Tallow Capital acquired a 70% stake in Brightwick AI.")


def test_contracted_negation_denies_the_act():
    edges = _edges("Quennel Robotics is growing fast. Tallow Capital said it can't buy Quennel Robotics this year. "
                   "Harbor Pine Group didn't invest in Quennel Robotics either.")
    assert not any(r in ("ACQUIRED", "INVESTED_IN") for _, r, _ in edges)


def test_backers_of_a_glossed_fund_give_no_money_to_its_investee():
    edges = _edges("Corvid Labs said it had raised 900 million yuan from the Harbor Pine Investment Fund, a vehicle backed "
                   "by the Ministry of Finance and the Tallow Development Bank, and from Quennel Holdings.")
    assert ("Harbor Pine Investment Fund", "INVESTED_IN", "Corvid Labs") in edges
    assert not any(o == "Corvid Labs" and s in ("Ministry of Finance", "Tallow Development Bank") for s, _, o in edges)


_PERIOD_AND_CITY_FUND = ("Investment into start-ups fell to about $310 million in 2025, according to figures compiled by "
                         "research firm Quennel Group. Over the same period, deals led by state-backed funds rose more "
                         "than fourfold.\n\nShanghai has moved to support that. The Shanghai municipal government set up "
                         "its AI industry fund in 2023 with 10 billion yuan.")


def test_a_governments_own_fund_is_not_the_last_name_before():
    edges = _edges(_PERIOD_AND_CITY_FUND.replace("Over the same period, ", ""))
    assert not any(o == "Quennel Group" for _, _, o in edges)


def test_over_the_period_opens_no_name():
    assert not any("Over" in (s, o) for s, _, o in _edges(_PERIOD_AND_CITY_FUND))
