# Every target creates .venv when missing and installs the project into it,
# so a fresh clone needs nothing but python3 and these commands.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench eval clean

$(STAMP): pyproject.toml pipeline/version.py
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Process the corpus, then write the report (outputs/report.html, the first thing to open), even when
# some documents failed: the report lists them; make still exits with the run's status.
run: $(STAMP)
	$(PY) -m pipeline run --config config.yaml; status=$$?; \
	$(PY) -m pipeline report --config config.yaml && exit $$status

# Two workers (pytest-xdist): the suite takes about 5 min on 2 cores instead of 9.
test: $(STAMP)
	scripts/ensure-chromium
	$(PY) -m pytest -q -n 2

bench: $(STAMP)
	$(PY) -m pytest -q -m slow bench tests

# Every score on data we did not write (evaluation/, reading ../shared/data; see evaluation/shared.py):
# timexes against TimeBank and AQUAINT and their top misses; which date each event row carries,
# against their event-time links; events, piped links, glossary anchors and stories on their gold sets;
# stories on AQUAINT's labelled pairs; who took part on WikiEvents; the judged events audit (docs/audit/).
eval: $(STAMP)
	$(PY) -m evaluation.timexes --cache outputs/.timeml-cache
	$(PY) -m evaluation.anchoring
	$(PY) -m evaluation.events
	$(PY) -m evaluation.piped_links
	$(PY) -m evaluation.glossary_anchors
	$(PY) -m evaluation.stories
	$(PY) -m evaluation.stories_aquaint
	$(PY) -m evaluation.stories_cross
	$(PY) -m evaluation.wikievents
	$(PY) -m evaluation.audit_events score docs/audit/session11/wikigold/judged.jsonl --key docs/audit/session11/wikigold/key.json
	$(PY) -m evaluation.audit_events score docs/audit/session11/wikigold/judged.jsonl --key docs/audit/session11/wikigold/key.json \
		--leave-out docs/audit/session11/helper_seen.jsonl
	$(PY) -m evaluation.audit_events score docs/audit/session11/news/judged.jsonl --key docs/audit/session11/news/key.json
	$(PY) -m evaluation.audit_events score docs/audit/session11/news2/judged.jsonl --key docs/audit/session11/news2/key.json
	$(PY) -m evaluation.audit_events score docs/audit/session12/vital/judged.jsonl --key docs/audit/session12/vital/key.json
	$(PY) -m evaluation.audit_events score docs/audit/session12/news/judged.jsonl --key docs/audit/session12/news/key.json
	$(PY) -m evaluation.audit_events score docs/audit/session12/reference/judged.jsonl --key docs/audit/session12/reference/key.json
	$(PY) -m evaluation.audit_events score docs/audit/session12/adjectives/judged.jsonl --key docs/audit/session12/adjectives/key.json
	$(PY) -m evaluation.audit_events score docs/audit/session12/last/judged.jsonl --key docs/audit/session12/last/key.json
	$(PY) -m evaluation.stories_audit score docs/audit/session12/stories/judged.jsonl --key docs/audit/session12/stories/key.json
	$(PY) -m evaluation.audit_events score docs/audit/session13/vital/judged.jsonl --key docs/audit/session13/vital/key.json
	$(PY) -m evaluation.audit_events score docs/audit/session13/news/judged.jsonl --key docs/audit/session13/news/key.json
	$(PY) -m evaluation.audit_events score docs/audit/session13/reference/judged.jsonl --key docs/audit/session13/reference/key.json
	$(PY) -m evaluation.audit_changed score docs/audit/session13/changed/judged.jsonl --key docs/audit/session13/changed/key.json
	$(PY) -m evaluation.stories_audit score docs/audit/session13/stories/judged.jsonl --key docs/audit/session13/stories/key.json
	$(PY) -m evaluation.audit_events score docs/audit/session14/vital/judged.jsonl --key docs/audit/session14/vital/key.json
	$(PY) -m evaluation.audit_events score docs/audit/session14/news/judged.jsonl --key docs/audit/session14/news/key.json
	$(PY) -m evaluation.audit_events score docs/audit/session14/reference/judged.jsonl --key docs/audit/session14/reference/key.json
	$(PY) -m evaluation.audit_changed score docs/audit/session14/changed/judged.jsonl --key docs/audit/session14/changed/key.json
	$(PY) -m evaluation.stories_audit score docs/audit/session14/stories/judged.jsonl --key docs/audit/session14/stories/key.json
	$(PY) -m evaluation.audit_changed score docs/audit/session14/round2/judged.jsonl --key docs/audit/session14/round2/key.json
	$(PY) -m evaluation.audit_events score docs/audit/session15/vital/judged.jsonl --key docs/audit/session15/vital/key.json
	$(PY) -m evaluation.audit_events score docs/audit/session15/news/judged.jsonl --key docs/audit/session15/news/key.json
	$(PY) -m evaluation.audit_events score docs/audit/session15/reference/judged.jsonl --key docs/audit/session15/reference/key.json
	$(PY) -m evaluation.audit_changed score docs/audit/session15/changed/judged.jsonl --key docs/audit/session15/changed/key.json
	$(PY) -m evaluation.stories_audit score docs/audit/session15/stories/judged.jsonl --key docs/audit/session15/stories/key.json
	$(PY) -m evaluation.audit_changed score docs/audit/session15/round2/judged.jsonl --key docs/audit/session15/round2/key.json
	$(PY) -m evaluation.audit_events score docs/audit/session16/vital/judged.jsonl --key docs/audit/session16/vital/key.json
	$(PY) -m evaluation.audit_events score docs/audit/session16/news/judged.jsonl --key docs/audit/session16/news/key.json
	$(PY) -m evaluation.audit_events score docs/audit/session16/reference/judged.jsonl --key docs/audit/session16/reference/key.json
	$(PY) -m evaluation.audit_changed score docs/audit/session16/changed/judged.jsonl --key docs/audit/session16/changed/key.json
	$(PY) -m evaluation.stories_audit score docs/audit/session16/stories/judged.jsonl --key docs/audit/session16/stories/key.json
	$(PY) -m evaluation.audit_changed score docs/audit/session16/round2/judged.jsonl --key docs/audit/session16/round2/key.json
	$(PY) -m evaluation.audit_events score docs/audit/session17/vital/judged.jsonl --key docs/audit/session17/vital/key.json
	$(PY) -m evaluation.audit_events score docs/audit/session17/news/judged.jsonl --key docs/audit/session17/news/key.json
	$(PY) -m evaluation.audit_events score docs/audit/session17/reference/judged.jsonl --key docs/audit/session17/reference/key.json
	$(PY) -m evaluation.audit_changed score docs/audit/session17/changed/judged.jsonl --key docs/audit/session17/changed/key.json
	$(PY) -m evaluation.audit_gone score docs/audit/session17/changed/judged2.jsonl --key docs/audit/session17/changed/key2.json
	$(PY) -m evaluation.audit_changed score docs/audit/session17/round2/judged.jsonl --key docs/audit/session17/round2/key.json
	$(PY) -m evaluation.audit_gone score docs/audit/session17/round2/judged2.jsonl --key docs/audit/session17/round2/key2.json
	$(PY) -m evaluation.stories_audit score docs/audit/session17/stories/judged.jsonl --key docs/audit/session17/stories/key.json
	$(PY) -m evaluation.stories_audit score docs/audit/session17/stories/judged2.jsonl --key docs/audit/session17/stories/key2.json
	$(PY) -m evaluation.audit_events score docs/audit/session18/first_vital/judged.jsonl
	$(PY) -m evaluation.audit_events score docs/audit/session18/first_news/judged.jsonl
	$(PY) -m evaluation.audit_events score docs/audit/session18/first_reference/judged.jsonl
	$(PY) -m evaluation.audit_events score docs/audit/session18/vital/judged.jsonl --key docs/audit/session18/vital/key.json
	$(PY) -m evaluation.audit_events score docs/audit/session18/news/judged.jsonl --key docs/audit/session18/news/key.json
	$(PY) -m evaluation.audit_events score docs/audit/session18/reference/judged.jsonl --key docs/audit/session18/reference/key.json
	$(PY) -m evaluation.audit_changed score docs/audit/session18/changed/judgedA.jsonl --key docs/audit/session18/changed/keyA.json
	$(PY) -m evaluation.audit_changed score docs/audit/session18/changed/judgedB.jsonl --key docs/audit/session18/changed/keyB.json
	$(PY) -m evaluation.audit_changed score docs/audit/session18/changed/judgedC.jsonl --key docs/audit/session18/changed/keyC.json
	$(PY) -m evaluation.audit_gone score docs/audit/session18/gone/judged.jsonl --key docs/audit/session18/gone/key.json
	$(PY) -m evaluation.audit_changed score docs/audit/session18/round2/judged.jsonl --key docs/audit/session18/round2/key.json
	$(PY) -m evaluation.stories_audit score docs/audit/session18/stories/aquaint/judged.jsonl --key docs/audit/session18/stories/aquaint/key.json
	$(PY) -m evaluation.stories_audit score docs/audit/session18/stories/timebank/judged.jsonl --key docs/audit/session18/stories/timebank/key.json
	$(PY) -m evaluation.stories_audit score docs/audit/session18/stories/history/judged.jsonl --key docs/audit/session18/stories/history/key.json
	$(PY) -m evaluation.stories_audit score docs/audit/session18/stories/uncategorized/judged.jsonl --key docs/audit/session18/stories/uncategorized/key.json
	$(PY) -m evaluation.audit_events score docs/audit/session19/first_people/judged.jsonl
	$(PY) -m evaluation.audit_events score docs/audit/session19/first_news/judged.jsonl
	$(PY) -m evaluation.audit_events score docs/audit/session19/first_reference/judged.jsonl
	$(PY) -m evaluation.audit_changed score docs/audit/session19/changed/judgedA.jsonl --key docs/audit/session19/changed/keyA.json
	$(PY) -m evaluation.audit_changed score docs/audit/session19/changed/judgedB.jsonl --key docs/audit/session19/changed/keyB.json
	$(PY) -m evaluation.audit_changed score docs/audit/session19/changed/judgedC.jsonl --key docs/audit/session19/changed/keyC.json
	$(PY) -m evaluation.audit_gone score docs/audit/session19/gone/judged.jsonl --key docs/audit/session19/gone/key.json
	$(PY) -m evaluation.stories_audit score docs/audit/session19/stories_aquaint/judged.jsonl --key docs/audit/session19/stories_aquaint/key.json
	$(PY) -m evaluation.audit_events score docs/audit/session20/first_hist/judged.jsonl
	$(PY) -m evaluation.audit_events score docs/audit/session20/first_philo/judged.jsonl
	$(PY) -m evaluation.audit_events score docs/audit/session20/first_news/judged.jsonl
	$(PY) -m evaluation.audit_changed score docs/audit/session20/changed/judgedB.jsonl --key docs/audit/session20/changed/keyB.json
	$(PY) -m evaluation.audit_changed score docs/audit/session20/changed/judgedAC.jsonl --key docs/audit/session20/changed/keyAC.json
	$(PY) -m evaluation.audit_gone score docs/audit/session20/gone/judged.jsonl --key docs/audit/session20/gone/key.json
	$(PY) -m evaluation.audit_changed score docs/audit/session20/post/judged.jsonl --key docs/audit/session20/post/key.json
	$(PY) -m evaluation.stories_audit score docs/audit/session20/stories_aquaint/judged.jsonl --key docs/audit/session20/stories_aquaint/key.json

clean:
	rm -rf outputs $(VENV)
