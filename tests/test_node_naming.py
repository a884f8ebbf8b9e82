"""Naming: how nodes are named, and how the evaluation matches a gold name to a node's.
"""

from __future__ import annotations

from loaders.document import read_document
from loaders.evaluation import Edge, GoldFact, evaluate, norm, state_key
from tests.reading import facts, relationships


def _fact(subject: str, relation: str, obj: str) -> GoldFact:
    return GoldFact(1, "a.txt", relation, {"name": subject}, {"name": obj}, {}, "explicit", "")


def _found(fact: GoldFact, subject: str, obj: str, resolve=lambda name: ()) -> bool:
    edge = Edge(frozenset({norm(subject)}), fact.relation, frozenset({norm(obj)}), frozenset({"a.txt"}), {}, "e")
    return evaluate([fact], [edge], resolve).per_type[fact.relation].explicit_found == 1


def _actors(loader, tmp_path, text: str) -> dict[str, object]:
    """The actors read from ``text`` by name."""
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return {a.name: a for a in loader.load_text(read_document(path, {})).batch.actors.values()}


def test_a_word_for_the_kind_of_thing_after_a_models_name_is_no_part_of_it():
    assert _found(_fact("Lumen Lab", "DEVELOPS", "KORA(Korean Open Reasoning Assistant) 모델"), "Lumen Lab", "KORA")
    assert _found(_fact("Lumen Lab", "DEVELOPS", "KORA model"), "Lumen Lab", "KORA")
    # a near miss stays one: another model of the family, a word glued to the name
    assert not _found(_fact("Lumen Lab", "DEVELOPS", "KORA 모델"), "Lumen Lab", "KORA Pro")
    assert not _found(_fact("Lumen Lab", "DEVELOPS", "루멘언어모델"), "Lumen Lab", "루멘언어")


def test_a_country_in_brackets_is_the_country_a_registry_names_after_of():
    def resolve(name: str) -> tuple[str, ...]:
        return {"Ruritania": (state_key("RU"),), "Borduria": (state_key("BD"),)}.get(name, ())

    fact = _fact("Lantern Council", "SUBSIDIARY_OF", "Office of the Regent (Ruritania)")
    assert _found(fact, "Lantern Council", "Office of the Regent of Ruritania", resolve)
    assert not _found(fact, "Lantern Council", "Office of the Regent of Borduria", resolve)
    # a bracket that names no country is no qualifier to move
    dated = _fact("Lantern Council", "LAUNCHED", "Lamp Plan (Spring)")
    assert not _found(dated, "Lantern Council", "Lamp Plan of Spring", resolve)


def test_a_described_budget_is_also_known_by_what_it_is_without_its_size(loader, tmp_path):
    text = "정부는 올해 8조 2천억 원의 해양 연구 예산 편성을 공표하였다.\n"
    assert ("Government of Korea", "FUNDS", "8조 2천억 원의 해양 연구 예산") in facts(loader, tmp_path, text)
    budget = _actors(loader, tmp_path, text)["8조 2천억 원의 해양 연구 예산"]
    assert "해양 연구 예산" in budget.aliases
    # a head noun alone ("3조 원 규모의 펀드") says nothing of what the fund is: no short name
    fund = _actors(loader, tmp_path, "정부는 약 3조 원 규모의 펀드를 조성한다고 발표했다.\n")["약 3조 원 규모의 펀드"]
    assert fund.aliases == ["3조 원 규모의 펀드"]


def test_a_state_body_named_by_kukga_and_its_head_is_found_however_spaced(loader, tmp_path):
    text = ("제2차 국가 해양 AI 위원회는 ‘푸른 등대 전략’을 발표했다.\n"
            "국가 차원의 위원회는 ‘하얀 등대 전략’을 발표했다.\n"
            "정부는 국가데이터센터 설치를 위한 ‘검은 등대 계획’을 발표했다.\n")
    got = facts(loader, tmp_path, text)
    assert ("국가 해양 AI 위원회", "LAUNCHED", "푸른 등대 전략") in got
    assert _actors(loader, tmp_path, text)["국가 해양 AI 위원회"].type == "Government"
    assert not any("차원" in s or "데이터센터" in s for s, _, _ in got)


def test_a_quoted_title_with_its_publication_number_is_a_programme_known_by_the_number(loader, tmp_path):
    text = ("2025년 3월, 미국 NIST는 “Lantern Safety Framework: Maritime Lantern Profile(NIST LS 300-4)”을 "
            "발표하여 해양 인공지능 분야의 위험에 대응하기 위한 체계적 지침을 제시하였다.\n")
    got = relationships(loader, tmp_path, text)
    assert ("National Institute of Standards and Technology", "LAUNCHED",
            "Lantern Safety Framework: Maritime Lantern Profile") in got
    profile = _actors(loader, tmp_path, text)["Lantern Safety Framework: Maritime Lantern Profile"]
    assert "NIST LS 300-4" in profile.aliases
    # a long quotation without such a number is a saying, not a title
    said = "그는 “해양 인공지능은 앞으로 십 년 동안 항만과 선박 운영 방식을 근본적으로 바꿀 것이며 우리는 준비해야 한다”고 말했다.\n"
    assert not any(a.type == "Program" for a in _actors(loader, tmp_path, said).values())
