// Passkeys (WebAuthn) for authority staff, talking to Spring Security's endpoints:
// sign in on /sign-in, add a passkey on /account/passkeys. Shown only where the browser supports passkeys.
(function () {
  'use strict'

  function toBase64Url (buffer) {
    const base64 = window.btoa(String.fromCharCode(...new Uint8Array(buffer)))
    return base64.replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_')
  }

  function fromBase64Url (text) {
    const binary = window.atob(text.replace(/-/g, '+').replace(/_/g, '/'))
    return Uint8Array.from(binary, c => c.charCodeAt(0)).buffer
  }

  async function postJson (url, button, body) {
    const headers = { 'Content-Type': 'application/json' }
    headers[button.dataset.csrfHeader] = button.dataset.csrfToken
    const response = await fetch(url, { method: 'POST', headers, body: body ? JSON.stringify(body) : undefined })
    if (!response.ok) throw new Error('The server answered ' + response.status)
    return response.json()
  }

  function showError (message) {
    const error = document.getElementById('passkey-error')
    error.textContent = message
    error.hidden = false
  }

  async function signIn (button) {
    const options = await postJson('/webauthn/authenticate/options', button)
    options.challenge = fromBase64Url(options.challenge)
    options.allowCredentials = (options.allowCredentials || []).map(c => ({ ...c, id: fromBase64Url(c.id) }))
    const credential = await navigator.credentials.get({ publicKey: options })
    const result = await postJson('/login/webauthn', button, {
      id: credential.id,
      rawId: toBase64Url(credential.rawId),
      response: {
        authenticatorData: toBase64Url(credential.response.authenticatorData),
        clientDataJSON: toBase64Url(credential.response.clientDataJSON),
        signature: toBase64Url(credential.response.signature),
        userHandle: credential.response.userHandle ? toBase64Url(credential.response.userHandle) : undefined
      },
      credType: credential.type,
      clientExtensionResults: credential.getClientExtensionResults(),
      authenticatorAttachment: credential.authenticatorAttachment
    })
    if (!result.authenticated) throw new Error('The passkey was not accepted')
    window.location.href = result.redirectUrl
  }

  async function register (button, label) {
    const options = await postJson('/webauthn/register/options', button)
    options.challenge = fromBase64Url(options.challenge)
    options.user = { ...options.user, id: fromBase64Url(options.user.id) }
    options.excludeCredentials = (options.excludeCredentials || []).map(c => ({ ...c, id: fromBase64Url(c.id) }))
    const credential = await navigator.credentials.create({ publicKey: options })
    const result = await postJson('/webauthn/register', button, {
      publicKey: {
        credential: {
          id: credential.id,
          rawId: toBase64Url(credential.rawId),
          response: {
            attestationObject: toBase64Url(credential.response.attestationObject),
            clientDataJSON: toBase64Url(credential.response.clientDataJSON),
            transports: credential.response.getTransports ? credential.response.getTransports() : []
          },
          type: credential.type,
          clientExtensionResults: credential.getClientExtensionResults(),
          authenticatorAttachment: credential.authenticatorAttachment
        },
        label
      }
    })
    if (!result.success) throw new Error('The passkey was not saved')
    window.location.reload()
  }

  if (!window.PublicKeyCredential) return

  const signInButton = document.getElementById('passkey-sign-in')
  if (signInButton) {
    document.querySelector('.hu-passkey').hidden = false
    signInButton.addEventListener('click', () => signIn(signInButton)
      .catch(() => showError('Signing in with a passkey did not work. Try again, or sign in with your password.')))
  }

  const registerButton = document.getElementById('passkey-register')
  if (registerButton) {
    document.querySelector('.hu-passkey-register').hidden = false
    registerButton.addEventListener('click', () => {
      const label = document.getElementById('passkey-label').value.trim()
      if (!label) {
        showError('Enter a name for this passkey')
        return
      }
      register(registerButton, label).catch(() => showError('The passkey could not be added. Try again.'))
    })
  }
})()
