// linkedom's style sheet parser, never used: reader mode reads no style sheet (`<style>` is
// dropped, and nothing asks an element for its `.sheet`). It is half of linkedom's bundle.
module.exports = {
  parse() {
    throw new Error('linkedom was asked for a style sheet; reader mode reads none');
  },
};
