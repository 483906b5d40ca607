/** Dependence on cloud, a vendor or a platform, and the safeguards that make it reversible. */
export const DEPENDENCY_PHRASES: string[] = [
  'cloud', 'clouds', 'cloud-*', 'cloud*', 'public cloud', 'hyperscaler*', 'saas', 'leverancier*', 'vendor*', 'lock-in',
  'vendor-lock*', 'vendor lock-in', 'microsoft', 'google', 'amazon', 'aws', 'azure', 'big tech', 'big-tech', 'bigtech',
  'afhankelijk van', 'afhankelijkheid van', 'afhankelijkheid', 'uitbesteden', 'uitbesteding', 'outsourcing', 'platformen',
];

export const EXIT_PHRASES: string[] = [
  'exitstrategie*', 'exit-strategie*', 'exitplan*', 'exit-plan*', 'exit strategie', 'uitstapstrategie', 'overstappen',
  'overstapbaar', 'portabiliteit', 'dataportabiliteit', 'open standaard*', 'open source', 'open-source', 'vanaf komt',
  'weer vanaf', 'uitstappen', 'migreren', 'migratie', 'leveranciersonafhankelijk*', 'multi-cloud', 'multicloud',
  'twee clouds', 'andere cloud', 'terugvalscenario', 'terugvaloptie', 'wisselen van leverancier', 'wissel',
];
