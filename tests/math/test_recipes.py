"""Recipes are typed dataclasses: they parse the shipped commands and print them back, they
document every option, and every trainer can stop and go on from its state bitwise."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
import torch

from training import cli
from training.shipped import SHIPPED
from training.recipes import (
    RECIPES, DiffusionRecipe, LatentRecipe, recipe_from_command,
)


@pytest.mark.parametrize("name", list(SHIPPED))
def test_every_shipped_command_round_trips_through_its_dataclass(name):
    recipe = recipe_from_command(SHIPPED[name])
    assert recipe.command() == SHIPPED[name]
    # the `train` spelling is the same recipe
    again = recipe_from_command(SHIPPED[name].replace("training ", "training train ", 1))
    assert again == recipe


def test_recipe_fields_are_typed_and_changes_show_in_the_command():
    r = recipe_from_command(SHIPPED["latent-vae2-mnist5k"])
    assert isinstance(r, LatentRecipe)
    assert (r.latent_dim, r.hidden, r.lr, r.beta) == (2, [256, 128], 0.002, 1.0)
    r2 = dataclasses.replace(r, latent_dim=8, out="runs/x")
    assert "--latent-dim 8" in r2.command() and r2.command().endswith("--out runs/x")
    # run options never enter created_by
    r3 = dataclasses.replace(r, threads=7, log_json=True, resume=True, checkpoint_every=3)
    assert r3.command() == r.command()
    # defaults that depend on the data are filled in
    d = DiffusionRecipe(data="moons").resolved()
    assert (d.steps, d.batch_size, d.lr, d.out) == (6000, 512, 2e-3, "trained/diffusion-moons")
    d = DiffusionRecipe(data="mnist5k").resolved()
    assert (d.steps, d.batch_size) == (8000, 64) and "--channels 32 64 96" in d.command()


@pytest.mark.parametrize("name", list(RECIPES))
def test_help_documents_every_option(name, capsys):
    with pytest.raises(SystemExit) as e:
        cli.main(["train", name, "--help"])
    assert e.value.code == 0
    text = capsys.readouterr().out
    cls = RECIPES[name]
    for f in dataclasses.fields(cls):
        flag = f.metadata.get("negative") or "--" + f.name.replace("_", "-")
        assert flag in text, flag
        assert f.metadata["help"].split()[0] in text, f.name
    assert "--from" in text and "run options" in text


def test_the_density_recipe_offers_exactly_the_registered_families():
    from training.density import FAMILIES

    (family,) = [f for f in dataclasses.fields(RECIPES["density"]) if f.name == "family"]
    assert set(family.metadata["choices"]) == set(FAMILIES)


def test_bad_commands_are_refused_clearly():
    with pytest.raises(ValueError, match="not a training command"):
        recipe_from_command("rm -rf /")
    with pytest.raises(ValueError, match="unknown recipe"):
        recipe_from_command("python -m training nosuchrecipe --data moons")


def _captured(monkeypatch, argv):
    got = {}
    monkeypatch.setitem(cli.HANDLERS, "diffusion", lambda cfg: got.setdefault("cfg", cfg) and 0)
    monkeypatch.setitem(cli.HANDLERS, "density", lambda cfg: got.setdefault("cfg", cfg) and 0)
    code = cli.main(argv)
    return code, got.get("cfg")


def test_from_starts_from_a_shipped_recipe_and_changes_only_what_is_given(monkeypatch):
    code, cfg = _captured(monkeypatch, ["train", "diffusion", "--from", "diffusion-moons",
                                        "--steps", "50", "--out", "runs/quick"])
    assert code == 0
    base = recipe_from_command(SHIPPED["diffusion-moons"])
    assert cfg == dataclasses.replace(base, steps=50, out="runs/quick")
    # the short spelling works too
    code, cfg2 = _captured(monkeypatch, ["diffusion", "--from", "diffusion-moons",
                                         "--steps", "50", "--out", "runs/quick"])
    assert cfg2 == cfg


def test_from_needs_out_and_the_same_recipe(monkeypatch, capsys):
    code, _ = _captured(monkeypatch, ["train", "diffusion", "--from", "diffusion-moons"])
    assert code == 2 and "give --out" in capsys.readouterr().err
    code, _ = _captured(monkeypatch, ["train", "density", "--from", "diffusion-moons",
                                      "--out", "x"])
    assert code == 2 and "diffusion recipe, not density" in capsys.readouterr().err
    code, _ = _captured(monkeypatch, ["train", "density", "--from", "no-such-model",
                                      "--out", "x"])
    assert code == 2 and "error:" in capsys.readouterr().err


@pytest.mark.skipif(torch.cuda.is_available(), reason="checks the CPU-only message")
def test_device_cuda_without_a_gpu_is_a_clear_error(tmp_path, capsys):
    code = cli.main(["train", "diffusion", "--data", "moons", "--device", "cuda",
                     "--out", str(tmp_path / "x")])
    assert code == 2 and "sees no CUDA device" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()


def test_recipes_without_data_parallel_refuse_torchrun(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("WORLD_SIZE", "2")
    code = cli.main(["train", "latent", "--data", "digits8", "--out", str(tmp_path / "x")])
    assert code == 2 and "without torchrun" in capsys.readouterr().err


# -- trainers stop and go on bitwise ---------------------------------------------------------
def _split_run(make, first: int, total: int):
    """Train `total` units in one go, and `first` units + state → fresh trainer → the rest."""
    a = make()
    a.step(total)
    b = make()
    b.step(first)
    tensors, meta = b.state()
    tensors = {k: v.clone() for k, v in tensors.items()}
    c = make()
    c.load_state(tensors, meta)
    assert c.progress == first
    c.step(total - first)
    return a, c


def _same(sa: dict, sb: dict):
    assert sa.keys() == sb.keys()
    for k in sa:
        assert torch.equal(sa[k], sb[k]), k


def test_flow_trainer_resumes_bitwise():
    from training.data import get_dataset
    from training.density import FlowDensity, FlowTrainer

    x = get_dataset("moons", 400, seed=0)
    make = lambda: FlowTrainer(FlowDensity(n_layers=2, hidden=8, seed=0), x, steps=60,  # noqa: E731
                               batch_size=64, x_val=x[:100], eval_every=25, seed=1)
    a, c = _split_run(make, 37, 60)
    a.finish()
    c.finish()
    _same(a.model.net.state_dict(), c.model.net.state_dict())
    assert [e.step for e in a.history] == [e.step for e in c.history]


def test_vae_trainer_resumes_bitwise():
    from training.latent import VAE, VAETrainer

    rng = np.random.default_rng(0)
    x = (rng.random((300, 6, 6)) > 0.5).astype(np.float32)
    make = lambda: VAETrainer(VAE((6, 6), 2, hidden=(16,), seed=0), x[:240], x[240:],  # noqa: E731
                              epochs=5, batch_size=32, lr=3e-3, seed=2)
    a, c = _split_run(make, 2, 5)
    ra, rc = a.finish(), c.finish()
    assert ra["history"] == rc["history"] and ra["best_epoch"] == rc["best_epoch"]
    _same(a.model.decoder.state_dict(), c.model.decoder.state_dict())
    _same(a.model.encoder.state_dict(), c.model.encoder.state_dict())


def test_classifier_trainer_resumes_bitwise():
    from training.classifier import ClassifierTrainer, DigitClassifier

    rng = np.random.default_rng(0)
    x = rng.random((96, 28, 28)).astype(np.float32)
    y = rng.integers(0, 10, 96)
    make = lambda: ClassifierTrainer(DigitClassifier(width=4, feat=8, seed=0), x, y,  # noqa: E731
                                     epochs=3, batch_size=32, seed=3)
    a, c = _split_run(make, 1, 3)
    _same(a.finish().net.state_dict(), c.finish().net.state_dict())
    assert a.losses == c.losses


def test_a_non_finite_loss_stops_the_run_and_keeps_the_last_checkpoint(tmp_path, capsys):
    run = tmp_path / "run"
    code = cli.main(["train", "density", "--family", "flow", "--data", "moons", "--steps",
                     "300", "--layers", "2", "--hidden", "16", "--lr", "1e6",
                     "--checkpoint-every", "1", "--run-dir", str(run),
                     "--out", str(tmp_path / "flow")])
    err = capsys.readouterr().err
    assert code == 3 and "the loss became" in err and "the last good checkpoint (step" in err
    assert "start over with a new --run-dir" in err
    assert (run / "checkpoint" / "state.json").is_file()
    assert not (tmp_path / "flow").exists()


def test_all_dry_run_lists_every_recipe_in_order(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LATENT_EXPLORER_TRAINED", str(tmp_path / "trained"))  # empty
    assert cli.main(["all", "--dry-run"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert [line.split(":")[0] for line in err] == list(SHIPPED)
    assert err[0].startswith("classifier-mnist5k: python -m training classifier")



def test_diffusion_trainer_resumes_bitwise_between_progress_events():
    """A checkpoint between two progress events keeps the running loss average, so the
    loss curve of a resumed run is the uninterrupted one."""
    from training.diffusion import DiffusionModel
    from training.diffusion.train import DiffusionTrainer

    x = np.random.default_rng(0).normal(size=(200, 2))
    make = lambda: DiffusionTrainer(DiffusionModel("mlp", (2,), hidden=8, depth=1), x,  # noqa: E731
                                    steps=30, batch_size=32, lr=1e-3, eval_every=10, seed=4)
    a, c = _split_run(make, 15, 30)
    assert a.history == c.history
    _same(a.ema_net.state_dict(), c.ema_net.state_dict())


def test_from_follows_a_change_of_data_kind_and_flags_switch_back(monkeypatch):
    code, cfg = _captured(monkeypatch, ["train", "diffusion", "--from", "diffusion-mnist5k",
                                        "--data", "moons", "--out", "runs/m"])
    assert code == 0 and cfg.resolved().steps == 6000 and cfg.resolved().batch_size == 512
    assert cfg.prediction == "epsilon"  # the shipped UNet predicts v; the 2D MLP only ε
    code, cfg = _captured(monkeypatch, ["train", "diffusion", "--from", "diffusion-mnist5k",
                                        "--data", "moons", "--steps", "9", "--out", "runs/m"])
    assert cfg.steps == 9
    code, cfg = _captured(monkeypatch, ["train", "density", "--from",
                                        "density-flow-world-cities", "--data", "moons",
                                        "--fresh", "--out", "runs/f"])
    assert code == 0 and cfg.fresh is True and "--no-fresh" not in cfg.command()


def test_zero_or_negative_sizes_are_refused(capsys):
    with pytest.raises(SystemExit) as e:
        cli.main(["train", "diffusion", "--data", "moons", "--steps", "0"])
    assert e.value.code == 2 and "must be a whole number ≥ 1" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli.main(["train", "latent", "--lr", "-1"])


def test_a_missing_checkpoint_falls_back_to_the_newest_complete_old_one(tmp_path):
    import os
    import time

    from training.checkpoint import load_checkpoint, save_checkpoint

    ck = tmp_path / "checkpoint"
    for step, pid in ((1, 99999), (2, 123456)):  # the newer one sorts first as text
        save_checkpoint(ck, {"w": torch.zeros(1)}, {"step": step})
        os.replace(ck, tmp_path / f".checkpoint.old-{pid}")
        time.sleep(0.02)
    assert load_checkpoint(ck)[1]["step"] == 2
    save_checkpoint(ck, {"w": torch.ones(1)}, {"step": 3})  # a good save clears leftovers
    assert sorted(p.name for p in tmp_path.iterdir()) == ["checkpoint"]


def test_mixture_and_kde_options(tmp_path, capsys):
    import json

    from training import artifacts

    assert cli.main(["train", "density", "--family", "gmm", "--components", "3", "--data",
                     "moons", "--n-train", "500", "--n-val", "500", "--n-test", "500",
                     "--out", str(tmp_path / "gmm")]) == 0
    m = artifacts.load(tmp_path / "gmm")
    assert m.n_components == 3 and "--components 3" in m.card["created_by"]
    assert cli.main(["train", "density", "--family", "kde", "--bandwidth", "cv", "--data",
                     "moons", "--n-train", "500", "--n-val", "500", "--n-test", "500",
                     "--out", str(tmp_path / "kde")]) == 0
    card = json.loads((tmp_path / "kde" / "card.json").read_text())
    assert "--bandwidth cv" in card["created_by"] and card["training"]["bandwidth_factor"] > 0
    assert "--components" not in card["created_by"]
    with pytest.raises(SystemExit):
        cli.main(["train", "density", "--family", "kde", "--bandwidth", "wide"])
    assert "is not scott, cv or a number > 0" in capsys.readouterr().err


def test_a_shipped_model_is_only_replaced_by_its_own_recipe(monkeypatch, capsys):
    from tests.conftest import ROOT

    code = cli.main(["train", "latent", "--device", "cuda", "--out", "runs/x"])
    assert code == 2 and "trains small models on the CPU" in capsys.readouterr().err
    out = str(ROOT / "trained" / "latent-vae16-mnist5k")
    monkeypatch.setitem(cli.HANDLERS, "latent", lambda cfg: 0)
    # the shipped recipe itself may re-make it (that is what `all` does) …
    shipped = recipe_from_command(SHIPPED["latent-vae16-mnist5k"])
    argv = shipped.command().split()[3:]
    assert cli.main(argv) == 0
    # … another recipe may not (here: the default learning rate instead of 0.002)
    code = cli.main(["train", "latent", "--data", "mnist5k", "--latent-dim", "16", "--hidden",
                     "256", "128", "--out", out])
    assert code == 2 and "would replace the shipped model" in capsys.readouterr().err


def test_density_options_come_from_the_family_registry(monkeypatch):
    """Each family's hyperparameters are options of the density recipe, in the command of
    that family only; --from with another family starts from that family's defaults."""
    from training.density.registry import families

    fields = {f.name: f for f in dataclasses.fields(RECIPES["density"])}
    for fam in families():
        for h in fam.hypers:
            assert fam.key in fields[h.name].metadata["group"], (fam.key, h.name)
    code, cfg = _captured(monkeypatch, ["train", "density", "--from", "density-flow-moons",
                                        "--family", "autoregressive", "--out", "runs/ar"])
    assert code == 0 and cfg.resolved().bins == 64 and cfg.resolved().lr == 0.005
    assert "--layers" not in cfg.command() and "--bins 64" in cfg.command()
    code, cfg = _captured(monkeypatch, ["train", "density", "--from", "density-flow-moons",
                                        "--family", "autoregressive", "--bins", "32",
                                        "--out", "runs/ar"])
    assert cfg.bins == 32 and cfg.resolved().hidden == 128


def test_list_times_tabulates_every_shipped_artifacts_recorded_time(capsys):
    """``list --times``: one row per artifact, longest first, the card's own time (or the
    closed-form fit's), and a total that is the rows' sum."""
    from training.artifacts import default_trained_dir, discover

    found = discover(default_trained_dir())
    assert cli.main(["list", "--times"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    rows = [r for r in out[2:-1]]
    assert len(rows) == len(found) and out[0].startswith("| artifact | training time |")
    secs = [float(r.split("|")[2].strip().rstrip(" s").replace(",", "").replace("–", "0"))
            for r in rows]
    assert secs == sorted(secs, reverse=True)
    assert all(r.count("|") == 7 for r in out)  # a CPU name's own '|' would break the table
    total = float(out[-1].split("**")[3].split()[0].replace(",", ""))
    assert abs(total - sum(secs) / 60) <= 1


def test_eval_samples_overrides_the_cards_sample_count(tmp_path, capsys):
    """``eval --samples N --write``: the sample figures are recomputed from N samples and
    the card records N (the naive model: closed form, seconds)."""
    import json

    out = tmp_path / "naive"
    assert cli.main(["naive", "--data", "mnist5k", "--binarisations", "1", "--out", str(out),
                     "--threads", "1"]) == 0
    assert cli.main(["eval", str(out), "--samples", "5"]) == 2  # fewer than 10: refused
    capsys.readouterr()
    assert cli.main(["eval", str(out), "--samples", "40", "--write", "--threads", "1"]) == 0
    rows = json.loads(capsys.readouterr().out)["metrics"]
    assert rows["n_samples"]["recomputed"] == 40
    card = json.loads((out / "card.json").read_text())
    assert card["metrics"]["n_samples"] == 40
    assert card["evaluated_by"].endswith("--samples 40 --write")
