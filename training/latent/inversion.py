"""GAN inversion: "encoding" an image by searching the generator's input for it.

Shared by the generators' Z (:mod:`training.latent.gan`) and W
(:mod:`training.latent.gan_wspace`) spaces.
"""

from __future__ import annotations

import numpy as np
import torch


def search_code(forward, codes: np.ndarray, image: np.ndarray, image_shape, steps: int,
                lr: float, penalty) -> tuple[np.ndarray, float]:
    """Adam from each starting code in ``codes`` [R, d] on ‖G(c) − x‖² / (H W) +
    ``penalty(c)`` [R], the generator fixed (gradients reach the codes only, by
    ``torch.autograd.grad``); ``forward(c)`` → (R, 1, 32, 32) in [−1, 1]. Returns the code
    whose image is closest to ``image`` (H, W) in [0, 1] and its mean squared error."""
    h, w = image_shape
    x = torch.as_tensor(np.asarray(image, dtype=np.float32)).reshape(1, h, w)
    target = x * 2 - 1  # the generator's [-1, 1]
    top, left = (32 - h) // 2, (32 - w) // 2
    c = torch.from_numpy(np.ascontiguousarray(codes, np.float32)).requires_grad_(True)
    opt = torch.optim.Adam([c], lr=float(lr))
    for _ in range(int(steps)):
        out = forward(c)[:, 0, top:top + h, left:left + w]
        loss = (((out - target) ** 2).mean(dim=(1, 2)) + penalty(c)).sum()
        (grad,) = torch.autograd.grad(loss, c)
        opt.zero_grad(set_to_none=True)
        c.grad = grad
        opt.step()
    with torch.inference_mode():
        out = forward(c.detach())[:, 0, top:top + h, left:left + w]
        mse = (((out + 1) / 2 - x) ** 2).mean(dim=(1, 2))
    best = int(torch.argmin(mse))
    return c.detach()[best].numpy().copy(), float(mse[best])
