"""Joint intent + slot model: a BERT encoder, masked mean pooling for the intent, a token slot head."""
from __future__ import annotations

import json
from pathlib import Path

import torch
from torch import nn
from transformers import AutoModel

from service.syntax.labels import DEP_VOCAB, PAD, UPOS_VOCAB


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


class SyntaxEmbeddings(nn.Module):
    """UD part-of-speech + relation embeddings, added to a token's word embedding before the
    encoder's position embeddings and LayerNorm (the Walmart recipe). Zero-initialised: training
    starts from the pre-trained encoder's exact behaviour."""

    def __init__(self, hidden: int):
        super().__init__()
        self.upos = nn.Embedding(UPOS_VOCAB, hidden, padding_idx=PAD)
        self.dep = nn.Embedding(DEP_VOCAB, hidden, padding_idx=PAD)
        nn.init.zeros_(self.upos.weight)
        nn.init.zeros_(self.dep.weight)

    def forward(self, upos_ids: torch.Tensor, dep_ids: torch.Tensor) -> torch.Tensor:
        return self.upos(upos_ids) + self.dep(dep_ids)


def encode(encoder: nn.Module, syntax: SyntaxEmbeddings | None, input_ids, attention_mask, upos_ids=None, dep_ids=None):
    """The encoder's last hidden states, with UD embeddings added when the model has them."""
    # token_type_ids default to zeros inside BertModel; the ONNX graph keeps the declared inputs.
    if syntax is None:
        return encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
    embeds = encoder.embeddings.word_embeddings(input_ids) + syntax(upos_ids, dep_ids)
    return encoder(inputs_embeds=embeds, attention_mask=attention_mask).last_hidden_state


def mean_pool(hidden: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
    # Mean pooling matches how all-MiniLM-L6-v2 and e5 were pre-trained (sentence-transformers).
    mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
    return (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)


class JointIntentSlotModel(nn.Module):
    """With `syntax`, the model reads UD features (see SyntaxEmbeddings)."""

    def __init__(self, encoder: nn.Module, n_intents: int, n_slots: int, dropout: float = 0.1, syntax: bool = False):
        super().__init__()
        self.encoder = encoder
        hidden = encoder.config.hidden_size
        self.dropout = nn.Dropout(dropout)
        self.intent_head = nn.Linear(hidden, n_intents)
        self.slot_head = nn.Linear(hidden, n_slots)
        self.syntax = SyntaxEmbeddings(hidden) if syntax else None

    @classmethod
    def from_encoder_dir(cls, encoder_dir: str, n_intents: int, n_slots: int, layers: int = 0,
                         syntax: bool = False) -> JointIntentSlotModel:
        encoder = AutoModel.from_pretrained(encoder_dir)
        if layers:
            keep_layers(encoder, layers)
        return cls(encoder, n_intents, n_slots, syntax=syntax)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, upos_ids: torch.Tensor | None = None,
                dep_ids: torch.Tensor | None = None) -> tuple[torch.Tensor, torch.Tensor]:
        hidden = encode(self.encoder, self.syntax, input_ids, attention_mask, upos_ids, dep_ids)
        pooled = mean_pool(hidden, attention_mask)
        return self.intent_head(self.dropout(pooled)), self.slot_head(self.dropout(hidden))


def load_run(run_dir: Path, layers: int | None = None) -> tuple[JointIntentSlotModel, dict]:
    """(model, checkpoint) of a training run's best checkpoint; `layers` then keeps that many
    encoder layers (a student initialised from a trained teacher)."""
    config = json.loads((run_dir / "config.json").read_text())
    model = JointIntentSlotModel.from_encoder_dir(
        config["encoder_dir"], len(config["intent_labels"]), len(config["slot_labels"]), config.get("layers", 0),
        bool(config.get("syntax")))
    checkpoint = torch.load(run_dir / "best.pt", weights_only=False, map_location="cpu")
    model.load_state_dict(checkpoint["model"])
    if layers:
        keep_layers(model.encoder, layers)
    return model, checkpoint
