import { describe, expect, it } from 'vitest';
import { decideFormat, formatOfName, sniffFormat } from '../../../src/source/format.ts';

describe('formatOfName', () => {
  it('knows Markdown and HTML by their extensions, in any case', () => {
    expect(formatOfName('notes.md')).toBe('markdown');
    expect(formatOfName('NOTES.MARKDOWN')).toBe('markdown');
    expect(formatOfName('page.html')).toBe('html');
    expect(formatOfName('saved/page.HTM')).toBe('html');
    expect(formatOfName('page.xhtml')).toBe('html');
    expect(formatOfName('notes.txt')).toBeUndefined();
    expect(formatOfName('README')).toBeUndefined();
  });
});

describe('sniffFormat', () => {
  it('takes a page for HTML by its doctype, html, head or body tag', () => {
    expect(sniffFormat('<!DOCTYPE html>\n<html>')).toBe('html');
    expect(sniffFormat('<html lang="en">')).toBe('html');
    expect(sniffFormat('  \n<head><title>x</title></head>')).toBe('html');
    expect(sniffFormat('<body>')).toBe('html');
  });

  it('looks past a byte order mark, comments and an XML declaration', () => {
    expect(sniffFormat('\ufeff<!doctype html>')).toBe('html');
    expect(sniffFormat('<!-- saved from url=(0014)about:internet -->\n<html>')).toBe('html');
    expect(sniffFormat('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">')).toBe(
      'html',
    );
  });

  it('leaves Markdown that starts with raw HTML, or with anything else, as Markdown', () => {
    expect(sniffFormat('<p align="center"><img src="logo.png"></p>\n\n# Project')).toBe('markdown');
    expect(sniffFormat('<div>\n\n# Title\n')).toBe('markdown');
    expect(sniffFormat('# Title\n\n<html> is a tag')).toBe('markdown');
    expect(sniffFormat('<htmlx>')).toBe('markdown');
    expect(sniffFormat('')).toBe('markdown');
  });
});

describe('decideFormat', () => {
  it('prefers what is forced, then the name, then the start', () => {
    expect(decideFormat('markdown', 'page.html', '<html>')).toBe('markdown');
    expect(decideFormat(undefined, 'page.html', '# Title')).toBe('html');
    expect(decideFormat(undefined, 'notes.md', '<html>')).toBe('markdown');
    expect(decideFormat(undefined, 'notes.txt', '<html>')).toBe('html');
    expect(decideFormat(undefined, undefined, '# Title')).toBe('markdown');
  });
});
