import { createRequire } from 'node:module';
import JSDOMEnvironment from 'jest-environment-jsdom';
import { classSet, mayMatch, requiredClasses } from './selectorPrefilter';

/**
 * jest's jsdom environment, with jsdom's style cascade spared the rules that cannot apply.
 *
 * Why: Testing Library's `*ByRole` queries ask `getComputedStyle` about every element they look at (is it
 * hidden? what is its name?), and so do MUI (TextareaAutosize on every render, Popper) and user-event
 * (pointer-events). jsdom answers by trying every CSS rule of the document on the element, through nwsapi,
 * and after any DOM change it starts over. MUI's emotion styles are about a thousand rules, some with `:has()`,
 * which nwsapi re-parses on every call: that cascade was a third of the frontend suite's CPU time.
 *
 * How: the cascade's matcher first checks the classes a rule's rightmost compound requires (`.css-1x2y:hover`
 * needs `css-1x2y`) against the element's class attribute, and answers "no match" at once when one is
 * missing; every other case goes to nwsapi as before. What matches is unchanged; only certain misses are
 * decided sooner. `testEnvironmentOptions: { verifySelectorPrefilter: true }` also asks nwsapi about every
 * early "no match" and throws if it disagrees: after touching this file, run
 * `npm test -w frontend -- --testEnvironmentOptions='{"verifySelectorPrefilter":true}'`.
 */
export default class PrefilteredJSDOMEnvironment extends JSDOMEnvironment {
  constructor(...args: ConstructorParameters<typeof JSDOMEnvironment>) {
    super(...args);
    const [{ projectConfig }] = args;
    const window = this.dom?.window;
    if (!window) throw new Error('jest-environment-jsdom created no window');
    prefilterCascade(window, projectConfig.testEnvironmentOptions.verifySelectorPrefilter === true);
  }
}

/** nwsapi as jsdom holds it for the cascade (jsdom/lib/jsdom/living/helpers/selectors.js, `matchesDontThrow`). */
interface SelectorEngine {
  match(selector: string, element: Element, callback?: unknown): boolean;
}

interface DocumentImpl {
  _nwsapiDontThrow?: SelectorEngine;
}

function prefilterCascade(window: Pick<Window, 'document' | 'getComputedStyle'>, verify: boolean): void {
  // jsdom creates the cascade's engine on first use: one getComputedStyle call makes it.
  window.getComputedStyle(window.document.documentElement);
  const engine = documentImpl(window.document)._nwsapiDontThrow;
  if (!engine || typeof engine.match !== 'function') {
    throw new Error('jsdom no longer keeps its cascade selector engine in document._nwsapiDontThrow: update src/test/environment/jsdomEnvironment.ts');
  }
  // Class names compare case-insensitively in quirks mode; the prefilter only knows the standard rule.
  if (window.document.compatMode !== 'CSS1Compat') return;

  const match = engine.match.bind(engine);
  const required = new Map<string, string[][] | null>();
  const classes = new WeakMap<Element, { attribute: string | null; set: Set<string> }>();
  const classesOf = (element: Element) => {
    const attribute = element.getAttribute('class');
    let known = classes.get(element);
    if (known?.attribute !== attribute) {
      known = { attribute, set: classSet(attribute) };
      classes.set(element, known);
    }
    return known.set;
  };

  engine.match = (selector, element, callback) => {
    let needs = required.get(selector);
    if (needs === undefined) {
      needs = requiredClasses(selector);
      required.set(selector, needs);
    }
    if (element && !mayMatch(needs, classesOf(element))) {
      if (verify && match(selector, element, callback)) {
        throw new Error(`selector prefilter rejected a match: ${selector} on ${element.outerHTML.slice(0, 200)}`);
      }
      return false;
    }
    return match(selector, element, callback);
  };
}

/** jsdom's implementation object behind the document, from the very jsdom jest-environment-jsdom loaded. */
function documentImpl(document: Document): DocumentImpl {
  const fromJestEnvironment = createRequire(createRequire(__filename).resolve('jest-environment-jsdom'));
  const { implForWrapper } = fromJestEnvironment('jsdom/lib/jsdom/living/generated/utils.js') as {
    implForWrapper(wrapper: Document): DocumentImpl;
  };
  return implForWrapper(document);
}
