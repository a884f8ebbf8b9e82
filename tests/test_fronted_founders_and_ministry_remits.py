"""English news: "Founded in 2022 by P and Q, the startup will ..." founded the company spoken
of (not the next name); a ministry's remit list may hold "the" ("Ministry of Information,
Communications and the Digital Economy"); "the Senegalese capital" and "KES 1.5 billion" name
no company.

Every line here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from pathlib import Path

from loaders.pipeline import DocumentLoader
from tests.reading import actor_names, facts


def test_founders_in_a_fronted_participle_founded_the_startup_spoken_of(loader: DocumentLoader, tmp_path: Path) -> None:
    text = ("Tarnwick Voice has closed a $6 million seed round led by Pellow Capital. Founded in 2021 by Amara Osei "
            "and Kofi Mensah, the startup will use the money to train Tarn-3, its next model.\n")
    got = facts(loader, tmp_path, text)
    assert {("Amara Osei", "FOUNDED", "Tarnwick Voice"), ("Kofi Mensah", "FOUNDED", "Tarnwick Voice")} <= got
    assert not any(o == "Tarn-3" for _, r, o in got if r == "FOUNDED")


def test_a_ministry_remit_list_may_hold_the(loader: DocumentLoader, tmp_path: Path) -> None:
    text = ("The Ministry of Water, Forests and the Blue Economy launched the Coastal AI Grant, a KES 1.5 billion "
            "programme for local researchers.\n")
    got = facts(loader, tmp_path, text)
    assert ("Ministry of Water, Forests and the Blue Economy", "LAUNCHED", "Coastal AI Grant") in got
    assert not {"Forests", "Blue Economy", "KES 1.5"} & actor_names(loader, tmp_path, text)


def test_a_demonym_before_capital_names_no_product(loader: DocumentLoader, tmp_path: Path) -> None:
    text = "Pellow Capital has committed $5 million to Tarnwick Cloud, an operator building a data centre outside the Senegalese capital.\n"
    got = facts(loader, tmp_path, text)
    assert ("Pellow Capital", "INVESTED_IN", "Tarnwick Cloud") in got
    assert "Senegalese" not in actor_names(loader, tmp_path, text)
