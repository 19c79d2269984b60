"""The Python API: the README's notebook example runs as written; names load lazily; frames
have one row per fact with raw offsets; a missing optional extra says what to install."""

from __future__ import annotations

import contextlib
import io
import os
import re
import subprocess
import sys

import pytest

import shequ
from corpus_data import ROOT
from shequ.errors import EntityNotFoundError, MissingExtraError, NoStoreError

FACT_LISTS = ("organizations", "places", "communities", "models", "programs", "people", "quantities", "partnerships")


def readme_example() -> str:
    """The ```python block of the README's "Python API" section."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Python API"):]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


@pytest.fixture(scope="module")
def example():
    """The namespace the README example leaves behind, run from the repository root."""
    namespace: dict = {}
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        with contextlib.redirect_stdout(io.StringIO()) as printed:
            exec(compile(readme_example(), "README.md (Python API)", "exec"), namespace)
    finally:
        os.chdir(cwd)
    namespace["printed"] = printed.getvalue()
    return namespace


def test_readme_example_extracts_sheets_with_facts_and_evidence(example):
    sheets = example["sheets"]
    assert len(sheets) == 1 and isinstance(sheets[0], shequ.FactSheet)
    assert sheets[0].title == "桃源社区推行“五社联动”" and sheets[0].source == "青禾日报"
    assert {c.name for c in sheets[0].communities} == {"桃源社区"}


def test_readme_example_frame_has_one_row_per_fact_with_raw_offsets(example):
    sheets, facts, text = example["sheets"], example["facts"], example["text"]
    assert len(facts) == sum(len(getattr(s, name)) for s in sheets for name in FACT_LISTS) > 5
    assert {"start", "end", "raw", "sentence", "n_evidence"} <= set(facts.columns)
    assert str(facts["start"].dtype) == "int64"
    assert all(text[r.start : r.end] == r.raw for r in facts.itertuples())
    community = facts[facts.fact_type == "communities"].iloc[0]
    assert (community["name"], community["start"], community["end"], community["sentence"]) == (
        "桃源社区", 0, 4, "桃源社区推行“五社联动”")


def test_readme_example_queries_the_bundled_graph(example):
    assert {"民族巷社区", "文昌阁社区", "新墩花园社区"} <= set(example["rows"] and [r["name"] for r in example["rows"]])
    assert len(example["nodes"]) == example["nodes"]["id"].nunique() > 100
    assert list(example["edges"].columns[:5]) == ["src", "type", "dst", "n_articles", "articles"]
    seed = example["seed_facts"]
    assert set(seed["clipping"]) >= {"seeds/000_3c3b2f14eedce646.txt", "heldout/h01_chengdu_hangzhou.txt"}
    raw = (ROOT / "corpus" / "seeds" / "000_3c3b2f14eedce646.txt").read_text(encoding="utf-8")
    for r in seed[seed.clipping == "seeds/000_3c3b2f14eedce646.txt"].itertuples():
        assert raw[r.start : r.end] == r.raw
    assert "宜宾市酒都义工联合会" in example["printed"] or "E修就好" in example["printed"]


def test_import_shequ_is_light_and_names_load_on_first_use():
    code = ("import sys, shequ; heavy = ('spacy', 'jieba', 'networkx', 'pydantic', 'pandas');"
            "print(sorted(m for m in heavy if m in sys.modules)); shequ.open_graph; print('pandas' in sys.modules,"
            " 'spacy' in sys.modules); print(sorted(n for n in ('extract', 'open_graph', 'facts_frame') if n in dir(shequ)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.splitlines()
    assert out == ["[]", "False False", "['extract', 'facts_frame', 'open_graph']"]
    with pytest.raises(AttributeError):
        shequ.no_such_name  # noqa: B018


def test_frames_without_pandas_raise_missing_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas → ImportError
    with pytest.raises(MissingExtraError, match=r"E042 DataFrames needs the optional dependency pandas: "
                                                r"pip install 'shequ\[frames\]'"):
        shequ.facts_frame([])


def test_open_graph_of_a_folder_without_store_says_how_to_make_one(tmp_path):
    with pytest.raises(NoStoreError, match="E070"):
        shequ.open_graph(tmp_path)


def test_graph_methods_answer_as_the_cli_and_offer_close_names():
    with shequ.open_graph(ROOT / "outputs" / "graph.sqlite") as graph:
        assert [r["person"] for r in graph.people("金鱼社区")] == ["李琼"]
        assert graph.path("李琼", "宜宾市酒都义工联合会")["nodes"][1]["name"] == "金鱼社区"
        assert graph.sheet("金鱼社区").name == "金鱼社区"
        assert graph.stats()["articles"] == 17
        with pytest.raises(EntityNotFoundError) as err:
            graph.explain("金鱼小区")
        assert err.value.suggestions == ["金鱼社区"]
        assert "Did you mean '金鱼社区'?" in str(err.value)


def test_extract_reports_the_clipping_name_and_offsets_of_its_own_text():
    text = "社区新闻\n\n青禾市春晖义工联合会已入驻在桃源社区。\n\n（据《青禾日报》）\n"
    (sheet,) = shequ.extract(text, clipping="mine.txt")
    assert sheet.clipping == "mine.txt" and sheet.article_id.startswith("mine-00-")
    org = sheet.organizations[0]
    assert (org.name, text[org.evidence[0].start : org.evidence[0].end]) == ("青禾市春晖义工联合会", "青禾市春晖义工联合会")
    assert shequ.extract(text, clipping="mine.txt", options={"partnerships": {"max_gap": 0}})[0].partnerships == []


def test_shequ_extract_stays_the_function_when_the_extractor_package_is_imported():
    code = ("import shequ.extract, importlib, shequ; from shequ.extract import default_registry;"
            "print(callable(shequ.extract), shequ.extract.__module__, importlib.import_module('shequ.extract').__name__,"
            " callable(default_registry))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["True", "shequ.api", "shequ.extract", "True"]
