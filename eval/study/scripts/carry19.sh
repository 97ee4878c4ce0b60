#!/bin/sh
# Score earlier trees on batch 19 (test, new to every commit): aggregate lines only.
for c in 0d68e5f 5ec8aab e8d1d91 4b97122 b36788b f21564d 84c3d76 4ab7de8 1c8af62 3dc6bb7 b2a7fa7 0c0b4f6 230e9f7; do
  d=/tmp/carry/$c; [ -d $d ] || { mkdir -p $d; (cd /work/main && git archive $c src) | tar -x -C $d; }
  echo "== $c"; sh /work/study/score.sh $d/src /work/study/pages19/all.jsonl
done
