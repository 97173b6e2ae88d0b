"""The pack loader checks every claim of the manifest and says what differs."""
import json
import shutil

import pytest

from service.errors import PackError
from service.packs import load_pack, verify_task
from service.registry import RuntimeConfig
from tests.utils.tiny_pack import build_tiny_pack

CPU = RuntimeConfig(providers=["CPUExecutionProvider"], intra_op_threads=1)


@pytest.fixture
def pack(tmp_path):
    return build_tiny_pack(tmp_path / "tiny" / "1.0.0")


def rewrite_manifest(folder, change):
    path = folder / "manifest.json"
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))


def test_loads_and_reports_provider(pack):
    loaded = load_pack(pack, CPU)
    assert loaded.backend.provider == "CPUExecutionProvider"
    assert loaded.key == "tiny@1.0.0"


def test_missing_folder(tmp_path):
    with pytest.raises(PackError, match="does not exist"):
        load_pack(tmp_path / "nope", CPU)


def test_missing_manifest(pack):
    (pack / "manifest.json").unlink()
    with pytest.raises(PackError, match="no manifest.json"):
        load_pack(pack, CPU)


def test_tampered_model_fails_hash(pack):
    with (pack / "model.onnx").open("ab") as f:
        f.write(b"\0")
    with pytest.raises(PackError, match="sha256"):
        load_pack(pack, CPU)


def test_label_count_mismatch(pack):
    rewrite_manifest(pack, lambda d: d["heads"][0]["labels"].append("Extra"))
    with pytest.raises(PackError, match="4 classes but head 'intent' lists 5 labels"):
        load_pack(pack, CPU)


def test_input_mismatch(pack):
    rewrite_manifest(pack, lambda d: d["inputs"].append("token_type_ids"))
    with pytest.raises(PackError, match="inputs"):
        load_pack(pack, CPU)


def test_unsupported_feature_input(pack):
    rewrite_manifest(pack, lambda d: d["inputs"].append("morph_ids"))
    with pytest.raises(PackError, match="cannot produce inputs"):
        load_pack(pack, CPU)


def test_missing_output(pack):
    rewrite_manifest(pack, lambda d: d["heads"][1].update(output="tags"))
    with pytest.raises(PackError, match="lacks"):
        load_pack(pack, CPU)


def test_invalid_manifest_field(pack):
    rewrite_manifest(pack, lambda d: d.update(max_length="long"))
    with pytest.raises(PackError, match="invalid manifest"):
        load_pack(pack, CPU)


def test_garbage_onnx(pack, tmp_path):
    (pack / "model.onnx").write_bytes(b"not a model")
    rewrite_manifest(pack, lambda d: d["files"].update({"model.onnx": __import__("hashlib").sha256(b"not a model").hexdigest()}))
    with pytest.raises(PackError, match="ONNX Runtime cannot load it"):
        load_pack(pack, CPU)


def test_task_needs_its_heads(pack):
    loaded = load_pack(pack, CPU)
    with pytest.raises(PackError, match="declares"):
        verify_task(pack, loaded.manifest, "sentiment")


def test_copy_of_pack_loads_from_anywhere(pack, tmp_path):
    copy = shutil.copytree(pack, tmp_path / "elsewhere")
    assert load_pack(copy, CPU).manifest.version == "1.0.0"
