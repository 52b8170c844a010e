#!/usr/bin/env python3
"""Run ../tools-pdf-ocr/check_gold.py (unchanged, read and run here) on this batch's pages: column/pdf11h-hkad-* instead
of its own patterns (as ../tools-pdf10/check_gold.py does for batch 10; PDF batch 11h: that script with the patterns
changed to column/pdf11h-hkad-* only, there being no OCR pages in this batch). PDF batch 12h: the same, with the
pattern column/pdf12h-hkad-*."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(os.path.dirname(HERE), "tools-pdf-ocr", "check_gold.py")
src = open(path, encoding="utf-8").read()
old = "(('column', 'pdf-rmrb-*.gold.yaml'), ('ocr', 'pdfocr-tess-*.gold.yaml'))"
assert old in src
src = src.replace(old, "(('column', 'pdf12h-hkad-*.gold.yaml'),)")
g = {"__name__": "__main__", "__file__": path}
exec(compile(src, path, "exec"), g)
