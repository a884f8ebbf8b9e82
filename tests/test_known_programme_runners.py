"""A known programme named after its runner ("NVIDIA Inception") is one the runner launched.
"""

from __future__ import annotations

from loaders.gazetteer import Entry, Gazetteer, default_gazetteer
from loaders.mentions import find_mentions
from loaders.relations.owner_named import runners_in_programme_names

# Invented actors: a company, a programme branded with its name, and one whose Korean name
# opens with the company's Korean name by chance.
_GAZETTEER = Gazetteer([
    Entry(name="Norvel", type="Company", ko=("노벨로",)),
    Entry(name="Norvel Launchpad", type="Program", ko=("노벨로 런치패드",), aliases=("Launchpad program",)),
    Entry(name="Harbour Registry", type="Program", ko=("노벨로 등록부",)),
])


def _launched(text: str, gazetteer: Gazetteer = _GAZETTEER) -> set[tuple[str, str]]:
    facts = runners_in_programme_names(text, find_mentions(text, gazetteer), gazetteer, "doc", lambda _: 1)
    assert all(f.type == "LAUNCHED" for f in facts)
    return {(f.subject.name, f.object.name) for f in facts}


def test_a_programme_written_with_its_runners_name_was_launched_by_it():
    assert _launched("브라이트웨이브는 노벨로 런치패드 프로그램에 선정됐다.") == {("Norvel", "Norvel Launchpad")}
    assert _launched("Brightwave joined the Norvel Launchpad last spring.") == {("Norvel", "Norvel Launchpad")}


def test_the_runner_must_be_written_in_the_programmes_name():
    """"the Launchpad program" alone names no runner: nothing is said of who runs it."""
    assert _launched("Brightwave joined the Launchpad program last spring.") == set()


def test_a_name_opening_with_a_companys_by_chance_names_no_runner():
    """"노벨로 등록부" opens with the company's Korean name, but the programme's own name,
    "Harbour Registry", does not: the company does not run it."""
    assert _launched("브라이트웨이브는 노벨로 등록부에 올랐다.") == set()


def test_the_known_startup_programmes_name_their_runners():
    """World knowledge in the gazetteer: the big companies' startup programmes."""
    gazetteer = default_gazetteer()
    assert _launched("그는 엔비디아 인셉션 프로그램에 참여했다.", gazetteer) == {("NVIDIA", "NVIDIA Inception")}
    assert _launched("회사는 구글 포 스타트업 액셀러레이터에 선발됐다.", gazetteer) == {
        ("Google", "Google for Startups Accelerator")}
    assert _launched("It won a place in the EIC Accelerator.", gazetteer) == {
        ("European Innovation Council", "EIC Accelerator")}
