/**
 * Agences de presse et médias crédités dans les signatures, chapeaux et
 * lieux-dates en français. Noms propres, tels qu’ils s’écrivent.
 */
export const agencies: readonly string[] = [
  'AFP',
  'Agence France-Presse',
  'Agence France Presse',
  'APS',
  'Agence de presse sénégalaise',
  'Algérie Presse Service',
  'APA',
  'MAP',
  'TAP',
  'ATOP',
  'AIP',
  'ANP',
  'AMAP',
  'AIB',
  'ACP',
  'Reuters',
  'AP',
  'Associated Press',
  'Xinhua',
  'Anadolu',
  'Belga',
  'ATS',
  'ANSA',
  'EFE',
  'dpa',
  'Bloomberg',
  'CNN',
  'BBC',
  'RFI',
  'France 24',
  'Sputnik',
  'Tass',
  'Interfax'
]
