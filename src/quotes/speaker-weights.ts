// Written by `npx tsx scripts/fit-speakers.ts --write …`; do not edit by hand.
// null: in leave-one-set-out cross-validation no fitted ranker has beaten the
// attribution cascade alone yet (docs/speaker-ranking.md), so none is shipped.
// Shipped weights need the default pipeline's attribution step built with
// `createAttributionRefiner({ranker: speakerRanker(SPEAKER_WEIGHTS)})`.
import type {SpeakerWeights} from './ranking.js'

/** Weights of the speaker ranker fitted on gold speakers, or null for the attribution cascade's answers as they are. */
export const SPEAKER_WEIGHTS: SpeakerWeights | null = null
