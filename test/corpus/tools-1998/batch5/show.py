import sys
for fn in sys.argv[1:]:
    raw=open(fn,'rb').read()
    t=raw.decode('gbk') if b'\r\n' in raw else raw.decode('utf-8')
    print('=====',fn)
    for i,l in enumerate(t.replace('\r\n','\n').split('\n')[:-1],1):
        s = l if len(l)<=90 else l[:60]+' … '+l[-28:]
        print(f'{i:3} {s}')
