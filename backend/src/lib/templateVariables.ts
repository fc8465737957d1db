import { localClock } from './businessHours.js';

/** What a message template (quick reply, greeting) can refer to. */
export interface TemplateContext {
  contactName?: string | null;
  contactNumber?: string | null;
  attendantName?: string | null;
  /** The ticket's protocol number ({{protocol}}: "2041"); absent where there is no ticket yet (a campaign). */
  protocol?: number | null;
  /** The company's IANA time zone: {{greeting}} follows the customer-facing clock, not the server's. */
  timezone: string;
  at?: Date;
}

export const TEMPLATE_VARIABLES = ['name', 'firstName', 'number', 'attendant', 'greeting', 'protocol'] as const;
type Variable = (typeof TEMPLATE_VARIABLES)[number];

/** "bom dia" until noon, "boa tarde" until 18:00, "boa noite" in the evening and the small hours. */
export function greetingFor(timezone: string, at: Date): string {
  const { hour } = localClock(timezone, at);
  if (hour >= 5 && hour < 12) return 'bom dia';
  if (hour >= 12 && hour < 18) return 'boa tarde';
  return 'boa noite';
}

function valueOf(variable: Variable, context: TemplateContext): string {
  switch (variable) {
    case 'name':
      return context.contactName?.trim() ?? '';
    case 'firstName':
      return context.contactName?.trim().split(/\s+/)[0] ?? '';
    case 'number':
      return context.contactNumber ?? '';
    case 'attendant':
      return context.attendantName?.trim() ?? '';
    case 'greeting':
      return greetingFor(context.timezone, context.at ?? new Date());
    // Known even without a ticket: an empty value, never a raw "{{protocol}}" in front of a customer.
    case 'protocol':
      return context.protocol == null ? '' : String(context.protocol);
  }
}

const PLACEHOLDER = /\{\{\s*([A-Za-z]+)\s*\}\}/g;
const isVariable = (name: string): name is Variable => (TEMPLATE_VARIABLES as readonly string[]).includes(name);

/**
 * Replaces {{variable}} placeholders (spaces inside the braces allowed). Unknown variables stay exactly as
 * typed, so a typo is visible in the sent text instead of silently vanishing. A greeting that opens a
 * sentence is capitalised ("{{greeting}}, {{firstName}}!" → "Bom dia, Ana!").
 */
export function renderTemplate(template: string, context: TemplateContext): string {
  return template.replace(PLACEHOLDER, (whole: string, name: string, offset: number) => {
    if (!isVariable(name)) return whole;
    const value = valueOf(name, context);
    const opensSentence = /(^|[.!?\n]\s*)$/.test(template.slice(0, offset));
    return name === 'greeting' && opensSentence ? value.charAt(0).toUpperCase() + value.slice(1) : value;
  });
}
