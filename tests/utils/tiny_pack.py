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
         "table", "for", "two", "great", "love", "bad", "terrible", "headphones", "wireless", "black", "sony",
         ".", ",", "!", "?", "'"]
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


def _weights(vocab, labels, word_labels, scale):
    w = np.zeros((len(vocab), len(labels)), dtype=np.float32)
    for word, label in word_labels.items():
        w[vocab.index(word), labels.index(label)] = scale
    return w


def _slow_nodes(size: int) -> tuple[list, list]:
    """Matrix products that depend on the input (so ONNX Runtime cannot fold them away): ~tens of
    milliseconds per run, for tests that need requests to stay in flight."""
    rng = np.random.default_rng(0)
    init = [numpy_helper.from_array(rng.standard_normal((size, size)).astype(np.float32) / size, "slow_m"),
            numpy_helper.from_array(np.array(0.0, np.float32), "zero")]
    nodes = [
        helper.make_node("ReduceSum", ["mask_f"], ["slow_s"], keepdims=0),
        helper.make_node("Mul", ["slow_m", "slow_s"], ["slow_a"]),
        helper.make_node("MatMul", ["slow_a", "slow_a"], ["slow_b"]),
        helper.make_node("MatMul", ["slow_b", "slow_a"], ["slow_c"]),
        helper.make_node("MatMul", ["slow_c", "slow_a"], ["slow_d"]),
        helper.make_node("ReduceSum", ["slow_d"], ["slow_e"], keepdims=0),
        helper.make_node("Mul", ["slow_e", "zero"], ["slow_zero"]),
    ]
    return init, nodes


def build_model(path: Path, sequence_heads: dict, token_heads: dict, slow: int = 0) -> None:
    """One-hot embeddings; each head is a linear map whose weights tie chosen words to labels.

    sequence_heads: {output: (labels, {word: label})}, read from the masked mean of the embeddings.
    token_heads: {output: (labels, {word: label}, default label)}, read per token.
    """
    vocab = SPECIAL + WORDS
    init = [numpy_helper.from_array(a, n) for a, n in (
        (np.eye(len(vocab), dtype=np.float32), "emb"), (np.array([2], np.int64), "axis2"),
        (np.array([1], np.int64), "axis1"), (np.array(1.0, np.float32), "one"),
    )]
    nodes = [
        helper.make_node("Gather", ["emb", "input_ids"], ["hidden"]),
        helper.make_node("Cast", ["attention_mask"], ["mask_f"], to=TensorProto.FLOAT),
        helper.make_node("Unsqueeze", ["mask_f", "axis2"], ["mask3"]),
        helper.make_node("Mul", ["hidden", "mask3"], ["masked"]),
        helper.make_node("ReduceSum", ["masked", "axis1"], ["summed"], keepdims=0),
        helper.make_node("ReduceSum", ["mask3", "axis1"], ["count"], keepdims=0),
        helper.make_node("Max", ["count", "one"], ["count1"]),
        helper.make_node("Div", ["summed", "count1"], ["pooled"]),
    ]
    outputs = []
    if slow:
        slow_init, slow_nodes = _slow_nodes(slow)
        init += slow_init
        nodes += slow_nodes
    for out, (labels, word_labels) in sequence_heads.items():
        init += [numpy_helper.from_array(_weights(vocab, labels, word_labels, 40.0), f"w_{out}")]
        if slow:  # route the slow branch into an output, adding exactly zero
            nodes += [helper.make_node("MatMul", ["pooled", f"w_{out}"], [f"{out}_fast"]),
                      helper.make_node("Add", [f"{out}_fast", "slow_zero"], [out])]
        else:
            nodes.append(helper.make_node("MatMul", ["pooled", f"w_{out}"], [out]))
        outputs.append(helper.make_tensor_value_info(out, TensorProto.FLOAT, ["batch", len(labels)]))
    for out, (labels, word_labels, default) in token_heads.items():
        bias = np.zeros(len(labels), dtype=np.float32)
        bias[labels.index(default)] = 1.0
        init += [numpy_helper.from_array(_weights(vocab, labels, word_labels, 5.0), f"w_{out}"),
                 numpy_helper.from_array(bias, f"b_{out}")]
        nodes += [helper.make_node("MatMul", ["hidden", f"w_{out}"], [f"{out}_raw"]),
                  helper.make_node("Add", [f"{out}_raw", f"b_{out}"], [out])]
        outputs.append(helper.make_tensor_value_info(out, TensorProto.FLOAT, ["batch", "seq", len(labels)]))
    graph = helper.make_graph(
        nodes, "tiny_pack",
        [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "seq"]),
         helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "seq"])],
        outputs, init,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, str(path))


SENTIMENTS = ["negative", "neutral", "positive"]
SENTIMENT_WORDS = {"great": "positive", "love": "positive", "bad": "negative", "terrible": "negative"}
KEEP_LABELS = ["drop", "keep"]
DROP_WORDS = {"the": "drop", "by": "drop", ",": "drop", "latest": "drop", "please": "drop"}

# task -> (heads for the manifest, sequence heads, token heads) of the chosen-weight graph
TASK_HEADS = {
    "intent_entity": (
        [{"name": "intent", "output": "intent_logits", "kind": "sequence", "labels": INTENTS},
         {"name": "slots", "output": "slot_logits", "kind": "token", "labels": SLOTS, "scheme": "BIO"}],
        {"intent_logits": (INTENTS, INTENT_WORDS)}, {"slot_logits": (SLOTS, SLOT_WORDS, "O")},
    ),
    "sentiment": (
        [{"name": "sentiment", "output": "sentiment_logits", "kind": "sequence", "labels": SENTIMENTS}],
        {"sentiment_logits": (SENTIMENTS, SENTIMENT_WORDS)}, {},
    ),
    "codemix_intent": (
        [{"name": "intent", "output": "intent_logits", "kind": "sequence", "labels": INTENTS}],
        {"intent_logits": (INTENTS, INTENT_WORDS)}, {},
    ),
    "title_shortening": (
        [{"name": "keep", "output": "keep_logits", "kind": "token", "labels": KEEP_LABELS, "scheme": "keep_drop"}],
        {}, {"keep_logits": (KEEP_LABELS, DROP_WORDS, "keep")},
    ),
}


def build_tiny_pack(folder: Path, name: str = "tiny", version: str = "1.0.0", max_length: int = 32,
                    context: bool = False, task: str = "intent_entity", slow: int = 0) -> Path:
    """Write a complete, loadable pack for `task` into `folder` and return it.

    `slow` > 0 adds input-dependent matrix products of that size (a pack that takes time to run).
    """
    folder.mkdir(parents=True, exist_ok=True)
    tok = build_tokenizer()
    tok.save(str(folder / "tokenizer.json"))
    heads, sequence_heads, token_heads = TASK_HEADS[task]
    build_model(folder / "model.onnx", sequence_heads, token_heads, slow)
    write_pack(folder, folder / "model.onnx", folder / "tokenizer.json", f"# {name}\nTest pack with chosen weights.\n", {
        "name": name, "version": version, "tasks": [task], "base_model": "none (hand-weighted test graph)",
        "languages": ["en"], "max_length": max_length, "inputs": ["input_ids", "attention_mask"], "context": context,
        "heads": heads, "data": {"train": "none"}, "metrics": [],
    })
    return folder


CODEMIX_INTENTS = ["IN:GET_WEATHER", "IN:PLAY_MUSIC"]
CODEMIX_WORDS = {"play": "IN:PLAY_MUSIC", "song": "IN:PLAY_MUSIC", "weather": "IN:GET_WEATHER"}


def build_tiny_multitask_pack(folder: Path, name: str = "tiny-multi") -> Path:
    """One graph with five outputs serving all four tasks; each head is scoped to its task, and the
    code-mix intent head has labels of its own (so a test can tell which head answered)."""
    folder.mkdir(parents=True, exist_ok=True)
    build_tokenizer().save(str(folder / "tokenizer.json"))
    build_model(folder / "model.onnx",
                {"intent_logits": (INTENTS, INTENT_WORDS), "codemix_logits": (CODEMIX_INTENTS, CODEMIX_WORDS),
                 "sentiment_logits": (SENTIMENTS, SENTIMENT_WORDS)},
                {"slot_logits": (SLOTS, SLOT_WORDS, "O"), "keep_logits": (KEEP_LABELS, DROP_WORDS, "keep")})
    heads = [
        {"name": "intent", "output": "intent_logits", "kind": "sequence", "labels": INTENTS, "task": "intent_entity"},
        {"name": "slots", "output": "slot_logits", "kind": "token", "labels": SLOTS, "scheme": "BIO",
         "task": "intent_entity"},
        {"name": "intent", "output": "codemix_logits", "kind": "sequence", "labels": CODEMIX_INTENTS,
         "task": "codemix_intent"},
        {"name": "sentiment", "output": "sentiment_logits", "kind": "sequence", "labels": SENTIMENTS,
         "task": "sentiment"},
        {"name": "keep", "output": "keep_logits", "kind": "token", "labels": KEEP_LABELS, "scheme": "keep_drop",
         "task": "title_shortening"},
    ]
    write_pack(folder, folder / "model.onnx", folder / "tokenizer.json", f"# {name}\nMulti-task test pack.\n", {
        "name": name, "version": "1.0.0", "tasks": ["intent_entity", "codemix_intent", "sentiment", "title_shortening"],
        "base_model": "none (hand-weighted test graph)", "languages": ["en"], "max_length": 32,
        "inputs": ["input_ids", "attention_mask"], "heads": heads, "data": {"train": "none"}, "metrics": [],
    })
    return folder
