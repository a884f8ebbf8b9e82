"""An English legal form's full stop inside a Korean sentence ("미국 법인 X Inc. 설립") ends no sentence."""

from __future__ import annotations

from loaders.normalise import split_blocks
from loaders.sentences import split_sentences


def test_a_legal_forms_full_stop_before_hangul_ends_no_sentence():
    text = "가온랩스는 지난해 미국 법인 Gaon America Inc. 설립을 마쳤다. 다음 달 Tesk Corp. 와 계약한다."
    sentences = [s.text for s in split_sentences(split_blocks(text))]
    assert sentences == ["가온랩스는 지난해 미국 법인 Gaon America Inc. 설립을 마쳤다.", "다음 달 Tesk Corp. 와 계약한다."]


def test_an_english_sentence_after_a_legal_form_still_ends_there():
    text = "The deal was signed by Acme Inc. The buyer paid cash."
    sentences = [s.text for s in split_sentences(split_blocks(text))]
    assert sentences == ["The deal was signed by Acme Inc.", "The buyer paid cash."]
