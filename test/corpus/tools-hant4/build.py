#!/usr/bin/env python3
"""Rebuild the hant4 (fresh batch) Traditional pages and their gold, byte for byte, from the records as read.

    python3 build.py [NAME ...]          # writes ../traditional/<name>.txt and <name>.gold.yaml
    python3 build.py --check [NAME ...]  # rebuilds in memory and compares with the files on disk
    python3 build.py --batch=../tools-hant5 [--check]   # another batch's records and pages.json

Inputs (beside this script):
- records/*.json   the records as read from the public repositories (one file per source file);
- pages.json       the layout spec, in build order: for every page its name, split, encoding,
                   blank-line style, and for every unit the record it comes from and one role
                   letter per segment of that record.

A page names its records file ("records"), its splitter ("apple", "runs", "single", "lines", "ws", "widget"),
the record field that holds the text ("textField", default "text") and, for crawler records, the field that
holds the headline ("titleField": it becomes the unit's H line, stripped of white space and of U+200B at its
ends, and takes no role letter; "titleDrop" lists site-widget text glued to the end of that field, which is
removed first).  This copy was taken from the twelfth-session tools (tools-hant3) and extended with the
"ws" and "widget" splitters and "titleDrop"; pages built with the old splitters come out as before.
A unit may set "byline" by hand (a run-in lead or a trailing credit) and "kind".

A record's text is cut into segments by its source's splitter (see SPLITTERS); the spec may keep a
space inside a segment ("keep": literal strings whose white space is not a cut), cut a segment
before a literal string ("cuts"), or drop segments ("X" role).  Role letters:

    K kicker (head)          H main headline (head; joined into `title`)
    T subtitle / tag (head)  B standalone byline line (head; gives `byline`)
    P paragraph (body)       S in-article subhead (body)
    C caption / credit / table line (body)      F furniture line (body)
    X segment dropped (not printed on the page; said in SOURCES-fragment.md)

With "blank": true an empty line separates every two consecutive lines except head lines
(K, H, T) that follow each other; units are always separated by one empty line then.
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "traditional"
# The batch whose records/ and pages.json are read: this folder, or another batch's (`--batch ../tools-hant5`), which
# keeps only its data and is built by this script.
BATCH = next((Path(a.split("=", 1)[1]).resolve() for a in sys.argv[1:] if a.startswith("--batch=")), HERE)
HEAD = set("KHTB")


def protect(text, keep):
    for k in keep:
        if k not in text:
            raise SystemExit(f"keep string not in record: {k!r}")
        text = text.replace(k, k.replace(" ", "\x01").replace("\u00a0", "\x02").replace("\u3000", "\x03"))
    return text


def unprotect(s):
    return s.replace("\x01", " ").replace("\x02", "\u00a0").replace("\x03", "\u3000")


def apply_cuts(parts, cuts):
    for c in cuts:
        for i, p in enumerate(parts):
            j = p.find(c)
            if j > 0:
                parts[i:i + 1] = [p[:j], p[j:]]
                break
        else:
            raise SystemExit(f"cut string not found inside a segment: {c!r}")
    return parts


def split_apple(text, keep, cuts):
    """Apple Daily HK: segments are separated by runs of ASCII spaces (or a tab); a full-width
    space or tab directly before `記者：` is a cut too (the `記者：X` run after the lead)."""
    t = protect(text, keep)
    t = re.sub(r"[\u3000\t]+(?=記者：)", " ", t)
    parts = [p for p in re.split(r"[ \t]+", t.strip()) if p]
    return [unprotect(p) for p in apply_cuts(parts, cuts)]


def split_runs(text, keep, cuts):
    """TVBS: paragraphs are separated by runs of two or more white-space characters
    (ASCII space, no-break space, CR, LF); a single space stays inside its paragraph."""
    t = protect(text, keep)
    parts = [p.strip(" \u00a0\r\n") for p in re.split(r"[ \u00a0\r\n]{2,}", t)]
    parts = [p for p in parts if p]
    return [unprotect(p) for p in apply_cuts(parts, cuts)]


def split_single(text, keep, cuts):
    """CTS: paragraphs are separated by a single space; spaces meant to stay inside a
    paragraph are listed in `keep`."""
    t = protect(text, keep)
    parts = [p for p in re.split(r"[ \u00a0]+", t.strip()) if p]
    return [unprotect(p) for p in apply_cuts(parts, cuts)]


def split_lines(text, keep, cuts):
    """ETtoday: paragraphs are separated by CR/LF; no-break spaces and spaces at the ends of a
    line are dropped; everything else stays as it is."""
    t = protect(text, keep)
    parts = [p.strip(" \u00a0\t") for p in re.split(r"[\r\n]+", t)]
    parts = [p for p in parts if p]
    return [unprotect(p) for p in apply_cuts(parts, cuts)]


def split_ws(text, keep, cuts):
    """Taiwan Apple Daily print (apple.json): paragraphs are separated by a space, a CR, or both;
    spaces meant to stay inside a paragraph or heading (English names, a two-part subhead) are listed in `keep`."""
    t = protect(text, keep)
    parts = [p for p in re.split(r"[ \u00a0\r\n]+", t) if p]
    return [unprotect(p) for p in apply_cuts(parts, cuts)]


def split_widget(text, keep, cuts):
    """udn.com realtime (mediaParser/udn.json): each photo caption is followed by the site's share widget
    (`   分享       facebook          `); the widget is a separator and is dropped. Everything else stays in
    its segment (the body is one segment; the single spaces around linked keywords stay); the first caption
    after the body, which follows one space, is cut off by hand (`cuts`)."""
    t = protect(text, keep)
    parts = [p.strip(" \u00a0") for p in re.split(r"[ \u00a0]*分享[ \u00a0]+facebook[ \u00a0]*", t)]
    parts = [p for p in parts if p]
    return [unprotect(p).strip(" \u00a0") for p in apply_cuts(parts, cuts)]


SPLITTERS = {"apple": split_apple, "runs": split_runs, "single": split_single, "lines": split_lines,
             "ws": split_ws, "widget": split_widget}


def load_records():
    recs = {}
    for f in sorted((BATCH / "records").glob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        for r in d["records"]:
            recs[(f.stem, r["id"])] = r
    return recs


def lead_byline(text):
    m = re.match(r"^[【〔［（]([^】〕］）]{2,40})[】〕］）]", text)
    if m and re.search(r"報訊|報道|報導|電$", m.group(1)):
        return m.group(1)
    return None


def layout(page, recs):
    blank = page["blank"]
    split = SPLITTERS[page["splitter"]]
    out, golds = [], []
    for u in page["units"]:
        rec = recs[(page["records"], u["rec"])]
        text = rec[page.get("textField", "text")]
        segs = split(text, u.get("keep", []), u.get("cuts", []))
        roles = u["roles"].replace(" ", "")
        if len(roles) != len(segs):
            for i, s in enumerate(segs):
                print(f"  {i:2d} {roles[i] if i < len(roles) else '?'} {s[:40]}", file=sys.stderr)
            raise SystemExit(f"{page['name']} {u['rec']}: {len(segs)} segments, {len(roles)} roles")
        if "titleField" in page:  # crawler records: the headline is the record's title field
            title = rec[page["titleField"]]
            for junk in page.get("titleDrop", []):  # site widget text glued to the title by the crawler
                if not title.rstrip().endswith(junk):
                    raise SystemExit(f"titleDrop {junk!r} not at the end of {title!r}")
                title = title.rstrip()[: -len(junk)]
            segs = [title.strip().strip("\u200b").strip()] + segs
            roles = "H" + roles
        head, body, title, byline = [], [], [], u.get("byline", "auto")
        prev = None
        first_p = None
        for r, s in zip(roles, segs):
            if r == "X":
                continue
            if r not in "KHTBLPSCF":
                raise SystemExit(f"bad role {r}")
            if out and blank and not (r in "KHT" and prev is not None and prev in "KHT"):
                out.append("")
            out.append(s)
            n = len(out)
            if r in HEAD:
                head.append(n)
                if r == "H":
                    title.append(s)
                if r == "B" and byline == "auto":
                    byline = s.lstrip("■")
            else:
                body.append(n)
                if r == "P" and first_p is None:
                    first_p = s
            prev = r
        if byline == "auto":
            byline = lead_byline(first_p) if first_p else None
        golds.append({
            "kind": u.get("kind", "article"),
            "title": "".join(title) if title else None,
            "titleLines": ranges(head, out),
            "byline": byline,
            "lines": ranges(body, out),
        })
    return out, golds


def ranges(nums, out):
    rs = []
    for n in nums:
        if rs and all(not out[k - 1].strip() for k in range(rs[-1][1] + 1, n)):
            rs[-1][1] = n
        else:
            rs.append([n, n])
    return rs


def yq(s):
    if s is None:
        return "null"
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def fmt(rs):
    return "[" + ", ".join(f"[{a}, {b}]" for a, b in rs) + "]"


def gold_yaml(page, golds, fname):
    y = [f"source: {fname}", "family: traditional", "format: paragraph-lines",
         f"split: {page['split']}", f"synthetic: {'true' if page['synthetic'] else 'false'}", "units:"]
    for g in golds:
        y.append(f"  - kind: {g['kind']}")
        y.append(f"    title: {yq(g['title'])}")
        y.append(f"    titleLines: {fmt(g['titleLines'])}")
        y.append(f"    byline: {yq(g['byline'])}")
        y.append(f"    lines: {fmt(g['lines'])}")
    return "\n".join(y) + "\n"


def encode(text, enc):
    if enc == "utf-8":
        return text.encode("utf-8")
    if enc == "utf-8-bom":
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    if enc == "big5hkscs":
        data = text.encode("big5hkscs")
        if data.decode("big5hkscs") != text or data.decode("big5hkscs").encode("big5hkscs") != data:
            raise SystemExit("big5hkscs does not round-trip")
        return data
    raise SystemExit("unknown encoding " + enc)


def main():
    check = "--check" in sys.argv
    only = [a for a in sys.argv[1:] if not a.startswith("--")]
    recs = load_records()
    pages = json.loads((BATCH / "pages.json").read_text(encoding="utf-8"))
    bad = 0
    for page in pages:
        if only and page["name"] not in only:
            continue
        lines, golds = layout(page, recs)
        text = "\n".join(lines) + "\n"
        data = encode(text, page["encoding"])
        fname = page["name"] + ".txt"
        gy = gold_yaml(page, golds, fname).encode("utf-8")
        if check:
            same = (OUT / fname).read_bytes() == data and (OUT / (page["name"] + ".gold.yaml")).read_bytes() == gy
            print(f"{'same' if same else 'DIFFERENT'} {fname}")
            bad += not same
        else:
            OUT.mkdir(exist_ok=True)
            (OUT / fname).write_bytes(data)
            (OUT / (page["name"] + ".gold.yaml")).write_bytes(gy)
            print(f"{fname}: {page['split']}, {page['encoding']}, {len(data)} bytes, {len(lines)} lines, {len(golds)} units")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
