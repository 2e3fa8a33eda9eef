"""Your own data, end to end: a folder of PNGs → a VAE artifact → the Latent view; a CSV of
points → a flow artifact → the Density view; bad data → a clear error, exit status 2."""

from __future__ import annotations

import numpy as np

import training
from explorer.state import ModelSlot
from explorer.state.models import LoadedModel
from tests.smoke.test_app import _run


def test_png_folder_to_vae_to_latent_view(qtbot, tmp_path):
    from PIL import Image

    from explorer.views.latent import LatentView
    from training.data.shapes import make_shapes

    folder = tmp_path / "pngs"
    for cls in ("a", "b"):
        (folder / cls).mkdir(parents=True)
    s = make_shapes(40, seed=5, size=20)
    for i, im in enumerate(s.images):
        Image.fromarray((im * 255).astype(np.uint8)).save(folder / "ab"[i % 2] / f"{i}.png")
    (folder / "a" / "readme.txt").write_text("skip me")
    out = tmp_path / "vae"
    r = _run(["-m", "training", "latent", "--data", str(folder), "--image-size", "16", "16",
              "--latent-dim", "2", "--hidden", "32", "--epochs", "3", "--out", str(out)])
    assert r.returncode == 0, r.stderr
    model = training.load(out)
    card = model.card
    assert card["data"]["name"] == "user:pngs" and "40 images loaded" in card["data"]["description"]
    assert "1× not an image file type" in card["data"]["description"]
    assert tuple(card["config"]["image_shape"]) == (16, 16)
    view = LatentView(ModelSlot("latent"))
    qtbot.addWidget(view)
    view.slot.set(LoadedModel(model, out))
    qtbot.waitUntil(view.is_ready)  # the test set is prepared in a worker
    assert len(view.rows) == 2
    assert view._data["x"].shape[1:] == (16, 16) and len(view._data["x"]) == 8
    view.rows[0].slider.setValue(100)
    assert view.image.image().shape == (16, 16)


def test_csv_to_flow_to_density_view(qtbot, tmp_path):
    from explorer.views.density import DensityView
    from training.data import get_dataset
    from training.data.user import write_points_csv

    csv = tmp_path / "pts.csv"
    write_points_csv(csv, get_dataset("moons", 400, seed=2))
    out = tmp_path / "flow"
    r = _run(["-m", "training", "density", "--family", "flow", "--data", str(csv),
              "--steps", "30", "--layers", "2", "--hidden", "16", "--out", str(out)])
    assert r.returncode == 0, r.stderr
    model = training.load(out)
    assert model.card["data"]["path"] == str(csv.resolve())
    view = DensityView(ModelSlot("density"), autostart=False)
    qtbot.addWidget(view)
    view.ask_hook = lambda title, text: True  # a drawing autosaved by another test: replace it
    view.slot.set(LoadedModel(model, out))
    qtbot.waitUntil(lambda: not view.is_busy() and view.last_import_ok, timeout=30000)
    qtbot.waitUntil(lambda: not view.is_busy(), timeout=30000)
    assert len(view.state.drawn) == 400
    labels = [e.label for e in view.state.entries]
    assert any("flow" in lab for lab in labels), labels


def test_bad_user_data_is_a_clear_error(tmp_path):
    (tmp_path / "empty").mkdir()
    r = _run(["-m", "training", "latent", "--data", str(tmp_path / "empty"), "--out",
              str(tmp_path / "x")])
    assert r.returncode == 2 and "no usable image" in r.stderr and "Traceback" not in r.stderr
    bad = tmp_path / "bad.csv"
    bad.write_text("x,y\n1,2\nfoo,bar\n")
    r = _run(["-m", "training", "density", "--data", str(bad), "--out", str(tmp_path / "y")])
    assert r.returncode == 2 and "Traceback" not in r.stderr
