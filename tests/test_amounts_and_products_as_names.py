"""Words that look like names but are amounts, products or translated programmes: a currency in
capitals before a figure ("RM200M"), a product a company launches and names in apposition, a
foreign fund glossed by its translation, a provident fund.

Every sentence here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.amounts import find_amounts
from loaders.pipeline import DocumentLoader
from tests.reading import actor_names, actor_types, english_facts


@pytest.mark.parametrize(("text", "amount", "unit", "currency"), [
    ("RM200M", 200.0, "million", "MYR"),
    ("Rp15bn", 15.0, "billion", "IDR"),
    ("₱2.5bn", 2.5, "billion", "PHP"),
    ("R$ 40 million", 40.0, "million", "BRL"),
    ("INR 50 crore", 50.0, "crore", "INR"),
    ("Rs 12 Cr", 12.0, "crore", "INR"),
    ("₹3 lakh", 3.0, "lakh", "INR"),
    ("Dh2bn", 2.0, "billion", "AED"),
    ("NT$1.2 billion", 1.2, "billion", "TWD"),
])
def test_currencies_written_before_the_figure(text: str, amount: float, unit: str, currency: str) -> None:
    (found,) = find_amounts(f"The fund put in {text} last year.")
    assert (found.amount, found.unit, found.currency) == (amount, unit, currency)


def test_crore_scales_the_rupee_amount() -> None:
    (found,) = find_amounts("Orvan raised INR 50 crore.", year=2024)
    assert found.value == 5e8 and found.amount_usd is not None


@pytest.mark.parametrize("text", [
    "Selangor Ventures anchored the Harimau Growth Fund with RM80M; the rest came from RM-linked banks.",
    "Lintang Capital invested Rp15bn in Kopiloka, while Dulang Partners added SAR 2bn and AED 300M.",
    "Taipa Capital wrote a HK$40M cheque, and Brava Partners put R$ 12M into Quenta.",
])
def test_amounts_are_no_actors(loader: DocumentLoader, tmp_path: Path, text: str) -> None:
    names = actor_names(loader, tmp_path, text)
    assert not any(any(ch.isdigit() for ch in name) for name in names), names


def test_launched_product_in_apposition_is_developed_not_founded(loader: DocumentLoader) -> None:
    got = english_facts(loader, "Halvard Systems launched an inference service for factory robots, the Orrin Edge, in March.")
    assert any(s == "Halvard Systems" and t in ("DEVELOPS", "LAUNCHED") and o == "Orrin Edge" for s, t, o in got)
    assert not any(t == "FOUNDED" for _, t, _ in got)


def test_platform_named_in_a_deal_stays_a_company(loader: DocumentLoader, tmp_path: Path) -> None:
    """Without a verb of launching, "a lending service, X" in a deal story names the company."""
    types = actor_types(loader, tmp_path, "Brightpeak Capital led a $12 million round in a lending service, Kreditin.")
    assert types.get("Kreditin") != "Model"


def test_foreign_fund_glossed_by_its_translation_is_a_programme(loader: DocumentLoader, tmp_path: Path) -> None:
    types = actor_types(loader, tmp_path, 'Temasar Holdings\' Tabung Inovasi Sihat ("Health Innovation Fund") '
                                          "opened with RM90M from Temasar Holdings.")
    assert types.get("Tabung Inovasi Sihat") == "Program"


def test_provident_fund_is_an_investor(loader: DocumentLoader, tmp_path: Path) -> None:
    types = actor_types(loader, tmp_path, "The Workers Provident Fund invested $30 million in Kopiloka last year.")
    assert types.get("Workers Provident Fund") == "Investor"
