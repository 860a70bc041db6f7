// chalk's own colour detection, which article never uses: it decides colour itself and gives
// chalk a fixed level (src/render/theme.ts). Detection loads node:tty, and with it Node's net
// and stream modules: 4 ms of a start-up with colour.
export default { stdout: false, stderr: false };
