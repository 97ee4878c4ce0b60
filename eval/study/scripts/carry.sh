#!/bin/sh
# usage: carry.sh GOLD COMMIT... -> the aggregate line of each earlier tree (from `git archive`) on a batch new to them
# (aggregate only). The sessions ran it on batch 13 (e8c14f7 .. 1c8af62), 16 (0d68e5f .. b2a7fa7), 18 (0d68e5f ..
# 0c0b4f6) and 19 (0d68e5f .. 230e9f7), with the commits their docs tables list.
GOLD=$1; shift
for c in "$@"; do
  d=/tmp/carry/$c; [ -d $d ] || { mkdir -p $d; (cd /work/main && git archive $c src) | tar -x -C $d; }
  echo "== $c"; sh /work/study/score.sh $d/src "$GOLD"
done
