"""The training pipeline as a practitioner uses it: a run killed with SIGKILL resumes to the
same weights as an uninterrupted run, and torchrun data-parallel training (2 processes,
gloo) matches single-process training."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import numpy as np
from safetensors.numpy import load_file

from tests.conftest import ROOT

SMALL = ["diffusion", "--data", "moons", "--steps", "300", "--batch-size", "128", "--hidden",
         "32", "--depth", "2", "--threads", "1", "--eval-every", "10", "--skip-eval",
         "--log-json"]


def _env():
    return {**os.environ, "PYTHONUNBUFFERED": "1", "OMP_NUM_THREADS": "1"}


def _weights(path):
    return load_file(str(path / "model.safetensors"))


def test_sigkill_then_resume_matches_an_uninterrupted_run(tmp_path):
    ref = tmp_path / "ref"
    r = subprocess.run([sys.executable, "-m", "training", *SMALL, "--out", str(ref),
                        "--run-dir", str(tmp_path / "ref-run")], cwd=ROOT, env=_env(),
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    out, run = tmp_path / "killed", tmp_path / "killed-run"
    args = [sys.executable, "-m", "training", *SMALL, "--checkpoint-every", "10",
            "--out", str(out), "--run-dir", str(run)]
    p = subprocess.Popen(args, cwd=ROOT, env=_env(), stdout=subprocess.PIPE, text=True)
    try:
        for line in p.stdout:
            if line.startswith("{") and json.loads(line).get("step", 0) >= 130:
                break
        p.send_signal(signal.SIGKILL)  # mid-run, possibly mid-checkpoint
    finally:
        p.wait(timeout=60)
    assert p.returncode == -signal.SIGKILL
    assert not out.exists()  # no artifact from a killed run
    r = subprocess.run([*args, "--resume"], cwd=ROOT, env=_env(), capture_output=True,
                       text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert "resumed from step" in r.stderr
    a, b = _weights(ref), _weights(out)
    assert a.keys() == b.keys()
    for k in a:
        assert np.array_equal(a[k], b[k]), k


def test_torchrun_two_gloo_processes_match_one(tmp_path):
    common = ["diffusion", "--data", "moons", "--steps", "40", "--batch-size", "128",
              "--hidden", "32", "--depth", "2", "--threads", "1", "--eval-every", "20",
              "--skip-eval", "--checkpoint-every", "0"]
    one = subprocess.run([sys.executable, "-m", "training", *common, "--out",
                          str(tmp_path / "one")], cwd=ROOT, env=_env(), capture_output=True,
                         text=True, timeout=300)
    assert one.returncode == 0, one.stderr
    torchrun = [sys.executable, "-m", "torch.distributed.run", "--standalone",
                "--nproc_per_node=2", "-m", "training"]
    two = subprocess.run([*torchrun, *common, "--out", str(tmp_path / "two")], cwd=ROOT,
                         env=_env(), capture_output=True, text=True, timeout=300)
    assert two.returncode == 0, two.stderr
    card = json.loads((tmp_path / "two" / "card.json").read_text())
    assert card["training"]["processes"] == 2
    a, b = _weights(tmp_path / "one"), _weights(tmp_path / "two")
    for k in a:
        assert np.allclose(a[k], b[k], atol=1e-6), k
