"""Loaded into every run of guidekit.run_probed (snippets and page blocks; it puts this folder on PYTHONPATH).

When asyncio's debug mode reports a slow step (`Executing <Task ...> took 0.105 seconds`), was
the step slow, or was the process waiting for a CPU because other programs kept the cores busy?
Linux counts, per thread, the time spent waiting on a run queue (/proc/thread-self/schedstat).
Debug mode times each step with two calls of loop.time(); this notes the run-queue time at every
such call, and when the report comes, writes "seconds seconds_waiting_for_a_cpu threshold" to the
file named by GUIDE_STEP_LOG. guidekit.excuse_slow_steps() then removes the reports that the wait
explains. A step that blocks (time.sleep, CPU work, a blocking call) is slow without waiting for a
CPU, so its report stays. Nothing here runs inside a step, so no traceback shows this file, and
nothing is imported before the snippet imports asyncio (gevent must patch first)."""

import os
import sys

_LOG = os.environ.get("GUIDE_STEP_LOG")
_STAT = "/proc/thread-self/schedstat"


def _patch(base_events) -> None:
    import _thread
    import collections
    import logging
    from time import monotonic

    threads = {}  # thread id -> (schedstat fd, recent (loop.time(), seconds waited) pairs)
    plain_time = base_events.BaseEventLoop.time

    def waited():
        ident = _thread.get_ident()
        if ident not in threads:
            threads[ident] = (os.open(_STAT, os.O_RDONLY), collections.deque(maxlen=100_000))
        fd, calls = threads[ident]
        return int(os.pread(fd, 200, 0).split()[1]) / 1e9, calls

    def time(self):
        if not self._debug:
            return plain_time(self)
        now = monotonic()
        seconds, calls = waited()
        calls.append((now, seconds))
        return now

    class SlowSteps(logging.Filter):
        def filter(self, record):
            if record.msg == "Executing %s took %.3f seconds" and threads:
                took = record.args[1]
                end_waited, calls = waited()
                if calls:
                    end = calls[-1][0]  # debug mode's second call of loop.time()
                    for at, seconds in reversed(calls):
                        if abs(at - (end - took)) < 1e-6:  # its first call, before the step
                            with open(_LOG, "a", encoding="utf-8") as log:
                                log.write(f"{took:.6f} {calls[-1][1] - seconds:.6f} "
                                          f"{self.threshold(record)}\n")
                            break
            return True

        @staticmethod
        def threshold(record):
            loop = base_events.events._get_running_loop()
            return getattr(loop, "slow_callback_duration", 0.1)

    base_events.BaseEventLoop.time = time
    base_events.logger.addFilter(SlowSteps())


class _PatchAsyncio:
    def find_spec(self, name, path=None, target=None):
        if name != "asyncio.base_events":
            return None
        sys.meta_path.remove(self)
        import importlib.util

        spec = importlib.util.find_spec(name)
        if spec is not None and spec.loader is not None:
            exec_module = spec.loader.exec_module

            def exec_and_patch(module):
                exec_module(module)
                _patch(module)

            spec.loader.exec_module = exec_and_patch
        return spec


if _LOG and os.path.exists(_STAT):
    sys.meta_path.insert(0, _PatchAsyncio())
