// The namespaces the first route (home) shows: the layout, the home screen, toasts, storage and PWA notices. Keep this
// list equal to CORE_NAMESPACES in ../namespaces.ts (a unit test compares them).
import { byNamespace, type Dict } from '../dict';

const files = import.meta.glob<Dict>('../locales/zh-CN/{app,home,pwa,errors}.json', {
  eager: true,
  import: 'default'
});

export default byNamespace(files);
