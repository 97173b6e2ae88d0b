"""What every training loop shares: the optimizer's parameter groups and resumable checkpoints."""
from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import torch


def make_optimizer(model: torch.nn.Module, lr: float, head_lr: float) -> torch.optim.AdamW:
    """AdamW with the pre-trained encoder at `lr` and everything new (heads, UD embeddings) at `head_lr`."""
    new = [p for n, p in model.named_parameters() if not n.startswith("encoder.")]
    return torch.optim.AdamW(
        [{"params": [p for p in model.encoder.parameters() if p.requires_grad], "lr": lr},
         {"params": new, "lr": head_lr}],
        weight_decay=0.01,
    )


def resume(run_dir: Path, model, optimizer, scheduler) -> tuple[int, float]:
    """(first epoch to run, best validation score so far): restores last.pt when a run was interrupted."""
    last = run_dir / "last.pt"
    if not last.exists():
        return 0, -1.0
    state = torch.load(last, weights_only=False, map_location="cpu")
    model.load_state_dict(state["model"])
    optimizer.load_state_dict(state["optimizer"])
    scheduler.load_state_dict(state["scheduler"])
    random.setstate(state["rng"]["python"])
    np.random.set_state(state["rng"]["numpy"])
    torch.set_rng_state(state["rng"]["torch"])
    return state["epoch"] + 1, state["best"]


def save_last(run_dir: Path, model, optimizer, scheduler, epoch: int, best: float) -> None:
    rng = {"python": random.getstate(), "numpy": np.random.get_state(), "torch": torch.get_rng_state()}
    torch.save({"model": model.state_dict(), "optimizer": optimizer.state_dict(), "scheduler": scheduler.state_dict(),
                "epoch": epoch, "best": best, "rng": rng}, run_dir / "last.pt")
