import threading

from geo.cache import BoundedCache


def test_least_recently_used_goes_first():
    c: BoundedCache[str, int] = BoundedCache(2)
    c.put("a", 1)
    c.put("b", 2)
    assert c.get("a") == 1  # a is now the most recent
    c.put("c", 3)
    assert list(c.keys()) == ["a", "c"]
    assert c.get("b") is None


def test_weight_bound_evicts_but_keeps_the_newest():
    c: BoundedCache[str, str] = BoundedCache(100, max_weight=10, weight=len)
    c.put("a", "x" * 6)
    c.put("b", "y" * 6)
    assert list(c.keys()) == ["b"]
    c.put("c", "z" * 50)  # alone over the bound: still kept
    assert list(c.keys()) == ["c"]
    assert c.pop("c") == "z" * 50
    c.put("d", "1234")
    assert list(c.keys()) == ["d"]


def test_get_or_set_makes_once_per_key_and_is_thread_safe():
    c: BoundedCache[int, int] = BoundedCache(50)
    calls = []

    def work(n: int) -> None:
        for i in range(200):
            c.get_or_set(i % 60, lambda i=i: calls.append(i) or i % 60)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(c) == 50
    assert all(c.get(k) == k for k in c)
