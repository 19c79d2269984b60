"""The Dask engine: same outputs as the process pool, batched, not deduplicated."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

pytest.importorskip("distributed", reason="the Dask engine needs the 'dask' extra: pip install -e .[dask]")

from distributed import LocalCluster  # noqa: E402
from fake_pipeline import fake_process  # noqa: E402
from shequ import batch  # noqa: E402
from shequ.batch import Job, process_batch, run_batch  # noqa: E402
from shequ.batch.dask import DaskEngine  # noqa: E402
from shequ.graph.store import GraphStore  # noqa: E402

SEEDS = Path(__file__).resolve().parent.parent / "corpus" / "seeds"


def sheets(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted((out / "factsheets").rglob("*.json"))}


def dump(out: Path) -> str:
    with GraphStore(out / "graph.sqlite") as store:
        return store.dump()


def test_local_cluster_writes_exactly_what_the_process_pool_writes(tmp_path):
    """The real pipeline on the seed corpus (plus a bad file): Dask and pool agree byte for byte."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in SEEDS.glob("*.txt"):
        (corpus / seed.name).write_bytes(seed.read_bytes())
    (corpus / "empty.txt").write_bytes(b"")
    pool = run_batch([corpus], tmp_path / "pool", workers=2, batch_size=2)
    dask = run_batch([corpus], tmp_path / "dask", workers=2, batch_size=2, engine="dask")
    assert sheets(tmp_path / "pool") == sheets(tmp_path / "dask")
    assert len(sheets(tmp_path / "pool")) >= 5
    assert dump(tmp_path / "pool") == dump(tmp_path / "dask")
    assert pool == dask
    assert (dask.run["engine"], dask.run["timeout"], dask["totals"]["ok"], dask["totals"]["failed"]) == ("dask", None, 5, 1)
    assert pool.run["engine"] == "pool"


def test_identical_batches_both_run_and_come_back_in_order(tmp_path):
    counter = tmp_path / "count.log"
    job = Job(index=0, file="x.txt", clipping="x.txt", sha256="0", text=f"COUNT:{counter}\n标题\n正文。\n")
    other = Job(index=1, file="y.txt", clipping="y.txt", sha256="1", text="第二\n正文。\n")
    engine = DaskEngine(workers=2, process=fake_process)
    try:
        results = list(engine.map([[job], [job], [other, job]]))
    finally:
        engine.close()
    assert [[o.clipping for o in outcomes] for outcomes in results] == [["x.txt"], ["x.txt"], ["y.txt", "x.txt"]]
    assert counter.read_text(encoding="utf-8").splitlines() == ["x.txt"] * 3  # pure=False: nothing deduplicated


def test_a_worker_with_another_pipeline_version_fails_its_clippings_loudly():
    jobs = [Job(index=0, file="in/x.txt", clipping="x.txt", sha256="0", text="标题\n正文。\n")]
    [outcome] = process_batch(jobs, fake_process, expected_version="0.0.0+client")
    assert (outcome.status, outcome.stage) == ("failed", "worker")
    assert outcome.reason == (f"E041 worker runs pipeline {batch.pipeline_version()}, client runs 0.0.0+client. "
                              "Install the same shequ version (and lexicons) on every Dask worker.")


def test_a_clipping_that_kills_its_dask_workers_fails_alone():
    """Dask retries a task whose worker died, then gives up (KilledWorker): the batch is run
    again one clipping per task, so only the killer fails and the run goes on."""
    texts = [("a.txt", "标题\n正文。\n"), ("die.txt", "DIE\n"), ("b.txt", "第二\n正文。\n")]
    jobs = [Job(index=i, file=f"in/{name}", clipping=name, sha256=str(i), text=text) for i, (name, text) in enumerate(texts)]
    engine = DaskEngine(workers=2, process=fake_process)
    try:
        results = list(engine.map([jobs[:2], jobs[2:]]))
    finally:
        engine.close()
    assert [[(o.clipping, o.status, o.stage) for o in outcomes] for outcomes in results] == [
        [("a.txt", "ok", None), ("die.txt", "failed", "worker")], [("b.txt", "ok", None)]]
    assert results[0][1].reason.startswith("E040 the Dask task of this clipping failed (KilledWorker")


def test_a_local_cluster_whose_workers_are_gone_is_started_again():
    """Under heavy load a nanny may fail to bring back a worker that died; the engine
    notices the cluster has no worker and starts new ones instead of waiting forever."""
    engine = DaskEngine(workers=1, process=fake_process)
    engine.poll_seconds, engine.restart_after, engine.give_up_after = 0.2, 1.0, 120.0
    try:
        engine.client.retire_workers(close_workers=True)
        while engine.client.nthreads():
            time.sleep(0.1)
        job = Job(index=0, file="in/a.txt", clipping="a.txt", sha256="0", text="标题\n正文。\n")
        [[outcome]] = list(engine.map([[job]]))
    finally:
        engine.close()
    assert (outcome.clipping, outcome.status) == ("a.txt", "ok")


def test_a_scheduler_without_workers_fails_the_clippings_instead_of_hanging():
    cluster = LocalCluster(n_workers=0, processes=False, dashboard_address=None, silence_logs=40)
    texts = [("a.txt", "标题\n正文。\n"), ("b.txt", "第二\n正文。\n"), ("c.txt", "第三\n正文。\n")]
    jobs = [Job(index=i, file=f"in/{name}", clipping=name, sha256=str(i), text=text) for i, (name, text) in enumerate(texts)]
    try:
        engine = DaskEngine(workers=1, scheduler=cluster.scheduler_address, process=fake_process)
        engine.poll_seconds, engine.give_up_after = 0.2, 1.0
        try:
            started = time.monotonic()
            results = list(engine.map([jobs[:2], jobs[2:]]))
            waited = time.monotonic() - started
        finally:
            engine.close()
    finally:
        cluster.close()
    assert [[(o.clipping, o.status, o.stage) for o in outcomes] for outcomes in results] == [
        [("a.txt", "failed", "worker"), ("b.txt", "failed", "worker")], [("c.txt", "failed", "worker")]]
    assert results[1][0].reason.startswith("E040 no live Dask worker for 1 s, so this clipping was not processed.")
    assert waited < 30  # the later batch fails at once, it does not wait its own grace period
