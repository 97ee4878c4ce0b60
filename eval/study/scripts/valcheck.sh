#!/bin/sh
# usage: valcheck.sh SRC  -> ONE aggregate line of F1 on the validation set (batch 13). Read nothing else of it.
sh /work/study/score.sh "$1" /work/study/pages13/all.jsonl | tail -1
