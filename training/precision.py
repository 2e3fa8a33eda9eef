"""Which floating-point precision a network should run in on this machine.

bfloat16 autocast is a large win on CPUs with native bfloat16 instructions (AVX-512 BF16 /
AMX: a UNet step measured 1.7× faster) and a large loss everywhere else (an AVX2 CPU
emulates it: the same step measured **15× slower**, 1,529 ms vs 99 ms at batch 16). So the
choice is made per machine, never hard-coded:

1. ``LATENT_EXPLORER_PRECISION=float32|bfloat16`` forces a choice (``auto``, the default,
   decides);
2. CUDA: bfloat16 where ``torch.cuda.is_bf16_supported()``;
3. CPU: float32 unless oneDNN reports native bfloat16 support
   (``torch.ops.mkldnn._is_mkldnn_bf16_supported()``); where it does, one short timing of
   the actual network at the actual batch shape confirms that bfloat16 is really faster
   (≥ :data:`MIN_SPEEDUP`), and the verdict is cached for the process.

:func:`choose` returns a :class:`Precision` with the dtype to autocast to (or ``None``) and
the reason, which trainers write into the card.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from typing import Callable

import torch

ENV = "LATENT_EXPLORER_PRECISION"
#: bfloat16 must beat float32 by at least this factor to be chosen (noise margin).
MIN_SPEEDUP = 1.15

_cache: dict[tuple, "Precision"] = {}


@dataclass(frozen=True)
class Precision:
    """The verdict: ``dtype`` is the autocast dtype (``None``: plain float32)."""

    dtype: torch.dtype | None
    reason: str

    @property
    def name(self) -> str:
        return "bfloat16" if self.dtype is torch.bfloat16 else "float32"

    @property
    def enabled(self) -> bool:
        return self.dtype is not None

    def autocast(self, device_type: str = "cpu"):
        """The autocast context for this verdict (a no-op context for float32)."""
        return torch.autocast(device_type, dtype=self.dtype or torch.bfloat16,
                              enabled=self.enabled)


FLOAT32 = Precision(None, "float32")


def cpu_has_native_bf16() -> bool:
    """Whether oneDNN has native bfloat16 kernels on this CPU (AVX-512 BF16, AMX …)."""
    try:
        return bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except Exception:  # an old or unusual build: assume not
        return False


def _forced() -> str | None:
    value = os.environ.get(ENV, "auto").strip().lower()
    if value in ("float32", "fp32", "f32"):
        return "float32"
    if value in ("bfloat16", "bf16"):
        return "bfloat16"
    return None


def _time(fn: Callable[[], object], reps: int = 3, sync: Callable[[], object] | None = None
          ) -> float:
    fn()  # the first call pays for kernel selection / weight reordering
    if sync is not None:
        sync()
    best = float("inf")
    for _ in range(reps):
        t0 = time.perf_counter()
        fn()
        if sync is not None:
            sync()
        best = min(best, time.perf_counter() - t0)
    return best


def _timed_verdict(device_type: str, run: Callable[[], object], where: str) -> Precision:
    """float32 vs bfloat16 autocast of ``run`` on ``device_type``, timed: bfloat16 only if
    at least MIN_SPEEDUP× faster (a small network is often launch- or cast-bound)."""
    sync = torch.cuda.synchronize if device_type == "cuda" else None
    with torch.inference_mode():
        t32 = _time(run, sync=sync)
        with torch.autocast(device_type, dtype=torch.bfloat16):
            t16 = _time(run, sync=sync)
    speedup = t32 / max(t16, 1e-9)
    if speedup >= MIN_SPEEDUP:
        return Precision(torch.bfloat16, f"bfloat16 (native {where}; measured "
                                         f"{speedup:.2f}× faster than float32)")
    return Precision(None, f"float32 (bfloat16 measured only {speedup:.2f}× "
                           f"the speed of float32 {where})")


def choose(device: str | torch.device = "cpu", run: Callable[[], object] | None = None,
           key: tuple = ()) -> Precision:
    """Pick the precision for a network on ``device``.

    Parameters
    ----------
    device : the device the network runs on.
    run : a callable that runs the network once on a representative input (used only on a
        CPU with native bfloat16, to confirm by a timing that it is faster there).
    key : what identifies the network and input shape in the process-wide cache.
    """
    device = torch.device(device)
    forced = _forced()
    if forced == "float32":
        return Precision(None, f"float32 ({ENV}=float32)")
    if forced == "bfloat16":
        return Precision(torch.bfloat16, f"bfloat16 ({ENV}=bfloat16)")
    if device.type == "cuda":
        if not (torch.cuda.is_available() and torch.cuda.is_bf16_supported()):
            return Precision(None, "float32 (this CUDA device lacks bfloat16)")
        if run is None:
            return Precision(torch.bfloat16, "bfloat16 (CUDA device with bfloat16 support)")
        full_key = ("cuda", str(device), *key)
        if full_key not in _cache:
            _cache[full_key] = _timed_verdict("cuda", run, "on this GPU")
        return _cache[full_key]
    if device.type != "cpu":
        return Precision(None, f"float32 (device {device.type})")
    if not cpu_has_native_bf16():
        return Precision(None, "float32 (this CPU has no native bfloat16: autocast would "
                               "be emulated and far slower)")
    if run is None:
        return Precision(torch.bfloat16, "bfloat16 (this CPU has native bfloat16)")
    full_key = ("cpu", torch.get_num_threads(), *key)
    if full_key in _cache:
        return _cache[full_key]
    verdict = _timed_verdict("cpu", run, "on this CPU")
    _cache[full_key] = verdict
    return verdict


def clear_cache() -> None:
    """Forget measured verdicts (tests)."""
    _cache.clear()


def cpu_signature() -> str:
    """What identifies this CPU for bitwise reproducibility: its model name and the vector
    instruction sets that change float kernels (e.g. ``"AMD EPYC | avx2 fma"``). Two
    machines with the same signature run the same kernels; elsewhere float sums may be
    ordered differently and results agree only to a tolerance."""
    import platform

    name, flags = platform.processor() or platform.machine(), set()
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as fh:
            for line in fh:
                key, _, value = line.partition(":")
                key = key.strip()
                if key == "model name":
                    name = value.strip()
                elif key == "flags":
                    flags = set(value.split())
                    break
    except OSError:
        pass
    isa = [f for f in ("avx2", "fma", "avx512f", "avx512_vnni", "avx512_bf16", "amx_bf16",
                       "amx_tile") if f in flags]
    return f"{name} | {' '.join(isa) or 'baseline'}"
