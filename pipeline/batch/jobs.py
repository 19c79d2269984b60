"""Work items and what becomes of them: one `Job` per clipping in, one `Outcome` out.

Everything here runs on the worker side too (process pool, Dask), so it imports no
other part of the runner but the pipeline version.
"""

from __future__ import annotations

import time
import traceback
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from ..errors import ShequError, WorkerVersionError
from ..names import printable
from .version import PACKAGE_DIR, pipeline_version


@lru_cache(maxsize=1)
def fact_types() -> tuple[str, ...]:
    """Fact lists of a sheet that report.json counts: the fact-type table's. Read on first
    need: the table lives with the pydantic models (0.2 s to import), which the run's own
    process loads only after it has started its workers."""
    from ..schema import FACT_TYPES

    return tuple(FACT_TYPES.names)

if TYPE_CHECKING:
    from ..clipping import ClippingResult

# The runner's own modules are never the stage that failed: they only call the pipeline.
BATCH_DIR = Path(__file__).resolve().parent


@dataclass
class Job:
    """One clipping to process: decoded text travels, so workers need no shared disk."""

    index: int
    file: str
    clipping: str
    sha256: str
    text: str


@dataclass
class Prepared:
    """What the outputs take from one sheet, made where the sheet was built (`prepare_sheets`): its
    file's bytes (`encoding.sheet_bytes`) and its graph rows (`graph.store.prepare_article`)."""

    article_id: str
    data: bytes
    rows: object  # graph.store.ArticleRows (not imported here: the runner's process loads it when it writes)


@dataclass
class Outcome:
    """What happened to one clipping; `sheets` are `FactSheet.model_dump(mode="json")`, or, once
    `prepared` holds what the outputs need of each (a worker's outcome), empty: the run's own
    process, which writes every clipping's outputs, then neither unpickles nor encodes them."""

    index: int
    file: str
    clipping: str
    status: str  # ok | failed | skipped
    sha256: str | None = None
    stage: str | None = None
    reason: str | None = None
    sheets: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    chars: int = 0
    articles: int = 0
    facts: dict[str, int] = field(default_factory=dict)
    replaces: dict | None = None  # {file, sha256} of an earlier run's different clipping of this name
    prepared: list[Prepared] | None = None


def failed(index: int, file: str, clipping: str, stage: str, err: BaseException, sha256: str | None = None) -> Outcome:
    return Outcome(index=index, file=file, clipping=clipping, status="failed", sha256=sha256, stage=stage, reason=one_line(err))


def one_line(err: BaseException) -> str:
    """The error as users see it, on one line of valid Unicode (file names with line breaks or
    undecodable bytes escaped): our messages already carry a code; others get their type."""
    text = str(err) if isinstance(err, ShequError) else f"{type(err).__name__}: {err}"
    text = printable(" ".join(text[:2000].split()))
    return text if len(text) <= 500 else text[:497] + "..."


def failure_stage(err: BaseException) -> str:
    """The pipeline step that raised: the innermost `pipeline.*` module in the traceback.

    `pipeline/normalize.py` → "normalize", `pipeline/extract/places.py` → "extract.places";
    pydantic validation errors (a sheet broke the contract) → "schema". The modules of
    this batch package are skipped: they run the steps, they are not one.
    """
    if type(err).__name__ == "ValidationError" and type(err).__module__.startswith("pydantic"):
        return "schema"
    stage = "process"
    for frame in traceback.extract_tb(err.__traceback__):
        path = Path(frame.filename).resolve()
        if not path.is_relative_to(PACKAGE_DIR) or path.is_relative_to(BATCH_DIR):
            continue
        parts = path.relative_to(PACKAGE_DIR).with_suffix("").parts
        if parts and parts[-1] != "__init__":
            stage = ".".join(parts)
    return stage


# ---------------------------------------------------------------- worker side


# Made up to touch every extractor and the patterns each compiles on first use (三万余: the
# Chinese numerals of the quantities extractor).
WARMUP_SENTENCE = "重庆市九龙坡区九龙街道彩云湖社区党委联合社工站开展“五社联动”项目，服务居民三万余人次，覆盖2个小区。"


# Container objects allocated (less those freed) between young collections in a worker.
GC_YOUNG_OBJECTS = 10_000


def warm_worker() -> None:
    """Load the segmenter, user dictionary and extractor data once per worker process.

    jieba loads its dictionary lazily per process and user words never cross process
    boundaries, so every worker does this itself before its first clipping.
    """
    import gc

    from ..clipping import analyze_text
    from ..gazetteer import load_gazetteer
    from ..vocabulary import vocabulary

    # One short made-up sentence through every extractor: builds the word table, automata
    # and gazetteer now rather than on the first clipping. They are a million objects
    # that live as long as the process: the cyclic collector is off while they are built
    # (it would walk them again and again, a third of the loading time) and then leaves
    # them out of every later collection (`gc.freeze`).
    gc.disable()
    try:
        # The two big tables first, each followed by handing back what loading it freed
        # (the cache file's unpickling, the native segmenter's build): freed but kept, it
        # was about 15 MB of every worker's peak.
        for load in (vocabulary, load_gazetteer):
            load()
            release_free_memory()
        analyze_text(WARMUP_SENTENCE)
    finally:
        gc.freeze()
        gc.enable()
        # An article's objects die young and almost never in cycles: a young collection every
        # GC_YOUNG_OBJECTS allocations instead of Python's 700 finds as little, fifty times fewer
        # times (0.3 of 22 CPU s on the 2 MB benchmark corpus went to collections, 0.1 after)
        gc.set_threshold(GC_YOUNG_OBJECTS, *gc.get_threshold()[1:])
        release_free_memory()


def release_free_memory() -> bool:
    """Give the C heap's free pages back to the system (glibc `malloc_trim`); False where
    there is no glibc. Python and the native libraries (rjieba, the automata) free through
    `malloc`, which keeps freed memory for reuse: after loading, and between clippings, that
    kept memory counted in a worker's resident size without ever being used again. Costs
    about half a millisecond."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True


@lru_cache(maxsize=1)
def _malloc_trim():
    import ctypes

    try:  # this process's own symbols: libc's where it is glibc (find_library would run ldconfig)
        return ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError, TypeError):  # not glibc (macOS, musl, Windows)
        return None


def default_process() -> Callable:
    from ..clipping import process_clipping

    return process_clipping


def process_with_options(raw: str, clipping: str, *, options: dict) -> "ClippingResult":
    """`process_clipping` with the pipeline built from component `options` (built once per
    process and options). Module-level, so a worker process can unpickle it with a partial."""
    from ..clipping import default_pipeline, process_clipping

    return process_clipping(raw, clipping, default_pipeline(options))


def process_batch(jobs: list[Job], process: Callable | None = None, expected_version: str | None = None) -> list[Outcome]:
    """Run `process(raw, clipping)` over a batch of clippings; never raises per clipping.

    `expected_version` guards distributed runs: a worker with other code or lexicons
    would write different sheets, so its clippings fail loudly instead.
    """
    if expected_version is not None and expected_version != pipeline_version():
        err = WorkerVersionError(worker=pipeline_version(), client=expected_version)
        return [failed(job.index, job.file, job.clipping, "worker", err, job.sha256) for job in jobs]
    process = process or default_process()
    return [_process_one(job, process) for job in jobs]


def _process_one(job: Job, process: Callable) -> Outcome:
    started = time.perf_counter()
    try:
        result = process(job.text, job.clipping)
        sheets = [sheet.model_dump(mode="json") for sheet in result.sheets]
    except Exception as err:  # one bad clipping is recorded, the batch goes on
        outcome = failed(job.index, job.file, job.clipping, failure_stage(err), err, job.sha256)
    else:
        outcome = Outcome(
            index=job.index, file=job.file, clipping=job.clipping, status="ok", sha256=job.sha256,
            sheets=sheets, warnings=list(result.warnings), articles=len(sheets), facts=count_facts(sheets),
        )
        outcome.prepared = prepare_sheets(sheets)
        if outcome.prepared is not None:
            outcome.sheets = []
    outcome.seconds = round(time.perf_counter() - started, 4)
    outcome.chars = len(job.text)
    return outcome


def prepare_sheets(sheets: list[dict]) -> list[Prepared] | None:
    """Each sheet's file bytes and graph rows, or None when one of them cannot be made: then the
    run's own process makes them from the sheets where it writes them, and a failure is reported
    there, with the stage it has there (`write` for a sheet no JSON can encode)."""
    from ..graph.store import prepare_article
    from .encoding import sheet_bytes

    try:
        return [Prepared(sheet["article_id"], sheet_bytes(sheet), prepare_article(sheet)) for sheet in sheets]
    except Exception:  # noqa: BLE001 - made again, and reported, where the outputs are written
        return None


def count_facts(sheets: Iterable[dict]) -> dict[str, int]:
    names = fact_types()
    counts = dict.fromkeys(names, 0)
    for sheet in sheets:
        for name in names:
            counts[name] += len(sheet.get(name, ()))
    return counts


class ReadAhead:
    """Batches taken from `batches` while fewer than `limit` are in flight. The engines keep
    two per worker in flight: every worker stays busy while the main process writes
    results, and the corpus is never loaded whole."""

    def __init__(self, batches: Iterable[list[Job]], limit: int) -> None:
        self._batches = iter(batches)
        self.limit = limit
        self.exhausted = False

    def take(self, in_flight: int) -> Iterator[list[Job]]:
        while not self.exhausted and in_flight < self.limit:
            batch = next(self._batches, None)
            if batch is None:
                self.exhausted = True
            else:
                in_flight += 1
                yield batch
