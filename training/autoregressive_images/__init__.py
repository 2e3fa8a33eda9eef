"""Autoregressive models of binary images: the plain and the gated PixelCNN (step samplers).

Importing this package registers :class:`PixelCNN` with :mod:`training.artifacts`.
"""

from training.autoregressive_images.model import PixelCNN  # noqa: F401 (registers the class)
