"""Capitalised words that name no actor in English news: a person named by a firm's post, a
numbered step of an event, a licence, and a company that is the subject of a contact clause
after a place's description.

Every sentence here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

import pytest

from loaders.discovery import find_candidates
from loaders.pipeline import DocumentLoader
from tests.reading import english_facts, subjects_and_objects


@pytest.mark.parametrize("text", [
    "\"Funds here move slowly,\" said Brindlewood's partner Carla Estevez on a panel in Lisbon.",
    "Brindlewood's partner Carla Estevez pointed out that US investors put $2bn into Dutch startups in 2025.",
])
def test_a_firms_partner_is_a_person(loader: DocumentLoader, text: str) -> None:
    got = english_facts(loader, text)
    assert not any(t == "PARTNERS_WITH" for _, t, _ in got)


def test_a_firms_regional_lead_is_a_person(loader: DocumentLoader) -> None:
    """"Acme's EMEA lead, P, said the company will ...": the company is Acme, P its employee."""
    got = english_facts(loader, "Corvane's EMEA lead, Pieter Aalbers, said the company will supply 4,000 GPUs "
                                "to Tidewell Compute under a supply agreement signed on Monday.")
    assert ("Corvane", "PARTNERS_WITH", "Tidewell Compute") in got
    assert "Pieter Aalbers" not in subjects_and_objects(got)


@pytest.mark.parametrize(("text", "step"), [
    ("Keynote 3: Brindle Labs and the robotics track", "Keynote 3"),
    ("The regulator opened a Phase 2 inquiry into the merger.", "Phase 2"),
    ("Day 2: Corvane and the open-source track", "Day 2"),
])
def test_numbered_event_step_is_no_name(text: str, step: str) -> None:
    assert step not in [m.surface for m in find_candidates(text, [])]


def test_licence_is_no_model(loader: DocumentLoader) -> None:
    got = english_facts(loader, "Corvane walked through Brindle Labs' new model family, released the same morning under Apache 2.0.")
    assert "Apache 2.0" not in subjects_and_objects(got)


def test_contact_clause_subject_is_not_the_described_startup(loader: DocumentLoader) -> None:
    """"B, a London startup A agreed to buy": London places B, not A."""
    got = english_facts(loader, "Regulators opened an inquiry into Corvane's acquisition of Tallis Voice, "
                                "a London speech startup Corvane agreed to buy in March.")
    assert ("Corvane", "ACQUIRED", "Tallis Voice") in got
    assert not any(s == "Corvane" and t == "BASED_IN" for s, t, _ in got)
