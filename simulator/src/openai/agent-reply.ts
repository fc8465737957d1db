// The JSON shape Atende's AI agent asks the model for (issue 13). Tests script replies with `agentReply({...})`
// so they only name the fields that matter to them; the demo brain answers in the same shape.

export interface AgentLead {
  name?: string | null
  email?: string | null
  interest?: string | null
  budget?: string | null
  urgency?: string | null
}

export interface AgentReply {
  reply: string
  intent: string
  confidence: number
  handoff: boolean
  handoffReason: string | null
  lead: AgentLead
  leadScoreDelta: number
}

/** A complete agent reply: the given fields over confident, no-handoff, empty-lead defaults. */
export const agentReply = (fields: Partial<AgentReply> = {}): AgentReply => ({
  reply: '',
  intent: 'other',
  confidence: 0.9,
  handoff: false,
  handoffReason: null,
  lead: {},
  leadScoreDelta: 0,
  ...fields,
})
