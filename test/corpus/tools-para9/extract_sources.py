#!/usr/bin/env python3
"""Copy the source records used by build.py out of the fetched snapshots into tools/src/.

Run once (needs git snapshots of the repositories in a folder named by $MIRROR, one sub-folder per repository,
`owner+name/repo`); build.py itself only reads tools/src/.
Each src/<page>.json holds the repository, path, commit and blob id of the RSS archive file,
its channel title, and the <item> records of one printed page, unchanged (title, link,
description HTML exactly as stored), in the file's own order.
"""
import json, os, subprocess
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
MIRROR = os.environ.get('MIRROR', 'mirror')

# page name -> (repo, path, commit, page prefix of the <title>)
PAGES = {
    'xhmrdx-2026-04-27-p08': ('ifyuls/xhmrdx-rss', 'history/mrdx_2026-04-27.xml', '74b3018f6848c5cf0c492c4cf21056612744e853', '[08版：国际]'),
    'xhmrdx-2026-04-28-p03': ('ifyuls/xhmrdx-rss', 'history/mrdx_2026-04-28.xml', '5a7869001f25c85cea0605fbbffbcc83a1512a16', '[03版：要闻]'),
    'xhmrdx-2026-04-28-p04': ('ifyuls/xhmrdx-rss', 'history/mrdx_2026-04-28.xml', '5a7869001f25c85cea0605fbbffbcc83a1512a16', '[04版：各地]'),
    'xhmrdx-2026-04-29-p02': ('ifyuls/xhmrdx-rss', 'history/mrdx_2026-04-29.xml', '3ccb17d0b3f57f627939efceab336ef9186f0f28', '[02版：要闻]'),
    'xhmrdx-2026-04-29-p06': ('ifyuls/xhmrdx-rss', 'history/mrdx_2026-04-29.xml', '3ccb17d0b3f57f627939efceab336ef9186f0f28', '[06版：各地]'),
    'xhmrdx-2026-04-30-p08': ('ifyuls/xhmrdx-rss', 'history/mrdx_2026-04-30.xml', '1e7b1de817e9c0c2969879f295b9748ac98a724c', '[08版：国际]'),
    'xxsb-2026-05-01-p09': ('ifyuls/xxsb-rss', 'history/studytimes_2026-05-04.xml', 'b87349acfa32605ab3933b3a3c9c6224046e6843', '[09版：党校（行政学院）通讯]'),
}


def main():
    for name, (repo, path, commit, prefix) in PAGES.items():
        gitdir = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
        raw = subprocess.run(['git', '--git-dir', gitdir, 'show', f'{commit}:{path}'], capture_output=True, check=True).stdout
        blob = subprocess.run(['git', '--git-dir', gitdir, 'rev-parse', f'{commit}:{path}'], capture_output=True, check=True, text=True).stdout.strip()
        ch = ET.fromstring(raw).find('channel')
        recs = []
        for i, it in enumerate(ch.iter('item'), 1):
            t = it.find('title').text
            if t.startswith(prefix):
                recs.append({'item': i, 'title': t, 'link': it.find('link').text,
                             'description': it.find('description').text or ''})
        out = {'repo': repo, 'path': path, 'commit': commit, 'blob': blob,
               'channel_title': ch.find('title').text, 'page_prefix': prefix, 'records': recs}
        with open(os.path.join(HERE, 'src', name + '.json'), 'w', encoding='utf-8') as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
        print(name, len(recs), 'records')


if __name__ == '__main__':
    main()
