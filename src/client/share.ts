/**
 * Share links, enhanced: a "Copy text" button beside each link (LinkedIn and Facebook ignore pre-filled
 * text), the device's own share sheet where it has one, and Mastodon, whose share address depends on the
 * reader's server (remembered on this device). Without JavaScript the links and the text still work.
 */
const KEY = 'insource:mastodon-server';

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    await navigator.clipboard.writeText(button.dataset['copy'] ?? '');
    const label = button.textContent;
    button.textContent = 'Copied';
    setTimeout(() => (button.textContent = label), 2000);
  });
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-native-share]')) {
  const data = { title: button.dataset['title'] ?? '', text: button.dataset['text'] ?? '', url: button.dataset['url'] ?? '' };
  if (!navigator.canShare?.(data)) continue;
  button.hidden = false;
  button.addEventListener('click', () => navigator.share(data).catch(() => undefined));
}

for (const form of document.querySelectorAll<HTMLFormElement>('[data-mastodon]')) {
  const input = form.querySelector('input')!;
  input.value = localStorage.getItem(KEY) ?? '';
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const server = input.value
      .trim()
      .replace(/^https?:\/\//, '')
      .replace(/\/.*$/, '');
    input.setCustomValidity(/^[\w.-]+\.[a-z]{2,}$/i.test(server) ? '' : 'Type your server, such as mastodon.social');
    if (!form.reportValidity()) return;
    localStorage.setItem(KEY, server);
    window.open(new URL(form.dataset['path'] ?? '', `https://${server}/`).href, '_blank', 'noopener');
  });
}
