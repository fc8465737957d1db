// libsignal ships typings without `keyhelper` and `curve`; the simulator needs both to act as a real peer.
import 'libsignal'

declare module 'libsignal' {
  export interface KeyPair {
    pubKey: Buffer
    privKey: Buffer
  }
  export const keyhelper: {
    generateIdentityKeyPair(): KeyPair
    generateRegistrationId(): number
    generateSignedPreKey(identity: KeyPair, keyId: number): { keyId: number; keyPair: KeyPair; signature: Buffer }
    generatePreKey(keyId: number): { keyId: number; keyPair: KeyPair }
  }
  export const curve: {
    getPublicFromPrivateKey(privKey: Buffer): Buffer
  }
}
