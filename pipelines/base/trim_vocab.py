"""Trim a rebuilt e5 folder to the pieces a corpus uses: a smaller embedding matrix, same encoder.

    python -m pipelines.base.trim_vocab --src build/base/e5-small --out build/base/e5-small-trim \
        [--corpus FILE ...] [--from-data [DIR]] [--keep-single-chars] [--eval FILE ...]

Keeps the special tokens, every piece the source tokenizer produces on the corpora (one text per
line) and on e5's "query: " / "passage: " prefixes, the lowest-scoring piece (the Unigram <unk>
penalty is the vocabulary's minimum score - 10, so keeping it keeps that penalty), and with
--keep-single-chars every one-character piece (so unseen words still split into known characters
instead of <unk>). Ids are renumbered in the
original order, so <s> <pad> </s> <unk> keep 0-3; scores are unchanged.

Removing pieces that a Viterbi best path does not use leaves that path the best, so every corpus
text tokenizes to the same pieces and the encoder gives identical outputs; this is checked on the
corpora, and any change stops the run. --from-data first writes the default corpora (train / valid
/ dev splits only, never test) from the data root (NLU_DATA_ROOT) as one file per dataset and
language.
"""
from __future__ import annotations

import argparse
import csv
import json
from collections.abc import Iterator
from pathlib import Path

import torch
from tokenizers import Tokenizer
from transformers import BertModel

from pipelines.base.e5_tokenizer import SPECIAL_TOKENS, build_tokenizer
from pipelines.base.rebuild_e5 import save_tokenizer
from pipelines.config import PipelineSettings

csv.field_size_limit(1 << 24)  # MARC review bodies can be long
# e5 reads every input behind one of these prefixes; their pieces stay even if no corpus has them.
E5_PREFIXES = ("query: ", "passage: ")


def _lines(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as fh:
        yield from fh


def _xsid_texts(path: Path) -> Iterator[str]:
    for line in _lines(path):
        if line.startswith("# text = "):
            yield line[len("# text = "):]


def _tsv_column(path: Path, column: int, header: bool) -> Iterator[str]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        if header:
            next(rows)
        for row in rows:
            yield row[column]


def _marc_texts(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = csv.reader(fh)  # quoted CSV: bodies may hold commas and newlines
        if next(rows)[:2] != ["orig_train_index", "text"]:
            raise ValueError(f"{path}: unexpected MARC header")
        for row in rows:
            yield row[1]


def data_corpora(root: Path) -> dict[str, Iterator[str]]:
    """Default training corpora by name. Test splits are never read (they are for reporting)."""
    corpora: dict[str, Iterator[str]] = {"snips-train": _lines(root / "snips" / "train" / "seq.in")}
    for path in sorted((root / "xsid").glob("*.valid.conll")):
        corpora[f"xsid-{path.name.split('.')[0]}-valid"] = _xsid_texts(path)
    corpora["slurp-lm"] = _lines(root / "slurp" / "lm.txt")
    for path in sorted((root / "marc").glob("*/train.csv")):
        corpora[f"marc-{path.parent.name}-train"] = _marc_texts(path)
    for split in ("train", "validation"):
        corpora[f"hinglish-top-{split}"] = _tsv_column(root / "hinglish_top" / f"{split}.tsv", 1, header=True)
    for path in sorted((root / "fb_multilingual_tod").glob("*/*.tsv")):
        split = path.stem.split("-")[0]
        if split in ("train", "eval"):
            corpora[f"fb-tod-{path.parent.name}-{split}"] = _tsv_column(path, 2, header=False)
    return corpora


def write_data_corpora(root: Path, out_dir: Path) -> list[Path]:
    """One text per line; line breaks inside a text (MARC) become spaces."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, texts in data_corpora(root).items():
        clean = (" ".join(t.split("\n")).replace("\r", " ").strip() for t in texts)
        path = out_dir / f"{name}.txt"
        path.write_text("".join(t + "\n" for t in clean if t), encoding="utf-8")
        paths.append(path)
    return paths


def read_corpus(path: Path) -> list[str]:
    return [t for t in (line.rstrip("\n") for line in _lines(path)) if t.strip()]


def encode_all(tok: Tokenizer, texts: list[str]) -> list[list[int]]:
    return [e.ids for e in tok.encode_batch(texts, add_special_tokens=False)]


def vocab_of(tok: Tokenizer) -> list[tuple[str, float]]:
    model = json.loads(tok.to_str())["model"]
    if model["type"] != "Unigram":
        raise ValueError(f"expected a Unigram tokenizer, found {model['type']}")
    return [(piece, score) for piece, score in model["vocab"]]


def held_out_stats(full: Tokenizer, trimmed: Tokenizer, texts: list[str]) -> dict:
    """What trimming costs on text it was not built from: unknowns and texts split differently."""
    before, after = encode_all(full, texts), encode_all(trimmed, texts)
    tokens = sum(map(len, after))
    unk = sum(seq.count(trimmed.token_to_id("<unk>")) for seq in after)
    unk_full = sum(seq.count(full.token_to_id("<unk>")) for seq in before)
    resplit = sum([full.id_to_token(i) for i in a] != [trimmed.id_to_token(j) for j in b]
                  for a, b in zip(before, after))
    return {"texts": len(texts), "tokens": tokens, "unk_rate": unk / max(tokens, 1),
            "unk_rate_untrimmed": unk_full / max(sum(map(len, before)), 1),
            "texts_resplit": resplit / max(len(texts), 1)}


def pieces_to_keep(tok: Tokenizer, vocab: list[tuple[str, float]], encoded: dict[str, list[list[int]]],
                   keep_single_chars: bool) -> tuple[list[int], int]:
    """Sorted old ids to keep, and how many of them the specials, prefixes and corpora need."""
    keep = {i for i, (piece, _) in enumerate(vocab) if piece in SPECIAL_TOKENS}
    keep.update(i for ids in encoded.values() for seq in ids for i in seq)
    keep.update(i for seq in encode_all(tok, list(E5_PREFIXES)) for i in seq)
    needed = len(keep)
    if keep_single_chars:
        keep.update(i for i, (piece, _) in enumerate(vocab) if len(piece) == 1)
    keep.add(min(range(len(vocab)), key=lambda i: vocab[i][1]))  # keeps the <unk> penalty
    return sorted(keep), needed


def trimmed_model(src: Path, kept: list[int]) -> tuple[BertModel, int]:
    """The source encoder with only the kept embedding rows, and its parameter count before."""
    model = BertModel.from_pretrained(src, add_pooling_layer=False).eval()
    before = model.num_parameters()
    old = model.get_input_embeddings().weight.detach()
    new_id = {old_id: i for i, old_id in enumerate(kept)}
    emb = torch.nn.Embedding(len(kept), old.shape[1], padding_idx=new_id[model.config.pad_token_id])
    with torch.no_grad():
        emb.weight.copy_(old[torch.tensor(kept)])
    model.set_input_embeddings(emb)
    model.config.vocab_size = len(kept)
    for field in ("pad_token_id", "bos_token_id", "eos_token_id"):
        setattr(model.config, field, new_id[getattr(model.config, field)])
    return model, before


def trim(src: Path, out: Path, corpora: list[Path], keep_single_chars: bool, evals: list[Path] = ()) -> dict:
    tok = Tokenizer.from_file(str(src / "tokenizer.json"))
    vocab = vocab_of(tok)
    texts = {path.stem: read_corpus(path) for path in corpora}
    encoded = {name: encode_all(tok, t) for name, t in texts.items()}
    kept, needed = pieces_to_keep(tok, vocab, encoded, keep_single_chars)

    new_tok = build_tokenizer([vocab[i] for i in kept], tok.normalizer)
    changed = {name: sum(a != [kept[j] for j in b] for a, b in zip(ids, encode_all(new_tok, texts[name])))
               for name, ids in encoded.items()}
    if any(changed.values()):
        raise RuntimeError(f"trimmed tokenizer splits corpus texts differently (texts per corpus): {changed}")

    model, before = trimmed_model(src, kept)
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out)
    save_tokenizer(new_tok, out, model.config.max_position_embeddings)

    n_word, unk = model.get_input_embeddings().weight.numel(), tok.token_to_id("<unk>")
    report = {
        "source": str(src), "keep_single_chars": keep_single_chars,
        "pieces": {"before": len(vocab), "needed": needed, "kept": len(kept)},
        "parameters": {"before": before, "after": model.num_parameters(),
                       "word_embeddings": n_word, "rest": model.num_parameters() - n_word},
        # The corpora tokenize identically before and after trimming (checked above): one rate each.
        "corpora": {name: {"texts": len(ids), "tokens": sum(map(len, ids)), "unk": sum(s.count(unk) for s in ids)}
                    for name, ids in encoded.items()},
        "held_out": {path.stem: held_out_stats(tok, new_tok, read_corpus(path)) for path in evals},
    }
    for stats in report["corpora"].values():
        stats["unk_rate"] = stats["unk"] / max(stats["tokens"], 1)
    (out / "trim_report.json").write_text(json.dumps(report, indent=2) + "\n")
    return report


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--src", type=Path, required=True, help="folder written by pipelines.base.rebuild_e5")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--corpus", type=Path, action="append", default=[], help="text file, one text a line")
    parser.add_argument("--from-data", type=Path, nargs="?", const=PipelineSettings().build_dir / "base" / "corpora",
                        default=None, metavar="DIR",
                        help="write the default corpora from the data root into DIR and use them "
                             "(default DIR: build/base/corpora)")
    parser.add_argument("--keep-single-chars", action="store_true", help="also keep every one-character piece")
    parser.add_argument("--eval", type=Path, action="append", default=[],
                        help="held-out text file (one text a line) to report unknowns and re-split texts on")
    args = parser.parse_args(argv)
    corpora = list(args.corpus)
    if args.from_data is not None:
        corpora += write_data_corpora(PipelineSettings().data_root, args.from_data)
    if not corpora:
        parser.error("give at least one --corpus FILE or --from-data")
    report = trim(args.src, args.out, corpora, args.keep_single_chars, args.eval)
    pieces, params = report["pieces"], report["parameters"]
    print(f"kept {pieces['kept']:,} of {pieces['before']:,} pieces ({pieces['needed']:,} needed by "
          f"the specials, prefixes and corpora); parameters {params['before']:,} -> {params['after']:,} "
          f"({params['word_embeddings']:,} word embeddings, {params['rest']:,} rest)")
    for name, stats in report["corpora"].items():
        print(f"  {name:28s} {stats['texts']:7,d} texts {stats['tokens']:9,d} tokens  unk {stats['unk_rate']:.4%}")
    for name, stats in report["held_out"].items():
        print(f"  held out {name:19s} {stats['texts']:7,d} texts  unk {stats['unk_rate']:.3%} "
              f"(untrimmed {stats['unk_rate_untrimmed']:.3%}), texts split differently {stats['texts_resplit']:.2%}")


if __name__ == "__main__":
    main()
