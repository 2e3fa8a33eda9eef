"""Diffusion: noise schedules, the DDPM, DDIM, DPM-Solver++ and UniPC schedulers, denoisers,
the pipeline.

>>> from training.diffusion import DDPMScheduler, DDIMScheduler
"""

from training.diffusion.pipeline import (
    DEFAULT_STEPS,
    SAMPLER_LABELS,
    SAMPLERS,
    DenoiseStep,
    DiffusionModel,
)
from training.diffusion.latent_diffusion import LatentDiffusionModel  # noqa: F401 (registers it)
from training.diffusion.scheduler_base import StepOutput
from training.diffusion.schedules import SCHEDULES, NoiseSchedule, make_schedule
from training.diffusion.scheduling_ddim import DDIMScheduler
from training.diffusion.scheduling_ddpm import DDPMScheduler
from training.diffusion.scheduling_dpmsolver import DPMSolverMultistepScheduler
from training.diffusion.scheduling_unipc import UniPCMultistepScheduler

__all__ = ["DDIMScheduler", "DDPMScheduler", "DEFAULT_STEPS", "DPMSolverMultistepScheduler",
           "DenoiseStep", "DiffusionModel", "NoiseSchedule", "SAMPLERS", "SAMPLER_LABELS",
           "SCHEDULES", "StepOutput", "UniPCMultistepScheduler", "make_schedule"]
