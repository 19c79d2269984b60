"""Tables built from the lexicons are kept between runs, and rebuilt whenever what they are
built from changes: the gazetteer and the segmenter's word table load from the cache equal to
what building them gives."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from shequ import lexicon
from shequ.lexicon import _read_cache
from shequ.gazetteer import gazetteer_tables, load_gazetteer


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv(lexicon.CACHE_ENV, str(folder))
    return folder


def counting_build(table):
    calls = []

    def build():
        calls.append(1)
        return table

    return build, calls


def test_a_table_is_built_once_then_read_back_equal(cache, tmp_path):
    source = tmp_path / "source.txt"
    source.write_text("社区\n", encoding="utf-8")
    table = ({"社区": 3, "街道": 70000}, [("九龙坡区", True, False)], 5, None)
    build, calls = counting_build(table)
    assert lexicon.cached("demo", [source], build) == table
    assert lexicon.cached("demo", [source], build) == table
    assert calls == [1]
    assert [p.name.split("-")[0] for p in cache.iterdir()] == ["demo"]


def test_a_changed_input_builds_the_table_again(cache, tmp_path):
    source = tmp_path / "source.txt"
    source.write_text("社区\n", encoding="utf-8")
    build, calls = counting_build({"a": 1})
    lexicon.cached("demo", [source], build)
    source.write_text("社区\n街道\n", encoding="utf-8")
    lexicon.cached("demo", [source], build)
    assert calls == [1, 1]
    assert len(list(cache.iterdir())) == 2  # the other version's file stays until it is old


@pytest.mark.parametrize("damage", [
    lambda data: data[:-1],  # cut short (a disk filled up while writing)
    lambda data: data[:-3] + b"\x00\x00\x00",  # changed bytes
    lambda data: b"",
    lambda data: b"not a cache file at all",
])
def test_a_damaged_cache_file_is_built_again(cache, tmp_path, damage):
    build, calls = counting_build({"社区": [1, 2, 3]})
    lexicon.cached("demo", [], build)
    (path,) = cache.iterdir()
    path.write_bytes(damage(path.read_bytes()))
    assert lexicon.cached("demo", [], build) == {"社区": [1, 2, 3]}
    assert calls == [1, 1]
    assert lexicon.cached("demo", [], build) == {"社区": [1, 2, 3]}  # rewritten whole
    assert calls == [1, 1]


def test_caching_off_or_an_unwritable_folder_only_costs_time(tmp_path, monkeypatch):
    build, calls = counting_build([1])
    monkeypatch.setenv(lexicon.CACHE_ENV, "off")
    assert lexicon.cached("demo", [], build) == lexicon.cached("demo", [], build) == [1]
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv(lexicon.CACHE_ENV, str(blocked / "cache"))  # a folder inside a file
    assert lexicon.cached("demo", [], build) == [1]
    assert calls == [1, 1, 1]


def test_the_default_folder_is_the_users_cache(monkeypatch, tmp_path):
    monkeypatch.delenv(lexicon.CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert lexicon.cache_dir() == tmp_path / "shequ"


def test_the_cached_gazetteer_equals_the_built_one(cache):
    load_gazetteer.cache_clear()
    try:
        first = load_gazetteer()  # builds and writes the cache
        load_gazetteer.cache_clear()
        second = load_gazetteer()  # reads it back
    finally:
        load_gazetteer.cache_clear()
    assert any(cache.iterdir())
    divisions, forms, common = gazetteer_tables()
    assert second.divisions == first.divisions and len(second.divisions) == len(divisions) > 40_000
    assert second.forms == first.forms and len(second.forms) == len(forms)
    assert second.common_forms == first.common_forms and len(second.common_forms) == len(common)
    assert second.divisions["500107"].chain == ("重庆市", "九龙坡区")
    assert [(s, e, surface) for s, e, surface in second.scan("重庆市九龙坡区九龙街道")] == [
        (0, 3, "重庆市"), (3, 7, "九龙坡区"), (7, 11, "九龙街道")]


def test_the_segmenter_cuts_alike_from_the_cached_word_table(tmp_path):
    """Built (cache empty), then loaded from the cache: the same table, the same tokens."""
    code = (
        "import json; from corpus_data import seed_paths; from shequ.segment import tokens; "
        "from shequ.vocabulary import vocabulary; v = vocabulary(); "
        "print(json.dumps([v.total, len(v.freq), len(v.tags), v.freq.get('五社联动'), "
        "[tokens(p.read_text(encoding='utf-8')) for p in seed_paths()[:6]]]))"
    )
    env_cache = {"SHEQU_CACHE_DIR": str(tmp_path / "cache")}
    import os

    env = {**os.environ, **env_cache}
    runs = [json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                                      env=env, cwd=os.path.dirname(__file__)).stdout) for _ in range(2)]
    assert [p.name.split("-")[0] for p in (tmp_path / "cache").iterdir()] == ["vocabulary"]
    assert runs[0] == runs[1]
    assert runs[0][3] is not None and sum(map(len, runs[0][4])) > 5_000
    # the second run gave the empty native segmenter the cached table's words, user words included
    freq = _read_cache(next((tmp_path / "cache").iterdir()))[0]
    assert freq["五社联动"] == runs[0][3]


def test_the_lazy_gazetteer_equals_one_built_whole():
    """Rows made on first read (`LazyRows`) equal the rows made all at once from the same tables,
    and the scans and resolutions over them are the same."""
    from shequ.gazetteer import Division, Form, Gazetteer, resolve

    divisions, forms, common = gazetteer_tables()
    whole = Gazetteer(
        {code: Division(code, name, level, tuple(chain), parent) for code, name, level, chain, parent in divisions},
        {surface: tuple(Form(*form) for form in items) for surface, items in forms.items()},
        {surface: tuple(Form(*form) for form in items) for surface, items in common.items()},
    )
    lazy = load_gazetteer()
    assert lazy.divisions["500107002"] == whole.divisions["500107002"]  # one read before the whole comparison
    assert lazy.divisions == whole.divisions and list(lazy.divisions) == list(whole.divisions)
    assert lazy.forms == whole.forms and list(lazy.forms) == list(whole.forms)
    assert lazy.common_forms == whole.common_forms
    text = "宁夏中卫市沙坡头区文昌镇的居民和光明街道、吉林的志愿者"
    assert list(lazy.scan(text)) == list(whole.scan(text)) and list(lazy.scan_common(text)) == list(whole.scan_common(text))
    candidates = {surface: [form.code for form in lazy.lookup(surface)] for _, _, surface in lazy.scan(text)}
    assert resolve(candidates, gazetteer=lazy) == resolve(candidates, gazetteer=whole)
    assert lazy.lookup("不是地名") == whole.lookup("不是地名") == ()


def test_lazy_rows_are_made_once_on_first_read_and_unknown_keys_stay_missing():
    from shequ.gazetteer import LazyRows

    made = []
    rows = LazyRows({"a": 1, "b": 2}, lambda plain: made.append(plain) or plain * 10)
    assert len(rows) == 2 and "a" in rows and "c" not in rows and list(rows) == ["a", "b"] and made == []
    assert rows["a"] == 10 and rows["a"] == 10 and made == [1]
    assert rows.get("c") is None and rows.get("c", ()) == ()
    with pytest.raises(KeyError):
        rows["c"]
    assert rows == {"a": 10, "b": 20} and made == [1, 2]
