#!/bin/sh
# usage: final.sh SRC -> one F1 line per set (aggregate only): the figures of the fourteenth session (its sets) and
# the fifteenth (with batch 19) and the sixteenth (with batches 20 and 21) and the seventeenth (with batches 22 and 23) and the eighteenth (with batches 24 and 25) and the nineteenth (with batches 26 and 27) and the twentieth (with batches 28 and 29) and the twenty-first (with batch 30); a set whose file is missing is skipped
SRC=$1
for s in "b30-test:pages30/all.jsonl" "b30r2-test:pages30_r2/all.jsonl" "pool16-30:pool16-30.jsonl" "b28-test:pages28/all.jsonl" "b28r2-test:pages28_r2/all.jsonl" "pool16-28:pool16-28.jsonl" "b26-test:pages26/all.jsonl" "b26r2-test:pages26_r2/all.jsonl" "pool16-26:pool16-26.jsonl" "b24-test:pages24/all.jsonl" "b24r2-test:pages24_r2/all.jsonl" "pool16-24:pool16-24.jsonl" "b22-test:pages22/all.jsonl" "b22r2-test:pages22_r2/all.jsonl" "pool16-22:pool16-22.jsonl" "b20-test:pages20/all.jsonl" "b20r2-test:pages20_r2/all.jsonl" "b19-test:pages19/all.jsonl" "b19r2-test:pages19_r2/all.jsonl" "b18-test:pages18/all.jsonl" "b18r2-test:pages18_r2/all.jsonl" "b16-test:pages16/all.jsonl" "b16r2-test:pages16_r2/all.jsonl" "pool16+18:pool1618.jsonl" "pool16-19:pool161819.jsonl" "pool16-20:pool16181920.jsonl" "b13-val:pages13/all.jsonl" "b15-dev:pages15/all.jsonl" "b14-dev:pages14/all.jsonl" "b17-dev:pages17/all.jsonl" "b21-dev:pages21/all.jsonl" "b23-dev:pages23/all.jsonl" "b25-dev:pages25/all.jsonl" "b27-dev:pages27/all.jsonl" "b29-dev:pages29/all.jsonl"; do
  n=${s%%:*}; f=${s#*:}
  [ -f /work/study/$f ] || continue
  printf "%-11s " $n; sh /work/study/score.sh $SRC /work/study/$f | tr '\n' ' ' | sed -E 's/90 reports \(all\): //; s/; negatives.*\)//'; echo
done
for g in extract extract-written; do for sp in dev holdout; do
  printf "%-11s " "$g-$sp"; PYTHONPATH=$SRC /work/main/.venv/bin/python -c "import sys; from ceasewatch.cli import main; sys.argv[0]='ceasewatch'; sys.exit(main())" eval extract --gold /work/main/eval/gold/$g --data /work/shared/data --split $sp 2>&1 | awk '/reports/ && /found/ {sub(/.*: /,""); sub(/; negatives.*/,""); printf "%s ", $0} /│ (target|target.level2|place|time|act|perpetrator|claimant|stance) / {gsub(/│/," "); printf "%s=%s ", $1, $4} END {print ""}'
done; done
