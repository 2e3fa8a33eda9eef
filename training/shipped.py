"""The shipped artifacts: the folder name in ``trained/`` -> the command that makes it.

``python -m training all`` re-makes every one of them; a card's ``created_by`` must equal its
line here (``python -m training train`` refuses to overwrite a shipped artifact with a
different recipe). One line per artifact; a family adds its lines here.
"""

from __future__ import annotations

SHIPPED: dict[str, str] = {
    "classifier-mnist5k": (
        "python -m training classifier --epochs 20 --lr 0.002 --seed 0 --out "
        "trained/classifier-mnist5k"
    ),
    "density-gan-8gaussians": (
        "python -m training density --family gan --data 8gaussians --n-train 5000 --n-val "
        "5000 --n-test 20000 --seed 0 --steps 6000 --batch-size 256 --noise-dim 2 --noise "
        "gaussian --g-depth 3 --g-width 128 --d-depth 3 --d-width 128 --loss nonsat --lr-g "
        "0.001 --lr-d 0.001 --d-steps 1 --label-smoothing 0.0 --r1-gamma 0.01 "
        "--instance-noise 0.0 --out trained/density-gan-8gaussians"
    ),
    "density-gan-grid25": (
        "python -m training density --family gan --data grid25 --n-train 5000 --n-val 5000 "
        "--n-test 20000 --seed 0 --steps 10000 --batch-size 256 --noise-dim 2 --noise "
        "gaussian --g-depth 3 --g-width 128 --d-depth 3 --d-width 128 --loss nonsat --lr-g "
        "0.001 --lr-d 0.001 --d-steps 1 --label-smoothing 0.0 --r1-gamma 0.01 "
        "--instance-noise 0.0 --out trained/density-gan-grid25"
    ),
    "density-gan-rings": (
        "python -m training density --family gan --data rings --n-train 5000 --n-val 5000 "
        "--n-test 20000 --seed 0 --steps 6000 --batch-size 256 --noise-dim 2 --noise gaussian "
        "--g-depth 3 --g-width 128 --d-depth 3 --d-width 128 --loss nonsat --lr-g 0.001 "
        "--lr-d 0.001 --d-steps 1 --label-smoothing 0.0 --r1-gamma 0.01 --instance-noise 0.0 "
        "--out trained/density-gan-rings"
    ),
    "density-gan-world-cities": (
        "python -m training density --family gan --data world-cities --min-population 1000000 "
        "--n-train 5000 --n-val 5000 --n-test 20000 --seed 0 --steps 6000 --batch-size 128 "
        "--no-fresh --noise-dim 2 --noise gaussian --g-depth 3 --g-width 128 --d-depth 3 "
        "--d-width 128 --loss nonsat --lr-g 0.001 --lr-d 0.001 --d-steps 1 --label-smoothing "
        "0.0 --r1-gamma 0.01 --instance-noise 0.0 --out trained/density-gan-world-cities"
    ),
    "density-gaussian-8gaussians": (
        "python -m training density --family gaussian --data 8gaussians --n-train 5000 "
        "--n-val 5000 --n-test 20000 --seed 0 --out trained/density-gaussian-8gaussians"
    ),
    "density-flow-2spirals": (
        "python -m training density --family flow --data 2spirals --n-train 5000 --n-val "
        "5000 --n-test 20000 --seed 0 --steps 5000 --batch-size 512 --lr 0.002 "
        "--weight-decay 0.0 --layers 8 --bins 16 --hidden 128 --out "
        "trained/density-flow-2spirals"
    ),
    "density-flow-8gaussians": (
        "python -m training density --family flow --data 8gaussians --n-train 5000 "
        "--n-val 5000 --n-test 20000 --seed 0 --steps 4000 --batch-size 512 --lr 0.002 "
        "--weight-decay 0.0 --layers 8 --bins 16 --hidden 128 --out "
        "trained/density-flow-8gaussians"
    ),
    "density-flow-checkerboard": (
        "python -m training density --family flow --data checkerboard --n-train 5000 "
        "--n-val 5000 --n-test 20000 --seed 0 --steps 6000 --batch-size 512 --lr 0.002 "
        "--weight-decay 0.0 --layers 8 --bins 16 --hidden 128 --out "
        "trained/density-flow-checkerboard"
    ),
    "density-flow-circles": (
        "python -m training density --family flow --data circles --n-train 5000 --n-val "
        "5000 --n-test 20000 --seed 0 --steps 5000 --batch-size 512 --lr 0.002 "
        "--weight-decay 0.0 --layers 8 --bins 16 --hidden 128 --out "
        "trained/density-flow-circles"
    ),
    "density-flow-moons": (
        "python -m training density --family flow --data moons --n-train 5000 --n-val "
        "5000 --n-test 20000 --seed 0 --steps 4000 --batch-size 512 --lr 0.002 "
        "--weight-decay 0.0 --layers 8 --bins 16 --hidden 128 --out "
        "trained/density-flow-moons"
    ),
    "density-flow-pinwheel": (
        "python -m training density --family flow --data pinwheel --n-train 5000 --n-val "
        "5000 --n-test 20000 --seed 0 --steps 5000 --batch-size 512 --lr 0.002 "
        "--weight-decay 0.0 --layers 8 --bins 16 --hidden 128 --out "
        "trained/density-flow-pinwheel"
    ),
    "density-flow-rings": (
        "python -m training density --family flow --data rings --n-train 5000 --n-val "
        "5000 --n-test 20000 --seed 0 --steps 5000 --batch-size 512 --lr 0.002 "
        "--weight-decay 0.0 --layers 8 --bins 16 --hidden 128 --out "
        "trained/density-flow-rings"
    ),
    "density-flow-swissroll": (
        "python -m training density --family flow --data swissroll --n-train 5000 --n-val "
        "5000 --n-test 20000 --seed 0 --steps 5000 --batch-size 512 --lr 0.002 "
        "--weight-decay 0.0 --layers 8 --bins 16 --hidden 128 --out "
        "trained/density-flow-swissroll"
    ),
    "density-flow-world-cities": (
        "python -m training density --family flow --data world-cities --min-population "
        "1000000 --n-train 5000 --n-val 5000 --n-test 20000 --seed 0 --steps 3000 "
        "--batch-size 128 --lr 0.002 --weight-decay 0.0001 --layers 4 --bins 16 --hidden "
        "64 --no-fresh --out trained/density-flow-world-cities"
    ),
    "latent-ae2-mnist5k": (
        "python -m training latent --family ae --data mnist5k --latent-dim 2 --seed 0 "
        "--epochs 100 --batch-size 128 --lr 0.002 --beta 1.0 --kl-warmup 0 --patience 10 "
        "--hidden 256 128 --out trained/latent-ae2-mnist5k"
    ),
    "latent-pca16-mnist5k": (
        "python -m training latent --family pca --data mnist5k --latent-dim 16 --seed 0 "
        "--out trained/latent-pca16-mnist5k"
    ),
    "latent-vae16-mnist5k": (
        "python -m training latent --family vae --data mnist5k --latent-dim 16 --seed 0 "
        "--epochs 100 --batch-size 128 --lr 0.002 --beta 1.0 --kl-warmup 0 --patience 10 "
        "--hidden 256 128 --out trained/latent-vae16-mnist5k"
    ),
    "latent-vae2-digits8": (
        "python -m training latent --family vae --data digits8 --latent-dim 2 --seed 0 "
        "--epochs 100 --batch-size 128 --lr 0.002 --beta 1.0 --kl-warmup 0 --patience 10 "
        "--hidden 128 64 --out trained/latent-vae2-digits8"
    ),
    "latent-vae2-mnist5k": (
        "python -m training latent --family vae --data mnist5k --latent-dim 2 --seed 0 "
        "--epochs 100 --batch-size 128 --lr 0.002 --beta 1.0 --kl-warmup 0 --patience 10 "
        "--hidden 256 128 --out trained/latent-vae2-mnist5k"
    ),
    "latent-vae8-shapes": (
        "python -m training latent --family vae --data shapes --latent-dim 8 --seed 0 "
        "--epochs 60 --batch-size 128 --lr 0.001 --beta 1.0 --kl-warmup 0 --patience 10 "
        "--hidden 512 256 --out trained/latent-vae8-shapes"
    ),
    "gan-dcgan-mnist5k": (
        "python -m training gan --arch dcgan --data mnist5k --latent-dim 64 --seed 0 --steps "
        "10000 --batch-size 64 --lr 0.0005 --r1-gamma 1.0 --r1-every 4 --ema 0.995 --channels "
        "32 --d-channels 32 --out trained/gan-dcgan-mnist5k"
    ),
    "gan-style-mnist5k": (
        "python -m training gan --arch style --data mnist5k --latent-dim 32 --seed 0 --steps "
        "5000 --batch-size 32 --lr 0.0005 --r1-gamma 1.0 --r1-every 4 --ema 0.995 --channels "
        "64 32 16 8 --d-channels 32 --out trained/gan-style-mnist5k"
    ),
    "gan-style-shapes": (
        "python -m training gan --arch style --data shapes --latent-dim 8 --seed 0 --steps "
        "2500 --batch-size 32 --lr 0.0005 --r1-gamma 1.0 --r1-every 4 --ema 0.995 --channels "
        "64 32 16 8 --d-channels 32 --out trained/gan-style-shapes"
    ),
    "pixelcnn-gated-mnist5k": (
        "python -m training pixelcnn --arch gated --data mnist5k --channels 32 --layers 10 "
        "--first-kernel 7 --epochs 15 --batch-size 16 --lr 0.002 --seed 0 --out "
        "trained/pixelcnn-gated-mnist5k"
    ),
    "pixelcnn-plain-mnist5k": (
        "python -m training pixelcnn --arch plain --data mnist5k --channels 32 --layers 7 "
        "--first-kernel 7 --epochs 8 --batch-size 64 --lr 0.002 --seed 0 --out "
        "trained/pixelcnn-plain-mnist5k"
    ),
    "rbm16-mnist5k": (
        "python -m training rbm --data mnist5k --hidden 16 --epochs 60 --batch-size 100 --lr "
        "0.01 --momentum 0.9 --weight-decay 0.0002 --cd-k 1 --keep-chains 32 --ais-runs 100 "
        "--ais-betas 14500 --seed 0 --out trained/rbm16-mnist5k"
    ),
    "rbm-mnist5k": (
        "python -m training rbm --data mnist5k --hidden 500 --epochs 80 --batch-size 100 "
        "--lr 0.03 --momentum 0.9 --weight-decay 0.0002 --cd-k 1 --keep-chains 32 "
        "--ais-runs 100 --ais-betas 14500 --seed 0 --out trained/rbm-mnist5k"
    ),
    "naive-mnist5k": (
        "python -m training naive --data mnist5k --binarisations 10 --alpha 1.0 --seed 0 "
        "--out trained/naive-mnist5k"
    ),
    "diffusion-mnist5k": (
        "python -m training diffusion --data mnist5k --steps 7000 --batch-size 64 --lr "
        "0.001 --warmup 200 --ema 0.999 --schedule linear --seed 0 --prediction v "
        "--channels 32 48 96 --out trained/diffusion-mnist5k"
    ),
    "diffusion-cond-mnist5k": (
        "python -m training diffusion --data mnist5k --steps 8000 --batch-size 64 --lr "
        "0.0005 --warmup 200 --ema 0.999 --schedule linear --seed 0 --channels 32 64 96 "
        "--conditional --p-uncond 0.15 --label-init normal --out trained/diffusion-cond-mnist5k"
    ),
    "diffusion-vae16-mnist5k": (
        "python -m training latent-diffusion --vae latent-vae16-mnist5k --standardise "
        "dimension --steps 20000 --batch-size 256 --lr 0.001 --warmup 200 --ema 0.999 "
        "--schedule linear --seed 0 --hidden 256 --depth 4 --fourier 0 --out "
        "trained/diffusion-vae16-mnist5k"
    ),
    "diffusion-cond-world-cities": (
        "python -m training diffusion --data world-cities --steps 6000 --batch-size 512 "
        "--lr 0.002 --warmup 200 --ema 0.999 --schedule linear --seed 0 --hidden 256 "
        "--depth 4 --fourier 6 --min-population 1000000 --conditional --p-uncond 0.15 --out "
        "trained/diffusion-cond-world-cities"
    ),
    "diffusion-2spirals": (
        "python -m training diffusion --data 2spirals --steps 6000 --batch-size 512 --lr "
        "0.002 --warmup 200 --ema 0.999 --schedule linear --seed 0 --hidden 256 --depth 4 "
        "--fourier 3 --out trained/diffusion-2spirals"
    ),
    "diffusion-8gaussians": (
        "python -m training diffusion --data 8gaussians --steps 6000 --batch-size 512 "
        "--lr 0.002 --warmup 200 --ema 0.999 --schedule linear --seed 0 --hidden 256 "
        "--depth 4 --fourier 0 --out trained/diffusion-8gaussians"
    ),
    "diffusion-checkerboard": (
        "python -m training diffusion --data checkerboard --steps 6000 --batch-size 512 "
        "--lr 0.002 --warmup 200 --ema 0.999 --schedule linear --seed 0 --hidden 256 "
        "--depth 4 --fourier 3 --out trained/diffusion-checkerboard"
    ),
    "diffusion-circles": (
        "python -m training diffusion --data circles --steps 6000 --batch-size 512 --lr "
        "0.002 --warmup 200 --ema 0.999 --schedule linear --seed 0 --hidden 256 --depth 4 "
        "--fourier 0 --out trained/diffusion-circles"
    ),
    "diffusion-moons": (
        "python -m training diffusion --data moons --steps 6000 --batch-size 512 --lr "
        "0.002 --warmup 200 --ema 0.999 --schedule linear --seed 0 --hidden 256 --depth 4 "
        "--fourier 0 --out trained/diffusion-moons"
    ),
    "diffusion-pinwheel": (
        "python -m training diffusion --data pinwheel --steps 6000 --batch-size 512 --lr "
        "0.002 --warmup 200 --ema 0.999 --schedule linear --seed 0 --hidden 256 --depth 4 "
        "--fourier 6 --out trained/diffusion-pinwheel"
    ),
    "diffusion-rings": (
        "python -m training diffusion --data rings --steps 6000 --batch-size 512 --lr "
        "0.002 --warmup 200 --ema 0.999 --schedule linear --seed 0 --hidden 256 --depth 4 "
        "--fourier 3 --out trained/diffusion-rings"
    ),
    "diffusion-swissroll": (
        "python -m training diffusion --data swissroll --steps 6000 --batch-size 512 --lr "
        "0.002 --warmup 200 --ema 0.999 --schedule linear --seed 0 --hidden 256 --depth 4 "
        "--fourier 0 --out trained/diffusion-swissroll"
    ),
    "diffusion-world-cities": (
        "python -m training diffusion --data world-cities --steps 6000 --batch-size 512 "
        "--lr 0.002 --warmup 200 --ema 0.999 --schedule linear --seed 0 --hidden 256 "
        "--depth 4 --fourier 6 --min-population 1000000 --out "
        "trained/diffusion-world-cities"
    ),
}

#: artifacts made from other artifacts (besides the classifier, which scores everything and
#: comes first): ``all`` runs them after, never beside, what they depend on, and re-makes
#: them whenever it re-makes one of those (a latent DDPM checks its VAE's weights' hash)
DEPENDS_ON: dict[str, tuple[str, ...]] = {
    "diffusion-vae16-mnist5k": ("latent-vae16-mnist5k",),
}

