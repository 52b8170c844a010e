#!/bin/sh
# Rebuild this batch's OCR pages (../ocr/*-tesseract.json, ../column/*-tesseract.txt) from the page images, fetched into
# images/ beside this script (not kept in this repository: no licence stated; repository, path, commit and SHA-256 in
# ../ocr/SOURCES.md, thirteenth session).
# Debian tesseract 5.3.0 (leptonica 1.82.0), tessdata chi_sim (tesseract-ocr-chi-sim 1:4.1.0-2).
# The images are fed as they are: no crop, scale, deskew or binarisation.
# chi_tra is not installed on this machine, so the Traditional pages are read with chi_sim
# (as a user with the default Simplified model would do); Tesseract then writes mostly Simplified forms.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
TMP=$(mktemp -d)
for name in hkej-2024-08-12-pA13 hkheadline-2025-02-18-p01; do
  img="$HERE/images/$name.jpg"
  tesseract "$img" "$TMP/$name" -l chi_sim --psm 3 tsv
  python3 "$ROOT/tools-ocr/tesseract_to_paddle.py" "$TMP/$name.tsv" > "$ROOT/ocr/$name-tesseract.json"
  tesseract "$img" "$ROOT/column/$name-tesseract" -l chi_sim --psm 3     # writes the .txt
done
rm -rf "$TMP"
