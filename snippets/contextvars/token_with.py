# /// script
# requires-python = ">=3.14"
# ///
import contextvars

indent = contextvars.ContextVar("indent", default=0)


def show(text: str) -> None:
    print("  " * indent.get() + text)


def section(title: str, items: list[str]) -> None:
    show(title)
    with indent.set(indent.get() + 1):  # (1)!
        for item in items:
            show(item)


section("fruit", ["apple", "pear"])
show("back at the top")
