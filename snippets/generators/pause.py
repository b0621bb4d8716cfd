# /// script
# requires-python = ">=3.11"
# ///
def countdown(n):
    print(f"  start at {n}")
    while n > 0:
        yield n  # (1)!
        n -= 1
    print("  lift-off")
    return "done"  # (2)!


gen = countdown(2)
print("created a", type(gen).__name__)  # (3)!
print("next() ->", next(gen))
print("next() ->", next(gen))
try:
    next(gen)
except StopIteration as stop:
    print("StopIteration, value =", repr(stop.value))
