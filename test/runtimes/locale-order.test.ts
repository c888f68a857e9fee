/**
 * Size: the English and French entity lexicons share many words (cities,
 * bodies, cue words) and all their keys, which gzip only finds when the two
 * sit within its 32 KB window. `en/index.ts` imports its entity lexicon last
 * and `fr/index.ts` first, so that a bundle of both locales holds them side
 * by side; this pins it (the entity step was 0.8 KB gzipped larger with the
 * English quote lexicon and four French lists, 18 KB in all, between them).
 */
import {build} from 'esbuild'
import {describe, expect, it} from 'vitest'
import {parseArticleBundle} from '../../scripts/parse-article-bundle.js'

describe('locale data order in a bundle', () => {
  it('the English and French entity lexicons are at most a few KB apart in the bundle scripts/entity-size.ts measures', async () => {
    const result = await build({...parseArticleBundle, metafile: true})
    // The inputs of an output are listed in the order the bundle holds them.
    const inputs = Object.entries(Object.values(result.metafile.outputs)[0]!.inputs)
    const en = inputs.findIndex(([path]) => path === 'src/locales/en/entities.ts')
    const fr = inputs.findIndex(([path]) => path === 'src/locales/fr/entities.ts')
    expect(en).toBeGreaterThanOrEqual(0)
    expect(fr).toBeGreaterThan(en)
    const between = inputs.slice(en + 1, fr).reduce((sum, [, input]) => sum + input.bytesInOutput, 0)
    // (Only the French places, 9 KB since they hold the official names of countries, and the English index between
    // them: well inside gzip's 32 KB window.)
    expect(between).toBeLessThan(12 * 1024)
  })
})
