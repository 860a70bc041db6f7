// minipass-fetch's optional dependency, for Response.textConverted() only, which article never
// calls (pages are decoded by source/html-encoding.ts). Without `decode`, that method says so.
module.exports = {};
