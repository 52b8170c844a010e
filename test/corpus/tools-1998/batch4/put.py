import sys
# usage: python3 put.py FILE  < heredoc ; removes the one trailing '\n' the heredoc adds
name = sys.argv[1]
s = sys.stdin.read()
assert s.endswith('\n'); s = s[:-1]
if len(sys.argv) > 2 and sys.argv[2] == 'keepnl':
    s += '\n'
open(name, 'w', encoding='utf-8').write(s)
print(name, len(s), 'chars; head', repr(s[:30]), 'tail', repr(s[-40:]))
