"""The speed benchmark of issue 13: end to end, where the CPU goes, memory, store growth, cold start.

    python benchmarks/bench_all.py                        # 20 MB corpus, store to 50k articles
    python benchmarks/bench_all.py --quick                # 2 MB corpus, store to 5k articles: a smaller check
    python benchmarks/bench_all.py --json after.json      # also write the figures
    python benchmarks/bench_all.py --compare before.json after.json   # the before/after table (Markdown)
    python benchmarks/bench_all.py --store-only OUT/factsheets        # store growth only, from a run's sheets

One run measures, on the seed corpus repeated and varied to --size-mb (`bench_corpus.py`):
1. bare `jieba.lcut` over the same texts, in this process: the yardstick;
2. `shequ run --workers 1 --timeout 0` (no worker process) in a child process that times
   every stage (CPU time, each stage without the stages it calls): read, normalize, split, segment, each extractor, sheet
   building (validation included), sheet → dict, JSON encoding, file writes, the graph
   store (its own validation of the sheets apart), start-up; plus its peak RSS;
3. `shequ run --workers 2` (a plain subprocess): CPU seconds, chars/s, peak RSS per worker;
   its sheets and store compared byte for byte with the 1-worker run's;
4. store growth: the sheets of run 2, copied under new clipping names and article ids until
   there are enough, inserted into a fresh store as the batch runner does; CPU ms per
   article at 1k, 10k and 50k (the median of 8 windows of 250 articles around each mark),
   and store bytes per article; growth paired in time: each batch of the 2,000 articles after
   a mark is also inserted, right before or after, into a copy of the store at the first mark
   (which then forgets it), and the median of the CPU ratios says how much dearer an article
   is at that size, whatever the machine's load did between the marks;
5. store bytes per article of the bundled corpus (`shequ run corpus/`);
6. cold start: `shequ run` of one small clipping into a fresh folder (median of 3).

CPU seconds do not depend on what else the machine runs, wall seconds do: ratios are
computed from figures of the same run. This is a script, not a test.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path, PurePosixPath

START_CPU = time.process_time()  # before any import of the pipeline: the child's start-up counts from here

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from monitor import run_monitored as monitored  # noqa: E402

SHEQU = [sys.executable, "-m", "shequ"]
STORE_MARKS = (1_000, 10_000, 50_000)
QUICK_STORE_MARKS = (1_000, 5_000)
# ms/article at a mark: the median over STORE_WINDOWS windows of equal size that tile the
# STORE_SPAN articles centred on it (1k: articles 0-2,000). One window of 1,000 articles gave
# 1.11x, 1.18x, 1.08x and 1.94x for 50k against 1k in four runs: a burst of load on the
# machine, a collection or a WAL checkpoint inside the one window moved the figure; the
# median of eight drops such a window, and every mark is measured the same way.
STORE_SPAN = 2_000
STORE_WINDOWS = 8


# ---------------------------------------------------------------- stage timing (child process)


class StageTimer:
    """CPU time per stage, each stage without the time of the stages it calls.

    `wrap(name, fn)` returns `fn` timed under `name`; `inclusive=True` charges everything
    inside (nested stages included) to `name`, for start-up work such as warming a worker.
    """

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.calls: dict[str, int] = {}
        self._children: list[float] = []
        self._paused = 0

    def wrap(self, name: str, fn, inclusive: bool = False):
        clock = time.process_time

        def timed(*args, **kwargs):
            if self._paused:
                return fn(*args, **kwargs)
            started = clock()
            self._children.append(0.0)
            self._paused += inclusive
            try:
                return fn(*args, **kwargs)
            finally:
                self._paused -= inclusive
                elapsed = clock() - started
                inner = self._children.pop()
                self.seconds[name] = self.seconds.get(name, 0.0) + elapsed - inner
                self.calls[name] = self.calls.get(name, 0) + 1
                if self._children:
                    self._children[-1] += elapsed

        timed.__wrapped__ = fn
        return timed

    def patch(self, owner, attr: str, name: str, inclusive: bool = False) -> None:
        if hasattr(owner, attr):
            setattr(owner, attr, self.wrap(name, getattr(owner, attr), inclusive))


def _timed_step(timer: StageTimer, step):
    """A component timed as `extract: <name>`, still declaring the labels it `adds` to: the
    registry reads them off the instance, and without them a partnership party given as an
    organization stops the clipping (E058) in the timed run only."""
    timed = timer.wrap(f"extract: {step.name}", step.instance)
    timed.adds = getattr(step.instance, "adds", ())
    return timed


def instrument(timer: StageTimer) -> None:
    """Wrap the pipeline's steps where the runner and `process_clipping` look them up."""
    import dataclasses

    import shequ.batch.engines as engines
    import shequ.batch.jobs as jobs
    import shequ.batch.outputs as outputs
    import shequ.batch.run as run
    import shequ.clipping as clipping
    import shequ.graph.store as store

    timer.patch(engines, "warm_worker", "start-up (imports, warm-up)", inclusive=True)
    timer.patch(run._Run, "triage", "read (read, hash, decode)")
    timer.patch(clipping, "normalize", "normalize")
    timer.patch(clipping, "split_articles", "split articles")
    timer.patch(clipping, "token_offsets", "segment (tokens)")
    timer.patch(clipping, "sentences", "segment (sentences)")
    timer.patch(clipping, "article_id", "article id")
    timer.patch(clipping, "build_sheet", "sheet building + validation")
    timer.patch(jobs, "_process_one", "sheet → dict (model_dump)")
    timer.patch(outputs, "sheet_bytes", "JSON encoding (sheet files)")
    if importlib.util.find_spec("shequ.batch.encoding"):  # where the worker encodes them (since 2026-12-05)
        import shequ.batch.encoding as encoding

        timer.patch(encoding, "sheet_bytes", "JSON encoding (sheet files)")
    timer.patch(outputs, "write_atomic", "file writes")
    timer.patch(outputs.Outputs, "commit", "runner: commit bookkeeping")
    # a group's transaction is resolved and committed (and its state records written) here
    timer.patch(run._Run, "_close_group", "graph store")
    for method in ("upsert_clipping", "upsert_many", "forget", "has_clipping"):
        timer.patch(store.GraphStore, method, "graph store")
    # a sheet's graph rows, made next to the sheet (in the worker) since 2026-12-05: still the store's cost
    timer.patch(store, "prepare_article", "graph store")
    pipeline = clipping.default_pipeline()
    pipeline.steps = [dataclasses.replace(step, instance=_timed_step(timer, step)) for step in pipeline.steps]
    # The store's own validation of every sheet (where it still does one).
    from shequ import schema

    model = schema.FactSheet
    original = next(k.__dict__["model_validate"] for k in model.__mro__ if "model_validate" in k.__dict__).__func__
    try:
        model.model_validate = classmethod(timer.wrap("graph store: re-validation", original))
    except (AttributeError, TypeError):
        pass


def child_profile(corpus: Path, out: Path, result: Path) -> int:
    """`shequ run --workers 1` in this process, every stage timed; figures → `result`."""
    import resource

    timer = StageTimer()
    started = time.process_time()
    for module in ("shequ.batch", "shequ.cli", "shequ.clipping", "shequ.graph.store"):  # what a `shequ run` imports before any work
        importlib.import_module(module)

    imports = time.process_time() - started
    instrument(timer)
    from shequ.cli import main

    # --timeout 0: one worker runs in this process (with a time limit it would get a worker
    # process of its own, and no stage below would be timed).
    code = main(["run", str(corpus), "--out", str(out), "--workers", "1", "--timeout", "0", "--quiet", "--force"])
    usage = resource.getrusage(resource.RUSAGE_SELF)
    total = usage.ru_utime + usage.ru_stime
    stages = dict(timer.seconds)
    # Validation measured apart: one pass of FactSheet over every sheet written.
    from shequ.schema import FactSheet

    dumps = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((out / "factsheets").rglob("*.json"))]
    began = time.process_time()
    for dump in dumps:
        FactSheet.model_validate(dump)
    one_validation = time.process_time() - began
    stages["start-up (imports, warm-up)"] = stages.get("start-up (imports, warm-up)", 0.0) + imports + START_CPU
    stages["other (runner, report, unattributed)"] = max(0.0, total - sum(stages.values()))
    figures = {"exit": code, "cpu_seconds": total, "stages": stages, "calls": timer.calls,
               "validation_one_pass_seconds": one_validation, "sheets": len(dumps)}
    result.write_text(json.dumps(figures, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


# ---------------------------------------------------------------- store growth (child process)


def replicated_sheets(sheet_dir: Path, needed: int):
    """(clipping, [sheet dicts]) in input order, copies of the run's clippings under new names
    (r001_…) until `needed` articles: ids inside keys and evidence are renamed with them."""
    clippings = []
    for folder in sorted({p.parent for p in sheet_dir.rglob("*.json")}):  # sheet folders at any depth
        texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.json"))]
        clippings.append((json.loads(texts[0])["clipping"], texts))
    if not clippings:
        raise SystemExit(f"no fact sheets under {sheet_dir}: nothing to replicate")
    done = copy = 0
    while done < needed:
        for clipping, texts in clippings:
            if done >= needed:
                return
            if copy == 0:
                yield clipping, [json.loads(t) for t in texts]
            else:
                path = PurePosixPath(clipping)  # the prefix goes on the file name: its stem names the article ids
                new = str(path.with_name(f"r{copy:03d}_{path.name}"))
                stem, new_stem = Path(clipping).stem, Path(new).stem
                yield new, [json.loads(t.replace(stem, new_stem)) for t in texts]
            done += len(texts)
        copy += 1


def store_windows(mark: int) -> list[int]:
    """The edges of the STORE_WINDOWS windows of equal size that tile the STORE_SPAN articles
    around `mark` (from article 0 when the mark is nearer the start than half the span)."""
    start = max(0, mark - STORE_SPAN // 2)
    return [start + i * STORE_SPAN // STORE_WINDOWS for i in range(STORE_WINDOWS + 1)]


def child_store(sheet_dir: Path, db: Path, marks: list[int], batch: int, result: Path) -> int:
    """Insert replicated sheets into a fresh store as the runner does; CPU per article near each mark."""
    from shequ.graph.store import GraphStore, content_hash

    many = hasattr(GraphStore, "upsert_many")
    db.unlink(missing_ok=True)
    points = [(0, 0.0)]  # (articles inserted, CPU seconds of inserting)
    sizes = {}
    cpu = 0.0
    pending: list[tuple[str, str, list[dict]]] = []
    articles = 0
    marks_left = sorted(marks)
    store = GraphStore(db)
    reference: GraphStore | None = None  # a copy of the store at the first mark (see `paired`)
    paired: dict[int, list[float]] = {mark: [] for mark in marks}

    def insert(into: GraphStore, items: list) -> float:
        started = time.process_time()
        if many:
            into.upsert_many(items)
        else:
            for clipping, digest, sheets in items:
                into.upsert_clipping(clipping, digest, sheets)
        return time.process_time() - started

    def into_reference(items: list) -> float:
        """CPU of inserting `items` into the reference store, which then forgets them (untimed):
        it stays the size it had at the first mark."""
        spent = insert(reference, items)
        for clipping, _, _ in items:
            reference.forget(clipping)
        return spent

    def flush() -> None:
        nonlocal cpu, articles
        if not pending:
            return
        pair = reference is not None and next((m for m in marks if m <= articles < m + STORE_SPAN), None)
        if pair and len(points) % 2:  # the order alternates: neither side always runs first
            ref_cpu = into_reference(pending)
            spent = insert(store, pending)
        else:
            spent = insert(store, pending)
            ref_cpu = into_reference(pending) if pair else None
        if pair and ref_cpu:
            paired[pair].append(spent / ref_cpu)
        cpu += spent
        articles += sum(len(s) for _, _, s in pending)
        points.append((articles, cpu))
        pending.clear()

    def copy_reference() -> GraphStore:
        import sqlite3

        path = db.with_name(db.stem + "-reference.sqlite")
        path.unlink(missing_ok=True)
        target = sqlite3.connect(path)
        store.db.backup(target)
        target.close()
        return GraphStore(path)

    for clipping, sheets in replicated_sheets(sheet_dir, max(marks) + STORE_SPAN):
        pending.append((clipping, content_hash(clipping), sheets))
        if len(pending) >= batch:
            flush()
        if marks_left and articles >= marks_left[0]:
            mark = marks_left.pop(0)
            store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            sizes[mark] = db.stat().st_size
            if reference is None:
                reference = copy_reference()
            print(f"store: {articles:,} articles, {cpu:.0f} CPU s", file=sys.stderr)
    flush()
    if marks_left:
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        for mark in marks_left:
            sizes[mark] = db.stat().st_size
    store.close()
    if reference is not None:
        reference.close()
        for path in db.parent.glob(db.stem + "-reference.sqlite*"):
            path.unlink()

    def cpu_at(n: int) -> float:  # CPU seconds after n articles, linear between flushes
        for (a0, c0), (a1, c1) in zip(points, points[1:]):
            if a0 <= n <= a1:
                return c0 + (c1 - c0) * (n - a0) / max(1, a1 - a0)
        return points[-1][1]

    per_article, windows, means = {}, {}, {}
    for mark in marks:
        edges = store_windows(mark)
        windows[mark] = [round(1000 * (cpu_at(b) - cpu_at(a)) / (b - a), 3) for a, b in zip(edges, edges[1:])]
        per_article[mark] = round(statistics.median(windows[mark]), 3)
        means[mark] = round(1000 * (cpu_at(edges[-1]) - cpu_at(edges[0])) / (edges[-1] - edges[0]), 3)
    figures = {"api": "upsert_many" if many else "upsert_clipping", "batch": batch, "articles": articles,
               "cpu_seconds": round(cpu, 2), "ms_per_article": per_article,
               "ms_per_article_windows": windows, "ms_per_article_mean": means,
               # CPU of each batch after a mark over the CPU of the same batch inserted into the copy
               # of the store at the first mark, at the same moment (median): growth free of the
               # machine's load changing between marks (≈ 1 at the first mark by construction)
               "paired_growth": {m: round(statistics.median(r), 3) if r else None for m, r in paired.items()},
               "paired_batches": {m: len(r) for m, r in paired.items()},
               "bytes_per_article": {m: round(sizes[m] / m) for m in marks}}
    result.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    return 0


# ---------------------------------------------------------------- the parent


def machine() -> dict:
    import platform

    import psutil

    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "unknown")
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
            "python": platform.python_version(), "load_average": [round(x, 2) for x in os.getloadavg()]}


def run_monitored(command: list[str]) -> dict:
    """`monitor.run_monitored`, stopping the benchmark when the run failed (exit 1 is a run
    with failed clippings, fine for `shequ run` but not for this script's own children)."""
    run = monitored(command)
    if run["exit"] not in (0, 1) or (run["exit"] and ("_profile" in command or "_store" in command)):
        sys.exit(f"{' '.join(command)} failed ({run['exit']}):\n{run['stderr']}")
    return run


def jieba_yardstick(texts: list[str]) -> dict:
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    wall, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        jieba.lcut(text)
    return {"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu}


def sheets_of(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted((out / "factsheets").rglob("*.json"))}


def cold_start(workdir: Path, repeats: int = 3) -> dict:
    """`shequ run` of the smallest seed clipping into a fresh folder: the first result, cold."""
    small = min((ROOT / "corpus" / "seeds").glob("*.txt"), key=lambda p: p.stat().st_size)
    folder = workdir / "cold"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    shutil.copy(small, folder / small.name)
    walls, cpus = [], []
    for i in range(repeats):
        out = workdir / f"cold-out-{i}"
        shutil.rmtree(out, ignore_errors=True)
        run = run_monitored([*SHEQU, "run", str(folder), "--out", str(out), "--workers", "1", "--quiet"])
        walls.append(run["wall"])
        cpus.append(run["cpu"])
    return {"clipping": small.name, "chars": len(small.read_text(encoding="utf-8")),
            "wall_seconds": round(statistics.median(walls), 2), "cpu_seconds": round(statistics.median(cpus), 2)}


def bundled_store(workdir: Path) -> dict:
    out = workdir / "bundled"
    shutil.rmtree(out, ignore_errors=True)
    run_monitored([*SHEQU, "run", str(ROOT / "corpus"), "--out", str(out), "--workers", "1", "--quiet"])
    articles = json.loads((out / "report.json").read_text(encoding="utf-8"))["totals"]["articles"]
    size = (out / "graph.sqlite").stat().st_size
    return {"articles": articles, "bytes": size, "bytes_per_article": round(size / articles)}


def measure(args) -> dict:
    from bench_corpus import make_corpus

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="shequ-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    corpus = workdir / f"corpus-{args.size_mb:g}mb"
    files, size, chars = make_corpus(corpus, args.size_mb)
    figures: dict = {"machine": machine(), "corpus": {"files": files, "bytes": size, "chars": chars},
                     "commit": subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                                              capture_output=True, text=True).stdout.strip()}
    say = lambda text: print(text, file=sys.stderr, flush=True)  # noqa: E731
    say(f"corpus: {files} clippings, {size / 2**20:.1f} MB, {chars:,} characters in {corpus}")

    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    figures["jieba"] = jieba_yardstick(texts)
    del texts
    say(f"jieba.lcut: {figures['jieba']['cpu']:.1f} CPU s")

    out1 = workdir / "out-1"
    profile = workdir / "profile.json"
    run1 = run_monitored([sys.executable, __file__, "_profile", str(corpus), str(out1), str(profile)])
    run1["profile"] = json.loads(profile.read_text(encoding="utf-8"))
    run1["cpu"] -= run1["profile"]["validation_one_pass_seconds"]  # measured after the run, not part of it
    run1["peak_rss_mb"] = [round(run1["main_peak"] / 2**20)]
    say(f"1 worker: {run1['cpu']:.1f} CPU s, {run1['wall']:.1f} s")

    out2 = workdir / "out-2"
    run2 = run_monitored([*SHEQU, "run", str(corpus), "--out", str(out2), "--workers", "2", "--quiet", "--force"])
    worker_peaks = sorted(run2["peaks"].values())
    run2["peak_rss_mb"] = [round(rss / 2**20) for rss in worker_peaks if rss > 50 * 2**20] or [round(rss / 2**20) for rss in worker_peaks]
    run2["peak_rss_mb_main"] = round(run2["main_peak"] / 2**20)
    say(f"2 workers: {run2['cpu']:.1f} CPU s, {run2['wall']:.1f} s")
    for run in (run1, run2):
        run.pop("peaks", None)
        run.pop("stderr", None)
        run["chars_per_second"] = round(chars / run["wall"])
        run["chars_per_cpu_second"] = round(chars / run["cpu"])
    figures["runs"] = {"1": run1, "2": run2}
    figures["identical_sheets_1_vs_2"] = sheets_of(out1) == sheets_of(out2)
    figures["identical_store_1_vs_2"] = (out1 / "graph.sqlite").read_bytes() == (out2 / "graph.sqlite").read_bytes()
    figures["articles"] = len(sheets_of(out2))

    store_result = workdir / "store.json"
    marks = args.store_marks or (QUICK_STORE_MARKS if args.quick else STORE_MARKS)
    run_monitored([sys.executable, __file__, "_store", str(out2 / "factsheets"), str(workdir / "growth.sqlite"),
                   ",".join(map(str, marks)), str(args.store_batch), str(store_result)])
    figures["store_growth"] = json.loads(store_result.read_text(encoding="utf-8"))
    say(f"store growth: {figures['store_growth']['ms_per_article']} ms/article")
    figures["bundled_store"] = bundled_store(workdir)
    figures["cold_start"] = cold_start(workdir)
    figures["machine"]["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    if not args.keep:
        for path in (out1, out2, workdir / "growth.sqlite"):
            shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(missing_ok=True)
    return figures


# ---------------------------------------------------------------- tables


def shares(figures: dict) -> dict[str, float]:
    stages = figures["runs"]["1"]["profile"]["stages"]
    total = sum(stages.values())
    return {name: seconds / total for name, seconds in stages.items()}


def _k(n) -> str:
    n = int(n)
    return f"{n // 1000}k" if n % 1000 == 0 else f"{n:,}"


def summary_rows(f: dict) -> list[tuple[str, str]]:
    chars, jieba = f["corpus"]["chars"], f["jieba"]
    r1, r2 = f["runs"]["1"], f["runs"]["2"]
    growth = f["store_growth"]
    marks = list(growth["ms_per_article"])
    first, last = growth["ms_per_article"][marks[0]], growth["ms_per_article"][marks[-1]]
    return [
        ("corpus", f"{f['corpus']['files']:,} clippings, {f['corpus']['bytes'] / 2**20:.1f} MB, {chars:,} chars, {f['articles']:,} articles"),
        ("bare jieba.lcut (yardstick)", f"{chars / jieba['cpu']:,.0f} chars/CPU-s ({jieba['cpu']:.1f} CPU s)"),
        ("1 worker, end to end with the store", f"{r1['cpu']:.1f} CPU s, {r1['chars_per_cpu_second']:,} chars/CPU-s = "
                                                f"{jieba['cpu'] / r1['cpu']:.3f}× jieba; {r1['wall']:.0f} s wall"),
        ("2 workers, end to end with the store", f"{r2['cpu']:.1f} CPU s; {r2['wall']:.0f} s wall, "
                                                 f"{r2['chars_per_second']:,} chars/s"),
        ("2 workers vs 1 (wall)", f"{r1['wall'] / r2['wall']:.2f}×"),
        ("peak RSS per worker (1 / 2 workers)", f"{r1['peak_rss_mb']} / {r2['peak_rss_mb']} MB"),
        ("store insert, CPU ms/article at " + " / ".join(_k(m) for m in marks),
         " / ".join(f"{growth['ms_per_article'][m]:.2f}" for m in marks) + f" ({last / first:.2f}× from first to last; "
         f"{growth['api']}, batches of {growth['batch']}; {store_method(growth)})"),
        ("store growth paired in time (CPU vs a copy of the store at " + _k(marks[0]) + ")",
         " / ".join(f"{growth['paired_growth'][m]:.2f}×" for m in marks) if growth.get("paired_growth") else "–"),
        ("store bytes/article at " + " / ".join(_k(m) for m in marks),
         " / ".join(f"{growth['bytes_per_article'][m] / 1024:.1f} KB" for m in marks)),
        ("store bytes/article, bundled corpus", f"{f['bundled_store']['bytes_per_article'] / 1024:.1f} KB "
                                                f"({f['bundled_store']['articles']} articles)"),
        ("cold start to first result", f"{f['cold_start']['wall_seconds']:.2f} s wall, {f['cold_start']['cpu_seconds']:.2f} CPU s "
                                       f"({f['cold_start']['clipping']}, {f['cold_start']['chars']:,} chars)"),
        ("1 and 2 workers byte-identical (sheets / store)", f"{f['identical_sheets_1_vs_2']} / {f['identical_store_1_vs_2']}"),
        ("load average (before → after)", f"{f['machine']['load_average']} → {f['machine'].get('load_average_after')}"),
    ]


def store_method(growth: dict) -> str:
    """How the store's figures were taken (runs before the windows timed one window of 1,000)."""
    windows = growth.get("ms_per_article_windows")
    if not windows:
        return "one window of 1,000 articles before each mark"
    return f"median of {len(next(iter(windows.values())))} windows over {STORE_SPAN:,} articles around each mark"


def print_figures(f: dict) -> None:
    m = f["machine"]
    print(f"machine: {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB, Python {m['python']}; commit {f.get('commit')}")
    rows = summary_rows(f)
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    print("\nCPU shares, 1 worker (each stage without what it calls):")
    stages = f["runs"]["1"]["profile"]["stages"]
    for name, share in sorted(shares(f).items(), key=lambda kv: -kv[1]):
        print(f"  {name:<40} {stages[name]:8.1f} s  {share:6.1%}")
    p = f["runs"]["1"]["profile"]
    print(f"  (one FactSheet validation pass over all {p['sheets']:,} sheets, measured apart: "
          f"{p['validation_one_pass_seconds']:.1f} s = {p['validation_one_pass_seconds'] / p['cpu_seconds']:.1%})")


def compare(before: dict, after: dict) -> None:
    """A Markdown before/after table of the summary and the stage shares."""
    print("| measure | before | after |\n| --- | --- | --- |")
    for (name, b), (_, a) in zip(summary_rows(before), summary_rows(after)):
        print(f"| {name} | {b} | {a} |")
    sb, sa = shares(before), shares(after)
    cb, ca = before["runs"]["1"]["profile"]["stages"], after["runs"]["1"]["profile"]["stages"]
    print("\n| stage (1 worker, CPU) | before | after |\n| --- | --- | --- |")
    for name in sorted(set(sb) | set(sa), key=lambda n: -sb.get(n, sa.get(n, 0))):
        fmt = lambda s, c: f"{c[name]:.1f} s ({s[name]:.1%})" if name in s else "–"  # noqa: E731
        print(f"| {name} | {fmt(sb, cb)} | {fmt(sa, ca)} |")


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "_profile":
        return child_profile(Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]))
    if len(sys.argv) > 1 and sys.argv[1] == "_store":
        marks = [int(m) for m in sys.argv[4].split(",")]
        return child_store(Path(sys.argv[2]), Path(sys.argv[3]), marks, int(sys.argv[5]), Path(sys.argv[6]))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="2 MB corpus, store to 5k articles")
    parser.add_argument("--size-mb", type=float, default=None, help="corpus size in MB (default 20; --quick 2)")
    parser.add_argument("--store-marks", type=lambda s: tuple(int(x) for x in s.split(",")), default=None,
                        help="article counts to measure the store at (default 1000,10000,50000)")
    parser.add_argument("--store-batch", type=int, default=16, help="clippings per store call when it has upsert_many")
    parser.add_argument("--workdir", type=Path, default=None, help="where corpus and outputs go (default: a temp folder)")
    parser.add_argument("--keep", action="store_true", help="keep the outputs of the runs in --workdir")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"), help="print the before/after table")
    parser.add_argument("--store-only", type=Path, metavar="SHEETS", default=None,
                        help="only step 4 (store growth), from the fact sheets of an earlier run (its factsheets/ folder)")
    args = parser.parse_args()
    if args.store_only:
        with tempfile.TemporaryDirectory() as tmp:
            workdir = args.workdir or Path(tmp)
            workdir.mkdir(parents=True, exist_ok=True)
            marks = args.store_marks or (QUICK_STORE_MARKS if args.quick else STORE_MARKS)
            result = workdir / "store.json"
            run_monitored([sys.executable, __file__, "_store", str(args.store_only), str(workdir / "growth.sqlite"),
                           ",".join(map(str, marks)), str(args.store_batch), str(result)])
            growth = json.loads(result.read_text(encoding="utf-8"))
            if not args.keep:
                (workdir / "growth.sqlite").unlink(missing_ok=True)
        if args.json:
            args.json.write_text(json.dumps({"store_growth": growth}, indent=1) + "\n", encoding="utf-8")
        print(json.dumps(growth, indent=1))
        return 0
    if args.compare:
        before, after = (json.loads(p.read_text(encoding="utf-8")) for p in args.compare)
        compare(before, after)
        return 0
    if args.size_mb is None:
        args.size_mb = 2.0 if args.quick else 20.0
    figures = measure(args)
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print_figures(figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
