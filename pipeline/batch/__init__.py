"""Batch runner: many clipping files → fact-sheet files, graph store and report.json.

    inputs (files/folders, recursively *.txt, sorted)             inputs.py
      → read + decode + hash in this process (reading.py)          run.py → skip if unchanged
      → batches of clippings to worker processes or Dask           engines.py, dask.py, jobs.py
      → back here, in input order: sheet files written atomically, stale ones removed,
        graph store updated in one transaction, state file, --log-json line, progress
                                                                   run.py, outputs.py
      → report.json (what came out), .shequ/run.json (what was done, timings)
                                                                   report.py

One module per concern, imported in this order (none imports a later one, and none
imports this package's `__init__`): version.py (what the outputs were made with),
jobs.py (Job, Outcome, the per-clipping work: also runs on workers), inputs.py,
engines.py (inline, process pool; dask.py for Dask, loaded only when asked for),
outputs.py (atomic files, state records, graph store), report.py, run.py.

Safety: every output file is written to a temp file in the same folder and renamed
(`os.replace`), and a clipping counts as done only when its state file names the
content hash + pipeline version *and* the graph store holds it. Processing is pure
and deterministic, so a run killed at any moment (SIGKILL) and started again redoes
at most the clippings that were in flight and ends with exactly the outputs of an
uninterrupted run. Worker count and engine never change the bytes written.

Containment: clippings are named by their path relative to the input root (`names`), so
no input name can place a file outside `OUT/factsheets/`, and a run removes only files
its state records say it wrote. Whatever one input does (fails to read or decode, makes
the pipeline raise, kills its worker, runs past the time limit, fills the disk), it
becomes one report entry and one error line, and the batch goes on (see run.py).
"""

from .encoding import sheet_bytes
from .engines import ENGINES, InlineEngine, PoolEngine, batched, default_batch_size, make_engine
from .inputs import Input, InputProblem, Inputs, collect_inputs
from .jobs import Job, Outcome, count_facts, fact_types, failed, failure_stage, one_line, process_batch, warm_worker
from .outputs import (
    FACTSHEET_DIR,
    REPORT_NAME,
    RUN_NAME,
    STATE_DIR,
    STORE_NAME,
    TMP_PREFIX,
    Outputs,
    open_store,
    remove_temp_files,
    write_atomic,
)
from .report import build_report, build_run, report_entry, summary_line
from .run import DEFAULT_TIMEOUT, Report, run_batch
from .version import pipeline_version

__all__ = [
    "DEFAULT_TIMEOUT", "ENGINES", "FACT_TYPES", "FACTSHEET_DIR", "REPORT_NAME", "RUN_NAME", "STATE_DIR", "STORE_NAME",
    "TMP_PREFIX", "InlineEngine", "Input", "InputProblem", "Inputs", "Job", "Outcome", "Outputs", "PoolEngine", "Report",
    "batched", "build_report", "build_run", "collect_inputs", "count_facts", "default_batch_size", "failed",
    "fact_types", "failure_stage", "make_engine", "one_line", "open_store", "pipeline_version", "process_batch", "remove_temp_files",
    "report_entry", "run_batch", "sheet_bytes", "summary_line", "warm_worker", "write_atomic",
]


def __getattr__(name: str):
    if name == "FACT_TYPES":  # the fact lists report.json counts (`fact_types()`, read on first need)
        return fact_types()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
