// Every other namespace but the PDF's own (pdfDocument, loaded on export by src/lib/pdf/messages.ts).
import { byNamespace, type Dict } from '../dict';

const files = import.meta.glob<Dict>(
  ['../locales/en/*.json', '!../locales/en/{app,home,pwa,errors,pdfDocument}.json'],
  { eager: true, import: 'default' }
);

export default byNamespace(files);
