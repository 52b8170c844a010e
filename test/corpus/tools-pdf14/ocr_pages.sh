#!/bin/sh
# OCR every PDF page built by build_pages.py, as a user OCRs a page image (PDF batch 14: batch 13's script, file names
# changed (pdf14-jfrb-, pdf14ocr-tess-jfrb-); PDF batch 13: batch 10's script, file names
# changed (pdf13-mzrb-, pdf13ocr-tess-mzrb-); PDF batch 10: batch 9's script, file names changed (pdf10-xmwb-, pdf10ocr-tess-);
# PDF batch 9: batch 8's script, file names changed (pdf9-xhmrdx-, pdf9ocr-tess-)):
#   pdftoppm -r 150 -png <page>.pdf <page>                -> build/<page>-1.png (150 dpi)
#   tesseract <page>-1.png <page> -l chi_sim --psm 3 tsv  -> build/<page>.tsv (copied to tools/tsv/)
#   tesseract_to_paddle.py <page>.tsv                     -> ocr/pdf14ocr-tess-jfrb-<date>-p<n>.json
# Nothing is cropped, scaled, deskewed or binarised; Tesseract's output is kept as it is.
# tesseract_to_paddle.py is the corpus's test/corpus/tools-ocr/tesseract_to_paddle.py (the batch folder had a verbatim copy).
set -e
TOOLS=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$TOOLS/.." && pwd)
cd "$ROOT/build"
for pdf in ${1:-pdf14-jfrb-*.pdf}; do
  name=${pdf%.pdf}
  pdftoppm -r 150 -png "$pdf" "$name"
  tesseract "$name-1.png" "$name" -l chi_sim --psm 3 tsv 2> "$name.tesseract.log"
  cp "$name.tsv" "$TOOLS/tsv/$name.tsv"
  python3 "$TOOLS/../tools-ocr/tesseract_to_paddle.py" "$name.tsv" > "$ROOT/ocr/pdf14ocr-tess-${name#pdf14-}.json"
  echo "$name done"
done
