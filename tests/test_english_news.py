"""English tech and wire news, each habit on an invented sentence (not from any document).

Startup news and wire stories describe people by their post ("Orbis Capital managing partner
P", "P, who led research at C"), open with a participle ("Founded in 2021 by P and Q, X ..."),
and report deals still to close ("A has agreed to invest $2 billion in B").
"""

from __future__ import annotations

from loaders.person_names import find_english_people
from tests.reading import facts


def _people(text: str) -> set[str]:
    return {p.name for p in find_english_people(text, [])}


def test_an_investment_agreed_or_announced_with_its_sum_between_verb_and_target(loader, tmp_path):
    got = facts(loader, tmp_path, "Halvorsen Group has agreed to invest $2 billion in Norvale AI, a Berlin-based "
                                  "robotics lab.\nKestrel Partners will invest $40 million in Quillmoor.\n")
    assert ("Halvorsen Group", "INVESTED_IN", "Norvale AI") in got
    assert ("Kestrel Partners", "INVESTED_IN", "Quillmoor") in got


def test_investing_in_a_thing_is_no_investment_in_an_actor(loader, tmp_path):
    got = facts(loader, tmp_path, "Halvorsen Group plans to invest heavily in data centres next year.\n")
    assert not [f for f in got if f[1] == "INVESTED_IN"]


def test_a_second_verb_of_the_same_subject_takes_a_small_stake(loader, tmp_path):
    got = facts(loader, tmp_path, "Halvorsen Group has invested $3 billion in Norvale AI since 2020 and took a small "
                                  "stake in Berlin-based Qubix Labs in 2023.\n")
    assert {("Halvorsen Group", "INVESTED_IN", "Norvale AI"), ("Halvorsen Group", "INVESTED_IN", "Qubix Labs")} <= got


def test_founders_of_a_fronted_participle_each_with_an_appositive_naming_an_employer(loader, tmp_path):
    got = facts(loader, tmp_path,
                "Founded in 2021 by Marta Quillon, who previously ran research teams at Halvorsen Group, and "
                "Jonas Bredekamp, a former payments lead at Kestrel Systems, Norvale went on to raise a seed round.\n")
    assert {("Marta Quillon", "FOUNDED", "Norvale"), ("Jonas Bredekamp", "FOUNDED", "Norvale")} <= got
    # the employers only describe the founders
    assert not [f for f in got if f[1] == "FOUNDED" and f[2] != "Norvale"]


def test_the_subject_after_a_closing_appositive_is_what_its_means_next(loader, tmp_path):
    got = facts(loader, tmp_path,
                "Founded by Marta Quillon and Jonas Bredekamp, a former lead at Kestrel Systems, Norvale went on "
                "to sign large banks. Its flagship product, Norva Ledger, matches invoices.\n")
    assert ("Norvale", "DEVELOPS", "Norva Ledger") in got


def test_a_list_after_an_appositive_stays_one_list(loader, tmp_path):
    got = facts(loader, tmp_path, "Norvale, a startup backed by Halvorsen Group, Kestrel Partners and Orbis "
                                  "Ventures, raised $5 million.\n")
    assert {("Halvorsen Group", "INVESTED_IN", "Norvale"), ("Kestrel Partners", "INVESTED_IN", "Norvale"),
            ("Orbis Ventures", "INVESTED_IN", "Norvale")} <= got


def test_people_named_by_their_post_in_news():
    people = _people("Orbis Capital managing partner Dana Welkner said the round was oversubscribed. "
                     "Halden Research analyst Piotr Wasikowski agreed. Former Kestrel CFO Lena Varhaug also "
                     "invested. Norvale hired Tomas Ellerby, who previously ran sales at Kestrel Systems.\n")
    assert {"Dana Welkner", "Piotr Wasikowski", "Lena Varhaug", "Tomas Ellerby"} <= people


def test_a_partner_after_a_common_word_is_no_person():
    people = _people("Norvale signed up launch partner Kestrel Cloud for its agents.\n")
    assert "Kestrel Cloud" not in people


def test_a_joint_venture_named_in_apposition_is_set_up_by_both(loader, tmp_path):
    got = facts(loader, tmp_path, "Norvale and Halvorsen Group have set up a joint venture, Tarn Compute, to "
                                  "build a data centre.\n")
    assert {("Norvale", "FOUNDED", "Tarn Compute"), ("Halvorsen Group", "FOUNDED", "Tarn Compute")} <= got


def test_a_described_object_then_a_speaker_is_no_object(loader, tmp_path):
    got = facts(loader, tmp_path, "Halvorsen Group acquired the startup, Kestrel Systems said on Monday.\n")
    assert ("Halvorsen Group", "ACQUIRED", "Kestrel Systems") not in got


def test_a_named_unit_of_the_clause_subject_and_its_country(loader, tmp_path):
    got = facts(loader, tmp_path, "Norvale operates in London through a UK unit, Norvale Research Ltd.\n"
                                  "Kestrel Systems set up a German subsidiary, Kestrel Robotik GmbH, in 2024.\n",
                locations=True)
    # A discovered name's legal form ("Ltd", "GmbH") is kept as an alias, not in the name.
    assert {("Norvale Research", "SUBSIDIARY_OF", "Norvale"), ("Norvale Research", "BASED_IN", "United Kingdom"),
            ("Kestrel Robotik", "SUBSIDIARY_OF", "Kestrel Systems"),
            ("Kestrel Robotik", "BASED_IN", "Germany")} <= got


def test_running_models_on_a_providers_cloud_is_a_partnership(loader, tmp_path):
    got = facts(loader, tmp_path, "Under the agreement, Norvale will train and run its models on Halvorsen's "
                                  "cloud under a multi-year contract.\n")
    assert ("Halvorsen", "PARTNERS_WITH", "Norvale") in got or ("Norvale", "PARTNERS_WITH", "Halvorsen") in got


def test_running_models_on_bought_chips_is_no_partnership(loader, tmp_path):
    got = facts(loader, tmp_path, "Norvale runs its models on Nvidia chips.\n")
    assert not [f for f in got if f[1] == "PARTNERS_WITH"]


def test_a_government_listing_a_company_on_its_entity_list_regulates_it(loader, tmp_path):
    got = facts(loader, tmp_path, "The same day, the Trade Ministry added Quillmoor Intelligence, a Chinese model "
                                  "developer, to its Entity List.\n")
    assert ("Trade Ministry", "REGULATES", "Quillmoor Intelligence") in got


def test_adding_a_company_to_an_ordinary_list_is_no_regulation(loader, tmp_path):
    got = facts(loader, tmp_path, "Halvorsen Group added Norvale to its list of portfolio companies.\n")
    assert not [f for f in got if f[1] == "REGULATES"]


def test_export_licences_allowing_a_company_are_a_ruling_on_it(loader, tmp_path):
    got = facts(loader, tmp_path, "The Trade Ministry said on Tuesday it had approved export licences allowing "
                                  "Kestrel Systems to ship chips to the site.\n")
    assert ("Trade Ministry", "REGULATES", "Kestrel Systems") in got


def test_a_part_of_a_town_a_season_and_a_post_are_no_actors(loader, tmp_path):
    got = facts(loader, tmp_path,
                "Norvale co-founders met at the company's office in Toronto's Harbour District. Norvale went "
                "through Halvorsen's Summer 2023 batch before raising a $5 million seed round led by Kestrel "
                "Partners. \"Marta and Jonas built a product every CFO wants,\" said an investor.\n",
                locations=True)
    names = {n for f in got for n in (f[0], f[2])}
    assert not names & {"Harbour District", "Summer", "CFO"}
    assert ("Kestrel Partners", "INVESTED_IN", "Norvale") in got


def test_existing_investors_returning_do_not_become_what_the_story_is_about(loader, tmp_path):
    got = facts(loader, tmp_path,
                "Norvale has raised $40 million in a Series B led by Halvorsen Group. Existing investors Kestrel "
                "Partners and Orbis Labs also returned for the round. The deal values the company at $300 million, "
                "four times what it was worth when it closed a $12 million Series A, led by Kestrel, in 2024.\n")
    assert not [f for f in got if f[1] == "INVESTED_IN" and f[2] in ("Kestrel Partners", "Orbis Labs")]


def test_a_founder_named_by_post_within_a_companys_team(loader, tmp_path):
    got = facts(loader, tmp_path, "Kestrel's eight-person team, including co-founder and CEO Anouk Ferrand, "
                                  "will join Norvale.\nOrbis's founder Dana Welkner stepped down.\n")
    assert {("Anouk Ferrand", "FOUNDED", "Kestrel"), ("Dana Welkner", "FOUNDED", "Orbis")} <= got


def test_an_angel_check_goes_to_the_round_just_reported(loader, tmp_path):
    got = facts(loader, tmp_path, "Norvale raised a $5 million seed round led by Halvorsen Group. Former Initech "
                                  "CFO Lena Varhaug also wrote an angel check in the seed.\n")
    assert ("Lena Varhaug", "INVESTED_IN", "Norvale") in got


def test_its_own_models_called_by_a_name(loader, tmp_path):
    got = facts(loader, tmp_path, "Norvale, a Berlin-based startup, raised $5 million from Halvorsen Group. Under the "
                                  "hood, the company trains its own family of small, fine-tuned models, called "
                                  "Tarnwell, which it says are cheap.\nKestrel Systems builds its own language models, "
                                  "known as Quorra.\n")
    assert {("Norvale", "DEVELOPS", "Tarnwell"), ("Kestrel Systems", "DEVELOPS", "Quorra")} <= got


def test_a_co_investor_putting_in_money_joins_the_investment_just_reported(loader, tmp_path):
    got = facts(loader, tmp_path, "Halvorsen Group has agreed to invest $4 billion in Norvale AI, a Paris-based lab. "
                                  "Kestrel Partners is putting in $1.5 billion alongside the software giant.\n")
    assert {("Halvorsen Group", "INVESTED_IN", "Norvale AI"), ("Kestrel Partners", "INVESTED_IN", "Norvale AI")} <= got


def test_a_news_pages_list_of_other_articles_is_not_the_article(loader, tmp_path):
    got = facts(loader, tmp_path, "Norvale raised $40 million from Halvorsen Group.\n\nMore from Newsdesk\n"
                                  "- Kestrel Systems buys robotics startup Quorra Labs\n\nRelated:\n"
                                  "- Orbis Capital backs Tarnwell AI\n")
    assert ("Halvorsen Group", "INVESTED_IN", "Norvale") in got
    assert not [f for f in got if f[0] in ("Kestrel Systems", "Orbis Capital")]


def test_a_public_bodys_own_body_named_with_a_possessive(loader, tmp_path):
    got = facts(loader, tmp_path, "The Trade Ministry approved export licences allowing Kestrel Systems to ship chips. "
                                  "The same day, the ministry's Export Control Agency added Quorra Labs to its Entity "
                                  "List.\n")
    assert ("Export Control Agency", "SUBSIDIARY_OF", "Trade Ministry") in got
    assert ("Export Control Agency", "REGULATES", "Quorra Labs") in got
    got = facts(loader, tmp_path, "The Trade Ministry's Export Control Agency added Quorra Labs to its Entity List.\n")
    assert ("Export Control Agency", "SUBSIDIARY_OF", "Trade Ministry") in got
