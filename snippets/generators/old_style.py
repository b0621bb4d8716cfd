# /// script
# requires-python = ">=3.10"
# [tool.guide]
# # The snippet exists to show the warning a reader gets on 3.10.
# stderr = "show"
# ///
import asyncio

try:
    @asyncio.coroutine
    def old_style():
        yield from asyncio.sleep(0.1)
        return "generator-based coroutine ran"
except AttributeError as exc:
    print("AttributeError:", exc)
else:
    print(asyncio.run(old_style()))
