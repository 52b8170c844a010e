# -*- coding: utf-8 -*-
"""What each page prints, unit by unit, as pieces (role, text), in print order, for writing and checking gold.

PDF batch 11h: copied from ../tools-pdf10/pieces.py (same helpers; records from records_11h; the page list is this
batch's). Changes: art() gives the role `byline` to the record's standalone reporter segments (`記者：X` after the lead,
a closing `本報記者`), which are head roles (titleLines) by this batch's conventions (NOTES.md; those of the traditional
family's Apple Daily pages); bart() and furniture() are left out (not used). Roles: kicker, title, sub, byline are
head roles (titleLines); body is a body role (lines: text, subheads, case-number lines). The pieces are exactly what
build_pages.py sets on the page. Each unit: dict(kind, key, pieces, byline (the gold byline, NOTES.md: a standalone
`記者：X` line as printed; else the closing `本報記者`; else `本報訊` from a `【本報訊】` lead; None where none)).
"""
import re
from records_11h import RECORDS as R

REP = re.compile(r'^(記者：|本報記者$)')


def head(key):
    r = R[key]
    return [("kicker", x) for x in r["kicker"]] + [("title", r["title"])] + [("sub", x) for x in r["subtitle"]]


def unit(kind, key, pieces, byline):
    return dict(kind=kind, key=key, pieces=pieces, byline=byline)


def art(key, byline=None):
    ps = [("byline" if REP.match(p) else "body", p) for p in R[key]["paras"]]
    return unit("article", key, head(key) + ps, byline)


def banner(*parts):
    return unit("page-header", None, [("body", p) for p in parts], None)


PAGES = {
    "pdf11h-hkad-2009-03-05-p01": [
        banner("蘋果日報", "港聞", "2009年3月5日　星期四"),
        art("18", "本報訊"),
        art("14", "本報訊"),
        art("15", "本報訊"),
        art("16", "本報訊"),
        art("20", "本報訊"),
        art("10", "本報訊"),
    ],
    "pdf11h-hkad-2009-03-05-p02": [
        banner("2009年3月5日　星期四", "蘋果日報", "港聞"),
        art("27", "記者：劉柏麟"),
        art("26", "本報訊"),
        art("25", "本報訊"),
        art("23", "本報訊"),
        art("24", "本報訊"),
    ],
    "pdf11h-hkad-2009-03-05-p03": [
        banner("港聞／法庭", "蘋果日報", "2009年3月5日"),
        art("35", "本報訊"),
        art("34", "本報訊"),
        art("37", "本報訊"),
        art("38", "本報訊"),
        art("36", "本報訊"),
    ],
    "pdf11h-hkad-2009-03-05-p04": [
        banner("蘋果日報", "健康", "2009年3月5日　星期四"),
        art("39", "記者：張嘉雯"),
        art("41"),                       # no lead, no byline
        art("42"),
        art("43"),
        art("45"),
        art("40", "本報訊"),
    ],
}
HEAD_ROLES = {"kicker", "title", "sub", "series", "byline", "deck"}
