// Search results show clean Chinese titles and text. The search index holds Chinese segmented
// by jieba with zero-width spaces (U+200B) between words, so that lunr can split it into
// words; Material shows the indexed text as it is, and the invisible separators then sit
// inside words, where they break copying, line wrapping and screen readers. Drop them from
// the results as Material renders them (the index keeps them for matching).
(() => {
  const list = document.querySelector(".md-search-result__list")
  if (!list) return
  const clean = node => {
    if (node.nodeType === Node.TEXT_NODE) {
      if (node.data.includes("\u200b")) node.data = node.data.replaceAll("\u200b", "")
      return
    }
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT)
    for (let text = walker.nextNode(); text; text = walker.nextNode())
      if (text.data.includes("\u200b")) text.data = text.data.replaceAll("\u200b", "")
  }
  new MutationObserver(records => {
    for (const record of records)
      for (const node of record.addedNodes) clean(node)
  }).observe(list, { childList: true, subtree: true })
})()
