"""What every training recipe shares when it runs (:mod:`training.cli`): the progress
reporter (a tqdm bar, JSON lines with ``--log-json``, or nothing), the device choice,
torchrun set-up, checkpoints and resume through :func:`training.checkpoint.run_resumable`,
the non-finite-loss stop, and the platform facts a card records.
"""

from __future__ import annotations

import json
import os
import platform
import sys
import time
from pathlib import Path

import numpy as np

from training.recipe_base import IMAGE_SETS, Recipe

class Progress:
    """The one progress callback of every recipe: a tqdm bar with the loss and throughput
    on a terminal, one JSON line per event with ``--log-json`` (what the app's Train…
    dialog plots), nothing otherwise."""

    def __init__(self, total: int, unit: str, log_json: bool, enabled: bool = True) -> None:
        self.total, self.unit, self.log_json = total, unit, log_json and enabled
        self.bar = None
        self.t0 = time.perf_counter()
        if enabled and not log_json and sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit=unit, dynamic_ncols=True)

    def __call__(self, done: int, **values) -> None:
        if self.log_json:
            print(json.dumps({self.unit: done, "total": self.total, **values}), flush=True)
        elif self.bar is not None:
            self.bar.update(done - self.bar.n)
            self.bar.set_postfix({k: f"{v:.4g}" for k, v in values.items()
                                  if isinstance(v, float)})
            if done >= self.total:
                self.close()

    def event(self, ev) -> None:
        """Report a :class:`training.events.TrainEvent` (every trainer's callback)."""
        self(ev.step, **ev.progress_values())

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def choose_device(cfg: Recipe, gpu_capable: bool):
    """``--device`` → a torch.device, or a clear error."""
    import torch

    want = cfg.device
    if want == "cuda" and not gpu_capable:
        raise ValueError(f"--device cuda: the {cfg.name} recipe trains small models on the "
                         "CPU (a GPU would not make it faster); use --device cpu or auto")
    has_cuda = torch.cuda.is_available()
    if want == "cuda" and not has_cuda:
        raise ValueError(f"--device cuda: this torch ({torch.__version__}) sees no CUDA "
                         "device; use --device cpu or auto")
    if want == "auto":
        want = "cuda" if (has_cuda and gpu_capable) else "cpu"
    if want == "cuda":
        local = int(os.environ.get("LOCAL_RANK", "0"))
        torch.cuda.set_device(local)
        return torch.device("cuda", local)
    return torch.device("cpu")


def device_label(device) -> str:
    import torch

    if device.type == "cuda":
        return f"cuda ({torch.cuda.get_device_name(device)})"
    return "cpu"


def init_distributed(device) -> tuple[int, int] | None:
    """Under torchrun (WORLD_SIZE > 1): join the process group — nccl on GPUs, gloo on the
    CPU — and return (rank, world size); otherwise None. Multi-node runs take torchrun's
    rendezvous options (``--nnodes``, ``--rdzv-endpoint`` …); nothing here changes."""
    import torch

    world = int(os.environ.get("WORLD_SIZE", "1"))
    if world <= 1:
        return None
    if not torch.distributed.is_initialized():
        torch.distributed.init_process_group("nccl" if device.type == "cuda" else "gloo")
    global _JOINED
    _JOINED = True
    return torch.distributed.get_rank(), torch.distributed.get_world_size()


#: whether this process joined a process group (it stays True after destroy_process_group)
_JOINED = False


def end_process(code: int) -> None:
    """Leave ``python -m training`` with ``code``. A process that joined a process group
    ends with ``os._exit`` once its output is flushed: destroy_process_group leaves the
    backend's threads running (gloo's TCP loop and two workers, held by references that
    DistributedDataParallel never releases — measured on torch 2.13), and an interpreter
    tearing down around live C++ threads can abort ("terminate called without an active
    exception", seen on a worker rank in CI). The artifact and the card are written and
    closed before this point; nothing is left for the teardown to do."""
    if _JOINED:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    raise SystemExit(code)


def run_main(main) -> None:
    """``python -m training``: ``main()``'s status through :func:`end_process`. In a process
    that joined a process group, an exception that escapes ``main`` is printed and ends the
    process with status 1 the same way (the teardown could turn the traceback into an
    abort); elsewhere it propagates as usual."""
    try:
        code = main()
    except Exception:
        if not _JOINED:
            raise
        import traceback

        traceback.print_exc()
        code = 1
    end_process(code)


def refuse_torchrun(cfg: Recipe) -> None:
    if int(os.environ.get("WORLD_SIZE", "1")) > 1:
        raise ValueError(f"the {cfg.name} recipe trains in one process (it takes minutes on a "
                         "CPU); run it without torchrun — data-parallel training is for the "
                         "diffusion, GAN and PixelCNN recipes")


def checkpoint_dir(cfg: Recipe) -> Path | None:
    if not (cfg.checkpoint_every or cfg.resume):
        return None
    return Path(cfg.run_dir or f"runs/{Path(cfg.out).name}") / "checkpoint"


class TrainingStopped(RuntimeError):
    """The loss became NaN or infinite (exit status 3)."""


def run_training(cfg: Recipe, trainer, save: bool = True) -> None:
    """Run a trainer to the end with the recipe's checkpoint options."""
    from training.checkpoint import run_resumable

    folder = checkpoint_dir(cfg)
    try:
        run_resumable(trainer, folder, cfg.checkpoint_every, cfg.resume,
                      recipe=cfg.command(), save=save)
    except FloatingPointError as e:  # includes the diffusion trainer's NonFiniteLoss
        written = getattr(trainer, "checkpoint_written", None)
        kept = (f"the last good checkpoint ({trainer.unit} {written[1]}) is in {written[0]}; "
                "resuming it repeats the same run, so change the recipe (a lower --lr, say) "
                "and start over with a new --run-dir" if written
                else "this run wrote no checkpoint")
        raise TrainingStopped(f"{e}; training stopped, nothing saved; {kept}") from e


def platform_facts(cfg: Recipe, device) -> dict:
    import torch

    from training.precision import cpu_signature

    # the load average says whether the time was measured on a shared machine (other jobs
    # on the same cores can make a run several times slower)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    return {"device": device_label(device), "threads": cfg.threads, "host": platform.machine(),
            "cpu": cpu_signature(), "cores": os.cpu_count(),
            "load_average_1min": None if load is None else round(load, 2),
            "torch": torch.__version__, "numpy": np.__version__}


def print_saved(out: Path, metrics: dict, log_json: bool) -> None:
    print(json.dumps({"saved": str(out), "metrics": metrics}, indent=None if log_json else 2),
          flush=True)


def size_param(cfg) -> dict:
    """``--image-size`` applies to your own images only (the shipped sets have theirs)."""
    return {} if cfg.data in IMAGE_SETS else {"size": tuple(cfg.image_size)}
