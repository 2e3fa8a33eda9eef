"""The Gallery tab: the taxonomy tree with the samples at its leaves, the sortable table
(cells that cannot apply say why), a row opens its model, the empty state, re-measuring in
a worker with Cancel. Built on a small synthetic gallery folder: nothing here depends on
how fast the CPU samples."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from PySide6.QtCore import Qt

from explorer.views.gallery import EMPTY_TITLE, GalleryView
from explorer.views.gallery_table import COLUMNS, MODEL_ROLE, SORT_ROLE
from tests.conftest import TRAINED


def _row(name, family, key, binary, nll, nature, note, confident, params):
    return {"model": name, "family": family, "taxonomy": key,
            "samples": "binary" if binary else "grey", "compared_with": "x",
            "how_drawn": "y", "nll_nats": nll, "nll_nature": nature, "nll_note": note,
            "bits_per_dim": None if nll is None or not binary else nll / 543.4,
            "n_samples": 24, "confident_share": confident, "class_shares": [0.1] * 10,
            "min_class_share": 0.1, "missing_classes": [], "frechet_distance": 50.0,
            "frechet_floor": 8.0, "precision": 0.5, "recall": 0.4, "memorised_share": 0.0,
            "nn_train_ratio": 1.1, "n_params": params, "train_time_s": 10.0,
            "sample_16_s": 0.01}


def make_gallery(folder):
    from training.gallery_report import write

    rows = [_row("naive-mnist5k", "naive Bernoulli", "factorised", True, 207.2, "exact",
                 "exact", 0.35, 784),
            _row("gan-dcgan-mnist5k", "GAN", "gan", False, None, "none",
                 "no likelihood: implicit model (a sampler with no density)", 0.77, 301857),
            _row("latent-vae2-mnist5k", "VAE", "vae", False, 157.8, "lower bound",
                 "−ELBO ≥ −log p(x)", 0.54, 469268)]
    rng = np.random.default_rng(0)
    strips = {r["model"]: rng.random((16, 28, 28)).astype(np.float32) for r in rows}
    real = {k: {**rows[0], "model": f"real digits ({k})"} for k in ("grey", "binary")}
    g = {"version": 1, "data": "mnist5k", "n_samples": 24, "seed": 0, "knn_k": 3,
         "missing_share": 0.01, "machine": {"cpu": "test", "cores": 1, "torch_threads": 1},
         "measured_at": "now", "total_s": 1.0, "references": real, "models": rows,
         "absent_families": [], "strips": strips}
    write(g, folder)
    return folder


@pytest.fixture
def make_view(qtbot, tmp_path):
    """Views kept referenced until pytest-qt has closed them (a parentless widget whose
    Python wrapper dies is deleted unclosed, its worker threads still running)."""
    kept = []

    def make(folder):
        v = GalleryView(folder=folder, user_folder=tmp_path / "user")
        kept.append(v)
        qtbot.addWidget(v)
        v.resize(1272, 720)
        v.show()
        qtbot.waitUntil(lambda: not v.is_busy())
        return v

    yield make


@pytest.fixture
def view(make_view, tmp_path):
    return make_view(make_gallery(tmp_path / "g"))


def _column(name):
    return [c.key for c in COLUMNS].index(name)


def _models(view):
    return [view.proxy.index(r, 0).data(MODEL_ROLE) for r in range(view.proxy.rowCount())]


def test_the_tree_places_each_model_at_its_leaf_with_its_samples(view):
    assert view.stack.currentWidget() is view.splitter
    found = {}

    def walk(item, path):
        for i in range(item.childCount()):
            child = item.child(i)
            name = child.data(0, MODEL_ROLE)
            if name:
                found[name] = (path, not child.icon(2).isNull())
            walk(child, path + [child.text(0)])

    for i in range(view.tree.topLevelItemCount()):
        top = view.tree.topLevelItem(i)
        walk(top, [top.text(0)])
    assert found["naive-mnist5k"] == (["generative models", "explicit density",
                                       "tractable density", "factorised"], True)
    assert found["gan-dcgan-mnist5k"][0][-2:] == ["implicit density", "GAN"]
    assert found["latent-vae2-mnist5k"][0][-2:] == ["approximate density", "variational"]
    assert "3 models" in view.source.text()


def test_the_table_sorts_and_says_why_a_cell_cannot_apply(view):
    nll = _column("nll_nats")
    view.table.sortByColumn(nll, Qt.SortOrder.AscendingOrder)
    assert _models(view) == ["latent-vae2-mnist5k", "naive-mnist5k", "gan-dcgan-mnist5k"]
    view.table.sortByColumn(nll, Qt.SortOrder.DescendingOrder)  # the GAN stays last
    assert _models(view) == ["naive-mnist5k", "latent-vae2-mnist5k", "gan-dcgan-mnist5k"]
    gan = view.proxy.index(2, nll)
    assert gan.data() == "—" and "implicit model" in gan.data(Qt.ItemDataRole.ToolTipRole)
    bpd = view.proxy.index(1, _column("bits_per_dim"))  # the VAE: grey, a bound
    assert bpd.data() == "—" and "binary" in bpd.data(Qt.ItemDataRole.ToolTipRole)
    view.table.sortByColumn(_column("n_params"), Qt.SortOrder.DescendingOrder)
    assert _models(view)[0] == "latent-vae2-mnist5k"
    assert view.proxy.index(0, _column("n_params")).data(SORT_ROLE) == 469268


def test_a_double_click_on_a_row_asks_to_open_that_model(view, qtbot):
    view.table.sortByColumn(_column("confident_share"), Qt.SortOrder.DescendingOrder)
    with qtbot.waitSignal(view.open_path_requested) as sig:
        view.table.doubleClicked.emit(view.proxy.index(0, 3))
    assert sig.args[0] == TRAINED / "gan-dcgan-mnist5k"


def test_the_empty_state_says_how_to_make_a_gallery(make_view, tmp_path):
    v = make_view(tmp_path / "none")
    assert v.stack.currentWidget() is v.empty and v.empty.title.text() == EMPTY_TITLE
    assert "python -m training gallery" in v.empty.body.text()
    assert v.table_model.rowCount() == 0


def test_remeasure_runs_in_the_worker_and_can_be_cancelled(make_view, qtbot, tmp_path,
                                                           monkeypatch):
    import explorer.services.gallery as service

    started, release = threading.Event(), threading.Event()

    def fake_measure(n, only=None, progress=None, cancel=None):
        from training.gallery import Cancelled

        started.set()
        progress("[1/3] pretending")
        while not (cancel.is_set() or release.is_set()):
            cancel.wait(0.01)
        if cancel.is_set():
            raise Cancelled()
        make_gallery(tmp_path / "made")
        from training.gallery_report import load_gallery

        g = load_gallery(tmp_path / "made")
        g["strips"] = {}
        return g

    monkeypatch.setattr("training.gallery.measure", fake_measure)
    v = make_view(tmp_path / "none")
    v.request_measure()
    qtbot.waitUntil(started.is_set)
    assert v.cancel_button.isEnabled() and v.is_busy()
    v.cancel_measure()
    assert not v.is_busy() and v.stack.currentWidget() is v.empty
    started.clear()
    v.request_measure()
    qtbot.waitUntil(started.is_set)
    release.set()
    qtbot.waitUntil(lambda: not v.is_busy())
    assert v.table_model.rowCount() == 3 and v.folder == tmp_path / "user"
    assert (tmp_path / "user" / "gallery.json").is_file()
    assert service.read_gallery(tmp_path / "user").rows[0]["model"] == "naive-mnist5k"


def test_the_main_window_has_a_gallery_tab_that_opens_models(window, qtbot, tmp_path):
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Density", "Latent", "Step-through", "Gallery"]
    gallery = window.views["gallery"]
    window.tabs.setCurrentWidget(gallery)
    assert "Gallery" in window.model_label.text()
    gallery.open_model("naive-mnist5k")  # a step sampler: it opens in the Step-through
    qtbot.waitUntil(lambda: window.slots["diffusion"].current is not None)
    assert window.slots["diffusion"].current.path.name == "naive-mnist5k"
    assert window.tabs.currentWidget() is window.views["diffusion"]


def test_closing_during_a_real_remeasure_stops_it_at_once(make_view, qtbot, tmp_path):
    """The soak test found it: Re-measure, then close the window while a PixelCNN draws
    500 samples (minutes) — the view must not wait for the model to finish."""
    import time

    v = make_view(tmp_path / "none")
    v.samples.setValue(500)
    v.request_measure(only=("pixelcnn-plain-mnist5k",))
    qtbot.waitUntil(lambda: "pixelcnn-plain" in v.status.text(), timeout=120_000)
    qtbot.wait(300)  # inside the draw
    t0 = time.perf_counter()
    v.shutdown()
    assert time.perf_counter() - t0 < 30  # one network pass, not the model's whole draw
    assert not v.measurer.is_running()


def test_a_merged_gallery_says_which_rows_were_measured_later(make_view, tmp_path):
    """A gallery with ``updates`` (``gallery --only NAME --merge``) counts those rows in its
    source line (a count keeps the line short) and names them, with when they were
    measured, in the tooltip; hostile entries are skipped."""
    import json

    folder = make_gallery(tmp_path / "m")
    path = folder / "gallery.json"
    g = json.loads(path.read_text())
    g["updates"] = [{"models": ["gan-dcgan-mnist5k"], "measured_at": "later"}, "junk",
                    {"models": "not a list"}, {"models": ["rbm-mnist5k"], "measured_at": "then"}]
    path.write_text(json.dumps(g))
    v = make_view(folder)
    assert v.source.text().endswith("rows re-measured later: 2")
    assert v.source.toolTip() == "gan-dcgan-mnist5k: later\nrbm-mnist5k: then"
    plain = make_view(make_gallery(tmp_path / "p"))
    assert "re-measured" not in plain.source.text() and plain.source.toolTip() == ""
