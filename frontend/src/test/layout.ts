/**
 * jsdom lays nothing out: every element is 0 px high, so a virtualised list (@tanstack/react-virtual reads its
 * scroll element's clientHeight and each row's offsetHeight) would show no rows at all. This gives the lists
 * a height and their rows (`data-index`, the virtualiser's mark) one each, for the tests that render them:
 * call it in a beforeEach and the function it returns in an afterEach (it puts jsdom's getters back).
 */
export function giveListsLayout({ list = 600, row = 100 }: { list?: number; row?: number } = {}): () => void {
  const clientHeight = jest.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.getAttribute('role') === 'list' ? list : 0;
  });
  const offsetHeight = jest.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.hasAttribute('data-index') ? row : 0;
  });
  return () => {
    clientHeight.mockRestore();
    offsetHeight.mockRestore();
  };
}

/**
 * A screen `width` px wide for MUI's useMediaQuery (jsdom has no matchMedia, and without one every query answers
 * false: a wide screen). A query's min-width / max-width answer as a browser that wide would; a query with neither
 * (colour scheme, hover…) answers false. `wideScreen()` in an afterEach takes it away again.
 */
export function screenWidth(width: number): void {
  window.matchMedia = ((query: string) => {
    const min = /min-width:\s*([\d.]+)px/.exec(query);
    const max = /max-width:\s*([\d.]+)px/.exec(query);
    const matches = Boolean(min || max) && (!min || width >= Number(min[1])) && (!max || width <= Number(max[1]));
    return {
      matches,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    };
  }) as unknown as typeof window.matchMedia;
}

export function wideScreen(): void {
  delete (window as { matchMedia?: unknown }).matchMedia;
}
