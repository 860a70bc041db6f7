// marked-terminal imports node-emoji only for its `emoji` option, which article turns off.
export function get(name) {
  return `:${name}:`;
}
