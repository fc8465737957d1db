// The demo page: plain HTML + fetch polling; no build step.
export const demoPage = `<!doctype html>
<html lang="pt-BR"><head><meta charset="utf-8"><title>Atende · WhatsApp simulator</title>
<style>
 body{font-family:system-ui,sans-serif;margin:2rem;max-width:980px;color:#1f2933}
 section{border:1px solid #d9e2ec;border-radius:8px;padding:1rem;margin-bottom:1rem}
 input,textarea,button{font:inherit;padding:.35rem .5rem} textarea{width:100%;height:4rem}
 .msg{padding:.2rem .5rem;margin:.2rem 0;background:#e6fffa;border-radius:6px} small{color:#627d98}
</style></head><body>
<h1>WhatsApp simulator</h1>
<p>Point Atende at <code id="url"></code>. Connect a number in Atende, copy the QR text (or the string the QR
encodes) below, and choose the simulated phone number that "scans" it.</p>
<section><h2>1. Scan a QR</h2>
 <p>Clients waiting for a scan: <b id="pending">0</b></p>
 <textarea id="qr" placeholder="https://wa.me/settings/linked_devices#..."></textarea>
 <input id="phone" placeholder="5511999990001" value="5511999990001"> <button onclick="scan()">Scan</button>
 <span id="scanResult"></span>
 <div id="phones"></div>
</section>
<section><h2>2. Chat as a contact</h2>
 <input id="from" placeholder="contact number" value="5511988887777"> <input id="pushName" placeholder="name" value="Cliente Demo">
 → <input id="to" placeholder="company number" value="5511999990001"><br><br>
 <input id="text" placeholder="message" style="width:70%"> <button onclick="send()">Send</button>
 <div id="contacts"></div>
</section>
<script>
const post = (path, body) => fetch(path, { method: 'POST', body: JSON.stringify(body) }).then(r => r.json())
const esc = s => String(s).replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c])
async function scan() {
  const r = await post('/api/scan', { pn: phone.value.trim(), qr: qr.value.trim() })
  scanResult.textContent = r.error ? r.error : 'paired as ' + r.jid
}
async function send() {
  await post('/api/contact', { pn: from.value.trim(), pushName: pushName.value.trim() })
  const r = await post('/api/send', { from: from.value.trim(), to: to.value.trim(), text: text.value })
  if (r.error) alert(r.error); else text.value = ''
}
async function refresh() {
  const s = await fetch('/api/state').then(r => r.json())
  url.textContent = s.url; pending.textContent = s.pending.length
  phones.innerHTML = s.phones.map(p => '<p><b>' + esc(p.pn) + '</b> ' + p.devices.map(d =>
    esc(d.jid) + (d.online ? ' (online)' : ' (offline)')).join(', ') +
    ' <button onclick="post(\\'/api/drop\\',{pn:\\'' + esc(p.pn) + '\\'})">drop link</button>' +
    ' <button onclick="post(\\'/api/unlink\\',{pn:\\'' + esc(p.pn) + '\\'})">unlink</button></p>').join('')
  contacts.innerHTML = s.contacts.map(c => '<h3>' + esc(c.pushName) + ' <small>' + esc(c.pn) + '</small></h3>' +
    c.received.map(m => '<div class="msg"><small>' + esc(m.from) + ':</small> ' + esc(m.text) + '</div>').join('')).join('')
}
setInterval(refresh, 1000); refresh()
</script></body></html>`
