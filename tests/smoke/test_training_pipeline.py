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
import pytest
from safetensors.numpy import load_file

from tests.conftest import ROOT

SMALL = ["diffusion", "--data", "moons", "--steps", "300", "--batch-size", "128", "--hidden",
         "32", "--depth", "2", "--threads", "1", "--eval-every", "10", "--skip-eval",
         "--log-json"]


def _env():
    return {**os.environ, "PYTHONUNBUFFERED": "1", "OMP_NUM_THREADS": "1"}


def _weights(path):
    return load_file(str(path / "model.safetensors"))


#: (recipe arguments, progress key, kill after this much progress): one per trainer kind
KILLS = {
    "diffusion": (SMALL, "step", 130),
    "flow": (["density", "--family", "flow", "--data", "moons", "--steps", "600",
              "--layers", "2", "--hidden", "16", "--threads", "1", "--log-json"], "step", 250),
    "vae": (["latent", "--data", "digits8", "--latent-dim", "2", "--hidden", "32", "16",
             "--epochs", "12", "--patience", "50", "--threads", "1", "--log-json"],
            "epoch", 4),
}


@pytest.mark.parametrize("kind", list(KILLS))
def test_sigkill_then_resume_matches_an_uninterrupted_run(tmp_path, kind):
    recipe, key, kill_at = KILLS[kind]
    ref = tmp_path / "ref"
    r = subprocess.run([sys.executable, "-m", "training", *recipe, "--out", str(ref),
                        "--run-dir", str(tmp_path / "ref-run")], cwd=ROOT, env=_env(),
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    out, run = tmp_path / "killed", tmp_path / "killed-run"
    args = [sys.executable, "-m", "training", *recipe, "--checkpoint-every", "1" if key ==
            "epoch" else "10", "--out", str(out), "--run-dir", str(run)]
    p = subprocess.Popen(args, cwd=ROOT, env=_env(), stdout=subprocess.PIPE, text=True)
    try:
        for line in p.stdout:
            if line.startswith("{") and json.loads(line).get(key, 0) >= kill_at:
                break
        p.send_signal(signal.SIGKILL)  # mid-run, possibly mid-checkpoint
    finally:
        p.wait(timeout=60)
    assert p.returncode == -signal.SIGKILL
    assert not out.exists()  # no artifact from a killed run
    r = subprocess.run([*args, "--resume"], cwd=ROOT, env=_env(), capture_output=True,
                       text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert f"resumed from {key}" in r.stderr
    a, b = _weights(ref), _weights(out)
    assert a.keys() == b.keys()
    for k in a:
        assert np.array_equal(a[k], b[k]), k
    card_a = json.loads((ref / "card.json").read_text())
    card_b = json.loads((out / "card.json").read_text())
    for k, v in card_a["metrics"].items():
        if "time" not in k:
            assert card_b["metrics"][k] == v, k
    # a checkpoint belongs to its recipe: resuming it under another one is refused
    other = [a if a != "--threads" else "--seed" for a in args]  # --seed 1 instead of threads
    r = subprocess.run([*other, "--resume"], cwd=ROOT, env=_env(), capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 2 and "belongs to another recipe" in r.stderr, r.stderr


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


def test_all_remakes_shipped_artifacts(tmp_path, monkeypatch, capsys):
    """`all --force` re-makes models from their recipes (here two that take seconds, two
    at a time): bitwise identical to the cards they replaced on the CPU that made them,
    equal within a tolerance on any other (float sums are ordered by the CPU's kernels)."""
    import shutil

    from training import cli

    names = ["density-gaussian-8gaussians", "latent-vae2-digits8"]
    for name in names:
        shutil.copytree(ROOT / "trained" / name, tmp_path / "trained" / name)
    monkeypatch.setenv("LATENT_EXPLORER_TRAINED", str(tmp_path / "trained"))
    monkeypatch.setattr(os, "cpu_count", lambda: 4)  # room for both at once
    assert cli.main(["all", "--only", *names]) == 0
    assert capsys.readouterr().err.count("up to date") == 2
    assert cli.main(["all", "--force", "--jobs", "2", "--only", *names]) == 0
    out, err = capsys.readouterr()
    assert "--threads 2" in err  # the VAE card's thread count
    rows = json.loads(out)
    assert [r["artifact"] for r in rows] == names
    for r in rows:
        if r["same_cpu"]:  # the CPU that made the card: bitwise
            assert r["same_weights"] is True and r["max_abs_metric_diff"] == 0.0, r
        else:  # another CPU orders float sums differently: equal within a tolerance
            # trained weights drift apart over many steps (seen: 0.13 for the VAE on an AVX2
            # CPU); what must agree is what the model does
            assert r["max_abs_weight_diff"] is not None, r
            before = json.loads((ROOT / "trained" / r["artifact"] / "card.json").read_text())
            for k, v in r["metrics"].items():
                if isinstance(v, float) and "time" not in k:
                    assert v == pytest.approx(before["metrics"][k], rel=2e-2, abs=1e-3), (k, r)
