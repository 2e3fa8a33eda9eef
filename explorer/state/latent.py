"""Plain state of the Latent view (no widgets): the current latent vector, bookmarks, and
what is known of the model's latent space (:class:`LatentSpace`: the reset point, the
sliders' ranges, which dimensions are active, when z is far outside the data). Every widget
that shows z listens to ``z_changed(z, source)`` and updates itself with its own signals
blocked (one-way binding)."""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication

from explorer.state.events import Observable

#: nats: a VAE dimension whose KL to the prior is below this carries (almost) no information
INACTIVE_KL = 0.05
#: a dimension of a model without KL (autoencoder, PCA) whose codes vary less than this
#: fraction of the most varied dimension's is shown inactive
INACTIVE_STD_FRACTION = 0.01
#: slider half-range in slider units (prior σ, or σ of the training codes)
SLIDER_LIM = 4.0
#: a code further than this many σ of the training codes from their mean is "far"
FAR_SIGMAS = 3.0
#: families whose latent prior is N(0, I) (an autoencoder has none)
PRIOR_FAMILIES = ("VAE", "Probabilistic PCA")


def slerp(a: np.ndarray, b: np.ndarray, t: float) -> np.ndarray:
    """Spherical interpolation (Shoemake 1985) — keeps the norm typical of N(0, I) samples
    in high dimension, where the straight line passes through the low-norm centre."""
    na, nb = np.linalg.norm(a), np.linalg.norm(b)
    if na < 1e-8 or nb < 1e-8:
        return (1 - t) * a + t * b
    cos = float(np.clip(np.dot(a / na, b / nb), -1.0, 1.0))
    omega = np.arccos(cos)
    if omega < 1e-6:
        return (1 - t) * a + t * b
    return (np.sin((1 - t) * omega) * a + np.sin(t * omega) * b) / np.sin(omega)


def interpolate(a: np.ndarray, b: np.ndarray, n: int, method: str = "linear") -> np.ndarray:
    """``n`` points from ``a`` to ``b`` inclusive: (n, d)."""
    ts = np.linspace(0, 1, n)
    if method == "slerp":
        return np.stack([slerp(a, b, t) for t in ts]).astype(np.float32)
    return ((1 - ts)[:, None] * a + ts[:, None] * b).astype(np.float32)


@functools.lru_cache(maxsize=256)
def chi2_quantile(p: float, d: int) -> float:
    """The ``p`` quantile of χ²_d (bisection on the regularised lower incomplete gamma
    function; pure Python, so the GUI thread never imports scipy.stats for it)."""
    a = d / 2.0

    def cdf(x: float) -> float:  # P(a, x / 2), series expansion (converges for all x)
        h = x / 2.0
        if h <= 0:
            return 0.0
        term = total = 1.0 / a
        n = 0
        while term > total * 1e-15 and n < 100_000:
            n += 1
            term *= h / (a + n)
            total += term
        return min(1.0, math.exp(a * math.log(h) - h - math.lgamma(a)) * total)

    lo, hi = 0.0, d + 40.0 * math.sqrt(d) + 100.0
    for _ in range(200):
        mid = (lo + hi) / 2
        if cdf(mid) < p:
            lo = mid
        else:
            hi = mid
        if hi - lo < 1e-9 * max(1.0, hi):
            break
    return (lo + hi) / 2


@dataclass(frozen=True)
class SliderAxis:
    """One slider: position u in [−lim, lim] (in ``unit``s) stands for z = centre + scale·u."""

    centre: float
    scale: float
    lim: float
    active: bool = True
    unit: str = "σ"

    def to_z(self, u: float) -> float:
        return self.centre + self.scale * u

    def to_u(self, z: float) -> float:
        return (z - self.centre) / self.scale

    @property
    def z_range(self) -> tuple[float, float]:
        return self.to_z(-self.lim), self.to_z(self.lim)


@dataclass(frozen=True, eq=False)
class LatentSpace:
    """What the view knows about a model's latent space, from its family and the card's
    ``latent_stats`` (the aggregate posterior of the training set): the reset point, one
    :class:`SliderAxis` per dimension, which dimensions are active, and the warnings.

    * VAE and probabilistic PCA have the prior N(0, I): sliders are in prior σ (reset to 0,
      the prior mean), wide enough for the training codes (mean ± 4 σ of the codes).
    * An autoencoder has no prior (its card's KL is 0 by construction): sliders are in σ
      units of its training codes around their mean, which is also the reset point.
    * Inactive: KL below :data:`INACTIVE_KL` for a VAE; for the others, codes that barely
      vary (std below :data:`INACTIVE_STD_FRACTION` of the largest std).
    """

    dim: int
    family: str = ""
    has_prior: bool = True
    mean: np.ndarray | None = None
    std: np.ndarray | None = None
    kl: np.ndarray | None = None  # KL per dimension (models with a prior)
    axes: tuple[SliderAxis, ...] = ()
    origin: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float32))
    #: the card's statistics are of prior draws, not of encoded data (a GAN: no encoder)
    from_prior: bool = False

    @classmethod
    def from_card(cls, dim: int, family: str, stats: dict | None) -> "LatentSpace":
        stats = stats if isinstance(stats, dict) else {}
        from_prior = str(stats.get("source", "")).startswith("prior")
        has_prior = family in PRIOR_FAMILIES or from_prior
        mean, std = _vector(stats.get("mean"), dim), _vector(stats.get("std"), dim)
        if mean is None or std is None:
            mean = std = None
        kl = _vector(stats.get("kl"), dim) if has_prior else None  # an AE's KL 0 means nothing
        if std is not None:
            std = np.maximum(np.abs(std), 1e-3)
        if kl is not None and family == "VAE":
            active = kl >= INACTIVE_KL
        elif std is not None:
            active = std >= INACTIVE_STD_FRACTION * std.max()
        else:
            active = np.ones(dim, bool)
        unit = str(stats.get("unit", "σ of the training codes"))
        axes = []
        for j in range(dim):
            if has_prior or mean is None or std is None:
                reach = 0.0 if mean is None or std is None else \
                    abs(float(mean[j])) + SLIDER_LIM * float(std[j])
                axes.append(SliderAxis(0.0, 1.0, _round_up(max(SLIDER_LIM, reach)),
                                       bool(active[j]), "σ of the prior" if has_prior else ""))
            else:
                axes.append(SliderAxis(float(mean[j]), float(std[j]), SLIDER_LIM,
                                       bool(active[j]), unit))
        origin = np.zeros(dim, np.float32) if has_prior or mean is None else \
            mean.astype(np.float32)
        return cls(dim, family, has_prior, mean, std, kl, tuple(axes), origin, from_prior)

    def covering(self, codes: np.ndarray) -> "LatentSpace":
        """The same space with every slider wide enough for ``codes`` (n, d)."""
        codes = np.asarray(codes, np.float64)
        if codes.ndim != 2 or codes.shape[1] != self.dim or not len(codes):
            return self
        axes = []
        for j, ax in enumerate(self.axes):
            col = codes[:, j][np.isfinite(codes[:, j])]
            need = float(np.abs((col - ax.centre) / ax.scale).max()) if len(col) else 0.0
            axes.append(ax if need <= ax.lim else replace(ax, lim=_round_up(need * 1.02)))
        return replace(self, axes=tuple(axes))

    def by_activity(self) -> list[int]:
        """Dimensions, most informative first (KL for a VAE, else the codes' std)."""
        key = self.kl if self.kl is not None else self.std
        if key is None or self.from_prior or not key.std() > 0:  # prior draws: all alike
            return list(range(self.dim))
        return [int(j) for j in np.argsort(-key, kind="stable")]

    def tooltip(self, j: int) -> str:
        """What slider ``j`` shows, in words."""
        tip = f"z{j}"
        if self.from_prior:
            return (QCoreApplication.translate("LatentSpace", "z{j}: draws of the prior N(0, 1) (bars and line); a GAN has no encoder, "
                    "so there are no training codes").format(j=j))
        if self.mean is not None and self.std is not None:
            stats = QCoreApplication.translate("LatentSpace", "mean {j:+.2f}, std {j2:.2f}").format(j=self.mean[j], j2=self.std[j])
            tip = (QCoreApplication.translate("LatentSpace", "z{j}: training codes (bars) vs the prior N(0, 1) (line); {stats}").format(j=j, stats=stats)
                   if self.has_prior else QCoreApplication.translate("LatentSpace", "z{j}: codes of the test set (bars; an autoencoder "
                   "has no prior); training codes {stats}").format(j=j, stats=stats))
        if self.kl is not None:
            tip += QCoreApplication.translate("LatentSpace", "; KL {j:.2f} nats").format(j=self.kl[j])
        return tip + ("" if self.axes[j].active else QCoreApplication.translate("LatentSpace", " — inactive"))

    def map_range(self, a: np.ndarray, c: np.ndarray,
                  codes: np.ndarray | None) -> tuple[tuple[float, float], tuple[float, float]]:
        """The map's view of the plane m = A (z − c): ±3.5 prior σ; for a model without
        prior, ±3.5 σ of its codes (``codes`` (n, d), else the card's statistics)."""
        lim = 3.5
        have = codes is not None and len(codes) >= 2
        if self.has_prior or (self.mean is None and not have):
            return (-lim, lim), (-lim, lim)
        if have:
            m = (np.asarray(codes, np.float64) - c) @ a.T
            mu, sd = m.mean(0), m.std(0)
        else:
            mu, sd = a @ (self.mean - c), np.abs(a) @ self.std
        sd = np.maximum(sd, 1e-3)
        return ((float(mu[0] - lim * sd[0]), float(mu[0] + lim * sd[0])),
                (float(mu[1] - lim * sd[1]), float(mu[1] + lim * sd[1])))

    def sample(self, rng: np.random.Generator) -> np.ndarray:
        """A random code: from the prior N(0, I), or (no prior) from N(mean, diag std²) of
        the training codes."""
        e = rng.standard_normal(self.dim)
        if self.has_prior or self.mean is None or self.std is None:
            return e.astype(np.float32)
        return (self.mean + self.std * e).astype(np.float32)

    def warnings(self, z: np.ndarray) -> list[str]:
        """Why ``z`` is far outside the data, in words (empty when it is not)."""
        msgs = []
        z = np.asarray(z, np.float64)
        if len(z) != self.dim or not self.dim:
            return msgs
        if self.mean is not None and self.std is not None and not self.from_prior:
            active = np.array([ax.active for ax in self.axes], bool)
            far = np.flatnonzero(active & (np.abs(z - self.mean) / self.std > FAR_SIGMAS))
            if len(far):
                msgs.append("z" + ", z".join(str(j) for j in far[:6])
                            + QCoreApplication.translate("LatentSpace", " lie more than {far_sigmas:g} standard deviations from the "
                            "training codes").format(far_sigmas=FAR_SIGMAS))
        if self.has_prior:
            # squared norm of a standard normal in d dimensions ~ χ²_d: flag the 0.1 % tail
            q, q999 = float((z**2).sum()), chi2_quantile(0.999, self.dim)
            if q > q999:
                msgs.append(QCoreApplication.translate("LatentSpace", "‖z‖² = {q:.1f} is beyond the prior's 99.9 % quantile ({q999:.1f})").format(q=q, q999=q999))
        return msgs


def _vector(v: Any, dim: int) -> np.ndarray | None:
    """``v`` as d finite floats, or None (missing, or not matching the model)."""
    try:
        a = np.asarray(v, np.float64).reshape(-1)
    except (TypeError, ValueError):
        return None
    return a if v is not None and len(a) == dim and np.isfinite(a).all() else None


def _round_up(x: float, step: float = 0.5) -> float:
    return float(math.ceil(x / step - 1e-9) * step)


class LatentState:
    """Events: ``model_changed(model)``, ``z_changed(z, source)``, ``bookmarks_changed()``.

    ``space`` (a :class:`LatentSpace`) always belongs to ``model``: both change together in
    :meth:`set_model`, which puts z at the new model's reset point.
    """

    def __init__(self) -> None:
        self.model: Any = None
        self.space = LatentSpace(0)
        self.z = np.zeros(0, np.float32)
        self.bookmarks: list[tuple[str, np.ndarray]] = []
        self._key: str | None = None
        self._saved_bookmarks: dict[str, list[tuple[str, np.ndarray]]] = {}
        self.model_changed = Observable()
        self.z_changed = Observable()
        self.bookmarks_changed = Observable()

    @property
    def dim(self) -> int:
        return 0 if self.model is None else int(self.model.latent_dim)

    def set_model(self, model: Any, space: LatentSpace | None = None,
                  key: str | None = None) -> None:
        """Show ``model``; z goes to its reset point (the prior mean, or for a model
        without prior the mean of its training codes), never the last model's z.

        ``key`` names the model (its folder): bookmarks are codes of one model, kept per
        key and brought back when that model is shown again. Without keys, bookmarks of
        the right length stay."""
        if self._key is not None:
            self._saved_bookmarks[self._key] = self.bookmarks
        self._key = key
        self.model = model
        d = self.dim
        if space is None or space.dim != d:
            space = LatentSpace.from_card(d, getattr(model, "family", ""), None)
        self.space = space
        self.z = space.origin.astype(np.float32).copy()
        if key is not None:
            self.bookmarks = list(self._saved_bookmarks.get(key, []))
        else:
            self.bookmarks = [(n, z) for n, z in self.bookmarks if len(z) == self.dim]
        self.model_changed.emit(model)
        self.bookmarks_changed.emit()
        self.z_changed.emit(self.z, "model")

    def set_z(self, z: np.ndarray, source: str = "") -> None:
        z = np.asarray(z, np.float32).reshape(-1)
        if len(z) != self.dim:
            raise ValueError(f"z must have {self.dim} values, not {len(z)}")
        if not np.isfinite(z).all():
            return
        self.z = z.copy()
        self.z_changed.emit(self.z, source)

    def set_space(self, space: LatentSpace) -> None:
        """Refine the current model's space (wider sliders); z stays where it is."""
        if space.dim != self.dim:
            raise ValueError(f"a space of {space.dim} dimensions for a model of {self.dim}")
        self.space = space

    def reset(self, source: str = "reset") -> None:
        """z back to the model's reset point."""
        self.set_z(self.space.origin, source)

    def reset_component(self, j: int, source: str = "reset") -> None:
        self.set_component(j, float(self.space.origin[j]), source)

    def randomise(self, rng: np.random.Generator, source: str = "random") -> None:
        """A random code of the space; a model that draws its own codes (``prior_z``: a
        GAN's W space, where w = f(z)) draws it, since no Gaussian describes them."""
        draw = getattr(self.model, "prior_z", None)
        if callable(draw) and getattr(self.model, "space_name", "") == "w":
            self.set_z(np.asarray(draw(1, int(rng.integers(2**31)))[0], np.float32), source)
            return
        self.set_z(self.space.sample(rng), source)

    def warnings(self) -> list[str]:
        return self.space.warnings(self.z)

    def set_component(self, j: int, value: float, source: str = "") -> None:
        z = self.z.copy()
        z[j] = value
        self.set_z(z, source)

    def add_bookmark(self, name: str | None = None, z: np.ndarray | None = None) -> str:
        name = name or f"z{len(self.bookmarks) + 1}"
        names = {n for n, _ in self.bookmarks}
        base, k = name, 2
        while name in names:
            name, k = f"{base} ({k})", k + 1
        self.bookmarks.append((name, (self.z if z is None else z).astype(np.float32).copy()))
        self.bookmarks_changed.emit()
        return name

    def remove_bookmark(self, index: int) -> None:
        if 0 <= index < len(self.bookmarks):
            del self.bookmarks[index]
            self.bookmarks_changed.emit()
