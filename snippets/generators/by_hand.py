# /// script
# requires-python = ">=3.11"
# ///
class Pause:
    """A minimal awaitable: __await__ returns an iterator (a generator)."""

    def __await__(self):
        reply = yield "paused"  # (1)!
        return reply


async def double_after_pause():
    value = await Pause()  # (2)!
    return value * 2


coro = double_after_pause()
print("created a", type(coro).__name__)
print("send(None) ->", coro.send(None))  # (3)!
try:
    coro.send(21)  # (4)!
except StopIteration as stop:
    print("returned", stop.value)
