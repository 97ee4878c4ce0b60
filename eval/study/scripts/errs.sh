#!/bin/sh
# usage: errs.sh SRC [GOLD]  -> every disagreement on a DEV gold file (default batch 14), without and with --military
SRC=$1; GOLD=${2:-/work/study/pages14/all.jsonl}
run() { PYTHONPATH=$SRC /work/main/.venv/bin/python -c "import sys; from ceasewatch.cli import main; sys.argv[0]='ceasewatch'; sys.exit(main())" eval extract --gold "$GOLD" --show-errors "$@" 2>&1 | grep -v "^[│┃┏┡└┗]"; }
echo "### default"; run
echo "### --military"; run --military
