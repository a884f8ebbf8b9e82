"""A name launched with its sum before it ("launches $5M Harbour Robotics Commons to fund ...") is
a fund or a programme the launcher set up, not a company it founded.

Every sentence here is invented; none is taken from the corpus or the generalisation documents.
"""

from __future__ import annotations

from loaders.pipeline import DocumentLoader
from tests.reading import english_facts


def test_name_launched_with_a_sum_is_a_programme(loader: DocumentLoader) -> None:
    got = english_facts(loader, "Tarnwell Robotics launches $5M Harbour Sensor Commons to fund open lidar datasets.")
    assert ("Tarnwell Robotics", "LAUNCHED", "Harbour Sensor Commons") in got
    assert not any(t == "FOUNDED" for _, t, _ in got)
