"""Entry point: ``latent-explorer`` / ``python -m explorer``.

    latent-explorer                       open the window
    latent-explorer MODEL_FOLDER          open the window with that model loaded
    latent-explorer --session FILE        open the window on a saved session (.lexsession)
    latent-explorer --screenshot DIR      render every view offscreen to DIR/<view>.png, exit
    latent-explorer --lang es             the window in Spanish (en, es, pt, zh_CN)
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

NO_DISPLAY_MESSAGE = (
    "latent-explorer: no display found. This is a desktop application and needs a screen: "
    "DISPLAY (X11) or WAYLAND_DISPLAY is not set and QT_QPA_PLATFORM does not name another "
    "platform. On a headless machine run it on a virtual X screen with "
    "`xvfb-run -a latent-explorer` (Debian/Ubuntu: apt-get install xvfb libxcb-icccm4 "
    "libxcb-keysyms1), or render every view to PNG files without any screen with "
    "`latent-explorer --screenshot DIR`, or set QT_QPA_PLATFORM=offscreen."
)


def has_display(environ: os._Environ | dict = os.environ, platform: str = sys.platform) -> bool:
    """Whether Qt can open a window (on Linux: a display variable or an explicit platform)."""
    if environ.get("QT_QPA_PLATFORM"):
        return True
    if not platform.startswith("linux"):
        return True  # Windows and macOS always have their native platform
    return bool(environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"))


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    import explorer

    p = argparse.ArgumentParser(
        prog="latent-explorer",
        description="Latent Explorer: see how generative models work (density, latent, diffusion).",
    )
    p.add_argument("model", nargs="?", help="a model folder to open at start")
    p.add_argument("--session", metavar="FILE",
                   help="open a saved session (.lexsession) at start")
    p.add_argument("--screenshot", metavar="DIR",
                   help="render every view offscreen to DIR/<view>.png and exit")
    p.add_argument("--size", default="1280x800", help="window size for --screenshot (WxH)")
    p.add_argument("--lang", metavar="CODE",
                   help="language of the window: en, es, pt or zh_CN (default: the one chosen "
                        "under View → Language, else the system's; --screenshot: en)")
    p.add_argument("--exit-after-first-paint", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--version", action="version", version=f"%(prog)s {explorer.__version__}")
    return p.parse_args(argv)


def make_app(argv: list[str]):
    """The QApplication with the app's identity and pyqtgraph defaults."""
    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication

    pg.setConfigOptions(imageAxisOrder="row-major", antialias=True, foreground="k")
    app = QApplication.instance() or QApplication(argv)
    app.setOrganizationName("LatentExplorer")
    app.setApplicationName("latent-explorer")
    app.setApplicationDisplayName("Latent Explorer")
    # cyclic garbage (closed widgets, plot items) must never be collected in a worker
    # thread: PySide6 deadlocks or crashes when a Qt object dies there
    from explorer.services.gc_guard import install_gui_gc

    install_gui_gc(app)
    return app


def take_screenshots(window, out_dir: Path) -> list[Path]:
    """Show each tab in turn and save it as ``out_dir/<view>.png``."""
    from explorer.views.idle import wait_until_idle
    from explorer.views.main_window import TAB_NAMES

    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for i, name in enumerate(TAB_NAMES):
        window.tabs.setCurrentIndex(i)
        wait_until_idle(window)
        prepare = getattr(window.views[name], "prepare_screenshot", None)
        if prepare is not None:
            prepare()
            wait_until_idle(window)
        path = out_dir / f"{name}.png"
        if not window.grab().save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.screenshot:
        if not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
    elif not has_display():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 2

    from PySide6.QtCore import QSettings, QTimer

    from explorer.views.main_window import MainWindow

    app = make_app(sys.argv[:1])
    settings = QSettings()
    if args.screenshot or args.exit_after_first_paint:
        # screenshots and start-up timing use the shipped defaults and leave the user's
        # settings alone
        from PySide6.QtCore import QTemporaryDir

        tmp = QTemporaryDir()
        settings = QSettings(str(Path(tmp.path()) / "s.ini"), QSettings.Format.IniFormat)
    from explorer import i18n

    if args.lang and i18n.normalise(args.lang) is None:
        print(f"latent-explorer: no translation for {args.lang!r}; the window is in English "
              f"(there are: {', '.join(i18n.LANGUAGES)})", file=sys.stderr)
    # screenshots are in English unless a language is asked for
    i18n.install(app, i18n.resolve(args.lang, "en" if args.screenshot else
                                   str(settings.value(i18n.SETTINGS_KEY, "") or "")))
    window = MainWindow(settings=settings)
    if args.session:
        window.open_session(args.session)
    elif args.model:
        window.open_model(args.model)
    else:
        window.load_startup_models()

    if args.screenshot:
        w, h = (int(v) for v in args.size.lower().split("x"))
        window.resize(w, h)
        window.show()
        try:
            paths = take_screenshots(window, Path(args.screenshot))
        except OSError as e:
            print(f"latent-explorer: {e}", file=sys.stderr)
            window.close()
            return 1
        for p in paths:
            print(p)
        window.close()
        return 0

    if args.exit_after_first_paint:
        from PySide6.QtCore import QEvent, QObject

        class _FirstPaint(QObject):
            def eventFilter(self, obj, ev):  # noqa: N802
                if ev.type() == QEvent.Type.Paint:
                    print("first-paint", flush=True)
                    QTimer.singleShot(0, window.close)
                    self.deleteLater()
                return False

        filt = _FirstPaint()
        window.installEventFilter(filt)

    window.show()
    return app.exec()
