// workerd (Cloudflare Workers): `newsdown` is the ESM bundle of the tarball, given as a module
// in workerd.capnp; `workerd test` runs the `test` handler.
import * as newsdown from 'newsdown'
import inputs from 'inputs.json'

export default {
  async fetch(request) {
    const text = await request.text()
    return Response.json(newsdown.parseArticle(text))
  },
  async test() {
    const results = inputs.map((text) => newsdown.parseArticle(text))
    console.log('NEWSDOWN-RESULT ' + JSON.stringify({exports: Object.keys(newsdown).sort(), results}))
  }
}
