"""Shared fixtures. Qt runs offscreen; every test must leave no thread or timer running."""

from __future__ import annotations

import gc
import os
import pathlib
import weakref

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# keep the app's data (autosaved drawing, trained models) out of the user's folders
import tempfile  # noqa: E402

_DATA_HOME = tempfile.mkdtemp(prefix="latent-explorer-tests-")
os.environ["XDG_DATA_HOME"] = _DATA_HOME
os.environ["XDG_CONFIG_HOME"] = _DATA_HOME
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pytest  # noqa: E402

# Import the heavy libraries that workers use on the main thread first: a first import of
# sklearn inside a worker thread crawls (GIL-starved) while pytest-qt's waitUntil spins,
# and a test that happens to run first would hang (seen when running tests/widgets alone).
import scipy.special  # noqa: E402,F401
import sklearn.mixture  # noqa: E402,F401

ROOT = pathlib.Path(__file__).resolve().parent.parent

#: The least time any ``qtbot.waitUntil`` may wait (ms). Tests wait on events, never on a
#: wall-clock budget: the ceiling only turns a hang into a failure, so it is generous enough
#: for a slow or busy CPU (a waited-for event returns at once however high it is).
MIN_WAIT_MS = 120_000


def _generous_waits() -> None:
    from pytestqt.qtbot import QtBot

    if getattr(QtBot.waitUntil, "_generous", False):
        return
    original = QtBot.waitUntil

    def wait_until(self, callback, *, timeout=5000):
        return original(self, callback, timeout=max(int(timeout), MIN_WAIT_MS))

    wait_until._generous = True
    QtBot.waitUntil = wait_until


_generous_waits()
TRAINED = ROOT / "trained"

_started_timers: "weakref.WeakSet" = weakref.WeakSet()


def _track_timers() -> None:
    from PySide6.QtCore import QTimer

    if getattr(QTimer.start, "_tracked", False):
        return
    original = QTimer.start

    def start(self, *args):
        _started_timers.add(self)
        return original(self, *args)

    start._tracked = True
    QTimer.start = start


@pytest.fixture(autouse=True)
def no_leftover_threads_or_timers(request):
    """Fail a Qt test that leaves a worker thread or a started QTimer running.

    Runs its check after pytest-qt closed the test's widgets (their ``closeEvent``
    must stop what they started).
    """
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        # no Qt test: no worker thread can be alive (Qt tests must stop theirs), so the
        # interpreter may collect on its own meanwhile
        was = gc.isenabled()
        gc.enable()
        yield
        if not was:
            gc.disable()
        return
    from explorer.services.gc_guard import install_gui_gc

    # as in the app: cyclic garbage is collected on the GUI thread only (a collection in a
    # worker that destroys a Qt object deadlocks PySide6)
    install_gui_gc(request.getfixturevalue("qapp"))
    _track_timers()
    _started_timers.clear()
    yield
    from PySide6.QtWidgets import QApplication

    from explorer.services.worker import live_workers

    QApplication.processEvents()
    workers = live_workers()
    for w in workers:
        w.shutdown()
    timers = []
    for t in list(_started_timers):
        try:
            if t.isActive():
                timers.append(t)
                t.stop()
        except RuntimeError:  # the C++ object is already deleted: fine
            pass
    assert not workers, f"test left worker threads running: {[w.name for w in workers]}"
    assert not timers, f"test left {len(timers)} QTimer(s) running"


@pytest.fixture
def settings(tmp_path):
    """A throwaway QSettings file, so tests never touch the user's settings."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def gaussian_artifact(tmp_path):
    """A freshly fitted Gaussian saved as an artifact in a temporary folder."""
    import training
    from training.data import get_dataset
    from training.density import GaussianDensity

    model = GaussianDensity().fit(get_dataset("moons", 500, seed=3))
    card = {
        "data": {"name": "moons", "n_train": 500, "train_seed": 3},
        "training": {"recipe": "density/gaussian", "seed": 3, "steps": 1, "time_s": 0.0,
                     "device": "cpu"},
        "metrics": {"train_nll_nats": model.nll(get_dataset("moons", 500, seed=3))},
        "created_by": "tests/conftest.py",
        "family": "Gaussian",
    }
    return training.save(model, tmp_path / "gauss", card)


def save_points_ddpm(path, data: str = "moons"):
    """A small untrained 2D DDPM (MLP denoiser) standardised on ``data``, saved at ``path``;
    returns it loaded as a LoadedModel."""
    import torch

    import training
    from explorer.state.models import LoadedModel
    from training.data import get_dataset
    from training.diffusion import DiffusionModel

    x = get_dataset(data, 1000, seed=0)
    m = DiffusionModel("mlp", (2,), hidden=16, depth=2, seed=0)
    m.shift = torch.tensor(x.mean(0), dtype=torch.float32)
    m.scale = torch.tensor(x.std(0), dtype=torch.float32)
    training.save(m, path, {"data": {"name": data}, "training": {"recipe": "test", "steps": 0},
                            "metrics": {}, "created_by": "tests"})
    return LoadedModel(training.load(path), path)


@pytest.fixture
def window(qtbot, settings):
    """The main window, shown, closed by pytest-qt after the test."""
    from explorer.views.main_window import MainWindow

    w = MainWindow(settings=settings)
    qtbot.addWidget(w)
    w.show()
    return w
