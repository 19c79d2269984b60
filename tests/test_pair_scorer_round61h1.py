"""The pair scorer's trainer keeps each set's examples between runs (--cache): cross-validating a
pool of hundreds of articles runs the pipeline once."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _trainer():
    spec = importlib.util.spec_from_file_location("train_pair_scorer", ROOT / "scripts" / "train_pair_scorer.py")
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    return train


def test_a_cached_set_is_read_back_without_running_the_pipeline(tmp_path, monkeypatch):
    train = _trainer()
    rows = [
        train.Example(["bias", "joint_mid", "gap5"], True, "s01/0", "东湖社区|青松社工服务中心", True),
        train.Example(["bias", "event_mid"], False, "s02/1", "南岭街道|西河小学", False),
    ]
    built = []

    def pipeline():
        built.append(1)
        return "pipeline"

    monkeypatch.setattr(train, "examples", lambda gold, texts, pipe: rows if pipe == "pipeline" else None)
    gold, texts, cache = tmp_path / "set" / "gold", tmp_path / "set" / "texts", tmp_path / "cache"
    assert train.cached_examples(gold, texts, pipeline, cache) == rows
    assert train.cached_examples(gold, texts, pipeline, cache) == rows
    assert built == [1]  # the second run read the cache
    assert len(list(cache.glob("*.json"))) == 1


def test_without_a_cache_every_run_reads_the_articles(tmp_path, monkeypatch):
    train = _trainer()
    built = []

    def pipeline():
        built.append(1)
        return "pipeline"

    monkeypatch.setattr(train, "examples", lambda gold, texts, pipe: [])
    for _ in range(2):
        assert train.cached_examples(tmp_path / "gold", tmp_path / "texts", pipeline, None) == []
    assert built == [1, 1]
