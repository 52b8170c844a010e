import json,sys
b=json.load(open(sys.argv[1]))
for i,(box,(t,s)) in enumerate(b,1):
    print(f"{i:3d} ({int(box[0][0])},{int(box[0][1])})-({int(box[2][0])},{int(box[2][1])}) {s:.2f} {t}")
