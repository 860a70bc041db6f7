// SOCKS proxies are refused with a message before @npmcli/agent sees one (source/web/proxy.ts):
// no protocols, so that @npmcli/agent refuses one too, should it ever be given one.
function SocksProxyAgent() {
  throw new Error('SOCKS proxies are left out of article');
}
SocksProxyAgent.protocols = [];
module.exports = { SocksProxyAgent };
