"""Where pipelines read data and write build outputs. Environment: NLU_DATA_ROOT, NLU_BUILD_DIR."""
from __future__ import annotations

from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent


class PipelineSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NLU_")

    data_root: Path = REPO_ROOT.parent / "shared" / "data"
    build_dir: Path = REPO_ROOT / "build"

    def dataset(self, name: str) -> Path:
        path = self.data_root / name
        if not path.is_dir():
            raise FileNotFoundError(
                f"dataset folder {path} not found; set NLU_DATA_ROOT to the folder holding '{name}/'"
            )
        return path
