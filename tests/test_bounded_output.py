"""Bounded output: a sheet writes each sentence once, in bounded pieces, so sheets grow with the text.

Text without sentence punctuation (OCR output) makes one article a single sentence; when
every evidence item stored that whole sentence, 50 KB in gave an 11 MB sheet, and a
±200-character window per evidence item still made sheets 15× their input.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import SimpleNamespace

from shequ.batch.encoding import json_sheet_bytes, sheet_bytes
from shequ.clipping import process_clipping
from shequ.schema import SENTENCE_CHARS
from shequ.sheets import sentence_pieces

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "corpus" / "seeds" / "001_1d0cc6dd0f8373ac.txt").read_text(encoding="utf-8")
RE_SENTENCE_PUNCT = re.compile(r"[。！？；…!?;]")
FACT_LISTS = ("organizations", "places", "communities", "models", "programs", "people", "quantities", "partnerships")


def unpunctuated(copies: int) -> str:
    """The seed's paragraphs `copies` times over, without sentence punctuation: one sentence per article."""
    return RE_SENTENCE_PUNCT.sub("", "\n\n".join([SEED] * copies))


def evidence(data: dict):
    for name in (*FACT_LISTS, "page_furniture"):
        for fact in data[name]:
            yield from fact["evidence"]


def test_unpunctuated_text_gets_bounded_disjoint_pieces_each_written_once():
    raw = unpunctuated(1)
    result = process_clipping(raw, "ocr.txt")
    items_seen = 0
    for sheet in result.sheets:
        data = sheet.model_dump(mode="json")
        items, sentences = list(evidence(data)), data["sentences"]
        items_seen += len(items)
        assert len(set(sentences)) == len(sentences)
        assert all(len(s) <= SENTENCE_CHARS + 30 for s in sentences)
        for e in items:
            assert e["text"] in sentences[e["sentence"]]
            assert raw[e["start"]:e.get("end", e["start"] + len(e["text"]))] == e.get("raw", e["text"])
        assert {e["sentence"] for e in items} == set(range(len(sentences)))
    assert items_seen > 50
    pieces = [s for sheet in result.sheets for s in sheet.sentences]
    assert max(map(len, pieces)) > SENTENCE_CHARS - 50  # long sentences were cut, not written whole
    # Pieces are disjoint stretches of the articles: together no longer than the text.
    assert sum(map(len, pieces)) <= len(raw)


def test_ordinary_sentences_are_written_whole_and_once(seed_results):
    for name, (raw, result) in seed_results.items():
        for sheet in result.sheets:
            sentences = sheet.sentences
            assert len(set(sentences)) == len(sentences), name
            assert all(len(s) < SENTENCE_CHARS for s in sentences), name


def _context(text: str, sentences: list[tuple[int, int]]):
    return SimpleNamespace(text=text, sentences=sentences)


def test_sentence_pieces_cut_long_sentences_every_400_characters_but_never_inside_a_span():
    text = "甲" * 1000
    ctx = _context(text, [(0, 1000)])
    # 398..403 straddles the cut at 400: the first piece ends after it, the second starts there.
    pieces = sentence_pieces(ctx, [(10, 12), (398, 403), (420, 425), (950, 952)])
    assert pieces == {(10, 12): (0, 403), (398, 403): (0, 403), (420, 425): (403, 800), (950, 952): (800, 1000)}


def test_sentence_pieces_keep_short_sentences_whole_and_cover_gaps_and_crossings():
    text = "第一句话。  第二句话。第三句。"
    ctx = _context(text, [(0, 5), (7, 12), (12, 16)])
    pieces = sentence_pieces(ctx, [(1, 3), (5, 7), (10, 14)])
    # a span in the gap between sentences gets the gap; one crossing a sentence end joins both
    assert pieces == {(1, 3): (0, 5), (5, 7): (5, 7), (10, 14): (7, 16)}


def test_sheet_size_grows_linearly_with_unpunctuated_input():
    sizes = {}
    for copies in (2, 4):
        result = process_clipping(unpunctuated(copies), "ocr.txt")
        sizes[copies] = sum(len(sheet_bytes(sheet.model_dump(mode="json"))) for sheet in result.sheets)
    assert sizes[4] / sizes[2] < 2.1, sizes  # it was ~4 (every evidence item held the whole text)


def _size_ratio(pairs) -> float:
    """Sheet bytes / input bytes over (raw text, sheets) pairs."""
    out = sum(len(sheet_bytes(sheet.model_dump(mode="json"))) for _, sheets in pairs for sheet in sheets)
    return out / sum(len(raw.encode("utf-8")) for raw, _ in pairs)


def test_sheets_are_at_most_three_times_their_input_with_and_without_punctuation(seed_results):
    # schema 2.0: 5.95× with punctuation, ~15× without
    assert _size_ratio([(raw, result.sheets) for raw, result in seed_results.values()]) < 2.6
    texts = [RE_SENTENCE_PUNCT.sub("", raw) for raw, _ in seed_results.values()]
    assert _size_ratio([(text, process_clipping(text, "ocr.txt").sheets) for text in texts]) < 2.9


def test_sheet_file_has_one_line_per_field_and_per_fact(seed_results):
    raw, result = seed_results["001_1d0cc6dd0f8373ac.txt"]
    data = result.sheets[0].model_dump(mode="json")
    text = sheet_bytes(data).decode("utf-8")
    assert text == json_sheet_bytes(data).decode("utf-8")
    assert json.loads(text) == data
    lines = text.splitlines()
    assert lines[:3] == ["{", '  "schema_version": "3.0",', '  "clipping": "seeds/001_1d0cc6dd0f8373ac.txt",']
    facts = sum(len(data[name]) for name in (*FACT_LISTS, "page_furniture")) + len(data["sentences"])
    nonempty = sum(1 for name in (*FACT_LISTS, "page_furniture", "sentences") if data[name])
    assert len(lines) == 2 + 7 + facts + 2 * nonempty + (len(FACT_LISTS) + 2 - nonempty)
    assert lines[-1] == "}" and text.endswith("}\n")
    first_org = lines[lines.index('  "organizations": [') + 1]
    assert first_org.startswith('    {"name":"') and '"evidence":[{"text":' in first_org and first_org.endswith("}]},")
