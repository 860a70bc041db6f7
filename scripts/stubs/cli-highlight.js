// marked-terminal imports cli-highlight (all of highlight.js, 60% of a naive bundle)
// for its code renderer, which src/render/layout.ts replaces: it is never called.
export function highlight(code) {
  return code;
}
