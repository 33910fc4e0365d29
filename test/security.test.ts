// The built add-on asks for nothing it does not need: two scopes, no network
// or Drive/Gmail services, no triggers, no eval, no remote script.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';

let code = '';
let sidebar = '';
beforeAll(() => {
  code = readFileSync('dist/Code.js', 'utf8');
  sidebar = readFileSync('dist/Sidebar.html', 'utf8');
});

describe('dist/Code.js', () => {
  // [what, pattern]
  const FORBIDDEN: [string, RegExp][] = [
    ['UrlFetchApp', /\bUrlFetchApp\b/],
    ['DriveApp', /\bDriveApp\b/],
    ['GmailApp', /\bGmailApp\b/],
    ['MailApp', /\bMailApp\b/],
    ['triggers', /\bnewTrigger\b|\bScriptApp\.getProjectTriggers\b/],
    ['eval', /\beval\s*\(/],
    ['new Function', /\bnew\s+Function\s*\(|\bFunction\s*\(\s*['"`]/],
    ['CalendarApp', /\bCalendarApp\b/],
    ['DocumentApp', /\bDocumentApp\b/],
    ['SpreadsheetApp.openById', /\bopenById\b|\bopenByUrl\b/],
  ];
  it.each(FORBIDDEN)('uses no %s', (_what, re) => {
    expect(code).not.toMatch(re);
  });

  it('asks for exactly the two scopes', () => {
    const manifest = JSON.parse(readFileSync('dist/appsscript.json', 'utf8')) as { oauthScopes?: unknown };
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
  });
});

describe('dist/Sidebar.html', () => {
  it('inlines its script and style and loads nothing from the network', () => {
    expect(sidebar).not.toMatch(/<script[^>]*\ssrc\s*=/i);
    expect(sidebar).not.toMatch(/<link[^>]*\shref\s*=/i);
    expect(sidebar).not.toMatch(/@import/i);
    expect(sidebar).not.toMatch(/\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|\bimport\s*\(/);
    expect(sidebar).toMatch(/<script>[\s\S]+<\/script>/);
  });

  it('never inserts sheet text as HTML', () => {
    expect(sidebar).not.toMatch(/\.innerHTML\s*=|insertAdjacentHTML|document\.write|outerHTML\s*=/);
  });
});
