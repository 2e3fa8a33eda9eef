"""Plain-Python state of the app (no widgets), with change notifications.

Widgets never own the truth: they call setters here and redraw from the change events
(one-way binding, as napari's ``Dims``/``QtDims``).
"""

from explorer.state.density import DRAWN, DataSet, DensityState, ScoreEntry
from explorer.state.events import Observable
from explorer.state.models import LoadedModel, ModelSlot

__all__ = ["DRAWN", "DataSet", "DensityState", "LoadedModel", "ModelSlot", "Observable", "ScoreEntry"]
