import { zodResolver } from '@hookform/resolvers/zod';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { i18n } from '../../i18n';
import { FormTextField } from './FormTextField';

// Messages are i18n keys, as in every form of the app: the field translates them.
const schema = z.object({
  name: z.string().trim().min(1, 'validation.required').max(5, 'validation.nameTooLong'),
  minutes: z.number({ error: 'settings.wholeNumber' }).int('settings.wholeNumber'),
  secret: z.string(),
});
type Values = z.infer<typeof schema>;

function Harness({ onValues }: { onValues(values: Values): void }) {
  const { control, handleSubmit, setValue, setError } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { name: 'Ana', minutes: 5, secret: '' },
  });
  return (
    <form noValidate onSubmit={handleSubmit(onValues)}>
      <FormTextField control={control} name="name" label="Nome" limits={{ max: 5 }} help="Como chamar o cliente" required />
      <FormTextField control={control} name="minutes" label="Minutos" type="number" numeric />
      <FormTextField control={control} name="secret" label="Segredo" type="password" />
      <button type="submit">Salvar</button>
      <button type="button" onClick={() => setValue('name', 'Bia')}>
        Trocar
      </button>
      <button type="button" onClick={() => setError('name', { message: 'errors.ERR_EMAIL_IN_USE' }, { shouldFocus: true })}>
        Recusar
      </button>
    </form>
  );
}

function renderHarness() {
  const onValues = jest.fn<void, [Values]>();
  render(<Harness onValues={onValues} />);
  return { onValues, user: userEvent.setup() };
}

beforeEach(async () => {
  await i18n.changeLanguage('pt-BR');
});

describe('FormTextField', () => {
  it('shows what the form holds and gives the form what is typed, numbers as numbers', async () => {
    const { onValues, user } = renderHarness();
    const name = screen.getByRole('textbox', { name: /^Nome/ });
    expect(name).toHaveValue('Ana');
    expect(screen.getByRole('spinbutton', { name: 'Minutos' })).toHaveValue(5);

    await user.click(screen.getByRole('button', { name: 'Trocar' }));
    expect(name).toHaveValue('Bia');

    await user.clear(name);
    await user.type(name, 'Caio');
    await user.clear(screen.getByRole('spinbutton', { name: 'Minutos' }));
    await user.type(screen.getByRole('spinbutton', { name: 'Minutos' }), '12');
    await user.type(screen.getByLabelText('Segredo'), 's3nha');
    await user.click(screen.getByRole('button', { name: 'Salvar' }));

    expect(onValues).toHaveBeenCalledTimes(1);
    expect(onValues.mock.calls[0]![0]).toEqual({ name: 'Caio', minutes: 12, secret: 's3nha' });
  });

  it('says what is wrong under the field, translated with its limits, and in the new language after a switch', async () => {
    const { onValues, user } = renderHarness();
    const name = screen.getByRole('textbox', { name: /^Nome/ });
    expect(name).toHaveAccessibleDescription('Como chamar o cliente');
    expect(name).not.toHaveAttribute('aria-invalid', 'true');

    await user.type(name, 'stasia');
    await user.click(screen.getByRole('button', { name: 'Salvar' }));

    expect(await screen.findByText('Use no máximo 5 caracteres')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Use no máximo 5 caracteres'); // the error takes the help's place
    expect(onValues).not.toHaveBeenCalled();

    await act(() => i18n.changeLanguage('en'));
    expect(name).toHaveAccessibleDescription('Use at most 5 characters');

    // Fixed: the error goes as the value changes, and the help comes back.
    await user.clear(name);
    await user.type(name, 'Ana');
    await act(() => i18n.changeLanguage('pt-BR'));
    expect(name).toHaveAccessibleDescription('Como chamar o cliente');
    expect(name).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('reads an empty number box as no number, for the schema to refuse', async () => {
    const { onValues, user } = renderHarness();
    const minutes = screen.getByRole('spinbutton', { name: 'Minutos' });
    await user.clear(minutes);
    expect(minutes).toHaveValue(null);
    await user.click(screen.getByRole('button', { name: 'Salvar' }));

    expect(minutes).toHaveAccessibleDescription('Informe um número inteiro');
    expect(onValues).not.toHaveBeenCalled();
  });

  it('shows a server refusal set on the field (an ERR_* code) and moves the focus there', async () => {
    const { user } = renderHarness();
    await user.click(screen.getByRole('button', { name: 'Recusar' }));

    const name = screen.getByRole('textbox', { name: /^Nome/ });
    expect(name).toHaveAccessibleDescription('Este e-mail já está em uso.');
    expect(name).toHaveFocus();
  });

  it('gives a password field its show/hide toggle', async () => {
    const { user } = renderHarness();
    const secret = screen.getByLabelText('Segredo');
    expect(secret).toHaveAttribute('type', 'password');
    await user.click(screen.getByRole('button', { name: 'Mostrar senha' }));
    expect(secret).toHaveAttribute('type', 'text');
  });
});
