// Every other namespace but the PDF's own (pdfDocument, loaded on export by src/lib/pdf/messages.ts).
import { byNamespace, type Dict } from '../dict';

const files = import.meta.glob<Dict>(
  ['../locales/zh-CN/*.json', '!../locales/zh-CN/{app,home,pwa,errors,pdfDocument}.json'],
  { eager: true, import: 'default' }
);

export default byNamespace(files);
