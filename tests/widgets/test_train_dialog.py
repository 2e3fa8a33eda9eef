"""Train… runs a recipe in a separate process, shows progress, can be cancelled, and the
main window opens the result."""

from __future__ import annotations

from explorer.views.main_window import MainWindow
from explorer.views.train_dialog import TrainDialog


def test_train_latent_model_from_the_app(qtbot, settings, tmp_path):
    w = MainWindow(settings=settings)
    qtbot.addWidget(w)
    w.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: not w.is_busy(), timeout=30000)
    dlg = w.show_train_dialog("latent")
    dlg.data_combo.setCurrentText("digits8")
    dlg.length.setValue(3)
    dlg.extra.setText("--hidden 16 --patience 5")
    dlg.out_edit.setText(str(tmp_path / "my-vae"))
    assert "--data digits8" in dlg.command_label.text()
    assert dlg.start()
    assert not dlg.start()  # one run at a time
    qtbot.waitUntil(lambda: dlg.state != "running", timeout=120000)
    assert dlg.state == "done", dlg.status.text()
    assert len(dlg.events) >= 1 and dlg.events[-1]["total"] == 3
    assert dlg.progress.value() == dlg.progress.maximum()
    qtbot.waitUntil(lambda: w.slots["latent"].current is not None
                    and w.slots["latent"].current.path == tmp_path / "my-vae", timeout=30000)
    assert w.views["latent"].rows and len(w.views["latent"].rows) == 2
    dlg.close()


def test_cancel_a_diffusion_run_and_a_failing_run(qtbot, tmp_path):
    dlg = TrainDialog("diffusion")
    qtbot.addWidget(dlg)
    dlg.data_combo.setCurrentText("moons")
    dlg.length.setValue(200_000)
    dlg.extra.setText("--eval-every 20 --checkpoint-every 20 --hidden 16 --depth 1 --threads 1")
    dlg.out_edit.setText(str(tmp_path / "ddpm"))
    assert dlg.start()
    qtbot.waitUntil(lambda: len(dlg.events) >= 2, timeout=60000)
    assert dlg.train_line.getData()[0] is not None
    dlg.cancel()
    qtbot.waitUntil(lambda: dlg.state == "cancelled", timeout=10000)
    assert "checkpoint is kept" in dlg.status.text()
    assert (tmp_path / ".ddpm.run" / "checkpoint" / "state.json").is_file()
    assert not (tmp_path / "ddpm").exists()
    done_before = max(ev["step"] for ev in dlg.events)
    # Resume continues from the checkpoint instead of step 0
    dlg.resume.setChecked(True)
    assert "--resume" in dlg.command_label.text()
    assert dlg.start()
    qtbot.waitUntil(lambda: len(dlg.events) >= 1, timeout=60000)
    assert dlg.events[0]["step"] > 20 and dlg.events[0]["step"] >= done_before - 20
    assert "resumed from step" in dlg.log.toPlainText()
    dlg.cancel()
    qtbot.waitUntil(lambda: dlg.state == "cancelled", timeout=10000)
    dlg.resume.setChecked(False)
    dlg.extra.setText("--lr oops")
    assert dlg.start()
    qtbot.waitUntil(lambda: dlg.state != "running", timeout=60000)
    assert dlg.state == "failed" and "'oops' is not a number" in dlg.status.text()
