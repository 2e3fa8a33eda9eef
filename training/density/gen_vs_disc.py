"""Generative against discriminative classifiers on labelled 2D points.

A classifier needs p(y | x). Two ways to get it (the course's first lesson):

* **generative**: model how each class makes its points, p(x | y), and how often each class
  occurs, p(y) (class shares of the training set), then invert with Bayes' rule

      log p(y | x) = log p(x | y) + log p(y) − log Σ_y' p(x | y') p(y')         (1)

  (the normaliser by ``logsumexp``, so the posterior sums to 1 in floating point);
* **discriminative**: fit p(y | x) = softmax(f(x))_y directly by maximising the conditional
  likelihood Σ_i log p(y_i | x_i) (cross-entropy), never modelling x.

The pairs compared here share the *form* of the decision rule where one exists:

==========  =====================================================  ==========================
pair        generative p(x | y)                                    discriminative f(x)
==========  =====================================================  ==========================
linear      LDA: N(x; μ_y, Σ) with one pooled Σ — (1) is a softmax  logistic regression on x
            of functions *linear* in x
quadratic   QDA: N(x; μ_y, Σ_y), one Σ per class — quadratic in x  logistic regression on
                                                                   (x₁, x₂, x₁², x₁x₂, x₂²)
flexible    a KDE per class (the app's KDE family)                 an MLP, 2 × 32 tanh units
==========  =====================================================  ==========================

Ng & Jordan (2002), "On discriminative vs. generative classifiers: a comparison of logistic
regression and naive Bayes" (NIPS 14): with a generative model whose assumptions are only
approximately true, the generative classifier approaches its (higher) asymptotic error in
O(log d) examples, the discriminative one its (lower) asymptotic error in O(d); so the
generative model tends to win with little data and the discriminative one with more.
:func:`learning_curve` measures this on held-out points, n training points per class.

The discriminative fits use scikit-learn (``LogisticRegression`` and ``MLPClassifier``,
L-BFGS on the full batch: deterministic for a seed, converged on the small sets used here;
a training loop written here would do the same thing less well). Inputs are standardised
with the training points' mean and spread first; L2 strength ``C = 1`` (sklearn's default)
keeps separable classes from driving the weights to infinity.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

import numpy as np

from training.data.toy import logsumexp

#: pair key -> (generative name, discriminative name)
PAIRS: dict[str, tuple[str, str]] = {
    "linear": ("LDA (Gaussian per class, shared Σ)", "logistic regression"),
    "quadratic": ("QDA (Gaussian per class)", "logistic regression, quadratic features"),
    "flexible": ("KDE per class", "MLP 2×32"),
}
#: pair key -> short names (plot titles)
SHORT: dict[str, tuple[str, str]] = {
    "linear": ("LDA", "logistic regression"),
    "quadratic": ("QDA", "logistic regression on x, x²"),
    "flexible": ("KDE per class", "MLP"),
}
#: n training points per class of the learning curve (sizes the pool cannot give are dropped)
SIZES = (5, 10, 20, 50, 100, 200, 500)
SEEDS = 5
#: the ridge added to a class covariance, relative to the data's variance
RIDGE = 1e-6


class Cancelled(Exception):
    """Raised inside :func:`learning_curve` when its ``cancelled()`` says so."""


def _check(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y).astype(np.int64).ravel()
    if x.ndim != 2 or x.shape[1] != 2 or len(x) != len(y):
        raise ValueError(f"expected points [N, 2] and N labels, got {x.shape} and {y.shape}")
    if not np.isfinite(x).all():
        raise ValueError("the points contain NaN or infinite values")
    classes = np.unique(y)
    if len(classes) < 2:
        raise ValueError("at least two classes are needed to classify")
    if min((y == c).sum() for c in classes) < 2:
        raise ValueError("every class needs at least 2 training points")
    return x, y, classes


class Classifier:
    """A fitted classifier over ``classes``: ``log_posterior(x [N, 2]) -> [N, C]``."""

    kind = ""
    name = ""
    classes: np.ndarray

    def fit(self, x: np.ndarray, y: np.ndarray) -> "Classifier":
        raise NotImplementedError

    def log_posterior(self, x: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def posterior(self, x: np.ndarray) -> np.ndarray:
        """p(y | x) [N, C], columns in the order of ``classes``; rows sum to 1."""
        return np.exp(self.log_posterior(x))

    def predict(self, x: np.ndarray) -> np.ndarray:
        return self.classes[np.argmax(self.log_posterior(x), 1)]

    def accuracy(self, x: np.ndarray, y: np.ndarray) -> float:
        return float((self.predict(x) == np.asarray(y).ravel()).mean())


class BayesClassifier(Classifier):
    """Generative: p(x | y) per class and p(y) from class shares, inverted by (1).

    ``density``: ``"lda"`` (Gaussians with one pooled covariance Σ = Σ_y Σ_{i∈y}
    (x_i − μ_y)(x_i − μ_y)ᵀ / N), ``"qda"`` (each class's MLE Gaussian,
    :class:`~training.density.gaussian.GaussianDensity`) or the key of a registered family
    offered per class (``"kde"``: the app's KDE with its per-class hyperparameters).
    """

    kind = "generative"

    def __init__(self, density: str = "qda") -> None:
        self.density = density
        self.name = {"lda": PAIRS["linear"][0], "qda": PAIRS["quadratic"][0],
                     "kde": PAIRS["flexible"][0]}.get(density, f"{density} per class")
        self.models: list = []

    def fit(self, x: np.ndarray, y: np.ndarray) -> "BayesClassifier":
        x, y, self.classes = _check(x, y)
        self.log_prior = np.log(np.array([(y == c).mean() for c in self.classes]))
        parts = [x[y == c] for c in self.classes]
        if self.density == "lda":
            self.means = np.stack([p.mean(0) for p in parts])
            d = np.concatenate([p - m for p, m in zip(parts, self.means)])
            cov = d.T @ d / len(x)
            var = float(np.max(np.diag(cov)))
            self.cov = cov + max(RIDGE * min(var, 1.0), 1e-12 * var) * np.eye(2)
            return self
        if self.density == "qda":
            from training.density.gaussian import GaussianDensity

            self.models = [GaussianDensity().fit(p) for p in parts]
            return self
        from training.density.registry import get

        fam = get(self.density)
        if fam.class_map is None:
            raise ValueError(f"the family '{self.density}' is not offered per class")
        self.models = []
        for p in parts:
            hyper = fam.class_map(len(p))
            model = fam.build(hyper, app=True)
            fam.fit(model, p, hyper, app=True)
            self.models.append(model)
        return self

    def log_joint(self, x: np.ndarray) -> np.ndarray:
        """log p(x | y) + log p(y), [N, C]."""
        x = np.asarray(x, dtype=np.float64)
        if self.density == "lda":
            chol = np.linalg.cholesky(self.cov)
            logdet = 2.0 * np.log(np.diag(chol)).sum()
            cols = []
            for m in self.means:
                z = np.linalg.solve(chol, (x - m).T)
                cols.append(-0.5 * (z**2).sum(0) - 0.5 * logdet - math.log(2 * math.pi))
            lp = np.stack(cols, 1)
        else:
            lp = np.stack([m.log_prob(x) for m in self.models], 1)
        return lp + self.log_prior

    def log_posterior(self, x: np.ndarray) -> np.ndarray:
        lj = self.log_joint(x)
        norm = logsumexp(lj, axis=1)[:, None]
        out = lj - norm
        # far from every class a KDE gives log p = −∞ for all: no evidence, the prior decides
        bad = ~np.isfinite(norm[:, 0])
        out[bad] = self.log_prior
        return out


def _quadratic(x: np.ndarray) -> np.ndarray:
    return np.column_stack([x, x[:, 0] ** 2, x[:, 0] * x[:, 1], x[:, 1] ** 2])


class DiscriminativeClassifier(Classifier):
    """Discriminative: softmax(f(x)) fitted by cross-entropy (scikit-learn, L-BFGS).

    ``model``: ``"logistic"`` (f linear in x), ``"quadratic"`` (f linear in the degree-2
    monomials) or ``"mlp"`` (two tanh layers of 32 units, weight decay ``alpha``).
    """

    kind = "discriminative"

    def __init__(self, model: str = "logistic", seed: int = 0, C: float = 1.0,
                 alpha: float = 1e-3, max_iter: int = 500) -> None:
        if model not in ("logistic", "quadratic", "mlp"):
            raise ValueError(f"unknown discriminative model '{model}'")
        self.model, self.seed, self.C, self.alpha, self.max_iter = model, seed, C, alpha, max_iter
        self.name = {"logistic": PAIRS["linear"][1], "quadratic": PAIRS["quadratic"][1],
                     "mlp": PAIRS["flexible"][1]}[model]

    def _features(self, x: np.ndarray) -> np.ndarray:
        z = (np.asarray(x, dtype=np.float64) - self.mu) / self.sd
        if self.model == "quadratic":
            z = (_quadratic(z) - self.fmu) / self.fsd
        return z

    def fit(self, x: np.ndarray, y: np.ndarray) -> "DiscriminativeClassifier":
        import warnings

        from sklearn.exceptions import ConvergenceWarning

        x, y, self.classes = _check(x, y)
        self.mu, self.sd = x.mean(0), np.maximum(x.std(0), 1e-12)
        if self.model == "quadratic":
            q = _quadratic((x - self.mu) / self.sd)
            self.fmu, self.fsd = q.mean(0), np.maximum(q.std(0), 1e-12)
        f = self._features(x)
        if self.model == "mlp":
            from sklearn.neural_network import MLPClassifier

            self.clf = MLPClassifier((32, 32), activation="tanh", solver="lbfgs",
                                     alpha=self.alpha, max_iter=self.max_iter,
                                     random_state=self.seed)
        else:
            from sklearn.linear_model import LogisticRegression

            self.clf = LogisticRegression(C=self.C, max_iter=self.max_iter)
        with warnings.catch_warnings():  # a tiny separable set stops at max_iter: fine here
            warnings.simplefilter("ignore", ConvergenceWarning)
            self.clf.fit(f, y)
        return self

    def log_posterior(self, x: np.ndarray) -> np.ndarray:
        # sklearn's columns follow clf.classes_, which is sorted like self.classes; a
        # saturated MLP gives probabilities of exactly 0, floored so that log stays finite
        p = np.clip(self.clf.predict_proba(self._features(x)), 1e-300, None)
        lp = np.log(p)
        return lp - logsumexp(lp, axis=1)[:, None]


def make_pair(pair: str, seed: int = 0) -> tuple[BayesClassifier, DiscriminativeClassifier]:
    """Unfitted (generative, discriminative) classifiers of ``pair`` (a key of PAIRS)."""
    if pair not in PAIRS:
        raise KeyError(f"unknown pair '{pair}'; known: {', '.join(PAIRS)}")
    gen = {"linear": "lda", "quadratic": "qda", "flexible": "kde"}[pair]
    disc = {"linear": "logistic", "quadratic": "quadratic", "flexible": "mlp"}[pair]
    return BayesClassifier(gen), DiscriminativeClassifier(disc, seed=seed)


def grid(bounds: tuple[float, float, float, float], res: int) -> np.ndarray:
    """Cell centres [res², 2] of ``bounds`` = (x0, x1, y0, y1), row-major (y outer)."""
    x0, x1, y0, y1 = bounds
    xs = x0 + (np.arange(res) + 0.5) * (x1 - x0) / res
    ys = y0 + (np.arange(res) + 0.5) * (y1 - y0) / res
    gx, gy = np.meshgrid(xs, ys)
    return np.column_stack([gx.ravel(), gy.ravel()])


def per_class_subsample(y: np.ndarray, n: int, seed: int, classes: np.ndarray) -> np.ndarray:
    """Indices of ``n`` points of each class, drawn without replacement (seeded)."""
    rng = np.random.default_rng(seed)
    idx = [rng.permutation(np.flatnonzero(y == c))[:n] for c in classes]
    return np.sort(np.concatenate(idx))


@dataclass(frozen=True)
class LearningCurve:
    """Held-out accuracy against n training points per class.

    ``gen`` and ``disc``: [len(sizes), seeds] accuracies; ``dropped``: sizes the pool could
    not give (a class has fewer points).
    """

    pair: str
    sizes: tuple[int, ...]
    gen: np.ndarray
    disc: np.ndarray
    dropped: tuple[int, ...] = ()

    @property
    def gen_median(self) -> np.ndarray:
        return np.median(self.gen, 1)

    @property
    def disc_median(self) -> np.ndarray:
        return np.median(self.disc, 1)

    def crossover(self) -> int | None:
        """The smallest n per class from which the discriminative median is ahead at every
        larger size too, or None if it never is (or is ahead from the start)."""
        ahead = self.disc_median > self.gen_median
        for i in range(1, len(self.sizes)):
            if ahead[i:].all() and not ahead[:i].all():
                return self.sizes[i]
        return None


def learning_curve(pair: str, x: np.ndarray, y: np.ndarray, x_test: np.ndarray,
                   y_test: np.ndarray, sizes: tuple[int, ...] = SIZES, seeds: int = SEEDS,
                   progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> LearningCurve:
    """Accuracy on (x_test, y_test) of both classifiers of ``pair`` trained on n points per
    class drawn from the pool (x, y), for each n in ``sizes`` and seeds 0 … seeds−1 (the
    same subsample for both). Deterministic. ``progress(done, total)`` after each fit pair;
    ``cancelled()`` true stops with :class:`Cancelled`."""
    x, y, classes = _check(x, y)
    x_test = np.asarray(x_test, dtype=np.float64)
    y_test = np.asarray(y_test).astype(np.int64).ravel()
    keep = np.isin(y_test, classes)
    x_test, y_test = x_test[keep], y_test[keep]
    if len(x_test) == 0:
        raise ValueError("no held-out points of the training classes")
    smallest = min(int((y == c).sum()) for c in classes)
    use = tuple(int(n) for n in sizes if 2 <= n <= smallest)
    dropped = tuple(int(n) for n in sizes if not 2 <= n <= smallest)
    if not use:
        raise ValueError(f"the smallest class has {smallest} points: too few for a curve")
    gen = np.zeros((len(use), seeds))
    disc = np.zeros((len(use), seeds))
    total, done = len(use) * seeds, 0
    for i, n in enumerate(use):
        for s in range(seeds):
            if cancelled is not None and cancelled():
                raise Cancelled()
            idx = per_class_subsample(y, n, s, classes)
            g, d = make_pair(pair, seed=s)
            gen[i, s] = g.fit(x[idx], y[idx]).accuracy(x_test, y_test)
            disc[i, s] = d.fit(x[idx], y[idx]).accuracy(x_test, y_test)
            done += 1
            if progress is not None:
                progress(done, total)
    return LearningCurve(pair, use, gen, disc, dropped)


def pool_for(source, seed: int = 0, per_class: int = max(SIZES), n_test: int = 4000
             ) -> tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]:
    """A labelled training pool with about ``per_class`` points per class or more (1.5 ×
    the expected count for balanced classes) and ``n_test`` held-out points, drawn from a
    seeded generator (:class:`~training.data.toy.ToySource`; seeds ``seed`` and
    ``seed + 1``)."""
    k = max(2, len(getattr(source, "label_names", ()) or ()))
    pool = source.sample(int(1.5 * per_class * k), seed)
    test = source.sample(int(n_test), seed + 1)
    return pool, test
