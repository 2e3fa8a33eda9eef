"""The main window: four views as tabs, menus, status bar, persisted geometry."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QWidget,
)

import explorer
from explorer.i18n.menu import add_language_menu
from explorer.i18n.model_labels import model_label
from explorer.services.worker import LatestWorker
from explorer.state import LoadedModel, ModelSlot
from explorer.views.density import DensityView
from explorer.views.dialogs import open_warning
from explorer.views.diffusion import DiffusionView
from explorer.views.gallery import GalleryView
from explorer.views.latent import LatentView
from explorer.views.layout import unclipped_tabs
from explorer.views.session_actions import SessionActions
from explorer.views.tour_panel import add_tour_actions

TAB_NAMES = ("density", "latent", "diffusion", "gallery")
#: what each tab is called: the third shows every step sampler (diffusion, PixelCNN, RBM);
#: the fourth, the Gallery, shows no model of its own (it opens them in the others)
TAB_TITLES = {"density": QT_TRANSLATE_NOOP("MainWindow", "Density"), "latent": QT_TRANSLATE_NOOP("MainWindow", "Latent"), "diffusion": QT_TRANSLATE_NOOP("MainWindow", "Step-through"),
              "gallery": QT_TRANSLATE_NOOP("MainWindow", "Gallery")}
#: how the status bar's model label names a tab (translated where it is shown)
STATUS_NAMES = {"latent": QT_TRANSLATE_NOOP("MainWindow", "latent"), "diffusion": QT_TRANSLATE_NOOP("MainWindow", "diffusion")}
#: the tabs that show one model (each has a ModelSlot)
MODEL_TABS = ("density", "latent", "diffusion")


def _load_model(path: Path) -> LoadedModel:
    import training

    return LoadedModel(training.load(path), path)


class MainWindow(SessionActions, QMainWindow):
    """Latent Explorer's window.

    Parameters
    ----------
    settings : QSettings, optional
        Where geometry and the last tab are kept (tests pass a temporary INI file).
    sync : bool
        Run background work inline (tests that want no threads).
    """

    def __init__(self, settings: QSettings | None = None, sync: bool = False) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Latent Explorer"))
        self.settings = settings if settings is not None else QSettings()
        self.slots = {kind: ModelSlot(kind) for kind in MODEL_TABS}
        # what the user opens: the latest request wins
        self.loader = LatestWorker("model-loader", sync=sync, parent=self)
        # a tab's first model, one loader per tab: showing a second tab while the first
        # one's model loads must not supersede it (each shown tab gets its model)
        self.tab_loaders: dict[str, LatestWorker] = {}
        self._sync = sync
        self.message_box: QMessageBox | None = None
        self._pending: dict[str, Path] = {}  # loader ("open" or a tab name) → path

        self.views: dict[str, QWidget] = {
            "density": DensityView(self.slots["density"], sync=sync),
            "latent": LatentView(self.slots["latent"], sync=sync),
            "diffusion": DiffusionView(self.slots["diffusion"], sync=sync),
            "gallery": GalleryView(sync=sync),
        }
        self.views["diffusion"].density_requested.connect(self.show_on_density_canvas)
        for name in ("latent", "diffusion"):
            self.views[name].open_path_requested.connect(self.open_model)
            self.views[name].train_requested.connect(
                lambda name=name: self.show_train_dialog(name))
        self.views["gallery"].open_path_requested.connect(self.open_model)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for name, view in self.views.items():
            self.tabs.addTab(view, self.tr(TAB_TITLES[name]))
            empty = getattr(view, "empty", None)
            if empty is not None:
                empty.open_requested.connect(self.choose_model)
        self.setCentralWidget(self.tabs)
        # tab titles keep their underscores (p_model, x_t) in every view's tab bars
        for tabs in (self.tabs, *self.findChildren(QTabWidget)):
            unclipped_tabs(tabs)
        self._auto_opened: set[str] = set()
        self.tabs.currentChanged.connect(self._on_tab_changed)

        self.model_label = QLabel(self.tr("no model file opened"))
        self.statusBar().addPermanentWidget(self.model_label)
        self._build_menus()
        for slot in self.slots.values():
            slot.changed.connect(self._on_model_changed)
        # the Density view's data set and model change without its slot (a new data set
        # clears its model): the label follows what the view shows
        density = self.views["density"].state
        density.data_changed.connect(lambda _d: self._update_model_label())
        density.current_changed.connect(lambda _e: self._update_model_label())
        self._restore_settings()
        self._update_model_label()
        self.statusBar().showMessage(self.tr("Ready. File → Open model… (Ctrl+O) loads a trained model."), 8000)

    # ---------------------------------------------------------------- menus
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.open_action = QAction(self.tr("&Open model…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.setStatusTip(self.tr("Open a model folder (model.safetensors + card.json)"))
        self.open_action.triggered.connect(self.choose_model)
        file_menu.addAction(self.open_action)
        self._build_session_menu(file_menu)
        file_menu.addSeparator()
        self.export_action = QAction(self.tr("&Export view as PNG…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setStatusTip(self.tr("Save a picture of the current view"))
        self.export_action.triggered.connect(self.choose_export)
        file_menu.addAction(self.export_action)
        self.train_action = QAction(self.tr("&Train a model…"), self)
        self.train_action.setShortcut(QKeySequence("Ctrl+T"))
        self.train_action.setStatusTip(self.tr("Run a training recipe for the current view in a "
                                       "separate process and open the result"))
        self.train_action.triggered.connect(lambda: self.show_train_dialog())
        file_menu.addAction(self.train_action)
        train_menu = file_menu.addMenu(self.tr("Train a&nother kind of model"))
        for kind, text in (("density", self.tr("a 2D density (any family)…")),
                           ("latent", self.tr("a VAE / autoencoder / PCA…")),
                           ("gan", self.tr("an image GAN (DCGAN / style-based)…")),
                           ("diffusion", self.tr("a diffusion model…")),
                           ("pixelcnn", self.tr("a PixelCNN (pixel by pixel)…")),
                           ("rbm", self.tr("a restricted Boltzmann machine…"))):
            act = QAction(text, self)
            act.triggered.connect(lambda _=False, kind=kind: self.show_train_dialog(kind))
            train_menu.addAction(act)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = bar.addMenu(self.tr("&View"))
        for i, name in enumerate(TAB_NAMES):
            act = QAction(self.tr(TAB_TITLES[name]), self)
            act.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            act.triggered.connect(lambda _=False, i=i: self.tabs.setCurrentIndex(i))
            view_menu.addAction(act)
        view_menu.addSeparator()
        add_language_menu(self, view_menu)

        help_menu = bar.addMenu(self.tr("&Help"))
        add_tour_actions(self, help_menu)  # Help → Tour, Open tour… (the tour's side panel)
        card = QAction(self.tr("Model &card…"), self)
        card.setShortcut(QKeySequence("Ctrl+I"))
        card.setStatusTip(self.tr("What the model in this view is, how it was trained and how well"))
        card.triggered.connect(self.show_model_card)
        help_menu.addAction(card)
        about = QAction(self.tr("&About Latent Explorer"), self)
        about.setShortcut(QKeySequence.StandardKey.HelpContents)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        about_qt = QAction(self.tr("About &Qt"), self)
        about_qt.triggered.connect(lambda: QMessageBox.aboutQt(self))
        help_menu.addAction(about_qt)

    # ---------------------------------------------------------------- models
    def choose_model(self) -> None:
        start = str(self.settings.value("last_model_dir", str(_trained_dir())))
        path = QFileDialog.getExistingDirectory(self, self.tr("Open model folder"), start)
        if path:
            self.open_model(path)

    def open_model(self, path: str | Path, switch_tab: bool = True) -> None:
        """Load the artifact at ``path`` off the GUI thread; show it, or explain why not.

        A failure leaves every view as it was.
        """
        self._open(Path(path), None, switch_tab)

    def _open(self, path: Path, tab: str | None, switch_tab: bool) -> None:
        """Load ``path`` with the user's loader (``tab`` None) or ``tab``'s own loader."""
        key = tab or "open"
        if tab is None:
            worker = self.loader
        else:
            worker = self.tab_loaders.get(tab)
            if worker is None:
                worker = LatestWorker(f"model-loader-{tab}", sync=self._sync, parent=self)
                self.tab_loaders[tab] = worker
        self._pending[key] = path
        self.statusBar().showMessage(self.tr("Opening {path} …").format(path=path))
        worker.submit(lambda: _load_model(path),
                      lambda loaded: self._on_loaded(loaded, key, tab, switch_tab),
                      lambda error: self._on_load_error(error, key, path))

    def _end_open(self, key: str, text: str, timeout_ms: int = 8000) -> None:
        """Every open ends with a message; loads still running are named after it."""
        self._pending.pop(key, None)
        if self._pending:
            text += self.tr(" — still opening ") + ", ".join(p.name for p in self._pending.values()) + " …"
            timeout_ms = 0
        self.statusBar().showMessage(text, timeout_ms)

    def _on_loaded(self, loaded: LoadedModel, key: str = "open", tab: str | None = None,
                   switch_tab: bool = True) -> None:
        home = loaded.home if tab is None or tab not in loaded.places else tab
        slot = self.slots.get(home) if home is not None else None
        if slot is None:
            text = _no_view_text(loaded)
            self._end_open(key, text, 15000)
            self.show_error(self.tr("Nothing to show"), text)
            return
        if tab is not None and tab != home:  # a stale "last model" setting
            self._end_open(key, self.tr("{name} holds a {kind} model, which the "
                                "{tab} view does not show; it stays as it is.").format(name=loaded.path.name, kind=loaded.kind, tab=self.tr(TAB_TITLES[tab])))
            return
        if tab is not None and slot.current is not None:
            # the tab's default arrived after the user opened a model there: theirs stays
            self._end_open(key, self.tr("Kept the model you opened in the {tab} view.").format(tab=self.tr(TAB_TITLES[tab])))
            return
        try:
            slot.set(loaded)
        except Exception as e:  # a bug of a view: say so, never leave "Opening …"
            self._end_open(key, self.tr("Could not show the model."))
            self.show_error(self.tr("Could not show model"),
                            self.tr("{path} was read but could not be shown because of an "
                            "unexpected error ({name}: {e}).").format(path=loaded.path, name=type(e).__name__, e=e))
            return
        if switch_tab:
            self.tabs.setCurrentIndex(TAB_NAMES.index(home))
        self.settings.setValue("last_model_dir", str(loaded.path.parent))
        self.settings.setValue(f"last_model/{home}", str(loaded.path))
        self._end_open(key, self.tr("Opened {title}").format(title=loaded.title))

    def show_on_density_canvas(self, loaded: LoadedModel) -> None:
        """Put a 2D model of another view (a 2D DDPM) on the density canvas too: its samples,
        a density estimate of them, its likelihood by the probability-flow ODE and its
        sample scores beside the explicit families."""
        self.slots["density"].set(loaded)
        self.tabs.setCurrentIndex(TAB_NAMES.index("density"))
        self.statusBar().showMessage(
            self.tr("{name} on the density canvas: its NLL by the probability-flow ODE "
            "(a few seconds); the heatmap is a density estimate of its samples.").format(name=loaded.path.name), 15000)

    def _on_load_error(self, error: Exception, key: str = "open", path: Path | None = None) -> None:
        import training

        if isinstance(error, training.ArtifactError):
            text = str(error)
        else:  # a bug of ours, not the user's fault: say so without a traceback
            text = (self.tr("{path} could not be opened because of an unexpected error "
                    "({name}: {error}).").format(path=path, name=type(error).__name__, error=error))
        self._end_open(key, self.tr("Could not open the model; nothing was changed."))
        self.show_error(self.tr("Could not open model"), text)

    def _on_model_changed(self, _loaded: LoadedModel | None) -> None:
        self._update_model_label()

    def shown_model_text(self) -> str:
        """What the current tab shows, for the status bar's model label."""
        name = TAB_NAMES[self.tabs.currentIndex()]
        if name not in self.slots:
            return self.tr("{name}: double-click a model to open it").format(name=self.tr(TAB_TITLES[name]))
        loaded = self.slots[name].current
        if name != "density":
            return self.tr("{name}: {title}").format(name=self.tr(STATUS_NAMES.get(name, name)), title=loaded.title) if loaded is not None else self.tr("{name}: no model open").format(name=self.tr(STATUS_NAMES.get(name, name)))
        state = self.views["density"].state
        entry = getattr(state, "current", None)
        data = getattr(getattr(state, "data", None), "name", None)
        on = self.tr(" on {data}").format(data=data) if data else ""
        if entry is None:
            return self.tr("density: no model{on}").format(on=on)
        if loaded is not None and loaded.model is entry.model:
            return self.tr("density: {title}").format(title=loaded.title)
        return self.tr("density: {label}{on}").format(label=model_label(entry.label), on=on)

    def _update_model_label(self) -> None:
        self.model_label.setText(self.shown_model_text())

    def load_startup_models(self) -> None:
        """Reopen the density model the user opened last time, if it still exists."""
        last = self.settings.value("last_model/density")
        if last and Path(str(last)).is_dir():
            self.open_model(str(last), switch_tab=False)

    def _on_tab_changed(self, index: int) -> None:
        """The first time an empty Latent/Diffusion tab is shown, open the model the user
        had there last time, or the shipped default (loaded lazily to keep start-up fast),
        with that tab's own loader: every tab shown gets its model."""
        self._update_model_label()
        name = TAB_NAMES[index]
        view = self.views[name]
        if name not in self.slots or name in self._auto_opened \
                or self.slots[name].current is not None:
            return
        self._auto_opened.add(name)
        last = self.settings.value(f"last_model/{name}")
        path = Path(str(last)) if last and Path(str(last)).is_dir() else None
        shipped = getattr(view, "shipped_path", None)
        path = path or (shipped() if shipped is not None else None)
        if path is not None:
            self._open(path, name, switch_tab=False)

    # ---------------------------------------------------------------- dialogs
    def show_error(self, title: str, text: str) -> QMessageBox:
        """A window-modal, non-blocking error box (kept in ``self.message_box``)."""
        self.message_box = open_warning(self, title, text)
        return self.message_box

    def show_train_dialog(self, kind: str | None = None):
        """Open the Train… dialog for ``kind`` (default: the current view, else latent)."""
        from explorer.views.train_dialog import TrainDialog

        if kind is None:
            kind = TAB_NAMES[self.tabs.currentIndex()] if self.tabs.currentIndex() < len(
                TAB_NAMES) else "latent"
            kind = kind if kind in self.slots else "latent"
        dlg = TrainDialog(kind, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.trained.connect(lambda path: self.open_model(path))
        self.train_dialog = dlg
        dlg.show()
        return dlg

    def show_model_card(self):
        """Show the card of the model open in the current view (or say there is none)."""
        from explorer.views.model_card import ModelCardDialog

        name = TAB_NAMES[self.tabs.currentIndex()]
        if name not in self.slots:
            return self.show_error(self.tr("No model card"), self.tr("The {name} view shows "
                                   "many models; open one (double-click its row) to see "
                                   "its card.").format(name=self.tr(TAB_TITLES[name])))
        loaded = self.slots[name].current
        if name == "density":  # the card of the model on the canvas, not of an older one
            entry = getattr(self.views["density"].state, "current", None)
            model = getattr(entry, "model", None)
            if loaded is not None and loaded.model is not model:
                loaded = None
            if loaded is None and model is not None and getattr(model, "card", None):
                loaded = LoadedModel(model, Path(entry.label))
        if loaded is None:
            return self.show_error(self.tr("No model card"),
                                   self.tr("No model file is open in the {name} view. "
                                   "Models fitted in the app have no card until they are "
                                   "trained with python -m training.").format(name=self.tr(TAB_TITLES[name])))
        dlg = ModelCardDialog(loaded.card, str(loaded.path), self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = dlg
        dlg.open()
        return dlg

    def show_about(self) -> QMessageBox:
        import torch

        text = (
            self.tr("<h3>Latent Explorer {version}</h3>"
            "<p>A desktop lab for seeing how generative models work: densities fitted by "
            "maximum likelihood, latent spaces, and diffusion, with models it trains itself "
            "on your CPU.</p>"
            "<p>Qt {qversion} · PySide6 {pyside_version} · "
            "pyqtgraph {version2} · torch {version3} · "
            "numpy {version4} · Python {python_version}</p>").format(version=explorer.__version__, qversion=qVersion(), pyside_version=pyside_version, version2=__import__('pyqtgraph').__version__, version3=torch.__version__, version4=__import__('numpy').__version__, python_version=platform.python_version())
        )
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About Latent Explorer"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()
        return box

    # ---------------------------------------------------------------- export
    def choose_export(self) -> None:
        name = TAB_NAMES[self.tabs.currentIndex()]
        start = str(Path(str(self.settings.value("last_export_dir", str(Path.home())))) / f"{name}.png")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export view as PNG"), start, self.tr("PNG image (*.png)"))
        if path:
            self.export_view(path)

    def export_view(self, path: str | Path) -> bool:
        """Save the current view as a PNG; on failure say why."""
        path = Path(path)
        if path.suffix.lower() != ".png":
            path = path.with_suffix(".png")
        ok = self.tabs.currentWidget().grab().save(str(path), "PNG")
        if ok:
            self.settings.setValue("last_export_dir", str(path.parent))
            self.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 8000)
        else:
            self.show_error(self.tr("Could not export"), self.tr("Could not write {path} (is the folder writable?).").format(path=path))
        return ok

    # ---------------------------------------------------------------- lifecycle
    def is_busy(self) -> bool:
        return bool(self._pending) or any(v.is_busy() for v in self.views.values())

    def _restore_settings(self) -> None:
        geom = self.settings.value("geometry")
        if geom is not None:
            self.restoreGeometry(geom)
        else:
            self.resize(1280, 800)
        try:
            tab = int(self.settings.value("tab", 0))
        except (TypeError, ValueError):
            tab = 0
        self.tabs.setCurrentIndex(min(max(tab, 0), self.tabs.count() - 1))

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("tab", self.tabs.currentIndex())
        self.settings.sync()
        self.loader.shutdown()
        self.session_worker.shutdown()
        for worker in self.tab_loaders.values():
            worker.shutdown()
        self._pending.clear()
        for view in self.views.values():
            view.shutdown()
        super().closeEvent(event)


def _no_view_text(loaded: LoadedModel) -> str:
    """Why a model that opened fine is shown nowhere, in words."""
    name = loaded.path.name
    if loaded.kind == "classifier":
        return (QCoreApplication.translate("main_window", "{name} is the classifier that scores generated digits; it has no view of its "
                "own (its scores are in the diffusion models' cards).").format(name=name))
    return QCoreApplication.translate("main_window", "{name} holds a '{kind}' model, which no view shows.").format(name=name, kind=loaded.kind)


def _trained_dir() -> Path:
    from training.artifacts import default_trained_dir

    return default_trained_dir()

