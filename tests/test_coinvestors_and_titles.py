"""English news and blog habits around a round (invented sentences): "B invested alongside C and
the Korean VC firm D" joins the round just reported, C and D with it; a nationality with a kind
("the Korean VC firm") is no name; a title before a person ("Founder Dr. X") is no organisation."""

from __future__ import annotations

from graph.model import Document
from loaders.discovery import find_candidates
from loaders.document import SourceText
from loaders.pipeline import DocumentLoader


def _batch(text: str):
    return DocumentLoader().load_text(SourceText(Document(id="c", path="c.txt", lang="en"), text)).batch


def _edges(text: str) -> set[tuple[str, str, str]]:
    batch = _batch(text)
    return {(batch.actors[r.subject].name, r.type, batch.actors[r.object].name) for r in batch.relationships}


def test_invested_alongside_joins_the_round_just_reported():
    edges = _edges("Portfolio notes\nCorvid Labs raised a $12 million Series A last summer. "
                   "Harbor Pine Ventures invested alongside Tallow Capital and the Danish VC firm Fjordlight Partners.")
    for investor in ("Harbor Pine Ventures", "Tallow Capital", "Fjordlight Partners"):
        assert (investor, "INVESTED_IN", "Corvid Labs") in edges, investor
    assert not any(o in ("Tallow Capital", "Fjordlight Partners") for _, r, o in edges if r == "INVESTED_IN")


def test_nationality_and_kind_is_no_name():
    edges = _edges("Portfolio notes\nHarbor Pine Ventures invested in Corvid Labs alongside the Danish VC firm Fjordlight Partners.")
    assert ("Fjordlight Partners", "INVESTED_IN", "Corvid Labs") in edges
    assert not any("Danish" in s or "Danish" in o for s, _, o in edges)


def test_title_before_a_person_is_no_organisation():
    names = {m.surface for m in find_candidates("Founder Dr. Mira Ostrand spent six years at Quillwave Robotics.", [])}
    assert not any(n.endswith(("Dr", "Founder")) for n in names)
