"""A binary restricted Boltzmann machine (numpy only: no torch).

Symbols (Hinton's "practical guide", Salakhutdinov & Murray 2008):

==========  ==================  =================================================
code        paper               shape / meaning
==========  ==================  =================================================
``W``       W                   [V, H] visible-hidden weights
``b``       b (visible bias)    [V]
``c``       c (hidden bias)     [H]
``v``       v                   [N, V] binary pixels (0/1, as float)
``h``       h                   [N, H] binary hidden units
==========  ==================  =================================================

Energy      E(v, h) = -bᵀv - cᵀh - vᵀW h
Free energy F(v)    = -bᵀv - Σ_j softplus(c_j + vᵀW_{:,j})     (= -log Σ_h exp(-E(v, h)))
Conditionals p(h_j = 1 | v) = σ(c_j + vᵀW_{:,j}),  p(v_i = 1 | h) = σ(b_i + W_{i,:} h)
p(v) = exp(-F(v)) / Z; Z is exact for a few hidden units (:mod:`training.rbm.partition`)
and estimated by annealed importance sampling otherwise.

The model is a *step sampler* (:mod:`training.capabilities`): :meth:`RBM.iter_steps` runs
block Gibbs chains (from noise, from test digits or from the persistent chains kept from
training; optionally with half of a test digit clamped) and yields, per step, the visible
sample v, p(h | v) drawn as a small image and p(v | h).
"""

from __future__ import annotations

import math
from typing import Any, Iterator

import numpy as np

from training.artifacts import register
from training.density.family import Hyper
from training.rbm.maths import MAX_EXACT_HIDDEN, sigmoid, softplus  # noqa: F401

START_CHOICES = (("noise", "noise (p = 0.5 per pixel)"),
                 ("test digit", "a held-out test digit"),
                 ("persistent", "the persistent chains kept from training"))
CLAMP_CHOICES = (("none", "none"), ("top half", "top half of a test digit"),
                 ("left half", "left half of a test digit"),
                 ("painted", "painted region of a test digit"))


def hidden_grid(n_hidden: int) -> tuple[int, int]:
    """A near-square (rows, cols) with rows·cols ≥ ``n_hidden`` for drawing H units as an
    image: an exact factorisation when one is not too elongated (16 → 4×4, 500 → 20×25),
    else ⌈√H⌉ columns with the last row padded."""
    if n_hidden <= 0:
        return (1, 1)
    r = int(math.isqrt(n_hidden))
    for rows in range(r, 0, -1):
        if n_hidden % rows == 0:
            cols = n_hidden // rows
            if cols <= 2 * rows:
                return rows, cols
            break
    cols = math.ceil(math.sqrt(n_hidden))
    return math.ceil(n_hidden / cols), cols


@register
class RBM:
    """Binary RBM over ``image_shape`` pixels with ``n_hidden`` hidden units.

    ``n_chains`` persistent Gibbs chains from training are kept with the weights (the
    "persistent" start of the step-through view). ``seed`` seeds the initial weights
    (W ~ N(0, 0.01²), biases 0).
    """

    kind = "energy"
    family = "RBM"
    tractable = False  # no 2D points: never on the density canvas
    is_points = False
    step_names = ("visible sample v", "hidden p(h|v)", "visible p(v|h)")
    #: the option value under which the step-through view's painted mask is used
    paint_option = ("clamp", "painted")
    step_options = (
        Hyper("start", str, "noise", "where the chains start", choices=START_CHOICES),
        Hyper("steps", int, 100, "Gibbs steps shown", min=1, max=5000),
        Hyper("clamp", str, "none", "pixels held at a test digit's values every step "
              "(clamped Gibbs completion)", choices=CLAMP_CHOICES),
        Hyper("k_per_step", int, 1, "Gibbs steps between two shown steps", label="k per step",
              min=1, max=1000),
    )

    def __init__(self, n_hidden: int = 16, image_shape: tuple[int, int] | list[int] = (28, 28),
                 n_chains: int = 0, seed: int = 0) -> None:
        self.image_shape = tuple(int(s) for s in image_shape)
        if len(self.image_shape) != 2 or min(self.image_shape) < 1:
            raise ValueError(f"image_shape must be (H, W), not {image_shape}")
        if n_hidden < 1:
            raise ValueError("an RBM needs at least one hidden unit")
        self.n_hidden, self.n_chains, self.seed = int(n_hidden), int(n_chains), int(seed)
        self.n_visible = self.image_shape[0] * self.image_shape[1]
        rng = np.random.default_rng(seed)
        self.W = (0.01 * rng.standard_normal((self.n_visible, self.n_hidden))).astype(np.float32)
        self.b = np.zeros(self.n_visible, np.float32)
        self.c = np.zeros(self.n_hidden, np.float32)
        self.chains = np.zeros((self.n_chains, self.n_visible), np.float32)
        #: binary test digits [N, V] for the "test digit" start and the clamp (loaded from
        #: the card's data on first use when not set)
        self.test_images: np.ndarray | None = None
        self.log_z: float | None = None  # set from the card (exact or AIS) when known

    # -- artifact protocol -----------------------------------------------------------------
    def config(self) -> dict[str, Any]:
        return {"n_hidden": self.n_hidden, "image_shape": list(self.image_shape),
                "n_chains": self.n_chains, "seed": self.seed}

    @classmethod
    def expected_shapes(cls, config: dict[str, Any]) -> dict[str, tuple[int, ...]]:
        h, w = (int(s) for s in config.get("image_shape", (28, 28)))
        nh, nc = int(config.get("n_hidden", 16)), int(config.get("n_chains", 0))
        return {"W": (h * w, nh), "b": (h * w,), "c": (nh,), "chains": (nc, h * w)}

    def get_tensors(self) -> dict[str, np.ndarray]:
        return {"W": self.W, "b": self.b, "c": self.c, "chains": self.chains}

    def set_tensors(self, tensors: dict[str, np.ndarray]) -> None:
        for name in ("W", "b", "c", "chains"):
            arr = np.array(tensors[name], dtype=np.float32)
            if arr.shape != getattr(self, name).shape:
                raise ValueError(f"{name} has shape {arr.shape}, not {getattr(self, name).shape}")
            setattr(self, name, arr)
        if not ((self.chains == 0) | (self.chains == 1)).all():
            raise ValueError("the persistent chains must hold 0/1 pixels")

    @property
    def card(self) -> dict[str, Any]:
        return self.__dict__.get("_card", {})

    @card.setter
    def card(self, card: dict[str, Any]) -> None:
        self._card = card
        lz = card.get("metrics", {}).get("log_z")
        self.log_z = float(lz) if isinstance(lz, (int, float)) else None

    def test_output(self) -> list[np.ndarray]:
        """What the artifact loader runs once after loading (finite numbers)."""
        v = (np.arange(2 * self.n_visible) % 3 == 0).astype(np.float32).reshape(2, -1)
        return [self.free_energy(v), self.p_h(v), self.p_v(self.p_h(v))]

    # -- the model -------------------------------------------------------------------------
    def _flat(self, v: np.ndarray) -> np.ndarray:
        v = np.asarray(v, np.float32)
        return v.reshape(len(v), self.n_visible)

    def energy(self, v: np.ndarray, h: np.ndarray) -> np.ndarray:
        """E(v, h) = -bᵀv - cᵀh - vᵀWh for a batch: [N]."""
        v, h = self._flat(v).astype(np.float64), np.asarray(h, np.float64)
        return -(v @ self.b) - (h @ self.c) - np.einsum("ni,ij,nj->n", v, self.W, h)

    def free_energy(self, v: np.ndarray) -> np.ndarray:
        """F(v) = -bᵀv - Σ_j softplus(c_j + (vW)_j) = -log Σ_h exp(-E(v, h)): [N] (float64)."""
        v = self._flat(v)
        a = v @ self.W + self.c
        return -(v.astype(np.float64) @ self.b) - softplus(a.astype(np.float64)).sum(1)

    def p_h(self, v: np.ndarray) -> np.ndarray:
        """p(h_j = 1 | v) = σ(c + vW): [N, H]."""
        return sigmoid(self._flat(v) @ self.W + self.c)

    def p_v(self, h: np.ndarray) -> np.ndarray:
        """p(v_i = 1 | h) = σ(b + hWᵀ): [N, V]."""
        return sigmoid(np.asarray(h, np.float32) @ self.W.T + self.b)

    def gibbs(self, v: np.ndarray, rng: np.random.Generator, k: int = 1,
              clamp: np.ndarray | None = None, values: np.ndarray | None = None) -> np.ndarray:
        """``k`` block Gibbs steps v → h ~ p(h|v) → v ~ p(v|h): [N, V] binary. With a
        boolean ``clamp`` [V] the clamped pixels are reset to ``values`` [N, V] each step."""
        v = self._flat(v)
        for _ in range(k):
            h = (rng.random((len(v), self.n_hidden), dtype=np.float32) < self.p_h(v))
            pv = self.p_v(h.astype(np.float32))
            v = (rng.random(pv.shape, dtype=np.float32) < pv).astype(np.float32)
            if clamp is not None:
                v[:, clamp] = values[:, clamp]
        return v

    def log_prob(self, v: np.ndarray) -> np.ndarray:
        """log p(v) = -F(v) - log Z in nats: [N] (needs a known log Z: exact or AIS)."""
        if self.log_z is None:
            from training.rbm.partition import log_z_exact

            if self.n_hidden > MAX_EXACT_HIDDEN:
                raise ValueError("log Z of this RBM is unknown (too many hidden units to sum "
                                 "exactly; estimate it with training.rbm.partition.ais)")
            self.log_z = log_z_exact(self)
        return -self.free_energy(v) - self.log_z

    def filters(self) -> np.ndarray:
        """The learned weights of each hidden unit as an image: [H, image H, image W]."""
        return np.ascontiguousarray(self.W.T.reshape(self.n_hidden, *self.image_shape))

    def hidden_image(self, ph: np.ndarray) -> np.ndarray:
        """[N, H] hidden values → [N, rows, cols] (see :func:`hidden_grid`, padding 0)."""
        rows, cols = hidden_grid(self.n_hidden)
        out = np.zeros((len(ph), rows * cols), np.float32)
        out[:, : self.n_hidden] = ph
        return out.reshape(len(ph), rows, cols)

    # -- the step sampler ------------------------------------------------------------------
    def digits(self, n: int, seed: int = 0) -> np.ndarray:
        """``n`` binarised held-out digits [n, V] (stochastic binarisation, seeded)."""
        if self.test_images is None:
            self.test_images = self._load_test_images()
        x = np.asarray(self.test_images, np.float32).reshape(-1, self.n_visible)
        rng = np.random.default_rng(seed + 7919)
        pick = x[rng.choice(len(x), size=n, replace=n > len(x))]
        return (rng.random(pick.shape, dtype=np.float32) < pick).astype(np.float32)

    def _load_test_images(self) -> np.ndarray:
        if self.card:
            from training.data.from_card import image_splits_of

            return image_splits_of(self.card, self.image_shape).x_test
        if self.image_shape == (28, 28):
            from training.data.images import image_splits

            return image_splits("mnist5k").x_test
        raise ValueError("this RBM knows no test images (set its test_images)")

    def start_chains(self, n: int, start: str, seed: int) -> np.ndarray:
        """The chains' first visible state [n, V] for a ``start`` of START_CHOICES."""
        rng = np.random.default_rng(seed)
        if start == "noise":
            return (rng.random((n, self.n_visible), dtype=np.float32) < 0.5).astype(np.float32)
        if start == "test digit":
            return self.digits(n, seed)
        if start == "persistent":
            if self.n_chains:
                idx = (np.arange(n) + rng.integers(self.n_chains)) % self.n_chains
                return self.chains[idx].copy()
            # no chains kept: burn in from noise, deterministically
            v = (rng.random((n, self.n_visible), dtype=np.float32) < 0.5).astype(np.float32)
            return self.gibbs(v, rng, k=500)
        raise ValueError(f"start must be one of {[c for c, _ in START_CHOICES]}, not {start!r}")

    def clamp_mask(self, clamp: str, painted: Any = None) -> np.ndarray | None:
        """The clamped pixels [V] (True: held) or None; ``clamp`` = "painted" takes them
        from ``painted`` (any array-like of H·W truthy values; the top half until one is
        painted)."""
        h, w = self.image_shape
        mask = np.zeros((h, w), bool)
        if clamp == "none":
            return None
        if clamp == "painted" and painted is not None:
            mask = np.asarray(painted, bool).reshape(-1)
            if mask.size != h * w:
                raise ValueError(f"the painted mask has {mask.size} pixels, not {h * w}")
            return mask if mask.any() else None
        if clamp in ("top half", "painted"):
            mask[: h // 2] = True
        elif clamp == "left half":
            mask[:, : w // 2] = True
        else:
            raise ValueError(f"clamp must be one of {[c for c, _ in CLAMP_CHOICES]}, "
                             f"not {clamp!r}")
        return mask.reshape(-1)

    def iter_steps(self, n: int, seed: int = 0, start: str = "noise", steps: int = 100,
                   clamp: str = "none", k_per_step: int = 1, mask: Any = None,
                   **_options: Any) -> Iterator:
        """Block Gibbs sampling as :class:`training.capabilities.Step` objects.

        Step t (0 … ``steps``) shows the chains' visible state v_t, p(h | v_t) as a
        [rows, cols] image and p(v | h_t) for the hidden sample h_t ~ p(h | v_t) that the
        next state v_{t+1} is drawn from (``k_per_step`` Gibbs steps apart). With ``clamp``
        the clamped pixels of v are a test digit's, held every step: the chain completes the
        other half (clamped Gibbs sampling from p(v_free | v_clamped)).
        """
        from training.capabilities import Step

        n, steps, k = int(n), int(steps), max(1, int(k_per_step))
        rng = np.random.default_rng([int(seed), 1])
        v = self.start_chains(n, start, seed)
        mask = self.clamp_mask(clamp, mask)
        values = None
        if mask is not None:
            values = self.digits(n, seed) if start != "test digit" else v.copy()
            v[:, mask] = values[:, mask]
        shape = (n, *self.image_shape)
        prev = v
        for t in range(steps + 1):
            if t:
                v = (rng.random(pv.shape, dtype=np.float32) < self.p_v(h)).astype(np.float32)
                if mask is not None:
                    v[:, mask] = values[:, mask]
                if k > 1:
                    v = self.gibbs(v, rng, k - 1, mask, values)
            ph = self.p_h(v)
            h = (rng.random(ph.shape, dtype=np.float32) < ph).astype(np.float32)
            pv = self.p_v(h)
            if mask is not None:
                pv[:, mask] = values[:, mask]
            changed = float((v != prev).mean())
            prev = v
            yield Step(t, steps, f"Gibbs step {t * k}" + (f" of {steps * k}" if steps else ""),
                       {"visible sample v": v.reshape(shape).copy(),
                        "hidden p(h|v)": self.hidden_image(ph),
                        "visible p(v|h)": pv.reshape(shape)},
                       {"gibbs_steps": t * k, "mean_free_energy": float(self.free_energy(v).mean()),
                        "changed_pixels": changed, "start": start, "clamp": clamp})
