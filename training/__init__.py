"""Latent Explorer's training package: data sources, model families, artifacts.

Pure Python + numpy + torch; it never imports Qt, pyqtgraph or ``explorer``.

>>> import training
>>> model = training.load("trained/density-gaussian-8gaussians")   # doctest: +SKIP
>>> model.log_prob(x)                                               # doctest: +SKIP
"""

from training.artifacts import ArtifactError, discover, load, read_card, register, save

__all__ = ["ArtifactError", "discover", "load", "read_card", "register", "save"]
