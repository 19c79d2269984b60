"""Bounded output: evidence carries a window of its sentence, so sheets grow with the facts.

Text without sentence punctuation (OCR output) makes one article a single sentence; when
every evidence item stored that whole sentence, 50 KB in gave an 11 MB sheet.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import ValidationError

from shequ.batch.outputs import sheet_bytes
from shequ.clipping import process_clipping
from shequ.schema import Evidence

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "corpus" / "seeds" / "001_1d0cc6dd0f8373ac.txt").read_text(encoding="utf-8")
RE_SENTENCE_PUNCT = re.compile(r"[。！？；…!?;]")
CONTEXT = Evidence.CONTEXT_CHARS


def unpunctuated(copies: int) -> str:
    """The seed's paragraphs `copies` times over, without sentence punctuation: one sentence per article."""
    return RE_SENTENCE_PUNCT.sub("", "\n\n".join([SEED] * copies))


def evidence(result):
    for sheet in result.sheets:
        data = sheet.model_dump(mode="json")
        for name in ("organizations", "places", "communities", "models", "programs", "people", "quantities", "partnerships"):
            for fact in data[name]:
                yield from fact["evidence"]


def test_evidence_of_unpunctuated_text_carries_a_window_of_its_sentence():
    raw = unpunctuated(1)
    result = process_clipping(raw, "ocr.txt")
    items = list(evidence(result))
    assert len(items) > 50
    assert max(len(e["sentence"]) - len(e["text"]) for e in items) == 2 * CONTEXT  # clipped, on both sides
    for e in items:
        assert e["text"] in e["sentence"]
        assert len(e["sentence"]) <= len(e["text"]) + 2 * CONTEXT
        assert raw[e["start"]:e["end"]] == e["raw"]


def test_ordinary_sentences_are_kept_whole(seed_results):
    """On the seeds no sentence is longer than the window: the field is the whole sentence."""
    for name, (raw, result) in seed_results.items():
        for e in evidence(result):
            assert len(e["sentence"]) < 2 * CONTEXT, (name, e["sentence"])


def test_sheet_size_grows_linearly_with_unpunctuated_input():
    sizes = {}
    for copies in (2, 4):
        result = process_clipping(unpunctuated(copies), "ocr.txt")
        sizes[copies] = sum(len(sheet_bytes(sheet.model_dump(mode="json"))) for sheet in result.sheets)
    assert sizes[4] / sizes[2] < 2.2, sizes  # it was ~4 (every evidence item held the whole text)
    assert sizes[4] < 20 * len(unpunctuated(4).encode("utf-8")), sizes


def test_evidence_refuses_a_sentence_longer_than_its_window():
    Evidence(text="社区", sentence="甲" * CONTEXT + "社区" + "乙" * CONTEXT, start=0, end=2, raw="社区")
    with pytest.raises(ValidationError, match="more than the span and 200 on either side"):
        Evidence(text="社区", sentence="甲" * (CONTEXT + 1) + "社区" + "乙" * CONTEXT, start=0, end=2, raw="社区")
