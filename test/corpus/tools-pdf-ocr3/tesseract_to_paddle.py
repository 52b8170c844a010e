#!/usr/bin/env python3
"""Convert Tesseract TSV output into a PaddleOCR-style result list.

Usage: python3 tesseract_to_paddle.py PAGE.tsv > PAGE.json

Grouping rule (the only change made to Tesseract's output):
- one text block per Tesseract text line (a level-4 row, key page/block/par/line);
- its text is the line's words (level-5 rows) in Tesseract's order, with blank words dropped,
  joined with no separator, except one space between two words when the previous word ends and
  the next word starts with an ASCII letter or digit (Latin words and numbers stay apart);
- its box is the level-4 line box (left, top, width, height) written as four corner points
  clockwise from the top left;
- its score is the mean word confidence of the line divided by 100, rounded to 4 places;
- a line with no non-blank word is dropped;
- blocks keep Tesseract's own order (block, paragraph, line), which is its reading order.
Recognition errors are kept as they are.
"""

import csv
import json
import sys


def is_ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def join_words(words: list[str]) -> str:
    out = ""
    for word in words:
        if out and is_ascii_alnum(out[-1]) and is_ascii_alnum(word[0]):
            out += " "
        out += word
    return out


def convert(rows: list[dict]) -> list:
    lines: dict[tuple, dict] = {}
    order: list[tuple] = []
    for row in rows:
        level = int(row["level"])
        key = (row["page_num"], row["block_num"], row["par_num"], row["line_num"])
        if level == 4:
            left, top = int(row["left"]), int(row["top"])
            right, bottom = left + int(row["width"]), top + int(row["height"])
            lines[key] = {"box": (left, top, right, bottom), "words": [], "confs": []}
            order.append(key)
        elif level == 5:
            text = (row["text"] or "").strip()
            if text and key in lines:
                lines[key]["words"].append(text)
                lines[key]["confs"].append(float(row["conf"]))
    result = []
    for key in order:
        line = lines[key]
        if not line["words"]:
            continue
        left, top, right, bottom = line["box"]
        box = [
            [float(left), float(top)],
            [float(right), float(top)],
            [float(right), float(bottom)],
            [float(left), float(bottom)],
        ]
        score = round(sum(line["confs"]) / len(line["confs"]) / 100, 4)
        result.append([box, [join_words(line["words"]), score]])
    return result


def main() -> None:
    with open(sys.argv[1], encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    blocks = convert(rows)
    out = ",\n".join("  " + json.dumps(b, ensure_ascii=False) for b in blocks)
    sys.stdout.write("[\n" + out + "\n]\n")


if __name__ == "__main__":
    main()
