#!/usr/bin/env python3
"""Rebuild the crawler10 pages byte for byte from the public GitHub repositories named below.

Sources (read with `git cat-file -p <commit>:<path>` from a clone or snapshot of each repository; nothing is kept here):
  Haoqi7/news-archive  46cadce1ea2d9d0f81b9e224994bf96294066d25  archive/2025/03/27/baidu.json
  exposir/RSS          418796f8cff10581bd450e700d819e7d17fe0c4c  feeds/guangming.json

Usage:
  python3 build.py [--check] --repo Haoqi7/news-archive=<git dir> --repo exposir/RSS=<git dir>
or set CRAWLER10_REPOS to a folder holding one git directory per repository, named `<owner>+<name>`
(or `<owner>+<name>/repo`, `<owner>+<name>/repo/.git`).

Without --check the pages are written into OUT (default ../crawler); with --check nothing is written and the
exit status is 1 if a rebuilt page differs from the file in OUT.
"""
import hashlib, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.environ.get('OUT', os.path.join(HERE, '..', 'crawler'))

SOURCES = {  # name: (repository, commit, path, git blob id of the source file)
    'baidu': ('Haoqi7/news-archive', '46cadce1ea2d9d0f81b9e224994bf96294066d25',
              'archive/2025/03/27/baidu.json', '580e18f9199e63168c426fd7970944dede2af2e0'),
    'guangming': ('exposir/RSS', '418796f8cff10581bd450e700d819e7d17fe0c4c',
                  'feeds/guangming.json', 'ff327ee8625dce5f16e91e84f0f431797397164d'),
}


def blob_id(data):
    return hashlib.sha1(b'blob %d\0' % len(data) + data).hexdigest()


def git_dirs():
    dirs = {}
    args = sys.argv[1:]
    for i, a in enumerate(args):
        if a == '--repo' and i + 1 < len(args):
            repo, _, path = args[i + 1].partition('=')
            dirs[repo] = path
    base = os.environ.get('CRAWLER10_REPOS')
    if base:
        for repo, _, _, _ in SOURCES.values():
            if repo in dirs:
                continue
            for sub in ('', 'repo', os.path.join('repo', '.git')):
                cand = os.path.join(base, repo.replace('/', '+'), sub)
                if os.path.isdir(cand) and subprocess.run(['git', '--git-dir', cand, 'rev-parse', '--git-dir'],
                                                          capture_output=True).returncode == 0:
                    dirs[repo] = cand
                    break
    return dirs


def src(key, dirs):
    repo, commit, path, want = SOURCES[key]
    if repo not in dirs:
        sys.exit('no git directory for %s: pass --repo %s=<git dir> or set CRAWLER10_REPOS' % (repo, repo))
    data = subprocess.run(['git', '--git-dir', dirs[repo], 'cat-file', '-p', '%s:%s' % (commit, path)],
                          capture_output=True, check=True).stdout
    if want and blob_id(data) != want:
        sys.exit('%s:%s is not the expected blob %s' % (repo, path, want))
    return data


def whole(data):
    """The whole source file, unchanged (it holds 20 records)."""
    json.loads(data.decode('utf-8'))
    return data


def close_after_item(data, n_lines, n_items):
    """Lines 1..n_lines (the last one the n-th item's `    },`), its comma dropped, then the source's own
    ending after its last item (`\\n  ]\\n}`, no final newline) appended. Checks that the page parses as JSON
    whose wrapper fields equal the source's and whose items equal the source's first n_items."""
    parts = data.split(b'\n')
    assert parts[n_lines - 1] == b'    },', parts[n_lines - 1]
    ending = b'\n  ]\n}'
    assert data.endswith(b'\n    }' + ending)
    page = b'\n'.join(parts[:n_lines - 1]) + b'\n    }' + ending
    got, full = json.loads(page.decode('utf-8')), json.loads(data.decode('utf-8'))
    assert {k: v for k, v in got.items() if k != 'items'} == {k: v for k, v in full.items() if k != 'items'}
    assert got['items'] == full['items'][:n_items], 'page items differ from the source items'
    return page


def pages(dirs):
    yield 'baiduhot-20250327-meta-data-desc.json', whole(src('baidu', dirs))
    yield 'guangming-20260104-jsonfeed-html.json', close_after_item(src('guangming', dirs), 111, 13)


def main():
    check = '--check' in sys.argv
    bad = 0
    for name, data in pages(git_dirs()):
        path = os.path.join(OUT, name)
        if check:
            ok = os.path.exists(path) and open(path, 'rb').read() == data
            print(('ok   ' if ok else 'DIFF ') + name)
            bad += not ok
        else:
            os.makedirs(OUT, exist_ok=True)
            open(path, 'wb').write(data)
            print('wrote %s (%d bytes)' % (name, len(data)))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
