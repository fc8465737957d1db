import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { Fragment, memo, type ReactNode } from 'react';
import { parseWhatsapp, type Block, type Inline } from './whatsappFormat';

const MONO = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';

function renderInline(nodes: Inline[], keyPrefix: string, highlight?: RegExp): ReactNode[] {
  return nodes.map((node, i) => {
    const key = `${keyPrefix}.${i}`;
    switch (node.kind) {
      case 'text':
        return <Fragment key={key}>{marked(node.text, highlight)}</Fragment>;
      case 'bold':
        return <strong key={key}>{renderInline(node.children, key, highlight)}</strong>;
      case 'italic':
        return <em key={key}>{renderInline(node.children, key, highlight)}</em>;
      case 'strike':
        return <s key={key}>{renderInline(node.children, key, highlight)}</s>;
      case 'code':
        return (
          <Box key={key} component="code" sx={{ fontFamily: MONO, fontSize: '0.92em', px: 0.5, borderRadius: 0.5, bgcolor: 'action.hover' }}>
            {node.text}
          </Box>
        );
      case 'link':
        return (
          <Link key={key} href={node.href} target="_blank" rel="noopener noreferrer" underline="always" sx={{ overflowWrap: 'anywhere' }}>
            {node.text}
          </Link>
        );
    }
  });
}

/** Search hits inside plain text, wrapped in <mark>. */
function marked(text: string, highlight?: RegExp): ReactNode {
  if (!highlight) return text;
  const parts = text.split(highlight);
  if (parts.length === 1) return text;
  return parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : part));
}

function renderBlock(block: Block, i: number, highlight?: RegExp): ReactNode {
  const key = String(i);
  switch (block.kind) {
    case 'mono':
      return (
        <Box key={key} component="pre" sx={{ fontFamily: MONO, fontSize: '0.9em', m: 0, whiteSpace: 'pre-wrap' }}>
          {block.text}
        </Box>
      );
    case 'bullet':
    case 'numbered':
      return (
        <Box key={key} component="span" sx={{ display: 'flex', gap: 0.75, pl: 0.5 }}>
          <span aria-hidden>{block.kind === 'bullet' ? '•' : `${block.number}.`}</span>
          <span>{renderInline(block.children, key, highlight)}</span>
        </Box>
      );
    case 'quote':
      return (
        <Box key={key} component="span" sx={{ display: 'block', borderLeft: 3, borderColor: 'divider', pl: 1, color: 'text.secondary' }}>
          {renderInline(block.children, key, highlight)}
        </Box>
      );
    case 'line':
      return (
        <Box key={key} component="span" sx={{ display: 'block', minHeight: '1.43em' }}>
          {renderInline(block.children, key, highlight)}
        </Box>
      );
  }
}

interface WhatsappTextProps {
  text: string;
  /** Words of a search to mark in the text. */
  highlight?: RegExp;
}

/** A message's text with WhatsApp's formatting, built as React elements: the text is never read as HTML. */
export const WhatsappText = memo(function WhatsappText({ text, highlight }: WhatsappTextProps) {
  return <>{parseWhatsapp(text).map((block, i) => renderBlock(block, i, highlight))}</>;
});
