#!/bin/sh
# base (230e9f7, in /work/s15base.bench) and end (ecbd4b5, in /work/s15end.bench; `git archive` of each) alternating, two pairs; ../shared/data is found relative to the bench file, so run from copies placed beside main
for i in 1 2; do
 for t in s15base s15end; do
  echo "== $t run $i $(cat /proc/loadavg)"
  cd /work/$t.bench && PYTHONPATH=/work/$t.bench/src /work/main/.venv/bin/python bench/bench_extract.py --reports 10000 --workers 2 2>&1 | tail -12
 done
done
