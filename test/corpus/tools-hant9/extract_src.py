#!/usr/bin/env python3
"""Copy ONLY the records used (one article fragment each) from the fetched snapshot of
adminlby/Hong-Kong-Fire-Documentary into tools/src/. Run once; build.py needs only tools/src/.
A fragment is a byte slice of the archived index.html:
  Ming Pao: from '<hgroup>' up to (not incl.) '<div id="pnsautornews"' (related-news box), else '<div id="ssm2"' (share bar);
  RTHK: from the first '<h2 class="itemTitle">' up to the '</div>' closing '<div class="itemFullText">'.
tools/src/manifest.json records for each fragment the archive path, blob and the page's section order."""
import json, os, re, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
# A clone (or bare git directory) of adminlby/Hong-Kong-Fire-Documentary: set FIRE_DOC_REPO to its path.
REPO = os.environ.get('FIRE_DOC_REPO', 'Hong-Kong-Fire-Documentary')
spec = json.load(open(os.path.join(HERE, 'pages.json')))
C = spec['commit']
def git(*a): return subprocess.run(['git', '-C', REPO, '-c', 'core.quotepath=off'] + list(a), capture_output=True, check=True).stdout
files = git('ls-tree', '-r', '--name-only', C, 'content/news/mingpao/archive', 'content/news/rthk/archive').decode().split('\n')
want = {r for p in spec['pages'] for r in p['records']}
found = {}
for f in files:
    if not f.endswith('metadata.json'): continue
    m = json.loads(git('show', f'{C}:{f}'))
    u = m.get('url', '')
    mm = re.search(r'mingpao\.com/pns/.*?/(\d{13})', u) or re.search(r'rthk/ch/component/k2/(\d+)-', u)
    if mm and mm.group(1) in want and mm.group(1) not in found:
        found[mm.group(1)] = (f[:-len('metadata.json')] + 'index.html', u)
man = {}
for p in spec['pages']:
    for rid in p['records']:
        path, url = found[rid]
        raw = git('show', f'{C}:{path}')
        blob = git('rev-parse', f'{C}:{path}').decode().strip()
        if p['source'] == 'mingpao':
            i = raw.index(b'<hgroup>'); j = raw.find(b'<div id="pnsautornews"')
            if j < 0: j = raw.index(b'<div id="ssm2"')
            sel = raw[raw.index(b'name="menu1"'):]
            order = re.findall(rb'/(\d{13})/', sel[:sel.index(b'</select>')])
            order = [o.decode() for o in order]
        else:
            i = raw.index(b'<h2 class="itemTitle">'); k = raw.index(b'<div class="itemFullText">', i); j = raw.index(b'</div>', k) + 6
            order = None
        frag = raw[i:j]
        out = os.path.join(HERE, 'src', p['source'], rid + '.html')
        open(out, 'wb').write(frag)
        man[rid] = dict(source=p['source'], url=url, path=path, blob=blob, bytes=[i, j], section_order=order)
json.dump(man, open(os.path.join(HERE, 'src', 'manifest.json'), 'w'), ensure_ascii=False, indent=1)
print(len(man), 'fragments')
