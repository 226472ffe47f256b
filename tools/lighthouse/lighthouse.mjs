// Lighthouse (desktop preset) on the portal's main routes, signed in as one user, in the system's Chromium.
// Usage: npm run measure -- <portal URL> <username> <password> [route ...]
// Prints one line per route: performance, accessibility and best-practices scores, and the timings behind them.
import lighthouse from 'lighthouse';
import desktop from 'lighthouse/core/config/desktop-config.js';
import puppeteer from 'puppeteer-core';

const MAIN_ROUTES = ['', 'dashboard', 'my-tasks', 'agreements', 'initiatives', 'milestones', 'tasks', 'updates',
  'periods', 'reports'];
const [portal = 'http://localhost:8080/', username, password, ...chosen] = process.argv.slice(2);
const base = portal.endsWith('/') ? portal : portal + '/';
const routes = chosen.length ? chosen : MAIN_ROUTES;
const debuggingPort = 9333;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', `--remote-debugging-port=${debuggingPort}`],
});
try {
  const page = await browser.newPage();
  if (username) {
    await page.goto(base + 'login');
    await page.waitForSelector('vaadin-login-form input[name=username]');
    await page.type('vaadin-login-form input[name=username]', username);
    await page.type('vaadin-login-form input[name=password]', password);
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  }
  for (const route of routes) {
    // Keep the session cookie between routes: Lighthouse would otherwise clear the origin's storage.
    const { lhr } = await lighthouse(base + route, {
      port: debuggingPort, output: 'json', disableStorageReset: true, logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    }, desktop, page);
    const score = category => Math.round(lhr.categories[category].score * 100);
    const shown = audit => lhr.audits[audit].displayValue;
    console.log([`/${route}`.padEnd(14), `performance ${score('performance')}`,
      `accessibility ${score('accessibility')}`, `best practices ${score('best-practices')}`,
      `FCP ${shown('first-contentful-paint')}`, `LCP ${shown('largest-contentful-paint')}`,
      `TBT ${shown('total-blocking-time')}`, `CLS ${shown('cumulative-layout-shift')}`].join('  '));
  }
} finally {
  await browser.close();
}
