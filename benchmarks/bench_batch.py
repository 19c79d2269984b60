"""Batch benchmark (issue 6): end-to-end `shequ run` against bare `jieba.lcut`.

    python benchmarks/bench_batch.py                 # 20 MB corpus, the full measurement
    python benchmarks/bench_batch.py --size-mb 2     # a quick look

Measures, in one run, on the seed corpus repeated and varied to --size-mb:
- bare `jieba.lcut` (default dictionary, initialized beforehand) over the same texts: the yardstick;
- `shequ run` end to end with 1 and with 2 workers (a real subprocess each): characters/s,
  and the ratio to jieba and between the two;
- peak memory (RSS) of each worker process, sampled every 0.1 s over the process tree;
- a re-run of the unchanged corpus into the same output (everything skipped);
- cold start of `shequ --help` (median of 7);
- that 1 and 2 workers wrote byte-identical fact sheets.
Prints a table (and --json FILE writes the figures). This is a script, not a test:
numbers depend on the machine and on what else runs on it (load average is printed).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_corpus import make_corpus  # noqa: E402
from monitor import run_monitored as monitored  # noqa: E402

SHEQU = [sys.executable, "-m", "pipeline"]


def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "unknown")
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "python": platform.python_version(),
        "os": f"{platform.system()} {platform.release()}",
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }


def texts_of(folder: Path) -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))]


def bench_jieba(texts: list[str]) -> float:
    """Seconds for `jieba.lcut` over every text (dictionary loaded before timing)."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    started = time.perf_counter()
    for text in texts:
        jieba.lcut(text)
    return time.perf_counter() - started


def run_monitored(command: list[str]) -> tuple[float, int, dict[int, int], int, float]:
    """(wall seconds, exit code, peak RSS per descendant pid, peak RSS of the main process, CPU seconds)."""
    run = monitored(command)
    if run["exit"] not in (0, 1):
        sys.exit(f"{' '.join(command)} failed ({run['exit']}):\n{run['stderr']}")
    return run["wall"], run["exit"], run["peaks"], run["main_peak"], run["cpu"]


def cold_help(repeats: int = 7) -> float:
    script = Path(sys.executable).with_name("shequ")
    command = [str(script), "--help"] if script.exists() else [*SHEQU, "--help"]
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def sheets(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted((out / "factsheets").rglob("*.json"))}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size-mb", type=float, default=20.0, help="corpus size in MB (default 20)")
    parser.add_argument("--workdir", type=Path, default=None, help="where corpus and outputs go (default: a temp folder)")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args()

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="shequ-bench-"))
    corpus = workdir / f"corpus-{args.size_mb:g}mb"
    files, size, chars = make_corpus(corpus, args.size_mb)
    figures: dict = {"machine": machine(), "corpus": {"files": files, "bytes": size, "chars": chars}}
    print(f"corpus: {files} clippings, {size / 2**20:.1f} MB, {chars:,} characters in {corpus}", file=sys.stderr)

    import resource

    cpu_before = resource.getrusage(resource.RUSAGE_SELF)
    jieba_seconds = bench_jieba(texts_of(corpus))
    cpu_after = resource.getrusage(resource.RUSAGE_SELF)
    jieba_cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    figures["jieba_lcut"] = {"seconds": round(jieba_seconds, 2), "chars_per_second": round(chars / jieba_seconds),
                             "chars_per_cpu_second": round(chars / jieba_cpu)}
    print(f"jieba.lcut: {chars / jieba_seconds:,.0f} chars/s", file=sys.stderr)

    runs = {}
    for workers in (1, 2):
        out = workdir / f"out-{workers}"
        command = [*SHEQU, "run", str(corpus), "--out", str(out), "--workers", str(workers), "--quiet", "--force"]
        wall, code, peaks, main_peak, cpu = run_monitored(command)
        report = json.loads((out / "report.json").read_text(encoding="utf-8"))
        worker_peaks = sorted(peaks.values()) if workers > 1 else [main_peak]
        worker_peaks = [rss for rss in worker_peaks if rss > 50 * 2**20] or worker_peaks  # leave out helper processes
        runs[workers] = {
            "wall_seconds": round(wall, 2),
            "cpu_seconds": round(cpu, 2),
            "chars_per_second": round(chars / wall),
            "chars_per_cpu_second": round(chars / cpu),
            "vs_jieba": round(jieba_seconds / wall, 4),
            "peak_rss_mb_per_worker": [round(rss / 2**20) for rss in worker_peaks],
            "peak_rss_mb_main": round(main_peak / 2**20),
            "exit": code,
            "failed": report["totals"]["failed"],
        }
        print(f"{workers} worker(s): {wall:.1f}s, {chars / wall:,.0f} chars/s", file=sys.stderr)
    figures["runs"] = runs
    figures["speedup_2_vs_1"] = round(runs[1]["wall_seconds"] / runs[2]["wall_seconds"], 2)
    figures["identical_outputs"] = sheets(workdir / "out-1") == sheets(workdir / "out-2")

    rerun_wall, _, _, _, _ = run_monitored([*SHEQU, "run", str(corpus), "--out", str(workdir / "out-2"), "--workers", "2", "--quiet"])
    figures["rerun_unchanged"] = {"wall_seconds": round(rerun_wall, 2), "share_of_full_run": round(rerun_wall / runs[2]["wall_seconds"], 4)}
    figures["shequ_help_seconds"] = round(cold_help(), 3)
    figures["machine"]["load_average_after"] = [round(x, 2) for x in os.getloadavg()]

    rows = [
        ("machine", f"{figures['machine']['cpu']}, {figures['machine']['cores']} cores, {figures['machine']['memory_gb']} GB, Python {figures['machine']['python']}", ""),
        ("load average (before → after)", f"{figures['machine']['load_average']} → {figures['machine']['load_average_after']}", ""),
        ("corpus", f"{files} clippings, {size / 2**20:.1f} MB, {chars:,} chars", "≥ 20 MB"),
        ("bare jieba.lcut", f"{figures['jieba_lcut']['chars_per_second']:,} chars/s", "yardstick"),
        ("shequ run, 1 worker", f"{runs[1]['chars_per_second']:,} chars/s = {runs[1]['vs_jieba']:.3f}× jieba", "≥ 1.0× jieba"),
        ("shequ run, 2 workers", f"{runs[2]['chars_per_second']:,} chars/s = {runs[2]['vs_jieba']:.3f}× jieba", ""),
        ("CPU seconds: jieba / 1 worker / 2 workers", f"{jieba_cpu:.1f} / {runs[1]['cpu_seconds']:.1f} / {runs[2]['cpu_seconds']:.1f}", "load-independent"),
        ("2 workers vs 1", f"{figures['speedup_2_vs_1']:.2f}×", "≥ 1.7×"),
        ("peak RSS per worker (1 / 2 workers)", f"{runs[1]['peak_rss_mb_per_worker']} / {runs[2]['peak_rss_mb_per_worker']} MB", "< 300 MB"),
        ("re-run of the unchanged corpus", f"{rerun_wall:.2f}s = {figures['rerun_unchanged']['share_of_full_run']:.1%} of the full run", "< 5%"),
        ("cold start of shequ --help", f"{figures['shequ_help_seconds']:.3f}s (median of 7)", "< 0.5 s"),
        ("1 and 2 workers byte-identical", str(figures["identical_outputs"]), "True"),
    ]
    width = max(len(name) for name, _, _ in rows)
    print(f"{'measure':<{width}}  {'result':<60}  target")
    for name, value, target in rows:
        print(f"{name:<{width}}  {value:<60}  {target}")
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
