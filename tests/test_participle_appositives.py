"""A passive participle in an appositive says who did the act to the name it glosses: "X, a campus
announced last month by A and B" (A and B launched X), "Y, a model developed by C".

Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from loaders.pipeline import DocumentLoader
from tests.reading import english_facts


@pytest.mark.parametrize("text", [
    "Brightwell is one of two vendors supplying Harrowgate Compute, a 500-megawatt data-centre campus in Oslo "
    "announced last month by Nordvik Energy and Teller Capital.",
    "The deal covers Harrowgate Compute, a campus announced by Nordvik Energy and Teller Capital.",
])
def test_site_announced_by_its_agents_is_launched_by_them(loader: DocumentLoader, text: str) -> None:
    got = english_facts(loader, text)
    assert ("Nordvik Energy", "LAUNCHED", "Harrowgate Compute") in got
    assert ("Teller Capital", "LAUNCHED", "Harrowgate Compute") in got


def test_site_being_built_is_no_product(loader: DocumentLoader) -> None:
    got = english_facts(loader, "Orrery Labs leases Harrowgate, a data-centre campus being built by Nordvik Energy.")
    assert not any(t == "DEVELOPS" for _, t, _ in got)


def test_call_for_projects_launched_by_a_ministry_is_its_programme(loader: DocumentLoader) -> None:
    got = english_facts(loader, 'The startup was picked for "Lumen Compute", a call for projects launched by the Nordvik '
                                'Ministry of Industry last summer.')
    assert ("Nordvik Ministry of Industry", "LAUNCHED", "Lumen Compute") in got
