"""A PixelCNN on binary images as a saveable model and a step sampler.

``PixelCNN(arch="gated"|"plain", …)`` wraps a network of :mod:`.nets`:

* ``nll(x[N, H, W] in {0,1}) -> [N]`` — the exact −log p(x) in nats, the sum over pixels of
  the Bernoulli negative log-likelihoods −[x_i log σ(ℓ_i) + (1 − x_i) log(1 − σ(ℓ_i))];
  bits per dimension = nll / (H·W·ln 2).
* ``iter_steps(n, seed, start=…, heat_map=…)`` — ancestral sampling in raster order, one
  :class:`training.capabilities.Step` per free pixel: x_i ~ Bernoulli(σ(ℓ_i(x_<i))).
* ``receptive_field(i, j) -> [H, W]`` — |∂ℓ_(i,j) / ∂x|, normalised to [0, 1]: where the
  blind spot of the plain network shows.

Sampling cost. A full pass is needed per pixel in principle (784 per image). The logits of
row r depend on rows r − R … r only (R = :func:`.nets.rows_of_context`), so by default each
pixel runs the network on that band of R + 1 rows (exact: the test compares it with full
passes) and one full pass per row refreshes the heat map of the rows below.
"""

from __future__ import annotations

import math
import time
from typing import Any, Iterator

import numpy as np
import torch
from torch.nn import functional as F

from training.artifacts import register
from training.capabilities import Step
from training.density.family import Hyper

from training.autoregressive_images.nets import ARCHS, rows_of_context

#: the sampler's starting points (the ``start`` option)
STARTS = ("empty", "top half of a test digit", "left half of a test digit",
          "painted region of a test digit")
HEAT_MAPS = ("current row exact (fast)", "every pixel exact (full pass per pixel)")
#: value of a not-yet-sampled pixel in the "image so far" panel (grey)
UNSAMPLED = 0.5


def binarize(x: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Stochastic binarisation: x_bin ~ Bernoulli(x) per pixel (x in [0, 1]), float32."""
    return (rng.random(x.shape) < x).astype(np.float32)


@register
class PixelCNN:
    """An autoregressive model of binary images (see the module docstring)."""

    kind = "autoregressive"
    step_names = ("image so far", "p(next pixel = 1)")
    #: the option value under which the step-through view's painted mask is used
    paint_option = ("start", STARTS[3])
    #: how the step-through view draws each panel: grey images or a probability map
    step_panel_kinds = {"image so far": "image", "p(next pixel = 1)": "probability"}
    step_options = (
        Hyper("start", str, "empty", "where sampling starts: an empty canvas, or the top / "
              "left half of test digits kept as they are (the model completes the rest)",
              choices=tuple((s, s) for s in STARTS)),
        Hyper("heat_map", str, HEAT_MAPS[0], "the fast sampler runs the network on the rows "
              "the current row depends on and refreshes the rows below once per row; exact "
              "runs a full pass for every pixel (slower, the same samples)",
              label="heat map", choices=tuple((s, s) for s in HEAT_MAPS)),
        Hyper("test_digit", int, 0, "first test digit whose half is kept (start = half of a "
              "test digit); digits test_digit … test_digit + n − 1", label="first test digit",
              min=0, max=999),
    )

    def __init__(self, arch: str = "gated", channels: int = 32, layers: int = 5,
                 first_kernel: int = 7, image_shape: tuple[int, int] | list[int] = (28, 28),
                 seed: int = 0) -> None:
        if arch not in ARCHS:
            raise ValueError(f"arch is one of {', '.join(ARCHS)}, not {arch!r}")
        self.arch, self.channels, self.layers = arch, int(channels), int(layers)
        self.first_kernel = int(first_kernel)
        self.image_shape = tuple(int(s) for s in image_shape)
        self.seed = int(seed)
        _check(self.config())
        with torch.random.fork_rng():
            torch.manual_seed(self.seed)
            self.net = ARCHS[arch](self.channels, self.layers, self.first_kernel).eval()
        self.card: dict[str, Any] = {}
        self._test: np.ndarray | None = None

    @property
    def family(self) -> str:
        return f"{'gated ' if self.arch == 'gated' else ''}PixelCNN"

    # -- artifact protocol -------------------------------------------------------------------
    def config(self) -> dict[str, Any]:
        return {"arch": self.arch, "channels": self.channels, "layers": self.layers,
                "first_kernel": self.first_kernel, "image_shape": list(self.image_shape),
                "seed": self.seed}

    @classmethod
    def expected_shapes(cls, config: dict[str, Any]) -> dict[str, tuple[int, ...]]:
        """Tensor names and shapes of the network ``config`` builds, after checking its sizes
        (built on the meta device: nothing is allocated)."""
        _check(config)
        with torch.device("meta"):
            net = ARCHS[config["arch"]](int(config["channels"]), int(config["layers"]),
                                        int(config["first_kernel"]))
        return {k: tuple(v.shape) for k, v in net.state_dict().items()}

    def get_tensors(self) -> dict[str, np.ndarray]:
        return {k: v.detach().numpy().copy() for k, v in self.net.state_dict().items()}

    def set_tensors(self, tensors: dict[str, np.ndarray]) -> None:
        self.net.load_state_dict({k: torch.from_numpy(np.array(v)) for k, v in tensors.items()})

    def _device(self) -> torch.device:
        """Where the network is (the CPU but while a trainer holds it on a GPU)."""
        return next(self.net.parameters()).device

    # -- likelihood ---------------------------------------------------------------------------
    def _x(self, x: np.ndarray | torch.Tensor) -> torch.Tensor:
        x = torch.as_tensor(np.asarray(x, dtype=np.float32))
        if tuple(x.shape[1:]) != self.image_shape:
            raise ValueError(f"the model takes images {self.image_shape}, not {tuple(x.shape[1:])}")
        return x[:, None]

    @torch.inference_mode()
    def logits(self, x: np.ndarray) -> np.ndarray:
        """ℓ [N, H, W]: p(x_i = 1 | x_<i) = σ(ℓ_i), for every pixel of binary images x."""
        return self.net(self._x(x).to(self._device()))[:, 0].cpu().numpy()

    @torch.inference_mode()
    def nll(self, x: np.ndarray, batch: int = 250) -> np.ndarray:
        """Exact −log p(x) in nats per image [N] of binary images x [N, H, W]."""
        out = []
        for i in range(0, len(x), batch):
            xb = self._x(x[i:i + batch]).to(self._device())
            out.append(F.binary_cross_entropy_with_logits(self.net(xb), xb, reduction="none")
                       .sum((1, 2, 3)).double().cpu().numpy())
        return np.concatenate(out) if out else np.zeros(0)

    def bits_per_dim(self, nll_nats: float) -> float:
        return float(nll_nats) / (math.prod(self.image_shape) * math.log(2))

    # -- receptive field ---------------------------------------------------------------------
    def receptive_field(self, i: int, j: int, seed: int = 0) -> np.ndarray:
        """|∂ℓ_(i,j) / ∂x| [H, W] at a random binary image, scaled to max 1; exactly zero
        outside the pixels the output can see (the plain network's blind spot included)."""
        h, w = self.image_shape
        if not (0 <= i < h and 0 <= j < w):
            raise ValueError(f"pixel ({i}, {j}) is outside the {h}×{w} image")
        g = torch.Generator().manual_seed(seed)
        x = (torch.rand(1, 1, h, w, generator=g) < 0.3).float().requires_grad_(True)
        self.net(x)[0, 0, i, j].backward()
        a = x.grad[0, 0].abs().numpy().astype(np.float64)
        return (a / a.max() if a.max() > 0 else a).astype(np.float32)

    # -- sampling ----------------------------------------------------------------------------
    def test_digits(self) -> np.ndarray:
        """The 1,000 MNIST-5k test digits (cached after the first call)."""
        if self._test is None:
            from training.data.images import image_splits

            self._test = image_splits("mnist5k", seed=0).x_test.astype(np.float32)
        return self._test

    def start_mask(self, start: str) -> np.ndarray:
        """Known (clamped) pixels [H, W] bool for a ``start`` option."""
        h, w = self.image_shape
        m = np.zeros((h, w), bool)
        if start in (STARTS[1], STARTS[3]):  # painted: the top half until one is painted
            m[: h // 2] = True
        elif start == STARTS[2]:
            m[:, : w // 2] = True
        elif start != STARTS[0]:
            raise ValueError(f"start is one of {', '.join(STARTS)}, not {start!r}")
        return m

    def sample(self, n: int, seed: int = 0) -> np.ndarray:
        """n binary images [n, H, W]: the images of :meth:`iter_steps` (the same draws),
        without its heat maps. The gated network runs only its vertical stack once per row
        and its horizontal stack on that row per pixel."""
        if self.arch == "gated":
            return self._sample_rows(int(n), int(seed))
        last = None
        for last in self.iter_steps(n, seed=seed):
            pass
        return last.panels["image so far"]

    @torch.inference_mode()
    def _sample_rows(self, n: int, seed: int) -> np.ndarray:
        h, w = self.image_shape
        g = torch.Generator().manual_seed(seed)
        x = torch.zeros(n, 1, h, w)
        reach = rows_of_context(self.arch, self.layers, self.first_kernel)
        mats = self.net._row_matrices()  # the weights do not change while sampling
        for r in range(h):
            cache = self.net.vertical_cache(x, r, reach)
            for c in range(w):
                p = torch.sigmoid(self.net.row_logits(x[:, :, r:r + 1], cache, mats)[:, c])
                x[:, 0, r, c] = (torch.rand(n, generator=g) < p).float()
        return x[:, 0].numpy().copy()

    @torch.inference_mode()
    def iter_steps(self, n: int, seed: int = 0, start: str = STARTS[0],
                   heat_map: str = HEAT_MAPS[0], test_digit: int = 0,
                   mask: np.ndarray | None = None, known: np.ndarray | None = None
                   ) -> Iterator[Step]:
        """Sample ``n`` images pixel by pixel in raster order; one :class:`Step` per free pixel.

        ``mask`` [H, W] bool (default: from ``start``) marks clamped pixels, whose values come
        from ``known`` [n, H, W] in {0, 1} (default: test digits ``test_digit`` …, binarised
        with ``seed``); they are conditioned on where they precede a free pixel and never
        change. Panels: "image so far" [n, H, W] (0/1, 0.5 where not sampled yet) and
        "p(next pixel = 1)" [n, H, W] (σ(ℓ) on the pixels still to sample, NaN elsewhere).
        """
        n = int(n)
        h, w = self.image_shape
        rng = np.random.default_rng(seed)
        g = torch.Generator().manual_seed(int(seed))
        mask = self.start_mask(start) if mask is None else np.asarray(mask, bool)
        if mask.size != h * w:
            raise ValueError(f"mask must be {h}×{w}, not {mask.shape}")
        mask = mask.reshape(h, w)
        if known is None:
            known = np.zeros((n, h, w), np.float32)
            if mask.any():
                test = self.test_digits()
                idx = (int(test_digit) + np.arange(n)) % len(test)
                known = binarize(test[idx], rng)
        x = torch.from_numpy(np.where(mask, np.asarray(known, np.float32), 0.0)
                             .astype(np.float32))[:, None].contiguous()
        free = [(r, c) for r in range(h) for c in range(w) if not mask[r, c]]
        todo = ~mask.copy()  # pixels not decided yet
        exact = heat_map == HEAT_MAPS[1]
        reach = rows_of_context(self.arch, self.layers, self.first_kernel)
        p_map = torch.zeros(n, h, w)
        last_row = -1
        total = len(free)
        rows_fast = self.arch == "gated" and not exact
        cache = None
        mats = self.net._row_matrices() if rows_fast else None  # once per run, not per pixel
        for k, (r, c) in enumerate(free):
            t0 = time.perf_counter()
            if rows_fast and r != last_row:  # full pass + this row's vertical-stack cache
                logits, cache = self.net.forward_with_row_cache(x, r)
                p_map = torch.sigmoid(logits[:, 0])
                last_row = r
            elif rows_fast:  # the horizontal stack on row r only (exact, see nets.py)
                p_map[:, r] = torch.sigmoid(self.net.row_logits(x[:, :, r:r + 1], cache, mats))
            elif exact or r != last_row:
                p_map = torch.sigmoid(self.net(x)[:, 0])
                last_row = r
            else:
                r0 = max(0, r - reach)
                p_map[:, r] = torch.sigmoid(self.net(x[:, :, r0:r + 1])[:, 0, -1])
            p = p_map[:, r, c]
            x[:, 0, r, c] = (torch.rand(n, generator=g) < p).float()
            heat = p_map.numpy().copy()
            heat[:, ~todo] = np.nan
            todo[r, c] = False
            image = x[:, 0].numpy().copy()
            image[:, todo] = UNSAMPLED
            yield Step(k, total, f"pixel {r * w + c + 1} of {h * w} (row {r + 1}, column "
                       f"{c + 1}): x ~ Bernoulli(p), mean p = {float(p.mean()):.2f}",
                       {"image so far": image, "p(next pixel = 1)": heat},
                       {"pixel": (r, c), "row": r, "column": c, "p_mean": float(p.mean()),
                        "compute_s": time.perf_counter() - t0})


def _check(config: dict[str, Any]) -> None:
    """Refuse a config no sane PixelCNN has (before anything is allocated)."""
    arch = config.get("arch")
    if arch not in ARCHS:
        raise ValueError(f"arch is one of {', '.join(ARCHS)}, not {arch!r}")
    c, layers, k = int(config["channels"]), int(config["layers"]), int(config["first_kernel"])
    if not 1 <= c <= 512:
        raise ValueError(f"channels must be 1 … 512, not {c}")
    if not 1 <= layers <= 32:
        raise ValueError(f"layers must be 1 … 32, not {layers}")
    if not (1 <= k <= 15 and k % 2 == 1) or (arch == "gated" and k < 3):
        raise ValueError(f"first_kernel must be odd, 1 … 15 (≥ 3 gated), not {k}")
    shape = [int(s) for s in config["image_shape"]]
    if len(shape) != 2 or not all(2 <= s <= 64 for s in shape):
        raise ValueError(f"image_shape must be two sizes 2 … 64, not {shape}")
