"""Knowledge distillation helpers: precompute a teacher's soft logits once,
and the temperature-scaled KL loss the student adds to its gold-label loss.
"""
from __future__ import annotations

import torch
import torch.nn.functional as F
from tqdm import tqdm


@torch.no_grad()
def teacher_logits(teacher, encoded, collate, batch_size: int = 64,
                   device: str = "cpu") -> list[tuple[torch.Tensor, torch.Tensor]]:
    """Per example: (intent logits [I], slot logits [T, S]) of the teacher, in eval mode, kept on the CPU."""
    teacher.eval()
    out = []
    for start in tqdm(range(0, len(encoded), batch_size), desc="teacher logits"):
        batch = encoded[start : start + batch_size]
        inputs, _, _ = collate(batch)
        intent, slots = (t.float().cpu() for t in teacher(**{k: v.to(device) for k, v in inputs.items()}))
        for i, e in enumerate(batch):
            out.append((intent[i].clone(), slots[i, : e.features.length].clone()))
    return out


def mean_logits(per_teacher: list[list[tuple[torch.Tensor, torch.Tensor]]]) -> list[tuple[torch.Tensor, torch.Tensor]]:
    """An ensemble of teachers as one: per example, the mean of their intent and of their slot logits."""
    if len(per_teacher) == 1:
        return per_teacher[0]
    return [(torch.stack([t[0] for t in rows]).mean(0), torch.stack([t[1] for t in rows]).mean(0))
            for rows in zip(*per_teacher)]


def stack_teacher(batch_logits, longest: int) -> tuple[torch.Tensor, torch.Tensor]:
    intent = torch.stack([t[0] for t in batch_logits])
    slots = torch.zeros(len(batch_logits), longest, batch_logits[0][1].shape[-1])
    for i, (_, s) in enumerate(batch_logits):
        slots[i, : s.shape[0]] = s
    return intent, slots


def kd_loss(student: torch.Tensor, teacher: torch.Tensor, temperature: float, mask: torch.Tensor | None = None):
    """T² · KL(teacher_T ‖ student_T), averaged over the rows that `mask` keeps."""
    log_p = F.log_softmax(student / temperature, dim=-1)
    q = F.softmax(teacher / temperature, dim=-1)
    per_row = F.kl_div(log_p, q, reduction="none").sum(-1)
    if mask is not None:
        per_row = per_row[mask]
    return per_row.mean() * temperature**2
