#!/bin/sh
# usage: bench_pair.sh BASE END -> bench_extract.py on two trees, alternating, two pairs. BASE and END are folders
# beside main holding `git archive` of each commit (../shared/data is found relative to the bench file). The fourteenth
# session ran it on 0c0b4f6 and 4e81281, the fifteenth on 230e9f7 and ecbd4b5.
for i in 1 2; do
 for t in "$1" "$2"; do
  echo "== $t run $i $(cat /proc/loadavg)"
  cd "$t" && PYTHONPATH="$t/src" /work/main/.venv/bin/python bench/bench_extract.py --reports 10000 --workers 2 2>&1 | tail -12
 done
done
