"""Latent Explorer: a desktop lab for seeing how generative models work."""

__version__ = "0.1.0"
