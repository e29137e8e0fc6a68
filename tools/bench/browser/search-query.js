// Opens the search page in Debian's Chromium (headless, off the network), types a query, presses Enter
// and prints what a reader's phone would pay: the decoded bytes of every response (the page, its assets,
// the index files), at the first result and once the network is quiet, and the time from Enter to the
// first result shown. Usage: node search-query.js http://127.0.0.1:PORT/tim-kiem/ "query"
const { chromium } = require('playwright-core');

(async () => {
  const [url, query] = process.argv.slice(2);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
  });
  try {
    const page = await browser.newPage();
    const bodies = [];
    // The body's length as decoded; for a body Chromium no longer holds (a large one), the size on the
    // wire, which is the same number here since the benchmark's server compresses nothing.
    page.on('response', response => bodies.push(response.body()
      .then(b => b.length, () => response.request().sizes().then(s => s.responseBodySize))
      .then(bytes => ({ url: response.url(), bytes }))));
    await page.goto(url, { waitUntil: 'load' });
    const input = page.locator('#search-form input[name="q"]');
    // fill() fires one input event, whose typing pause Enter cancels: the index is fetched on Enter.
    await input.fill(query);
    const started = Date.now();
    await input.press('Enter');
    await page.locator('#search-results li').first().waitFor({ state: 'visible', timeout: 120000 });
    const firstResultMs = Date.now() - started;
    const atFirst = (await Promise.all(bodies.slice())).reduce((sum, r) => sum + r.bytes, 0);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    const all = await Promise.all(bodies);
    const total = all.reduce((sum, r) => sum + r.bytes, 0);
    const status = await page.locator('#search-status').textContent();
    const shown = await page.locator('#search-results li').count();
    for (const r of all) console.log(`  ${String(r.bytes).padStart(10)}  ${new URL(r.url).pathname}`);
    console.log(`query: "${query}"; status: ${status.trim()}; results shown: ${shown}`);
    console.log(`fetched: ${all.length} responses, ${total} bytes decoded (${(total / 1024).toFixed(1)} KiB); ${atFirst} bytes when the first result showed`);
    console.log(`first result: ${firstResultMs} ms after Enter`);
  } finally {
    await browser.close();
  }
})().catch(error => { console.error(error); process.exit(1); });
