"""report.json, the run record, and the lines the CLI prints.

report.json says what the outputs of the run's clippings are, and only that: the same
inputs giving the same outputs give the same bytes, whether a clipping was processed now
or found unchanged, on any machine, with any number of workers and any code version
that makes the same sheets, so a committed report.json changes only when the outputs
do. What this run did (processed or unchanged), under which pipeline version, with which
engine and workers, and the timings go to `OUT/.shequ/run.json`.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import ReplacedClippingNote
from .jobs import Outcome, fact_types
from .outputs import REPORT_NAME

# What a run did with a clipping (run.json): an outcome's status → the word for it.
DONE = {"ok": "processed", "skipped": "unchanged", "failed": "failed"}


def report_entry(outcome: Outcome) -> dict:
    entry = {"file": outcome.file, "clipping": outcome.clipping, "status": "failed" if outcome.status == "failed" else "ok"}
    if outcome.status == "failed":
        entry["stage"] = outcome.stage
        entry["reason"] = outcome.reason
    entry["articles"] = outcome.articles
    entry["facts"] = outcome.facts or dict.fromkeys(fact_types(), 0)
    entry["chars"] = outcome.chars
    entry["warnings"] = outcome.warnings
    entry["sha256"] = outcome.sha256
    if outcome.replaces is not None:
        entry["replaces"] = outcome.replaces
    return entry


def run_entry(outcome: Outcome) -> dict:
    """One clipping in run.json (and in --log-json lines): what was done, how long it took."""
    return {"clipping": outcome.clipping, "done": DONE[outcome.status], "seconds": outcome.seconds, "chars": outcome.chars}


def error_line(outcome: Outcome) -> str:
    """The line a failed clipping gets on stderr: file, stage, reason (which may name the file already)."""
    named = outcome.file in (outcome.reason or "")  # our own messages already name the file
    return f"error: {'' if named else outcome.file + ': '}[{outcome.stage}] {outcome.reason}\n"


def replaced_line(outcome: Outcome) -> str:
    """The line a clipping gets that replaces another file's clipping of the same name."""
    note = ReplacedClippingNote(path=outcome.file, clipping=outcome.clipping, other=outcome.replaces["file"])
    return f"warning: {note}\n"


def build_report(entries: list[dict]) -> dict:
    """The report of a run: totals, then one entry per clipping in input order."""
    totals = {"clippings": len(entries), "ok": 0, "failed": 0, "replaced": 0, "articles": 0,
              "facts": dict.fromkeys(fact_types(), 0), "warnings": 0, "chars": 0}
    for entry in entries:
        totals[entry["status"]] += 1
        totals["replaced"] += "replaces" in entry
        totals["articles"] += entry["articles"]
        totals["warnings"] += len(entry["warnings"])
        totals["chars"] += entry["chars"]
        for name, count in entry["facts"].items():
            totals["facts"][name] = totals["facts"].get(name, 0) + count
    return {"totals": totals, "clippings": entries}


def build_run(entries: list[dict], *, version: str, seconds: float, workers: int, engine: str, timeout: float | None) -> dict:
    """run.json: what this run did under pipeline `version` (the key its state records carry),
    with which engine and workers, and how long it took."""
    counts = {word: 0 for word in DONE.values()}
    processed_chars = 0
    for entry in entries:
        counts[entry["done"]] += 1
        if entry["done"] != "unchanged":
            processed_chars += entry["chars"]
    totals = {**counts, "seconds": round(seconds, 3), "chars_processed": processed_chars,
              "chars_per_second": round(processed_chars / seconds) if seconds > 0 else None}
    return {"pipeline_version": version, "engine": engine, "workers": workers, "timeout": timeout, "totals": totals,
            "clippings": entries}


def summary_line(report: dict, run: dict, out: Path) -> str:
    totals, done = report["totals"], run["totals"]
    parts = [f"{done['processed']} ok"]
    if done["unchanged"]:
        parts.append(f"{done['unchanged']} unchanged")
    if totals["failed"]:
        parts.append(f"{totals['failed']} failed")
    if totals["replaced"]:
        parts.append(f"{totals['replaced']} replaced")
    facts = sum(totals["facts"].values())
    return (f"{totals['clippings']} clippings ({', '.join(parts)}), {totals['articles']} articles, {facts} facts "
            f"in {done['seconds']:.1f}s → {out / REPORT_NAME}")
