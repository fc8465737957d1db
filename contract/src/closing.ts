/** One of the company's close reasons ("Resolvido", "Spam", "Sem resposta"). */
export interface CloseReasonView {
  id: number;
  name: string;
  createdAt: string;
  updatedAt: string;
}

/** How a queue asks for a reason when its tickets close: not asked, asked, or refused without one. */
export type CloseReasonMode = 'none' | 'optional' | 'required';
