"""Governments written as a description rather than a name ("China's finance ministry", "the
German federal economics ministry", "France's Ministry for the Economy", "the French state").

Every sentence here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from loaders.pipeline import DocumentLoader
from tests.reading import english_facts


def test_possessive_field_ministry_is_the_known_ministry(loader: DocumentLoader) -> None:
    got = english_facts(loader, "The Harbour Chip Fund is financed by China's finance ministry and two state lenders.")
    assert ("Ministry of Finance of China", "FUNDS", "Harbour Chip Fund") in got


def test_adjective_field_ministry_is_the_known_ministry(loader: DocumentLoader) -> None:
    got = english_facts(loader, "Brennwald Labs, which is financed by the German federal economics ministry, hired 40 engineers.")
    assert ("Federal Ministry for Economic Affairs", "FUNDS", "Brennwald Labs") in got


def test_capital_city_stands_for_its_country(loader: DocumentLoader) -> None:
    """Ministries are national: "Beijing's commerce ministry" is China's, not the US Commerce Department."""
    got = english_facts(loader, "Beijing's commerce ministry fined Norvale Batteries.")
    assert got == {("Ministry of Commerce of China", "REGULATES", "Norvale Batteries")}


def test_unknown_ministry_is_named_after_its_field_and_country(loader: DocumentLoader) -> None:
    got = english_facts(loader, "Pellaro Robotics received a €4 million grant from Estonia's culture ministry.")
    assert ("Ministry of Culture (Estonia)", "FUNDS", "Pellaro Robotics") in got


def test_the_state_after_a_demonym_is_the_government(loader: DocumentLoader) -> None:
    got = english_facts(loader, "Quirinal AI received €3 million in grants from the French state, operated by a public bank.")
    assert ("French government", "FUNDS", "Quirinal AI") in got


def test_a_state_investment_bank_is_no_government(loader: DocumentLoader) -> None:
    got = english_facts(loader, "The French state investment bank Bpifrance invested in Quirinal AI.")
    assert not any("French government" in (s, o) for s, _, o in got)


def test_the_field_ministry_points_back_to_the_ministry_of_that_field(loader: DocumentLoader) -> None:
    """"The economy ministry" after another country's commerce ministry is still the economy ministry."""
    got = english_facts(loader, "Germany's Federal Ministry for Economic Affairs blocked the sale of Talvero GmbH. "
                                "China's commerce ministry said the decision was wrong. "
                                "The economy ministry is providing €20mn in grants to Talvero GmbH.")
    assert ("Federal Ministry for Economic Affairs", "FUNDS", "Talvero") in got
    assert not any(s == "Ministry of Commerce of China" and o == "Talvero" for s, _, o in got)


def test_field_word_finds_a_ministry_of_several_fields(loader: DocumentLoader) -> None:
    got = english_facts(loader, "Japan's industry ministry awarded a ¥2 billion grant to Hikari Labs.")
    assert ("Ministry of Economy, Trade and Industry", "FUNDS", "Hikari Labs") in got
