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
