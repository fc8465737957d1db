import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppThemeProvider } from '../../theme/AppThemeProvider';
import '../../i18n';
import { classSet, mayMatch, requiredClasses } from './selectorPrefilter';

describe('requiredClasses', () => {
  it.each([
    ['.css-1x2y', [['css-1x2y']]],
    ['.a.b:hover', [['a', 'b']]],
    ['.a .b > .c~.d + .e', [['e']]],
    ['.MuiInputBase-root:has(> .css-1 ~ .MuiInputAdornment-root)', [['MuiInputBase-root']]],
    ['.x:not(.y, .z)', [['x']]],
    ['.css-9>:not(style)~:not(style)', null],
    ['.a, .b.c', [['a'], ['b', 'c']]],
    ['.a, div', null],
    ['.a::before', [['a']]],
    ['.a[data-x].b', [['a', 'b']]],
    ['.a :is(.b)', null],
    ['[class~="a"]', null],
    ['.a\\:b', null],
    ['.café', null],
    ['.--custom', null],
    ['html', null],
    ['*', null],
  ])('%s → %j', (selector, expected) => {
    expect(requiredClasses(selector)).toEqual(expected);
  });

  it('knows nothing about what is not a selector', () => {
    expect(requiredClasses(undefined)).toBeNull();
    expect(mayMatch(null, new Set())).toBe(true);
  });
});

/** Every rule selector of the document, @media rules' included. */
function allSelectors(): string[] {
  const selectors: string[] = [];
  const visit = (rules: CSSRuleList) => {
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSStyleRule) selectors.push(rule.selectorText);
      else if (rule instanceof CSSMediaRule) visit(rule.cssRules);
    }
  };
  for (const sheet of Array.from(document.styleSheets)) visit(sheet.cssRules);
  return selectors;
}

function realMatch(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false; // a selector nwsapi cannot parse applies to nothing
  }
}

describe('the prefilter on the app’s own CSS', () => {
  it('never rules out an element that the selector engine matches, and rules out most pairs', async () => {
    const user = userEvent.setup();
    render(
      <AppThemeProvider>
        <Stack spacing={2} direction={{ xs: 'column', md: 'row' }}>
          <Button variant="contained">Salvar</Button>
          <Chip label="VIP" onDelete={() => undefined} />
          <Tooltip title="Dica">
            <Switch />
          </Tooltip>
          <Alert severity="error">Falhou</Alert>
          <Tabs value={0}>
            <Tab label="Atendendo" />
            <Tab label="Aguardando" />
          </Tabs>
        </Stack>
        <Dialog open aria-labelledby="t">
          <DialogTitle id="t">Fila</DialogTitle>
          <DialogContent>
            <TextField select label="Cor" defaultValue="a">
              <MenuItem value="a">Azul</MenuItem>
              <MenuItem value="b">Verde</MenuItem>
            </TextField>
            <TextField multiline minRows={2} label="Mensagem" />
          </DialogContent>
        </Dialog>
      </AppThemeProvider>,
    );
    await user.click(screen.getByRole('combobox', { name: 'Cor' }));
    await screen.findByRole('option', { name: 'Verde' });

    const selectors = allSelectors();
    const elements = Array.from(document.querySelectorAll('*'));
    let matched = 0;
    let ruledOut = 0;
    const wronglyRuledOut: string[] = [];
    for (const selector of selectors) {
      const needs = requiredClasses(selector);
      for (const element of elements) {
        const may = mayMatch(needs, classSet(element.getAttribute('class')));
        if (!may) ruledOut++;
        if (realMatch(element, selector)) {
          matched++;
          if (!may) wronglyRuledOut.push(`${selector} on <${element.localName} class="${element.getAttribute('class')}">`);
        }
      }
    }
    expect(wronglyRuledOut).toEqual([]);
    // Not vacuous: emotion's rules were there (with :has), elements matched them, and most pairs were skipped.
    expect(selectors.some((s) => s.includes(':has('))).toBe(true);
    expect(matched).toBeGreaterThan(100);
    expect(ruledOut).toBeGreaterThan(0.8 * selectors.length * elements.length);
  });

  it('still applies the rules that do match, :has() included', () => {
    const style = document.createElement('style');
    style.textContent = '.gone { display: none } .box:has(> .inner) { visibility: hidden }';
    document.head.append(style);
    render(
      <div>
        <p className="gone">a</p>
        <p>b</p>
        <div className="box" data-testid="with">
          <span className="inner" />
        </div>
        <div className="box" data-testid="without" />
      </div>,
    );
    expect(getComputedStyle(screen.getByText('a')).display).toBe('none');
    expect(getComputedStyle(screen.getByText('b')).display).toBe('block');
    expect(getComputedStyle(screen.getByTestId('with')).visibility).toBe('hidden');
    expect(getComputedStyle(screen.getByTestId('without')).visibility).toBe('visible');
    style.remove();
  });
});
