import { describe, expect, it } from 'vitest';
import { plainLayout } from '../helpers/plain-layout.ts';
import { runArticle } from '../helpers/run.ts';
import { temporaryFolder } from '../helpers/temporary-folder.ts';
import { runInWatchedTerminal } from '../helpers/watched-terminal.ts';

/**
 * Terminal control smuggled in by a document. Each attack is the raw text a
 * document may contain and how article must show it: in caret notation (ESC
 * as `^[`, BEL as `^G`, backspace as `^H`) or, for C1 controls, as `<U+009B>`.
 * The attacks are separated by spaces, so that wrapping never has to cut one.
 */
const attacks = [
  { name: 'CSI colour', raw: '\x1b[31mRED', shown: '^[[31mRED' },
  { name: 'CSI cursor up', raw: '\x1b[2AUP', shown: '^[[2AUP' },
  { name: 'CSI clear screen', raw: '\x1b[2JCLR', shown: '^[[2JCLR' },
  { name: 'OSC title', raw: '\x1b]0;pwned\x07', shown: '^[]0;pwned^G' },
  {
    name: 'OSC 8 hyperlink',
    raw: '\x1b]8;;http://evil\x1b\\LINK\x1b]8;;\x1b\\',
    shown: '^[]8;;http://evil^[\\LINK^[]8;;^[\\',
  },
  { name: 'OSC 52 clipboard', raw: '\x1b]52;c;ZXZpbA==\x07', shown: '^[]52;c;ZXZpbA==^G' },
  { name: 'DCS', raw: '\x1bPdcs\x1b\\', shown: '^[Pdcs^[\\' },
  { name: '8-bit CSI', raw: '\u009b31mC1CSI', shown: '<U+009B>31mC1CSI' },
  { name: '8-bit OSC', raw: '\u009d0;c1title\x07', shown: '<U+009D>0;c1title^G' },
  { name: 'raw ESC (reset)', raw: '\x1bcRIS', shown: '^[cRIS' },
  { name: 'backspace overprint', raw: 'bad\x08\x08\x08BS', shown: 'bad^H^H^HBS' },
] as const;

/**
 * Carriage-return overprinting (`safe\rEVIL` would show EVIL over safe). In
 * the Markdown a lone CR is a line end (source.ts normalises CR and CRLF to
 * LF), so it cannot overprint: the two words land on separate lines or are
 * joined by a space. A CR that only YAML can produce (a `\r` escape in a
 * quoted front matter value) is a character, shown as `^M`.
 */
const overprint = 'safe\rEVIL';

const payload = `${attacks.map((attack) => attack.raw).join(' ')} ${overprint}`;
/** For places where a space or a line end would end the construct (link targets). */
const unbroken = attacks.map((attack) => attack.raw).join('');

/** Square brackets in link text and alt text are escaped in the Markdown, so that the link holds. */
const escapeBrackets = (text: string) => text.replace(/[[\]]/g, (bracket) => `\\${bracket}`);
/** A YAML double-quoted string: JSON's escapes, plus \u escapes for DEL and C1, which YAML does not allow raw. */
const yamlString = (text: string) =>
  JSON.stringify(text).replace(
    /[\u007f-\u009f]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

interface Placement {
  readonly name: string;
  /** The whole document. */
  readonly document: string;
  /** Whether the payload reaches --list (headings and the title do). */
  readonly listed: boolean;
  /** For placements in the front matter: the field that JSON must give back exactly. */
  readonly field?: 'title' | 'notice';
  /** The words around the CR that the text format shows (both, unless the placement has no CR). */
  readonly words?: readonly string[];
}

const placements: Placement[] = [
  { name: 'text', document: `# Title\n\nText ${payload} end\n`, listed: false },
  {
    name: 'heading',
    document: `# Title\n\n## Head ${payload} end\n\nBody.\n`,
    listed: true,
  },
  {
    name: 'link text',
    document: `# Title\n\n[link ${escapeBrackets(payload)} end](http://example.com/) after\n`,
    listed: false,
  },
  {
    name: 'link target',
    document:
      `# Title\n\n[inline](<http://example.com/${unbroken}>) and [reference][ref]\n\n` +
      `[ref]: http://example.com/${unbroken}\n`,
    listed: false,
    words: [],
  },
  {
    name: 'image alt text',
    document: `# Title\n\n![alt ${escapeBrackets(payload)} end](image.png)\n`,
    listed: false,
  },
  { name: 'code span', document: `# Title\n\nSee \`${payload} end\` here.\n`, listed: false },
  {
    name: 'fenced code block',
    document: `# Title\n\n\`\`\`sh\n${payload} end\n\`\`\`\n`,
    listed: false,
  },
  {
    name: 'table cell',
    document: `# Title\n\n| a | b |\n| --- | --- |\n| ${payload} end | x |\n`,
    listed: false,
  },
  {
    name: 'front matter title',
    document: `---\ntitle: ${yamlString(`T ${payload} end`)}\n---\n\nBody.\n`,
    listed: true,
    field: 'title',
  },
  {
    name: 'front matter notice',
    document: `---\nnotice: ${yamlString(`N ${payload} end`)}\n---\n\nBody.\n`,
    listed: false,
    field: 'notice',
  },
];

const sgr = /\u001b\[[0-9;]*m/g;
/** Any C0 control but the line feed, DEL, or any C1 control. */
const control = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
/** Text without white space and table borders, so that wrapping (at spaces, or hard in code and cells) does not matter. */
const squeeze = (text: string) => text.replace(/[\s│─┌┐└┘├┤┬┴┼]/g, '');

/** What the text format must never do, whatever the document says. */
function expectInert(stdout: string, colour: boolean): void {
  if (!colour) expect(stdout).not.toContain('\u001b');
  // With colour, the escapes left are all of the form ESC [ digits m.
  expect(stdout.replace(sgr, '')).not.toMatch(control);
  expect(stdout).not.toContain('\u0007');
  expect(stdout).not.toContain('\b');
  expect(stdout).not.toContain('\r');
  expect(stdout).not.toMatch(/[\u0080-\u009f]/);
  // None of the document's own sequences survives raw, not even its SGR (ESC[31m).
  for (const attack of attacks) {
    if (/[\u001b\u009b\u009d]/.test(attack.raw)) expect(stdout).not.toContain(attack.raw);
  }
}

/** Every attack (or those named) in caret notation, and the words around the CR still there. */
function expectShown(
  stdout: string,
  options: { only?: readonly string[]; words?: readonly string[] } = {},
): void {
  const text = squeeze(stdout.replace(sgr, ''));
  for (const attack of attacks) {
    if (!options.only || options.only.includes(attack.name)) {
      expect(text, `${attack.name} shown`).toContain(squeeze(attack.shown));
    }
  }
  for (const word of options.words ?? ['safe', 'EVIL']) expect(text).toContain(word);
}

const temp = temporaryFolder('hostile');
const write = (name: string, text: string) => temp.write(`${name.replace(/\W+/g, '-')}.md`, text);

describe.each(placements)('control sequences in the $name', (placement) => {
  it('are shown, not sent, in the text format, with and without colour', () => {
    const path = write(placement.name, placement.document);
    const plain = runArticle(['-f', path, '--color', 'never']);
    const coloured = runArticle(['-f', path, '--color', 'always']);
    for (const result of [plain, coloured]) {
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    }
    expectInert(plain.stdout, false);
    expectInert(coloured.stdout, true);
    expectShown(plain.stdout, { words: placement.words });
    // Colour adds SGR sequences and nothing else: a document's ESC[31m let through would differ here.
    expect(plainLayout(coloured.stdout)).toBe(plainLayout(plain.stdout));
  });

  it('pass through unchanged in --format markdown and --format json', () => {
    const path = write(placement.name, placement.document);
    // The text as source.ts reads it: a lone CR is a line end, like CRLF.
    const read = placement.document.replace(/\r\n?/g, '\n');
    const body = read.replace(/^---\n[\s\S]*?\n---\n\n/, '');
    const markdown = runArticle(['-f', path, '--format', 'markdown']);
    expect(markdown.status).toBe(0);
    expect(markdown.stdout).toBe(body);

    const json = runArticle(['-f', path, '--format', 'json']);
    expect(json.status).toBe(0);
    // JSON escapes C0 controls: the only raw one left is the line feed of the indentation.
    expect(json.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    const data = JSON.parse(json.stdout) as {
      title: string;
      notice: string | null;
      sections: { title: string; markdown: string }[];
    };
    if (placement.field) {
      // YAML turned the escapes back into the characters, the CR included.
      expect(data[placement.field]).toBe(
        `${placement.field === 'title' ? 'T' : 'N'} ${payload} end`,
      );
    } else {
      const sections = data.sections.map((section) => section.markdown).join('');
      const placed = body.replace(/^# Title\n\n/, '');
      expect(sections).toContain(placed.trimEnd());
    }
  });
});

describe.each(placements.filter((placement) => placement.listed))(
  'control sequences in the $name, listed',
  (placement) => {
    it('are shown, not sent, in --list', () => {
      const path = write(placement.name, placement.document);
      for (const width of ['80', '0']) {
        const plain = runArticle(['-f', path, '--list', '--color', 'never', '-w', width]);
        const coloured = runArticle(['-f', path, '--list', '--color', 'always', '-w', width]);
        expect(plain.status).toBe(0);
        expect(coloured.status).toBe(0);
        expectInert(plain.stdout, false);
        expectInert(coloured.stdout, true);
        expect(coloured.stdout.replace(sgr, '')).toBe(plain.stdout);
        // At 80 columns a long section title is cut short with an ellipsis; unwrapped it is whole
        // (a heading ends at the CR, which is a line end: EVIL is in the section's text).
        if (width === '0') expectShown(plain.stdout, { words: ['safe'] });
        else expectShown(plain.stdout, { only: ['CSI colour'], words: [] });
      }
    });
  },
);

describe('control sequences in the title and headings, in --list', () => {
  it('show the front matter title and a heading together, in colour', () => {
    const path = write(
      'list-both',
      `---\ntitle: ${yamlString(`T ${payload}`)}\n---\n\n## Head ${payload}\n\nBody.\n`,
    );
    const { stdout, status } = runArticle(['-f', path, '--list', '--color', 'always', '-w', '0']);
    expect(status).toBe(0);
    expectInert(stdout, true);
    expectShown(stdout);
    // The title's CR came from YAML, not from a line end: it is shown as ^M.
    expect(stdout.replace(sgr, '')).toContain('safe^MEVIL');
  });
});

describe('a hostile document in a real terminal', () => {
  const document = [
    '---',
    `title: ${yamlString(`Title ${payload}`)}`,
    `notice: ${yamlString(`Notice ${payload}`)}`,
    '---',
    '',
    `## Heading ${payload}`,
    '',
    `Text ${payload}`,
    '',
    `[link ${escapeBrackets(payload)}](<http://example.com/${unbroken}>)`,
    '',
    `![alt ${escapeBrackets(payload)}](image.png) and \`${payload}\``,
    '',
    '```',
    payload,
    '```',
    '',
    '| cell | other |',
    '| --- | --- |',
    `| ${payload} | x |`,
    '',
  ].join('\n');

  it('leaves the screen, the cursor, the title and the clipboard alone', async () => {
    const path = write('combined', document);
    const expected = runArticle(['-f', path, '--color', 'never', '-w', '80']);
    expect(expected.status).toBe(0);
    const lines = expected.stdout.trimEnd().split('\n');
    // The whole output fits on the screen, so nothing scrolls away: what is shown is exactly what was
    // printed (a link target wider than the screen takes two rows).
    const rows = lines.length + 10;
    const result = await runInWatchedTerminal(['-f', path], { cols: 80, rows });
    expect(result.exitCode).toBe(0);
    // Colour is on in a terminal, as it should be: the test would prove little without it.
    expect(result.raw).toMatch(sgr);
    // No title change, bell, hyperlink, clipboard write, DCS, reset, cursor move or erase.
    expect(result.events).toEqual([]);
    expect(result.raw.replace(sgr, '')).not.toContain('\u001b');
    expect(result.raw).not.toMatch(/[\u0080-\u009f\u0007\b]/);
    // Nothing was cleared, moved or overprinted: the first line is still at the top, every line as printed.
    expect(result.screen[0]).toBe(lines[0]);
    // With colour a code row that goes on starts with ↪ where plain text has a space.
    expect(result.lines.map(plainLayout)).toEqual(lines.map((line) => plainLayout(line).trimEnd()));
  });

  it('the watcher does see the sequences when they do reach the terminal', async () => {
    // --format markdown prints the source unchanged, by design: the control case for the test above.
    const path = write('combined', document);
    const result = await runInWatchedTerminal(['-f', path, '--format', 'markdown'], { rows: 80 });
    expect(result.exitCode).toBe(0);
    expect(result.events).toEqual(
      expect.arrayContaining(['title pwned', 'bell', 'osc 8', 'osc 52', 'csi J', 'csi A', 'esc c']),
    );
  });
});

describe('found while testing', () => {
  // CommonMark: an image's alt text is the plain text of its description, so
  // `![a \* b *em* &amp; c](x.png)` has the alt text `a * b em & c`.
  it('image alt text is shown as plain text, not as Markdown source', () => {
    const path = write('alt', '![a \\* b *em* &amp; c](x.png)\n');
    const { stdout } = runArticle(['-f', path, '--plain']);
    expect(stdout).toBe('[image: a * b em & c] (x.png)\n');
  });

  // JSON.stringify escapes C0 controls only; C1 controls (U+0080-U+009F) would
  // come out raw, and a terminal that honours them in UTF-8 (xterm, xterm.js)
  // would let U+009D (8-bit OSC) set the title and U+009B (8-bit CSI) clear
  // the screen. article escapes them, and bidirectional overrides too.
  it('--json escapes C1 controls, so that they cannot act on a terminal', async () => {
    const path = write('c1', '# T\n\nx \u009d0;C1TITLE\u009c y \u009b2J z\n');
    const { stdout } = runArticle(['-f', path, '--json']);
    expect(stdout).not.toMatch(/[\u0080-\u009f]/);
    const result = await runInWatchedTerminal(['-f', path, '--json'], { rows: 40 });
    expect(result.exitCode).toBe(0);
    expect(result.events).toEqual([]);
  });
});

describe('messages that quote the command line', () => {
  it('stay on one line when a file name or an argument holds a newline or a tab', () => {
    const path = write('one-line', '# Title\n\n## Section\n\nText.\n');
    for (const [args, shown] of [
      [['-f', 'two\nlines.md'], 'two^Jlines.md'],
      [['-f', 'tab\there.md'], 'tab^Ihere.md'],
      [['-f', path, 'no\nsuch section'], 'no^Jsuch section'],
      [['-f', path, '--search', 'no\nmatch'], 'no^Jmatch'],
      [['-w', '1\n2'], '1^J2'],
    ] as const) {
      const { stderr, status } = runArticle(args);
      expect(stderr, args.join(' ')).toMatch(/^article: [^\n]*\n$/);
      expect(stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      expect(stderr).toContain(shown);
      expect(status).toBe(args[0] === '-w' ? 2 : 1);
    }
  });

  it('show control characters in file names and arguments instead of sending them', () => {
    for (const args of [['-f', 'x\u001b]0;pwned\u0007.md'], ['\u001b[2J'], ['-w', '\u001b[2J']]) {
      const { stderr } = runArticle(args);
      expect(stderr).toMatch(/^article: /);
      expect(stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      expect(stderr).toContain('^[');
    }
  });
});

/**
 * The YAML library prints its own warnings on standard error (through
 * process.emitWarning), quoting the front matter raw: a document could write
 * escapes there. And it throws more than YAMLError (ReferenceError for an alias
 * bomb). Any block it cannot read as a mapping stays in the body, shown as text.
 */
describe('front matter the YAML library warns about or cannot read', () => {
  const aliasBomb = [
    'a: &a [x, x, x, x, x, x, x, x, x]',
    ...Array.from({ length: 9 }, (_, i) => {
      const [name, previous] = [String.fromCharCode(98 + i), String.fromCharCode(97 + i)];
      return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`;
    }),
    'title: Bomb',
  ].join('\n');
  const cases = [
    { name: 'an unknown tag', yaml: 'title: !foo x \x1b]0;PWNED\x07 \x1b[2J y', shown: 'y' },
    // Read as mappings (the key turned into a string): front matter without a title.
    { name: 'a collection as a key', yaml: '? [a]\n: b', shown: undefined },
    { name: 'a binary key', yaml: '!!binary x: y', shown: undefined },
    { name: 'an alias bomb', yaml: aliasBomb, shown: '*a' },
    { name: 'a list', yaml: '- one\n- two', shown: 'one' },
    { name: 'a scalar', yaml: 'just \x1b[2J words', shown: 'words' },
    { name: 'nesting 100,000 deep', yaml: `title: ${'['.repeat(100_000)}`, shown: '[[[' },
  ];

  it.each(cases)(
    '$name: nothing on standard error, status 0, no raw escape',
    ({ name, yaml, shown }) => {
      const path = write(`front-${name}`, `---\n${yaml}\n---\nBody text\n`);
      const result = runArticle(['-f', path, '--plain', '-w', '0']);
      // Nothing the library prints itself: at most article's own warning, one line, no controls.
      expect(result.stderr).toMatch(/^(?:article: [^\n]*\n)?$/);
      expect(result.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      expect(result.stderr).not.toContain('Warning');
      expect(result.status).toBe(0);
      expectInert(result.stdout, false);
      expect(result.stdout).toContain('Body text');
      if (shown) expect(result.stdout).toContain(shown);
    },
  );

  it('a tag on the title still gives the title, and no warning', () => {
    const path = write('front-tagged-title', '---\ntitle: !foo Tagged\n---\nBody\n');
    const result = runArticle(['-f', path, '--list']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Tagged/);
  });
});

describe('control sequences in search results', () => {
  const document = [
    '# Title',
    '',
    `## Head ${payload} findme`,
    '',
    `Text ${payload} findme. Another sentence.`,
    '',
    `- item ${payload} findme`,
    '',
    '| a | b |',
    '| --- | --- |',
    `| ${payload} findme | x |`,
    '',
    '```',
    `${payload} findme`,
    '```',
    '',
  ].join('\n');

  it('are shown, not sent, in --search results, with and without colour', () => {
    const path = write('search', document);
    for (const query of ['findme', 'RED']) {
      const plain = runArticle(['-f', path, '--search', query, '--color', 'never']);
      const coloured = runArticle(['-f', path, '--search', query, '--color', 'always']);
      for (const result of [plain, coloured]) {
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
      }
      expectInert(plain.stdout, false);
      expectInert(coloured.stdout, true);
      expectShown(plain.stdout, { only: ['CSI colour', 'OSC title', '8-bit CSI'], words: [] });
    }
  });

  it('are escaped in -s … --json, which parses back to the document text', () => {
    const path = write('search', document);
    const { stdout, stderr, status } = runArticle(['-f', path, '-s', 'findme', '--json']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    // No raw control character (C0 but the line feed, DEL, C1) reaches the terminal.
    expect(stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(JSON.stringify(JSON.parse(stdout))).toContain('\\u001b[31mRED');
  });
});

describe('control characters in a link target, with hyperlinks on', () => {
  const osc8 = /\u001b\]8;;([^\u0007\u001b]*)(?:\u001b\\|\u0007)/g;

  it.each([
    ['raw', '\u001b]8;;http://evil\u0007', '<http://example.com/a{}>'],
    ['as character references', '&#27;]8;;http://evil&#7;', 'http://example.com/a{}'],
  ])('%s: no OSC 8 hyperlink carries them, and they are shown', (_name, attack, target) => {
    const link = target.replace('{}', attack);
    const path = write('hyperlink', `# T\n\n[bad](${link}) and [ok](http://example.com/ok)\n`);
    const { stdout, status } = runArticle([
      '-f',
      path,
      '--hyperlinks',
      'always',
      '--color',
      'always',
      '-w',
      '0',
    ]);
    expect(status).toBe(0);
    const targets = [...stdout.matchAll(osc8)].map((match) => match[1]);
    // The good link is a hyperlink (so the test would see one), the bad one is not.
    expect(targets).toContain('http://example.com/ok');
    expect(targets.every((found) => found === '' || found === 'http://example.com/ok')).toBe(true);
    const visible = stdout.replace(osc8, '').replace(sgr, '');
    expect(visible).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(visible).toContain('http://example.com/a^[]8;;http://evil^G');
  });
});
