"""Size benchmark (issue 11): does every stage stay linear in the length of one clipping?

    python benchmarks/bench_sizes.py                          # 1, 2, 4, 8 MB of every kind
    python benchmarks/bench_sizes.py --sizes 0.25,0.5,1 --kinds punct,nopunct
    python benchmarks/bench_sizes.py --cap 120 --json sizes.json

One clipping per (kind, size), made from the seed clippings repeated and varied
(`bench_corpus.variant`) up to the size in MB of UTF-8:
- punct: the seeds as they are (newspaper pages, several articles each);
- nopunct: the same without sentence punctuation (。！？；…, what OCR often gives);
- line: the same as one line (every line break a space);
- lines: short lines only (第N行, the "100k short lines" case);
- quote: the same with an unclosed “ at the start, and one 《 near the middle.
Every stage is timed on its own, in CPU seconds of a child process (the machine is
shared): read (bytes → text), normalize, split (articles), segment (jieba's token offsets, and
sentences), extract (every extractor), sheets (facts and validation), dump (JSON bytes),
store (one transaction into a new graph store). Printed per size: seconds per stage,
sheet bytes and store bytes; per doubling: the time ratio of each stage and of the
whole (target ≤ 2.3), and output / input (target ≤ 3× input + a constant). A stage
over `--cap` CPU seconds ends its kind (larger sizes would only take longer); the whole
clipping runs under the same cap, so a stall is reported, not waited for.

Also: what `shequ run` does with a 15 MB clipping (finished within 2 minutes, or refused
with a clear message). A script, not a test: figures depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_corpus import SEEDS, variant  # noqa: E402

KINDS = ("punct", "nopunct", "line", "lines", "quote")
STAGES = ("read", "normalize", "split", "segment", "extract", "sheets", "dump", "store")
RE_SENTENCE_PUNCT = re.compile(r"[。！？；…!?;]")
MB = 1024 * 1024


def make_text(kind: str, size_mb: float) -> str:
    """A clipping of `kind`, about `size_mb` MB of UTF-8."""
    target = int(size_mb * MB)
    if kind == "lines":
        lines, size, i = [], 0, 0
        while size < target:
            line = f"第{i}行\n"
            lines.append(line)
            size, i = size + len(line.encode("utf-8")), i + 1
        return "".join(lines)
    seeds = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    parts, size, copy = [], 0, 0
    while size < target:
        for text in seeds:
            piece = variant(text, copy) + "\n\n"
            if kind == "nopunct":
                piece = RE_SENTENCE_PUNCT.sub("", piece)
            elif kind == "line":
                piece = piece.replace("\r", " ").replace("\n", " ")
            parts.append(piece)
            size += len(piece.encode("utf-8"))
            if size >= target:
                break
        copy += 1
    text = "".join(parts)
    if kind == "quote":
        middle = len(text) // 2
        text = "“" + text[:middle] + "《" + text[middle:]
    return text


def stages(text: str, store_dir: str, conn) -> dict:
    """Run the pipeline's steps one by one on `text`; CPU seconds per stage and output sizes.
    Each stage is announced on `conn` before it starts, so a capped run says where it stalled."""
    from shequ.articles import article_id, split_articles
    from shequ.batch.encoding import sheet_bytes
    from shequ.clipping import default_pipeline
    from shequ.graph.store import GraphStore
    from shequ.mentions import ArticleContext
    from shequ.normalize import normalize
    from shequ.reading import decode
    from shequ.segment import sentences, token_offsets
    from shequ.sheets import build_sheet

    pipeline = default_pipeline()
    seconds = dict.fromkeys(STAGES, 0.0)

    def timed(stage, function, *args):
        conn.send(("stage", stage, seconds))
        started = time.process_time()
        result = function(*args)
        seconds[stage] += time.process_time() - started
        return result

    data = text.encode("utf-8")
    raw, _ = timed("read", decode, data, "bench.txt")
    clean = timed("normalize", normalize, raw)
    articles, _ = timed("split", split_articles, clean, "bench.txt")
    sheets = []
    for article in articles:
        offsets = timed("segment", token_offsets, article.text)
        spans = timed("segment", sentences, article.text)
        ctx = timed("extract", pipeline, ArticleContext(article=article, sentences=spans, token_offsets=offsets))
        sheet, _ = timed("sheets", build_sheet, ctx, raw, "bench.txt", article_id("bench.txt", raw, article.index), pipeline.fact_types)
        sheets.append(sheet)
    dumped = timed("dump", lambda: [sheet.model_dump(mode="json") for sheet in sheets])
    sheet_size = sum(len(timed("dump", sheet_bytes, sheet)) for sheet in dumped)
    path = Path(store_dir) / "graph.sqlite"
    with GraphStore(path) as store:
        timed("store", store.upsert_clipping, "bench.txt", "x", dumped)
    return {"seconds": seconds, "articles": len(articles), "sheet_bytes": sheet_size, "store_bytes": path.stat().st_size}


def child(kind: str, size_mb: float, conn) -> None:
    from shequ.batch.jobs import warm_worker

    warm_worker()  # segmenter, dictionaries and extractor data loaded before any stage is timed
    text = make_text(kind, size_mb)
    sizes = {"chars": len(text), "bytes": len(text.encode("utf-8"))}
    conn.send(("input", sizes, None))
    with tempfile.TemporaryDirectory() as store_dir:
        try:
            conn.send(("done", {**sizes, **stages(text, store_dir, conn), "error": None}, None))
        except Exception as err:  # a stage that refuses the input: recorded
            conn.send(("done", {**sizes, "error": f"{type(err).__name__}: {str(err)[:200]}"}, None))


def measure(kind: str, size_mb: float, cap: float) -> dict:
    """One (kind, size) in a child process, stopped when one stage passes `cap` CPU seconds."""
    context = multiprocessing.get_context("spawn")
    parent, conn = context.Pipe()
    process = context.Process(target=child, args=(kind, size_mb, conn))
    process.start()
    conn.close()  # the child's end: EOF here when the child dies
    stage, stage_cpu, last, sizes = None, 0.0, {}, {}
    while True:
        if parent.poll(1):
            try:
                message, value, seconds = parent.recv()
            except EOFError:
                result = {**sizes, "seconds": last, "error": f"child exited with {process.exitcode} during {stage}"}
                break
            if message == "done":
                result = value
                break
            if message == "input":
                sizes = value
            else:
                stage, stage_cpu, last = value, _cpu(process.pid) or 0.0, seconds
        elif stage is not None and (_cpu(process.pid) or 0.0) - stage_cpu > cap:
            process.kill()
            result = {**sizes, "seconds": last, "capped": stage}
            break
    process.join()
    return {"kind": kind, "mb": size_mb, **result}


def _cpu(pid: int) -> float | None:
    try:
        data = Path(f"/proc/{pid}/stat").read_bytes()
        fields = data[data.rindex(b")") + 2:].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def shequ_run_15mb(cap: float) -> dict:
    """`shequ run` on one 15 MB clipping: finished, or refused (size or time limit), and how long it took."""
    import subprocess

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "in" / "big.txt"
        path.parent.mkdir()
        path.write_text(make_text("punct", 15), encoding="utf-8")
        started = time.monotonic()
        done = subprocess.run([sys.executable, "-m", "shequ", "run", str(path.parent), "--out", str(Path(folder) / "out"),
                               "--workers", "1", "--quiet"], capture_output=True, text=True, timeout=cap * 3 + 120)
        wall = time.monotonic() - started
        return {"exit": done.returncode, "wall": round(wall, 1), "stderr": done.stderr.strip()[-400:]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,2,4,8", help="MB of UTF-8 per clipping, comma-separated (default 1,2,4,8)")
    parser.add_argument("--kinds", default=",".join(KINDS), help=f"which inputs (default {','.join(KINDS)})")
    parser.add_argument("--cap", type=float, default=300, help="CPU seconds a stage may take before its kind stops (default 300)")
    parser.add_argument("--skip-15mb", action="store_true", help="do not run `shequ run` on a 15 MB clipping")
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    args = parser.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; CPU seconds per stage")
    results = []
    for kind in args.kinds.split(","):
        previous = None
        for size in sizes:
            row = measure(kind, size, args.cap)
            results.append(row)
            print_row(row, previous)
            if row.get("capped") or row.get("error"):
                break
            previous = row
    if not args.skip_15mb:
        big = shequ_run_15mb(args.cap)
        results.append({"kind": "shequ run 15 MB", **big})
        print(f"\nshequ run, one 15 MB clipping, 1 worker: exit {big['exit']} after {big['wall']} s wall; {big['stderr']}")
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def print_row(row: dict, previous: dict | None) -> None:
    head = f"{row['kind']:8} {row['mb']:5g} MB"
    if row.get("capped"):
        done = ", ".join(f"{stage} {value:.2f}" for stage, value in row["seconds"].items() if value)
        print(f"{head} {row.get('chars', 0):>9,} chars  stopped: {row['capped']} passed the cap (before it: {done or 'nothing'})")
        return
    seconds = row.get("seconds", {})
    total = sum(seconds.values())
    cells = " ".join(f"{stage} {seconds.get(stage, 0):7.2f}" for stage in STAGES)
    print(f"{head} {row['chars']:>9,} chars  {cells}  total {total:7.2f}s")
    if row.get("error"):
        print(f"{'':17} refused: {row['error']}")
        return
    print(f"{'':17} {row['articles']} articles; sheets {row['sheet_bytes'] / MB:.1f} MB, store {row['store_bytes'] / MB:.1f} MB "
          f"= {row['sheet_bytes'] / row['bytes']:.2f}× + {row['store_bytes'] / row['bytes']:.2f}× input")
    if previous and not previous.get("error"):
        before = previous["seconds"]
        ratios = " ".join(f"{stage} {seconds[stage] / before[stage]:.2f}" if before.get(stage, 0) >= 0.05 else f"{stage} -"
                          for stage in STAGES)
        whole = total / max(sum(before.values()), 1e-9)
        print(f"{'':17} ×{row['bytes'] / previous['bytes']:.2f} input → time ×{whole:.2f} ({ratios}); "
              f"sheets ×{row['sheet_bytes'] / max(previous['sheet_bytes'], 1):.2f}")


if __name__ == "__main__":
    main()
