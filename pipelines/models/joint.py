"""Joint intent + slot model: a BERT encoder, masked mean pooling for the intent, a token slot head."""
from __future__ import annotations

import json
from pathlib import Path

import torch
from torch import nn
from transformers import AutoModel


def keep_layers(encoder: nn.Module, count: int) -> None:
    """Keep `count` evenly spaced layers, the last one included (DistilBERT-style student init)."""
    layers = encoder.encoder.layer
    total = len(layers)
    if not 0 < count <= total:
        raise ValueError(f"cannot keep {count} of {total} layers")
    step = total / count
    keep = [round(step * (i + 1)) - 1 for i in range(count)]
    encoder.encoder.layer = nn.ModuleList(layers[i] for i in keep)
    encoder.config.num_hidden_layers = count


class JointIntentSlotModel(nn.Module):
    def __init__(self, encoder: nn.Module, n_intents: int, n_slots: int, dropout: float = 0.1):
        super().__init__()
        self.encoder = encoder
        hidden = encoder.config.hidden_size
        self.dropout = nn.Dropout(dropout)
        self.intent_head = nn.Linear(hidden, n_intents)
        self.slot_head = nn.Linear(hidden, n_slots)

    @classmethod
    def from_encoder_dir(cls, encoder_dir: str, n_intents: int, n_slots: int, layers: int = 0) -> "JointIntentSlotModel":
        encoder = AutoModel.from_pretrained(encoder_dir)
        if layers:
            keep_layers(encoder, layers)
        return cls(encoder, n_intents, n_slots)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        # token_type_ids default to zeros inside BertModel; the ONNX graph keeps the two declared inputs.
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        # Mean pooling matches how all-MiniLM-L6-v2 was pre-trained (sentence-transformers).
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        return self.intent_head(self.dropout(pooled)), self.slot_head(self.dropout(hidden))


def load_run(run_dir: Path, layers: int | None = None) -> tuple[JointIntentSlotModel, dict]:
    """(model, checkpoint) of a training run's best checkpoint; `layers` then keeps that many
    encoder layers (a student initialised from a trained teacher)."""
    config = json.loads((run_dir / "config.json").read_text())
    model = JointIntentSlotModel.from_encoder_dir(
        config["encoder_dir"], len(config["intent_labels"]), len(config["slot_labels"]), config.get("layers", 0))
    checkpoint = torch.load(run_dir / "best.pt", weights_only=False)
    model.load_state_dict(checkpoint["model"])
    if layers:
        keep_layers(model.encoder, layers)
    return model, checkpoint
