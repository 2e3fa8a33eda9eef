"""The naive pixel-independent model of binary images: a product of per-pixel Bernoullis.

Importing this package registers :class:`NaiveBernoulli` with :mod:`training.artifacts`.
"""

from training.naive.model import NaiveBernoulli  # noqa: F401 (registers the class)
