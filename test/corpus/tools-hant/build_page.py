#!/usr/bin/env python3
"""Lay out a Traditional-Chinese page from a hand-made spec and write the page and its gold.

Spec format (UTF-8 text, one directive per line):

    #name hk-appledaily-2002-01-01
    #encoding utf-8 | utf-8-bom | big5hkscs
    #blank 0|1           blank line between paragraphs (1) or not (0)
    #split dev|test
    #synthetic false|true
    =article             start a unit (article | fragment | photo-caption | column-intro | page-header | furniture)
    K text               kicker line (head)
    H text               main headline line (head; joined into `title`)
    T text               subtitle line (head)
    B text               standalone byline line (head; becomes `byline` unless one is set already)
    L text               standfirst line printed before the headline (body)
    P text               body paragraph
    S text               subhead inside the article (body)
    C text               caption or photo credit inside the unit (body)
    F text               furniture / header line (body of a furniture or page-header unit)
    @byline text         set the unit's byline explicitly

A body paragraph that opens with a lead such as 【本報訊】, 【記者X報道】, 〔記者X／台北報導〕 or （中央社記者X台北1日電） gives the byline when no
standalone byline line exists.  Lines of a unit are written in spec order; with #blank 1 an empty line
separates every two consecutive lines except head lines that follow each other.
"""
import re
import sys
from pathlib import Path

HEAD = set("KHTB")


def parse(spec_text):
    meta, units, cur = {}, [], None
    for raw in spec_text.splitlines():
        if not raw.strip():
            continue
        if raw.startswith("#"):
            k, _, v = raw[1:].partition(" ")
            meta[k] = v.strip()
            continue
        if raw.startswith("="):
            cur = {"kind": raw[1:].strip(), "lines": [], "byline": None}
            units.append(cur)
            continue
        if raw.startswith("@byline "):
            cur["byline"] = raw[len("@byline "):].strip()
            continue
        tag, _, text = raw.partition(" ")
        if tag not in set("KHTBLPSCF") or not text.strip():
            raise SystemExit(f"bad spec line: {raw!r}")
        cur["lines"].append((tag, text.strip()))
    return meta, units


def layout(meta, units):
    blank = meta.get("blank", "0") == "1"
    out = []  # page lines
    golds = []
    prev_tag = None
    for u in units:
        head, body, title, byline = [], [], [], u["byline"]
        for tag, text in u["lines"]:
            if out and blank and not (tag in "KHT" and prev_tag is not None and prev_tag in "KHT"):
                out.append("")
            out.append(text)
            n = len(out)
            if tag in HEAD:
                head.append(n)
                if tag == "H":
                    title.append(text)
                if tag == "B" and byline is None:
                    byline = text
            else:
                body.append(n)
            prev_tag = tag
        if byline is None:
            for tag, text in u["lines"]:
                if tag == "P":
                    m = re.match(r"^[【〔［（]([^】〕］）]{2,40})[】〕］）]", text)
                    if m and re.search(r"報訊|報道|報導|電$", m.group(1)):
                        byline = m.group(1)
                    break
        golds.append({
            "kind": u["kind"],
            "title": "".join(title) if title else None,
            "titleLines": ranges(head, out),
            "byline": byline,
            "lines": ranges(body, out),
        })
        prev_tag = None
    return out, golds


def ranges(nums, out):
    rs = []
    for n in nums:
        if rs and all(not out[k - 1].strip() for k in range(rs[-1][1] + 1, n)):
            rs[-1][1] = n  # a blank line between two lines of the range does not break it
        else:
            rs.append([n, n])
    return rs


def yq(s):
    if s is None:
        return "null"
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def gold_yaml(meta, golds, fname):
    y = [f"source: {fname}", "family: traditional", "format: paragraph-lines",
         f"split: {meta['split']}", f"synthetic: {meta.get('synthetic', 'false')}", "units:"]
    for g in golds:
        y.append(f"  - kind: {g['kind']}")
        y.append(f"    title: {yq(g['title'])}")
        y.append(f"    titleLines: {fmt(g['titleLines'])}")
        y.append(f"    byline: {yq(g['byline'])}")
        y.append(f"    lines: {fmt(g['lines'])}")
    return "\n".join(y) + "\n"


def fmt(rs):
    return "[" + ", ".join(f"[{a}, {b}]" for a, b in rs) + "]"


def main():
    spec, outdir = Path(sys.argv[1]), Path(sys.argv[2])
    meta, units = parse(spec.read_text(encoding="utf-8"))
    lines, golds = layout(meta, units)
    text = "\n".join(lines) + "\n"
    enc = meta["encoding"]
    name = meta["name"]
    fname = name + ".txt"
    if enc == "utf-8":
        data = text.encode("utf-8")
    elif enc == "utf-8-bom":
        data = b"\xef\xbb\xbf" + text.encode("utf-8")
    elif enc == "big5hkscs":
        data = text.encode("big5hkscs")
        if data.decode("big5hkscs") != text:
            raise SystemExit("big5hkscs does not round-trip")
    else:
        raise SystemExit("unknown encoding " + enc)
    (outdir / fname).write_bytes(data)
    (outdir / (name + ".gold.yaml")).write_text(gold_yaml(meta, golds, fname), encoding="utf-8")
    print(f"{fname}: {len(data)} bytes, {len(lines)} lines, {len(golds)} units")


if __name__ == "__main__":
    main()
