import { render, screen } from '@testing-library/react';
import { WhatsappText } from './WhatsappText';
import { hasWhatsappFormatting, parseWhatsapp, plainWhatsapp, safeHref } from './whatsappFormat';

function renderText(text: string) {
  return render(
    <div data-testid="box">
      <WhatsappText text={text} />
    </div>,
  );
}

describe('WhatsApp formatting', () => {
  it('renders bold, italic, strike, inline code and monospace as elements', () => {
    renderText('Olá *Ana*, _veja_ ~isso~ e `código`\n```linha 1\nlinha 2```');
    expect(screen.getByText('Ana').tagName).toBe('STRONG');
    expect(screen.getByText('veja').tagName).toBe('EM');
    expect(screen.getByText('isso').tagName).toBe('S');
    expect(screen.getByText('código').tagName).toBe('CODE');
    expect(screen.getByText(/linha 1/).tagName).toBe('PRE');
    expect(screen.getByText(/linha 1/).textContent).toBe('linha 1\nlinha 2');
    expect(screen.getByTestId('box').textContent).not.toMatch(/[*_~`]/);
  });

  it('nests styles and keeps markers that are not at word edges', () => {
    renderText('*negrito _e itálico_* 2*3*4 snake_case_name * solto *');
    expect(screen.getByText('e itálico').tagName).toBe('EM');
    expect(screen.getByText('e itálico').closest('strong')).not.toBeNull();
    expect(screen.getByTestId('box').textContent).toContain('2*3*4 snake_case_name * solto *');
  });

  it('renders lists and quotes line by line', () => {
    const blocks = parseWhatsapp('Itens:\n* um\n- dois\n1. três\n> citado');
    expect(blocks.map((b) => b.kind)).toEqual(['line', 'bullet', 'bullet', 'numbered', 'quote']);
    renderText('* um\n2. dois');
    expect(screen.getByTestId('box').textContent).toBe('•um2.dois');
  });

  it('makes web addresses links opening in a new tab without the opener', () => {
    renderText('Veja https://exemplo.com.br/a_b_c?x=1. ou www.loja.com, *https://negrito.com*');
    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://exemplo.com.br/a_b_c?x=1', 'https://www.loja.com/', 'https://negrito.com/']);
    for (const link of links) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
    expect(links[2]!.closest('strong')).not.toBeNull();
  });

  it('never turns text into HTML or a script link', () => {
    const { container } = renderText('<script>alert(1)</script> <img src=x onerror=alert(1)> javascript:alert(1) [x](javascript:alert(1)) data:text/html,oi');
    expect(container.querySelector('script, img')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByTestId('box').textContent).toBe(
      '<script>alert(1)</script> <img src=x onerror=alert(1)> javascript:alert(1) [x](javascript:alert(1)) data:text/html,oi',
    );
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('https://x.com')).toBe('https://x.com/');
  });

  it('gives previews the plain text without markers', () => {
    expect(plainWhatsapp('*Promoção* _hoje_: ~R$ 10~ R$ 8')).toBe('Promoção hoje: R$ 10 R$ 8');
    expect(hasWhatsappFormatting('sem nada aqui')).toBe(false);
    expect(hasWhatsappFormatting('com *negrito*')).toBe(true);
  });
});
