"""Gaussian mixture fitted by EM (scikit-learn's implementation, one EM step at a time).

p(x) = Σ_k π_k N(x; μ_k, Σ_k), full covariances. EM (Dempster, Laird & Rubin, 1977) raises
the training log-likelihood every iteration; ``fit`` runs sklearn's ``GaussianMixture`` with
``warm_start`` and ``max_iter=1`` so that each call is one E+M step and a live view can
watch the components move. Evaluation and sampling use the stored arrays only (numpy).
"""

from __future__ import annotations

import math
import time
import warnings
from typing import Any, Callable

import numpy as np

from training.artifacts import register
from training.data.checks import check_points
from training.density.base import DensityModel, as_points
from training.density.family import Family, Hyper
from training.density.trainer import TrainEvent


def working_frame(x: np.ndarray) -> tuple[np.ndarray, float]:
    """(shift, scale) under which EM sees the points: (0, 1) — the points as they are —
    for data of ordinary scale, else centred and divided by a power of two near their
    spread, so that sklearn's absolute ``reg_covar`` and its X·P − μ·P evaluation stay
    meaningful for points spread over 1e-3 or offset by 1e9."""
    std = float(x.std(0).max())
    off = float(np.abs(x.mean(0)).max())
    if 1e-2 <= std <= 1e4 and off <= 1e4 * std:
        return np.zeros(2), 1.0
    return x.mean(0), float(2.0 ** round(math.log2(std)))


@register
class GMMDensity(DensityModel):
    family = "Gaussian mixture (EM)"

    def __init__(self, n_components: int = 8, reg_covar: float = 1e-6) -> None:
        super().__init__()
        k = int(n_components)
        if k < 1:
            raise ValueError("n_components must be at least 1")
        self.n_components, self.reg_covar = k, float(reg_covar)
        self.weights = np.full(k, 1.0 / k)
        self.means = np.zeros((k, 2))
        self.covariances = np.tile(np.eye(2), (k, 1, 1))

    def em(self, x: np.ndarray, seed: int = 0):
        """A generator: one EM iteration per ``next()``, yielding the train NLL (nats)."""
        tr = EMTrainer(self, x, max_iter=2**62, tol=-math.inf, seed=seed)
        while True:
            tr.step(1)
            yield tr.history[-1].train_nll

    def fit(self, x: np.ndarray, max_iter: int = 200, tol: float = 1e-5, seed: int = 0,
            callback: Callable[[int, float], None] | None = None, **_: Any) -> "GMMDensity":
        """EM until the train NLL improves by less than ``tol`` nats or ``max_iter`` steps."""
        cb = None if callback is None else (lambda ev: callback(ev.step, ev.train_nll))
        EMTrainer(self, x, max_iter=max_iter, tol=tol, seed=seed, callback=cb).run()
        return self

    def _component_log_probs(self, x: np.ndarray) -> np.ndarray:
        """log π_k + log N(x; μ_k, Σ_k) for every point and component, shape [N, K].

        Vectorised with the closed-form inverse of each 2×2 covariance.
        """
        c = self.covariances
        det = c[:, 0, 0] * c[:, 1, 1] - c[:, 0, 1] * c[:, 1, 0]  # [K]
        p00, p11, p01 = c[:, 1, 1] / det, c[:, 0, 0] / det, -c[:, 0, 1] / det
        d0 = x[:, 0:1] - self.means[None, :, 0]  # [N, K]
        d1 = x[:, 1:2] - self.means[None, :, 1]
        maha = p00 * d0 * d0 + 2 * p01 * d0 * d1 + p11 * d1 * d1
        return -0.5 * maha - 0.5 * np.log(det) - math.log(2 * math.pi) + np.log(self.weights)

    def log_prob(self, x: np.ndarray) -> np.ndarray:
        a = self._component_log_probs(as_points(x))
        top = a.max(1)
        with np.errstate(invalid="ignore"):
            return np.log(np.exp(a - top[:, None]).sum(1)) + top

    def log_prob_grid(self, x0: float, x1: float, y0: float, y1: float, res: int) -> np.ndarray:
        """log p at the centres of a ``res × res`` grid (rows y, columns x), exactly
        :meth:`log_prob` there, faster: on a grid the Mahalanobis form of each
        component splits into a row term, a column term and one outer product, so no
        ``[N, K]`` difference arrays are built and the log-sum-exp over components runs
        in place."""
        xs = np.linspace(x0, x1, res, endpoint=False) + (x1 - x0) / (2 * res)
        ys = np.linspace(y0, y1, res, endpoint=False) + (y1 - y0) / (2 * res)
        c = self.covariances
        det = c[:, 0, 0] * c[:, 1, 1] - c[:, 0, 1] * c[:, 1, 0]
        p00, p11, p01 = c[:, 1, 1] / det, c[:, 0, 0] / det, -c[:, 0, 1] / det
        const = -0.5 * np.log(det) - math.log(2 * math.pi) + np.log(self.weights)  # [K]
        k = self.n_components
        comp = np.empty((k, res, res))
        for j in range(k):
            dx = xs - self.means[j, 0]
            dy = ys - self.means[j, 1]
            # −½ (p00 dx² + 2 p01 dx dy + p11 dy²) + const, as row + column + outer terms
            row = (-0.5 * p11[j]) * dy * dy + const[j]  # [res] along y
            col = (-0.5 * p00[j]) * dx * dx  # [res] along x
            np.multiply.outer(dy * (-p01[j]), dx, out=comp[j])
            comp[j] += row[:, None]
            comp[j] += col[None, :]
        top = comp.max(0)
        comp -= top
        np.exp(comp, out=comp)
        total = comp.sum(0)
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.log(total) + top

    def sample(self, n: int, seed: int = 0) -> np.ndarray:
        rng = np.random.default_rng(seed)
        comp = rng.choice(self.n_components, size=int(n), p=self.weights / self.weights.sum())
        z = rng.normal(size=(int(n), 2))
        chols = np.linalg.cholesky(self.covariances)
        return self.means[comp] + np.einsum("nij,nj->ni", chols[comp], z)

    @property
    def n_params(self) -> int:
        return self.n_components * 6 - 1  # 2 mean + 3 covariance per component, K−1 weights

    def config(self) -> dict[str, Any]:
        return {"n_components": self.n_components, "reg_covar": self.reg_covar}

    @classmethod
    def expected_shapes(cls, config: dict[str, Any]) -> dict[str, tuple[int, ...]]:
        """Tensor names and shapes of a model built from ``config`` (the constructor's
        arguments, defaults filled in), without building one: ``training.load`` compares
        them with the weights file first."""
        k = int(config["n_components"])
        return {"weights": (k,), "means": (k, 2), "covariances": (k, 2, 2)}

    def get_tensors(self) -> dict[str, np.ndarray]:
        return {"weights": self.weights.astype(np.float64), "means": self.means.astype(np.float64),
                "covariances": self.covariances.astype(np.float64)}

    def set_tensors(self, tensors: dict[str, np.ndarray]) -> None:
        w, cov = tensors["weights"], tensors["covariances"]
        if np.any(w < 0) or not np.isclose(w.sum(), 1.0, atol=1e-6):
            raise ValueError("mixture weights must be non-negative and sum to 1")
        if np.any(np.linalg.eigvalsh(cov) <= 0):
            raise ValueError("a component covariance is not positive definite")
        self.weights, self.means, self.covariances = w.copy(), tensors["means"].copy(), cov.copy()
        self.fitted = True


class EMTrainer:
    """EM for a :class:`GMMDensity`, one iteration per unit, with the trainer protocol of
    :mod:`training.density.trainer` (the app's live training and the CLI's checkpoints).

    Each iteration is one E+M step of scikit-learn's ``GaussianMixture`` (``warm_start``,
    ``max_iter=1``), in the working frame of :func:`working_frame`; the model's arrays are
    updated after every iteration. EM stops after ``max_iter`` iterations or when the train
    NLL improves by less than ``tol`` nats (``total`` then becomes the iterations done).
    """

    unit = "iteration"
    #: units between progress events (every iteration reports)
    eval_every = 1

    def __init__(self, model: GMMDensity, x: np.ndarray, max_iter: int = 200, tol: float = 1e-5,
                 seed: int = 0, x_val: np.ndarray | None = None,
                 callback: Callable[[TrainEvent], None] | None = None) -> None:
        from sklearn.mixture import GaussianMixture

        x = as_points(x)
        if len(x) < model.n_components:
            raise ValueError(f"{model.n_components} components need at least that many points")
        x = check_points(x, "the training points")
        self.model, self.max_iter, self.tol, self.callback = model, int(max_iter), float(tol), callback
        self.x_val = None if x_val is None or len(x_val) == 0 else as_points(x_val)
        self.shift, self.scale = working_frame(x)
        self.xw = (x - self.shift) / self.scale if (self.scale != 1.0 or np.any(self.shift != 0)) else x
        self.gm = GaussianMixture(model.n_components, covariance_type="full",
                                  reg_covar=model.reg_covar, max_iter=1, warm_start=True,
                                  random_state=seed, tol=0.0)
        self.step_count = 0
        self.total = self.max_iter
        self.converged = False
        self.prev = math.inf
        self.history: list[TrainEvent] = []
        self.t0 = time.perf_counter()

    @property
    def progress(self) -> int:
        return self.step_count

    @property
    def done(self) -> bool:
        return self.converged or self.step_count >= self.max_iter

    @property
    def elapsed_s(self) -> float:
        return time.perf_counter() - self.t0

    def step(self, n: int = 1) -> TrainEvent | None:
        event = None
        for _ in range(n):
            if self.done:
                break
            event = self._iterate()
        return event

    def _iterate(self) -> TrainEvent:
        from sklearn.exceptions import ConvergenceWarning

        gm, scale = self.gm, self.scale
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            try:
                gm.fit(self.xw)
            except ValueError as e:  # sklearn: a component collapsed onto few points
                raise ValueError(f"EM failed on these points ({str(e).split(' (')[0]}); "
                                 "try fewer components") from None
        self._to_model()
        nll = -float(gm.score(self.xw)) + 2 * math.log(scale)
        self.step_count += 1
        if self.prev - nll < self.tol:
            self.converged = True
            self.total = self.step_count
        self.prev = nll
        val = None if self.x_val is None else self.model.nll(self.x_val)
        ev = TrainEvent(self.step_count, self.total, {"train_nll": nll, "val_nll": val},
                        self.elapsed_s)
        self.history.append(ev)
        if self.callback is not None:
            self.callback(ev)
        return ev

    def _to_model(self) -> None:
        gm, m = self.gm, self.model
        m.weights = gm.weights_.copy()
        m.means = gm.means_ * self.scale + self.shift
        m.covariances = gm.covariances_ * self.scale**2
        m.fitted = True

    def finish(self) -> None:
        """EM keeps its last iterate (each one raises the training likelihood)."""

    def run(self) -> GMMDensity:
        while not self.done:
            self.step(1)
        self.finish()
        return self.model

    def card_info(self) -> dict[str, Any]:
        return {"steps": 1, "em_iterations": f"until the train NLL improves by < {self.tol:g} "
                f"nats (≤ {self.max_iter})", "iterations": self.step_count,
                "loss_curve": [[ev.step, round(ev.train_nll, 5),
                                None if ev.val_nll is None else round(ev.val_nll, 5)]
                               for ev in self.history]}

    # -- checkpoints ------------------------------------------------------------------------
    _PARAMS = ("weights_", "means_", "covariances_", "precisions_cholesky_")

    def state(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """The mixture in EM's working frame (float64) and the iteration count: EM goes on
        from them exactly as if it had never stopped."""
        import torch

        tensors = {}
        if self.step_count:
            tensors = {f"gm.{k}": torch.from_numpy(np.ascontiguousarray(getattr(self.gm, k)))
                       for k in self._PARAMS}
        meta = {"step": self.step_count, "total": self.total, "converged": self.converged,
                "prev": self.prev if math.isfinite(self.prev) else None,
                "lower_bound": float(getattr(self.gm, "lower_bound_", 0.0)),
                "history": [ev.as_list() for ev in self.history], "elapsed_s": self.elapsed_s}
        return tensors, meta

    def load_state(self, tensors: dict[str, Any], meta: dict[str, Any]) -> None:
        self.step_count, self.total = int(meta["step"]), int(meta["total"])
        self.converged = bool(meta["converged"])
        self.prev = math.inf if meta["prev"] is None else float(meta["prev"])
        self.history = [TrainEvent.from_list(ev) for ev in meta["history"]]
        self.t0 = time.perf_counter() - float(meta["elapsed_s"])
        if self.step_count:
            gm = self.gm
            for k in self._PARAMS:
                setattr(gm, k, tensors[f"gm.{k}"].numpy().copy())
            pc = gm.precisions_cholesky_
            gm.precisions_ = pc @ np.transpose(pc, (0, 2, 1))
            gm.converged_, gm.lower_bound_, gm.n_iter_ = False, float(meta["lower_bound"]), 1
            gm.n_features_in_ = 2
            self._to_model()


def _em_trainer(model: GMMDensity, x: np.ndarray, hyper: dict[str, Any], *, x_val=None,
                seed: int = 0, sampler=None, callback=None, eval_every=None) -> EMTrainer:
    return EMTrainer(model, x, seed=seed, x_val=x_val, callback=callback)


FAMILY = Family(
    key="gmm", model=GMMDensity, label="Gaussian mixture (EM)", short="GMM",
    describe=lambda h: f"GMM K={h['components']}",
    note="EM from a k-means start; each step is one E+M iteration.",
    hypers=(Hyper("components", int, 8, "mixture components", label="components K", min=1,
                  max=256, arg="n_components"),),
    make_trainer=_em_trainer,
    ladder=lambda n: {"components": min(8, max(1, n // 10))},
    class_map=lambda n: {"components": max(1, min(3, n))},
)
