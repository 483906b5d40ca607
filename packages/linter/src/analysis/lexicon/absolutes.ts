/** Unrealistic absolutes. Plain "altijd" or "nooit" is often a legitimate rule, so only strong shapes are listed. */
export const ABSOLUTE_PHRASES: string[] = [
  'altijd en overal', 'overal en altijd', '100 %', '100 procent', 'honderd procent', 'nooit meer', 'nooit ofte nimmer',
  'falen is geen optie', 'waterdicht*', 'volledige controle', 'volledig veilig', 'volledig betrouwbaar',
  'volledig foutloos', 'foutloos', 'foutloze', 'onfeilbaar', 'onfeilbare', 'op ieder moment', 'op elk moment', 'te allen tijde',
  'zonder onderbreking', 'zonder enige onderbreking', 'nul fouten', 'is nul', 'nul dingen', 'blind kunnen vertrouwen',
  'blind vertrouwen', 'geen enkel risico', 'zonder enig risico', 'risicoloos', 'alle kennis', 'iedere organisatie',
  'elke organisatie', 'niet uitvalt', 'nooit uitvalt', 'nooit mag', 'nooit mogen', 'nooit mag gebeuren', 'absolute zekerheid',
  '24/7', 'volledig uitsluiten', 'alle vragen', 'alle problemen', 'alle uitdagingen', 'elk probleem', 'ieder probleem', 'geen onduidelijkheid', 'geen enkele fout',
];
