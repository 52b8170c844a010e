#!/usr/bin/env python3
"""Run ../tools-pdf-ocr/check_gold.py (unchanged, read and run here) on this batch's pages: column/pdf10-xmwb-* and
ocr/pdf10ocr-tess-xmwb-* instead of its own patterns (as ../tools-pdf5/check_gold.py does for batch pdf5; PDF batch 9: ../tools-pdf8/check_gold.py with the patterns changed;
PDF batch 10: ../tools-pdf9/check_gold.py with the patterns changed to column/pdf10-xmwb-* and ocr/pdf10ocr-tess-xmwb-*;
PDF batch 13: ../tools-pdf10/check_gold.py with the patterns changed to column/pdf13-mzrb-* and ocr/pdf13ocr-tess-mzrb-*;
PDF batch 14: ../tools-pdf13/check_gold.py with the patterns changed to column/pdf14-jfrb-* and ocr/pdf14ocr-tess-jfrb-*)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(os.path.dirname(HERE), "tools-pdf-ocr", "check_gold.py")
src = open(path, encoding="utf-8").read()
old = "(('column', 'pdf-rmrb-*.gold.yaml'), ('ocr', 'pdfocr-tess-*.gold.yaml'))"
assert old in src
src = src.replace(old, "(('column', 'pdf14-jfrb-*.gold.yaml'), ('ocr', 'pdf14ocr-tess-jfrb-*.gold.yaml'))")
g = {"__name__": "__main__", "__file__": path}
exec(compile(src, path, "exec"), g)
