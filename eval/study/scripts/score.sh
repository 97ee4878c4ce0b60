#!/bin/sh
# usage: score.sh SRC GOLD [--military]  -> one line of F1 per field (aggregate only; for test sets read nothing else)
SRC=$1; GOLD=$2; shift 2
PYTHONPATH=$SRC /work/main/.venv/bin/python -c "import sys; from ceasewatch.cli import main; sys.argv[0]=\"ceasewatch\"; sys.exit(main())" eval extract --gold "$GOLD" --split all "$@" 2>&1 | awk '
/reports/ && /found/ {print}
/│ (target|target.level2|place|time|act|perpetrator|claimant|stance) / {gsub(/│/," "); printf "%s=%s ", $1, $4}
END {print ""}'
