// @atende/wa-sim: a protocol-level WhatsApp Web simulator for tests, benchmarks and the demo mode.
export { startWaSimulator, WaSimulator, type WaSimulatorOptions } from './simulator.js'
export { SimPhone, type LinkedDeviceInfo } from './phone.js'
export { SimContact, type AccountRef, type SendOptions } from './contact.js'
export type { ReceivedMessage, ClientReceipt, ChatState, ReceivedChatState } from './core.js'
export type { ContactPresence } from './presence.js'
export type { PendingPairing } from './pairing.js'
export type { MediaInput, MediaKind } from './media.js'
export type { Logger } from './logger.js'
export { SIMULATOR_ROOT_PUBLIC_KEY, trustSimulatorRoot } from './noise.js'
export { MediaHost } from './media-host.js'
// The fake OpenAI-compatible server (issue 13): the real `openai` SDK talks to it in tests and the demo.
export * from './openai/index.js'
