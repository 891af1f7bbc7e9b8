// Keeps an email send's progress page current: asks for its figures every two seconds until it has finished.
const panel = document.querySelector('[data-progress-url]')
if (panel && panel.getAttribute('data-finished') !== 'true') {
  const url = panel.getAttribute('data-progress-url')
  const bar = panel.querySelector('progress')
  const updated = document.getElementById('progress-updated')
  const labels = { SENDING: 'Sending', PAUSED: 'Paused', CANCELLED: 'Cancelled' }
  const refresh = async () => {
    try {
      const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      if (!response.ok) return
      const figures = await response.json()
      for (const [name, value] of Object.entries(figures)) {
        const field = panel.querySelector(`[data-field="${name}"]`)
        if (field) field.textContent = value
      }
      const state = panel.querySelector('[data-field="stateLabel"]')
      state.textContent = figures.finished && figures.state !== 'CANCELLED' ? 'Finished' : labels[figures.state]
      bar.value = figures.percent
      bar.textContent = figures.percent + '%'
      if (figures.finished) {
        updated.textContent = 'The send has finished.'
        return
      }
      updated.textContent = 'These figures update by themselves.'
      setTimeout(refresh, 2000)
    } catch (e) {
      setTimeout(refresh, 5000)
    }
  }
  updated.textContent = 'These figures update by themselves.'
  setTimeout(refresh, 2000)
}
