"""The one place that rebuilds a model's data set, and its splits, from the model's card.

A card's ``data`` is the description :func:`training.data.make_splits` or
:func:`training.data.images.image_splits` returned when the model was trained (name, sizes,
seeds, and the source's parameters: the cities' ``min_population``, the shapes' ``size``, the
path of the user's own CSV or image folder). Everything that needs the model's data again —
``python -m training eval``, the Density view opening an artifact, the step-through view's
real points, the Latent view's test set — asks here, so a new parameter is read in one place.

Errors are :class:`CardDataError` (a ``ValueError``) naming what is missing or gone.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from training.data import Splits, make_splits


class CardDataError(ValueError):
    """The card's data cannot be made again (unknown name, missing file, no description)."""


def card_data(card: dict[str, Any]) -> dict[str, Any]:
    """The card's ``data`` dict, checked to name a data set."""
    data = card.get("data")
    if not isinstance(data, dict) or not (data.get("name") or data.get("path")):
        raise CardDataError("the card does not say what data the model was trained on")
    return data


def data_name(card: dict[str, Any]) -> str:
    """The registry name of the data set, or the path of the user's file or folder."""
    data = card_data(card)
    return str(data["path"]) if data.get("path") else str(data["name"])


def source_params(card: dict[str, Any]) -> dict[str, Any]:
    """The parameters of a 2D source (``min_population`` of the world cities)."""
    data = card_data(card)
    return {"min_population": int(data["min_population"])} if "min_population" in data else {}


def split_seed(card: dict[str, Any]) -> int:
    data = card_data(card)
    try:
        return int(data.get("train_seed", data.get("split_seed", 0)))
    except (TypeError, ValueError):
        raise CardDataError(f"the card's split seed is not a number: "
                            f"{data.get('train_seed', data.get('split_seed'))!r}") from None


def point_splits(card: dict[str, Any], **sizes: int) -> Splits:
    """The 2D splits the model was trained on (``sizes``: ``n_train`` … to draw fewer or
    more points from a generator; a fixed set such as the cities ignores them)."""
    data = card_data(card)
    name = data_name(card)
    if data.get("path") and not Path(name).is_file():
        raise CardDataError(f"the model's points ({name}) are no longer there")
    kw = {k: int(data[k]) for k in ("n_train", "n_val", "n_test")
          if k in data and "train_seed" in data}
    kw.update({k: int(v) for k, v in sizes.items()})
    try:
        return make_splits(name, seed=split_seed(card), **kw, **source_params(card))
    except KeyError:
        raise CardDataError(f"'{name}' is not a data set this program can make") from None


def image_splits_of(card: dict[str, Any], image_shape: tuple[int, ...] | None = None):
    """The image splits the model was trained on (:func:`training.data.images.image_splits`);
    ``image_shape`` resizes the user's own images as the model expects."""
    from training.data.images import image_splits

    data = card_data(card)
    name = data_name(card)
    params: dict[str, Any] = {}
    if data.get("path"):
        if not Path(name).exists():
            raise CardDataError(f"the model's images ({name}) are no longer there")
        if image_shape is not None:
            params["size"] = tuple(int(s) for s in image_shape)
    elif name == "shapes":
        params["n"] = int(data.get("n_train", 20000))
        if "size" in data:
            params["size"] = int(data["size"])
    seed = int(data.get("split_seed", data.get("train_seed", 0)))
    try:
        return image_splits(name, seed=seed, **params)
    except KeyError:
        raise CardDataError(f"'{name}' is not a data set this program can make") from None
