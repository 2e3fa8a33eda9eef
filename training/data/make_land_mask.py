"""Make ``land_mask.npz``: a coarse land/sea grid of the world, shipped with the package.

    pip install global-land-mask   # only needed to re-make the mask
    python -m training.data.make_land_mask

The app must not import ``global_land_mask`` (≈4 s and ≈940 MB at import), so we sample its
1 km grid once at the centres of 0.25° cells and keep the result as packed bits (≈130 kB).
A cell counts as land when its centre is land.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

RES_DEG = 0.25
OUT = Path(__file__).with_name("land_mask.npz")


def main() -> None:
    from global_land_mask import globe

    lats = 90 - RES_DEG * (np.arange(int(180 / RES_DEG)) + 0.5)  # north → south rows
    lons = -180 + RES_DEG * (np.arange(int(360 / RES_DEG)) + 0.5)
    glon, glat = np.meshgrid(lons, lats)
    land = globe.is_land(glat, glon)
    np.savez_compressed(
        OUT, bits=np.packbits(land.ravel()), shape=np.array(land.shape), res_deg=np.array(RES_DEG),
        source=np.array("global-land-mask 1.0.0 (GLOBE 1 km), sampled at 0.25° cell centres"),
    )
    print(f"wrote {OUT}: {land.shape}, land fraction {land.mean():.3f}")


if __name__ == "__main__":
    main()
