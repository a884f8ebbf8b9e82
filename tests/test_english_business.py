"""Habits of English business writing (loaders/relations/english_business.py), on invented text."""

from __future__ import annotations

from tests.reading import relationships


def edges(loader, tmp_path, text: str) -> dict[tuple[str, str, str], dict]:
    return relationships(loader, tmp_path, text, locations=True)


def test_defined_company_term_means_the_issuer(loader, tmp_path):
    got = edges(loader, tmp_path, "DENVER, Colorado, May 2, 2027 -- Quillnest Labs, Inc. (\"Quillnest\" or "
                                  "\"the Company\") today announced that it has raised $40 million in Series A "
                                  "funding led by Harrowgate Ventures. Tamsin Capital joined the round as a new investor.")
    assert ("Harrowgate Ventures", "INVESTED_IN", "Quillnest Labs") in got
    assert ("Tamsin Capital", "INVESTED_IN", "Quillnest Labs") in got
    assert not any("Company" in (s, o) or "Inc" in (s, o) for s, _, o in got)


def test_about_paragraph_closing_with_a_link_is_read(loader, tmp_path):
    got = edges(loader, tmp_path, "Quillnest Labs today announced a partnership with Orrin Foods.\n\n"
                                  "About Quillnest Labs\n"
                                  "Quillnest Labs builds warehouse robots for grocers. Founded in 2021 by Marta "
                                  "Olsen and Peter Novak, Quillnest Labs is headquartered in Denver. For more "
                                  "information, visit www.quillnest.example.\n")
    assert ("Marta Olsen", "FOUNDED", "Quillnest Labs") in got
    assert ("Peter Novak", "FOUNDED", "Quillnest Labs") in got


def test_singular_appositive_after_a_list_describes_its_last_name(loader, tmp_path):
    got = edges(loader, tmp_path, "Brightmoor Capital and Kestrel Next, the venture arm of Kestrel Industries, "
                                  "invested in Ovalis.")
    assert ("Kestrel Next", "SUBSIDIARY_OF", "Kestrel Industries") in got
    assert ("Brightmoor Capital", "SUBSIDIARY_OF", "Kestrel Industries") not in got


def test_byline_places_no_writer(loader, tmp_path):
    got = edges(loader, tmp_path, "Analysts: Nadia Korhonen (Helsinki) | Rafael Mendes (Lisbon)\n\n"
                                  "Torvane Capital invested $12 million in Quillnest Labs.")
    assert ("Torvane Capital", "INVESTED_IN", "Quillnest Labs") in got
    assert not any(s in ("Nadia Korhonen", "Rafael Mendes") for s, _, _ in got)


def test_cited_source_takes_no_part(loader, tmp_path):
    got = edges(loader, tmp_path, "Torvane Capital has committed $30 million to Brisk Ventures Fund II, a vehicle "
                                  "raised by Brisk Ventures, according to filings with Registry Office.")
    assert ("Torvane Capital", "INVESTED_IN", "Brisk Ventures Fund II") in got
    assert not any("Registry Office" in (s, o) for s, _, o in got)


def test_denied_admission_is_no_participation(loader, tmp_path):
    got = edges(loader, tmp_path, "Quillnest Labs and Orrin Foods have applied for support under the Helix Grant "
                                  "Programme, people familiar with the process said, though neither has been admitted.")
    assert not any(r == "PARTICIPATES_IN" for _, r, _ in got)


def test_majority_stake_is_a_takeover(loader, tmp_path):
    got = edges(loader, tmp_path, "Torvane Capital bought a 65% stake in Quillnest Labs for $40m. "
                                  "Separately, Brisk Ventures bought a 10% stake in Orrin Foods.")
    assert ("Torvane Capital", "ACQUIRED", "Quillnest Labs") in got
    assert ("Brisk Ventures", "INVESTED_IN", "Orrin Foods") in got
    assert ("Brisk Ventures", "ACQUIRED", "Orrin Foods") not in got


def test_place_gloss_before_a_relative_clause_is_not_the_buyers(loader, tmp_path):
    got = edges(loader, tmp_path, "The release uses technology from Quillnest Labs Inc., a Lisbon, Portugal-based "
                                  "startup that Orrin Foods acquired in March.")
    assert ("Orrin Foods", "BASED_IN", "Portugal") not in got


def test_investment_in_the_round_just_reported(loader, tmp_path):
    got = edges(loader, tmp_path, "Quillnest Labs raised $30 million in Series B funding led by Torvane Capital. "
                                  "Orrin Foods also made a strategic investment in the round.")
    assert ("Orrin Foods", "INVESTED_IN", "Quillnest Labs") in got


def test_a_product_building_on_another_makes_nothing(loader, tmp_path):
    got = edges(loader, tmp_path, "Quillnest Labs released Ferrow 3 today. Ferrow 3, which becomes available "
                                  "today, builds on the earlier Ferrow engine released in 2025.")
    assert ("Ferrow 3", "DEVELOPS", "Ferrow") not in got


def test_legal_form_and_city_country_gloss(loader, tmp_path):
    got = edges(loader, tmp_path, "The release uses technology from Brisk Proof Inc., a Lisbon, Portugal-based "
                                  "startup that Quillnest Labs acquired in March. Quillnest Labs is headquartered "
                                  "in Denver, Colorado, United States.")
    assert ("Quillnest Labs", "ACQUIRED", "Brisk Proof") in got
    assert ("Brisk Proof", "BASED_IN", "Portugal") in got
    assert ("Quillnest Labs", "BASED_IN", "United States") in got


def test_fund_raised_by_its_manager(loader, tmp_path):
    got = edges(loader, tmp_path, "Torvane Capital has committed $50 million to Brisk Frontier Fund II, a $400 million "
                                  "vehicle raised by Oslo-based Brisk Partners.")
    assert ("Torvane Capital", "INVESTED_IN", "Brisk Frontier Fund II") in got
    assert ("Brisk Partners", "LAUNCHED", "Brisk Frontier Fund II") in got
    assert ("Brisk Partners", "INVESTED_IN", "Brisk Frontier Fund II") not in got


def test_government_unit_investing_in_a_round(loader, tmp_path):
    got = edges(loader, tmp_path, "Quillnest Labs raised $90 million in a round led by Torvane Capital. The UK "
                                  "government's Frontier Compute Office invested $10 million in the round.")
    assert ("Frontier Compute Office", "INVESTED_IN", "Quillnest Labs") in got
    assert ("Frontier Compute Office", "SUBSIDIARY_OF", "UK government") in got


def test_research_note_habits(loader, tmp_path):
    got = edges(loader, tmp_path,
                "Ruritania: capital meets compute\n\n"
                "Torvane Capital was set up in 2023 by two pension funds. In March it led the $80m Series B of "
                "Quillnest Labs; Orrin Foods and Brisk Ventures joined the round.\n\n"
                "Torvane Capital's venture arm Torvane Seed put $5m into Ferrow Robotics in May. The fund "
                "is also bankrolling Delmar Grid, a data-centre programme (Exhibit 2).\n\n"
                "Brisk Ventures launched the \"Harbor Compute Corridor\" in October. The US Commerce Department "
                "cleared licences for Ferrow Robotics to import accelerators.\n")
    assert ("Torvane Capital", "INVESTED_IN", "Quillnest Labs") in got
    assert ("Orrin Foods", "INVESTED_IN", "Quillnest Labs") in got
    assert ("Torvane Seed", "SUBSIDIARY_OF", "Torvane Capital") in got
    assert ("Torvane Seed", "INVESTED_IN", "Ferrow Robotics") in got
    assert ("Brisk Ventures", "LAUNCHED", "Harbor Compute Corridor") in got
    assert any(r == "REGULATES" and o == "Ferrow Robotics" for _, r, o in got)
    assert not any(s.startswith(("Ruritania", "Exhibit")) for s, _, _ in got)


def test_founders_with_accented_names(loader, tmp_path):
    got = edges(loader, tmp_path, "Founded in 2022 by former Siemens engineers Émile Durand and Łucja Nowak, "
                                  "Quillnest Labs sells planning software to ports.")
    assert ("Émile Durand", "FOUNDED", "Quillnest Labs") in got
    assert ("Łucja Nowak", "FOUNDED", "Quillnest Labs") in got


def test_round_led_by_a_countrys_investor(loader, tmp_path):
    got = edges(loader, tmp_path, "Quillnest Labs has raised $70 million in a Series B round led by Norway's "
                                  "Torvane Capital, the company said on Monday.")
    assert got[("Torvane Capital", "INVESTED_IN", "Quillnest Labs")]["role"] == "lead"


def test_place_of_a_designer_or_supplier(loader, tmp_path):
    got = edges(loader, tmp_path, "Torvane Capital led the $60m Series B of Quillnest Labs, a Lisbon-based "
                                  "inference-chip designer.")
    assert ("Quillnest Labs", "BASED_IN", "Portugal") in got


def test_hyphen_gloss_inside_an_appositive(loader, tmp_path):
    got = edges(loader, tmp_path, "Quillnest Labs, the Torvane Capital-owned robotics champion, opened a plant. "
                                  "Ferrow Robotics, a Brisk Ventures-backed start-up, hired 40 engineers.")
    assert ("Quillnest Labs", "SUBSIDIARY_OF", "Torvane Capital") in got
    assert ("Brisk Ventures", "INVESTED_IN", "Ferrow Robotics") in got


def test_a_legal_form_dropped_from_a_name_stays_an_alias(loader, tmp_path):
    path = tmp_path / "doc.txt"
    path.write_text("Torvane Capital led a $12 million round in Brisk Proof Inc., a Lisbon-based startup.",
                    encoding="utf-8")
    from loaders.document import read_document

    actors = loader.load_text(read_document(path, {})).batch.actors.values()
    brisk = next(a for a in actors if a.name == "Brisk Proof")
    assert "Brisk Proof Inc." in brisk.aliases or "Brisk Proof Inc" in brisk.aliases
