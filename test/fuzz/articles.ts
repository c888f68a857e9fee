/**
 * Real-shaped articles written for the fuzz and adversarial tests (not corpus
 * text), plus the shared fixture when `../shared` is present.
 */
import {hasShared, readShared} from '../helpers.js'

export const articles: readonly string[] = [
  `# Grève à la SNCF : le trafic fortement perturbé jeudi

Les syndicats appellent à une journée de mobilisation contre la réforme des retraites.

Par Léa Fontaine et Marc Dubois

PARIS, 6 février 2025 (AFP) — Le trafic sera « très perturbé » jeudi sur l'ensemble du réseau, a prévenu mardi la direction de la SNCF. « Nous conseillons aux voyageurs de reporter leurs déplacements », a déclaré Christophe Fanichet, PDG de SNCF Voyageurs.

Selon la CGT-Cheminots, la mobilisation pourrait se prolonger jusqu'au lundi 10 février. Le ministre des Transports, Philippe Tabarot, a appelé « au sens des responsabilités ».
`,
  `---
title: "Wildfire forces thousands to evacuate near Athens"
author: [Nikos Papadopoulos, Helen Smith]
date: 2024-08-12
publisher: Example Wire
---

Firefighters battled a wildfire on Monday that forced thousands of residents to leave their homes north of Athens.

"The situation is very difficult," said Vassilis Kikilias, the civil protection minister, adding that winds of up to 70 km/h were fanning the flames.

* About 700 firefighters were deployed
* Dozens of water-dropping aircraft joined the effort

The fire started on Sunday afternoon near the town of Varnavas, officials said.
`,
  `Le Conseil d'État valide l'arrêté sur les terrasses

Publié le mardi 14 janvier 2025 à 18h05 | Le Quotidien du Sud

De notre correspondante à Marseille, Sophie Bernard

La plus haute juridiction administrative a rejeté lundi le recours des restaurateurs. « C'est une décision qui protège les riverains », s'est félicitée l'adjointe au maire, Audrey Garino, qui évoque « un équilibre trouvé ».

Les commerçants disposent de trois mois pour se mettre en conformité, précise l'arrêté daté du 2 décembre 2024.
`,
  `WASHINGTON (Reuters) - The Federal Reserve held interest rates steady on Wednesday, March 19, 2025, and signalled two cuts later in the year.

By Ann Saphir and Howard Schneider

"We do not need to be in a hurry," Fed Chair Jerome Powell told reporters after the two-day meeting. He said the economy remained strong.

Last Friday, data showed consumer prices rose 0.2% in February, according to the Labor Department.
`
]

/** The articles above, with the real fixture of `../shared` when present. */
export const realShaped: readonly string[] = hasShared
  ? [...articles, readShared('fixtures/le-matin-aes-2025-06-26.txt')]
  : articles
