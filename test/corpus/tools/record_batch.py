"""What every crawler batch's build.py shares: reading its sources, cutting whole lines, and writing or checking pages.

A batch's build.py names its pages in FILES (page name -> a function making its bytes from the sources) and calls
run(FILES, OUT); `--check` compares with the pages on disk instead of writing them (exit 1 on any difference).
"""
import hashlib
import os
import sys


def source_reader(src):
    """read(name): the bytes of a source file in the folder src (the batch's src/, not kept in the repository)."""
    def read(name):
        with open(os.path.join(src, name), 'rb') as f:
            return f.read()
    return read


def lines(data, first, last, eol=b'\n'):
    """Physical lines first..last (1-based, inclusive) of data, each with its line ending."""
    parts = data.split(eol)
    assert len(parts) > last, 'source has too few lines'
    return eol.join(parts[first - 1:last]) + eol


def run(files, out):
    """Write every page of files into out, or with --check compare with what is there."""
    check = '--check' in sys.argv
    bad = 0
    for name, make in files.items():
        data = make()
        path = os.path.join(out, name)
        if check:
            with open(path, 'rb') as f:
                same = f.read() == data
            print(('ok  ' if same else 'DIFF'), name)
            bad += not same
        else:
            os.makedirs(out, exist_ok=True)
            with open(path, 'wb') as f:
                f.write(data)
            print('%-44s %7d bytes  sha256 %s' % (name, len(data), hashlib.sha256(data).hexdigest()[:16]))
    sys.exit(1 if bad else 0)
