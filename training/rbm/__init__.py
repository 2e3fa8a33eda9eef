"""Restricted Boltzmann machines: a binary RBM on binarised images (model), its partition
function exact or by annealed importance sampling (partition), and its PCD / CD-k trainer
(trainer). numpy only: importing this package loads no torch."""

from training.rbm.model import RBM, hidden_grid

__all__ = ["RBM", "hidden_grid"]
