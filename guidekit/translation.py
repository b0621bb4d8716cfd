"""Translation status: has a page's twin fallen behind it?

Each page's front matter records, under `twin_hash`, a hash of its twin's text as it was when the
two were last brought in line ("synced"). Both twins carry the key on the same line, so the
line-for-line mirror rule (guidekit.mirror_problems) keeps holding. The hash leaves out the
`twin_hash` line itself, so the two records do not depend on each other.

- zh edited since the sync: the en page's record of zh no longer matches: en has fallen behind.
- en edited: zh has fallen behind. Both edited: both must be checked against each other.

After translating, re-sync (records both hashes):  ./guide sync <page>
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import guidekit

KEY = "twin_hash"
KEY_LINE = re.compile(rf"^{KEY}:\s*(?P<hash>\S*)\s*$")
SYNC_COMMAND = "./guide sync"
NAMES = {"zh": "Chinese", "en": "English"}


def page_name(zh: Path) -> str:
    """docs/tasks.zh.md -> tasks (docs/guide/x.zh.md -> guide/x)."""
    base = guidekit.DOCS if zh.is_relative_to(guidekit.DOCS) else zh.parent
    return zh.relative_to(base).as_posix()[: -len(".zh.md")]


def rel(path: Path) -> str:
    return guidekit.rel(path) if path.is_relative_to(guidekit.ROOT) else str(path)


def front_matter(lines: list[str]) -> tuple[int, int] | None:
    """(first, last) line indexes of the --- fences of the front matter, if the page has one."""
    if not lines or lines[0].strip() != "---":
        return None
    for n in range(1, len(lines)):
        if lines[n].strip() == "---":
            return 0, n
    return None


def key_line(lines: list[str]) -> tuple[int, str] | None:
    """(index, recorded hash) of the twin_hash line inside the front matter."""
    fm = front_matter(lines)
    if fm:
        for n in range(fm[0] + 1, fm[1]):
            m = KEY_LINE.match(lines[n])
            if m:
                return n, m["hash"]
    return None


def text_hash(text: str) -> str:
    """Hash of a page's text without its own twin_hash line (and independent of line endings)."""
    lines = text.replace("\r\n", "\n").split("\n")
    found = key_line(lines)
    if found:
        del lines[found[0]]
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()[:12]


def file_hash(path: Path) -> str:
    return text_hash(path.read_text(encoding="utf-8"))


@dataclass
class Status:
    zh: Path
    en: Path
    behind: list[str]  # languages whose page has fallen behind its twin
    problems: list[str]  # not synced at all, or the keys are malformed

    @property
    def name(self) -> str:
        return page_name(self.zh)

    @property
    def in_sync(self) -> bool:
        return not self.behind and not self.problems


def status(zh: Path, en: Path) -> Status:
    """Whether each twin still matches what its partner recorded at the last sync."""
    pages = {"zh": zh, "en": en}
    lines = {lang: p.read_text(encoding="utf-8").splitlines() for lang, p in pages.items()}
    keys = {lang: key_line(lines[lang]) for lang in pages}
    st = Status(zh, en, [], [])
    missing = [lang for lang in pages if keys[lang] is None]
    if missing:
        st.problems.append(
            " and ".join(rel(pages[lang]) for lang in missing)
            + f" {'have' if len(missing) > 1 else 'has'} no `{KEY}:` line in the front matter yet"
        )
        return st
    if keys["zh"][0] != keys["en"][0]:
        st.problems.append(
            f"the `{KEY}:` lines are on different lines ({rel(zh)}:{keys['zh'][0] + 1}, "
            f"{rel(en)}:{keys['en'][0] + 1}); the twins must mirror each other line for line"
        )
        return st
    for lang, twin in (("zh", "en"), ("en", "zh")):
        # This page records its twin's hash; if the twin changed since, this page is behind.
        if keys[lang][1] != file_hash(pages[twin]):
            st.behind.append(lang)
    return st


def all_statuses() -> list[Status]:
    """The translation status of every page pair under docs/."""
    pairs, _ = guidekit.page_pairs()
    return [status(zh, en) for zh, en in pairs]


def last_synced_commit(page: Path, recorded: str) -> str | None:
    """The newest commit in which `page` had the text whose hash its twin recorded, if git knows."""
    git = shutil.which("git")
    if git is None:
        return None
    try:
        commits = subprocess.run(
            [git, "log", "--format=%h", "-n", "50", "--", rel(page)],
            cwd=guidekit.ROOT, capture_output=True, text=True, timeout=30, check=True,
        ).stdout.split()
        for commit in commits:
            old = subprocess.run(
                [git, "show", f"{commit}:{rel(page)}"],
                cwd=guidekit.ROOT, capture_output=True, text=True, timeout=30,
            )
            if old.returncode == 0 and text_hash(old.stdout) == recorded:
                return commit
    except (OSError, subprocess.SubprocessError):
        pass
    return None


def explain(st: Status) -> str:
    """A reviewer-facing message: which page is behind, what changed, and the command to run."""
    command = f"{SYNC_COMMAND} {st.name}"
    if st.problems:
        return (
            f"{st.name}: {'; '.join(st.problems)}. Once the two pages say the same thing, record "
            f"that with: {command}"
        )
    pages = {"zh": st.zh, "en": st.en}
    if len(st.behind) == 2:
        what = (f"both {rel(st.zh)} and {rel(st.en)} changed since they were last synced; "
                f"check that each says what the other says")
    else:
        lang = st.behind[0]
        twin = "en" if lang == "zh" else "zh"
        what = (f"{rel(pages[lang])} has fallen behind: {rel(pages[twin])} changed since "
                f"the last sync; bring the {NAMES[lang]} page up to date")
    hints = []
    for lang in st.behind:
        twin = "en" if lang == "zh" else "zh"
        lines = pages[lang].read_text(encoding="utf-8").splitlines()
        found = key_line(lines)
        commit = last_synced_commit(pages[twin], found[1]) if found else None
        if commit:
            hints.append(f"what changed in {rel(pages[twin])}: git diff {commit} -- {rel(pages[twin])}")
    return f"{st.name}: {what}, then run: {command}" + "".join(f"\n    {h}" for h in hints)


def sync(zh: Path, en: Path) -> list[Path]:
    """Record each twin's hash in the other's front matter; returns the files it changed."""
    pages = {"zh": zh, "en": en}
    texts = {lang: p.read_text(encoding="utf-8") for lang, p in pages.items()}
    lines = {lang: texts[lang].replace("\r\n", "\n").split("\n") for lang in pages}
    for lang in pages:  # first give each page its key line, so that the hashes see the final text
        if key_line(lines[lang]) is None:
            fm = front_matter(lines[lang])
            if fm:
                lines[lang].insert(fm[1], f"{KEY}: ")  # the last key of the front matter
            else:
                lines[lang][:0] = ["---", f"{KEY}: ", "---", ""]
    hashes = {lang: text_hash("\n".join(lines[lang])) for lang in pages}
    changed = []
    for lang, twin in (("zh", "en"), ("en", "zh")):
        lines[lang][key_line(lines[lang])[0]] = f"{KEY}: {hashes[twin]}"
        newline = "\r\n" if "\r\n" in texts[lang] else "\n"
        new = newline.join(lines[lang])
        if new != texts[lang]:
            pages[lang].write_text(new, encoding="utf-8", newline="")
            changed.append(pages[lang])
    return changed


def summary(statuses: list[Status]) -> list[str]:
    """Lines for the end of a test run, so reviewers see the translation status at a glance."""
    behind = [s for s in statuses if not s.in_sync]
    lines = [f"Translations: {len(statuses) - len(behind)} of {len(statuses)} page pairs in sync"]
    for st in behind:
        if st.problems:
            lines.append(f"  {st.name}: not synced yet -> {SYNC_COMMAND} {st.name}")
        else:
            if len(st.behind) == 1:
                who = f"{rel(st.zh if st.behind[0] == 'zh' else st.en)} behind its twin"
            else:
                who = f"both {rel(st.zh)} and {rel(st.en)} changed"
            lines.append(f"  {st.name}: {who} -> translate, then {SYNC_COMMAND} {st.name}")
    return lines
