import { describe, expect, it } from 'vitest';
import { caseIdFrom, isSalesforceId, to18 } from './ids';

describe('salesforce ids', () => {
  it('appends the documented checksum to 15-character ids', () => {
    // Pairs as printed in the Salesforce REST API docs' examples.
    expect(to18('001D000000IqhSL')).toBe('001D000000IqhSLIAZ');
    expect(to18('003RO0000035WQg')).toBe('003RO0000035WQgYAM');
    expect(to18('5003000000D8cuI')).toBe('5003000000D8cuIAAR');
    expect(to18('AAAAABBBBBCCCCC')).toBe('AAAAABBBBBCCCCC555');
    expect(to18('aaaaabbbbbccccc')).toBe('aaaaabbbbbcccccAAA');
  });

  it('passes 18-character ids through unchanged and refuses anything else', () => {
    expect(to18('5003000000D8cuIAAR')).toBe('5003000000D8cuIAAR');
    expect(() => to18('500300000')).toThrow(/salesforce/);
    expect(() => to18('5003000000D8cu!')).toThrow(/salesforce/);
  });

  it('validates the checksum of 18-character ids', () => {
    expect(isSalesforceId('5003000000D8cuIAAR')).toBe(true);
    expect(isSalesforceId('5003000000D8cuIAAS')).toBe(false);
    expect(isSalesforceId('5003000000D8cuI')).toBe(true);
  });

  it('keys a Case the same whichever form or capitalisation the URL used', () => {
    expect(caseIdFrom('5003000000D8cuI')).toBe('5003000000D8cuIAAR');
    expect(caseIdFrom('5003000000D8cuIAAR')).toBe('5003000000D8cuIAAR');
    expect(caseIdFrom('5003000000d8CUiaar')).toBe('5003000000D8cuIAAR');
  });

  it('refuses ids that are not Cases or not ids', () => {
    expect(caseIdFrom('001D000000IqhSLIAZ')).toBeNull();
    expect(caseIdFrom('5003000000D8cuIZZZ')).toBeNull();
    expect(caseIdFrom('500')).toBeNull();
    expect(caseIdFrom('5003000000D8cu-')).toBeNull();
  });
});
