// Accessible names and roles for the parts of Material's theme that its JavaScript renders
// after the page loads (tests/test_browser.py checks every page with axe-core).
// The static HTML gets its fixes at build time, in hooks/accessibility.py.
(() => {
  const fix = () => {
    // Each code block's copy button sits in a <nav>: not navigation, and dozens of
    // unnamed landmarks per page (axe: landmark-unique). Keep the buttons, drop the landmark.
    for (const nav of document.querySelectorAll(".md-code__nav:not([role])"))
      nav.setAttribute("role", "none")
    // Code annotation markers show their number with CSS only (axe: link-name).
    for (const link of document.querySelectorAll("a.md-annotation__index:not([aria-label])")) {
      const id = link.querySelector("[data-md-annotation-id]")
      if (id) link.setAttribute("aria-label", `(${id.dataset.mdAnnotationId})`)
    }
    // Material wraps each table in a scrolling <div>; on a narrow screen a wide table scrolls,
    // and the keyboard must be able to scroll it too (axe: scrollable-region-focusable).
    for (const wrap of document.querySelectorAll(".md-typeset__scrollwrap:not([tabindex])"))
      if (wrap.scrollWidth > wrap.clientWidth) wrap.setAttribute("tabindex", "0")
  }
  // A code block that scrolls sideways must be reachable with the keyboard (axe:
  // scrollable-region-focusable). The build gives every block tabindex="0"
  // (hooks/accessibility.py); when a block mounts, Material keeps it only on devices that
  // hover, so on phones and tablets put it back for every block that really scrolls.
  const keepFocusable = code => {
    if (code.scrollWidth > code.clientWidth && code.getAttribute("tabindex") !== "0")
      code.setAttribute("tabindex", "0")
  }
  fix()
  new MutationObserver(fix).observe(document.body, { childList: true, subtree: true })
  new MutationObserver(changes => {
    for (const change of changes) keepFocusable(change.target)
  }).observe(document.body, { attributes: true, attributeFilter: ["tabindex"], subtree: true })
})()
