"""benchmarks/bench_extract.py must keep running as the pipeline changes (it once broke silently when
the extractors moved into the registry)."""

import subprocess
import sys
from pathlib import Path

from shequ.clipping import default_pipeline

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_extract.py"


def test_bench_extract_times_every_pipeline_step(tmp_path):
    done = subprocess.run(
        [sys.executable, str(BENCH), "--size-mb", "0.02", "--workdir", str(tmp_path)],
        capture_output=True, text=True, timeout=300, check=True,
    )
    rows = [line.split()[0:2] for line in done.stdout.splitlines()[1:]]
    steps = [name for kind, name in rows if kind == "extractor"]
    assert steps == [step.name for step in default_pipeline().steps]
    assert ["all", "extractors"] in rows and ["bare", "jieba.lcut"] in rows
