"""A benchmark corpus: the seed clippings repeated and varied up to a target size.

Each copy rotates the seed's paragraphs and shifts its ASCII digits, so every file has
its own content hash (nothing can be skipped or cached) while the text keeps the
quirks of real PDF-extracted pages. Deterministic: the same size gives the same files.
"""

from __future__ import annotations

from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "corpus" / "seeds"
DIGITS = "0123456789"


def variant(text: str, copy: int) -> str:
    paragraphs = text.split("\n\n")
    shift = copy % len(paragraphs)
    rotated = "\n\n".join(paragraphs[shift:] + paragraphs[:shift])
    table = str.maketrans(DIGITS, DIGITS[copy % 10:] + DIGITS[:copy % 10])
    return rotated.translate(table)


def make_corpus(folder: Path, size_mb: float) -> tuple[int, int, int]:
    """Write variants of the seeds into `folder` until it holds `size_mb` MB.

    Returns (files, bytes, characters). Existing files of an earlier call are reused.
    """
    folder.mkdir(parents=True, exist_ok=True)
    seeds = [(path.stem, path.read_text(encoding="utf-8")) for path in sorted(SEEDS.glob("*.txt"))]
    target = int(size_mb * 1024 * 1024)
    files = size = chars = 0
    copy = 0
    while size < target:
        for stem, text in seeds:
            data = variant(text, copy).encode("utf-8")
            path = folder / f"{copy:05d}_{stem}.txt"
            if not path.exists() or path.stat().st_size != len(data):
                path.write_bytes(data)
            files, size, chars = files + 1, size + len(data), chars + len(data.decode("utf-8"))
            if size >= target:
                break
        copy += 1
    return files, size, chars
