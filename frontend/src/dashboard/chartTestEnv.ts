import { deserialize, serialize } from 'node:v8';

// jsdom lacks what @mui/x-charts uses in a browser: a size observer (it has no layout anyway) and
// structuredClone (the gesture handlers copy their options). Imported by tests that render charts.
class NoResize {
  observe() {}
  unobserve() {}
  disconnect() {}
}
Object.assign(globalThis, {
  ResizeObserver: globalThis.ResizeObserver ?? NoResize,
  structuredClone: globalThis.structuredClone ?? (<T>(value: T): T => deserialize(serialize(value)) as T),
});
