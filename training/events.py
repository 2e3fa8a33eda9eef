"""The one progress event of every trainer: ``step`` of ``total`` units, named metrics.

Every trainer — the density families' (EM, Adam), the VAE's epochs, the diffusion model's
steps, the classifier's epochs, the GANs' — reports with :class:`TrainEvent`, so the
command line's progress bar and JSON lines (:class:`training.run.Progress`), checkpoints,
the app's live curves and the Train… dialog read one shape. Metric names carry their
meaning (``train_nll`` in nats per point, ``loss``, ``val_loss``, ``d_loss`` …); a metric
reads as an attribute too (``event.loss`` is ``event.metrics["loss"]``), which keeps the
names each trainer's event had before.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any


@dataclass
class TrainEvent:
    """A progress report: ``step`` of ``total`` units done, named metrics (NLL in nats)."""

    step: int
    total: int
    metrics: dict[str, float | None] = field(default_factory=dict)
    elapsed_s: float = 0.0

    # the names the flow's event had (cards, the app's curves)
    @property
    def total_steps(self) -> int:
        return self.total

    @property
    def train_nll(self) -> float:
        v = self.metrics.get("train_nll")
        return math.nan if v is None else float(v)

    @property
    def val_nll(self) -> float | None:
        return self.metrics.get("val_nll")

    def as_list(self) -> list:
        return [self.step, self.total, dict(self.metrics), self.elapsed_s]

    @classmethod
    def from_list(cls, row: list) -> "TrainEvent":
        """Inverse of :meth:`as_list`; also reads the older (step, total, train, val,
        elapsed) rows of flow checkpoints."""
        if len(row) == 5:
            step, total, train, val, elapsed = row
            return cls(int(step), int(total), {"train_nll": train, "val_nll": val}, float(elapsed))
        step, total, metrics, elapsed = row
        return cls(int(step), int(total), dict(metrics), float(elapsed))

    def __getattr__(self, name: str) -> Any:
        # a metric by name (event.loss); only called for names that are not fields
        metrics = self.__dict__.get("metrics")
        if metrics is not None and name in metrics:
            return metrics[name]
        raise AttributeError(f"{type(self).__name__} has no field or metric '{name}'")

    # the names the VAE's and the classifier's events had
    @property
    def epoch(self) -> int:
        return self.step

    @property
    def total_epochs(self) -> int:
        return self.total

    def progress_values(self) -> dict[str, Any]:
        """The metrics and the elapsed time as :class:`training.run.Progress` prints them."""
        out: dict[str, Any] = {k: (round(v, 6) if isinstance(v, float) else v)
                               for k, v in self.metrics.items()}
        out["elapsed_s"] = round(self.elapsed_s, 2)
        return out
