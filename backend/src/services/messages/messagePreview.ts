/**
 * What a ticket's card shows for a message (its `lastMessage`): the text, cut to the column's 255 characters;
 * `[<mediaType>]` when there is none; `[deleted]` once deleted for everyone. The inbox turns the bracketed
 * placeholders into an icon and a word in the user's language.
 */
export function messagePreview(message: { body: string; mediaType: string; isDeleted?: boolean }): string {
  if (message.isDeleted) return '[deleted]';
  return message.body.slice(0, 255) || `[${message.mediaType}]`;
}
