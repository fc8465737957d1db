import { screenshot } from './support/browser.js';
import { useBrowserSuite } from './support/browserSuite.js';

// Acceptance 2 of issue 16: the API's documentation page, served by the backend from the swagger-ui-dist package
// under helmet's Content-Security-Policy. The suite fails the test on any console error (a script or style the
// policy refused, a failed request, an exception in the page).
const suite = useBrowserSuite({ name: 'apiDocs' });

it('renders /api/docs from /api/openapi.json, with no console error', async () => {
  const { page } = await suite.newPage();
  const documentLoaded = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/openapi.json');
  const answer = await page.goto('/api/docs');
  expect(answer?.status()).toBe(200);
  expect((await documentLoaded).status()).toBe(200);

  await page.locator('.info .title', { hasText: 'Atende API' }).waitFor();
  await page.locator('.opblock-tag-section', { hasText: 'Tickets' }).first().waitFor();
  expect(await page.locator('.opblock-tag').count()).toBeGreaterThan(15);

  // One operation opened: its parameters from the zod schema, its API-token scope and its error codes.
  await page.locator('.opblock-tag[data-tag="Tickets"]').click();
  const tickets = page.locator('#operations-Tickets-getTickets');
  await tickets.locator('.opblock-summary').click();
  await tickets.getByText('tickets:read', { exact: false }).first().waitFor();
  await tickets.locator('.parameters-container').getByText('status', { exact: true }).waitFor();
  await tickets.getByText('ERR_TOKEN_SCOPE', { exact: false }).first().waitFor();
  await screenshot(page, 'api-docs');
});
