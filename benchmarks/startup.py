"""Cold start of the app to the first painted window."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks import figure

ROOT = Path(__file__).resolve().parent.parent


def _one_start() -> float:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM") or "offscreen")
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "explorer", "--exit-after-first-paint"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    for line in proc.stdout:
        if line.startswith("first-paint"):
            elapsed = time.perf_counter() - t0
            break
    else:
        proc.wait()
        raise RuntimeError("the app exited without painting")
    proc.wait(timeout=60)
    return elapsed


@figure("startup")
def startup(repeat: int) -> dict[str, float]:
    _one_start()  # warm the OS file cache; "cold" means a new process, not a cold disk
    times = [_one_start() for _ in range(repeat)]
    return {
        "startup_to_first_paint_s": round(statistics.median(times), 3),
        "startup_to_first_paint_max_s": round(max(times), 3),
    }
