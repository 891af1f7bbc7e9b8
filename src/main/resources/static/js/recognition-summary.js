// Refreshes the strengths and areas for development after each answer saves (the autosave script says when).
// Without script the summary is still right on every page load.
const source = document.getElementById('summary-source')
if (source) {
  let pending = false
  document.addEventListener('assessment:saved', async () => {
    if (pending) return
    pending = true
    try {
      const response = await fetch(source.dataset.url, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
      if (response.ok) {
        const fresh = new DOMParser().parseFromString(await response.text(), 'text/html').getElementById('evaluation-summary')
        const current = document.getElementById('evaluation-summary')
        if (fresh && current) current.replaceChildren(...Array.from(fresh.childNodes, n => document.importNode(n, true)))
      }
    } finally {
      pending = false
    }
  })
}
