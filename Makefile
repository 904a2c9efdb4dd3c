# bullmq-rules: `make demo` scans the bundled example service, `make test` runs every test.
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
# Microsoft's SARIF validator (a self-contained binary in an npm package), for the SARIF tests.
SARIF_DIR := tools/sarif-validator
SARIF_STAMP := $(SARIF_DIR)/node_modules/.installed
# semgrep hangs ~100 s per call offline unless the version check is off.
export SEMGREP_ENABLE_VERSION_CHECK = 0
export SEMGREP_SEND_METRICS = off

.PHONY: install generate check test rules-test demo bundle dist sarif-validator clean

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

test: install sarif-validator  ## every test: generator, stale check, rule test cases, scan, packaging
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

demo: install  ## scan the deliberately flawed example service with the pack
	$(BIN)/semgrep scan --metrics=off --config generated-rules/ examples/

clean:
	rm -rf $(VENV) .pytest_cache dist build $(SARIF_DIR)/node_modules
