/**
 * What the entity step adds to the browser bundle (issue 4: at most 25 KB
 * gzipped for both locales): `parseArticle` from `src/index.ts` bundled for
 * the browser, minified and gzipped, as is and with the entity step made a
 * no-op and the locales' entity data emptied. What the quotes step uses of
 * the entity modules (tokens, lexicon) stays in both, so the difference is the
 * entity step and its data only.
 *
 * Usage: `npx tsx scripts/entity-size.ts`.
 */
import {gzipSync} from 'node:zlib'
import {build, type Plugin} from 'esbuild'
import {parseArticleBundle} from './parse-article-bundle.js'

const withoutEntities: Plugin = {
  name: 'without-entities',
  setup(b) {
    b.onLoad({filter: /src[\\/]extractors[\\/]entities\.ts$/}, () => ({
      contents: "export const entitiesExtractor = {name: 'entities', run: () => ({})}",
      loader: 'ts'
    }))
    b.onLoad({filter: /src[\\/]locales[\\/]\w+[\\/]entities-places\.ts$/}, () => ({
      contents: 'export const countries = [], countryAliasesCased = [], demonymCountries = [], capitalCities = []',
      loader: 'ts'
    }))
    b.onLoad({filter: /src[\\/]locales[\\/]\w+[\\/]entities\.ts$/}, () => ({contents: 'export const entities = {}', loader: 'ts'}))
  }
}

async function gzipped(plugins: Plugin[]): Promise<number> {
  const result = await build({...parseArticleBundle, plugins})
  return gzipSync(result.outputFiles[0]!.contents, {level: 9}).length
}

const kb = (n: number) => (n / 1024).toFixed(1) + ' KB'
const all = await gzipped([])
const without = await gzipped([withoutEntities])
console.log(`parseArticle, both locales: ${kb(all)} gz; without the entity step and its data: ${kb(without)}; the entity step adds ${kb(all - without)} (issue 4: at most 25 KB)`)
