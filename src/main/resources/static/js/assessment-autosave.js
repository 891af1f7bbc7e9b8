// Saves a self-assessment answer as it is typed (forms marked data-autosave; see docs/assessment.md).
// The form still works without this script: its Save button posts it. Text is never thrown away: when the session
// has ended the page says so, keeps the text in the box and in this browser's storage, and saves once signed in again.
const DELAY_MS = 1200

for (const form of document.querySelectorAll('form[data-autosave]')) {
  const status = form.querySelector('[data-autosave-status]')
  const revision = form.querySelector('input[name="fromRevision"]')
  const narrative = form.querySelector('textarea[name="narrative"]')
  const conflict = form.querySelector('[data-autosave-conflict]')
  const draftKey = 'assessment-draft:' + form.action + ':' + form.querySelector('input[name="standard"]').value
  let timer = null
  let saving = false
  let again = false

  const say = (text) => { status.textContent = text }

  const keepDraft = () => {
    try { window.localStorage.setItem(draftKey, narrative.value) } catch (e) { /* storage full or disabled */ }
  }
  const dropDraft = () => {
    try { window.localStorage.removeItem(draftKey) } catch (e) { /* nothing kept */ }
  }

  const showConflict = (reply) => {
    conflict.hidden = false
    conflict.querySelector('[data-their-author]').textContent = reply.theirAuthor
    conflict.querySelector('[data-their-rating]').textContent = reply.theirRating || 'no rating'
    conflict.querySelector('[data-their-narrative]').textContent = reply.theirNarrative || '(no text)'
    conflict.dataset.revision = reply.revision
    conflict.dataset.rating = reply.theirRating || ''
    conflict.dataset.narrative = reply.theirNarrative || ''
    say('Not saved: ' + reply.message + '. Choose which version to keep.')
    conflict.querySelector('h3').focus()
  }

  const save = async () => {
    if (saving) { again = true; return }
    saving = true
    say('Saving…')
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        body: new FormData(form),
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
        redirect: 'manual'
      })
      const json = (response.headers.get('Content-Type') || '').includes('application/json')
      if (response.type === 'opaqueredirect' || response.status === 401 || response.status === 403 || !json) {
        keepDraft()
        say('Your session has ended, so this answer has not been saved. Your text is still here: sign in again ' +
            'in a new tab, then come back and press Save.')
        return
      }
      const reply = await response.json()
      if (reply.status === 'saved') {
        revision.value = reply.revision
        dropDraft()
        say('Saved at ' + new Date().toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' }))
        form.dispatchEvent(new CustomEvent('assessment:saved', { bubbles: true }))
      } else if (reply.status === 'conflict') {
        showConflict(reply)
      } else {
        keepDraft()
        say('Not saved: ' + reply.message)
      }
    } catch (e) {
      keepDraft()
      say('Not saved: the connection was lost. Your text is still here; it will save when you type again.')
    } finally {
      saving = false
      if (again) { again = false; save() }
    }
  }

  const later = () => {
    if (!conflict.hidden) return
    clearTimeout(timer)
    say('Not saved yet')
    timer = setTimeout(save, DELAY_MS)
  }
  form.addEventListener('input', later)
  form.addEventListener('change', later)

  conflict.querySelector('[data-keep-mine]').addEventListener('click', () => {
    revision.value = conflict.dataset.revision
    conflict.hidden = true
    save()
  })
  conflict.querySelector('[data-take-theirs]').addEventListener('click', () => {
    revision.value = conflict.dataset.revision
    narrative.value = conflict.dataset.narrative
    for (const radio of form.querySelectorAll('input[name="rating"]')) {
      radio.checked = radio.value === conflict.dataset.rating
    }
    conflict.hidden = true
    dropDraft()
    say('Their version is in the box and saved.')
  })

  let kept = null
  try { kept = window.localStorage.getItem(draftKey) } catch (e) { /* no storage */ }
  if (kept !== null && kept !== narrative.value) {
    narrative.value = kept
    say('Your unsaved text from before has been put back. It will save as you type, or press Save.')
  }
}
