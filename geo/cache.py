"""One small bounded, thread-safe cache for the whole package.

Every in-process memo (candidate lookups, polygons, hierarchies, shared map views, passage
indexes, per-session notes, the document registry) is a :class:`BoundedCache`: least
recently used entries go first once ``max_items`` entries (or ``max_weight`` units of an
optional ``weight`` function, e.g. characters) are exceeded. Where a plain function of
hashable arguments is memoised, :func:`functools.lru_cache` is used instead.

Part of the shared floor: imports nothing from ``geo``.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class BoundedCache(Generic[K, V]):
    """A least-recently-used mapping with a size bound, safe to share between threads.

    >>> c: BoundedCache[str, int] = BoundedCache(2)
    >>> c.put("a", 1); c.put("b", 2); c.put("c", 3)
    >>> list(c.keys())
    ['b', 'c']
    >>> c.get_or_set("b", lambda: 0), c.get("a")
    (2, None)
    """

    def __init__(
        self,
        max_items: int,
        *,
        max_weight: int | None = None,
        weight: Callable[[V], int] | None = None,
    ) -> None:
        if max_items < 1:
            raise ValueError("max_items must be at least 1")
        self.max_items = max_items
        self.max_weight = max_weight
        self._weight = weight
        self._total = 0
        self._data: OrderedDict[K, V] = OrderedDict()
        self._lock = threading.RLock()

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def __iter__(self) -> Iterator[K]:
        return self.keys()

    def keys(self) -> Iterator[K]:
        with self._lock:
            return iter(list(self._data))

    def values(self) -> Iterator[V]:
        with self._lock:
            return iter(list(self._data.values()))

    def get(self, key: K, default: V | None = None) -> V | None:
        with self._lock:
            if key not in self._data:
                return default
            self._data.move_to_end(key)
            return self._data[key]

    def put(self, key: K, value: V) -> None:
        with self._lock:
            if key in self._data:
                self._unweigh(self._data.pop(key))
            self._data[key] = value
            if self._weight is not None:
                self._total += self._weight(value)
            self._trim()

    def get_or_set(self, key: K, make: Callable[[], V]) -> V:
        """The cached value, or ``make()`` stored under ``key`` (made outside the lock,
        so a slow ``make`` does not block other keys; two threads may both make it)."""
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                return self._data[key]
        value = make()
        self.put(key, value)
        return value

    def pop(self, key: K, default: V | None = None) -> V | None:
        with self._lock:
            if key not in self._data:
                return default
            value = self._data.pop(key)
            self._unweigh(value)
            return value

    def _unweigh(self, value: V) -> None:
        if self._weight is not None:
            self._total -= self._weight(value)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()
            self._total = 0

    def _trim(self) -> None:
        # the newest entry (last) is never evicted, even when it alone is over the weight
        while len(self._data) > 1 and (
            len(self._data) > self.max_items
            or (self.max_weight is not None and self._total > self.max_weight)
        ):
            _, value = self._data.popitem(last=False)
            self._unweigh(value)
