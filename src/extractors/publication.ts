import type {Extractor} from '../pipeline.js'

/** Publication and update lines (`Publié le … | Le Matin`, `Updated …`): datePublished, dateModified, publisher. */
export const publicationExtractor: Extractor = {
  name: 'publication',
  run: () => ({})
}
