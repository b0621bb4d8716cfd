# /// script
# requires-python = ">=3.11"
# ///
import asyncio

FILES = {"cat.png": 0.2, "dog.png": 0.3}  # name -> seconds to process


async def thumbnail(name: str, width: int) -> str:
    if width <= 0:  # (1)!
        raise ValueError(f"{name}: width must be positive, got {width}")
    if name not in FILES:
        raise FileNotFoundError(f"{name}: no such file")
    await asyncio.sleep(FILES[name])
    return f"{name} at {width}px"


async def main() -> None:
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(thumbnail("cat.png", 128))
            tg.create_task(thumbnail("dog.png", 0))
            tg.create_task(thumbnail("bird.png", 128))
    except* ValueError as group:  # (2)!
        for exc in group.exceptions:
            print("bad input:", exc)
    except* FileNotFoundError as group:  # (3)!
        for exc in group.exceptions:
            print("missing:", exc)
    print("main carries on")


asyncio.run(main())
