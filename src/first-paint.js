// The home screen's first paint in the reader's language (inlined by src/hooks.server.ts; hash in svelte.config.js).
// The rule of src/lib/i18n/first-language.ts: the stored choice, else the browser's first Chinese or English
// language, else Chinese. For English, the English copy (template#first-paint-en) replaces the Chinese markup.
(function () {
  var lang = null;
  try {
    lang = localStorage.getItem('zr.locale');
  } catch {
    // storage blocked
  }
  if (lang !== 'zh-CN' && lang !== 'en') {
    lang = 'zh-CN';
    var langs = navigator.languages || [navigator.language];
    for (var i = 0; i < langs.length; i++) {
      var tag = String(langs[i]);
      if (/^zh\b/i.test(tag)) break;
      if (/^en\b/i.test(tag)) {
        lang = 'en';
        break;
      }
    }
  }
  document.documentElement.lang = lang;
  var copy = /** @type {HTMLTemplateElement | null} */ (document.getElementById('first-paint-en'));
  var root = copy && copy.previousElementSibling;
  if (lang !== 'en' || !copy || !root) return;
  var first = root.querySelector(':scope > script');
  while (root.firstChild && root.firstChild !== first) root.removeChild(root.firstChild);
  root.insertBefore(copy.content, first);
  document.title = copy.getAttribute('data-title') || document.title;
})();
