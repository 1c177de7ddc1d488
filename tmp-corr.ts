import { openStore } from './src/store';
import { Vocabulary } from './src/search/vocabulary';
const store = openStore(`bench/.cache/synthetic-g3-s1-100000.db`, { readonly: true });
const vocab = new Vocabulary(store.terms(), store.quoteCount());
for (const w of ['srrendered', 'foregin', 'executyve', 'rhefrain', 'commolny', 'asociated', 'srrendered']) {
  const t = performance.now(); const c = vocab.corrections(w); console.log(w, (performance.now() - t).toFixed(2), 'ms', c);
}
