"""The Gallery (training/gallery.py): the registry, the one evaluator, the outputs."""

from __future__ import annotations

import json
import threading

import numpy as np
import pytest

import training
from training import gallery as G
from training.artifacts import default_trained_dir
from training.gallery_report import load_gallery, markdown, write

TRAINED = default_trained_dir()


def test_every_shipped_mnist5k_image_model_has_one_family_and_others_none():
    found = {p.name: f.key for p, _c, f in G.gallery_models(TRAINED)}
    assert found["naive-mnist5k"] == "factorised"
    assert found["pixelcnn-gated-mnist5k"] == found["pixelcnn-plain-mnist5k"] == "autoregressive"
    assert found["latent-vae2-mnist5k"] == "vae" and found["latent-ae2-mnist5k"] == "autoencoder"
    assert found["latent-pca16-mnist5k"] == "pca" and found["rbm-mnist5k"] == "rbm"
    assert found["gan-style-mnist5k"] == "gan" and found["diffusion-mnist5k"] == "diffusion"
    for other in ("classifier-mnist5k", "latent-vae2-digits8", "diffusion-moons",
                  "latent-vae8-shapes", "density-flow-moons"):
        assert other not in found
    # every registry key hangs on a leaf of the taxonomy
    leaves, todo = set(), [G.TAXONOMY]
    while todo:
        node = todo.pop()
        leaves |= set(node.families)
        todo += node.children
    assert {f.key for f in G.FAMILIES} <= leaves


def test_likelihoods_say_what_kind_of_figure_they_are():
    nature = {p.name: f.likelihood(c).nature for p, c, f in G.gallery_models(TRAINED)}
    assert nature["naive-mnist5k"] == nature["pixelcnn-plain-mnist5k"] == "exact"
    assert nature["latent-vae16-mnist5k"] == "lower bound"
    assert nature["latent-pca16-mnist5k"] == "exact marginal"
    assert nature["rbm16-mnist5k"] == "exact" and nature["rbm-mnist5k"] == "estimate"
    assert nature["gan-dcgan-mnist5k"] == nature["latent-ae2-mnist5k"] == "none"
    gan = next(f for f in G.FAMILIES if f.key == "gan")
    assert "implicit" in gan.likelihood({}).note
    assert nature["diffusion-vae16-mnist5k"] == "none"
    assert G.family_of(training.read_card(TRAINED / "diffusion-vae16-mnist5k")).key == \
        "latent-diffusion"
    card = training.read_card(TRAINED / "latent-vae2-mnist5k")
    assert G.family_of(card).likelihood(card).nll_nats == -card["metrics"]["test_elbo_nats"]


def test_a_family_without_models_is_absent_and_a_new_one_is_one_entry(tmp_path, monkeypatch):
    import shutil

    for name in ("naive-mnist5k", "latent-pca16-mnist5k"):
        shutil.copytree(TRAINED / name, tmp_path / name)
    names = [p.name for p, _c, _f in G.gallery_models(tmp_path)]
    assert names == ["naive-mnist5k", "latent-pca16-mnist5k"]
    extra = G.Family("factorised", "another", lambda c: c.get("class") == "PPCA",
                     lambda m, c, n, s: m.decode(np.zeros((n, m.latent_dim))), "zeros", False,
                     G._none("test"))
    monkeypatch.setattr(G, "FAMILIES", (extra, *G.FAMILIES))
    # the first entry that claims a card wins; rows follow the registry's order
    assert [f.label for _p, _c, f in G.gallery_models(tmp_path)] == ["another",
                                                                     "naive Bernoulli"]


@pytest.fixture(scope="module")
def small_gallery():
    return G.measure(n=24, only=["naive-mnist5k", "latent-pca16-mnist5k"])


def test_measure_scores_every_model_with_the_one_evaluator(small_gallery, tmp_path):
    g = small_gallery
    rows = {r["model"]: r for r in g["models"]}
    assert list(rows) == ["naive-mnist5k", "latent-pca16-mnist5k"]
    naive, pca = rows["naive-mnist5k"], rows["latent-pca16-mnist5k"]
    assert naive["samples"] == "binary" and "binarised" in naive["compared_with"]
    assert pca["samples"] == "grey" and pca["compared_with"] == "grey real digits"
    for r in rows.values():
        assert 0 <= r["precision"] <= 1 and 0 <= r["recall"] <= 1
        assert len(r["class_shares"]) == 10 and r["n_samples"] == 24
        assert r["sample_16_s"] >= 0 and r["n_params"] > 0
    assert naive["n_params"] == 784 and naive["nll_nature"] == "exact"
    assert g["strips"]["naive-mnist5k"].shape == (16, 28, 28)
    assert set(g["references"]) == {"grey", "binary"} and g["machine"]["cores"] >= 1
    assert "PixelCNN" in g["absent_families"]
    paths = write(g, tmp_path / "out")
    assert [p.name for p in paths] == ["gallery.json", "gallery.md", "samples.png"]
    back = load_gallery(tmp_path / "out")
    assert back["grid"]["rows"]["latent-pca16-mnist5k"] > back["grid"]["rows"]["naive-mnist5k"]
    assert "strips" not in back
    md = (tmp_path / "out" / "gallery.md").read_text()
    assert md == markdown(back) and "| **naive-mnist5k** | naive Bernoulli |" in md
    from PIL import Image

    with Image.open(tmp_path / "out" / "samples.png") as im:
        assert im.size[1] >= 2 * 56


def test_measure_stops_when_cancelled():
    ev = threading.Event()
    ev.set()
    with pytest.raises(G.Cancelled):
        G.measure(n=12, only=["naive-mnist5k"], cancel=ev)


def test_load_gallery_refuses_what_is_not_one(tmp_path):
    assert load_gallery(tmp_path) is None
    (tmp_path / "gallery.json").write_text("{not json")
    with pytest.raises(ValueError):
        load_gallery(tmp_path)
    (tmp_path / "gallery.json").write_text(json.dumps({"models": [{"x": 1}]}))
    with pytest.raises(ValueError):
        load_gallery(tmp_path)


def test_the_command_writes_the_three_files(tmp_path, capsys):
    from training.cli import main

    assert main(["gallery", "--samples", "3", "--out", str(tmp_path)]) == 2  # too few
    assert main(["gallery", "--samples", "12", "--only", "naive-mnist5k",
                 "--out", str(tmp_path)]) == 0
    assert (tmp_path / "gallery.md").is_file() and (tmp_path / "samples.png").is_file()


def test_merge_re_measures_one_model_and_keeps_the_other_rows(tmp_path, capsys):
    """``--only NAME --merge``: that row (and its strip) is new, the others are the old ones
    with their strips cut back out of the old picture, in the gallery's order; the update is
    recorded and shown; a merge with another sample count, or without a gallery, is refused."""
    from training.cli import main
    from training.gallery_report import strips_of

    out = tmp_path / "g"
    assert main(["gallery", "--samples", "17", "--only", "naive-mnist5k", "latent-pca16-mnist5k",
                 "--out", str(out)]) == 0
    old = load_gallery(out)
    old_strips = strips_of(old, out)
    assert main(["gallery", "--samples", "17", "--only", "latent-pca16-mnist5k", "--merge",
                 "--out", str(tmp_path / "none")]) == 2
    assert main(["gallery", "--samples", "18", "--only", "latent-pca16-mnist5k", "--merge",
                 "--out", str(out)]) == 2
    assert main(["gallery", "--samples", "17", "--only", "latent-pca16-mnist5k", "--merge",
                 "--out", str(out)]) == 0
    new = load_gallery(out)
    assert [r["model"] for r in new["models"]] == ["naive-mnist5k", "latent-pca16-mnist5k"]
    assert new["models"][0] == old["models"][0]  # untouched
    assert new["updates"][-1]["models"] == ["latent-pca16-mnist5k"]
    assert new["measured_at"] == old["measured_at"]
    assert "Re-measured" in (out / "gallery.md").read_text()
    # the untouched row's samples survive the round trip through the picture (8-bit grey)
    assert np.abs(strips_of(new, out)["naive-mnist5k"] - old_strips["naive-mnist5k"]).max() < 1e-6
    assert old_strips["naive-mnist5k"].shape == (16, 28, 28)
    capsys.readouterr()


def test_a_set_cancel_event_stops_a_draw_within_one_network_pass():
    """A re-measure cancelled (or the app closed) in the middle of a slow model's draw stops
    at its next forward pass, not at the end of the model (a PixelCNN draws for minutes)."""
    import threading

    from training.autoregressive_images.model import PixelCNN
    from training.gallery import Cancelled, stop_on

    model = PixelCNN("plain", channels=4, layers=2, first_kernel=3, image_shape=(8, 8))
    cancel = threading.Event()
    stop_on(model, cancel)
    assert model.sample(2, seed=0).shape == (2, 8, 8)  # not set: draws as before
    passes = []
    model.net.register_forward_pre_hook(lambda *_: passes.append(1))
    cancel.set()
    with pytest.raises(Cancelled):
        model.sample(2, seed=0)
    assert len(passes) == 0  # stopped before the first pass ran
