"""report.json: one entry per clipping plus totals, and the one-line summary the CLI prints."""

from __future__ import annotations

from pathlib import Path

from .jobs import FACT_TYPES, Outcome
from .outputs import REPORT_NAME


def report_entry(outcome: Outcome) -> dict:
    entry = {"file": outcome.file, "clipping": outcome.clipping, "status": outcome.status}
    if outcome.status == "failed":
        entry["stage"] = outcome.stage
        entry["reason"] = outcome.reason
    entry["articles"] = outcome.articles
    entry["facts"] = outcome.facts or dict.fromkeys(FACT_TYPES, 0)
    entry["seconds"] = outcome.seconds
    entry["chars"] = outcome.chars
    entry["warnings"] = outcome.warnings
    entry["sha256"] = outcome.sha256
    return entry


def error_line(outcome: Outcome) -> str:
    """The line a failed clipping gets on stderr: file, stage, reason (which may name the file already)."""
    named = outcome.file in (outcome.reason or "")  # our own messages already name the file
    return f"error: {'' if named else outcome.file + ': '}[{outcome.stage}] {outcome.reason}\n"


def build_report(entries: list[dict], *, version: str, seconds: float, workers: int, engine: str) -> dict:
    """The report of a run under pipeline `version` (the key its state records carry)."""
    totals = {"clippings": len(entries), "ok": 0, "failed": 0, "skipped": 0, "articles": 0, "facts": dict.fromkeys(FACT_TYPES, 0), "warnings": 0}
    processed_chars = 0
    for entry in entries:
        totals[entry["status"]] += 1
        totals["articles"] += entry["articles"]
        totals["warnings"] += len(entry["warnings"])
        for name, count in entry["facts"].items():
            totals["facts"][name] += count
        if entry["status"] != "skipped":
            processed_chars += entry["chars"]
    totals["seconds"] = round(seconds, 3)
    totals["chars_processed"] = processed_chars
    totals["chars_per_second"] = round(processed_chars / seconds) if seconds > 0 else None
    return {
        "pipeline_version": version,
        "engine": engine,
        "workers": workers,
        "totals": totals,
        "clippings": entries,
    }


def summary_line(report: dict, out: Path) -> str:
    totals = report["totals"]
    parts = [f"{totals['ok']} ok"]
    if totals["skipped"]:
        parts.append(f"{totals['skipped']} unchanged")
    if totals["failed"]:
        parts.append(f"{totals['failed']} failed")
    facts = sum(totals["facts"].values())
    return (f"{totals['clippings']} clippings ({', '.join(parts)}), {totals['articles']} articles, {facts} facts "
            f"in {totals['seconds']:.1f}s → {out / REPORT_NAME}")
