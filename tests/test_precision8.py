"""Edges read from unseen text that an analyst would strike: a funding round joined by "of" to
the place of the startup that raised it ("the Series B of Lyon startup X") taken for a name.

Every sentence here is invented; none is taken from the corpus or a sample. Each wrong reading
has a near miss beside it that must still be read.
"""

from __future__ import annotations

from pathlib import Path

from loaders.pipeline import DocumentLoader
from tests.reading import actor_names, facts


def test_a_round_of_a_place_is_no_name(loader: DocumentLoader, tmp_path: Path):
    names = actor_names(loader, tmp_path, "Quorvel Capital joined the €40M Series A of Lyon robotics startup "
                                          "Tandrix, a round led by Bpifrance.")
    assert not any(name.startswith("Series") for name in names)
    assert {"Tandrix", "Quorvel Capital"} <= names


def test_a_name_beginning_with_seed_is_still_a_name(loader: DocumentLoader, tmp_path: Path):
    names = actor_names(loader, tmp_path, "Seedling Robotics raised $12M in a round led by Bpifrance.")
    assert "Seedling Robotics" in names


# -- a model adopted for the company's own business ----------------------------------------------

def test_a_model_adopted_for_its_own_business_is_not_its_own(loader: DocumentLoader, tmp_path: Path):
    text = "네오칩은 NPU 'VX-90'을 개발했다. 카카오는 자사 클라우드 사업에 VX-90 도입을 검토하고 있다."
    assert ("Kakao", "DEVELOPS", "VX-90") not in facts(loader, tmp_path, text)


def test_a_model_called_its_own_is_its_own(loader: DocumentLoader, tmp_path: Path):
    text = "카카오는 자사 AI 모델 '코랄린'의 성능을 공개했다."
    assert ("Kakao", "DEVELOPS", "코랄린") in facts(loader, tmp_path, text)


# -- buying a company's product ------------------------------------------------------------------

def test_buying_a_companys_product_is_no_takeover(loader: DocumentLoader, tmp_path: Path):
    text = "Halveric Labs plans to buy Nvidia's newest Orion Vale racks next year."
    assert not [f for f in facts(loader, tmp_path, text) if f[1] == "ACQUIRED"]


def test_buying_a_company_is_a_takeover(loader: DocumentLoader, tmp_path: Path):
    text = "Halveric Labs agreed to buy Tarnwell Robotics for $300 million."
    assert ("Halveric Labs", "ACQUIRED", "Tarnwell Robotics") in facts(loader, tmp_path, text)


def test_buying_a_companys_unit_takes_over_the_unit(loader: DocumentLoader, tmp_path: Path):
    text = "Halveric Labs agreed to buy Tarnwell Dynamics's drone unit Skyvane for $90 million."
    found = facts(loader, tmp_path, text)
    assert ("Halveric Labs", "ACQUIRED", "Tarnwell Dynamics") not in found
    assert ("Halveric Labs", "ACQUIRED", "Skyvane") in found


# -- a by-phrase of a second predicate -------------------------------------------------------------

def test_the_user_of_a_released_model_is_not_its_maker(loader: DocumentLoader, tmp_path: Path):
    text = "Its newest model, Brisa-2, was released in May and is used by Halveric Labs to screen contracts."
    assert not [f for f in facts(loader, tmp_path, text) if f[0] == "Halveric Labs"]


def test_a_model_released_by_its_maker(loader: DocumentLoader, tmp_path: Path):
    text = "Brisa-2 was released in May by Halveric Labs."
    assert ("Halveric Labs", "DEVELOPS", "Brisa-2") in facts(loader, tmp_path, text)


# -- a participle glossing the object --------------------------------------------------------------

def test_the_body_that_runs_the_launched_programmes_founded_nothing(loader: DocumentLoader, tmp_path: Path):
    text = "The Government of Canada launched three programmes, administered by Halveric Labs."
    assert not [f for f in facts(loader, tmp_path, text) if f[1] in ("FOUNDED", "LAUNCHED")]


def test_the_named_programme_before_the_participle_is_launched(loader: DocumentLoader, tmp_path: Path):
    text = "The Government of Canada launched the Maple Compute Fund, administered by Halveric Labs."
    assert ("Canadian government", "LAUNCHED", "Maple Compute Fund") in facts(loader, tmp_path, text)
