"""A short GUI soak: random interactions across the tabs raise nothing, leak no thread or
timer, and the process does not keep growing (the long run is ``python -m benchmarks
--only soak``: 10,000 interactions)."""

from __future__ import annotations

from benchmarks.soak import run_soak


def test_random_interactions_across_the_tabs(qtbot, settings, qapp):
    from explorer.views.main_window import MainWindow

    w = MainWindow(settings=settings)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    w.load_startup_models()
    qtbot.waitUntil(lambda: not w.is_busy())
    out = run_soak(w, qapp, n=400, seed=3, warmup=100)
    print({k: v for k, v in out.items() if k != "errors"})
    assert not out["errors"], out["errors"][0]
    assert out["active_timers_end"] == 0
    # after a warm-up every tab has its models, caches and thread pools: what grows after
    # that is a leak (bound generous: one run is short and memory noisy)
    assert out["rss_growth_mb"] < 150, out
    assert len(out["threads_new_after_warmup"]) <= 4, out
    w.close()
