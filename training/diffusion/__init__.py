"""Diffusion: noise schedules, the DDPM and DDIM schedulers, denoisers, the pipeline.

>>> from training.diffusion import DDPMScheduler, DDIMScheduler
"""

from training.diffusion.pipeline import SAMPLERS, DenoiseStep, DiffusionModel
from training.diffusion.scheduler_base import StepOutput
from training.diffusion.schedules import SCHEDULES, NoiseSchedule, make_schedule
from training.diffusion.scheduling_ddim import DDIMScheduler
from training.diffusion.scheduling_ddpm import DDPMScheduler

__all__ = ["DDIMScheduler", "DDPMScheduler", "DenoiseStep", "DiffusionModel", "NoiseSchedule",
           "SAMPLERS", "SCHEDULES", "StepOutput", "make_schedule"]
