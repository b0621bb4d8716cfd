# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import sys
import unittest

calls = []


class Counter:
    """The code under test: an async counter behind a lock."""

    def __init__(self) -> None:
        self.value = 0
        self._lock = asyncio.Lock()

    async def add(self, n: int) -> None:
        async with self._lock:
            current = self.value
            await asyncio.sleep(0)  # another task could run here
            self.value = current + n

    async def close(self) -> None:
        calls.append("close (cleanup)")


class CounterTest(unittest.IsolatedAsyncioTestCase):
    def setUp(self) -> None:
        calls.append("setUp")

    async def asyncSetUp(self) -> None:  # (1)!
        calls.append("asyncSetUp")
        self.counter = Counter()
        self.addAsyncCleanup(self.counter.close)  # (2)!

    async def test_concurrent_adds(self) -> None:
        calls.append("test_concurrent_adds")
        async with asyncio.TaskGroup() as tg:
            for _ in range(10):
                tg.create_task(self.counter.add(1))
        self.assertEqual(self.counter.value, 10)

    async def test_debug_mode(self) -> None:
        calls.append("test_debug_mode")
        self.assertTrue(asyncio.get_running_loop().get_debug())  # (3)!

    async def asyncTearDown(self) -> None:
        calls.append("asyncTearDown")

    def tearDown(self) -> None:
        calls.append("tearDown")


if __name__ == "__main__":
    runner = unittest.TextTestRunner(stream=sys.stdout, verbosity=2)  # (4)!
    result = unittest.main(testRunner=runner, exit=False).result
    print("\n".join(calls))
    sys.exit(not result.wasSuccessful())
