"""Training checkpoints that survive SIGKILL: written to a temporary file, then ``os.replace``.

A checkpoint is a folder ``<run>/checkpoint`` holding ``state.safetensors`` (every tensor:
weights, EMA weights, optimiser moments, RNG states as uint8) and ``state.json`` (step,
loss history, anything JSON). Both files are written under temporary names in a fresh
sibling folder which then replaces the old checkpoint by rename, so a reader sees either
the previous complete checkpoint or the new complete one, never a mix. Nothing is pickled.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import torch


def save_checkpoint(folder: str | os.PathLike, tensors: dict[str, torch.Tensor],
                    meta: dict[str, Any]) -> Path:
    from safetensors.torch import save_file

    from training.artifacts import atomic_folder

    folder = Path(folder)
    with atomic_folder(folder) as tmp:
        save_file({k: v.detach().contiguous().cpu() for k, v in tensors.items()},
                  str(tmp / "state.safetensors"))
        (tmp / "state.json").write_text(json.dumps(meta), encoding="utf-8")
    return folder


def load_checkpoint(folder: str | os.PathLike) -> tuple[dict[str, torch.Tensor], dict[str, Any]]:
    """Read a checkpoint written by :func:`save_checkpoint`.

    If the process died between the two renames, the previous checkpoint is still in the
    ``.old-*`` sibling; it is used when ``folder`` itself is missing.
    """
    from safetensors.torch import load_file

    folder = Path(folder)
    if not (folder / "state.json").is_file():
        olds = sorted(folder.parent.glob(f".{folder.name}.old-*"))
        if not olds:
            raise FileNotFoundError(f"no checkpoint in {folder}")
        folder = olds[-1]
    meta = json.loads((folder / "state.json").read_text(encoding="utf-8"))
    return load_file(str(folder / "state.safetensors")), meta

