"""`shequ run PATH... --out DIR`: clippings → fact sheets, graph store and report.json.

Only the standard library is imported here; the pipeline (spaCy, jieba) loads inside
the handler so `shequ --help` stays fast.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
# The library's default (shequ.batch.run.DEFAULT_TIMEOUT), here so --help stays fast; a test checks they agree.
DEFAULT_TIMEOUT = 120.0

DESCRIPTION = """\
Process clipping files (and every *.txt under given folders) into one JSON fact sheet
per article: OUT/factsheets/<clipping>/<article-id>.json, where <clipping> is the file's
path relative to the folder given (a file given directly: its name) without .txt; the
graph store OUT/graph.sqlite; and OUT/report.json (status, articles and fact counts per
clipping; stage and reason for failures). What the run did and how long it took goes to
OUT/.shequ/run.json.

Clippings run in parallel worker processes. A clipping whose content and pipeline
version are unchanged since the last run into the same OUT is skipped (--force redoes
it). A run that is interrupted can simply be started again. A clipping that takes more
than --timeout seconds of CPU time fails (stage "timeout") and the run goes on.

exit status: 0 all clippings ok or unchanged, 1 some clipping failed (the others are
still written; see report.json), 2 usage error (e.g. no .txt found, --out is a file)."""

EPILOG = """\
examples:
  shequ run corpus/seeds --out outputs/
  shequ run new/2026-11 --out outputs/ --workers 2 --log-json run.jsonl
  shequ run archive/ --out outputs/ --engine dask                         # local Dask cluster
  shequ run archive/ --out outputs/ --engine dask --scheduler tcp://scheduler.example:8786
  shequ run corpus/ --out strict/ --option partnerships.max_gap=4 --option places.use_source=false"""


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {text!r}") from None
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be 0 (no limit) or a positive number of seconds, got {text!r}")
    return value


def _option(text: str) -> tuple[str, str, object]:
    from ..registry import parse_option

    try:
        return parse_option(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "run",
        help="process clippings into fact sheets, graph store and report.json",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="clipping files, or folders searched recursively for *.txt")
    parser.add_argument("--out", required=True, type=Path, metavar="DIR", help="output folder (created if missing)")
    parser.add_argument("--workers", type=_positive, default=None, metavar="N", help="worker processes (default: all cores)")
    parser.add_argument("--force", action="store_true", help="process every clipping again, even unchanged ones")
    parser.add_argument("--engine", choices=("pool", "dask"), default="pool", help="pool: local processes (default); dask: a Dask cluster")
    parser.add_argument("--scheduler", metavar="tcp://HOST:PORT", help="Dask scheduler address (with --engine dask; default: start a local cluster)")
    parser.add_argument("--batch-size", type=_positive, default=None, metavar="N", help="clippings per task (default: from the number of clippings and workers, at most 4)")
    parser.add_argument("--timeout", type=_seconds, default=None, metavar="SECONDS",
                        help=f"CPU seconds one clipping may take before it fails (default: {DEFAULT_TIMEOUT:g}; 0: no limit; pool engine only)")
    parser.add_argument("--follow-links", action="store_true", help="follow symlinks that lead out of the input folders (default: report them)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar or summary (errors are still printed)")
    parser.add_argument("--log-json", type=Path, metavar="FILE", help="write one JSON line per clipping to FILE as it finishes")
    parser.add_argument("--option", action="append", type=_option, default=[], metavar="COMPONENT.OPTION=VALUE",
                        help="set a component option, e.g. partnerships.max_gap=10 (repeatable; values are JSON, else text)")
    parser.set_defaults(handler=handle, _parser=parser)


def handle(args: argparse.Namespace) -> int:
    if args.scheduler and args.engine != "dask":
        return _usage(args, "--scheduler needs --engine dask")
    if args.timeout is not None and args.engine == "dask":
        return _usage(args, "--timeout applies to the pool engine; a Dask cluster sets its own limits")

    from ..batch import run_batch, summary_line
    from ..errors import (
        MissingExtraError,
        MissingPathError,
        NoInputError,
        OutputBusyError,
        OutputPathError,
        SchedulerUnreachableError,
        UnknownComponentError,
        UnknownOptionError,
    )
    from .progress import Progress

    progress = Progress(enabled=not args.quiet)  # errors are printed through it, quiet or not
    options: dict[str, dict] = {}
    for component, option, value in args.option:
        options.setdefault(component, {})[option] = value

    try:
        report = run_batch(
            args.paths,
            args.out,
            workers=args.workers,
            force=args.force,
            engine=args.engine,
            scheduler=args.scheduler,
            batch_size=args.batch_size,
            log_json=args.log_json,
            progress=progress,
            errors=progress,
            options=options or None,
            timeout=_timeout(args),
            follow_links=args.follow_links,
        )
    except (NoInputError, MissingPathError, OutputBusyError, OutputPathError, MissingExtraError, SchedulerUnreachableError,
            UnknownComponentError, UnknownOptionError) as err:
        print(f"shequ run: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    if not args.quiet:
        print(summary_line(report, report.run, args.out), file=sys.stderr)
    return EXIT_FAILED if report["totals"]["failed"] or not report.written else EXIT_OK


def _timeout(args: argparse.Namespace) -> float | None:
    """CPU seconds per clipping: the default on the pool engine, none on Dask, 0 means none."""
    if args.timeout is None:
        return DEFAULT_TIMEOUT if args.engine == "pool" else None
    return args.timeout or None


def _usage(args: argparse.Namespace, message: str) -> int:
    args._parser.print_usage(sys.stderr)
    print(f"shequ run: error: {message} (see --help)", file=sys.stderr)
    return EXIT_USAGE
