// The article-extraction benchmark's score (../shared/data/article-extraction/README.md): tokens
// are runs of \w, shingles are 4 consecutive tokens, each page weighs the same, and F1 comes
// from the precision and recall averaged over the pages.

// Python's \w, as the benchmark's scorer uses it: letters, numbers and the underscore.
const token = /[\p{L}\p{N}_]+/gu;
const size = 4;

/** The multiset of a text's 4-token shingles: shingle -> count. */
export function shingles(text) {
  const tokens = text.match(token) ?? [];
  const counts = new Map();
  for (let at = 0; at + size <= tokens.length; at++) {
    const shingle = tokens.slice(at, at + size).join(' ');
    counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

/** One page's precision and recall of `output` against `truth`. */
export function pageScore(truth, output) {
  const expected = shingles(truth);
  const found = shingles(output);
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  for (const [shingle, count] of found) {
    const wanted = expected.get(shingle) ?? 0;
    truePositives += Math.min(count, wanted);
    falsePositives += Math.max(0, count - wanted);
  }
  for (const [shingle, count] of expected) {
    falseNegatives += Math.max(0, count - (found.get(shingle) ?? 0));
  }
  // Dividing the three by their sum would not change the ratios below.
  if (falsePositives === 0 && falseNegatives === 0) return { precision: 1, recall: 1 };
  if (truePositives === 0) return { precision: 0, recall: 0 };
  return {
    precision: truePositives / (truePositives + falsePositives),
    recall: truePositives / (truePositives + falseNegatives),
  };
}

/** Precision and recall averaged over pages, and the F1 of those averages. */
export function overallScore(scores) {
  const mean = (key) => scores.reduce((sum, score) => sum + score[key], 0) / scores.length;
  const precision = mean('precision');
  const recall = mean('recall');
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}
