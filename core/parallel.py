"""Bounded parallel requests: :func:`run_parallel` runs one job per item, at most ``workers`` at a time,
records each failure while the rest go on, and stops at a cancel. Shared by every domain that asks Lizard
one thing per feature, location or series.
"""

from concurrent.futures import ThreadPoolExecutor

from . import errors
from .client import cancel_check

WORKERS = 4


def run_parallel(jobs, task, progress=None, cancel=None, workers=WORKERS):
    """``task(job)`` for every job, at most ``workers`` at a time. Returns ``(results, failures)``:
    ``results[i]`` is job i's answer (None when it failed) and ``failures`` ``[(i, error), ...]``.
    A cancel stops the rest (CancelledError); other errors are recorded and the rest go on."""
    cancelled = cancel_check(cancel)
    results = [None] * len(jobs)
    failures = []
    with ThreadPoolExecutor(max_workers=workers) as pool:
        pending = {}
        index = 0
        done_count = 0
        while index < len(jobs) or pending:
            while index < len(jobs) and len(pending) < workers:
                if cancelled():
                    break
                pending[pool.submit(task, jobs[index])] = index
                index += 1
            if not pending:
                break
            future = next(iter(pending))
            position = pending.pop(future)
            try:
                results[position] = future.result()
            except errors.CancelledError:
                failures.append((position, errors.CancelledError()))
            except errors.LizardError as exc:
                failures.append((position, exc))
            done_count += 1
            if progress is not None:
                progress(done_count / max(1, len(jobs)))
        if cancelled():
            raise errors.CancelledError()
    return results, failures
