"""The Latent tab with the shipped models: sliders, the map point, encoding, bookmarks,
interpolation, traversal, the manifold grid and export."""

from __future__ import annotations

import numpy as np
import pytest

import training
from explorer.state.models import LoadedModel
from explorer.views.latent_parts import manifold_grid
from tests.conftest import TRAINED


def _loaded(name):
    return LoadedModel(training.load(TRAINED / name), TRAINED / name)


@pytest.fixture(scope="module")
def vae2():
    return _loaded("latent-vae2-mnist5k")


@pytest.fixture
def view(latent_view):
    return latent_view


def _open(qtbot, view, loaded):
    """Show ``loaded`` and wait for its test set (prepared in the view's worker)."""
    view.slot.set(loaded)
    qtbot.waitUntil(view.is_ready)


def test_sliders_built_from_the_model_and_drive_the_image(qtbot, view, vae2):
    assert view.stack.currentIndex() == 0
    _open(qtbot, view, vae2)
    assert view.stack.currentIndex() == 1 and len(view.rows) == 2
    before = view.image.image().copy()
    view.rows[0].slider.setValue(150)  # 1.5 σ
    assert view.state.z[0] == pytest.approx(1.5)
    after = view.image.image()
    assert not np.array_equal(before, after)
    assert np.allclose(after, vae2.model.decode(np.array([[1.5, 0.0]]))[0])
    assert view.rows[0].value.text() == "+1.50"
    # the map point follows the slider (one state, one-way binding)
    assert view.target.pos().x() == pytest.approx(1.5)
    view.rows[0].reset.click()
    assert view.state.z[0] == 0.0


def test_dragging_the_map_point_moves_the_sliders(qtbot, view, vae2):
    _open(qtbot, view, vae2)
    view.target.setPos(-1.0, 2.0)
    assert np.allclose(view.state.z, [-1.0, 2.0])
    assert view.rows[0].slider.value() == -100 and view.rows[1].slider.value() == 200


def test_encode_jumps_to_the_encoders_output(qtbot, view, vae2):
    _open(qtbot, view, vae2)
    img = view._data["x"][3]
    z = view.encode_image(img)
    assert np.allclose(view.state.z, vae2.model.encode(img[None])[0])
    assert np.allclose([r.axis.to_z(r.slider.value() / 100) for r in view.rows], z, atol=0.006)
    assert "reconstruction error" in view.recon_label.text()
    view._on_browser_click(29 * 2 + 5, 5)  # third image of the first row
    assert np.allclose(view.state.z, vae2.model.encode(view._data["x"][2:3])[0])


def test_encode_a_file_and_a_bad_file(qtbot, view, vae2, tmp_path):
    from PIL import Image

    _open(qtbot, view, vae2)
    a = np.zeros((56, 56), np.uint8)
    a[10:46, 24:32] = 255
    Image.fromarray(a).save(tmp_path / "one.png")
    assert view.encode_file(tmp_path / "one.png")
    (tmp_path / "bad.png").write_text("nope")
    assert not view.encode_file(tmp_path / "bad.png")
    assert "Pillow" in view.message_box.text()
    view.message_box.close()


def test_bookmarks_interpolation_and_export(qtbot, view, vae2, tmp_path):
    from PIL import Image

    _open(qtbot, view, vae2)
    view.state.set_z(np.array([-2.0, 0.0]))
    view.state.add_bookmark("left")
    view.state.set_z(np.array([2.0, 1.0]))
    view.state.add_bookmark("right")
    assert view.bookmark_list.count() == 2 and view.to_combo.currentText() == "right"
    assert view.strip.image() is not None
    view.interp_slider.setValue(50)
    assert np.allclose(view.state.z, [0.0, 0.5])
    view.slerp_radio.setChecked(True)
    view.interp_slider.setValue(49)
    view.interp_slider.setValue(50)
    assert not np.allclose(view.state.z, [0.0, 0.5])
    view.interp_slider.setValue(0)
    view.toggle_interp_play()
    qtbot.waitUntil(lambda: view.interp_slider.value() == 100, timeout=10000)
    assert not view.play_timer.isActive()
    assert np.allclose(view.state.z, [2.0, 1.0])
    assert view.export_strip_png(tmp_path / "s.png")
    assert Image.open(tmp_path / "s.png").size[0] == 4 * (10 * 29 - 1)
    assert view.export_gif(tmp_path / "a.gif")
    assert Image.open(tmp_path / "a.gif").n_frames > 10
    view.state.remove_bookmark(0)
    assert view.bookmark_list.count() == 1 and "two codes" in view.strip.caption.text()


def test_randomise_warning_and_traversal(qtbot, view, vae2):
    _open(qtbot, view, vae2)
    view.state.set_z(np.array([3.9, -3.9]))
    assert "far outside" in view.warning.text()
    view.state.set_z(np.zeros(2))
    assert view.warning.text() == ""
    view.randomise()
    assert np.any(view.state.z != 0)
    view.tools.setCurrentIndex(2)
    # the grid is decoded in a worker (the latest z wins)
    qtbot.waitUntil(lambda: view.traversal.image() is not None)
    img = view.traversal.image()
    assert img.shape == (2 * 29 - 1, 11 * 29 - 1)


def test_manifold_grid_orientation_and_toggle(qtbot, view, vae2):
    _open(qtbot, view, vae2)
    model = vae2.model
    img, rect = manifold_grid(model, np.zeros(2), np.eye(2, dtype=np.float32), np.zeros(2),
                              (-2, 2), (-2, 2), n=4)
    assert img.shape == (4 * 28, 4 * 28) and rect == (-2, -2, 4, 4)
    # tile at grid row 0 (bottom, y = −1.5), column 3 (x = 1.5), flipped for the y-up plot
    expect = model.decode(np.array([[1.5, -1.5]], np.float32))[0][::-1]
    assert np.allclose(img[0:28, 84:112], expect)
    view.manifold_check.setChecked(True)
    qtbot.waitUntil(lambda: view.manifold_item.image is not None)


def test_shapes_model_and_comparison(qtbot, view):
    _open(qtbot, view, _loaded("latent-vae8-shapes"))
    assert len(view.rows) == 8
    view.tools.setCurrentIndex(2)
    qtbot.waitUntil(lambda: "|r|" in view.traversal_labels.text())
    _open(qtbot, view, _loaded("latent-vae2-mnist5k"))
    names = [view.compare_combo.itemText(i) for i in range(view.compare_combo.count())]
    assert any("ae2" in n for n in names)
    i = next(i for i, n in enumerate(names) if "ae2" in n)
    view.compare_combo.setCurrentIndex(i)
    view._on_compare(i)
    assert view.compare_image.isVisible()
    view.rows[1].slider.setValue(-120)
    assert np.allclose(view.compare_image.image(),
                       view.compare_model.decode(view.state.z[None])[0])


def test_pca_map_for_d16(qtbot, view):
    _open(qtbot, view, _loaded("latent-vae16-mnist5k"))
    assert view.pca_check.isEnabled()
    view.pca_check.setChecked(True)
    assert "PC 1" in view.map.getPlotItem().getAxis("bottom").labelText
    z0 = view.state.z.copy()
    a, c, _ = view._projection()
    view.target.setPos(1.0, -0.5)
    z1 = view.state.z
    assert np.allclose(a @ (z1 - c), [1.0, -0.5], atol=1e-5)
    # only the map plane moved
    resid = (z1 - z0) - a.T @ (a @ (z1 - z0))
    assert np.abs(resid).max() < 1e-5
    view.manifold_check.setChecked(True)
    qtbot.waitUntil(lambda: view.manifold_item.image is not None)
    assert view.manifold_item.image.shape == (16 * 28, 16 * 28)


def test_traversal_and_manifold_grids_decode_off_the_gui_thread(qtbot, view, vae2, monkeypatch):
    """Up to ~200 decodes per grid (over a second for a style generator on a slow CPU):
    never on the GUI thread."""
    import threading

    from explorer.views import latent_parts

    threads = []

    def spy(fn):
        def wrapped(*a, **k):
            threads.append(threading.current_thread() is threading.main_thread())
            return fn(*a, **k)
        return wrapped

    monkeypatch.setattr(latent_parts, "traversal_grid", spy(latent_parts.traversal_grid))
    monkeypatch.setattr(latent_parts, "manifold_grid", spy(latent_parts.manifold_grid))
    _open(qtbot, view, vae2)
    view.tools.setCurrentIndex(2)
    view.manifold_check.setChecked(True)
    qtbot.waitUntil(lambda: view.traversal.image() is not None
                    and view.manifold_item.image is not None)
    assert threads and not any(threads)
