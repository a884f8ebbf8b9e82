"""English lists, led rounds, possessive makers, accelerator batches and export destinations,
each on an invented sentence (habits found across several unseen generalisation documents)."""

from __future__ import annotations

from tests.reading import facts


def test_a_round_led_by_a_places_organisation(loader, tmp_path):
    got = facts(loader, tmp_path, "Brelvane AI closed a $40 million Series B with participation from Oakhurst Ventures. "
                                  "The round was led by Norway's Halvstad Capital.\n")
    assert ("Halvstad Capital", "INVESTED_IN", "Brelvane AI") in got
    assert not [f for f in got if f[0] == "Norway" and f[1] == "INVESTED_IN"]


def test_a_lead_described_by_its_kind(loader, tmp_path):
    got = facts(loader, tmp_path, "Quorvik Labs raised $25 million in a round led by Danish state investment bank "
                                  "Vekstfond Capital, with Tallmark Ventures participating.\n")
    assert ("Vekstfond Capital", "INVESTED_IN", "Quorvik Labs") in got


def test_a_led_rounds_other_investors_after_including(loader, tmp_path):
    got = facts(loader, tmp_path, "Marrowind Capital led a $90 million Series C in Selkie Bio, a protein-design start-up, "
                                  "including Pellacott Partners and Dunmore Ventures, the company said.\n")
    assert ("Marrowind Capital", "INVESTED_IN", "Selkie Bio") in got
    assert ("Pellacott Partners", "INVESTED_IN", "Selkie Bio") in got
    assert ("Dunmore Ventures", "INVESTED_IN", "Selkie Bio") in got


def test_the_round_saw_participation_from(loader, tmp_path):
    got = facts(loader, tmp_path, "Ombrello AI raised $12 million in a seed round led by Castara Ventures. "
                                  "The round also saw participation from Lindqvist Capital and Farrow Partners.\n")
    assert ("Lindqvist Capital", "INVESTED_IN", "Ombrello AI") in got
    assert ("Farrow Partners", "INVESTED_IN", "Ombrello AI") in got


def test_a_makers_platform_and_quoted_model(loader, tmp_path):
    got = facts(loader, tmp_path, "Dravix's Tesslo assistant will be folded into Quenmark's Orbitas platform.\n")
    assert ("Quenmark", "DEVELOPS", "Orbitas") in got
    got = facts(loader, tmp_path, "Halvern Robotics said on Monday its revenue doubled. "
                                  "Halvern's \"Halvern-4\" model passed the regulator's filing process.\n")
    assert ("Halvern Robotics", "DEVELOPS", "Halvern-4") in got


def test_the_next_generation_of_an_owners_models(loader, tmp_path):
    got = facts(loader, tmp_path, "Pelloran will train its next generation of Gryphix models on leased chips.\n")
    assert ("Pelloran", "DEVELOPS", "Gryphix") in got


def test_a_described_maker_is_no_versioned_product(loader, tmp_path):
    got = facts(loader, tmp_path, "Drummle also works with Intel, training KORA-2 in the chipmaker's "
                                  "Vellum Sim simulation platform before deployment.\n")
    assert not [f for f in got if f[0] == "KORA-2" and f[1] == "DEVELOPS"]


def test_going_through_an_accelerators_batch(loader, tmp_path):
    got = facts(loader, tmp_path, "Founded in 2022, Quillora went through Y Combinator's Winter 2023 batch "
                                  "before raising a seed round.\n")
    assert ("Quillora", "PARTICIPATES_IN", "Y Combinator") in got


def test_named_one_of_the_partners_in_a_programme(loader, tmp_path):
    got = facts(loader, tmp_path, "In March Brisklane was named one of ten partners in the Ministry of Digital Affairs' "
                                  "Secure Models Programme, which comes with a grant.\n")
    assert ("Brisklane", "PARTICIPATES_IN", "Secure Models Programme") in got


def test_export_limits_name_the_destination_countries(loader, tmp_path):
    got = facts(loader, tmp_path, "The US Department of Commerce still caps how many advanced chips can be shipped "
                                  "to Vietnam and Indonesia, officials said.\n")
    assert ("US Department of Commerce", "REGULATES", "Vietnam") in got
    assert ("US Department of Commerce", "REGULATES", "Indonesia") in got
    got = facts(loader, tmp_path, "Exports still need licences from the US Department of Commerce, which since March has "
                                  "required case-by-case approval for sales of AI accelerators to Qatar.\n")
    assert ("US Department of Commerce", "REGULATES", "Qatar") in got


def test_a_destination_after_a_comma_is_another_clauses(loader, tmp_path):
    got = facts(loader, tmp_path, "The US Department of Commerce capped the volume of chips that can be shipped to the two "
                                  "countries, a rule aimed at stopping diversion to Russia.\n")
    assert not [f for f in got if f[1] == "REGULATES" and f[2] == "Russia"]


def test_a_list_goes_on_past_an_appositive(loader, tmp_path):
    got = facts(loader, tmp_path, "Brannock Labs builds vision models for ports. Its early investors include Oxley Ventures, "
                                  "the regional seed investor, and Marrisford Capital.\n")
    assert ("Oxley Ventures", "INVESTED_IN", "Brannock Labs") in got
    assert ("Marrisford Capital", "INVESTED_IN", "Brannock Labs") in got


def test_seed_investors_described_before_their_names(loader, tmp_path):
    got = facts(loader, tmp_path, "Tarrow AI has raised a $20 million Series A led by Kelby Ventures, with participation from "
                                  "Ostrander Capital, as well as our seed investors Pennick Partners and Wold Ventures.\n")
    assert ("Pennick Partners", "INVESTED_IN", "Tarrow AI") in got
    assert ("Wold Ventures", "INVESTED_IN", "Tarrow AI") in got


def test_a_round_led_by_after_a_stake_in_its_owner(loader, tmp_path):
    got = facts(loader, tmp_path, "Grennix said it had taken a minority stake in Halbrook Data as part of a $30 million "
                                  "funding round led by Sorrel Ventures.\n")
    assert ("Sorrel Ventures", "INVESTED_IN", "Halbrook Data") in got


def test_a_round_appositive_led_by(loader, tmp_path):
    got = facts(loader, tmp_path, "Varrick Capital led Oberlin AI's $20 million Series A in 2023 and returned for last year's "
                                  "$80 million Series B, a round co-led by Fenmore Partners.\n")
    assert ("Fenmore Partners", "INVESTED_IN", "Oberlin AI") in got


def test_a_givers_named_venture_arm_gives(loader, tmp_path):
    got = facts(loader, tmp_path, "Kestova AI raised $50m led by Brackwater Capital, with participation from "
                                  "Tanaguchi Group's venture arm, Tanaguchi Innovation Partners.\n")
    assert ("Tanaguchi Innovation Partners", "INVESTED_IN", "Kestova AI") in got
    assert not [f for f in got if f[0] == "Tanaguchi Group" and f[1] == "INVESTED_IN"]
