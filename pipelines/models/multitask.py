"""One encoder, one head per task output: the multi-task model whose single ONNX file serves intent +
entities, code-mixed intent, sentiment and title shortening in one forward pass."""
from __future__ import annotations

import json
from pathlib import Path

import torch
from torch import nn
from transformers import AutoModel

from .joint import SyntaxEmbeddings, encode, keep_layers, mean_pool


class MultiTaskModel(nn.Module):
    """`heads`: ONNX output name -> (kind, label count); "sequence" heads read the masked mean of the
    encoder states, "token" heads every token. forward returns the outputs in `heads` order."""

    def __init__(self, encoder: nn.Module, heads: dict[str, tuple[str, int]], dropout: float = 0.1,
                 syntax: bool = False):
        super().__init__()
        self.encoder = encoder
        hidden = encoder.config.hidden_size
        self.dropout = nn.Dropout(dropout)
        self.kinds = {name: kind for name, (kind, _) in heads.items()}
        self.heads = nn.ModuleDict({name: nn.Linear(hidden, n) for name, (_, n) in heads.items()})
        self.syntax = SyntaxEmbeddings(hidden) if syntax else None

    @property
    def output_names(self) -> list[str]:
        return list(self.heads)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, upos_ids: torch.Tensor | None = None,
                dep_ids: torch.Tensor | None = None) -> tuple[torch.Tensor, ...]:
        hidden = encode(self.encoder, self.syntax, input_ids, attention_mask, upos_ids, dep_ids)
        pooled = self.dropout(mean_pool(hidden, attention_mask))
        tokens = self.dropout(hidden)
        return tuple(head(pooled if self.kinds[name] == "sequence" else tokens) for name, head in self.heads.items())


class TaskView(nn.Module):
    """One task's (sequence logits, token logits) from a multi-task model, the pair the joint
    intent/slot training and evaluation code reads; a missing head reads as one constant class."""

    def __init__(self, model: MultiTaskModel, sequence: str | None, token: str | None):
        super().__init__()
        self.model = model
        self.sequence, self.token = sequence, token

    def forward(self, **inputs) -> tuple[torch.Tensor, torch.Tensor]:
        out = dict(zip(self.model.output_names, self.model(**inputs)))
        ids = inputs["input_ids"]
        seq = out[self.sequence] if self.sequence else torch.zeros(ids.shape[0], 1)
        tok = out[self.token] if self.token else torch.zeros(*ids.shape, 1)
        return seq, tok


def build(config: dict) -> MultiTaskModel:
    encoder = AutoModel.from_pretrained(config["encoder_dir"])
    if config.get("layers"):
        keep_layers(encoder, config["layers"])
    heads = {name: (kind, len(labels)) for name, (kind, labels) in config["heads"].items()}
    return MultiTaskModel(encoder, heads, syntax=bool(config.get("syntax")))


def load_multitask_run(run_dir: Path) -> tuple[MultiTaskModel, dict, dict]:
    """(model, run config, best checkpoint) of a multi-task training run."""
    config = json.loads((run_dir / "config.json").read_text())
    model = build(config)
    checkpoint = torch.load(run_dir / "best.pt", weights_only=False, map_location="cpu")
    model.load_state_dict(checkpoint["model"])
    return model, config, checkpoint
