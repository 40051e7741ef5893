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
# stories on AQUAINT's labelled pairs; who took part on WikiEvents; every judged audit in docs/audit/
# (evaluation.audit_scores walks the folders; the WikiGold line scores the rows no helper read).
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
	$(PY) -m evaluation.audit_scores
	$(PY) -m evaluation.audit_events score docs/audit/session11/wikigold/judged.jsonl --key docs/audit/session11/wikigold/key.json \
		--leave-out docs/audit/session11/helper_seen.jsonl

clean:
	rm -rf outputs $(VENV)
