# PDF batch 14: ../tools-pdf13/match13.py with DROPPED emptied (batch 13's one entry was for its own page); nothing else
# changed (its import of pieces reads this folder's pieces.py).
# -*- coding: utf-8 -*-
# PDF batch 13: ../tools-pdf10/match10.py with one addition, made when the first column draft stopped on page 1 line 342:
# DROPPED lists printed lines from which pdftotext left out a character the page prints (line 342 reads
# `（15万元/个）` where the record and the page have `（1-5万元/个）`); for matching only, the character is put back
# (the line's own text, and so the gold, is pdftotext's). Nothing else changed.
# PDF batch 10: ../tools-pdf9/match9.py unchanged (its import of pieces reads this folder's pieces.py).
# PDF batch 9: ../tools-pdf8/match8.py unchanged (its import of pieces reads this folder's pieces.py).
# PDF batch 8: ../tools-pdf7/match7.py unchanged (its import of pieces reads this folder's pieces.py).
# PDF batch 7: a copy of ../tools-pdf-ocr4/match4.py with one rule added after the first column draft (NOTES.md):
# rule 2b, for a line pdftotext ran across several columns (page 1 line 6 joins the first lines of a story's three
# columns with a space between them): where rules 1 and 2 fail and the raw line holds white space, each white-space
# separated segment is read by itself (rule 1 if it goes on with a piece where that piece stands, else its one place in
# all unread text); the line belongs to the unit of its first segment; reported. Nothing else changed.
"""(PDF batch 6: a copy of test/corpus/tools-pdf-ocr/match.py with two changes to rule 1's tie-break. 1, fixed before
any page was built: among the candidates that are a whole piece, the piece of the previous line's unit wins before
print order, because pages 1 and 2 print the same marker line (▶下转A02版, ◀上接A01版) for several stories. 2, added
after the first column draft (see NOTES.md): where candidates of several units fit a line, those whose piece goes on
with the next non-blank line are kept (for a line that ends its piece: the unit's next piece), because several
stories begin with the same lead line and page 2's marker lines stand side by side.)

Match text lines (exact text: pdftotext output) to the pieces of a page (pieces.py).

Each non-blank line, white space removed, is read from the pieces' unread text:
1. the piece whose text goes on with the line where that piece's last line ended (or, for a piece not yet
   started or read out of order, at its first unread character); ties: a line that is a whole piece wins; then
   the piece of the unit the previous line belonged to; then print order (reported);
2. else a line joining the ends of two pieces: the one split whose first part goes on with one piece and the
   rest with another (belongs to the unit of the first part; reported);
3. else the one place of the line's text in all unread text (reported);
4. else failure.
Every piece must be read to its end, each character once.
"""
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


# (batch 13) (page, line) -> (text as pdftotext prints it, the printed text), used for matching only
DROPPED = {}


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
        if (name, ln) in DROPPED:
            a, b = DROPPED[(name, ln)]
            assert a in raw
            raw = raw.replace(a, b)
        t = norm(raw)
        if not t:
            continue
        cands = [(pc, p) for pc in pieces for p in pc.positions() if pc.fits(t, p)]
        if len(cands) > 1:
            # (batch 6, second change) look ahead: where candidates of several units fit, keep those whose piece goes
            # on with the next non-blank line (a lead line `本报海口7月13日讯（海南日报全媒` begins four stories)
            nxt = next((norm(x) for x in lines[ln:] if norm(x)), "")

            def goes_on(c):
                pc, p = c
                if p + len(t) < len(pc.text):
                    return pc.text.startswith(nxt, p + len(t))
                # the line ends its piece (a marker line `◀上接A01版`): the unit's next piece in print order
                after = [q for q in pieces if q.ui == pc.ui and q.order > pc.order]
                return bool(after) and after[0].fits(nxt, 0)
            ahead = [c for c in cands if nxt and goes_on(c)]
            if ahead and len({c[0].ui for c in ahead}) < len({c[0].ui for c in cands}):
                notes.append("line %d %r: look-ahead kept unit(s) %s of %s" % (
                    ln, t[:20], sorted({c[0].ui for c in ahead}), sorted({c[0].ui for c in cands})))
                cands = ahead
        if cands:
            if len(cands) > 1:
                whole = [c for c in cands if c[1] == 0 and len(c[0].text) == len(t)]
                same = [c for c in cands if c[0].ui == prev_ui]
                whole_same = [c for c in whole if c[0].ui == prev_ui]
                pick = (whole_same or whole or same or sorted(cands, key=lambda c: c[0].order))[0]
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
        segs = raw.split()
        if len(segs) > 1:
            # (batch 7) rule 2b: a line run across columns, read segment by segment
            took = []
            for sg in segs:
                c1 = [(pc, p) for pc in pieces for p in pc.positions() if pc.fits(sg, p)]
                if not c1:
                    c1 = [(pc, s0) for pc in pieces for s0 in [i for i in range(len(pc.text)) if pc.fits(sg, i)]]
                    if len(c1) != 1:
                        took = None
                        break
                pc, p = c1[0]
                pc.take(p, len(sg))
                took.append((pc, sg))
            if took:
                assign[ln] = (took[0][0].ui, took[0][0].role)
                notes.append("line %d %r: run across columns, segments read as units %s (rule 2b)" % (
                    ln, t[:20], ["%d %s" % (pc.ui, pc.role) for pc, _ in took]))
                prev_ui = took[0][0].ui
                continue
            assert took is None or not took
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
        raise SystemExit("%s line %d %r: no match (%d places)" % (name, ln, raw, len(places)))
    for pc in pieces:
        if not all(pc.read):
            raise SystemExit("%s: piece not read to its end: unit %d %s %r" % (name, pc.ui, pc.role, pc.text[:30]))
    return assign, notes
