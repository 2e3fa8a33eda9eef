"""Monotonic rational-quadratic splines (Durkan et al., 2019, "Neural Spline Flows").

A scalar bijection on [−B, B] built from K bins. Bin k maps [x_k, x_{k+1}] onto
[y_k, y_{k+1}] with widths w_k, heights h_k, slope s_k = h_k / w_k and knot derivatives
δ_k, δ_{k+1} > 0. With ξ = (x − x_k) / w_k ∈ [0, 1] (paper eq. 4):

    y = y_k + h_k [s_k ξ² + δ_k ξ(1−ξ)] / [s_k + (δ_{k+1} + δ_k − 2 s_k) ξ(1−ξ)]

and its derivative (eq. 5)

    dy/dx = s_k² [δ_{k+1} ξ² + 2 s_k ξ(1−ξ) + δ_k (1−ξ)²] / [s_k + (δ_{k+1} + δ_k − 2 s_k) ξ(1−ξ)]².

Outside [−B, B] the map is the identity (derivative 1 at the boundary knots, so it is C¹).
The inverse solves the quadratic a ξ² + b ξ + c = 0 of eq. 6–8 with the stable root
ξ = 2c / (−b − √(b² − 4ac)).

Shapes: ``x`` is ``[N]``; the unnormalised parameters are ``[N, K]`` (widths, heights) and
``[N, K − 1]`` (inner derivatives).
"""

from __future__ import annotations

import torch
import torch.nn.functional as F

MIN_WIDTH = 1e-3
MIN_HEIGHT = 1e-3
MIN_DERIVATIVE = 1e-3


def _knots(logits: torch.Tensor, bound: float, minimum: float) -> tuple[torch.Tensor, torch.Tensor]:
    """Knot positions [N, K+1] from −B to B and bin sizes [N, K] from unnormalised logits."""
    k = logits.shape[-1]
    frac = minimum + (1 - minimum * k) * torch.softmax(logits, dim=-1)
    cum = F.pad(torch.cumsum(frac, dim=-1), (1, 0), value=0.0)
    inner = (2 * bound * cum - bound)[..., 1:-1]
    edge = torch.full_like(inner[..., :1], bound)
    knots = torch.cat([-edge, inner, edge], -1)  # exactly −B and B at the ends
    return knots, knots[..., 1:] - knots[..., :-1]


def rq_spline(
    x: torch.Tensor,
    width_logits: torch.Tensor,
    height_logits: torch.Tensor,
    derivative_logits: torch.Tensor,
    bound: float,
    inverse: bool = False,
) -> tuple[torch.Tensor, torch.Tensor]:
    """Apply the spline (or its inverse) to ``x[N]``; return ``(y[N], log|dy/dx|[N])``.

    For ``inverse=True`` the log-derivative returned is that of the inverse map.
    """
    inside = (x >= -bound) & (x <= bound)
    y = x.clone()
    logdet = torch.zeros_like(x)
    if not inside.any():
        return y, logdet
    xi_in = x[inside]
    cw, w = _knots(width_logits[inside], bound, MIN_WIDTH)
    ch, h = _knots(height_logits[inside], bound, MIN_HEIGHT)
    d = MIN_DERIVATIVE + F.softplus(derivative_logits[inside])
    one = torch.ones_like(d[..., :1])
    # boundary derivatives are 1 so the identity tails join smoothly
    d = torch.cat([one, d, one], -1)

    knots = ch if inverse else cw
    # bin index: the last knot position not greater than the input (clamped to K−1)
    idx = torch.searchsorted(knots[..., 1:-1].contiguous(), xi_in[:, None]).squeeze(-1)

    def pick(t: torch.Tensor) -> torch.Tensor:
        return t.gather(-1, idx[:, None]).squeeze(-1)

    x_k, w_k, y_k, h_k = pick(cw[..., :-1]), pick(w), pick(ch[..., :-1]), pick(h)
    d_k, d_k1 = pick(d[..., :-1]), pick(d[..., 1:])
    s_k = h_k / w_k
    if not inverse:
        xi = ((xi_in - x_k) / w_k).clamp(0, 1)
        t = xi * (1 - xi)
        den = s_k + (d_k1 + d_k - 2 * s_k) * t
        out = y_k + h_k * (s_k * xi**2 + d_k * t) / den
        deriv = s_k**2 * (d_k1 * xi**2 + 2 * s_k * t + d_k * (1 - xi) ** 2) / den**2
        ld = torch.log(deriv)
    else:
        dy = xi_in - y_k
        c2 = d_k1 + d_k - 2 * s_k
        a = h_k * (s_k - d_k) + dy * c2
        b = h_k * d_k - dy * c2
        c = -s_k * dy
        disc = (b**2 - 4 * a * c).clamp_min(0)
        xi = ((2 * c) / (-b - torch.sqrt(disc))).clamp(0, 1)
        out = x_k + xi * w_k
        t = xi * (1 - xi)
        den = s_k + c2 * t
        deriv = s_k**2 * (d_k1 * xi**2 + 2 * s_k * t + d_k * (1 - xi) ** 2) / den**2
        ld = -torch.log(deriv)
    y = y.masked_scatter(inside, out)
    logdet = logdet.masked_scatter(inside, ld)
    return y, logdet
