"""Latent-variable models behind one interface: encode, decode, latent_dim (see base)."""

from training.latent.base import LatentModel, latent_statistics
from training.latent.gan import DCGAN, StyleGAN
from training.latent.pca import PPCA
from training.latent.vae import VAE, LatentEvent, VAETrainer, train_vae

FAMILIES = {"vae": VAE, "ae": VAE, "pca": PPCA}

__all__ = ["DCGAN", "FAMILIES", "StyleGAN", "LatentEvent", "LatentModel", "PPCA", "VAE", "latent_statistics",
           "train_vae", "VAETrainer"]
