#!/usr/bin/env python3
"""Build the hant27 Traditional pages and their gold, byte for byte, from the records as read.

    python3 build.py            # writes ../traditional/<name>.txt and <name>.gold.yaml
    python3 build.py --check    # rebuilds in memory and compares with the files on disk
    python3 build.py --list     # prints every record's segments with their numbers (for writing roles)

Inputs beside this script: records/appledaily-YYYYMMDD.txt (Apple Daily HK records copied from the stored-file
reader's text of corpus/YYYYMMDD.csv: one record a line, `key<TAB>title<TAB>text`; the text may itself hold a tab),
records/*.json (TaiwanStat records, copied by extract_tw.py), and pages.json (the layout spec, in build order).
Method as tools-hant4/build.py: a record's text is cut into segments at its source's separators; each segment is a
line; one role letter per segment (K kicker, H headline, T subtitle/tag, B standalone byline line: head;
P paragraph, S subhead, C caption/credit/box/table line: body). Crawler records put their `title` first as H.
Page shapes: "blank": "none" (no empty lines), "para" (an empty line between lines except between head lines that
follow each other, units separated by one), "all" (an empty line after every line); "eol": "lf" or "crlf";
"encoding": utf-8, utf-8-bom, big5hkscs.
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "traditional"
HEAD = set("KHTB")


def protect(text, keep):
    for k in keep:  # regexes whose white space is not a cut
        ms = list(re.finditer(k, text))
        if not ms:
            raise SystemExit(f"keep pattern not in record: {k!r}")
        for m in reversed(ms):
            s = m.group(0).replace(" ", "\x01").replace("\u00a0", "\x02").replace("\u3000", "\x03").replace("\t", "\x04")
            text = text[:m.start()] + s + text[m.end():]
    return text


def unprotect(s):
    return s.replace("\x01", " ").replace("\x02", "\u00a0").replace("\x03", "\u3000").replace("\x04", "\t")


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
    """Apple Daily HK (as tools-hant4): runs of ASCII spaces or tabs; a full-width space or tab before 記者： too."""
    t = protect(text, keep)
    t = re.sub(r"[\u3000\t]+(?=記者：)", " ", t)
    parts = [p for p in re.split(r"[ \t]+", t.strip()) if p]
    return [unprotect(p) for p in apply_cuts(parts, cuts)]


def split_ws(text, keep, cuts):
    """Taiwan Apple Daily print (apple.json), as tools-hant4: a space, a CR, or both."""
    t = protect(text, keep)
    parts = [p for p in re.split(r"[ \u00a0\r\n]+", t) if p]
    return [unprotect(p) for p in apply_cuts(parts, cuts)]


def split_runs(text, keep, cuts):
    """TVBS, as tools-hant4: runs of two or more white-space characters; a line's ends are stripped of
    ASCII space, no-break space, CR, LF and (new here) the ideographic space U+3000."""
    t = protect(text, keep)
    parts = [p.strip(" \u00a0\r\n\u3000") for p in re.split(r"[ \u00a0\r\n]{2,}", t)]
    return [unprotect(p) for p in apply_cuts([p for p in parts if p], cuts)]


SPLITTERS = {"apple": split_apple, "ws": split_ws, "runs": split_runs}


def load_records():
    recs = {}
    for f in sorted((HERE / "records").glob("*.txt")):
        for ln in f.read_text(encoding="utf-8").split("\n"):
            if ln:
                key, title, text = ln.split("\t", 2)
                recs[(f.stem, key)] = {"id": key, "title": title, "text": text}
    for f in sorted((HERE / "records").glob("*.json")):
        for r in json.loads(f.read_text(encoding="utf-8"))["records"]:
            recs[(f.stem, r["id"])] = r
    return recs


def lead_byline(text):
    m = re.match(r"^[【〔［（]([^】〕］）]{2,40})[】〕］）]", text)
    if m and re.search(r"報訊|報道|報導|電$", m.group(1)):
        return m.group(1)
    return None


def segments(page, u, recs):
    rec = recs[(page["records"], u["rec"])]
    segs = SPLITTERS[page["splitter"]](rec[page.get("textField", "text")], u.get("keep", []), u.get("cuts", []))
    if "titleField" in page:
        segs = [rec[page["titleField"]].strip()] + segs
    return rec, segs


def layout(page, recs):
    blank = page["blank"]
    out, golds = [], []
    for u in page["units"]:
        rec, segs = segments(page, u, recs)
        roles = ("H" if "titleField" in page else "") + u["roles"].replace(" ", "")
        if len(roles) != len(segs):
            for i, s in enumerate(segs):
                print(f"  {i:2d} {roles[i] if i < len(roles) else '?'} {s[:40]}", file=sys.stderr)
            raise SystemExit(f"{page['name']} {u['rec']}: {len(segs)} segments, {len(roles)} roles")
        head, body, title, byline, first_p, prev = [], [], [], u.get("byline", "auto"), None, None
        for r, s in zip(roles, segs):
            if r not in "KHTBPSC":
                raise SystemExit(f"bad role {r}")
            if out and blank == "para" and not (r in "KHT" and prev is not None and prev in "KHT"):
                out.append("")
            out.append(s)
            if blank == "all":
                out.append("")
            n = len(out) - (1 if blank == "all" else 0)
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
        if "titleField" not in page and "".join(s for r, s in zip(roles, segs) if r in "KH").replace(" ", "") != re.sub(r" - \S+$", "", rec["title"]).replace(" ", ""):
            raise SystemExit(f"{u['rec']}: kicker + headline differ from the CSV title")
        golds.append({"kind": u.get("kind", "article"), "title": "".join(title) if title else None,
                      "titleLines": ranges(head, out), "byline": byline, "lines": ranges(body, out)})
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
    return "null" if s is None else '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def fmt(rs):
    return "[" + ", ".join(f"[{a}, {b}]" for a, b in rs) + "]"


def gold_yaml(page, golds, fname):
    y = [f"source: {fname}", "family: traditional", "format: paragraph-lines", f"split: {page['split']}",
         "synthetic: false", "units:"]
    for g in golds:
        y += [f"  - kind: {g['kind']}", f"    title: {yq(g['title'])}", f"    titleLines: {fmt(g['titleLines'])}",
              f"    byline: {yq(g['byline'])}", f"    lines: {fmt(g['lines'])}"]
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
    recs = load_records()
    pages = json.loads((HERE / "pages.json").read_text(encoding="utf-8"))
    if "--list" in sys.argv:
        for page in pages:
            for u in page["units"]:
                _, segs = segments(page, u, recs)
                print("##", page["name"], u["rec"])
                for i, s in enumerate(segs):
                    print(f"  {i:2d} {s[:50]}")
        return
    bad = 0
    for page in pages:
        lines, golds = layout(page, recs)
        nl = "\r\n" if page["eol"] == "crlf" else "\n"
        data = encode(nl.join(lines) + nl, page["encoding"])
        fname = page["name"] + ".txt"
        gy = gold_yaml(page, golds, fname).encode("utf-8")
        if "--check" in sys.argv:
            same = (OUT / fname).read_bytes() == data and (OUT / (page["name"] + ".gold.yaml")).read_bytes() == gy
            print(f"{'same' if same else 'DIFFERENT'} {fname}")
            bad += not same
        else:
            (OUT / fname).write_bytes(data)
            (OUT / (page["name"] + ".gold.yaml")).write_bytes(gy)
            print(f"{fname}: {page['split']}, {page['encoding']}, {page['eol']}, blank={page['blank']}, {len(data)} bytes, {len(lines)} lines, {len(golds)} units")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
