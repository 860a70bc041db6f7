// Writes a deterministic Markdown document of about `bytes` bytes of prose in a script other
// than English: Chinese and Japanese (no spaces between words), Korean mixed with English
// (spaces), and Vietnamese and French with decomposed accents among emoji (ZWJ sequences, flags,
// skin tones, keycaps). Paragraphs of sentences with their own punctuation, headings, lists,
// quotes, a table now and then, and inline markup, as real documents mix them. The same script
// and size always give the same bytes. `node generate-scripts.mjs FILE SCRIPT [BYTES]`.
import { realpathSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { random, sectionsOf } from './generate.mjs';

const split = (text) => text.trim().split(/\s+/);

const chinese = {
  words: split(`
    我们 读者 文章 终端 章节 段落 标题 列表 表格 代码 宽度 颜色 文字 屏幕 页面 时间 问题 方法 世界
    城市 历史 文化 经济 社会 科学 技术 发展 研究 学生 老师 朋友 今天 明天 已经 可以 因为 所以 但是
    如果 虽然 还是 这个 那个 一个 没有 非常 重要 简单 复杂 开始 结束 阅读 写作 理解 发现 需要 希望
    认为 知道 看到 听到 说明 显示 打开 关闭 工作 生活 自然 语言 汉字 春天 秋天 山水 河流 天空`),
  glue: split('的 了 在 是 和 与 也 都 就 把 被 对 从 向'),
  comma: '，',
  ends: ['。', '。', '。', '！', '？', '；'],
  quote: ['“', '”'],
  join: '',
};

const japanese = {
  words: split(`
    読者 記事 端末 章 段落 見出し 一覧 表 コード 幅 色 文字 画面 頁 時間 問題 方法 世界 都市 歴史
    文化 経済 社会 科学 技術 研究 学生 先生 友達 今日 明日 言葉 日本語 東京 春 秋 山 川 空 桜 電車
    駅 会社 仕事 生活 自然 コンピューター ソフトウェア インターネット データ ファイル ブラウザ
    ターミナル プログラム メッセージ ユーザー ニュース`),
  glue: split('は が を に で と の も へ から まで より'),
  verbs: split(
    'します。 しました。 です。 でした。 あります。 いました。 読みます。 見えます。 考えます。 始まります。',
  ),
  comma: '、',
  quote: ['「', '」'],
  join: '',
};

const korean = {
  words: split(`
    독자 기사 터미널 장 단락 제목 목록 표 코드 너비 색상 글자 화면 페이지 시간 문제 방법 세계 도시
    역사 문화 경제 사회 과학 기술 연구 학생 선생님 친구 오늘 내일 언어 한국어 서울 봄 가을 산 강
    하늘 우리는 그리고 하지만 그래서 매우 중요한 간단한 새로운 모든 많은 읽고 쓰고 보고 있다
    있습니다 합니다 했습니다 됩니다 것이다 위해 통해 대한 에서 으로`),
  english: split(`
    reader article terminal section width colour render stream pipe heading paragraph
    Markdown Unicode Seoul software the of and`),
  comma: ',',
  ends: ['.', '.', '.', '?', '!'],
  quote: ['“', '”'],
  join: ' ',
};

const decomposed = (text) => text.normalize('NFD');
const emojiAndMarks = {
  words: split(`
    Tiếng Việt người đọc bài viết màn hình đoạn văn tiêu đề danh sách bảng mã chiều rộng màu sắc
    chữ trang thời gian vấn đề phương pháp thế giới thành phố lịch sử văn hóa kinh tế xã hội khoa
    học công nghệ nghiên cứu học sinh giáo viên bạn bè hôm nay ngày mai café naïve résumé déjà vu
    crème brûlée façade Zoë Ångström`).map(decomposed),
  emoji: split(`
    😀 😂 🥲 😍 🤔 🙌 👍🏽 👋🏿 🧑🏻‍💻 👩‍🔬 👨‍👩‍👧‍👦 👩‍❤️‍👨 🏳️‍🌈 🏴‍☠️ 🇻🇳 🇫🇷 🇯🇵 🇰🇷 🇺🇳 ❤️ ✨ 🎉 🚀 🌏
    ☕ 🍜 1️⃣ #️⃣ ©️ ™️ 🫶 🧔‍♀️ 🐈‍⬛ 😶‍🌫️`),
  comma: ',',
  ends: ['.', '.', '!', '?', ' 🎉.'],
  quote: ['“', '”'],
  join: ' ',
};

/** Wraps one word of the sentence in inline markup now and then. */
function markup(word, next, pick, script) {
  const kind = pick(['**', '*', '`', '[', '', '', '', '']);
  if (kind === '[') return `[${word}](https://example.com/${encodeURIComponent(word)})`;
  if (kind === '' && next() < 0.1) return `${script.quote[0]}${word}${script.quote[1]}`;
  return `${kind}${word}${kind}`;
}

const sentences = {
  chinese: (next, pick) => {
    const count = 8 + Math.floor(next() * 18);
    const parts = [];
    for (let i = 0; i < count; i++) {
      parts.push(pick(chinese.words));
      if (next() < 0.35) parts.push(pick(chinese.glue));
      if (i > 2 && i < count - 2 && next() < 0.12) parts.push(chinese.comma);
    }
    if (next() < 0.15) parts.splice(2, 0, `${2000 + Math.floor(next() * 30)}年`);
    return parts;
  },
  japanese: (next, pick) => {
    const count = 4 + Math.floor(next() * 9);
    const parts = [];
    for (let i = 0; i < count; i++) {
      parts.push(pick(japanese.words), pick(japanese.glue));
      if (i > 1 && i < count - 1 && next() < 0.25) parts.push(japanese.comma);
    }
    parts.push(pick(japanese.verbs));
    return parts;
  },
  korean: (next, pick) => {
    const count = 6 + Math.floor(next() * 12);
    return Array.from({ length: count }, (_, i) => {
      const word = next() < 0.2 ? pick(korean.english) : pick(korean.words);
      return i > 1 && i < count - 1 && next() < 0.1 ? `${word}${korean.comma}` : word;
    });
  },
  emoji: (next, pick) => {
    const count = 6 + Math.floor(next() * 12);
    return Array.from({ length: count }, () => {
      if (next() < 0.3) return pick(emojiAndMarks.emoji);
      const word = pick(emojiAndMarks.words);
      return next() < 0.08 ? `${word}${pick(emojiAndMarks.emoji)}` : word;
    });
  },
};

const settings = { chinese, japanese, korean, emoji: emojiAndMarks };

/** The scripts this generates, as `generateScriptMarkdown` names them. */
export const scriptNames = Object.keys(sentences);

export function generateScriptMarkdown(script, bytes, seed = 42) {
  const next = random(seed);
  const pick = (items) => items[Math.floor(next() * items.length)];
  const language = settings[script];
  const sentence = () => {
    const parts = sentences[script](next, pick);
    const at = Math.floor(next() * parts.length);
    parts[at] = markup(parts[at], next, pick, language);
    const text = parts.join(language.join);
    return script === 'japanese' ? text : `${text}${pick(language.ends)}`;
  };
  const words = (count) =>
    Array.from({ length: count }, () => pick(language.words)).join(language.join);
  const gap = language.join;
  const blocks = {
    paragraph: () => Array.from({ length: 2 + Math.floor(next() * 6) }, sentence).join(gap),
    list: () =>
      Array.from({ length: 3 + Math.floor(next() * 3) }, () => `- ${sentence()}`).join('\n'),
    quote: () => `> ${sentence()}${gap}${sentence()}`,
    table: () =>
      `| ${words(1)} | ${words(1)} |\n|---|---|\n${Array.from({ length: 3 }, () => `| ${words(1)} | ${words(3)} |`).join('\n')}`,
  };
  const kinds = ['paragraph', 'paragraph', 'paragraph', 'paragraph', 'list', 'quote', 'table'];
  const title = `# ${words(3)}`;
  const heading = (section) =>
    next() < 0.2 && section > 1 ? `### ${words(2)}` : `## ${section}. ${words(3)}`;
  return sectionsOf(bytes, title, heading, () => blocks[pick(kinds)]());
}

// Only as a command, not when imported (run.mjs imports generateScriptMarkdown).
const isMain = process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain && process.argv[3]) {
  const [file, script, bytes] = process.argv.slice(2);
  writeFileSync(file, generateScriptMarkdown(script, Number(bytes ?? 1e6)));
}
