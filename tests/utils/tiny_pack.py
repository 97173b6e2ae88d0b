"""A tiny but real intent/slot pack: a hand-weighted ONNX graph and a WordPiece tokenizer.

The weights are chosen, not trained, so the answers are known: "play" -> PlayMusic,
"weather" -> GetWeather, "adele"/"taylor swift" -> artist, "spotify" -> service, etc.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper
from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, processors

from pipelines.pack_writer import write_pack

SPECIAL = ["[PAD]", "[UNK]", "[CLS]", "[SEP]"]
WORDS = ["play", "the", "latest", "song", "by", "adele", "on", "spotify", "weather", "in", "paris", "taylor", "swift",
         "what", "is", "some", "music", "tomorrow", "please", "add", "to", "my", "playlist", "##s", "book", "a",
         "table", "for", "two", ".", ",", "!", "?", "'"]
INTENTS = ["AddToPlaylist", "BookRestaurant", "GetWeather", "PlayMusic"]
SLOT_TYPES = ["artist", "city", "party_size_number", "service", "timeRange"]
SLOTS = ["O"] + [f"{p}-{t}" for t in SLOT_TYPES for p in ("B", "I")]
INTENT_WORDS = {"play": "PlayMusic", "song": "PlayMusic", "music": "PlayMusic", "weather": "GetWeather",
                "add": "AddToPlaylist", "playlist": "AddToPlaylist", "book": "BookRestaurant", "table": "BookRestaurant"}
SLOT_WORDS = {"adele": "B-artist", "taylor": "B-artist", "swift": "I-artist", "spotify": "B-service",
              "paris": "B-city", "tomorrow": "B-timeRange", "two": "B-party_size_number"}


def build_tokenizer() -> Tokenizer:
    vocab = {w: i for i, w in enumerate(SPECIAL + WORDS)}
    tok = Tokenizer(models.WordPiece(vocab, unk_token="[UNK]", max_input_chars_per_word=100))
    tok.normalizer = normalizers.BertNormalizer(lowercase=True)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.decoder = decoders.WordPiece()
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B:1 [SEP]:1", special_tokens=[("[CLS]", 2), ("[SEP]", 3)]
    )
    return tok


def build_model(path: Path, vocab_size: int, intents=INTENTS, slots=SLOTS) -> None:
    vocab = SPECIAL + WORDS
    emb = np.eye(vocab_size, dtype=np.float32)  # one dimension per vocabulary entry
    w_intent = np.zeros((vocab_size, len(intents)), dtype=np.float32)
    w_slot = np.zeros((vocab_size, len(slots)), dtype=np.float32)
    b_slot = np.zeros(len(slots), dtype=np.float32)
    b_slot[0] = 1.0  # default: O
    for word, intent in INTENT_WORDS.items():
        if intent in intents:
            w_intent[vocab.index(word), intents.index(intent)] = 40.0
    for word, tag in SLOT_WORDS.items():
        if tag in slots:
            w_slot[vocab.index(word), slots.index(tag)] = 5.0
    init = [numpy_helper.from_array(a, n) for a, n in (
        (emb, "emb"), (w_intent, "w_intent"), (np.zeros(len(intents), np.float32), "b_intent"),
        (w_slot, "w_slot"), (b_slot, "b_slot"), (np.array([2], np.int64), "axis2"), (np.array([1], np.int64), "axis1"),
        (np.array(1.0, np.float32), "one"),
    )]
    nodes = [
        helper.make_node("Gather", ["emb", "input_ids"], ["hidden"]),
        helper.make_node("MatMul", ["hidden", "w_slot"], ["slot_raw"]),
        helper.make_node("Add", ["slot_raw", "b_slot"], ["slot_logits"]),
        helper.make_node("Cast", ["attention_mask"], ["mask_f"], to=TensorProto.FLOAT),
        helper.make_node("Unsqueeze", ["mask_f", "axis2"], ["mask3"]),
        helper.make_node("Mul", ["hidden", "mask3"], ["masked"]),
        helper.make_node("ReduceSum", ["masked", "axis1"], ["summed"], keepdims=0),
        helper.make_node("ReduceSum", ["mask3", "axis1"], ["count"], keepdims=0),
        helper.make_node("Max", ["count", "one"], ["count1"]),
        helper.make_node("Div", ["summed", "count1"], ["pooled"]),
        helper.make_node("MatMul", ["pooled", "w_intent"], ["intent_raw"]),
        helper.make_node("Add", ["intent_raw", "b_intent"], ["intent_logits"]),
    ]
    graph = helper.make_graph(
        nodes, "tiny_intent_slot",
        [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "seq"]),
         helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "seq"])],
        [helper.make_tensor_value_info("intent_logits", TensorProto.FLOAT, ["batch", len(intents)]),
         helper.make_tensor_value_info("slot_logits", TensorProto.FLOAT, ["batch", "seq", len(slots)])],
        init,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, str(path))


def build_tiny_pack(folder: Path, name: str = "tiny", version: str = "1.0.0", max_length: int = 32,
                    context: bool = False) -> Path:
    """Write a complete, loadable intent_entity pack into `folder` and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    tok = build_tokenizer()
    tok.save(str(folder / "tokenizer.json"))
    build_model(folder / "model.onnx", tok.get_vocab_size())
    write_pack(folder, folder / "model.onnx", folder / "tokenizer.json", f"# {name}\nTest pack with chosen weights.\n", {
        "name": name, "version": version, "tasks": ["intent_entity"], "base_model": "none (hand-weighted test graph)",
        "languages": ["en"], "max_length": max_length, "inputs": ["input_ids", "attention_mask"], "context": context,
        "heads": [
            {"name": "intent", "output": "intent_logits", "kind": "sequence", "labels": INTENTS},
            {"name": "slots", "output": "slot_logits", "kind": "token", "labels": SLOTS, "scheme": "BIO"},
        ],
        "data": {"train": "none"}, "metrics": [],
    })
    return folder
