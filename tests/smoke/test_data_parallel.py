"""torchrun data parallel for the image GAN and the PixelCNN (CPU, gloo, 2 processes, tiny
models): 2 processes give the weights of 1 process on the same global batch, up to the
order of float sums; a 2-process run stopped by SIGTERM resumes from its checkpoint to
those weights; ``--device cuda`` without CUDA is a clear error. (The diffusion recipe's
twins are in test_training_pipeline.py.)"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import numpy as np
import pytest
import torch
from safetensors.numpy import load_file

from tests.conftest import ROOT

#: (recipe arguments, checkpoint unit); the checkpoint cadence is a run option (it changes
#: nothing in the weights), so every run below is the same recipe
RECIPES = {
    "gan": (["gan", "--arch", "dcgan", "--data", "digits8", "--steps", "30",
             "--batch-size", "8", "--channels", "4", "--d-channels", "4", "--latent-dim", "3",
             "--r1-every", "2", "--eval-samples", "20", "--checkpoint-every", "5"], "step"),
    "pixelcnn": (["pixelcnn", "--arch", "gated", "--data", "digits8", "--channels", "4",
                  "--layers", "2", "--first-kernel", "3", "--epochs", "6", "--batch-size",
                  "64", "--samples", "0", "--checkpoint-every", "1"], "epoch"),
}
RUN = ["--threads", "1", "--log-json"]
TORCHRUN = [sys.executable, "-m", "torch.distributed.run", "--standalone",
            "--nproc_per_node=2", "-m", "training"]

#: a bias feeding a BatchNorm has, in exact arithmetic, a zero gradient (the normalisation
#: subtracts it again); its computed gradient is rounding noise, which Adam scales to steps
#: of up to ±lr, so such biases (and the running means that track them) agree only to
#: steps × 2 lr between any two summation orders. Everything else agrees closely.
PRE_BATCHNORM = ("generator.fc.bias", "generator.net.0.bias", "generator.net.3.bias")


def _env():
    return {**os.environ, "PYTHONUNBUFFERED": "1", "OMP_NUM_THREADS": "1"}


def _weights(path):
    return load_file(str(path / "model.safetensors"))


def _run(cmd, **kw):
    r = subprocess.run(cmd, cwd=ROOT, env=_env(), capture_output=True, text=True,
                       timeout=300, **kw)
    assert r.returncode == 0, r.stderr + "\n--- stdout (tail) ---\n" + r.stdout[-2000:]
    return r


@pytest.fixture(scope="module")
def one_process(tmp_path_factory):
    """The 1-process artifact of each recipe (made once for the module)."""
    made = {}

    def get(name):
        if name not in made:
            out = tmp_path_factory.mktemp(name) / "one"
            _run([sys.executable, "-m", "training", *RECIPES[name][0], *RUN,
                  "--out", str(out), "--run-dir", str(out.parent / "run")])
            made[name] = out
        return made[name]
    return get


def _assert_same_weights(one, two):
    a, b = _weights(one), _weights(two)
    assert a.keys() == b.keys()
    for k in a:
        loose = k in PRE_BATCHNORM or k.endswith("running_mean")
        assert np.allclose(a[k], b[k], rtol=0, atol=0.03 if loose else 1e-4), \
            (k, float(np.abs(a[k] - b[k]).max()))


@pytest.mark.parametrize("name", list(RECIPES))
def test_two_gloo_processes_match_one(tmp_path, one_process, name):
    out = tmp_path / "two"
    _run([*TORCHRUN, *RECIPES[name][0], *RUN, "--out", str(out),
          "--run-dir", str(tmp_path / "run")])
    card = json.loads((out / "card.json").read_text())
    assert card["training"]["processes"] == 2
    one = one_process(name)
    assert json.loads((one / "card.json").read_text())["training"]["processes"] == 1
    _assert_same_weights(one, out)


@pytest.mark.parametrize("name", list(RECIPES))
def test_two_processes_stopped_then_resumed(tmp_path, one_process, name):
    """SIGTERM to torchrun (what a job scheduler sends) after the first checkpoint: it
    stops both workers; --resume under torchrun goes on from that checkpoint, which rank 0
    alone wrote and every rank read, to the uninterrupted weights."""
    recipe, unit = RECIPES[name]
    out, run = tmp_path / "two", tmp_path / "run"
    args = [*TORCHRUN, *recipe, *RUN, "--out", str(out), "--run-dir", str(run)]
    log = tmp_path / "stopped.log"
    with open(log, "w") as f:
        p = subprocess.Popen(args, cwd=ROOT, env=_env(), stdout=f, stderr=f)
    state = run / "checkpoint" / "state.json"
    try:
        while p.poll() is None and not state.is_file():  # the first checkpoint, an event
            time.sleep(0.05)
        p.send_signal(signal.SIGTERM)
        p.wait(timeout=120)
    finally:
        if p.poll() is None:
            p.kill()
    assert p.returncode != 0, "the run ended before it was stopped:\n" + log.read_text()
    assert not out.exists()  # no artifact from a stopped run
    r = _run([*args, "--resume"])
    assert f"resumed from {unit}" in r.stderr
    _assert_same_weights(one_process(name), out)


@pytest.mark.skipif(torch.cuda.is_available(), reason="checks the CPU-only message")
@pytest.mark.parametrize("name", list(RECIPES))
def test_device_cuda_without_a_gpu_is_a_clear_error(tmp_path, capsys, name):
    from training import cli

    code = cli.main(["train", *RECIPES[name][0], "--device", "cuda",
                     "--out", str(tmp_path / "x")])
    assert code == 2 and "sees no CUDA device" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()


class Exited(Exception):
    """What the faked os._exit raises, with the status."""


@pytest.fixture
def fake_exit(monkeypatch):
    """training.run with os._exit replaced by raising :class:`Exited`."""
    from training import run

    def _exit(code):
        raise Exited(code)

    monkeypatch.setattr(run.os, "_exit", _exit)
    return run


@pytest.mark.parametrize("joined", [False, True])
def test_python_m_training_ends_by_os_exit_once_it_joined_a_group(monkeypatch, fake_exit,
                                                                   joined):
    """A process that joined a process group skips the interpreter's teardown (os._exit,
    after flushing its output): gloo's threads outlive destroy_process_group, and a
    teardown around them aborted a worker in CI. Any other process exits normally."""
    run = fake_exit
    flushed = []
    monkeypatch.setattr(run, "_JOINED", joined)
    monkeypatch.setattr(run.sys, "stdout", type("Out", (), {
        "flush": lambda self: flushed.append("stdout")})())
    with pytest.raises(Exited if joined else SystemExit) as e:
        run.end_process(3)
    assert (e.value.args[0] if joined else e.value.code) == 3
    assert flushed == (["stdout"] if joined else [])


@pytest.mark.parametrize("joined", [False, True])
def test_an_exception_under_torchrun_is_printed_then_exits_1(monkeypatch, capsys, fake_exit,
                                                             joined):
    run = fake_exit

    def broken_main():
        raise RuntimeError("a bug in a recipe")

    monkeypatch.setattr(run, "_JOINED", joined)
    with pytest.raises(Exited if joined else RuntimeError) as e:
        run.run_main(broken_main)
    if joined:
        assert e.value.args[0] == 1
        err = capsys.readouterr().err
        assert "Traceback" in err and "a bug in a recipe" in err
    monkeypatch.setattr(run, "_JOINED", False)
    with pytest.raises(SystemExit) as e:  # a status from main, no group joined
        run.run_main(lambda: 2)
    assert e.value.code == 2


def test_destroy_process_group_leaves_gloo_threads_running(tmp_path):
    """The fact end_process rests on (torch 2.13): after DistributedDataParallel has run,
    destroy_process_group and dropping every reference still leave gloo's threads alive.
    If a torch release fixes this, this test says so and os._exit can go."""
    script = tmp_path / "threads.py"
    script.write_text(
        "import gc, os, torch, torch.distributed as dist\n"
        "def n(): return len(os.listdir('/proc/self/task'))\n"
        "torch.set_num_threads(1)\n"
        "before = n()\n"
        "dist.init_process_group('gloo')\n"
        "m = torch.nn.parallel.DistributedDataParallel(torch.nn.Linear(3, 3))\n"
        "m(torch.randn(4, 3)).sum().backward()\n"
        "del m\n"
        "dist.destroy_process_group()\n"
        "gc.collect()\n"
        "print('threads', before, n(), flush=True)\n"
        "os._exit(0)\n")
    r = _run([sys.executable, "-m", "torch.distributed.run", "--standalone",
              "--nproc_per_node=1", str(script)])
    before, after = map(int, r.stdout.split("threads")[1].split()[:2])
    assert after > before, (before, after)


def test_batch_size_must_divide_by_the_processes(monkeypatch):
    from training.data_parallel import check_batch

    check_batch(8, 2)
    with pytest.raises(ValueError, match="divisible by the number of processes"):
        check_batch(9, 2)
