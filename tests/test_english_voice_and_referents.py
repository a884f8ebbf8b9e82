"""Who an English text's words point to: a news outlet is no voice of its own, "It" after an
investor's deal list is the investor, "the firm" in an investment firm's letter is the writer,
and a round, a parent's name or a base model named in passing is no party of its own.

Every text here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from pathlib import Path

from loaders.pipeline import DocumentLoader
from tests.reading import facts, subjects_and_objects


def test_a_news_outlet_with_a_reporters_byline_has_no_voice(loader: DocumentLoader, tmp_path: Path) -> None:
    """A masthead in capitals over a reporter's byline: "the company" is the story's company, never the outlet."""
    got = facts(loader, tmp_path, (
        "HARBOUR LEDGER\nTech | Markets\n\nOrvella raises $40 million\n\nBy Jane Whitfield, Lisbon\n\n"
        "Orvella, a Lisbon robotics startup, is growing fast. Last week the company closed a $40 million "
        "Series B led by Tidewater Capital.\n\n\"We want to build here,\" the founder told Harbour Ledger.\n"))
    assert "Harbour Ledger" not in subjects_and_objects(got)


def test_it_after_an_investors_list_of_rounds_is_the_investor(loader: DocumentLoader, tmp_path: Path) -> None:
    """"V made four investments. The largest was a participation in the Series A of X. It also
    followed on in Y's round": the investor followed on, not X."""
    got = facts(loader, tmp_path, (
        "Brantley Ventures made four new investments during the year. The largest was a $3 million participation "
        "in the Series A of Quillby Ltd, a Leeds developer of legal software. It also followed on in Zentrix AI's "
        "2025 round alongside existing shareholders.\n"))
    assert ("Quillby", "INVESTED_IN", "Zentrix AI") not in got and ("Quillby Ltd", "INVESTED_IN", "Zentrix AI") not in got
    assert ("Brantley Ventures", "INVESTED_IN", "Zentrix AI") in got


def test_money_after_a_fund_close_is_not_the_previous_items_round(loader: DocumentLoader, tmp_path: Path) -> None:
    """"F hit first close. A anchored; B put in the rest": B's money goes into F, not into the
    startup whose seed the item before reported."""
    got = facts(loader, tmp_path, (
        "DEALS\n"
        "• Norvik Robotics: $2M seed from Alder Ventures.\n\n"
        "FUNDS\n"
        "• Brightwater Holdings' Tidal AI Fund ($80M target) hit first close at $50M. Brightwater anchored "
        "with $30M; Coastal Pension Trust put in the rest.\n"))
    assert not any(o == "Norvik Robotics" and s != "Alder Ventures" for s, _, o in got)


def test_the_firm_in_an_investment_firms_letter_is_the_writer(loader: DocumentLoader, tmp_path: Path) -> None:
    got = facts(loader, tmp_path, (
        "Quarrystone Capital - Letter to Limited Partners\n\n"
        "We closed Quarrystone Opportunity II, a $90 million vehicle for follow-ons. Opportunity II is managed "
        "by Quarrystone Advisors LLC, a wholly owned subsidiary of the firm.\n"))
    assert ("Quarrystone Advisors", "SUBSIDIARY_OF", "Quarrystone Capital") in got
    assert not any(t == "SUBSIDIARY_OF" and o.startswith("Quarrystone Opportunity") for _, t, o in got)


def test_a_parents_bare_name_after_its_units_is_no_second_partner(loader: DocumentLoader, tmp_path: Path) -> None:
    """"a partnership with Oracle Cloud, under which it will train its models on Oracle's chips": one partner."""
    got = facts(loader, tmp_path, (
        "Velantra has entered into a multi-year strategic partnership with Oracle Cloud, under which it will "
        "train its models on Oracle's GPUs.\n"))
    assert ("Velantra", "PARTNERS_WITH", "Oracle") not in got and ("Oracle", "PARTNERS_WITH", "Velantra") not in got


def test_a_base_model_is_not_the_owners_product(loader: DocumentLoader, tmp_path: Path) -> None:
    """"X's own language model, Llama-based X Chat": X develops X Chat, built on Llama."""
    got = facts(loader, tmp_path, "Sorvena's own large language model, Llama-based Sorvena Chat, runs on the same cloud.\n")
    assert not any(t == "DEVELOPS" and o == "Llama" for _, t, o in got)
