#!/bin/sh
# Score earlier trees on batch 13 (test, new to every commit): aggregate lines only.
for c in e8c14f7 0d68e5f 5ec8aab e8d1d91 4b97122 b36788b f21564d 84c3d76 4ab7de8 1c8af62; do
  d=/tmp/carry/$c; [ -d $d ] || { mkdir -p $d; (cd /work/main && git archive $c src) | tar -x -C $d; }
  echo "== $c"; sh /work/study/score.sh $d/src /work/study/pages13/all.jsonl
done
