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


def test_every_density_family_is_offered_with_its_declared_fields(qtbot):
    """The density form is generated from the registry: every family, every field, and a
    command that parses into the density recipe with exactly those values."""
    from explorer.views.density_panels import set_widget_value
    from training.density.registry import families
    from training.recipes import recipe_from_command

    dlg = TrainDialog("density")
    qtbot.addWidget(dlg)
    form = dlg.recipe_form
    assert [form.family.itemData(i) for i in range(form.family.count())] == \
        [f.key for f in families()]
    for i, fam in enumerate(families()):
        form.family.setCurrentIndex(i)
        page = form.pages[fam.key]
        assert set(page.widgets) == {h.name for h in fam.hypers}
        assert page.values() == fam.defaults()  # the recipe's defaults, not the app's
        # change every number: the command carries it and parses back to it
        for h in fam.hypers:
            if h.type in (int, float) and not h.choices:
                v = h.default + (h.step or 1) if h.max is None or h.default < h.max else h.default
                set_widget_value(page.widgets[h.name], h.type(v))
        cmd = "python -m training " + " ".join(dlg.arguments()[1:]).replace(
            "--log-json", "")
        recipe = recipe_from_command(cmd.replace("--run-dir", "--run-dir"))
        assert recipe.family == fam.key
        options = recipe.family_options()
        for name, value in page.values().items():
            assert options[name] == value, (fam.key, name)


def test_train_a_2d_autoregressive_model_from_the_dialog(qtbot, settings, tmp_path):
    from explorer.views.density_panels import set_widget_value

    w = MainWindow(settings=settings)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: not w.is_busy(), timeout=30000)
    dlg = w.show_train_dialog("density")
    dlg.data_combo.setCurrentText("moons")
    form = dlg.recipe_form
    form.family.setCurrentIndex(form.family.findData("autoregressive"))
    page = form.pages["autoregressive"]
    set_widget_value(page.widgets["steps"], 60)
    set_widget_value(page.widgets["bins"], 16)
    set_widget_value(page.widgets["hidden"], 8)
    dlg.extra.setText("--n-train 500 --n-val 200 --n-test 500 --threads 1")
    dlg.out_edit.setText(str(tmp_path / "ar"))
    assert "--family autoregressive" in dlg.command_label.text()
    assert dlg.start()
    qtbot.waitUntil(lambda: dlg.state != "running", timeout=120000)
    assert dlg.state == "done", dlg.status.text()
    assert dlg.events and "train_nll" in dlg.events[-1]
    assert dlg.train_line.getData()[0] is not None
    qtbot.waitUntil(lambda: w.slots["density"].current is not None
                    and w.slots["density"].current.path == tmp_path / "ar", timeout=30000)
    dlg.close()


def test_pixelcnn_and_rbm_recipes_from_the_dialog(qtbot, settings, tmp_path):
    """Both step samplers train from the app: the PixelCNN's command parses into its recipe;
    a tiny RBM trains in a separate process and opens in the step-through view."""
    from training.recipes import recipe_from_command

    dlg = TrainDialog("pixelcnn")
    qtbot.addWidget(dlg)
    dlg.family.setCurrentIndex(dlg.family.findData("plain"))
    dlg.length.setValue(2)
    r = recipe_from_command("python -m training " + " ".join(
        a for a in dlg.arguments()[1:] if a != "--log-json"))
    assert r.arch == "plain" and r.epochs == 2
    w = MainWindow(settings=settings)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: not w.is_busy(), timeout=30000)
    dlg = w.show_train_dialog("rbm")
    dlg.data_combo.setCurrentText("digits8")
    dlg.dim.setValue(4)
    dlg.length.setValue(2)
    dlg.family.setCurrentIndex(dlg.family.findData("cd"))
    dlg.out_edit.setText(str(tmp_path / "rbm"))
    assert "--no-persistent" in dlg.command_label.text()
    assert dlg.start()
    qtbot.waitUntil(lambda: dlg.state != "running", timeout=120000)
    assert dlg.state == "done", dlg.status.text()
    qtbot.waitUntil(lambda: w.slots["diffusion"].current is not None
                    and w.slots["diffusion"].current.path == tmp_path / "rbm", timeout=60000)
    dlg.close()
