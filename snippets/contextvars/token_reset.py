# /// script
# requires-python = ">=3.11"
# ///
import contextvars

indent = contextvars.ContextVar("indent", default=0)


def show(text: str) -> None:
    print("  " * indent.get() + text)


def section(title: str, items: list[str]) -> None:
    show(title)
    token = indent.set(indent.get() + 1)  # (1)!
    try:
        for item in items:
            show(item)
    finally:
        indent.reset(token)  # (2)!


section("fruit", ["apple", "pear"])
show("back at the top")
