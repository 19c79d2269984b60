"""`shequ eval GOLD_DIR OUT_DIR`: precision, recall and F1 of fact sheets against gold."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

EPILOG = """\
examples:
  shequ eval corpus/gold outputs/
  shequ eval corpus/gold outputs/ --show-errors
  shequ eval corpus/gold outputs/ --json > scores.json
  shequ eval corpus/gold corpus/gold-second --annotation   # how far two annotators agree

Gold files are one JSON per clipping, named like the clipping (see corpus/gold/README.md).
A gold clipping without sheets in OUT_DIR counts as all missed and is named on stderr.
With --annotation, OUT_DIR is a second annotator's gold folder: the clippings both label are
scored with the same matchers (the second annotation plays the prediction), the others are
named on stderr.
exit status: 0 scored, 2 usage error (missing folder, bad gold file, no fact sheets
for any gold clipping in OUT_DIR, no clipping labelled on both sides)."""


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "eval",
        help="score fact sheets against hand-checked gold (P/R/F1 per fact type)",
        description="Score OUT_DIR/factsheets against GOLD_DIR/*.json: articles (title, source) and every fact type, "
        "with exact and containment matching.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("gold_dir", type=Path, metavar="GOLD_DIR", help="folder of gold JSON files")
    parser.add_argument("out_dir", type=Path, metavar="OUT_DIR",
                        help="output folder of `shequ run` (holds factsheets/), or with --annotation a second gold folder")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--show-errors", action="store_true", help="list missed and spurious facts (containment matching)")
    parser.add_argument("--annotation", action="store_true",
                        help="OUT_DIR is another annotator's gold folder: score their agreement")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    from ..errors import ShequError
    from ..evaluate import format_table

    for folder in (args.gold_dir, args.out_dir):
        if not folder.is_dir():
            print(f"shequ eval: error: {folder} is not a folder (see --help)", file=sys.stderr)
            return 2
    try:
        result = _agreement(args) if args.annotation else _against_sheets(args)
    except ShequError as err:
        print(f"shequ eval: {err}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_table(result, show_errors=args.show_errors))
    return 0


def _against_sheets(args: argparse.Namespace):
    """Gold against the sheets of a `shequ run` output folder."""
    from ..errors import NoSheetsError
    from ..evaluate import evaluate

    missing = _without_sheets(args.gold_dir, args.out_dir)
    if missing is not None and len(missing) == len(list(args.gold_dir.glob("*.json"))):
        raise NoSheetsError(path=args.out_dir, detail=f" for any of the {len(missing)} gold clippings in {args.gold_dir}")
    if missing:
        print(f"shequ eval: warning: no fact sheets in {args.out_dir / 'factsheets'} for {len(missing)} gold "
              f"clipping(s), scored as all missed: {', '.join(missing)}", file=sys.stderr)
    return evaluate(args.gold_dir, args.out_dir)


def _agreement(args: argparse.Namespace):
    """Two annotators' gold for the same clippings, scored on the clippings both label."""
    from ..errors import GoldFormatError
    from ..evaluate import annotation_loader, evaluate

    first = {p.stem for p in args.gold_dir.glob("*.json")}
    second = {p.stem for p in args.out_dir.glob("*.json")}
    if not first & second:
        raise GoldFormatError(path=args.out_dir, problem=f"no gold file named like one of the {len(first)} in {args.gold_dir}")
    if first ^ second:
        print(f"shequ eval: warning: labelled on one side only, left out: {', '.join(sorted(first ^ second))}", file=sys.stderr)
    return evaluate(args.gold_dir, args.out_dir, sheets_of=annotation_loader(args.out_dir), stems=first & second)


def _without_sheets(gold_dir: Path, out_dir: Path) -> list[str] | None:
    """Stems of the gold files with no sheets under OUT_DIR (None: no gold files); sheets are
    found where `evaluate.sheet_folder` finds them, so nested run outputs count."""
    from ..evaluate import sheet_folder

    stems = sorted(p.stem for p in gold_dir.glob("*.json"))
    if not stems:
        return None
    return [s for s in stems if sheet_folder(out_dir, s) is None]
