# bullmq-rules: `make demo` scans the bundled example service, `make test` runs every test.
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
# semgrep hangs ~100 s per call offline unless the version check is off.
export SEMGREP_ENABLE_VERSION_CHECK = 0
export SEMGREP_SEND_METRICS = off

.PHONY: install generate check test rules-test demo clean bench

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

test: install  ## every test: generator, stale check, rule test cases
	$(BIN)/pytest -q

demo: install  ## scan the deliberately flawed example service with the pack
	$(BIN)/semgrep scan --metrics=off --config generated-rules/ examples/

clean:
	rm -rf $(VENV) .pytest_cache

bench: install  ## time the pack against the parsing floor on a 300k-line synthetic corpus
	$(BIN)/python -m bench.run
