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
import shutil
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
    # leftovers of runs killed mid-save (other process ids) are older than this checkpoint
    for stale in folder.parent.glob(f".{folder.name}.*"):
        if stale.is_dir() and (".old-" in stale.name or ".tmp-" in stale.name):
            shutil.rmtree(stale, ignore_errors=True)
    return folder


def load_checkpoint(folder: str | os.PathLike) -> tuple[dict[str, torch.Tensor], dict[str, Any]]:
    """Read a checkpoint written by :func:`save_checkpoint`.

    If the process died between the two renames, the previous checkpoint is still in the
    ``.old-*`` sibling; it is used when ``folder`` itself is missing.
    """
    from safetensors.torch import load_file

    folder = Path(folder)
    if not (folder / "state.json").is_file():
        olds = [d for d in folder.parent.glob(f".{folder.name}.old-*")
                if (d / "state.json").is_file()]
        if not olds:
            raise FileNotFoundError(f"no checkpoint in {folder}")
        folder = max(olds, key=lambda d: (d / "state.json").stat().st_mtime)  # the newest
    meta = json.loads((folder / "state.json").read_text(encoding="utf-8"))
    return load_file(str(folder / "state.safetensors")), meta



# -- helpers every trainer uses to describe its state ---------------------------------------
def prefixed(prefix: str, state: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """``{prefix.name: tensor}`` for a module's ``state_dict()``."""
    return {f"{prefix}.{k}": v for k, v in state.items()}


def unprefixed(prefix: str, tensors: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    n = len(prefix) + 1
    return {k[n:]: v for k, v in tensors.items() if k.startswith(prefix + ".")}


def optimizer_state(opt, prefix: str = "opt") -> tuple[dict[str, torch.Tensor], int]:
    """The moments of a :class:`training.optim.CosineAdam` as tensors, and its step count."""
    st = opt.state_dict()
    tensors = {f"{prefix}.m.{i}": m for i, m in enumerate(st["m"])}
    tensors.update({f"{prefix}.v.{i}": v for i, v in enumerate(st["v"])})
    return tensors, int(st["t"])


def load_optimizer_state(opt, tensors: dict[str, torch.Tensor], t: int,
                         prefix: str = "opt") -> None:
    n = len(opt.m)
    opt.load_state_dict({"t": t, "m": [tensors[f"{prefix}.m.{i}"] for i in range(n)],
                         "v": [tensors[f"{prefix}.v.{i}"] for i in range(n)]})


class RecipeMismatch(ValueError):
    pass


def run_resumable(trainer, folder: str | os.PathLike | None, every: int = 0,
                  resume: bool = False, recipe: str | None = None, save: bool = True,
                  log=None) -> None:
    """Drive ``trainer`` to the end, checkpointing every ``every`` units (steps or epochs).

    The trainer is any object with ``done``, ``progress`` (units completed), ``unit``
    ("step" / "epoch"), ``step(n)``, ``state() -> (tensors, meta)`` and
    ``load_state(tensors, meta)``: the loop knows nothing of flows, VAEs or denoisers.
    With ``resume``, the last checkpoint in ``folder`` is loaded first (a checkpoint made by
    another recipe is refused: its weights would not fit or would mean something else).
    ``save=False`` (non-zero ranks under torchrun) trains without writing.
    """
    import sys

    log = log or (lambda msg: print(msg, file=sys.stderr, flush=True))
    trainer.checkpoint_written = None  # where this run saved its last checkpoint, if it did
    if resume and folder is not None:
        try:
            tensors, meta = load_checkpoint(folder)
        except FileNotFoundError:
            log(f"no checkpoint in {folder}; starting from scratch")
        else:
            made_by = meta.get("recipe")
            if recipe and made_by and made_by != recipe:
                raise RecipeMismatch(
                    f"the checkpoint in {folder} belongs to another recipe:\n  {made_by}\n"
                    f"not\n  {recipe}\n(use another --run-dir, or drop --resume)")
            trainer.load_state(tensors, meta)
            log(f"resumed from {trainer.unit} {trainer.progress}")
    _ranks_agree(trainer.progress)
    while not trainer.done:
        trainer.step(1)
        if save and folder is not None and every and (
                trainer.progress % every == 0 or trainer.done):
            tensors, meta = trainer.state()
            if recipe:
                meta = {**meta, "recipe": recipe}
            save_checkpoint(folder, tensors, meta)
            trainer.checkpoint_written = (Path(folder), trainer.progress)


def _ranks_agree(progress: int) -> None:
    """Under torchrun every process must start from the same step: on several machines
    the run folder must be one they all see (rank 0 alone writes checkpoints)."""
    if not (torch.distributed.is_available() and torch.distributed.is_initialized()):
        return
    t = torch.tensor([progress, -progress], dtype=torch.int64)
    torch.distributed.all_reduce(t, op=torch.distributed.ReduceOp.MAX)
    if int(t[0]) != -int(t[1]):
        raise ValueError(
            f"the processes resumed from different points ({-int(t[1])} to {int(t[0])}): "
            "with several machines, --run-dir must be on a file system they all share")
