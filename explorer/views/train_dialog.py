"""Train… : run a ``python -m training`` recipe in a separate process from the app.

The recipe runs in a :class:`QProcess` (so the window stays responsive and a crash of the
training cannot take the app down) with ``--log-json``; every JSON line it prints drives
the progress bar and the live loss curve. Cancel stops the process (the run keeps its last
checkpoint, and "Resume" continues from it); when the run succeeds the dialog
emits ``trained(path)`` and the main window opens the new model.
"""

from __future__ import annotations

import json
import shlex
import sys
import time
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QProcess, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QProgressBar, QPushButton, QScrollArea, QSpinBox, QVBoxLayout, QWidget,
)

from training.data.images import IMAGE_DATASETS as IMAGE_SETS

FOLDER = QT_TRANSLATE_NOOP("TrainDialog", "your images (folder / .npz / IDX)…")
CSV = QT_TRANSLATE_NOOP("TrainDialog", "your points (CSV)…")


def models_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".latent-explorer") / "models"


class TrainDialog(QDialog):
    """Configure and run one training recipe of ``kind``: 'density' (any registered 2D
    family, its fields generated from the family's declaration), 'latent', 'gan' or
    'diffusion'."""

    trained = Signal(str)

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle(self.tr("Train a {kind} model").format(kind=kind))
        self.resize(620, 560)
        self.process: QProcess | None = None
        self.user_path: str | None = None
        self.curve: list[tuple[float, float, float | None]] = []
        self.events: list[dict] = []
        self.result_path: str | None = None
        self.state = "idle"  # idle, running, done, failed, cancelled
        self._stderr = ""
        self._t0 = 0.0

        form = QFormLayout()
        self.data_combo = QComboBox()
        self.length: QSpinBox | None = None
        self.recipe_form = None
        if kind == "density":
            from explorer.views.train_density import DensityRecipeForm
            from training.data import dataset_names

            self.data_combo.addItems([*dataset_names(), self.tr(CSV)])
            form.addRow(self.tr("data"), self.data_combo)
            self.recipe_form = DensityRecipeForm()
            self.recipe_form.changed.connect(lambda: self._show_command())
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(self.recipe_form)
            scroll.setFixedHeight(210)
            form.addRow(scroll)
        elif kind == "gan":
            self.family = QComboBox()
            self.family.addItem(self.tr("DCGAN (transposed convolutions)"), "dcgan")
            self.family.addItem(self.tr("style-based (mapping network, modulated convolutions)"), "style")
            form.addRow(self.tr("generator"), self.family)
            self.data_combo.addItems([*IMAGE_SETS, self.tr(FOLDER)])
            self.length = QSpinBox(minimum=10, maximum=200_000, value=1500, singleStep=250)
            form.addRow(self.tr("data"), self.data_combo)
            form.addRow(self.tr("training steps"), self.length)
        elif kind in ("pixelcnn", "rbm"):
            self.family = QComboBox()
            if kind == "pixelcnn":
                self.family.addItem(self.tr("gated (no blind spot)"), "gated")
                self.family.addItem(self.tr("plain masked (has the blind spot)"), "plain")
                form.addRow(self.tr("network"), self.family)
            else:
                self.family.addItem(self.tr("persistent contrastive divergence (PCD)"), "pcd")
                self.family.addItem(self.tr("CD-1 (chains restarted at the data)"), "cd")
                form.addRow(self.tr("training"), self.family)
                self.dim = QSpinBox(minimum=1, maximum=2000, value=16)
                self.dim.setToolTip(self.tr("hidden units: log Z is exact up to 20, by AIS above"))
                form.addRow(self.tr("hidden units"), self.dim)
                self.dim.valueChanged.connect(lambda *_: self._show_command())
            self.data_combo.addItems(list(IMAGE_SETS))
            self.length = QSpinBox(minimum=1, maximum=1000, value=5 if kind == "pixelcnn" else 30)
            form.addRow(self.tr("data"), self.data_combo)
            form.addRow(self.tr("epochs"), self.length)
        elif kind == "latent":
            self.family = QComboBox()
            self.family.addItems(["vae", "ae", "pca"])
            form.addRow(self.tr("family"), self.family)
            self.data_combo.addItems([*IMAGE_SETS, self.tr(FOLDER)])
            self.dim = QSpinBox(minimum=1, maximum=64, value=2)
            self.length = QSpinBox(minimum=1, maximum=1000, value=40)
            form.addRow(self.tr("data"), self.data_combo)
            form.addRow(self.tr("latent dimensions"), self.dim)
            form.addRow(self.tr("most epochs"), self.length)
        else:
            from training.data import dataset_names

            self.data_combo.addItems([*dataset_names(), self.tr(CSV), "mnist5k", self.tr(FOLDER)])
            self.length = QSpinBox(minimum=10, maximum=200_000, value=3000, singleStep=500)
            form.addRow(self.tr("data"), self.data_combo)
            form.addRow(self.tr("training steps"), self.length)
        self.resume = QCheckBox(self.tr("resume from the last checkpoint of this output"))
        form.addRow(self.resume)
        self.data_combo.activated.connect(self._on_data)
        self.extra = QLineEdit()
        self.extra.setPlaceholderText(self.tr("more options, e.g. --lr 0.001 (see python -m training "
                                      "{kind} --help)").format(kind=kind))
        form.addRow(self.tr("options"), self.extra)
        self.out_edit = QLineEdit(str(models_dir() / f"{kind}-model"))
        browse = QPushButton("…")
        browse.clicked.connect(self._choose_out)
        orow = QHBoxLayout()
        orow.addWidget(self.out_edit, 1)
        orow.addWidget(browse)
        form.addRow(self.tr("save to"), orow)

        self.command_label = QLabel()
        self.command_label.setWordWrap(True)
        self.command_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.status = QLabel(self.tr("Choose the recipe and press Start."))
        self.status.setWordWrap(True)
        self.plot = pg.PlotWidget(background="w")
        self.plot.setMinimumHeight(120 if kind == "density" else 160)
        self.plot.setLabel("left", "loss")
        self.plot.addLegend(offset=(-5, 5))
        self.train_line = self.plot.plot(pen=pg.mkPen((30, 90, 200), width=2), name="train")
        self.val_line = self.plot.plot(pen=pg.mkPen((220, 90, 20), width=2), name="held-out")
        self.log = QPlainTextEdit()
        self.log.setReadOnly(True)
        self.log.setMaximumBlockCount(500)
        self.log.setMaximumHeight(90)
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel training"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        brow = QHBoxLayout()
        brow.addWidget(self.start_button)
        brow.addWidget(self.cancel_button)
        brow.addStretch(1)
        brow.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.command_label)
        lay.addWidget(self.progress)
        lay.addWidget(self.status)
        lay.addWidget(self.plot, 1)
        lay.addWidget(self.log)
        lay.addLayout(brow)
        for w in (self.data_combo, self.length):
            if w is None:
                continue
            (w.currentIndexChanged if isinstance(w, QComboBox) else w.valueChanged).connect(
                lambda *_: self._show_command())
        self.extra.textChanged.connect(lambda *_: self._show_command())
        self.resume.toggled.connect(lambda *_: self._show_command())
        if self.kind in ("gan", "pixelcnn", "rbm"):
            self.family.currentIndexChanged.connect(lambda *_: self._show_command())
        if self.kind == "latent":
            for w in (self.dim, self.family):
                (w.currentIndexChanged if isinstance(w, QComboBox) else w.valueChanged).connect(
                    lambda *_: self._show_command())
        self.out_edit.textChanged.connect(lambda *_: self._show_command())
        self._show_command()
        self.resize(620, 740 if kind == "density" else 560)

    # ---------------------------------------------------------------- recipe
    def _on_data(self, _i: int) -> None:
        text = self.data_combo.currentText()
        if text == self.tr(FOLDER):
            path = QFileDialog.getExistingDirectory(self, self.tr("Folder of images"))
            self.user_path = path or None
        elif text == self.tr(CSV):
            path, _ = QFileDialog.getOpenFileName(self, self.tr("CSV of 2D points"), "", self.tr("CSV (*.csv)"))
            self.user_path = path or None
        self._show_command()

    def _choose_out(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Save the model in (a new folder inside)"))
        if path:
            self.out_edit.setText(str(Path(path) / f"{self.kind}-model"))

    def arguments(self) -> list[str]:
        """The ``python -m training`` arguments of the configured recipe."""
        data = self.data_combo.currentText()
        if data in (self.tr(FOLDER), self.tr(CSV)):
            data = self.user_path or ""
        args = ["train", self.kind, "--data", data]
        if self.kind == "latent":
            args += ["--family", self.family.currentText(), "--latent-dim", str(self.dim.value()),
                     "--epochs", str(self.length.value())]
        elif self.kind == "density":
            args += self.recipe_form.arguments()
        elif self.kind == "gan":
            args += ["--arch", self.family.currentData(), "--steps", str(self.length.value())]
        elif self.kind == "pixelcnn":
            args += ["--arch", self.family.currentData(), "--epochs", str(self.length.value())]
        elif self.kind == "rbm":
            args += ["--hidden", str(self.dim.value()), "--epochs", str(self.length.value())]
            if self.family.currentData() == "cd":
                args.append("--no-persistent")
        else:
            args += ["--steps", str(self.length.value())]
        args += ["--run-dir", str(self._run_dir())]
        if self.resume.isChecked():
            args.append("--resume")
        args += shlex.split(self.extra.text()) if self.extra.text().strip() else []
        return args + ["--out", self.out_edit.text(), "--log-json"]

    def _run_dir(self) -> Path:
        """Checkpoints go beside the output folder, hidden: ``.NAME.run``."""
        out = Path(self.out_edit.text())
        return out.parent / f".{out.name}.run"

    def _show_command(self) -> None:
        try:
            text = "python -m training " + " ".join(shlex.quote(a) for a in self.arguments())
        except ValueError as e:  # unbalanced quotes in the options
            text = self.tr("(the options cannot be parsed: {e})").format(e=e)
        self.command_label.setText(f"<small><code>{text}</code></small>")

    # ---------------------------------------------------------------- process
    def start(self) -> bool:
        if self.process is not None:
            return False
        try:
            args = self.arguments()
        except ValueError as e:
            self.status.setText(self.tr("The options cannot be parsed: {e}").format(e=e))
            return False
        if "--data" in args and not args[args.index("--data") + 1]:
            self.status.setText(self.tr("Choose your data first (the data list's last entries)."))
            return False
        self.curve, self.events, self._stderr = [], [], ""
        self.train_line.setData([], [])
        self.val_line.setData([], [])
        self.progress.setRange(0, 0)
        self.result_path = None
        p = QProcess(self)
        p.setProgram(sys.executable)
        p.setArguments(["-m", "training", *args])
        p.setWorkingDirectory(str(Path.cwd()))
        p.readyReadStandardOutput.connect(self._read_stdout)
        p.readyReadStandardError.connect(self._read_stderr)
        p.finished.connect(self._finished)
        p.errorOccurred.connect(self._process_error)
        self.process = p
        self.state = "running"
        self._t0 = time.monotonic()
        self.status.setText(self.tr("Training in a separate process…"))
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        p.start()
        return True

    def _read_stdout(self) -> None:
        p = self.process
        if p is None:
            return
        while p.canReadLine():
            line = bytes(p.readLine()).decode("utf-8", "replace").strip()
            if not line:
                continue
            try:
                ev = json.loads(line)
            except json.JSONDecodeError:
                self.log.appendPlainText(line)
                continue
            if isinstance(ev, dict):
                self._event(ev)

    def _event(self, ev: dict) -> None:
        if "saved" in ev:
            self.result_path = ev["saved"]
            self.status.setText(self.tr("Saved; computing the quality figures…"))
            return
        x = ev.get("step", ev.get("epoch"))
        total = ev.get("total")
        if x is None:
            return
        self.events.append(ev)
        # every trainer's TrainEvent: the first training figure it has, and a held-out one
        loss = next((ev[k] for k in ("loss", "train_loss", "train_nll", "g_loss", "loss_g")
                     if isinstance(ev.get(k), (int, float))), None)
        val = next((ev[k] for k in ("val_loss", "val_nll")
                    if isinstance(ev.get(k), (int, float))), None)
        if total:
            self.progress.setRange(0, int(total))
            self.progress.setValue(int(x))
        if loss is None:
            return
        self.curve.append((float(x), float(loss), None if val is None else float(val)))
        xs = [c[0] for c in self.curve]
        self.train_line.setData(xs, [c[1] for c in self.curve])
        vals = [(c[0], c[2]) for c in self.curve if c[2] is not None]
        if vals:
            self.val_line.setData([v[0] for v in vals], [v[1] for v in vals])
        self.plot.setLabel("bottom", "step" if "step" in ev else "epoch")
        if total:
            self.progress.setRange(0, int(total))
            self.progress.setValue(int(x))
        el = time.monotonic() - self._t0
        self.status.setText(self.tr("{epoch} {x} / {total} · loss "
                            "{loss:.4g}").format(epoch=self.tr('step') if 'step' in ev else self.tr('epoch'), x=x, total=total, loss=loss) + ("" if val is None else self.tr(" · held-out {val:.4g}").format(val=val))
                            + f" · {el:.0f} s")

    def _read_stderr(self) -> None:
        if self.process is None:
            return
        text = bytes(self.process.readAllStandardError()).decode("utf-8", "replace")
        self._stderr = (self._stderr + text)[-4000:]
        for line in text.splitlines():
            if line.strip() and "\r" not in line:
                self.log.appendPlainText(line)

    def _process_error(self, err) -> None:
        if err == QProcess.ProcessError.FailedToStart:
            self._done("failed", self.tr("Could not start {executable}.").format(executable=sys.executable))

    def _finished(self, code: int, status) -> None:
        self._read_stdout()
        self._read_stderr()
        if self.state == "cancelled":
            kept = (self._run_dir() / "checkpoint" / "state.json").is_file()
            note = (self.tr(" The last checkpoint is kept: tick ‘resume’ and Start to continue.")
                    if kept else self.tr(" No checkpoint had been written yet."))
            self._done("cancelled", self.tr("Training cancelled; no model was saved.") + note)
        elif code == 0 and self.result_path:
            self._done("done", self.tr("Done: {result_path}").format(result_path=self.result_path))
            self.trained.emit(self.result_path)
        else:
            last = [ln for ln in self._stderr.splitlines() if ln.strip()]
            why = last[-1] if last else self.tr("exit status {code}").format(code=code)
            self._done("failed", self.tr("Training failed: {why}").format(why=why))

    def _done(self, state: str, text: str) -> None:
        self.state = state
        self.status.setText(text)
        self.progress.setRange(0, 1)
        self.progress.setValue(1 if state == "done" else 0)
        self.start_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if self.process is not None:
            self.process.deleteLater()
        self.process = None

    def cancel(self) -> None:
        """Stop the training process (terminate, then kill after 3 s)."""
        if self.process is None:
            return
        self.state = "cancelled"
        self.process.terminate()
        if not self.process.waitForFinished(3000) and self.process is not None:
            self.process.kill()
            self.process.waitForFinished(3000)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if self.process is not None:
            self.cancel()
        super().closeEvent(event)
