"""What the data-parallel trainers (torchrun) share beyond the process group that
:func:`training.run.init_distributed` joins: this process's rank, the batch-size check, a
shard of a global batch, a mean over the ranks, and a BatchNorm whose statistics are over
the global batch.

The rule every trainer follows: each rank draws the *same* global batch (data indices,
noise, augmentations) from the same seeded generator, keeps its shard ``[rank::world]``
and lets DDP average the gradients; N ranks then follow the single-process trajectory up
to the order of floating-point sums.
"""

from __future__ import annotations

import torch
from torch import nn


def rank_world() -> tuple[int, int]:
    """(rank, world size) of the joined process group; (0, 1) without one."""
    if torch.distributed.is_available() and torch.distributed.is_initialized():
        return torch.distributed.get_rank(), torch.distributed.get_world_size()
    return 0, 1


def check_batch(batch_size: int, world: int) -> None:
    if batch_size % world:
        raise ValueError(f"the batch size {batch_size} must be divisible by the number of "
                         f"processes ({world})")


def shard(x: torch.Tensor, rank: int, world: int) -> torch.Tensor:
    """This rank's part of a global batch (every ``world``-th row from ``rank``)."""
    return x if world == 1 else x[rank::world]


def mean_over_ranks(values: torch.Tensor, world: int) -> torch.Tensor:
    """The mean of ``values`` over the ranks (a copy; itself with one process). A NaN on
    any rank reaches every rank, so all of them stop together."""
    if world == 1:
        return values
    out = values.detach().clone()
    torch.distributed.all_reduce(out)
    return out / world


def ddp(module: nn.Module, device: torch.device) -> nn.Module:
    """``module`` in DistributedDataParallel. Buffers are synchronised once, at the start,
    not before every forward: every trainer here keeps them equal on all ranks by
    construction (global-batch BatchNorm statistics)."""
    import inspect

    cls = nn.parallel.DistributedDataParallel
    newer = "forward_sync_buffers" in inspect.signature(cls.__init__).parameters
    no_sync = {"forward_sync_buffers": False} if newer else {"broadcast_buffers": False}
    return cls(module, device_ids=[device.index] if device.type == "cuda" else None,
               **no_sync)


class _SumOverRanks(torch.autograd.Function):
    """All-reduce (sum) that autograd can differentiate: the gradient of each rank's
    input is the sum over the ranks of the output's gradients."""

    @staticmethod
    def forward(ctx, x: torch.Tensor) -> torch.Tensor:  # noqa: D102
        out = x.clone(memory_format=torch.contiguous_format)
        torch.distributed.all_reduce(out)
        return out

    @staticmethod
    def backward(ctx, grad: torch.Tensor) -> torch.Tensor:  # noqa: D102
        return _SumOverRanks.apply(grad)


def sum_over_ranks(x: torch.Tensor) -> torch.Tensor:
    return _SumOverRanks.apply(x)


class GlobalBatchNorm(nn.modules.batchnorm._BatchNorm):
    """BatchNorm (1d or 2d) whose training-mode statistics are the global batch's, summed
    over the ranks by a differentiable all-reduce (torch's SyncBatchNorm works on GPUs
    only; this one on gloo too). The same parameters, buffers and state-dict names as
    nn.BatchNorm*d; in eval mode, or in one process, it *is* that module's computation."""

    def _check_input_dim(self, x: torch.Tensor) -> None:
        if x.dim() < 2:
            raise ValueError(f"expected at least 2D input (got {x.dim()}D input)")

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        _, world = rank_world()
        if not self.training or world == 1:
            return super().forward(x)
        dims = [0, *range(2, x.dim())]
        shape = [1, -1] + [1] * (x.dim() - 2)
        count = torch.tensor([x.numel() / x.shape[1]], dtype=x.dtype, device=x.device)
        sums = sum_over_ranks(torch.cat([x.sum(dims), count]))
        n = sums[-1]
        mean = sums[:-1] / n
        xc = x - mean.view(shape)
        var = sum_over_ranks((xc * xc).sum(dims)) / n  # biased, as BatchNorm normalises
        y = xc * torch.rsqrt(var + self.eps).view(shape)
        if self.affine:
            y = y * self.weight.view(shape) + self.bias.view(shape)
        if self.track_running_stats:
            with torch.no_grad():
                self.num_batches_tracked.add_(1)
                m = (1.0 / float(self.num_batches_tracked) if self.momentum is None
                     else self.momentum)
                self.running_mean.lerp_(mean.detach(), m)
                self.running_var.lerp_(var.detach() * n / (n - 1), m)
        return y


def _swap_batchnorm(module: nn.Module, to_global: bool) -> nn.Module:
    for name, child in module.named_children():
        if to_global and isinstance(child, (nn.BatchNorm1d, nn.BatchNorm2d)):
            kind = GlobalBatchNorm
        elif not to_global and isinstance(child, GlobalBatchNorm):
            kind = child.plain_kind
        else:
            _swap_batchnorm(child, to_global)
            continue
        new = kind(child.num_features, child.eps, child.momentum, child.affine,
                   child.track_running_stats, device=_device_of(child))
        if to_global:
            new.plain_kind = type(child)
        new.load_state_dict(child.state_dict())
        new.train(child.training)
        setattr(module, name, new)
    return module


def _device_of(m: nn.Module) -> torch.device:
    for t in (*m.parameters(), *m.buffers()):
        return t.device
    return torch.device("cpu")


def global_batchnorm(module: nn.Module) -> nn.Module:
    """Replace every nn.BatchNorm1d/2d inside ``module`` by a :class:`GlobalBatchNorm`
    holding the same weights and statistics (in place; returns ``module``)."""
    return _swap_batchnorm(module, True)


def plain_batchnorm(module: nn.Module) -> nn.Module:
    """Undo :func:`global_batchnorm`: back to nn.BatchNorm1d/2d, the same state."""
    return _swap_batchnorm(module, False)


__all__ = ["GlobalBatchNorm", "check_batch", "ddp", "global_batchnorm", "mean_over_ranks",
           "plain_batchnorm", "rank_world", "shard", "sum_over_ranks"]
