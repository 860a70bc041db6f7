// marked-terminal draws tables with cli-table3; src/render/table.ts draws them instead.
export default class Table {}
