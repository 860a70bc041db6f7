// turndown's HTML-string parser, never used: article gives turndown parsed nodes (linkedom's).
module.exports = {
  createDocument() {
    throw new Error('turndown was given an HTML string; article gives it parsed nodes');
  },
};
