import type { Criterion } from '../model.js';
import { CORPUS_DOCUMENTS as D } from '../documents.js';
import { advice, section } from './cite.js';

export const exitStrategy: Criterion = {
  id: 'exit-strategy',
  title: { nl: 'Exitstrategie', en: 'Exit strategy' },
  explanation: {
    nl: 'Wie een clouddienst, platform of leverancier voorstelt, zegt ook hoe de overheid er weer vanaf komt: data en kennis meenemen, open standaarden, een tweede aanbieder, een opzegtermijn.',
    en: 'Whoever proposes a cloud service, platform or vendor also says how the government can leave it again: taking data and knowledge along, open standards, a second provider, a notice period.',
  },
  reason: {
    nl: 'Zonder uitweg wordt een keuze voor een leverancier een afhankelijkheid: prijs, voorwaarden en koers worden dan elders bepaald.',
    en: 'Without a way out, choosing a vendor becomes a dependency: price, terms and direction are then decided elsewhere.',
  },
  question: { nl: 'Hoe komen we hier weer vanaf?', en: 'How do we get out again?' },
  citations: [
    section(
      D.weeknote,
      '1 cloud is geen cloud',
      'Wie een cloud gebruikt, moet vooraf weten hoe hij er weer vanaf komt; het gehoorde advies is om structureel op meer dan één cloud te draaien.',
      'Whoever uses a cloud must know beforehand how to leave it; the advice heard is to run on more than one cloud as a matter of course.',
    ),
    advice(
      'Frauke Wessel',
      4,
      'Vraagt om spelregels die de gegevensuitwisseling laten doorlopen als een instelling van leverancier wisselt, en om duidelijke afspraken over prijs en eigendom van gegevens.',
      'Asks for rules that keep data exchange running when an institution switches vendor, and for clear agreements on pricing and data ownership.',
    ),
    advice(
      'Nitesh Bharosa',
      2,
      'Waarschuwt voor langdurige afhankelijkheid van één leverancier en bepleit open standaarden en gedeelde componenten, zodat onderdelen vervangbaar blijven.',
      'Warns against long-term dependence on one vendor and argues for open standards and shared components, so parts stay replaceable.',
    ),
    section(
      D.amsterdam,
      'Breekijzer',
      'Beschrijft hoe ondoorzichtige leverancierssoftware de overheid afhankelijk houdt, en ziet open source als middel om die greep te doorbreken.',
      'Describes how opaque vendor software keeps government dependent, and sees open source as a way to break that hold.',
    ),
  ],
};
