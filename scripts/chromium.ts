// Debian's Chromium, never a downloaded one, as the browser tests and the benchmark launch it:
// no sandbox (containers run as root), no background traffic (the network is closed).
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
