# -*- coding: utf-8 -*-
"""What each page prints, unit by unit, as pieces (role, text), in print order, for writing and checking gold.

PDF batch 12h: copied from ../tools-pdf11h/pieces.py. Changes: records from records_12h; art() also gives the role
`byline` to the closing credit segments (build_pages.CREDIT, NOTES.md), except a photo credit `攝影：X` that follows a
`採訪：X` line (105), which is `body` (the traditional family's 2016 entertainment rule); the page list is this batch's,
each unit's byline as NOTES.md (plan) fixes it.

PDF batch 11h: copied from ../tools-pdf10/pieces.py (same helpers; records from records_11h; the page list is this
batch's). Changes: art() gives the role `byline` to the record's standalone reporter segments (`記者：X` after the lead,
a closing `本報記者`), which are head roles (titleLines) by this batch's conventions (NOTES.md; those of the traditional
family's Apple Daily pages); bart() and furniture() are left out (not used). Roles: kicker, title, sub, byline are
head roles (titleLines); body is a body role (lines: text, subheads, case-number lines). The pieces are exactly what
build_pages.py sets on the page. Each unit: dict(kind, key, pieces, byline (the gold byline, NOTES.md: a standalone
`記者：X` line as printed; else the closing `本報記者`; else `本報訊` from a `【本報訊】` lead; None where none)).
"""
import re
from records_12h import RECORDS as R

REP = re.compile(r'^(記者：|本報記者$)')
# (batch 12h) closing credit segments, as build_pages.CREDIT; PHOTO: the photo credit after 採訪：X (a body line)
CREDIT = {"138": {11}, "140": {3}, "146": {6}, "147": {3}, "148": {1}, "149": {2}, "119": {9}, "130": {5}, "131": {5},
          "132": {4}, "105": {7}, "112": {1}}
PHOTO = {"105": {8}}


def head(key):
    r = R[key]
    return [("kicker", x) for x in r["kicker"]] + [("title", r["title"])] + [("sub", x) for x in r["subtitle"]]


def unit(kind, key, pieces, byline):
    return dict(kind=kind, key=key, pieces=pieces, byline=byline)


def art(key, byline=None):
    ps = [("byline" if (REP.match(p) or i in CREDIT.get(key, ())) else "body", p) for i, p in enumerate(R[key]["paras"])]
    return unit("article", key, head(key) + ps, byline)


def banner(*parts):
    return unit("page-header", None, [("body", p) for p in parts], None)


D = "2010年11月17日　星期三"
PAGES = {
    "pdf12h-hkad-2010-11-17-p01": [
        banner("蘋果日報", "國際", D),
        art("138", "法新社/美聯社/路透社/英國《每日郵報》"),
        art("146", "美國廣播公司/美國《芝加哥論壇報》"),
        art("147", "法新社/路透社"),
        art("140", "法新社"),
        art("148", "美聯社"),
        art("149", "法新社"),
    ],
    "pdf12h-hkad-2010-11-17-p02": [
        banner(D, "蘋果日報", "中國"),
        art("119", "上海新民網/本報記者"),
        art("130", "中新社"),
        art("131", "本報記者/上海新民網"),
        art("132", "本報記者"),
        art("133"),                      # no lead, no credit
        art("134"),
    ],
    "pdf12h-hkad-2010-11-17-p03": [
        banner("財經", "蘋果日報", D),
        art("174", "記者：呂雪玲"),      # a 【本報訊】 lead too: the named line is the byline (as batch 11h)
        art("182"),
        art("183"),
        art("184"),
        art("185"),
        art("168"),
        art("169", "本報綜合報道"),
    ],
    "pdf12h-hkad-2010-11-17-p04": [
        banner("蘋果日報", "娛樂", D),
        art("101"),
        art("105", "採訪：阮瑜"),
        art("111"),
        art("102"),
        art("103"),
        art("112", "採訪、攝影：藍文浩"),
    ],
}
HEAD_ROLES = {"kicker", "title", "sub", "series", "byline", "deck"}
