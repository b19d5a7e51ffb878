"""What a plot draws of a long series: breaks at gaps, and at most a few points per pixel column.

Pure numpy, no Qt: the plot widget (ui/plot.py) calls these on its full arrays at every draw and at every
zoom or pan, so the lines it hands matplotlib stay a few thousand points long whatever the series holds.

- :func:`with_breaks` puts a NaN point where consecutive points lie further apart than twice the interval
  (twice the median step when the interval is unknown): matplotlib breaks a line at NaN, so a gap in the data
  is a gap on the plot.
- :func:`decimate` keeps, per pixel column of the visible range, the first, last, lowest and highest point
  (M4) and the first NaN, plus one point either side of the range so the line runs on to the edges. Extremes
  and breaks survive; the line looks the same as the full one at that width.
"""

import numpy

_BIG = numpy.iinfo(numpy.int64).max


def gap_threshold(x, interval=None):
    """The distance (in ``x``'s units) beyond which two consecutive points are a gap; None when unknown."""
    if interval is not None and interval > 0:
        return 2.0 * float(interval)
    if x.shape[0] < 3:
        return None
    steps = numpy.diff(x)
    steps = steps[steps > 0]
    if steps.shape[0] == 0:
        return None
    return 2.0 * float(numpy.median(steps))


def with_breaks(x, y, threshold, *others, fills=None):
    """``(x, y, *others)`` with a NaN point inserted midway in every step longer than ``threshold``.

    ``others`` are arrays aligned with ``x`` (low, high, flags…); ``fills`` gives the value each gets at an
    inserted point (NaN by default). Returns the arrays unchanged when there is no gap.
    """
    arrays = (y,) + tuple(others)
    if threshold is None or x.shape[0] < 2:
        return (x,) + arrays
    after = numpy.flatnonzero(numpy.diff(x) > threshold) + 1  # indices of the points that follow a gap
    if after.shape[0] == 0:
        return (x,) + arrays
    middle = x[after - 1] + (x[after] - x[after - 1]) / 2.0
    fills = fills or [numpy.nan] * len(arrays)
    result = [numpy.insert(x, after, middle)]
    for array, fill in zip(arrays, fills):
        result.append(None if array is None else numpy.insert(array, after, fill))
    return tuple(result)


def _visible(x, x0, x1):
    """The slice of sorted ``x`` inside [x0, x1], widened by one point each side."""
    start = max(int(numpy.searchsorted(x, x0, side="left")) - 1, 0)
    stop = min(int(numpy.searchsorted(x, x1, side="right")) + 1, x.shape[0])
    return start, stop


def decimate(x, y, x0, x1, columns, extra=()):
    """Indices (sorted) of the points of sorted ``x`` / ``y`` to draw for the range [x0, x1] at ``columns``
    pixel columns: all of them when they are few, else the M4 points of every column plus its first NaN.

    ``extra`` are more value arrays aligned with ``x`` (an aggregate's low and high) whose lowest and highest
    point per column are kept too.
    """
    count = x.shape[0]
    if count == 0:
        return numpy.empty(0, dtype=numpy.int64)
    columns = max(int(columns), 1)
    if not x1 > x0:
        x0, x1 = float(x[0]), float(x[-1]) + 1.0
    start, stop = _visible(x, x0, x1)
    if stop - start <= 4 * columns:
        return numpy.arange(start, stop, dtype=numpy.int64)
    xs = x[start:stop]
    edges = x0 + (x1 - x0) * numpy.arange(1, columns) / columns  # the points of a column: edge <= x < next
    starts = numpy.unique(numpy.concatenate(([0], numpy.searchsorted(xs, edges, side="left"))))
    starts = starts[starts < xs.shape[0]]
    sizes = numpy.diff(numpy.append(starts, xs.shape[0]))
    ends = starts + sizes - 1
    index = numpy.arange(xs.shape[0], dtype=numpy.int64)
    kept = [starts, ends]
    for values in (y,) + tuple(v for v in extra if v is not None):
        values = values[start:stop]
        missing = numpy.isnan(values)
        for fill, reduce in ((numpy.inf, numpy.minimum), (-numpy.inf, numpy.maximum)):
            filled = numpy.where(missing, fill, values)
            best = reduce.reduceat(filled, starts)
            kept.append(numpy.minimum.reduceat(numpy.where(filled == numpy.repeat(best, sizes), index, _BIG), starts))
        if missing.any():
            first_nan = numpy.minimum.reduceat(numpy.where(missing, index, _BIG), starts)
            kept.append(first_nan[first_nan != _BIG])
    chosen = numpy.unique(numpy.concatenate(kept))
    return chosen[chosen != _BIG] + start
