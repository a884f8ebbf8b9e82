"""A startup database's company profile page: an "ABOUT" box with space-aligned fields, and
lists headed "Investor Name", "Organization Name", under a breadcrumb trail naming the company."""

from __future__ import annotations

from tests.reading import facts

PROFILE = """DealAtlas        Search companies...        Log In
Companies > Robotics > Corvane

Corvane
Grasping models for warehouse robots

ABOUT
Founded Date          May 2, 2020
Founders              Ilse Marrow, Tobin Greaves
Operating Status      Active
Headquarters          Leeds, England, United Kingdom
Company Type          For Profit

Description
Corvane was started in 2020 by two alumni of the University of Leeds robotics lab.

Investors (3)
Investor Name                 Lead Investor   Funding Round
Harrowgate Capital            Yes             Series A - Corvane
Moorfield Ventures            —               Series A - Corvane
Pella Quist                   —               Seed Round - Corvane

Investor notes
  Moorfield Ventures is the venture fund of Brinklow Industries.

SUB-ORGANIZATIONS (1)
Organization Name     Type          Location
Corvane GmbH          Subsidiary    Hamburg, Hamburg, Germany
Tesselate Labs        Investment    Austin, Texas, United States
"""


def test_a_profile_box_aligned_by_spaces_names_the_founders_and_the_seat(loader, tmp_path):
    got = facts(loader, tmp_path, PROFILE, locations=True)
    assert ("Ilse Marrow", "FOUNDED", "Corvane") in got
    assert ("Tobin Greaves", "FOUNDED", "Corvane") in got
    assert ("Corvane", "BASED_IN", "United Kingdom") in got


def test_a_profiles_lists_name_its_investors_and_subsidiaries(loader, tmp_path):
    got = facts(loader, tmp_path, PROFILE, locations=True)
    for investor in ("Harrowgate Capital", "Moorfield Ventures", "Pella Quist"):
        assert (investor, "INVESTED_IN", "Corvane") in got
    assert ("Corvane GmbH", "SUBSIDIARY_OF", "Corvane") in got
    assert ("Corvane GmbH", "BASED_IN", "Germany") in got
    assert ("Tesselate Labs", "SUBSIDIARY_OF", "Corvane") not in got  # listed, but not as a subsidiary


def test_a_venture_fund_of_a_company_belongs_to_it(loader, tmp_path):
    got = facts(loader, tmp_path, PROFILE)
    assert ("Moorfield Ventures", "SUBSIDIARY_OF", "Brinklow Industries") in got


def test_alumni_of_a_university_found_the_company_not_the_university(loader, tmp_path):
    got = facts(loader, tmp_path, PROFILE)
    assert not any(f[1] == "FOUNDED" and f[0].startswith("University of Leeds") for f in got)
