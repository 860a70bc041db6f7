/** The examples that end --help and make the man page's EXAMPLES: a command, two spaces or more, what it does. */
export const examples = `
Examples:
  article                        read the bundled article
  article --list                 its sections, with ids, words and reading time
  article --list --depth 1       only the top-level sections (2: their subsections too)
  article 2                      section 2 with its subsections
  article 2-3                    sections 2 to 3 (also 2.., ..2, 2.1-2.3)
  article notes.md install/mac   Mac under Installation, a heading path (or "Installation > Mac")
  article katherine              the section whose title matches "katherine"
  article --plain | wc -w        plain text for other tools
  article --json 2 | jq .        section 2 as data
  article --file notes.md -l     list the sections of your own Markdown file
  article page.html 2 --plain    section 2 of a saved web page, in reader mode
  article https://example.com/story --list
                                 the sections of a page on the web (fetched once, then cached)
  article -s "season 2"          the sentences that mention season 2, by section
  article -i 3                   read in a full-screen reader, starting at section 3
  article notes.md --watch       print notes.md again whenever it is saved (-i: reflow the reader)
  cat notes.md | article -f - 3  read standard input, section 3
`;
