# -*- coding: utf-8 -*-
"""Match text lines (exact text: pdftotext output) to the pieces of a page (pieces.py).

Each non-blank line, white space removed, is read from the pieces' unread text:
1. the piece whose text goes on with the line where that piece's last line ended (or, for a piece not yet
   started or read out of order, at its first unread character); ties: a line that is a whole piece wins; then
   the piece of the unit the previous line belonged to; then print order (reported);
2. else a line joining the ends of two pieces: the one split whose first part goes on with one piece and the
   rest with another (belongs to the unit of the first part; reported);
3. else the one place of the line's text in all unread text (reported);
4. (added for batch pdf5, whose 5 mm gutters make pdftotext join the lines of three or four columns into one text
   line, with one space between the column pieces) else the line split at its spaces into segments, each run of
   segments (longest first, joined without the space) read by rules 1 and 3; the line belongs to the unit of its
   first segment, as a line joining two stories belongs to the story whose text comes first (reported);
5. else failure.
Every piece must be read to its end, each character once.
"""
# Copied from ../tools-pdf-ocr/match.py (rules 1-3 unchanged); rule 4 added.
from pieces import PAGES, HEAD_ROLES


def norm(s):
    return "".join(s.split())


class Piece:
    def __init__(self, ui, role, text, order):
        self.ui, self.role, self.text, self.order = ui, role, norm(text), order
        self.read = [False] * len(self.text)
        self.last = 0

    def positions(self):
        out = []
        if self.last < len(self.text) and not self.read[self.last]:
            out.append(self.last)
        try:
            f = self.read.index(False)
            if f not in out:
                out.append(f)
        except ValueError:
            pass
        return out

    def fits(self, t, p):
        return self.text.startswith(t, p) and not any(self.read[p:p + len(t)])

    def take(self, p, n):
        for i in range(p, p + n):
            assert not self.read[i]
            self.read[i] = True
        self.last = p + n


def match_lines(name, lines):
    """lines: list of strings (the page's lines, 1-based by position). Returns (assign, notes):
    assign[lineno] = (unit index, role); notes: list of strings."""
    units = PAGES[name]
    pieces = []
    for ui, u in enumerate(units):
        for role, text in u["pieces"]:
            pieces.append(Piece(ui, role, text, len(pieces)))
    assign, notes = {}, []
    prev_ui = None
    for ln, raw in enumerate(lines, 1):
        t = norm(raw)
        if not t:
            continue
        cands = [(pc, p) for pc in pieces for p in pc.positions() if pc.fits(t, p)]
        if cands:
            if len(cands) > 1:
                whole = [c for c in cands if c[1] == 0 and len(c[0].text) == len(t)]
                same = [c for c in cands if c[0].ui == prev_ui]
                pick = (whole or same or sorted(cands, key=lambda c: c[0].order))[0]
                if len({(c[0].ui, c[0].role in HEAD_ROLES) for c in cands}) > 1:
                    notes.append("line %d %r: %d candidates, took unit %d %s" % (ln, t[:20], len(cands), pick[0].ui, pick[0].role))
            else:
                pick = cands[0]
            pc, p = pick
            pc.take(p, len(t))
            assign[ln] = (pc.ui, pc.role)
            prev_ui = pc.ui
            continue
        done = False
        for k in range(1, len(t)):
            a = [(pc, p) for pc in pieces for p in pc.positions() if pc.fits(t[:k], p) and p + k == len(pc.text)]
            b = [(pc, p) for pc in pieces for p in pc.positions() if pc.fits(t[k:], p)]
            if a and b:
                (pa, qa), (pb, qb) = a[0], b[0]
                pa.take(qa, k)
                pb.take(qb, len(t) - k)
                assign[ln] = (pa.ui, pa.role)
                notes.append("line %d %r: joins unit %d %s and unit %d %s (rule 2)" % (ln, t[:20], pa.ui, pa.role, pb.ui, pb.role))
                prev_ui = pa.ui
                done = True
                break
        if done:
            continue
        places = []
        for pc in pieces:
            s = pc.text.find(t)
            while s >= 0:
                if not any(pc.read[s:s + len(t)]):
                    places.append((pc, s))
                s = pc.text.find(t, s + 1)
        if len(places) == 1:
            pc, s = places[0]
            pc.take(s, len(t))
            assign[ln] = (pc.ui, pc.role)
            notes.append("line %d %r: read out of order from unit %d %s (rule 3)" % (ln, t[:20], pc.ui, pc.role))
            prev_ui = pc.ui
            continue
        segs = raw.split()
        got = []
        s = 0
        while s < len(segs):
            for e in range(len(segs), s, -1):
                t2 = "".join(segs[s:e])
                c = [(pc, p) for pc in pieces for p in pc.positions() if pc.fits(t2, p)]
                if len(c) > 1:
                    same = [x for x in c if got and x[0].ui == got[0][0].ui]
                    c = (same or sorted(c, key=lambda x: x[0].order))[:1]
                if not c:
                    pl = []
                    for pc in pieces:
                        q = pc.text.find(t2)
                        while q >= 0:
                            if not any(pc.read[q:q + len(t2)]):
                                pl.append((pc, q))
                            q = pc.text.find(t2, q + 1)
                    c = pl if len(pl) == 1 else []
                if c:
                    pc, q = c[0]
                    pc.take(q, len(t2))
                    got.append((pc, e - s))
                    s = e
                    break
            else:
                raise SystemExit("%s line %d %r: no match (%d places)" % (name, ln, raw, len(places)))
        if True:
            assign[ln] = (got[0][0].ui, got[0][0].role)
            notes.append("line %d %r: %d segments, units %s (rule 4)" % (ln, t[:20], len(got), [(g[0].ui, g[0].role) for g in got]))
            prev_ui = got[0][0].ui
            continue
    for pc in pieces:
        if not all(pc.read):
            raise SystemExit("%s: piece not read to its end: unit %d %s %r" % (name, pc.ui, pc.role, pc.text[:30]))
    return assign, notes
