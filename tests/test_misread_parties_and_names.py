"""Edges drawn from a misread party or name: an investment arm acting on its own namesake, money
a company receives from an investor read as a grant, "State-owned" inside a name read as an
owner, a common term's plural and a headline's "Announcing" read as names, a fund of funds named
as the money's source read as the programme run, the source of "€N from X" read as what it pays for.

Every sentence here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from graph.model import Actor
from loaders.namesakes import namesake_edge
from loaders.pipeline import DocumentLoader
from tests.reading import english_facts, korean_facts, subjects_and_objects


def test_firm_does_not_found_its_own_short_name(loader: DocumentLoader) -> None:
    """"three of us started Tallow Creek" on Tallow Creek Ventures' blog: the partners founded the
    firm; the firm did not found itself."""
    got = english_facts(loader, "Tallow Creek Ventures — Blog\n\nEight years ago, three of us left our jobs and "
                                "started Tallow Creek in a spare office in Leeds. Today we are glad to share that "
                                "we have closed Tallow Creek Ventures Fund II at $200 million.")
    assert ("Tallow Creek Ventures", "FOUNDED", "Tallow Creek") not in got
    assert ("Tallow Creek Ventures", "LAUNCHED", "Tallow Creek Ventures Fund II") in got


def test_arm_still_belongs_to_its_namesake() -> None:
    arm, parent = (Actor(id=n.lower(), name=n, type=t) for n, t in (("Orlen Capital", "Investor"), ("Orlen", "Company")))
    assert not namesake_edge(arm, "SUBSIDIARY_OF", parent, undirected=False)
    assert namesake_edge(arm, "INVESTED_IN", parent, undirected=False)
    assert not namesake_edge(parent, "LAUNCHED", arm, undirected=False)  # a company sets up its arm
    assert namesake_edge(parent, "PARTNERS_WITH", arm, undirected=True)


def test_money_received_from_an_investor_is_an_investment(loader: DocumentLoader) -> None:
    got = english_facts(loader, "Brimwell AI, a Lyon startup that makes vision models, received €12 million "
                                "from KfW Capital to open a lab in Bremen.")
    assert ("KfW Capital", "INVESTED_IN", "Brimwell AI") in got
    assert ("KfW Capital", "FUNDS", "Brimwell AI") not in got


def test_grant_received_from_an_investor_still_funds(loader: DocumentLoader) -> None:
    got = english_facts(loader, "Brimwell AI, a Lyon startup, received a €2 million grant from Bpifrance.")
    assert ("Bpifrance", "FUNDS", "Brimwell AI") in got


def test_state_owned_inside_a_name_is_no_owner(loader: DocumentLoader) -> None:
    got = english_facts(loader, "Tencent and Guangzhou State-owned Asset Investment Co also took part in the round.")
    assert not any(relation == "SUBSIDIARY_OF" for _, relation, _ in got)


def test_company_owned_by_a_named_owner_still_belongs_to_it(loader: DocumentLoader) -> None:
    got = english_facts(loader, "Tencent and Baidu-owned Qiyun Robotics also took part in the round.")
    assert ("Qiyun Robotics", "SUBSIDIARY_OF", "Baidu") in got


def test_plural_of_a_common_acronym_is_no_actor(loader: DocumentLoader) -> None:
    got = english_facts(loader, "Fund IV is anchored by returning LPs and by the Halden Foundation.")
    assert ("Halden Foundation", "INVESTED_IN", "Fund IV") in got
    assert "LPs" not in subjects_and_objects(got)


def test_headline_announcing_is_no_part_of_the_name(loader: DocumentLoader) -> None:
    """A blog post's headline "Announcing Fund IV: ..." names Fund IV, not "Announcing Fund IV"."""
    got = english_facts(loader, "Marlow Peak — Blog\n\nAnnouncing Fund IV: $300 million for robotics\n\n"
                                "Fund IV is anchored by returning LPs, and we are grateful to each of them.")
    assert not any(name.startswith("Announcing") for name in subjects_and_objects(got))


def test_fund_of_funds_named_as_the_money_source_is_not_the_fund_run(loader: DocumentLoader) -> None:
    """"모태펀드 재원으로 ... 넣었고, 펀드 운용은 A가 맡는다": A runs the new fund; the fund of funds
    is only where the state's money comes from."""
    got = korean_facts(loader, "산업통상자원부는 올해 '미래소재 혁신펀드'를 새로 만들었다. 정부가 모태펀드 재원으로 "
                               "500억 원을 넣었고, 펀드 운용은 한국벤처투자가 맡는다.")
    assert ("Korea Venture Investment Corp.", "PARTICIPATES_IN", "미래소재 혁신펀드") in got
    assert ("Korea Venture Investment Corp.", "PARTICIPATES_IN", "Korea Fund of Funds") not in got


def test_name_the_money_comes_from_is_not_what_it_pays_for(loader: DocumentLoader) -> None:
    """"X, financed with €50m from the Y plan": Y is where the money comes from, not what X pays for."""
    got = english_facts(loader, "The Calcul Souverain scheme, financed with €50m from the France 2030 plan, "
                                "gives winners free GPU hours.")
    assert not any(obj == "France 2030" for _, _, obj in got)


def test_funding_with_money_from_a_budget_still_funds_the_company(loader: DocumentLoader) -> None:
    got = english_facts(loader, "The European Commission funded Tallow Labs with €5m from the Horizon Europe programme.")
    assert ("European Commission", "FUNDS", "Tallow Labs") in got
