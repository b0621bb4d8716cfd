# /// script
# requires-python = ">=3.11"
# ///
import asyncio
import inspect
import warnings


async def fetch() -> str:
    return "data"


print("inspect.iscoroutinefunction:", inspect.iscoroutinefunction(fetch))  # (1)!

with warnings.catch_warnings(record=True) as caught:  # (2)!
    warnings.simplefilter("always")
    print("asyncio.iscoroutinefunction:", asyncio.iscoroutinefunction(fetch))
for warning in caught:
    print(f"  {warning.category.__name__}: {warning.message}")
