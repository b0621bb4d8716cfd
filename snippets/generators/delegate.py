# /// script
# requires-python = ">=3.11"
# ///
def averager():
    """Receives numbers until it is sent None, then returns their average."""
    total = count = 0
    while True:
        value = yield
        if value is None:
            return total / count  # (1)!
        print(f"    averager got {value}")
        total += value
        count += 1


def report(name):
    print(f"  {name}: collecting")
    result = yield from averager()  # (2)!
    print(f"  {name}: average is {result}")
    return result


gen = report("temperature")
next(gen)  # (3)!
for reading in (18, 21, 24):
    gen.send(reading)  # (4)!
try:
    gen.send(None)
except StopIteration as stop:
    print("report() returned", stop.value)
