"""What a model can do, asked of the model itself: where it shows is decided here, not by its kind.

The app has a place for each capability, and a model shows in every place whose capability it
has (napari's registry of layer → controls, looked up by what a class provides):

=================  ==========================================================  ==============
capability         what the model provides                                      place
=================  ==========================================================  ==============
2D density         ``log_prob(x[N, 2]) -> [N]`` and ``sample(n, seed)``          ``density``
2D sampler         ``sample(n, seed=…) -> [n, 2]`` and no tractable density     ``density``
                   (a GAN): the canvas draws a density estimate of its samples
                   and says the model has no tractable likelihood (a 2D DDPM
                   has one, by the probability-flow ODE, but ``slow_log_prob``:
                   scored with it, drawn from its samples)
decoder            ``decode(z[N, d]) -> images [N, H, W]``, ``latent_dim``       ``latent``
encoder            a decoder that also has ``encode(x) -> z``: the encode       (panels of
                   panel, the map of the test set                               ``latent``)
step sampler       ``step_names`` and ``iter_steps(n, seed=…)`` yielding one     ``diffusion``
                   :class:`Step` per step: named panels (diffusion: x_t, ε̂,     (step-through)
                   x̂₀; a PixelCNN: the image so far and p(next pixel); a
                   Gibbs chain: v, h, p(v | h))
=================  ==========================================================  ==============

:func:`places` lists the places of a model, its home first (where it opens). A family added
to ``training`` gets its places by what it implements; nothing in the app names it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator, Protocol, runtime_checkable

import numpy as np

#: The app's places, in the order of its tabs.
PLACES = ("density", "latent", "diffusion")


@runtime_checkable
class Density2D(Protocol):
    """A 2D p_model with a tractable density."""

    def log_prob(self, x: np.ndarray) -> np.ndarray: ...

    def sample(self, n: int, seed: int = 0) -> np.ndarray: ...


@runtime_checkable
class Decoder(Protocol):
    """z → image: shown under the latent sliders."""

    latent_dim: int

    def decode(self, z: np.ndarray) -> np.ndarray: ...


@runtime_checkable
class Encoder(Protocol):
    """image → z (a decoder that encodes gets the encode panel and the test-set map)."""

    def encode(self, x: np.ndarray) -> np.ndarray: ...


@dataclass
class Step:
    """One step of a step sampler: ``index`` of ``total``, a caption, named panels.

    ``panels`` maps a panel name (one of the sampler's ``step_names``) to an array of the
    batch (images ``[n, H, W]`` or points ``[n, 2]``); ``info`` holds scalars the view may
    print (the timestep t, the pixel index …).
    """

    index: int
    total: int
    caption: str
    panels: dict[str, np.ndarray]
    info: dict[str, Any] = field(default_factory=dict)


@runtime_checkable
class StepSampler(Protocol):
    """A sampler that goes by steps and shows each: the step-through view."""

    step_names: tuple[str, ...]

    def iter_steps(self, n: int, seed: int = 0, **options: Any) -> Iterator[Step]: ...


def is_points(model: Any) -> bool:
    """Draws 2D points (not images)."""
    if getattr(model, "is_points", None) is not None:
        return bool(model.is_points) and tuple(getattr(model, "data_shape", (2,)) or ()) == (2,)
    return getattr(model, "kind", None) == "density"


def has_density_2d(model: Any) -> bool:
    """A 2D model with ``log_prob`` on points that is a real likelihood."""
    return (is_points(model) and callable(getattr(model, "log_prob", None))
            and callable(getattr(model, "sample", None))
            and getattr(model, "tractable", True) is not False)


def is_2d_sampler(model: Any) -> bool:
    """A 2D model that samples but has no tractable density (a 2D GAN)."""
    return (is_points(model) and callable(getattr(model, "sample", None))
            and not has_density_2d(model))


def can_decode(model: Any) -> bool:
    """z → image (the latent sliders)."""
    return (callable(getattr(model, "decode", None))
            and isinstance(getattr(model, "latent_dim", None), int) and not is_points(model))


def can_encode(model: Any) -> bool:
    """A decoder that also encodes images (the encode panel, the test-set map)."""
    return can_decode(model) and callable(getattr(model, "encode", None))


def can_step(model: Any) -> bool:
    """Samples step by step with named panels (the step-through view)."""
    return (callable(getattr(model, "iter_steps", None))
            and bool(tuple(getattr(model, "step_names", ()) or ())))


def places(model: Any) -> tuple[str, ...]:
    """The app's places that can show ``model``, its home (where it opens) first.

    A step sampler's home is the step-through view even when it is 2D (a 2D DDPM opens
    there and can be put on the density canvas too); a decoder's home is the latent view.
    """
    out: list[str] = []
    if can_step(model):
        out.append("diffusion")
    if can_decode(model):
        out.append("latent")
    if has_density_2d(model) or is_2d_sampler(model):
        out.append("density")
    return tuple(out)


def describe(model: Any) -> list[str]:
    """The capabilities of ``model`` in words (cards, the Gallery, error messages)."""
    words = []
    if has_density_2d(model):
        words.append("2D density (log p(x) on points)")
    elif is_2d_sampler(model):
        words.append("2D sampler without a tractable density")
    if can_decode(model):
        words.append("decoder z → image" + (" and encoder" if can_encode(model) else ""))
    if can_step(model):
        words.append("step sampler (" + ", ".join(model.step_names) + ")")
    return words
