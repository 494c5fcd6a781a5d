/**
 * Real Zendesk URL shapes for the detection tests (this desk's and the cross-desk matrix).
 * Where each shape comes from:
 * - `/agent/tickets/ID` and `/agent/tickets/ID/events`: the Agent Workspace ticket route, as matched
 *   by public browser extensions (e.g. TMetric's Zendesk integration: `^/agent/tickets/(\d+)(?:/events)?`).
 * - `?zat=true`: the query Zendesk Apps Tools adds to load local apps in the agent interface
 *   (https://developer.zendesk.com/documentation/apps/getting-started/).
 * - `/agent/#/tickets/ID`: the original Lotus hash route, still redirected by Zendesk.
 * - `/hc/<locale>/requests/ID`: the customer's view of the same ticket in the help center (not an agent page).
 * - `/agent/tickets/new/N`: the "new ticket" tab.
 */
export const positives: { url: string; expected: { host: string; ticketId: string; url: string } }[] = [
  {
    url: 'https://acme.zendesk.com/agent/tickets/35436',
    expected: { host: 'acme.zendesk.com', ticketId: '35436', url: 'https://acme.zendesk.com/agent/tickets/35436' },
  },
  {
    url: 'https://ACME.Zendesk.com/agent/tickets/35436',
    expected: { host: 'acme.zendesk.com', ticketId: '35436', url: 'https://acme.zendesk.com/agent/tickets/35436' },
  },
  {
    url: 'https://acme.zendesk.com/agent/tickets/35436/events',
    expected: { host: 'acme.zendesk.com', ticketId: '35436', url: 'https://acme.zendesk.com/agent/tickets/35436' },
  },
  {
    url: 'https://acme.zendesk.com/agent/tickets/35436/',
    expected: { host: 'acme.zendesk.com', ticketId: '35436', url: 'https://acme.zendesk.com/agent/tickets/35436' },
  },
  {
    url: 'https://acme.zendesk.com/agent/tickets/35436?zat=true',
    expected: { host: 'acme.zendesk.com', ticketId: '35436', url: 'https://acme.zendesk.com/agent/tickets/35436' },
  },
  {
    url: 'https://acme.zendesk.com/agent/tickets/35436/events?zat=true#comment-1274',
    expected: { host: 'acme.zendesk.com', ticketId: '35436', url: 'https://acme.zendesk.com/agent/tickets/35436' },
  },
  {
    url: 'https://d3v-acme-support.zendesk.com/agent/tickets/7',
    expected: { host: 'd3v-acme-support.zendesk.com', ticketId: '7', url: 'https://d3v-acme-support.zendesk.com/agent/tickets/7' },
  },
  {
    url: 'https://z3nacme.zendesk.com:443/agent/tickets/123456789012',
    expected: { host: 'z3nacme.zendesk.com', ticketId: '123456789012', url: 'https://z3nacme.zendesk.com/agent/tickets/123456789012' },
  },
  {
    url: 'https://acme.zendesk.com/agent/#/tickets/35436',
    expected: { host: 'acme.zendesk.com', ticketId: '35436', url: 'https://acme.zendesk.com/agent/tickets/35436' },
  },
  {
    url: 'https://acme.zendesk.com/agent/tickets/35436?brand_id=360000123456&ref=views',
    expected: { host: 'acme.zendesk.com', ticketId: '35436', url: 'https://acme.zendesk.com/agent/tickets/35436' },
  },
  {
    url: 'https://keel-demo.zendesk.com/agent/tickets/101',
    expected: { host: 'keel-demo.zendesk.com', ticketId: '101', url: 'https://keel-demo.zendesk.com/agent/tickets/101' },
  },
];

export const negatives: string[] = [
  'https://acme.zendesk.com/agent/tickets/new/1',
  'https://acme.zendesk.com/agent/tickets/',
  'https://acme.zendesk.com/agent/tickets/abc',
  'https://acme.zendesk.com/agent/tickets/0',
  'https://acme.zendesk.com/agent/filters/360001234567',
  'https://acme.zendesk.com/agent/users/20978392/requested_tickets',
  'https://acme.zendesk.com/agent/organizations/509974/tickets',
  'https://acme.zendesk.com/agent/dashboard',
  'https://acme.zendesk.com/agent/search/1?q=printer',
  'https://acme.zendesk.com/agent/home',
  'https://acme.zendesk.com/admin/objects-rules/rules/slas',
  'https://acme.zendesk.com/hc/en-us/requests/35436',
  'https://acme.zendesk.com/hc/en-us/articles/360001234567-How-to-reset-your-password',
  'https://acme.zendesk.com/api/v2/tickets/35436.json',
  'https://acme.zendesk.com/tickets/35436',
  'https://support.acme.com/hc/en-us/requests/35436',
  'https://zendesk.com/agent/tickets/35436',
  'https://www.zendesk.com/',
  'https://a.b.zendesk.com/agent/tickets/35436',
  'https://acme.zendesk.com.evil.example/agent/tickets/35436',
  'https://evil.example/acme.zendesk.com/agent/tickets/35436',
  'http://acme.zendesk.com/agent/tickets/35436',
  'not a url',
];
