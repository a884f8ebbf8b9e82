"""A chip design house is introduced by what it is, as a startup is: "칩 설계사 X에"."""

from loaders.discovery import find_candidates


def _names(text: str) -> list[str]:
    return [m.surface for m in find_candidates(text, [])]


def test_a_design_house_named_after_its_descriptor_is_discovered():
    assert "라디엔칩" in _names("한빛벤처스는 저전력 NPU 설계사 라디엔칩에 80억원을 투자했다.")


def test_design_houses_counted_are_no_name():
    assert _names("한빛벤처스는 올해 NPU 설계사 세 곳에 투자했다.") == ["한빛벤처스"]
