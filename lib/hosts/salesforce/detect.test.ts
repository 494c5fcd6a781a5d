import { describe, expect, it } from 'vitest';
import { detect, salesforceHosts } from './detect';
import { negatives, positives } from './detect-cases';
import { HOSTILE_SALESFORCE_URLS } from '../../../test/tools/hostile';

describe('salesforce detect', () => {
  it('has at least ten real URL shapes', () => {
    expect(positives.length).toBeGreaterThanOrEqual(10);
  });

  it.each(positives)('finds the case in $url', ({ url, expected }) => {
    expect(detect(url)).toEqual({ desk: 'salesforce', ...expected });
  });

  it.each(negatives)('finds no case in %s', (url) => {
    expect(detect(url)).toBeNull();
  });

  it('gives the same ref for every URL of one case', () => {
    const id = '5003000000D8cuIAAR';
    const urls = [
      `https://acme.lightning.force.com/lightning/r/Case/${id}/view`,
      `https://acme.lightning.force.com/lightning/r/${id.slice(0, 15)}/view`,
      `https://acme.lightning.force.com/lightning/r/Case/${id}/related/CaseComments/view`,
      `https://acme.lightning.force.com/lightning/r/Contact/003RO0000035WQgYAM/view?ws=%2Flightning%2Fr%2FCase%2F${id}%2Fview`,
      `https://acme.my.salesforce.com/${id.slice(0, 15)}?srPos=0&srKp=500`,
    ];
    const keys = new Set(urls.map((u) => JSON.stringify(detect(u))));
    expect(keys.size).toBe(1);
  });

  it('maps Lightning hosts to the org API host and back', () => {
    expect(salesforceHosts('acme.lightning.force.com')).toEqual({ api: 'acme.my.salesforce.com', lightning: 'acme.lightning.force.com' });
    expect(salesforceHosts('acme--uat.sandbox.my.salesforce.com')).toEqual({
      api: 'acme--uat.sandbox.my.salesforce.com',
      lightning: 'acme--uat.sandbox.lightning.force.com',
    });
    expect(salesforceHosts('acme.other.lightning.force.com')).toBeNull();
    expect(salesforceHosts('lightning.force.com')).toBeNull();
  });

  it('finds no case in hostile URLs (their speed is measured by npm run bench)', () => {
    for (const url of HOSTILE_SALESFORCE_URLS) expect(detect(url)).toBeNull();
  });
});
