"""A Korean name glossed with its Latin spelling and whose group it belongs to:
"B(Latin Name, 싱가포르 A 계열)" says B belongs to A, and the spelling is B itself."""

from __future__ import annotations

from tests.reading import facts


def test_a_gloss_after_the_latin_spelling_names_the_group(loader, tmp_path):
    text = "이번 라운드에는 노을캐피탈(Noeul Capital, 싱가포르 테마섹 계열)이 새로 참여했다.\n"
    got = facts(loader, tmp_path, text)
    assert any(f[1] == "SUBSIDIARY_OF" and f[0] in ("노을캐피탈", "Noeul Capital") and f[2] == "Temasek" for f in got)
    assert not any(f[1] == "SUBSIDIARY_OF" and {f[0], f[2]} == {"노을캐피탈", "Noeul Capital"} for f in got)
