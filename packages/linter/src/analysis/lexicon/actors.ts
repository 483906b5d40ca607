/**
 * Actors who can own an action. A named actor is a specific body or office ("de minister van BZK",
 * "het kabinet", "Logius"); generic groups ("de overheid", "gemeenten", "partijen") are deliberately absent,
 * because advice addressed to everyone is addressed to no one.
 */

/** Offices and bodies named by a common noun; the phrase matcher accepts these as owner phrases. */
export const ACTOR_PHRASES: string[] = [
  // Central government
  'minister|ministers', 'minister-president', 'premier', 'staatssecretaris|staatssecretarissen', 'bewindspersoon|bewindspersonen|bewindslieden',
  'kabinet', 'regering', 'rijksoverheid', 'ministerie|ministeries van *', 'departement',
  'secretaris-generaal', 'secretarissen-generaal', 'sg', "sg's", 'directeur-generaal', 'cio-rijk', 'cio rijk',
  'rijks-cio', 'rijks cio', 'regeringscommissaris', 'digicommissaris', 'nationaal coördinator',
  'tweede kamer', 'eerste kamer', 'staten-generaal', 'parlement', 'kamercommissie', 'raad van state',
  'algemene rekenkamer', 'nationale ombudsman', 'ombudsman',
  // Decentral government (specific bodies of one municipality/province)
  'college van b&w', 'college van burgemeester en wethouders', 'college van gedeputeerde staten', 'gedeputeerde staten',
  'provinciale staten', 'gemeenteraad', 'burgemeester', 'wethouder', 'gedeputeerde', 'dagelijks bestuur', 'algemeen bestuur',
  'commissaris van de koning', 'dijkgraaf', 'het college', 'de raad',
  // Agencies and organisations
  'autoriteit persoonsgegevens', 'autoriteit consument en markt', 'autoriteit financiële markten',
  'unie van waterschappen', 'vereniging van nederlandse gemeenten', 'interprovinciaal overleg', 'forum standaardisatie',
  'belastingdienst', 'kadaster', 'kamer van koophandel', 'rijkswaterstaat', 'politie', 'krijgsmacht',
  'binnenlandse zaken', 'economische zaken', 'justitie en veiligheid', 'volksgezondheid',
  'nederlandse zorgautoriteit', 'rijksdienst voor *',
  'nationaal cyber security centrum', 'de nederlandsche bank', 'centraal bureau voor de statistiek',
  'sociaal-economische raad', 'europese commissie',
];

/** Single words that name a body only when capitalised: "de Kamer", "het Rijk", "Defensie". */
export const CAPITALISED_ACTORS = new Set(['Kamer', 'Rijk', 'Defensie', 'Financiën', 'Justitie', 'Buitenlandse Zaken']);

/** Acronyms of Dutch public bodies (matched case-sensitively in upper case, or in their usual spelling). */
export const ACTOR_ACRONYMS = new Set([
  'BZK', 'EZK', 'EZ', 'JenV', 'J&V', 'VWS', 'OCW', 'SZW', 'IenW', 'I&W', 'LNV', 'AZ', 'BZ', 'BuZa', 'FIN', 'KGG', 'VRO', 'BHOS',
  'VNG', 'IPO', 'UvW', 'Logius', 'ICTU', 'RvIG', 'RDI', 'RVO', 'RDW', 'CBR', 'UWV', 'SVB', 'DUO', 'CJIB', 'CAK', 'CBS', 'KvK',
  'AP', 'ACM', 'AFM', 'DNB', 'NZa', 'NCSC', 'NCTV', 'IND', 'COA', 'RIVM', 'KNMI', 'TNO', 'NWO', 'SSC-ICT', 'DICTU', 'Geonovum',
  'Nictiz', 'RvS', 'WRR', 'Rathenau', 'ROB', 'SER', 'CIO-Rijk', 'GGD', 'GGD-GHOR', 'CIBG', 'BKWI', 'Justid', 'ODC',
  'EC',
]);

/** Heads that need a proper name after them to become specific: "gemeente Utrecht", "provincie Zeeland". */
export const NAMED_BODY_HEADS = new Set(['gemeente', 'provincie', 'waterschap', 'hoogheemraadschap', 'stad', 'veiligheidsregio', 'omgevingsdienst', 'ministerie', 'stichting', 'vereniging']);

/**
 * Bodies that a municipal, provincial or water-board text names without their proper name when it speaks of
 * itself ("De provincie stuurt op …"): singular and definite, and not a place ("in de gemeente").
 */
export const SELF_NAMED_BODIES = new Set(['gemeente', 'provincie', 'waterschap', 'hoogheemraadschap']);

/** Generic groups that never count as an owner on their own. */
export const GENERIC_ACTORS = new Set([
  'overheid', 'overheden', 'gemeenten', 'provincies', 'waterschappen', 'ministeries', 'partijen', 'iedereen',
  'organisaties', 'instellingen', 'bedrijven', 'burgers', 'zorgaanbieders', 'zorgverleners', 'leveranciers', 'men',
  'je', 'jij', 'wij', 'we', 'ons', 'samenleving', 'sector', 'markt', 'politiek',
]);

/** First-person forms; they name an owner only when the document says who "ik"/"wij" is. */
export const FIRST_PERSON = new Set(['ik', 'wij', 'we', 'mij', 'me', 'ons', 'onze', 'mijn']);
