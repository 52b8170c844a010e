"""Copy helper: text pasted from a read_file answer in its JSON-escaped form (\n for line ends) on stdin.
usage: python3 putj.py FILE [append]   -- decodes the JSON escapes and writes (or appends) FILE; prints length, head, tail."""
import sys, json
fn = sys.argv[1]
s = sys.stdin.read()
assert s.endswith('\n'); s = s[:-1]          # the one line end the heredoc adds
s = ''.join(s.split('\n'))                      # pasted pieces may be broken over lines: only \n escapes are line ends
t = json.loads('"' + s + '"')
mode = 'a' if len(sys.argv) > 2 and sys.argv[2] == 'append' else 'w'
open(fn, mode, encoding='utf-8').write(t)
full = open(fn, encoding='utf-8').read()
print(fn, 'added', len(t), 'total', len(full), 'head', repr(full[:25]), 'tail', repr(full[-30:]))
