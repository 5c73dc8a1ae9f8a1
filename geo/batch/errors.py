"""Errors of the batch engine; all derive from :class:`geo.errors.GeoError`."""

from __future__ import annotations

from geo.errors import GeoError


class BatchError(GeoError):
    """A batch run cannot start or go on (bad arguments, an output of another run ...)."""


class SchedulerError(BatchError):
    """The Dask scheduler cannot be reached or the cluster cannot be started."""


class FingerprintError(BatchError):
    """A worker's gazetteer (or model) is not the one the client's run uses."""

    def __init__(self, worker: str, client: str, what: str = "gazetteer fingerprint") -> None:
        self.worker = worker
        self.client = client
        self.what = what
        super().__init__(
            f"worker {what} {worker!r} differs from the client's {client!r}: install the "
            "same geo version on every machine and run `python -m geo gazetteer build` there"
        )

    def __reduce__(self) -> tuple[type[FingerprintError], tuple[str, str, str]]:
        # raised on a worker, re-raised on the client: pickle the fields, not the message
        return (type(self), (self.worker, self.client, self.what))
