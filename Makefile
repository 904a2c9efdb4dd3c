# bullmq-rules: `make demo` scans the bundled example service, `make test` runs every test.
SHELL := /bin/bash
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
NPM ?= npm
# The test cases are type-checked against the real libraries, installed from typecheck/package-lock.json.
TC := typecheck
TC_STAMP := $(TC)/node_modules/.installed-from-lock
TSC_PROJECTS := tsconfig.json tsconfig.js.json tsconfig.v5.json tsconfig.v5.js.json
# Microsoft's SARIF validator (a self-contained binary in an npm package), for the SARIF tests.
SARIF_DIR := tools/sarif-validator
SARIF_STAMP := $(SARIF_DIR)/node_modules/.installed
# semgrep hangs ~100 s per call offline unless the version check is off.
export SEMGREP_ENABLE_VERSION_CHECK = 0
export SEMGREP_SEND_METRICS = off

.PHONY: install generate check test rules-test typecheck demo bundle dist sarif-validator clean bench field

$(BIN)/bullmq-rules: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

install: $(BIN)/bullmq-rules

generate: install  ## regenerate generated-rules/ from rules-src/
	$(BIN)/bullmq-rules generate

check: install  ## fail if generated-rules/ is stale
	$(BIN)/bullmq-rules generate --check

rules-test: install  ## semgrep --test over test-cases/, pass/fail per rule
	$(BIN)/bullmq-rules test

# npm ci only when node_modules is missing or package.json / the lock changed. No install scripts:
# the type check needs declarations only, not native builds.
$(TC_STAMP): $(TC)/package.json $(TC)/package-lock.json
	$(NPM) ci --prefix $(TC) --ignore-scripts --no-audit --no-fund
	touch $@

# tsc over every project; errors in typecheck/cases/ and cases-audit/ (symlinks) are printed as
# test-cases/ and test-cases-audit/ paths.
typecheck: $(TC_STAMP)  ## type-check test-cases/ against the real libraries (v5 for *.v5.* cases)
	@status=0; for project in $(TSC_PROJECTS); do \
	  echo "tsc -p $(TC)/$$project"; \
	  $(TC)/node_modules/.bin/tsc -p $(TC)/$$project --pretty false | sed -e 's#^$(TC)/cases/#test-cases/#' -e 's#^$(TC)/cases-audit/#test-cases-audit/#'; \
	  [ "$${PIPESTATUS[0]}" -eq 0 ] || status=1; \
	done; \
	if [ $$status -ne 0 ]; then echo "typecheck: type errors in test-cases/ (see above)" >&2; fi; \
	exit $$status

test: install typecheck sarif-validator  ## every test: type check of the cases, generator, rules, scan, packaging
	$(BIN)/pytest -q

$(SARIF_STAMP): $(SARIF_DIR)/package.json $(SARIF_DIR)/package-lock.json
	cd $(SARIF_DIR) && npm ci --no-audit --no-fund --loglevel=error
	chmod u+x "$$(cd $(SARIF_DIR) && node -p "require('@microsoft/sarif-multitool')")"
	touch $@

sarif-validator: $(SARIF_STAMP)  ## install sarif-multitool from tools/sarif-validator/package-lock.json

bundle: install  ## dist/bullmq-rules.yaml: every rule in one file (semgrep --config dist/bullmq-rules.yaml)
	$(BIN)/bullmq-rules bundle --out dist/bullmq-rules.yaml

dist: bundle  ## wheel and sdist (rules included) plus the single-file bundle, all in dist/
	$(BIN)/python -m build --no-isolation --outdir dist .

# The example is flawed on purpose: findings (scan's exit 1) are the expected result here.
demo: install  ## scan the deliberately flawed example service with the pack
	$(BIN)/bullmq-rules scan examples/ --report examples/review.md || [ $$? -eq 1 ]
	@echo "the review in the checklist's format: examples/review.md"

clean:
	rm -rf $(VENV) .pytest_cache dist build $(TC)/node_modules $(SARIF_DIR)/node_modules

bench: install  ## time the pack against the parsing floor on a 300k-line synthetic corpus
	$(BIN)/python -m measure.bench

field: install  ## findings per rule on real checkouts: make field REPOS="dir1 dir2" [VERDICTS=file.json]
	$(BIN)/python -m measure.field $(REPOS) $(if $(VERDICTS),--verdicts $(VERDICTS))
