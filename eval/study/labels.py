"""Keep a study batch's labels in the project without the texts, and join them to re-fetched texts later.

The study's reports are excerpts of stored public news pages: their text may not be copied into the project, so
only the labels live here, with the page's address and a SHA-256 of the excerpt. A later session re-fetches the
pages through the stored-pages search, cuts the same excerpts and joins them back; the digest proves it is the
same text, so the labels' character spans still point at the evidence.

    python eval/study/labels.py strip GOLD.jsonl OUT.jsonl --split test
    python eval/study/labels.py join LABELS.jsonl TEXTS.jsonl OUT.jsonl

``TEXTS.jsonl`` holds one ``{"id": ..., "text": ...}`` a line. ``join`` writes a gold file for
``ceasewatch eval extract --gold OUT.jsonl`` with every report whose text has the recorded digest, and names the
ones that do not.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any


def digest(text: str) -> str:
    """The SHA-256 of a text as UTF-8: what a re-fetched excerpt must match."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def strip(gold: Path, out: Path, split: str) -> int:
    """Write ``gold`` without its texts and evidence quotes, with each text's digest and length; return the count."""
    lines = []
    for number, line in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        item: dict[str, Any] = json.loads(line)
        text = item.pop("text")
        if not item.get("source", {}).get("url"):
            raise SystemExit(f"{gold}:{number}: source.url is missing: the page could not be found again")
        item["text_sha256"] = digest(text)
        item["text_chars"] = len(text)
        item["split"] = split
        for claim in item.get("claims") or []:
            if evidence := claim.get("evidence"):  # the span only: the quote is the page's words
                claim["evidence"] = {"start": evidence["start"], "end": evidence["end"]}
        lines.append(json.dumps(item, ensure_ascii=False, sort_keys=True))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def join(labels: Path, texts: Path, out: Path) -> tuple[int, list[str]]:
    """Write the labelled reports whose re-fetched text has the recorded digest; return how many, and the ids of
    those missing or different."""
    found = {}
    for line in texts.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        found[item["id"]] = item["text"]
    kept, refused = [], []
    for line in labels.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        text = found.get(item["id"])
        if text is None or digest(text) != item["text_sha256"]:
            refused.append(item["id"])
            continue
        item = {k: v for k, v in item.items() if k not in ("text_sha256", "text_chars")} | {"text": text}
        kept.append(json.dumps(item, ensure_ascii=False))
    out.write_text("\n".join(kept) + ("\n" if kept else ""), encoding="utf-8")
    return len(kept), refused


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("strip", help="labels without texts, for the project")
    s.add_argument("gold", type=Path)
    s.add_argument("out", type=Path)
    s.add_argument("--split", choices=("dev", "test"), required=True)
    j = sub.add_parser("join", help="labels joined to re-fetched texts, for eval extract")
    j.add_argument("labels", type=Path)
    j.add_argument("texts", type=Path)
    j.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    if args.command == "strip":
        print(f"{strip(args.gold, args.out, args.split)} reports written to {args.out}")
        return 0
    count, refused = join(args.labels, args.texts, args.out)
    print(f"{count} reports written to {args.out}; {len(refused)} without the same text: {' '.join(refused)}")
    return 1 if refused else 0


if __name__ == "__main__":
    sys.exit(main())
