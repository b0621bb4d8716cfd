# /// script
# requires-python = ">=3.11"
# dependencies = ["uvloop==0.23.0"]
# ///
import asyncio
import sys
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


# --8<-- [start:run_fast]
def run_fast(main: Coroutine[Any, Any, T]) -> T:
    factory: Callable[[], asyncio.AbstractEventLoop] | None
    try:
        import uvloop
    except ImportError:
        factory = None  # (1)!
    else:
        factory = uvloop.new_event_loop
    with asyncio.Runner(loop_factory=factory) as runner:
        return runner.run(main)


async def main() -> str:
    return type(asyncio.get_running_loop()).__name__


print("with uvloop installed:", run_fast(main()))
sys.modules["uvloop"] = None  # (2)!
print("without uvloop:", run_fast(main()))
# --8<-- [end:run_fast]
