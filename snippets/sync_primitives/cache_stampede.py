# /// script
# requires-python = ">=3.11"
# ///
import asyncio

cache: dict[str, str] = {}
database_calls = 0


async def load_from_database(user: str) -> str:
    global database_calls
    database_calls += 1
    await asyncio.sleep(0.1)
    return f"profile of {user}"


async def get_profile(user: str) -> str:
    if user not in cache:
        cache[user] = await load_from_database(user)
    return cache[user]


async def main() -> None:
    async with asyncio.TaskGroup() as tg:
        requests = [tg.create_task(get_profile("alice")) for _ in range(5)]
    print(requests[0].result())
    print(f"database calls: {database_calls}")


asyncio.run(main())
